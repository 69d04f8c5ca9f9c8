import Foundation

/// Whether a holdout comparison says anything, and the plain sentence to show with it.
///
/// The rule: there is **not** enough data when either arm has fewer than ``minimumCarts`` carts, or when
/// the lift's interval contains zero and is wider than ``maximumWidth`` (20 percentage points). With
/// fewer carts than that, or with an interval that wide around zero, the lift could as well be a loss.
public enum HoldoutVerdict {
    /// Carts each arm needs at least.
    public static let minimumCarts = 30
    /// The widest interval around zero that still says something.
    public static let maximumWidth = 0.20

    /// `true` when the comparison is worth reading.
    public static func enoughData(treated: Int, control: Int, interval: ConfidenceInterval?) -> Bool {
        guard treated >= self.minimumCarts, control >= self.minimumCarts, let interval else { return false }
        return !(interval.containsZero && interval.width > self.maximumWidth)
    }

    /// The sentence for a comparison: what it says, or why it says nothing yet.
    public static func sentence(treated: Int, control: Int, interval: ConfidenceInterval?) -> String {
        guard treated > 0, control > 0, let interval else {
            return "Not enough data: the comparison needs carts in both the messaged and the held-out group."
        }
        let range = "\(self.percent(interval.low)) to \(self.percent(interval.high))"
        if treated < self.minimumCarts || control < self.minimumCarts {
            return "Not enough data: \(treated) messaged and \(control) held-out carts (each group needs \(self.minimumCarts)); "
                + "the lift could be anywhere from \(range)."
        }
        if interval.containsZero && interval.width > self.maximumWidth {
            return "Not enough data: the lift could be anywhere from \(range), so messages may or may not help yet."
        }
        if interval.low > 0 { return "Messages raised recovery by \(range) (\(Int(interval.level * 100))% interval)." }
        if interval.high < 0 { return "Messages lowered recovery by \(self.percent(-interval.high)) to \(self.percent(-interval.low))." }
        return "No clear effect: the lift is between \(range)."
    }

    /// `0.1234` as `12.3%`, with a true minus sign for negatives.
    public static func percent(_ value: Double) -> String {
        let text = String(format: "%.1f%%", abs(value) * 100)
        return value < 0 && text != "0.0%" ? "−" + text : text
    }
}
