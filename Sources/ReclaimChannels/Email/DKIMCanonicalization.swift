import Foundation

/// DKIM "relaxed" canonicalization (RFC 6376 §3.4.2 and §3.4.4).
public enum DKIMCanonicalization {
    /// Relaxed header canonicalization: name lower-cased, value unfolded, runs of whitespace reduced to
    /// one space, whitespace around the colon and at the end removed; ends with CRLF.
    /// - Parameters:
    ///   - name: The field name.
    ///   - value: The field value as rendered (possibly folded).
    ///   - terminated: Whether to end with CRLF (`false` for the signature header itself, RFC 6376 §3.7).
    /// - Returns: `name:value\r\n`.
    public static func relaxedHeader(name: String, value: String, terminated: Bool = true) -> String {
        let unfolded = value.replacingOccurrences(of: "\r\n", with: "")
        let field = name.trimmingCharacters(in: .whitespaces).lowercased() + ":" + self.collapse(unfolded)
        return terminated ? field + "\r\n" : field
    }

    /// Relaxed body canonicalization: whitespace at line ends removed, runs of whitespace reduced to one
    /// space, empty lines at the end removed; a non-empty body ends with CRLF, an empty one is empty.
    /// - Parameter body: The body with CRLF line endings.
    /// - Returns: The canonical body.
    public static func relaxedBody(_ body: String) -> String {
        var lines = body.components(separatedBy: "\r\n")
        // A body ending in CRLF yields a last, empty element that is not a line.
        if lines.last == "" { lines.removeLast() }
        var canonical = lines.map { line -> String in
            var reduced = ""
            var pendingSpace = false
            for scalar in line.unicodeScalars {
                if scalar == " " || scalar == "\t" {
                    pendingSpace = true
                } else {
                    if pendingSpace { reduced += " " }
                    pendingSpace = false
                    reduced.unicodeScalars.append(scalar)
                }
            }
            return reduced
        }
        while canonical.last == "" { canonical.removeLast() }
        return canonical.isEmpty ? "" : canonical.joined(separator: "\r\n") + "\r\n"
    }

    /// Collapses runs of space and tab to one space and trims both ends.
    static func collapse(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result += " " }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
