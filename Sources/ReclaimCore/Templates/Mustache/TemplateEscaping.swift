/// How `{{name}}` writes a value: HTML-escaped in HTML bodies, verbatim in texts and subjects.
/// `{{{name}}}` and `{{& name}}` are always verbatim.
public enum TemplateEscaping: String, Sendable, Hashable, CaseIterable {
    /// Escape `& < > " '` (HTML bodies).
    case html
    /// Write values as they are (SMS, plain-text email, subjects).
    case none

    /// Applies this escaping to a value's text.
    /// - Parameter text: the value as text.
    /// - Returns: the text to write.
    public func apply(_ text: String) -> String {
        self == .html ? Self.escapeHTML(text) : text
    }

    /// Escapes the five HTML-significant characters.
    /// - Parameter text: any text.
    /// - Returns: the text safe inside HTML content and quoted attributes.
    public static func escapeHTML(_ text: String) -> String {
        guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
