/// The word lists and complaint patterns ``OptOutReview`` reads with.
extension OptOutReview {
    static let stopWords: Set<String> = ["stop", "stopall", "arret", "arrete", "arretez", "arreter", "arretes", "stoppez"]
    static let strongWords: Set<String> = [
        "revoke", "basta", "harto", "harta", "hartos", "marre", "detener", "desuscribir", "halt",
    ]
    static let strongPrefixes = [
        "unsub", "unsuscrib", "unsubcrib", "optout", "desuscrib", "desabonn", "desinscri", "abmeld", "abbestell",
        "spam", "harass", "harcel",
    ]
    /// Keywords that are ordinary words too; a cue only next to a word about the texts.
    static let weakWords: Set<String> = [
        "end", "para", "pare", "parar", "alto", "baja", "td", "sair", "nomas",
    ]
    /// Words about the texts themselves.
    static let textWords: Set<String> = [
        "text", "texts", "texting", "txt", "txts", "txting", "message", "messages", "messaging", "msg", "msgs", "sms",
        "sending", "contacting", "emailing", "spamming", "notifications", "alerts", "promos", "promotions", "ads",
        "marketing", "mensajes", "mensaje", "textos", "texto", "msj", "publicidad", "promociones", "pub",
        "publicite", "relances", "contact", "number", "numero", "phone",
    ]
    static let nounDeterminers: Set<String> = [
        "a", "the", "bus", "next", "last", "first", "one", "pit", "truck", "rest", "full", "final", "each", "every",
        "quick", "short", "show", "door", "our", "your", "l",
    ]
    static let placePrepositions: Set<String> = ["by", "in", "into", "over", "at", "for", "to", "on", "off", "par", "chez"]
    static let articles: Set<String> = ["the", "a", "an", "la", "le", "les", "l", "el", "los", "las"]
    /// Words before a verb that make it an order to us (`please stop the madness`).
    static let imperativeLeads: Set<String> = [
        "please", "just", "so", "now", "ok", "can", "could", "would", "will", "you", "and", "but", "then", "oh", "omg",
        "guys", "seriously", "svp", "alors", "mais", "bon", "vous", "tu", "must", "gotta", "lol", "pls", "yall", "ya",
    ]
    static let questionLeads: Set<String> = ["does", "do", "will", "would", "can", "could", "did", "is", "should"]
    static let orderWords: Set<String> = [
        "order", "orders", "purchase", "purchases", "item", "items", "payment", "shipment", "delivery", "reservation",
        "transaction", "reorder", "cart", "bag", "basket", "checkout", "pedido", "pedidos", "compra", "carrito",
        "commande", "panier", "coupon", "code", "one", "ones", "size", "color", "account", "address", "card",
    ]
    static let removableThings: Set<String> = [
        "the", "a", "an", "one", "two", "that", "item", "items", "coupon", "code", "discount", "tax", "gift", "product",
        "shipping", "from", "el", "la",
    ]

    /// Complaints about the texts that fall short of a request to stop.
    static let complaints: [PhrasePattern] = [
        // "you keep texting me" complains; "keep texting me deals!" asks for more.
        PhrasePattern(
            "keep_texting",
            "you|yall|guys|they|why|still|just|always keep|keeps|kept texting|messaging|sending|"
                + "spamming|contacting|bugging|bothering|calling|emailing|txting|pinging"),
        PhrasePattern("still_texting", "still texting|messaging|sending|spamming|contacting|bugging|bothering|txting"),
        PhrasePattern("too_many", "too|so|way many|much texts|messages|msgs|sms|txts|texting|messaging|notifications"),
        PhrasePattern("another_text", "another|yet text|message|msg|sms|txt"),
        PhrasePattern("fewer", "fewer|less texts|messages|msgs|often|frequently"),
        PhrasePattern("text_less", "text|message|msg me less"),
        PhrasePattern(
            "counted_texts",
            "1*|2*|3*|4*|5*|6*|7*|8*|9*|two|three|four|five|six|ten|twenty texts|messages|msgs|txts|"
                + "mensajes|sms a|per|today|in|this|every|already|al|par|hoy|aujourd"),
        PhrasePattern("every_day", "text|texting|message|messaging|msg me? every|each day|morning|night|hour|week"),
        PhrasePattern("text_a_lot", "text|texts|texting|message|messages|messaging a? lot|alot|constantly|nonstop|nonstop"),
        PhrasePattern("annoying", "annoying|annoyed|irritating|pestering|bugging"),
        PhrasePattern("can_you_not", "can|could you not $"),
        PhrasePattern("cut_it_out", "cut it out"),
        PhrasePattern("knock_it_off", "knock it off"),
        PhrasePattern("give_it_a_rest", "give it a rest"),
        PhrasePattern("dont_want_these", "dont|never want|need these|those|them $"),
        PhrasePattern("es.demasiados", "demasiados|tantos|muchos mensajes|textos|sms|msj"),
        // "sigan mandando ofertas" asks for more.
        PhrasePattern("es.siguen", "siguen|sigues escribiendo|mandando|enviando|molestando"),
        PhrasePattern("es.molestan", "molestan|molesta|molestando|molestia"),
        PhrasePattern("fr.trop_de", "trop de|d messages|sms|textos|relances"),
        PhrasePattern("fr.encore_un", "encore un|une sms|message|texto"),
        PhrasePattern("fr.encore", "ecrivez|envoyez|relancez|contactez|ecrire|envoyer encore|toujours"),
    ]

    static let exclamationKeywords: Set<String> = ["stop", "arrete", "arretez", "para", "basta"]
    static let possessives: Set<String> = ["my", "the", "this", "our", "mi", "el", "ma", "mon"]
    static let exclamationFillers: Set<String> = ["it", "oh", "omg", "wow", "hey", "lol", "man", "dude", "girl", "mais"]
    /// Praise and buying that follow an exclamation.
    static let delight: Set<String> = [
        "great", "amazing", "awesome", "insane", "incredible", "unreal", "perfect", "cute", "beautiful", "gorgeous", "love",
        "lovely", "steal", "bargain", "buying", "ordering", "obsessed", "take", "bueno", "buenisimo", "precioso", "preciosa",
        "bonito", "bonita", "lindo", "linda", "hermoso", "hermosa", "increible", "compro", "llevo", "encanta", "beau",
        "buenos", "buena", "buenas", "preciosos", "bonitos", "lindos", "hermosos", "increibles", "craque", "craquer",
        "belle", "magnifique", "genial", "super", "canon", "sublime", "prends", "achete", "adore",
    ]
    /// Words that tie an exclamation to the texts ("Stop, great, another text").
    static let againstTexts: Set<String> = textWords.union([
        "again", "another", "anymore", "dont", "not", "never", "no", "why", "enough", "ya", "plus", "mas", "nomas",
    ])
}
