/// Guesses whether a normalised text is English, Spanish or French from marker words.
enum LanguageDetector {
    /// The language the words show, or `nil` when they show none clearly.
    static func detect(_ tokens: [String]) -> AssistantLanguage? {
        var counts: [AssistantLanguage: Int] = [:]
        for token in tokens {
            if self.spanish.contains(token) { counts[.spanish, default: 0] += 1 }
            if self.french.contains(token) { counts[.french, default: 0] += 1 }
            if self.english.contains(token) { counts[.english, default: 0] += 1 }
        }
        let best = counts.max { lhs, rhs in lhs.value < rhs.value || (lhs.value == rhs.value && lhs.key == .english) }
        guard let best, best.value > 0 else { return nil }
        let tied = counts.filter { $0.value == best.value }.count > 1
        return tied ? nil : best.key
    }

    private static let spanish: Set<String> = [
        "que", "quiero", "tienen", "tiene", "hay", "gracias", "porfavor", "envio", "envios", "cuanto", "cuesta", "donde",
        "esta", "pedido", "lo", "los", "las", "el", "mas", "tarde", "puedo", "hablar", "con", "una", "persona", "numero",
        "mi", "dan", "algun", "cupon", "descuento", "ya", "compre", "talla", "otros", "colores", "tarjeta", "fue",
        "rechazada", "reembolso", "sacaron", "hacen", "mandame", "comprarlo", "proxima", "quincena", "devolverlo",
        "queda", "cual", "politica", "devoluciones", "chaqueta", "suscribirme", "nuevo", "equivocado", "es", "gratis",
        "hola", "si", "tienda", "botas", "azul", "quien", "ayuda", "escribas", "baja", "por", "favor", "interesa",
        "luego", "despues", "mañana", "manana", "semana", "para", "del", "dónde", "envían", "envian", "precio",
        "estoy", "necesito", "paquete", "nunca", "llego", "cobraron", "cobro", "veces", "tantos", "mensajes", "harto",
        "cancelar", "dinero", "danado", "roto", "ahorita", "mandaron", "doble",
    ]

    private static let french: Set<String> = [
        "je", "vous", "est", "c", "livraison", "gratuite", "combien", "coute", "livrez", "peux", "le", "retourner",
        "quelle", "votre", "politique", "retour", "avez", "lavez", "l", "en", "bleu", "il", "existe", "quelles",
        "couleurs", "tente", "pese", "veste", "code", "une", "reduction", "possible", "envoyez", "moi", "lien",
        "prends", "plus", "tard", "merci", "vais", "attendre", "fin", "du", "mois", "non", "ca", "interesse",
        "deja", "commande", "veux", "parler", "quelqu", "un", "harcelement", "n", "ai", "pas", "recu", "ma",
        "paiement", "passe", "ne", "mauvais", "numero", "aide", "bonjour", "oui", "avec", "pour", "mon", "des",
        "suis", "vraiment", "deux", "fois", "colis", "annuler", "toujours", "jamais", "argent", "abime", "debite",
        "quelque", "maintenant",
    ]

    private static let english: Set<String> = [
        "the", "is", "it", "you", "i", "my", "do", "can", "how", "what", "me", "to", "and", "please", "this", "in",
        "does", "have", "are", "your", "of", "for", "with", "want", "ship", "shipping", "much", "thanks",
    ]
}
