/// Optimal-string-alignment distance, bounded at 1: the typo test shared by the inbound keyword
/// normaliser (Core) and the assistant's fuzzy vocabulary.
public enum EditDistance {
    /// Whether `a` becomes `b` with at most one insertion, deletion, substitution or swap of neighbours.
    /// - Parameters:
    ///   - a: one word.
    ///   - b: the other word.
    /// - Returns: `true` when the words are equal or one edit apart.
    public static func isWithinOne(_ a: String, _ b: String) -> Bool {
        let x = Array(a)
        let y = Array(b)
        if x == y { return true }
        if abs(x.count - y.count) > 1 { return false }
        if x.count == y.count {
            let diffs = x.indices.filter { x[$0] != y[$0] }
            if diffs.count == 1 { return true }
            return diffs.count == 2 && diffs[1] == diffs[0] + 1 && x[diffs[0]] == y[diffs[1]] && x[diffs[1]] == y[diffs[0]]
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        var i = 0
        var j = 0
        var skipped = false
        while i < long.count, j < short.count {
            if long[i] == short[j] {
                i += 1
                j += 1
            } else if skipped {
                return false
            } else {
                skipped = true
                i += 1
            }
        }
        return true
    }
}
