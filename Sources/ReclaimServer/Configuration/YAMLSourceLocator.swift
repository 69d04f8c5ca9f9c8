import Foundation
import Yams

/// Finds where a field of a YAML configuration is written, so that an error about
/// `stores[demo].flows[0].steps[1].delay` can name `reclaim.yml:23:16`.
///
/// A path is dot-separated keys, each optionally followed by `[index]` for a list item or `[id]` for
/// the item of a list of mappings whose `id` (or `name`) is that value. Keys match whatever spelling
/// the file used (`discount?`, `discountTier`, `discount-tier` for `discount_tier`). When the path goes
/// deeper than the file (a missing key), the deepest written ancestor is returned.
struct YAMLSourceLocator {
    /// One step of a path: a mapping key or a list selector.
    enum Component: Equatable {
        case key(String)
        case item(String)
    }

    let root: Node?

    /// Parses `text`; a text that is not YAML locates nothing.
    init(text: String) {
        self.root = try? Yams.compose(yaml: text)
    }

    /// The 1-based line and column of the value at `path`, or of its deepest ancestor in the file.
    func location(of path: String) -> (line: Int, column: Int)? {
        guard var node = self.root else { return nil }
        var found = node.mark
        for component in Self.components(of: path) {
            guard let next = Self.child(of: node, component) else { break }
            node = next
            found = next.mark ?? found
        }
        return found.map { ($0.line, $0.column) }
    }

    static func child(of node: Node, _ component: Component) -> Node? {
        switch (node, component) {
        case (.mapping(let mapping), .key(let key)):
            let wanted = Self.canonical(key)
            return mapping.first { pair in pair.key.string.map(Self.canonical) == wanted }?.value
        case (.sequence(let sequence), .item(let selector)):
            if let index = Int(selector) { return sequence.indices.contains(index) ? sequence[index] : nil }
            return sequence.first { item in
                guard case .mapping(let mapping) = item else { return false }
                return mapping["id"]?.string == selector || mapping["name"]?.string == selector
            }
        default:
            return nil
        }
    }

    /// `stores[demo].flows[0].delay` → key stores, item demo, key flows, item 0, key delay.
    static func components(of path: String) -> [Component] {
        var components: [Component] = []
        var key = ""
        var selector: String?
        for character in path {
            switch character {
            case "[" where selector == nil:
                if !key.isEmpty { components.append(.key(key)) }
                key = ""
                selector = ""
            case "]" where selector != nil:
                components.append(.item(selector ?? ""))
                selector = nil
            case "." where selector == nil:
                if !key.isEmpty { components.append(.key(key)) }
                key = ""
            default:
                if selector != nil { selector?.append(character) } else { key.append(character) }
            }
        }
        if !key.isEmpty { components.append(.key(key)) }
        return components
    }

    /// Lower case without `_`, `-` or a trailing `?`: `discountTier`, `discount-tier`, `discount_tier?` agree.
    static func canonical(_ key: String) -> String {
        var name = key.trimmingCharacters(in: .whitespaces)
        if name.hasSuffix("?") { name.removeLast() }
        return name.lowercased().filter { $0 != "_" && $0 != "-" }
    }
}
