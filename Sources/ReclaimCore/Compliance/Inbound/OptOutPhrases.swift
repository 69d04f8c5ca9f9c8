/// Free-text revocations a reasonable person would understand as "stop texting me"
/// (FCC 64.1200(a)(10)), as ``PhrasePattern``s matched within one clause.
enum OptOutPhrases {
    private static let contactObjects = "texting|texts|text|txting|txts|txt|messaging|messages|message|msgs|msg|"
        + "msging|sending|contacting|emailing|calling|spamming|bothering|harassing|sms|these"
    private static let messageNouns = "texts|text|messages|message|msgs|sms|txts|marketing|promotions|promos|"
        + "notifications|alerts|ads|spam"

    static let all: [PhrasePattern] = english + spanish + french + german

    static let english: [PhrasePattern] = [
        PhrasePattern("en.stop_contact", "stop|stopall|quit|cease|end|halt the|these|those|your|ur|all|my? \(contactObjects)",
                      negatable: true),
        PhrasePattern("en.stop_now", "stop|stopall|quit now|already|asap|immediately|pls|please", negatable: true),
        PhrasePattern("en.said_stop", "said|say|says|told|telling|asked|asking you? to? stop|quit|unsubscribe|cancel|end"),
        PhrasePattern("en.dont_contact",
                      "dont|never ever? text|txt|message|msg|sms|contact|email|call|bother|spam|harass me|us|again|anymore|ever|here"),
        PhrasePattern("en.dont_send", "dont|never send|sending me? any? more|anymore|anything|stuff|\(messageNouns)"),
        PhrasePattern("en.dont_want",
                      "dont|never want|need|wish|like any|these|those|your|ur|this|the|more? more|any? \(messageNouns)"),
        PhrasePattern("en.no_more", "no more \(messageNouns)|texting|messaging"),
        PhrasePattern("en.remove_me", "remove|delete|erase|drop|scratch|exclude|unsubscribe|unsub me|us"),
        PhrasePattern("en.remove_number",
                      "remove|delete|erase|drop|lose|forget|scratch my|our number|phone|info|information|details|contact|cell|data"),
        PhrasePattern("en.take_me_off", "take|get me|us|my|our number|phone? off|out"),
        PhrasePattern("en.off_list",
                      "off|from your|ur|the|this|ya? mailing|texting|text|sms|contact|marketing|call|email? list"),
        PhrasePattern("en.unsubscribe", "unsubscrib*|unsub*|unsuscrib*|unsubcrib*", negatable: true),
        PhrasePattern("en.opt_out", "optout*", negatable: true),
        PhrasePattern("en.opt_me_out", "opt me|us out", negatable: true),
        PhrasePattern("en.leave_alone", "leave|let me|us alone|be"),
        PhrasePattern("en.rude", "fuck|f|piss|bugger|sod|buzz off|you"),
        PhrasePattern("en.wrong_number", "wrong number|person|phone|guy|girl|recipient|num", reassigned: true),
        PhrasePattern("en.not_me", "not|aint my number|phone", reassigned: true),
        PhrasePattern("en.never_signed_up",
                      "never|didnt|dont sign|signed|subscribe|subscribed|opt|opted|agree|agreed|ask|asked|register|registered"),
        PhrasePattern("en.spam", "this|its|is spam|harassment|harrassment"),
        PhrasePattern("en.cancel_subscription",
                      "cancel|end|stop my|the|these|this|all? subscription|texts|text|messages|alerts|notifications|sms|txts",
                      negatable: true),
        PhrasePattern("en.block", "blocking|reporting you|this|your"),
        PhrasePattern("en.block_you", "block|report you"),
    ]

    static let spanish: [PhrasePattern] = [
        PhrasePattern("es.no_mas", "nomas mensajes|mensaje|textos|texto|sms|msj|msjs|porfavor|gracias|spam|publicidad|promociones"),
        PhrasePattern("es.de_baja", "de baja"),
        PhrasePattern("es.no_me_escribas",
                      "no me|nos escribas|escriba|escriban|escribe|envies|envie|envien|mandes|mande|manden|contactes|contacte|"
                          + "contacten|molestes|moleste|molesten|textees|llames|llamen"),
        PhrasePattern("es.no_vuelvas", "no me|nos? vuelvas|vuelva|vuelvan a escribir*|enviar*|mandar*|contactar*|molestar*"),
        PhrasePattern("es.deja_de",
                      "deja|dejen|deje|dejar|dejes|para|paren|pare|parar|paren de enviar*|mandar*|escribir*|contactar*|"
                          + "molestar*|textear*", negatable: true),
        PhrasePattern("es.no_quiero",
                      "no quiero|deseo|queremos recibir? mas? mensajes|mensaje|textos|texto|sms|msj|publicidad|promociones|nada|mas"),
        PhrasePattern("es.borrame",
                      "borrame|borrenme|sacame|saquenme|quitame|quitenme|eliminame|eliminenme|desuscribeme|desuscribanme"),
        PhrasePattern("es.borra_numero", "borra|borren|saca|saquen|quita|quiten|elimina|eliminen mi numero|telefono|celular"),
        PhrasePattern("es.numero_equivocado", "numero|num equivocado|incorrecto|equivocada", reassigned: true),
        PhrasePattern("es.equivocado_de_numero", "equivocaron|equivocado|equivocada|equivocados de numero", reassigned: true),
        PhrasePattern("es.desuscribir", "desuscrib*|desinscrib*|darme|darse|dame|denme baja", negatable: true),
        PhrasePattern("es.cancelar_suscripcion",
                      "cancelar|cancela|cancelen|cancele mi|la|los? suscripcion|subscripcion|mensajes|sms"),
    ]

    static let french: [PhrasePattern] = [
        PhrasePattern("fr.arretez_de",
                      "arretez|arrete|arreter|arretes|cessez|cesse|cesser de|d m|me|nous? envoyer|ecrire|contacter|spammer|"
                          + "harceler|deranger|texter"),
        PhrasePattern("fr.ne_plus_envoyer",
                      "ne|n m|me|nous? envoyez|envoie|envoyer|ecrivez|ecris|ecrire|contactez|contacte|contacter|derangez|"
                          + "texter plus"),
        PhrasePattern("fr.ne_plus_recevoir", "ne|n plus recevoir|etre|me|rien"),
        PhrasePattern("fr.ne_veux_plus", "ne|n veux|voulons|souhaite|souhaitons|desire plus"),
        PhrasePattern("fr.plus_de_sms", "plus de|d sms|messages|message|textos|pub|publicite|promos|spam"),
        PhrasePattern("fr.desabonner", "desabonn*|desinscri*|desincri*", negatable: true),
        PhrasePattern("fr.laissez_moi", "laissez|laisse|laissez moi|nous tranquille|tranquilles|en"),
        PhrasePattern("fr.mauvais_numero", "mauvais|faux numero|num|destinataire", reassigned: true),
        PhrasePattern("fr.supprimez_moi",
                      "supprimez|supprimer|supprime|retirez|retirer|retire|effacez|effacer|enlevez|enlever moi|nous"),
        PhrasePattern("fr.supprimez_numero",
                      "supprimez|supprimer|supprime|retirez|retirer|effacez|effacer|enlevez|enlever mon|mes|notre "
                          + "numero|coordonnees|donnees"),
    ]

    static let german: [PhrasePattern] = [
        PhrasePattern("de.keine_mehr", "keine sms|nachrichten|werbung|mitteilungen|texte mehr"),
        PhrasePattern("de.nicht_mehr", "nicht mehr schreiben|kontaktieren|senden|anschreiben|schicken|stoeren|storen"),
        PhrasePattern("de.abmelden", "abmeld*|abbestell*|austragen|austrag*", negatable: true),
        PhrasePattern("de.falsche_nummer", "falsche nummer|person", reassigned: true),
    ]
}
