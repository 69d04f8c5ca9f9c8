extension OptOutPhrases {
    /// Spanish revocations: `no me escribas`, `dejen de`, `bórrenme`, `no quiero recibir`, `harto de`,
    /// `darme de baja`, `déjenme en paz`, spam, consent never given, wrong number.
    static let spanish: [PhrasePattern] = [
        PhrasePattern("es.no_mas", "nomas mensajes|mensaje|textos|texto|sms|msj|msjs|porfavor|gracias|spam|publicidad|promociones"),
        PhrasePattern("es.de_baja", "darme|dame|denme|darnos|darse|me|nos|doy|date|pongan|ponganme|ponme de baja"),
        PhrasePattern(
            "es.no_me_escribas",
            "no me|nos escribas|escriba|escriban|escribe|contactes|contacte|contacten|molestes|moleste|molesten|"
                + "textees|llames|llamen|sigas|sigan"),
        // "no me manden la talla equivocada" is about an item: a send verb needs the messages, "más" or nothing.
        PhrasePattern(
            "es.no_me_mandes",
            "no me|nos envies|envie|envien|mandes|mande|manden mas|nada|ya|nunca|porfavor|\(spanishNouns)|$"),
        PhrasePattern("es.no_vuelvas", "no me|nos? vuelvas|vuelva|vuelvan a escribir*|enviar*|mandar*|contactar*|molestar*"),
        PhrasePattern(
            "es.deja_de",
            "deja|dejen|deje|dejar|dejes|para|paren|pare|parar|paren|basta ya? de|d enviar*|mandar*|escribir*|contactar*|"
                + "molestar*|textear*", negatable: true),
        PhrasePattern(
            "es.no_quiero",
            "no quiero|deseo|queremos|necesito recibir|recibiendo? mas? sus|tus|los|estos|esos|ningun|ninguno? "
                + "mas? \(spanishNouns)|nada|mas"),
        PhrasePattern(
            "es.no_quiero_que",
            "no quiero|queremos que me|nos escriban|manden|envien|contacten|escribas|mandes|"
                + "envies|contactes|molesten|sigan"),
        PhrasePattern("es.no_sigan", "ya? no sigan|sigas|siga|continuen mandando*|enviando*|escribiendo*|molestando*"),
        PhrasePattern(
            "es.sin_consentimiento",
            "escriben|escribes|mandan|envian|contactan|escribir|mandar|enviar|contactar|"
                + "mensajes|msjs sin mi|nuestro? consentimiento|permiso|autorizacion"),
        PhrasePattern(
            "es.harto",
            "harto|harta|hartos|hartas|hart|cansado|cansada|pesado|pesada|pesados|pesadas|basta|suficiente de|con "
                + "sus|tus|los|las|tantos|tantas|estos|"
                + "esos|tanto? \(spanishNouns)"),
        PhrasePattern("es.no_interesan", "no me|nos interesan|interesa sus|tus|los|estos|esos? \(spanishNouns)"),
        PhrasePattern("es.no_molesten", "no|ya molesten|molestes|moleste|molestar|escriban|llamen mas|porfavor|$"),
        PhrasePattern("es.nada_mas", "nada|no mas de \(spanishNouns)"),
        PhrasePattern("es.en_paz", "dejame|dejenme|dejeme|dejarme|dejanos en paz"),
        PhrasePattern(
            "es.borrame",
            "borrame|borrenme|sacame|saquenme|quitame|quitenme|eliminame|eliminenme|desuscribeme|desuscribanme"),
        // "Olvídense de mi número", "olvídate de mí".
        PhrasePattern(
            "es.olvidar_numero",
            "olvidense|olvidate|olviden|olvide|olvida|olvidar|olvidarse de? mi|mis|este numero|telefono|celular|datos|"
                + "contacto|num"),
        PhrasePattern("es.olvidense_de_mi", "olvidense|olvidate|olviden de mi $|porfavor|ya|gracias"),
        PhrasePattern("es.olvidenme", "olvidenme|olvidame|olvidennos $|porfavor|ya|gracias"),
        // "bloqueen mi número", "agréguenme a la lista de no contactar".
        PhrasePattern("es.bloquear_numero", "bloqueen|bloquea|bloquear|bloqueo|bloqueare mi|este|su numero|telefono|celular"),
        // Complaints to the authorities: "Voy a denunciar este número", "los voy a demandar".
        PhrasePattern(
            "es.denunciar",
            "denunciar|denunciare|denuncio|denunciarlos|denunciarles|denunciarlas|demandar|demandare|demandarlos|"
                + "reportar|reportare|reportarlos|reporto este|su|sus|al? numero|mensajes|spam|sms"),
        // The do-not-call registry (a consumer agency alone may be about a refund: see OptOutContext).
        PhrasePattern("es.repep", "repep|rpc"),
        PhrasePattern("es.borra_numero", "borra|borren|saca|saquen|quita|quiten|elimina|eliminen mi numero|telefono|celular"),
        PhrasePattern("es.numero_equivocado", "numero|num equivocado|incorrecto|equivocada", reassigned: true),
        PhrasePattern("es.equivocado_de_numero", "equivocaron|equivocado|equivocada|equivocados de numero", reassigned: true),
        PhrasePattern("es.desuscribir", "desuscrib*|desinscrib*|darme|darse|dame|denme baja", negatable: true),
        PhrasePattern(
            "es.cancelar_suscripcion",
            "cancelar|cancela|cancelen|cancele mi|la|los? suscripcion|subscripcion|mensajes|sms"),
        PhrasePattern("es.spam", "es|esto|puro|son|otro spam"),
        PhrasePattern("es.reportar_spam", "reportar|reporto|reportare|denunciar|marcar como? spam"),
        PhrasePattern("es.nunca_suscribi", "nunca|jamas|no me suscribi|inscribi|registre|apunte"),
        PhrasePattern("es.nunca_autorice", "nunca|jamas di|autorice|acepte mi? numero|permiso|autorizacion"),
        PhrasePattern("es.quien_dio", "quien|quienes les|te|le dio|dieron|paso|pasaron mi numero"),
        PhrasePattern("es.de_donde", "donde|como sacaron|consiguieron|obtuvieron|tienen mi numero"),
        PhrasePattern("es.no_publicidad", "no|sin publicidad|promociones|anuncios"),
    ]
}
