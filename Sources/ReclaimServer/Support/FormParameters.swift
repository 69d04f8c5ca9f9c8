import Foundation

/// The parameters of an `application/x-www-form-urlencoded` body, in order, repeats included.
///
/// Twilio signs every parameter it sends, so webhook verification needs them all, not just the
/// fields a handler reads.
///
/// ```swift
/// let form = FormParameters(decoding: "Body=STOP&From=%2B13125550101")
/// form["From"]  // "+13125550101"
/// ```
public struct FormParameters: Sendable {
    /// Every `name=value` pair, decoded (`+` is a space, `%XX` a byte).
    public var pairs: [(name: String, value: String)]

    /// Decodes a form body.
    /// - Parameter body: The raw body text.
    public init(decoding body: String) {
        self.pairs = body.split(separator: "&", omittingEmptySubsequences: true).map { field in
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            return (name: Self.decode(parts[0]), value: value)
        }
    }

    /// The first value of `name`, if present.
    public subscript(_ name: String) -> String? {
        self.pairs.first { $0.name == name }?.value
    }

    /// The first value of `name` when present and not blank.
    public func nonBlank(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
