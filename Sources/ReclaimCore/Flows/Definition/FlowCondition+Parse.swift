import Foundation

extension FlowCondition {
    /// Words that name a ``FlowCondition`` without a comparison.
    static let words: [String: FlowCondition] = [
        "clicked": .signal(.clicked, seen: true),
        "replied": .signal(.replied, seen: true),
        "email_opened": .signal(.emailOpened, seen: true),
        "email_clicked": .signal(.emailClicked, seen: true),
        "first_time": .firstTimeShopper(true),
        "returning": .firstTimeShopper(false),
    ]

    /// Parses one condition.
    ///
    /// ```swift
    /// try FlowCondition.parse("cart_value >= 60", currency: "USD")  // .cartValue(.atLeast, minorUnits: 6000)
    /// try FlowCondition.parse("not clicked")                         // .signal(.clicked, seen: false)
    /// ```
    /// - Parameters:
    ///   - text: The condition as written.
    ///   - currency: Store currency; amounts are major units of it.
    ///   - path: Field path for errors (`flows[0].steps[2].if`).
    /// - Returns: The condition.
    /// - Throws: ``FlowDefinitionError`` naming the unknown condition.
    public static func parse(
        _ text: String, currency: String = "USD", path: String = "if"
    ) throws(FlowDefinitionError) -> FlowCondition {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        if words.first == "not" {
            // One `not` only: "not not clicked" is almost certainly a typo.
            guard words.count >= 2, words[1] != "not" else { throw Self.unknown(text, path: path) }
            let positive = words.dropFirst().joined(separator: " ")
            return try Self.parsePositive(positive, original: text, currency: currency, path: path).negated
        }
        return try Self.parsePositive(words.joined(separator: " "), original: text, currency: currency, path: path)
    }

    private static func parsePositive(
        _ text: String, original: String, currency: String, path: String
    ) throws(FlowDefinitionError) -> FlowCondition {
        if let condition = Self.words[text] { return condition }
        return try Self.parseCartValue(text, original: original, currency: currency, path: path)
    }

    private static func unknown(_ text: String, path: String) -> FlowDefinitionError {
        FlowDefinitionError(
            path: path,
            message: "unknown condition \"\(text)\"; use cart_value >= N, clicked, replied, email_opened, "
                + "email_clicked (each optionally with not), first_time or returning")
    }

    /// Parses `if:` text that may join several conditions with `and`.
    /// - Returns: Every condition, in order.
    /// - Throws: ``FlowDefinitionError`` naming the first unknown condition.
    static func parseAll(_ text: String, currency: String, path: String) throws(FlowDefinitionError) -> [FlowCondition] {
        let parts = text.lowercased().components(separatedBy: " and ").map { $0.trimmingCharacters(in: .whitespaces) }
        var conditions: [FlowCondition] = []
        for part in parts {
            conditions.append(try Self.parse(part, currency: currency, path: path))
        }
        return conditions
    }

    private static func parseCartValue(
        _ text: String, original: String, currency: String, path: String
    ) throws(FlowDefinitionError) -> FlowCondition {
        let compact = text.filter { !$0.isWhitespace }
        guard compact.hasPrefix("cart_value") else { throw Self.unknown(original, path: path) }
        let rest = compact.dropFirst("cart_value".count)
        // Longest operators first so that ">=" is not read as ">".
        let operators: [(String, FlowComparison)] = [
            (">=", .atLeast), ("<=", .atMost), ("==", .equal), ("!=", .notEqual), (">", .greaterThan),
            ("<", .lessThan), ("=", .equal),
        ]
        guard let (symbol, comparison) = operators.first(where: { rest.hasPrefix($0.0) }),
            let major = Double(rest.dropFirst(symbol.count)), major.isFinite, major >= 0
        else {
            throw FlowDefinitionError(
                path: path, message: "cannot read condition \"\(original)\"; write e.g. cart_value >= 60")
        }
        return .cartValue(comparison, minorUnits: CurrencyAmount.minorUnits(major: major, currency: currency))
    }

    /// The opposite condition, for `not …`.
    var negated: FlowCondition {
        switch self {
        case .signal(let signal, let seen): .signal(signal, seen: !seen)
        case .firstTimeShopper(let firstTime): .firstTimeShopper(!firstTime)
        case .cartValue(let comparison, let threshold):
            switch comparison {
            case .atLeast: .cartValue(.lessThan, minorUnits: threshold)
            case .greaterThan: .cartValue(.atMost, minorUnits: threshold)
            case .atMost: .cartValue(.greaterThan, minorUnits: threshold)
            case .lessThan: .cartValue(.atLeast, minorUnits: threshold)
            case .equal: .cartValue(.notEqual, minorUnits: threshold)
            case .notEqual: .cartValue(.equal, minorUnits: threshold)
            }
        }
    }
}
