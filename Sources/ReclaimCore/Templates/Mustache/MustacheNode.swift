/// One piece of a compiled template.
indirect enum MustacheNode: Sendable, Hashable {
    /// Literal text.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (raw).
    case variable(MustacheName, escaped: Bool)
    /// `{{#name}}…{{/name}}` or, when `inverted`, `{{^name}}…{{/name}}`.
    case section(MustacheName, inverted: Bool, children: [MustacheNode])
}

/// A dotted name with the position of the tag that used it.
struct MustacheName: Sendable, Hashable {
    /// The name as written (`discount.code`, or `.` for the current value).
    var text: String
    /// Its parts (`["discount", "code"]`); empty for `.`.
    var parts: [String]
    /// 1-based line of the tag.
    var line: Int
    /// 1-based column of the tag.
    var column: Int

    /// Creates a name from its text.
    init(_ text: String, line: Int, column: Int) {
        self.text = text
        self.parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        self.line = line
        self.column = column
    }

    /// Whether the text is `.` or dot-separated runs of letters, digits, `_` and `-`.
    var isValid: Bool {
        if self.text == "." { return true }
        return !self.parts.isEmpty
            && self.parts.allSatisfy { part in
                !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            }
    }

    /// An error about this name at its tag's position.
    func error(_ kind: TemplateError.Kind) -> TemplateError {
        TemplateError(kind, line: self.line, column: self.column)
    }
}
