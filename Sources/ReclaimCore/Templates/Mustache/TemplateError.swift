/// A template that cannot be compiled or rendered, with the 1-based line and column of the tag
/// at fault.
///
/// ```swift
/// do { _ = try MustacheTemplate("Hi {{#name}}") } catch let error as TemplateError {
///     print(error)   // line 1, column 4: section {{#name}} is never closed
/// }
/// ```
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// `{{` without its closing `}}` (or `{{{` without `}}}`).
        case unclosedTag
        /// `{{#name}}` or `{{^name}}` without `{{/name}}`.
        case unclosedSection(String)
        /// `{{/name}}` with no section open.
        case unexpectedClosingTag(String)
        /// `{{/found}}` while `{{#expected}}` is the innermost open section.
        case mismatchedClosingTag(expected: String, found: String)
        /// `{{}}` or a sigil without a name.
        case emptyTag
        /// A name with characters other than letters, digits, `_`, `-` and single dots.
        case invalidName(String)
        /// A tag this renderer does not support (partials `{{>x}}`, delimiter changes `{{=<% %>=}}`).
        case unsupportedTag(String)
        /// A name that resolves to nothing in the rendering context.
        case unknownVariable(String)
        /// A variable tag naming a list or object, which only a section can render.
        case notRenderable(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// 1-based line of the tag.
    public var line: Int
    /// 1-based column (in characters) of the tag's opening `{{`.
    public var column: Int

    /// Creates an error.
    /// - Parameters:
    ///   - kind: what went wrong.
    ///   - line: 1-based line.
    ///   - column: 1-based column.
    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// The name that did not resolve, when this is an unknown-variable error.
    public var unknownVariable: String? {
        if case .unknownVariable(let name) = self.kind { return name }
        return nil
    }

    /// `line L, column C: <problem>`.
    public var description: String {
        "line \(self.line), column \(self.column): \(self.problem)"
    }

    /// The problem without its position.
    public var problem: String {
        switch self.kind {
        case .unclosedTag: "tag is never closed with }}"
        case .unclosedSection(let name): "section {{#\(name)}} is never closed"
        case .unexpectedClosingTag(let name): "{{/\(name)}} closes no open section"
        case .mismatchedClosingTag(let expected, let found): "{{/\(found)}} found where {{/\(expected)}} was expected"
        case .emptyTag: "tag has no name"
        case .invalidName(let name): "\"\(name)\" is not a valid name"
        case .unsupportedTag(let tag): "\(tag) tags are not supported"
        case .unknownVariable(let name): "unknown variable \"\(name)\""
        case .notRenderable(let name): "\"\(name)\" is a list or object; render it with a section"
        }
    }
}
