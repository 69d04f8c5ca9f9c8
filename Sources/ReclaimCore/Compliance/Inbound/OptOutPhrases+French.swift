extension OptOutPhrases {
    /// French revocations: `arrêtez de m'écrire`, `ne m'écrivez plus`, `je ne veux plus recevoir`,
    /// `désinscrivez-moi`, `laissez-moi tranquille`, `j'en ai marre de vos messages`, spam, consent
    /// never given, wrong number.
    static let french: [PhrasePattern] = [
        PhrasePattern(
            "fr.arretez_de",
            "arretez|arrete|arreter|arretes|cessez|cesse|cesser de|d m|me|nous? envoyer|ecrire|contacter|spammer|"
                + "harceler|deranger|texter|relancer"),
        PhrasePattern("fr.arretez_les", "arretez|arrete|arreter|cessez|cesser|stop|stoppez les|vos|ces|tes|au|aux \(frenchNouns)"),
        PhrasePattern(
            "fr.ne_plus_envoyer",
            "ne|n m|me|nous? envoyez|envoie|envoyer|ecrivez|ecris|ecrire|contactez|contacte|contacter|derangez|"
                + "texter|relancez plus"),
        // Spoken French drops the ne: "Me contactez plus svp", "m'écrivez plus".
        PhrasePattern(
            "fr.plus_sans_ne",
            "m|me|nous contactez|ecrivez|envoyez|derangez|relancez|textez|appelez|harcelez|spammez|contacte|ecris|"
                + "envoie|derange plus|jamais $|svp|stp|merci|jamais|rien|please|bordel|putain"),
        PhrasePattern("fr.plus_de_sans_ne", "m|me|nous envoyez|envoie plus|jamais de|d \(frenchNouns)"),
        PhrasePattern("fr.ne_plus_recevoir", "ne|n plus recevoir|etre|me|rien"),
        PhrasePattern("fr.veux_plus_de", "veux|voulons|veut|souhaite plus|pas|aucun|aucune de|d vos|tes|ces? \(frenchNouns)"),
        // "je ne veux plus le bleu" is about an item: what is no longer wanted must be the messages.
        PhrasePattern(
            "fr.ne_veux_plus",
            "ne|n veux|voulons|souhaite|souhaitons|desire plus recevoir|rien|etre|$|\(frenchNouns)"),
        PhrasePattern("fr.ne_veux_plus_de", "ne|n veux|voulons|souhaite|souhaitons|desire plus de|d vos|tes|ces? \(frenchNouns)"),
        PhrasePattern("fr.plus_de_sms", "plus de|d sms|messages|message|textos|pub|publicite|promos|spam"),
        PhrasePattern("fr.desabonner", "desabonn*|desinscri*|desincri*", negatable: true),
        PhrasePattern("fr.veux_plus_recevoir", "veux|voulons|souhaite|souhaitons plus recevoir|etre"),
        PhrasePattern("fr.ne_plus_m_envoyer", "ne plus m|me|nous? envoyer|ecrire|contacter|texter|relancer|deranger"),
        PhrasePattern(
            "fr.saoulez",
            "saoulez|soulez|gonflez|fatiguez|harcelez|saoulent|soulent|gonflent avec vos|tes|ces|les? \(frenchNouns)"),
        PhrasePattern("fr.la_paix", "foutez|fichez|fous|fiche|laissez|laisse moi|nous? la paix"),
        // "lâchez-moi", "lâche-moi la grappe".
        PhrasePattern("fr.lachez_moi", "lachez|lache|oubliez|oublie moi|nous"),
        // "oubliez mon numéro", "effacez mon numéro de votre fichier".
        PhrasePattern("fr.oubliez_numero", "oubliez|oublie|oublier|bloquez|bloquer|bloque mon|notre|ce numero|num|telephone|portable"),
        // Complaints to the authorities: "je vais porter plainte", "je vous signale à la CNIL".
        // The data regulator, the do-not-call list and the spam-text number (the fraud office, DGCCRF, may be
        // about a refund: see OptOutContext).
        PhrasePattern("fr.autorite", "cnil|bloctel|33700"),
        PhrasePattern("fr.signal_spam", "signal|signal-spam spam"),
        PhrasePattern(
            "fr.sans_consentement",
            "ecrivez|ecrire|envoyez|envoyer|contactez|contacter|texter|sms|messages|ecrit|"
                + "contacte|envoye sans mon|notre? consentement|accord|autorisation|permission"),
        PhrasePattern("fr.suffit", "suffit|assez avec? les|vos|ces|tes \(frenchNouns)"),
        PhrasePattern("fr.laissez_moi", "laissez|laisse|laissez moi|nous tranquille|tranquilles|en"),
        PhrasePattern("fr.marre", "marre|assez|ras|fatigue|fatiguee de|des vos|tes|ces|tous|toutes|ces? \(frenchNouns)"),
        PhrasePattern("fr.spam", "est|du|de spam|pourriel|harcelement"),
        PhrasePattern("fr.signaler_spam", "signale|signaler|signalez|signalerai comme? spam|pourriel"),
        PhrasePattern(
            "fr.jamais_inscrit",
            "jamais inscrit|inscrite|abonne|abonnee|accepte|consenti|donne|demande"),
        PhrasePattern("fr.pas_inscrit", "me suis pas|jamais inscrit|inscrite|abonne|abonnee"),
        PhrasePattern("fr.qui_a_donne", "qui vous|t|te a|as donne mon numero"),
        PhrasePattern("fr.comment_numero", "comment|ou _ eu|obtenu|trouve|recupere mon|notre numero"),
        PhrasePattern("fr.mauvais_numero", "mauvais|faux numero|num|destinataire", reassigned: true),
        PhrasePattern(
            "fr.supprimez_moi",
            "supprimez|supprimer|supprime|retirez|retirer|retire|effacez|effacer|enlevez|enlever moi|nous"),
        PhrasePattern(
            "fr.supprimez_numero",
            "supprimez|supprimer|supprime|retirez|retirer|effacez|effacer|enlevez|enlever mon|mes|notre "
                + "numero|coordonnees|donnees"),
    ]
}
