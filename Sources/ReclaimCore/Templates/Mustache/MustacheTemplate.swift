/// A Mustache template compiled once and rendered many times against a ``TemplateValue``.
///
/// Supports `{{name}}` (HTML-escaped when ``escaping`` is `.html`), `{{{name}}}` and `{{& name}}`
/// (never escaped), dotted names (`{{discount.code}}`), `{{.}}` (the current value), sections
/// `{{#name}}…{{/name}}` over flags, lists and objects, inverted sections `{{^name}}…{{/name}}`
/// and comments `{{! … }}`. Partials and delimiter changes are refused at compile time.
/// Rendering is strict: a name that resolves nowhere is an error, not an empty string, so a
/// typo fails when the template library is validated rather than in a shopper's message.
///
/// ```swift
/// let template = try MustacheTemplate("Hi{{#first_name}} {{first_name}}{{/first_name}}!", escaping: .none)
/// try template.render(["first_name": "Ana"])   // "Hi Ana!"
/// try template.render(["first_name": .null])   // "Hi!"
/// ```
public struct MustacheTemplate: Sendable, Hashable {
    /// The source the template was compiled from.
    public let source: String
    /// How `{{name}}` writes values.
    public let escaping: TemplateEscaping
    let nodes: [MustacheNode]

    /// Compiles a template.
    /// - Parameters:
    ///   - source: Mustache source.
    ///   - escaping: `.html` for HTML bodies, `.none` for texts and subjects.
    /// - Throws: ``TemplateError`` with the line and column of the first malformed tag.
    public init(_ source: String, escaping: TemplateEscaping = .html) throws(TemplateError) {
        self.source = source
        self.escaping = escaping
        self.nodes = try MustacheParser(source).parse()
    }

    /// Renders the template.
    /// - Parameter context: the root value, usually an object.
    /// - Returns: the rendered text.
    /// - Throws: ``TemplateError`` for a name that resolves nowhere or a list or object used as a variable.
    public func render(_ context: TemplateValue) throws(TemplateError) -> String {
        var stack = [context]
        var output = ""
        try MustacheRenderer(escaping: self.escaping).render(self.nodes, stack: &stack, into: &output)
        return output
    }

    /// Every name the template mentions, as written (`first_name`, `discount.code`), excluding `.`.
    public var variableNames: Set<String> {
        var names: Set<String> = []
        func collect(_ nodes: [MustacheNode]) {
            for node in nodes {
                switch node {
                case .text: break
                case .variable(let name, _): if name.text != "." { names.insert(name.text) }
                case .section(let name, _, let children):
                    if name.text != "." { names.insert(name.text) }
                    collect(children)
                }
            }
        }
        collect(self.nodes)
        return names
    }

    /// Two templates are equal when compiled from the same source with the same escaping.
    public static func == (lhs: MustacheTemplate, rhs: MustacheTemplate) -> Bool {
        lhs.source == rhs.source && lhs.escaping == rhs.escaping
    }

    /// Hashes the source and escaping.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.source)
        hasher.combine(self.escaping)
    }
}
