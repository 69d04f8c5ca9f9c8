import Foundation

/// Picks the sentences of a store text (product description, policy, FAQ) that answer a question,
/// by overlap of terms after expanding the shopper's words to the words stores write
/// (`heavy` → `weight`, `lb`; `how long` → `business days`).
enum SentenceRetriever {
    /// Sentences of a text, split at `.` and line breaks (not inside numbers), and also at `;` when
    /// `clauses` is set.
    static func sentences(_ text: String, clauses: Bool = false) -> [String] {
        var parts: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if character == "\n" || (clauses && character == ";") || (character == "." && next == " ") {
                if character == "." { current.append(character) }
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 2 }
    }

    /// Sentences with a positive score, best first (ties in text order).
    /// - Parameters:
    ///   - query: the shopper's normalised words.
    ///   - text: the store text.
    ///   - ignoring: terms that must not count (the product's own title words).
    static func rank(
        _ query: [String], in text: String, ignoring: Set<String> = [], clauses: Bool = false
    )
        -> [(sentence: String, score: Int)]
    {
        let terms = self.expand(query).subtracting(ignoring)
        guard !terms.isEmpty else { return [] }
        return self.sentences(text, clauses: clauses).enumerated().compactMap { offset, sentence -> (Int, String, Int)? in
            let words = Set(SearchText.terms(sentence))
            let score = terms.filter { term in words.contains { self.same($0, term) } }.count
            return score > 0 ? (offset, sentence, score) : nil
        }
        .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }
        .map { ($0.1, $0.2) }
    }

    /// Query terms plus the words stores use for them.
    static func expand(_ query: [String]) -> Set<String> {
        var terms = Set(SearchText.terms(query.joined(separator: " ")))
        let joined = " " + query.joined(separator: " ") + " "
        for (trigger, extra) in self.expansions where trigger.contains(" ") ? joined.contains(" \(trigger) ") : terms.contains(trigger) {
            terms.formUnion(extra)
        }
        return terms.subtracting(self.generic)
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        a == b || (a.count >= 5 && b.count >= 5 && a.prefix(5) == b.prefix(5))
    }

    private static let generic: Set<String> = [
        "ship", "shipping", "return", "much", "long", "good", "work", "make", "made", "know", "tell", "question",
        "order", "cart", "buy", "send", "back", "item", "product", "policy", "day", "free", "cheap",
    ]

    /// Every word the expansions name or produce: attributes, never product names.
    static let expansionTerms: Set<String> = Set(expansions.keys).union(expansions.values.flatMap { $0 })

    private static let expansions: [String: Set<String>] = [
        "heavy": ["weight", "lb", "oz"], "weigh": ["weight", "lb", "oz"], "weight": ["weight", "lb", "oz"],
        "pese": ["weight", "lb", "oz"], "poid": ["weight", "lb", "oz"], "peso": ["weight", "lb", "oz"],
        "pesa": ["weight", "lb", "oz"], "made of": ["material"], "material": ["material"], "fabric": ["material"],
        "matiere": ["material"], "dimension": ["dimension", "floor", "peak"], "how big": ["dimension", "floor"],
        "how tall": ["dimension", "peak", "height"], "big": ["dimension"], "battery": ["battery", "hour", "rechargeable"],
        "last": ["battery", "hour"], "charge": ["rechargeable", "usb"], "warm": ["rated", "limit", "fill"], "rating": ["rated", "limit"],
        "temperature": ["rated", "limit"], "degree": ["rated", "limit"],
        "cold": ["cold"], "hot": ["hot"], "people": ["person"], "person": ["person"], "fit": ["person"],
        "sleep": ["person"], "lumen": ["lumen"], "bright": ["lumen"], "waterproof": ["waterproof"],
        "rain": ["waterproof"], "how long": ["business", "ship"], "arrive": ["business"], "when": ["business"],
        "fast": ["expedited", "2day"], "expedited": ["expedited", "2day"], "overnight": ["expedited", "2day"],
        "carrier": ["ups", "usps"], "ups": ["ups"], "fedex": ["ups", "usps"], "box": ["po", "box"],
        "canada": ["canada"], "international": ["overseas"], "overseas": ["overseas"], "window": ["day"],
        "how many day": ["day"], "exchange": ["exchange"], "size": ["exchange"], "refund": ["refund"],
        "label": ["label"], "start": ["start"], "warranty": ["warranty", "lifetime"], "used": ["used"],
        "tax": ["tax"], "payment": ["payment", "accept"], "pay": ["payment", "accept"], "paypal": ["paypal"],
        "price match": ["price", "match"],
        "capucha": ["hood"], "capuche": ["hood"], "bolsillo": ["pocket"], "poche": ["pocket"], "duvet": ["down"],
        "pluma": ["down"], "plumon": ["down"], "cuero": ["leather"], "cuir": ["leather"], "impermeable": ["waterproof"],
        "cremallera": ["zip"], "zipper": ["zip"], "fermeture": ["zip"],
    ]
}
