/// Compiles Mustache source into nodes, once. Follows the Mustache spec for variables, sections,
/// inverted sections, comments and standalone lines (a line holding only a section, inverted,
/// closing or comment tag disappears entirely, so multi-line email templates read naturally).
struct MustacheParser {
    private let characters: [Character]
    private let lineStarts: [Int]

    /// Prepares to parse `source`.
    init(_ source: String) {
        self.characters = Array(source)
        var starts = [0]
        for (offset, character) in self.characters.enumerated() where Self.isNewline(character) {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// The kinds of tag, by sigil.
    private enum TagKind {
        case variable(escaped: Bool)
        case section, inverted, closing, comment

        var canStandAlone: Bool {
            if case .variable = self { return false }
            return true
        }
    }

    /// An open section while its children are collected.
    private struct OpenSection {
        var name: MustacheName
        var inverted: Bool
        var children: [MustacheNode] = []
    }

    /// Parses the whole source.
    /// - Returns: the top-level nodes.
    /// - Throws: ``TemplateError`` at the first malformed tag.
    func parse() throws(TemplateError) -> [MustacheNode] {
        let count = self.characters.count
        var stack: [OpenSection] = []
        var current: [MustacheNode] = []
        var textStart = 0
        var index = 0
        while index + 1 < count {
            guard self.characters[index] == "{", self.characters[index + 1] == "{" else {
                index += 1
                continue
            }
            let (line, column) = self.position(of: index)
            let triple = index + 2 < count && self.characters[index + 2] == "{"
            let contentStart = index + (triple ? 3 : 2)
            guard let closeAt = self.find(triple ? "}}}" : "}}", from: contentStart) else {
                throw TemplateError(.unclosedTag, line: line, column: column)
            }
            let tagEnd = closeAt + (triple ? 3 : 2)
            let (kind, nameText) = try self.classify(
                String(self.characters[contentStart..<closeAt]), triple: triple, line: line, column: column)

            var textEnd = index
            var next = tagEnd
            if kind.canStandAlone, let (lineStart, after) = self.standaloneBounds(tagStart: index, tagEnd: tagEnd) {
                textEnd = lineStart
                next = after
            }
            if textEnd > textStart {
                current.append(.text(String(self.characters[textStart..<textEnd])))
            }
            textStart = next
            index = next

            if case .comment = kind { continue }
            let name = MustacheName(nameText, line: line, column: column)
            guard !nameText.isEmpty else { throw name.error(.emptyTag) }
            guard name.isValid else { throw name.error(.invalidName(nameText)) }
            switch kind {
            case .variable(let escaped):
                current.append(.variable(name, escaped: escaped))
            case .section, .inverted:
                var open = OpenSection(name: name, inverted: { if case .inverted = kind { true } else { false } }())
                swap(&open.children, &current)
                stack.append(open)
            case .closing:
                guard var open = stack.popLast() else { throw name.error(.unexpectedClosingTag(nameText)) }
                guard open.name.text == nameText else {
                    throw name.error(.mismatchedClosingTag(expected: open.name.text, found: nameText))
                }
                swap(&open.children, &current)
                current.append(.section(open.name, inverted: open.inverted, children: open.children))
            case .comment:
                break
            }
        }
        if textStart < count {
            current.append(.text(String(self.characters[textStart..<count])))
        }
        if let open = stack.last {
            throw open.name.error(.unclosedSection(open.name.text))
        }
        return current
    }

    /// The tag's kind and trimmed name from the text between its braces.
    private func classify(
        _ content: String, triple: Bool, line: Int, column: Int
    ) throws(TemplateError) -> (TagKind, String) {
        let trim: (Substring) -> String = { String($0).templateTrimmed() }
        if triple { return (.variable(escaped: false), trim(content[...])) }
        guard let sigil = content.first else { throw TemplateError(.emptyTag, line: line, column: column) }
        let rest = content.dropFirst()
        switch sigil {
        case "#": return (.section, trim(rest))
        case "^": return (.inverted, trim(rest))
        case "/": return (.closing, trim(rest))
        case "!": return (.comment, "")
        case "&": return (.variable(escaped: false), trim(rest))
        case ">": throw TemplateError(.unsupportedTag("partial {{>…}}"), line: line, column: column)
        case "=": throw TemplateError(.unsupportedTag("set-delimiter {{=…=}}"), line: line, column: column)
        default: return (.variable(escaped: true), trim(content[...]))
        }
    }

    /// When the tag is alone on its line (only spaces or tabs around it), the start of that line
    /// and the index just past its line break (or the end of the source).
    private func standaloneBounds(tagStart: Int, tagEnd: Int) -> (Int, Int)? {
        var lineStart = tagStart
        while lineStart > 0 && !Self.isNewline(self.characters[lineStart - 1]) {
            guard Self.isBlank(self.characters[lineStart - 1]) else { return nil }
            lineStart -= 1
        }
        var after = tagEnd
        while after < self.characters.count && Self.isBlank(self.characters[after]) { after += 1 }
        if after == self.characters.count { return (lineStart, after) }
        guard Self.isNewline(self.characters[after]) else { return nil }
        return (lineStart, after + 1)
    }

    /// Index of the first occurrence of `needle` at or after `start`.
    private func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle)
        var index = start
        while index + pattern.count <= self.characters.count {
            if self.characters[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// 1-based line and column of a character offset.
    private func position(of offset: Int) -> (Int, Int) {
        var line = 0
        while line + 1 < self.lineStarts.count && self.lineStarts[line + 1] <= offset { line += 1 }
        return (line + 1, offset - self.lineStarts[line] + 1)
    }

    private static func isNewline(_ character: Character) -> Bool { character == "\n" || character == "\r\n" }
    private static func isBlank(_ character: Character) -> Bool { character == " " || character == "\t" }
}
