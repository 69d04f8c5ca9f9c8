import Testing

/// The revocation tuning set (issue 16 item 2): replies written from scratch to tune the opt-out
/// rules on, in English, Spanish and French, with slang, typos and sarcasm. A separate blind set,
/// written by someone else, is only ever run against the rules, never tuned on; this one is.
enum RevocationTuningSet {
    /// A reply and its language.
    struct Reply: Sendable, CustomTestStringConvertible {
        var text: String
        var language: String
        var testDescription: String { "\(self.language): \(self.text)" }
    }

    /// Replies a reasonable person reads as a wish to stop: each must be an opt-out.
    static let revocations: [Reply] = english.map { Reply(text: $0, language: "en") }
        + spanish.map { Reply(text: $0, language: "es") } + french.map { Reply(text: $0, language: "fr") }

    static let english = [
        "can you not text me anymore thx", "I only gave my number for order updates, not ads", "this is spam",
        "reporting spam", "Reported as spam.", "never signed up for this", "I never signed up for these texts",
        "who gave you my number??", "how did you get my number", "wrong number", "leave me alone", "no more texts",
        "pls dont msg me no more", "stop txting me", "stopp texting me", "unsubscirbe", "unsubscibe me", "unsusbcribe",
        "un-subscribe", "unsubscribe pls", "take me off ur list", "take me off", "remove my number from your system",
        "delete my number pls", "Delete my numbr", "lose my number", "u can stop messaging me now",
        "oh great another text. stop.", "wow a 5th text today, love that for me. stop it",
        "yeah no, I'm done with these texts", "I don't want to get these anymore", "quit spamming me",
        "do not contact me again", "I never gave you permission to text me", "please stop with the texts",
        "enough with the messages", "Stop sending me promos", "opt me out of this", "how do i stop these messages",
        "cancel these alerts", "no thanks, and stop messaging me", "i dont want marketing texts",
        "I already said stop, why are you still texting", "please delete my info", "get me off this list",
        "I want off this list", "not interested. don't text again", "Kindly refrain from texting me",
        "I'd rather not get texts from you", "no ads please", "gave my number for shipping updates only, not marketing",
        "Who is this and how did you get my number? stop", "stop texting me lol great timing as always",
        "pls stop w the texts", "don't message this number again", "quit blowing up my phone", "bro stop",
        "nah fam, unsub me", "k bye, stop txting", "ur texts r annoying, stop", "pls no more txts",
        "lmao the audacity. take me off ur list", "yeah thanks for the 6th reminder, really. stop texting me",
        "remvoe me", "stoooop", "STOP TEXTING ME!!!!", "Text me order updates only", "I'm good, you can remove me",
        "Please take me off your texting list", "not my number, stop",
        "i'd appreciate it if you stopped texting me", "i do not wish to receive these messages", "not interested in your texts",
        "when did I ever sign up for this??", "how'd you get my number", "my number was for shipping updates, not marketing",
        "I only signed up for order notifications, not promotions", "sure, keep texting me, that'll work. STOP",
        "Thanks for the 10th text, really needed it. Unsubscribe.",
        "enough texts already", "I want out", "count me out",
        "stop it with the texts already", "i dont want any more promotional texts", "i never gave you my number",
        "blocked", "oh joy, another text 🙄 stop",
    ]

    static let spanish = [
        "Estoy harto de sus mensajes", "estoy harta de tantos mensajes", "ya no me manden nada", "dejen de escribirme",
        "bórrenme de su lista", "bórrenme", "no quiero recibir más mensajes", "no me escriban mas por favor",
        "quiero darme de baja", "sáquenme de la lista", "esto es spam", "número equivocado", "déjenme en paz",
        "no me vuelvan a mandar mensajes", "borren mi número", "ya basta de mensajes", "nunca me suscribí",
        "no quiero más publicidad", "ya no quiero recibir sus mensajes", "no gracias, ya no me escriban",
        "por favor dejen de mandarme mensajes", "ya no quiero sus promociones", "eliminen mi número por favor",
        "cancelar suscripción", "no me interesa, no me manden más mensajes", "¿de dónde sacaron mi número?",
        "ya no me manden", "estoy harto de tanto mensaje", "¿quién les dio mi número?",
        "estoy hart@ de sus mensajes", "no me interesan sus mensajes",
    ]

    static let french = [
        "arrêtez de m'écrire", "désinscrivez-moi", "je ne veux plus recevoir vos messages", "laissez-moi tranquille",
        "c'est du spam", "arrete de m'envoyer des sms", "ne m'écrivez plus", "supprimez mon numéro",
        "retirez-moi de votre liste", "j'en ai marre de vos messages", "je ne me suis jamais inscrit", "stop svp",
        "mauvais numéro", "plus de sms merci", "desinscrivez moi svp", "arrêtez de m'envoyer des textos",
        "merci d'arrêter les sms", "stop les sms svp", "ne me contactez plus jamais", "je veux plus de vos messages",
        "retirez mon numéro svp", "désabonnez moi", "qui vous a donné mon numéro ?",
        "vous êtes qui ? comment vous avez eu mon numéro ?", "je ne veux plus de vos sms", "c'est du spam ça",
        "je veux plus recevoir vos messages", "foutez-moi la paix", "ça suffit les messages",
    ]

    /// Replies that use an opt-out word in another sense: none may be an opt-out. `needsReview` is
    /// `true` only where a per-se keyword stands as its own clause (an exclamation, not a request).
    static let lookAlikes: [(text: String, needsReview: Bool)] = [
        ("Stop! that's a great price, buying now", true), ("can't stop thinking about that jacket", false),
        ("stop by the store?", false), ("don't stop the deals", false), ("remove the mug from my cart", false),
        ("cancel my order", false), ("Para mi hermana, ¿tienen talla M?", false), ("arrête, c'est trop beau", true),
        ("When does the sale end?", false), ("Can I stop by to pick it up?", false),
        ("Is there a bus stop near your store?", false), ("Does the discount end tonight?", false),
        ("How do I remove the coupon code?", false), ("can I cancel and reorder in blue?", false),
        ("I'll stop by after work", false), ("Don't stop sending me deals!", false),
        ("I never stop buying from you guys lol", false), ("Is this tent good for high-end camping?", false),
        ("¿Cuánto cuesta el envío para Texas?", false), ("es para regalo, ¿lo envuelven?", false),
        ("Es un precio muy alto", false), ("Est-ce que la veste arrête la pluie ?", false),
        ("Can you remove the gift wrap?", false), ("How do I end up with free shipping?", false),
        ("text me when it's back in stock", false), ("please text me the link", false),
        ("no more questions, send the link", false), ("Stop it, that's so cute! I'll take it", true),
        ("¡Para! qué precio tan bueno, lo compro", true), ("When will the end of season sale start?", false),
        ("Is the offer ending soon?", false), ("¿Puedo cancelar el pedido y hacer otro?", false),
        ("Je peux annuler ma commande ?", false), ("I can't stop smiling, love the tent", false),
        ("does shipping stop at the border", false), ("please cancel the order, I ordered the wrong size", false),
        ("remove one headlamp please", false), ("para cuando llega?", false),
        ("Arrête ! Il est magnifique, je le prends", true), ("I'd stop at nothing for that deal", false),
        ("the stop-sign red one please", false), ("Does the rain jacket stop wind?", false),
        ("cancel the blue one, keep the green", false), ("can I remove the discount and use a gift card instead?", false),
        ("Quand est-ce que la promo se termine ?", false), ("stop by Saturday for pickup?", false),
        ("sale ends when?", false), ("I can't stop refreshing the page waiting for a restock", false),
        ("i dont want to get these boots in black", false), ("Dont send me the link yet, I'll order friday", false),
        ("quit smoking lol, need a tent though", false), ("does it stop the rain?", false),
        ("¿para qué sirve?", false), ("you have my number, text me the code", false),
        ("I gave my number at checkout, when will it ship?", false),
        ("Can I stop my order from shipping until Monday?", false), ("I need to cancel one item", false),
        ("Please remove the second tent from my order", false), ("how do i end my free trial", false),
        ("does the sale end at midnight?", false), ("es para mi novio", false),
        ("alto de la mochila?", false), ("¿la talla baja es como una M?", false),
        ("Quiero darle de baja a mi pedido?", false), ("don't you dare stop the sales lol", false),
        ("can't stop won't stop shopping", false), ("never gonna stop wearing this jacket", false),
        ("keep texting me deals!", false), ("text me when the sale starts", false),
        ("can you text me a discount code?", false), ("I'm not interested in the blue one, do you have green?", false),
        ("no more stock in M?", false), ("no more discount codes?", false),
        ("how many texts will I get?", false), ("je veux plus de détails sur la tente", false),
        ("je n'ai plus besoin de la taille M", false), ("¿me lo pueden mandar a otra dirección?", false),
        ("no me manden la talla equivocada", false), ("your texts remind me to buy lol, keep them coming", false),
        ("je ne veux plus le bleu, le vert plutôt", false), ("je ne veux plus attendre, envoyez vite", false),
        ("is the tent big enough for 4?", false), ("can you text me the tracking number?", false),
        ("my number changed, update it to 555-1234", false), ("count me in!", false),
        ("no more than $200 please", false), ("do you have any more in stock?", false),
        ("I'm done, checkout please", false), ("fed up with the old tent, need a new one", false),
        ("no quiero el azul, el verde sí", false), ("no me cobren dos veces", false),
        ("ne m'envoyez pas la mauvaise taille", false), ("plus de stock ?", false),
        ("enough said, buying it", false), ("tired of looking, just send the link", false),
        ("stop, shut up and take my money", true),
    ]

    /// Stop-ish replies that fall short of a request: not opt-outs, but each needs review (the
    /// server stops marketing to the number and asks once).
    static let ambiguous = [
        "why do you keep texting me", "too many texts", "can you not", "you guys text a lot", "maybe fewer texts?",
        "ugh another text", "I want to cancel", "please stop the madness", "qué fastidio con tantos mensajes",
        "siguen mandando mensajes", "trop de sms", "encore un sms ?", "this is getting annoying",
        "you text me every day lol", "text me less pls", "¿por qué me siguen escribiendo?",
        "pourquoi vous m'écrivez encore ?", "lol stop it, love this so much",
        "don't want these", "omg stop I love it", "arrête de me faire rêver avec ces prix",
    ]
}
