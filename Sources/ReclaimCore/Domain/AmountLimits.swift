/// The largest amounts, quantities and times Reclaim accepts from outside, and overflow-free
/// arithmetic on them.
///
/// Every parser checks money and quantities against these bounds when it reads them, so a
/// `{"price": 9223372036854775807, "quantity": 2}` is refused with an error naming the field instead
/// of trapping later in `unitPrice × quantity`. Within the bounds a line total, and the sum of a
/// cart's lines, always fit in `Int`; the checked helpers here still report overflow as `nil`.
///
/// ```swift
/// AmountLimits.lineTotal(unitPrice: 2499, quantity: 2)        // 4998
/// AmountLimits.lineTotal(unitPrice: .max, quantity: 2)        // nil
/// AmountLimits.sum([AmountLimits.maxMinorUnits, 1])           // nil
/// ```
public enum AmountLimits {
    /// 10^13 minor units (100 billion dollars): the largest price, line total, subtotal or order total.
    public static let maxMinorUnits = 10_000_000_000_000
    /// The largest quantity on one line.
    public static let maxQuantity = 1_000_000
    /// Accepted money amounts (a refund or discount line may be negative).
    public static let minorUnits: ClosedRange<Int> = -maxMinorUnits...maxMinorUnits

    /// `unitPrice × quantity` when the product is within ``minorUnits``, else `nil`.
    public static func lineTotal(unitPrice: Int, quantity: Int) -> Int? {
        let (product, overflow) = unitPrice.multipliedReportingOverflow(by: quantity)
        guard !overflow, self.minorUnits.contains(product) else { return nil }
        return product
    }

    /// The sum of `amounts` when every partial sum is within ``minorUnits``, else `nil`.
    public static func sum(_ amounts: some Sequence<Int>) -> Int? {
        var total = 0
        for amount in amounts {
            let (next, overflow) = total.addingReportingOverflow(amount)
            guard !overflow, self.minorUnits.contains(next) else { return nil }
            total = next
        }
        return total
    }

    /// The sum of the lines' totals, `nil` when a line or the sum is out of range.
    public static func subtotal(_ items: [LineItem]) -> Int? {
        var totals: [Int] = []
        totals.reserveCapacity(items.count)
        for item in items {
            guard let total = self.lineTotal(unitPrice: item.unitPrice, quantity: item.quantity) else { return nil }
            totals.append(total)
        }
        return self.sum(totals)
    }
}
