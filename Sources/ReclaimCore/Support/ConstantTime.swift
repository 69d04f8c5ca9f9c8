/// Comparison whose running time does not depend on where two secrets differ.
public enum ConstantTime {
    /// Whether two byte sequences are equal, looking at every byte of both.
    ///
    /// Only the length may leak (unequal lengths return `false` at once): signatures and
    /// configured secrets have a public, fixed length.
    /// - Returns: `true` when both have the same length and bytes.
    public static func equals<A: Collection, B: Collection>(_ lhs: A, _ rhs: B) -> Bool
    where A.Element == UInt8, B.Element == UInt8 {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(lhs, rhs) { difference |= left ^ right }
        return difference == 0
    }

    /// Whether two strings have the same UTF-8 bytes, in constant time for equal lengths.
    public static func equals(_ lhs: String, _ rhs: String) -> Bool {
        self.equals(Array(lhs.utf8), Array(rhs.utf8))
    }
}
