import ReclaimCore

/// The bounds of ``AmountLimits`` applied to platform payloads, as
/// ``CommerceError/outOfRange(_:reason:)`` naming the field (`line_items[0].quantity`).
///
/// Every adapter checks quantities as it reads them and its lines once they are built, so no
/// `unitPrice × quantity` or sum of lines downstream can overflow.
enum AmountCheck {
    /// A line's quantity: `0…1,000,000`.
    static func quantity(_ quantity: Int, field: String) throws(CommerceError) -> Int {
        guard (0...AmountLimits.maxQuantity).contains(quantity) else {
            throw .outOfRange(field, reason: "quantity \(quantity) is not within 0…\(AmountLimits.maxQuantity)")
        }
        return quantity
    }

    /// Checks each line's `price × quantity` and their sum; returns the sum.
    /// - Parameters:
    ///   - items: The lines as built.
    ///   - path: The lines' field (`line_items`); a line is named `path[index]`.
    static func lines(_ items: [LineItem], path: String) throws(CommerceError) -> Int {
        var totals: [Int] = []
        for (index, item) in items.enumerated() {
            guard let total = AmountLimits.lineTotal(unitPrice: item.unitPrice, quantity: item.quantity) else {
                throw .outOfRange("\(path)[\(index)]", reason: Self.tooLarge("price × quantity"))
            }
            totals.append(total)
        }
        guard let sum = AmountLimits.sum(totals) else {
            throw .outOfRange(path.isEmpty ? "(body)" : path, reason: Self.tooLarge("the lines' sum"))
        }
        return sum
    }

    /// `what is out of range: more than 10000000000000 minor units`.
    static func tooLarge(_ what: String) -> String {
        "\(what) is out of range: more than \(AmountLimits.maxMinorUnits) minor units"
    }
}
