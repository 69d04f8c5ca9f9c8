/// Free-text revocations a reasonable person would understand as "stop texting me"
/// (FCC 64.1200(a)(10)), as ``PhrasePattern``s matched within one clause.
///
/// The patterns are built from a few word classes rather than whole sentences: a verb of stopping or
/// removing, a contact verb or message noun as its object, the shopper as the target, and negation
/// (`dont|never|not` + contact verb + `me`). One file per language: English, Spanish, French, German.
enum OptOutPhrases {
    /// Contact gerunds and message nouns that follow a verb of stopping (`stop texting`, `quit the texts`).
    static let contactObjects =
        "texting|texts|text|txting|txts|txt|messaging|messages|message|msgs|msg|msging|"
        + "sending|contacting|emailing|calling|spamming|bothering|harassing|pinging|bugging|pestering|hounding|sms|these|"
        + "notifications|alerts|"
        + "promos|promotions|ads|txt*|text*|messag*|mesag*|msg*"
    /// Base-form contact verbs that follow a negation (`don't text me`).
    static let contactVerbs = "text|txt|message|msg|sms|contact|email|call|bother|spam|harass|ping"
    /// Nouns for the messages themselves.
    static let messageNouns =
        "texts|text|messages|message|msgs|sms|txts|marketing|promotions|promos|"
        + "notifications|alerts|ads|spam|advertising|emails"
    /// Plural message nouns, which may follow any one word (`no more coffee texts`).
    static let pluralMessageNouns = "texts|messages|msgs|txts|sms|emails|notifications|alerts|promos|promotions|ads"
    /// Adjectives that may stand before a message noun (`any more promotional texts`).
    static let messageAdjectives =
        "promotional|promo|marketing|sales|spam|spammy|stupid|annoying|automated|random|"
        + "constant|endless|daily|cart|reminder"
    /// Spanish nouns for the messages.
    static let spanishNouns =
        "mensajes|mensaje|textos|texto|sms|msj|msjs|spam|publicidad|promociones|anuncios|"
        + "notificaciones|correos"
    /// French nouns for the messages.
    static let frenchNouns =
        "sms|messages|message|textos|texto|pub|pubs|publicite|publicites|promos|promotions|spam|"
        + "relances|notifications"

    /// Every pattern, English first.
    static let all: [PhrasePattern] = english + spanish + french + german

    static let german: [PhrasePattern] = [
        PhrasePattern("de.keine_mehr", "keine sms|nachrichten|werbung|mitteilungen|texte mehr"),
        PhrasePattern("de.nicht_mehr", "nicht mehr schreiben|kontaktieren|senden|anschreiben|schicken|stoeren|storen"),
        PhrasePattern("de.abmelden", "abmeld*|abbestell*|austragen|austrag*", negatable: true),
        PhrasePattern("de.falsche_nummer", "falsche nummer|person", reassigned: true),
    ]
}
