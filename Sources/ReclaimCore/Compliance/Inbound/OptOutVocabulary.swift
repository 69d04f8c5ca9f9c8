/// The words and phrases the inbound classifier knows, in English, Spanish, French and German
/// (compliance-rules.md §1.1–1.3, test cases 1–7).
enum OptOutVocabulary {
    /// Opt-out keywords: a clause made only of these and ``fillers`` is an opt-out. FCC per-se words
    /// (stop, quit, end, revoke, opt out, cancel, unsubscribe), Twilio/Telnyx/AWS defaults (stopall,
    /// optout, remove, arret, td) and common Spanish, French, German and Portuguese forms.
    static let keywords: Set<String> = [
        "stop", "stopall", "stopp", "unsubscribe", "unsub", "unsuscribe", "unsubcribe", "cancel", "end", "quit",
        "revoke", "optout", "remove", "arret", "arrete", "arretez", "arreter", "alto", "para", "parar", "pare",
        "basta", "baja", "cancelar", "nomas", "detener", "desuscribir", "desuscribirme", "desabonner",
        "desinscrire", "abmelden", "abbestellen", "halt", "sair", "td", "stahp", "sotp", "stpo", "sstop", "cease", "desist",
    ]

    /// Whole clauses that mean stop but are not keywords plus fillers.
    static let clausePhrases: Set<[String]> = [
        ["no", "more"], ["enough"], ["enough", "already"], ["go", "away"], ["stfu"], ["ya", "no"], ["no", "more", "please"],
        ["spam"], ["spammer"], ["spammers"], ["reported"], ["blocked"], ["blocking"], ["ya", "basta"], ["de", "baja"],
        ["c", "est", "assez"], ["ca", "suffit"],
    ]

    /// Politeness and emphasis that may surround a keyword ("please stop", "STOP NOW", "stop svp").
    static let fillers: Set<String> = [
        "please", "pls", "plz", "plse", "pleas", "now", "it", "this", "all", "thanks", "thank", "you", "thx", "ty",
        "ok", "okay", "k", "just", "asap", "immediately", "already", "again", "right", "away", "me", "yes", "yeah",
        "yep", "sorry", "hey", "hi", "hello", "oh", "seriously", "man", "dude", "guys", "lol", "svp", "stp", "merci",
        "porfavor", "gracias", "ya", "bitte", "danke", "sofort", "jetzt", "ahora", "maintenant", "tout", "todo",
        "todos", "alles", "texts", "messages", "msgs", "sms", "txts", "bro", "bruh", "fam", "sis", "ugh", "omg", "lmao",
        "yo", "bye", "kk", "srsly", "nah",
    ]

    /// HELP keywords (whole message, fillers allowed: "help?", "HELP please").
    static let helpKeywords: Set<String> = ["help", "info", "aide", "ayuda", "hilfe"]

    /// Opt-in keywords that always resubscribe.
    static let optInKeywords: Set<String> = ["start", "unstop"]

    /// Opt-in words that resubscribe only a suppressed number ("yes" answering a question while
    /// subscribed changes nothing).
    static let conditionalOptInKeywords: Set<String> = ["yes", "oui", "si", "ja"]

    /// HELP and opt-in words, which may share a clause with an opt-out keyword ("help stop").
    static var otherKeywords: Set<String> { helpKeywords.union(optInKeywords).union(conditionalOptInKeywords) }

    /// Negations that cancel a negatable phrase when they come up to three words before it.
    static let negations: Set<String> = ["dont", "never", "cant", "wont", "didnt", "doesnt", "nunca", "jamais"]

    /// Distinctive words a misspelling is corrected towards (``InboundTextNormalizer/typoCorrected(_:)``):
    /// long enough that one edit away lies no everyday word a shopper would mean instead.
    static let typoTargets: [String] = [
        "unsubscribe", "texting", "messaging", "messages", "message", "contacting", "spamming", "harassing",
        "bothering", "remove", "delete", "number", "harassment", "subscription", "notifications", "promotions",
        "marketing", "mensajes", "escribirme", "enviarme", "mandarme", "desabonner", "desinscrire", "numero",
        "tranquille", "recevoir", "envoyer", "envoyez", "ecrire", "ecrivez", "contacter", "contactez",
    ]

    /// Every word the keywords, fillers and phrase patterns name; these are never "corrected".
    static let knownWords: Set<String> =
        (OptOutPhrases.all + OptOutContext.threats + OptOutContext.continuations
        + OptOutContext.keepWishes).reduce(into: keywords.union(fillers)) { $0.formUnion($1.words) }
}
