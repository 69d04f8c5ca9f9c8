/// Reads what the phrase rules leave: whether a text that is not an opt-out still looks like a wish
/// to stop (``InboundClassification/needsReview``), and whether a lone STOP is an exclamation.
///
/// - **Cues** raise a review: an opt-out word (`stop`, `unsubscribe`, `cancel`, `remove`, `quit`,
///   `spam`, `harto`, `marre`…) that no look-alike explains, a weak word (`end`, `para`, `alto`,
///   `baja`) next to a message word, or a complaint about the texts (`why do you keep texting`,
///   `too many texts`, `can you not`, `demasiados mensajes`, `trop de sms`).
/// - **Look-alikes** explain a word away: `stop by|in|at`, `can't stop thinking`, `don't stop the
///   deals`, `the next stop`, `it stops the rain`, `cancel my order`, `remove the mug from my cart`,
///   `para mi hermana`, `when does the sale end`. Ordinary shopping questions raise no review.
/// - **Exclamations**: a first clause that is only `Stop!`, `Arrête !` or `¡Para!` followed by praise
///   or buying (`that's a great price, buying now`, `c'est trop beau`) and no word about the texts is
///   not an opt-out, but a per-se keyword is never cleared silently: it raises a review.
enum OptOutReview {
    /// The first stop-ish cue no look-alike explains (`keep_texting`, `word:cancel`), or `nil`.
    static func cue(in clauses: [[String]]) -> String? {
        for clause in clauses {
            if let complaint = self.complaints.first(where: { $0.firstMatch(in: clause) != nil }) { return complaint.id }
            if let index = clause.indices.first(where: { self.isUnexplainedCue(clause, at: $0) }) {
                return "word:\(clause[index])"
            }
        }
        return nil
    }

    /// Whether clause `index`, a keyword clause, is an exclamation of delight rather than a request.
    static func isExclamation(_ clauses: [[String]], at index: Int) -> Bool {
        guard index == 0, clauses.count > 1 else { return false }
        let words = clauses[0].filter { !self.exclamationFillers.contains($0) }
        guard words.count == 1, self.exclamationKeywords.contains(words[0]) else { return false }
        let rest = clauses.dropFirst()
        let delighted = rest.contains { $0.contains(where: self.delight.contains) }
        let aboutTexts = rest.contains { clause in
            clause.contains(where: self.againstTexts.contains) || self.cue(in: [clause]) != nil
        }
        return delighted && !aboutTexts
    }

    private static func isUnexplainedCue(_ clause: [String], at index: Int) -> Bool {
        let word = clause[index]
        let previous = index > 0 ? clause[index - 1] : ""
        let next = index + 1 < clause.count ? clause[index + 1] : ""
        let afterNext = index + 2 < clause.count ? clause[index + 2] : ""
        if self.stopWords.contains(word) {
            if previous == "dont" || previous == "non" || self.nounDeterminers.contains(previous) { return false }
            // "can't stop won't stop shopping", "never gonna stop": unless the texts follow ("won't stop texting me").
            if ["cant", "wont", "never"].contains(previous), !next.isEmpty, !self.textWords.contains(next),
               !["getting", "receiving"].contains(next) {
                return false
            }
            if self.placePrepositions.contains(next) { return false }
            if self.isOtherGerund(next) { return false }
            // "it stops the rain", "la veste arrête la pluie": a subject and a thing, not an order to us.
            if self.articles.contains(next), !self.textWords.contains(afterNext), !previous.isEmpty,
               !self.imperativeLeads.contains(previous) {
                return false
            }
            // "does the rain jacket stop wind?": a question about a thing, not about the texts.
            if self.questionLeads.contains(clause[0]), !previous.isEmpty, !self.imperativeLeads.contains(previous),
               !self.textWords.contains(previous), !next.isEmpty, !self.textWords.contains(next) {
                return false
            }
            return true
        }
        if word == "quit" { return !self.isOtherGerund(next) }
        if word == "cancel" || word == "cancelar" { return !clause.contains(where: self.orderWords.contains) }
        if word == "remove" {
            return !(self.removableThings.contains(next) || clause.contains(where: self.orderWords.contains))
        }
        if self.weakWords.contains(word) { return clause.contains(where: self.textWords.contains) }
        return self.strongWords.contains(word) || self.strongPrefixes.contains(where: word.hasPrefix)
    }

    private static func isOtherGerund(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ing") && !self.textWords.contains(word)
    }

    private static let stopWords: Set<String> = ["stop", "stopall", "arret", "arrete", "arretez", "arreter", "arretes", "stoppez"]
    private static let strongWords: Set<String> = [
        "revoke", "basta", "harto", "harta", "hartos", "marre", "detener", "desuscribir", "halt",
    ]
    private static let strongPrefixes = [
        "unsub", "unsuscrib", "unsubcrib", "optout", "desuscrib", "desabonn", "desinscri", "abmeld", "abbestell",
        "spam", "harass", "harcel",
    ]
    /// Keywords that are ordinary words too; a cue only next to a word about the texts.
    private static let weakWords: Set<String> = [
        "end", "para", "pare", "parar", "alto", "baja", "td", "sair", "nomas",
    ]
    /// Words about the texts themselves.
    static let textWords: Set<String> = [
        "text", "texts", "texting", "txt", "txts", "txting", "message", "messages", "messaging", "msg", "msgs", "sms",
        "sending", "contacting", "emailing", "spamming", "notifications", "alerts", "promos", "promotions", "ads",
        "marketing", "mensajes", "mensaje", "textos", "texto", "msj", "publicidad", "promociones", "textos", "pub",
        "publicite", "relances", "contact", "number", "numero", "phone",
    ]
    private static let nounDeterminers: Set<String> = [
        "a", "the", "bus", "next", "last", "first", "one", "pit", "truck", "rest", "full", "final", "each", "every",
        "quick", "short", "show", "door", "our", "your", "l",
    ]
    private static let placePrepositions: Set<String> = ["by", "in", "into", "over", "at", "for", "to", "on", "off", "par", "chez"]
    private static let articles: Set<String> = ["the", "a", "an", "la", "le", "les", "l", "el", "los", "las"]
    /// Words before a verb that make it an order to us (`please stop the madness`).
    private static let imperativeLeads: Set<String> = [
        "please", "just", "so", "now", "ok", "can", "could", "would", "will", "you", "and", "but", "then", "oh", "omg",
        "guys", "seriously", "svp", "alors", "mais", "bon", "vous", "tu", "must", "gotta", "lol", "pls", "yall", "ya",
    ]
    private static let questionLeads: Set<String> = ["does", "do", "will", "would", "can", "could", "did", "is", "should"]
    private static let orderWords: Set<String> = [
        "order", "orders", "purchase", "purchases", "item", "items", "payment", "shipment", "delivery", "reservation",
        "transaction", "reorder", "cart", "bag", "basket", "checkout", "pedido", "pedidos", "compra", "carrito",
        "commande", "panier", "coupon", "code", "one", "ones", "size", "color",
    ]
    private static let removableThings: Set<String> = [
        "the", "a", "an", "one", "two", "that", "item", "items", "coupon", "code", "discount", "tax", "gift", "product",
        "shipping", "from", "el", "la",
    ]

    /// Complaints about the texts that fall short of a request to stop.
    private static let complaints: [PhrasePattern] = [
        // "you keep texting me" complains; "keep texting me deals!" asks for more.
        PhrasePattern("keep_texting", "you|yall|guys|they|why|still|just|always keep|keeps|kept texting|messaging|sending|"
                          + "spamming|contacting|bugging|bothering|calling|emailing|txting|pinging"),
        PhrasePattern("still_texting", "still texting|messaging|sending|spamming|contacting|bugging|bothering|txting"),
        PhrasePattern("too_many", "too|so|way many|much texts|messages|msgs|sms|txts|texting|messaging|notifications"),
        PhrasePattern("another_text", "another|yet text|message|msg|sms|txt"),
        PhrasePattern("fewer", "fewer|less texts|messages|msgs|often|frequently"),
        PhrasePattern("text_less", "text|message|msg me less"),
        PhrasePattern("every_day", "text|texting|message|messaging|msg me? every|each day|morning|night|hour|week"),
        PhrasePattern("text_a_lot", "text|texts|texting|message|messages|messaging a? lot|alot|constantly|nonstop|nonstop"),
        PhrasePattern("annoying", "annoying|annoyed|irritating|pestering|bugging"),
        PhrasePattern("can_you_not", "can|could you not $"),
        PhrasePattern("cut_it_out", "cut it out"),
        PhrasePattern("knock_it_off", "knock it off"),
        PhrasePattern("give_it_a_rest", "give it a rest"),
        PhrasePattern("dont_want_these", "dont|never want|need these|those|them $"),
        PhrasePattern("es.demasiados", "demasiados|tantos|muchos mensajes|textos|sms|msj"),
        PhrasePattern("es.siguen", "siguen|sigues|sigan escribiendo|mandando|enviando|molestando"),
        PhrasePattern("es.molestan", "molestan|molesta|molestando|molestia"),
        PhrasePattern("fr.trop_de", "trop de|d messages|sms|textos|relances"),
        PhrasePattern("fr.encore_un", "encore un|une sms|message|texto"),
        PhrasePattern("fr.encore", "ecrivez|envoyez|relancez|contactez|ecrire|envoyer encore|toujours"),
    ]

    private static let exclamationKeywords: Set<String> = ["stop", "arrete", "arretez", "para"]
    private static let exclamationFillers: Set<String> = ["it", "oh", "omg", "wow", "hey", "lol", "man", "dude", "girl", "mais"]
    /// Praise and buying that follow an exclamation.
    private static let delight: Set<String> = [
        "great", "amazing", "awesome", "insane", "incredible", "unreal", "perfect", "cute", "beautiful", "gorgeous", "love",
        "lovely", "steal", "bargain", "buying", "ordering", "obsessed", "take", "bueno", "buenisimo", "precioso", "preciosa",
        "bonito", "bonita", "lindo", "linda", "hermoso", "hermosa", "increible", "compro", "llevo", "encanta", "beau",
        "belle", "magnifique", "genial", "super", "canon", "sublime", "prends", "achete", "adore",
    ]
    /// Words that tie an exclamation to the texts ("Stop, great, another text").
    private static let againstTexts: Set<String> = textWords.union([
        "again", "another", "anymore", "dont", "not", "never", "no", "why", "enough", "ya", "plus", "mas", "nomas",
    ])
}
