import Foundation
import Testing

@testable import ReclaimCore

/// Keyword and free-text classification of inbound texts (compliance-rules.md §1; test cases 1–7,
/// 12, 13).
@Suite struct InboundKeywordTests {
    /// Cases 1–4: per-se keywords regardless of case, whitespace and punctuation.
    @Test(arguments: [
        "STOP", "stop", "Stop", "sToP", "  stop  ", "stop\n", "stop\u{00A0}", "Stop.", "STOP!!!", "*stop*", "\"STOP\"",
        " STOP!!", "stop 🛑", "🛑", "ＳＴＯＰ", "S.T.O.P", "STOPALL", "STOP ALL", "stop all.", "OPT OUT", "opt-out",
        "Optout", "REVOKE", "quit", "end", "cancel", "unsubscribe", "UNSUBSCRIBE.", "Stop please", "please stop",
        "STOP NOW", "stop stop stop", "Cancel.", "end!", "remove", "Stop, thanks",
    ])
    func perSeKeywordsOptOut(text: String) {
        let result = InboundKeywordClassifier.classify(text)
        #expect(result.kind == .optOut, "\(text) → \(result)")
        #expect(result.rule != nil)
    }

    /// Case 5 and the FCC reasonable-person test: free text in English.
    @Test(arguments: [
        "Stop texting me please", "please stop texting me", "please remove me", "take me off your list", "no more texts",
        "I don't want these messages", "wrong number", "remove me", "don't text me", "unsubscribe me",
        "leave me alone", "wrong number, stop", "Please stop sending me these", "quit messaging me", "do not contact me",
        "never text me again", "How do I unsubscribe?", "Take my number off", "delete my number", "Remove me from your list",
        "I never signed up for this", "this is spam", "stop the texts", "cancel my subscription", "no more messages please",
        "opt me out", "Not interested, stop", "lose my number", "Stop contacting me!", "Enough.",
        "I do not want any more texts", "don't send me any more messages", "go away", "I said stop",
        "you can stop now", "STOP!!! I bought it already", "stahp", "f off", "I'm blocking you",
    ])
    func englishFreeTextOptsOut(text: String) {
        #expect(InboundKeywordClassifier.classify(text).kind == .optOut, "\(text)")
    }

    /// Case 6 and common Spanish, French and German forms.
    @Test(arguments: [
        "ALTO", "PARA", "CANCELAR", "no más", "No mas", "ARRET", "ARRÊT", "baja", "no me escribas", "No me escriban más",
        "deja de enviarme mensajes", "no quiero recibir más mensajes", "bórrame de la lista", "darme de baja por favor",
        "número equivocado", "arrêtez", "Arrêtez de m'envoyer des messages", "stop svp", "STOP merci", "désabonner",
        "je veux me désabonner", "ne plus recevoir", "Je ne veux plus recevoir vos SMS", "laissez-moi tranquille",
        "mauvais numéro", "STOPP", "abmelden", "Keine SMS mehr", "bitte nicht mehr schreiben",
        "s'il vous plaît stop",
    ])
    func otherLanguagesOptOut(text: String) {
        #expect(InboundKeywordClassifier.classify(text).kind == .optOut, "\(text)")
    }

    /// Case 7 and the tricky non-opt-outs: no substring matching. None is an opt-out, and none raises
    /// a review: each has a plain reading that is not about the texts (a review stops marketing).
    @Test(arguments: [
        ("stop by the store?", false), ("Can't stop thinking about that jacket", false),
        ("does shipping stop at the border", false), ("Don't stop the deals!", false), ("weekend sale?", false),
        ("When does the sale end?", false), ("Can I cancel my order?", false), ("Is this the end of the promo?", false),
        ("Can I remove an item from my cart?", false), ("Para mi hermana, ¿tienen talla M?", false),
        ("I'll stop by tomorrow", false), ("Stopwatch in stock?", false), ("Non-stop shipping?", false),
        ("Help me pick a size", false), ("ok thanks", false), ("quite nice", false), ("no thanks", false),
        ("Don't stop texting me, I love the deals", false), ("Who is this?", false), ("Yes please send the link", false),
        ("why do you keep texting me", true), ("is there a way to get fewer texts?", true),
    ])
    func trickyNonOptOuts(text: String, needsReview: Bool) {
        let result = InboundKeywordClassifier.classify(text)
        #expect(result.kind == .none, "\(text) → \(result)")
        #expect(result.needsReview == needsReview, "\(text)")
    }

    @Test(arguments: ["wrong number", "Wrong #", "número equivocado", "mauvais numéro", "this is not my number"])
    func wrongNumberFlagsAPossibleReassignment(text: String) {
        let result = InboundKeywordClassifier.classify(text)
        #expect(result.kind == .optOut)
        #expect(result.possibleReassignedNumber)
    }

    /// Case 13: HELP / help? / INFO.
    @Test(arguments: ["HELP", "help?", "INFO", "Help please", "info.", "AYUDA", "aide"])
    func helpKeywords(text: String) {
        #expect(InboundKeywordClassifier.classify(text).kind == .help, "\(text)")
    }

    /// Case 12: START/UNSTOP resubscribe; YES only while suppressed.
    @Test(arguments: [
        ("START", false, InboundClassification.Kind.optIn), ("unstop", true, .optIn), ("Start again", false, .optIn),
        ("YES", true, .optIn), ("yes", false, .none), ("Yes!", true, .optIn), ("yes stop", true, .optOut),
        ("start stop", false, .optOut), ("help stop", false, .optOut),
    ])
    func optInKeywords(text: String, suppressed: Bool, kind: InboundClassification.Kind) {
        #expect(InboundKeywordClassifier.classify(text, isSuppressed: suppressed).kind == kind, "\(text)")
    }

    @Test(arguments: [
        ("STOP", "keyword:stop"), ("Stop please", "clause:stop"), ("OPT OUT", "keyword:optout"),
        ("Stop texting me please", "phrase:en.stop_contact"), ("take me off your list", "phrase:en.take_me_off"),
        ("no me escribas", "phrase:es.no_me_escribas"), ("ne plus recevoir", "phrase:fr.ne_plus_recevoir"),
        ("YES", "keyword:yes (suppressed)"), ("help?", "keyword:help"),
    ])
    func matchedRuleIsReportedForAuditing(text: String, rule: String) {
        #expect(InboundKeywordClassifier.classify(text, isSuppressed: true).rule == rule)
    }
}
