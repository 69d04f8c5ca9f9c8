/// Renders compiled nodes against a stack of ``TemplateValue`` contexts.
struct MustacheRenderer {
    /// How escaped variables are written.
    let escaping: TemplateEscaping

    /// Renders nodes.
    /// - Parameters:
    ///   - nodes: compiled nodes.
    ///   - stack: context values, innermost last.
    ///   - output: where text is appended.
    /// - Throws: ``TemplateError`` for unknown names and lists or objects used as variables.
    func render(_ nodes: [MustacheNode], stack: inout [TemplateValue], into output: inout String) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                let value = try self.resolve(name, in: stack)
                let text = try Self.text(of: value, name: name)
                output += escaped ? self.escaping.apply(text) : text
            case .section(let name, let inverted, let children):
                let value = try self.resolve(name, in: stack)
                if inverted {
                    if !value.isTruthy { try self.render(children, stack: &stack, into: &output) }
                    continue
                }
                guard value.isTruthy else { continue }
                let items: [TemplateValue]
                if case .list(let elements) = value { items = elements } else { items = [value] }
                for item in items {
                    stack.append(item)
                    defer { stack.removeLast() }
                    try self.render(children, stack: &stack, into: &output)
                }
            }
        }
    }

    /// Looks a dotted name up: its first part in the innermost context that has it, the rest
    /// inside that value. A part below `null` is `null` (an absent optional object).
    private func resolve(_ name: MustacheName, in stack: [TemplateValue]) throws(TemplateError) -> TemplateValue {
        guard let head = name.parts.first else { return stack.last ?? .null }
        guard var value = stack.reversed().lazy.compactMap({ $0[head] }).first else {
            throw name.error(.unknownVariable(name.text))
        }
        for part in name.parts.dropFirst() {
            if case .null = value { return .null }
            guard let member = value[part] else { throw name.error(.unknownVariable(name.text)) }
            value = member
        }
        return value
    }

    /// A scalar's text; lists and objects are an error.
    private static func text(of value: TemplateValue, name: MustacheName) throws(TemplateError) -> String {
        switch value {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return ""
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
            return String(number)
        case .list, .object: throw name.error(.notRenderable(name.text))
        }
    }
}
