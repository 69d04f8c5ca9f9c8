import Foundation

// Arithmetic that never traps, for values read back from storage or configuration that the parsers'
// bounds (``AmountLimits``) have not seen. New input is checked when it is read; these keep an old or
// hand-edited row from stopping the process.
extension Int {
    /// `self + other`, clamped to `Int.min...Int.max` instead of trapping.
    public func saturatingAdding(_ other: Int) -> Int {
        let (result, overflow) = self.addingReportingOverflow(other)
        guard overflow else { return result }
        return other > 0 ? .max : .min
    }

    /// `self - other`, clamped to `Int.min...Int.max` instead of trapping.
    public func saturatingSubtracting(_ other: Int) -> Int {
        let (result, overflow) = self.subtractingReportingOverflow(other)
        guard overflow else { return result }
        return other < 0 ? .max : .min
    }

    /// `self × other`, clamped to `Int.min...Int.max` instead of trapping.
    public func saturatingMultiplied(by other: Int) -> Int {
        let (result, overflow) = self.multipliedReportingOverflow(by: other)
        guard overflow else { return result }
        return (self < 0) == (other < 0) ? .max : .min
    }

    /// A `Double` rounded toward zero and clamped to `Int` (`NaN` is 0); `Int(someDouble)` traps
    /// on `1e300`, infinity and NaN.
    /// - Parameter value: Any double.
    public init(clamping value: Double) {
        if value.isNaN {
            self = 0
        } else if let exact = Int(exactly: value.rounded(.towardZero)) {
            self = exact
        } else {
            self = value < 0 ? .min : .max
        }
    }
}

extension Sequence<Int> {
    /// The sum, clamped to `Int.min...Int.max` instead of trapping.
    public func saturatingSum() -> Int { self.reduce(0) { $0.saturatingAdding($1) } }
}
