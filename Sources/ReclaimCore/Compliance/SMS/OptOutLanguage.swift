import Foundation

/// Recognises opt-out instructions in outbound copy ("Reply STOP to opt out", "Txt STOP to end",
/// "Répondez STOP pour vous désabonner", "STOP au 36180") and the two forbidden variants.
enum OptOutLanguage {
    /// Lower-case, accent-free words of a text.
    static func words(_ text: String) -> [String] {
        TextFolding.words(text)
    }

    private static let instructionVerbs: Set<String> = [
        "reply", "text", "txt", "send", "respond", "replying", "texting", "with", "repondez", "repondre",
        "envoyez", "envoyer", "envoie", "responde", "responder", "envia", "envie", "antworte", "antworten", "sende",
        "senden", "sms", "msg",
    ]
    private static let instructionLinks: Set<String> = ["to", "au", "an", "al", "pour", "para", "zum", "um", "per"]
    private static let optOutVerbs: Set<String> = [
        "unsubscribe", "opt", "optout", "stop", "cancel", "end", "quit", "unsub", "remove",
    ]

    /// Whether the words contain "<verb> STOP" or "STOP <to|au|pour…> …".
    static func containsInstruction(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where word == "stop" || word == "stopp" || word == "arret" {
            if index > 0, self.instructionVerbs.contains(words[index - 1]) { return true }
            if index + 1 < words.count, self.instructionLinks.contains(words[index + 1]) { return true }
        }
        return false
    }

    /// "… is the only way to opt out", "exclusively by replying STOP".
    static func claimsExclusiveMeans(_ words: [String]) -> Bool {
        let claims = words.indices.contains { index in
            let word = words[index]
            if word == "exclusively" { return true }
            guard index + 1 < words.count else { return false }
            let next = words[index + 1]
            return (word == "only" && ["way", "means", "method", "option"].contains(next)) || (word == "sole" && next == "way")
        }
        guard claims else { return false }
        return words.contains(where: { self.optOutVerbs.contains($0) || $0.hasPrefix("unsubscrib") })
    }

    /// The offending phrase when copy asks for something other than STOP, e.g. "reply 2 to unsubscribe".
    static func nonstandardKeyword(_ words: [String]) -> String? {
        guard words.count >= 4 else { return nil }
        for index in 0..<(words.count - 3) {
            let verb = words[index]
            let keyword = words[index + 1]
            let link = words[index + 2]
            let action = words[index + 3]
            guard ["reply", "text", "txt", "send", "press", "respond"].contains(verb),
                keyword.allSatisfy(\.isNumber) || ["n", "x", "no"].contains(keyword),
                link == "to", self.optOutVerbs.contains(action) || action.hasPrefix("unsubscrib")
            else { continue }
            return "\(verb) \(keyword) to \(action)"
        }
        return nil
    }
}
