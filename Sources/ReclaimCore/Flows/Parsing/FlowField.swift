import Foundation

/// A value from a flow file together with its field path, with typed readers that report errors
/// at that path.
struct FlowField {
    let value: JSONValue
    let path: String

    /// A member's path: `flows[0]` + `steps` → `flows[0].steps`.
    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    func error(_ message: String) -> FlowDefinitionError {
        FlowDefinitionError(path: self.path, message: message)
    }

    /// The value as an object whose keys are all in `allowed`.
    func object(allowed: [String]) throws(FlowDefinitionError) -> FlowObject {
        guard case .object(let members) = self.value else { throw self.error("expected a mapping") }
        var normalized: [String: JSONValue] = [:]
        for (key, value) in members {
            let name = Self.normalize(key)
            guard allowed.contains(name) else {
                throw FlowDefinitionError(
                    path: Self.join(self.path, key),
                    message: "unknown key; expected one of \(allowed.joined(separator: ", "))")
            }
            normalized[name] = value
        }
        return FlowObject(members: normalized, path: self.path)
    }

    /// The value as a list of fields with indexed paths.
    func array() throws(FlowDefinitionError) -> [FlowField] {
        guard case .array(let items) = self.value else { throw self.error("expected a list") }
        return items.enumerated().map { FlowField(value: $1, path: "\(self.path)[\($0)]") }
    }

    func string() throws(FlowDefinitionError) -> String {
        switch self.value {
        case .string(let text) where !text.trimmingCharacters(in: .whitespaces).isEmpty:
            return text.trimmingCharacters(in: .whitespaces)
        case .number(let number): return Int(exactly: number).map(String.init) ?? String(number)
        default: throw self.error("expected a non-empty string")
        }
    }

    func bool() throws(FlowDefinitionError) -> Bool {
        switch self.value {
        case .bool(let flag): return flag
        case .string(let text) where ["true", "yes"].contains(text.lowercased()): return true
        case .string(let text) where ["false", "no"].contains(text.lowercased()): return false
        default: throw self.error("expected true or false")
        }
    }

    func number() throws(FlowDefinitionError) -> Double {
        switch self.value {
        case .number(let number) where number.isFinite: return number
        case .string(let text):
            guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                throw self.error("expected a number, found \"\(text)\"")
            }
            return number
        default: throw self.error("expected a number")
        }
    }

    /// A duration such as `30m`, `24h`, `2s`; a bare number is seconds.
    func duration() throws(FlowDefinitionError) -> TimeInterval {
        switch self.value {
        case .number(let seconds) where seconds >= 0 && seconds.isFinite:
            return seconds
        case .string(let text):
            do {
                return try HumanDuration.seconds(text)
            } catch {
                throw self.error("\(error)")
            }
        default:
            throw self.error("expected a duration such as 30m, 24h or 2s")
        }
    }

    /// One of `choices` (any case, `-` or `_`).
    func choice<Value>(_ choices: [String: Value]) throws(FlowDefinitionError) -> Value {
        let text = try self.string().lowercased().replacingOccurrences(of: "-", with: "_")
        guard let value = choices[text] else {
            throw self.error("unknown value \"\(text)\"; expected one of \(choices.keys.sorted().joined(separator: ", "))")
        }
        return value
    }

    /// Keys are written in snake_case; camelCase and a trailing `?` (`discount?:`) are accepted too.
    static func normalize(_ key: String) -> String {
        var name = key.trimmingCharacters(in: .whitespaces)
        if name.hasSuffix("?") { name.removeLast() }
        var snake = ""
        for character in name {
            if character.isUppercase {
                if !snake.isEmpty { snake.append("_") }
                snake.append(contentsOf: character.lowercased())
            } else {
                snake.append(character == "-" ? "_" : character)
            }
        }
        return snake
    }
}

/// An object from a flow file with normalised keys.
struct FlowObject {
    let members: [String: JSONValue]
    let path: String

    /// The member, unless absent or null.
    subscript(key: String) -> FlowField? {
        guard let value = self.members[key] else { return nil }
        if case .null = value { return nil }
        return FlowField(value: value, path: FlowField.join(self.path, key))
    }

    /// The member, or an error naming it as required.
    func required(_ key: String) throws(FlowDefinitionError) -> FlowField {
        guard let field = self[key] else {
            throw FlowDefinitionError(path: FlowField.join(self.path, key), message: "required")
        }
        return field
    }
}
