/// Two readings that need the whole text rather than one phrase (issue 16 item 2).
///
/// - **Threats**: a complaint or legal threat (`report`, `sue`, `lawyer`, `denunciar`, `porter plainte`)
///   is an opt-out when the text also speaks of the texts going on (`if you text me again`, `si siguen
///   escribiendo`, `si vous continuez à m'envoyer ces messages`, `encore un sms et…`). Alone it may be
///   about a parcel (`je vais porter plainte contre le transporteur`), so it is not enough.
/// - **Keep wishes**: an explicit wish to keep receiving (`keep em coming`, `never stop sending me these`,
///   `still want these texts`, `sigan mandando`, `continuez à m'envoyer`). It explains stop words away
///   (`Never stop sending me these discount codes`), and it contradicts a free-text opt-out phrase in the
///   same text (`unsubscribe from these? lol never, keep em coming`): such a text is not an opt-out but
///   needs review, so marketing stops and the shopper is asked once. Keyword clauses (`STOP`) are never
///   contradicted.
enum OptOutContext {
    /// Complaint and legal-threat words.
    static let threats: [PhrasePattern] = [
        PhrasePattern(
            "en.threat",
            "report|reporting|sue|suing|lawsuit|lawyer|lawyers|attorney|complaint|complain|court|"
                + "ftc|fcc|bbb"),
        PhrasePattern(
            "es.threat",
            "denunciar*|denuncia|denuncio|denunciare|demandar*|demandare|demando|abogado|abogados|queja|"
                + "quejarme|reportar*|reporto|reportare|profeco|condusef|sernac"),
        PhrasePattern(
            "fr.threat",
            "plainte|plaintes|avocat|avocats|signaler|signalerai|signale|tribunal|poursuivre|poursuivrai|"
                + "dgccrf"),
    ]

    /// The texts going on, as the condition of a threat.
    static let continuations: [PhrasePattern] = [
        PhrasePattern(
            "en.if_again",
            "if|next|time you|u|yall|ya|they|anyone? keep|continue? texting|messaging|contacting|"
                + "spamming|text|message|msg|txt|contact|spam|bother|ping|sms"),
        PhrasePattern("en.if_another", "if i|we get|receive|see another|one|any? more? *? \(OptOutPhrases.messageNouns)"),
        PhrasePattern("en.if_continues", "if this|it|that continues|keeps|persists|happens again|continue"),
        PhrasePattern("en.one_more", "one more \(OptOutPhrases.messageNouns) and"),
        PhrasePattern(
            "es.si_siguen",
            "si|como siguen|sigues|continuan|continuas|insisten escribiendo|mandando|enviando|molestando|textear*|con"),
        PhrasePattern(
            "es.si_me_escriben",
            "si me|nos vuelven|vuelves a escribir*|mandar*|enviar*|contactar*|molestar*"),
        PhrasePattern("es.si_me_siguen", "si me|nos siguen|sigues|escriben|contactan|molestan|textean"),
        PhrasePattern("es.otro_mensaje", "otro|un mensaje|sms|msj|texto mas"),
        PhrasePattern("fr.si_continuez", "si vous|tu|ca continuez|continues|continue|recommencez|recommences|persistez"),
        PhrasePattern("fr.encore_un", "encore un|une sms|message|msg|texto|pub"),
    ]

    /// Explicit wishes to keep receiving the texts.
    static let keepWishes: [PhrasePattern] = [
        PhrasePattern(
            "en.keep_coming",
            "keep|keeps em|them|these|those|the|your|ur|all? *? \(OptOutPhrases.messageNouns)|deals|"
                + "codes|offers|coupons|discounts|em|them|these coming"),
        PhrasePattern(
            "en.keep_sending",
            "^ please|pls|but|and|lol|so|ok|okay|just|oh|no|nah? keep|continue sending|texting|messaging|txting"),
        PhrasePattern(
            "en.never_stop",
            "^ please|pls|and|lol|oh|just|but|so? never|dont stop|quit sending|texting|messaging|these|the|them"),
        PhrasePattern("en.still_want", "still|do want|like|need these|the|your|those|my|em|them? \(OptOutPhrases.messageNouns)"),
        PhrasePattern(
            "es.sigan_mandando",
            "^ porfavor|pero|y|jaja? sigan|sigue|siga|continuen|continua mandando*|enviando*|"
                + "escribiendo*"),
        PhrasePattern("fr.continuez", "^ svp|mais|et|mdr? continuez|continue a|de m|me|nous? envoyer|ecrire|texter"),
    ]

    /// The threat pattern id when the text threatens a complaint about the texts going on.
    static func threat(in clauses: [[String]]) -> String? {
        guard clauses.contains(where: { clause in self.continuations.contains { $0.firstMatch(in: clause) != nil } }) else {
            return nil
        }
        for clause in clauses {
            if let threat = self.threats.first(where: { $0.firstMatch(in: clause) != nil }) { return threat.id }
        }
        return nil
    }

    /// The keep-wish pattern id when the text asks to keep receiving the texts.
    static func keepWish(in clauses: [[String]]) -> String? {
        for clause in clauses {
            if let wish = self.keepWishes.first(where: { $0.firstMatch(in: clause) != nil }) { return wish.id }
        }
        return nil
    }
}
