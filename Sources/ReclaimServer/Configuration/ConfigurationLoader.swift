import Foundation
import ReclaimCore
import Yams

/// Why a configuration could not be loaded; `description` is one line for stderr.
public enum ConfigurationError: Error, CustomStringConvertible, Sendable {
    /// The file named with `--config` could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid YAML.
    case invalidYAML(path: String, reason: String)
    /// A value has the wrong type or a required key is missing.
    case invalidValue(path: String, key: String, reason: String)
    /// A `*_env` key names an unset environment variable.
    case missingEnvironment([String])
    /// A flow (`flow:` or `flows:` of a store) does not validate; `line` and `column` locate `field` in the file.
    case invalidFlow(path: String, line: Int?, column: Int?, field: String, reason: String)
    /// A store setting does not validate (``ConfigFieldError``); `line` and `column` locate `field` in the file.
    case invalidField(path: String, line: Int?, column: Int?, field: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read config \(path): \(reason)"
        case .invalidYAML(let path, let reason): "config \(path) is not valid YAML: \(reason)"
        case .invalidValue(let path, let key, let reason): "config \(path): \(key): \(reason)"
        case .missingEnvironment(let names):
            "config names unset environment variables: \(names.sorted().joined(separator: ", "))"
        case .invalidFlow(let path, let line, let column, let field, let reason),
            .invalidField(let path, let line, let column, let field, let reason):
            "config \(path)\(line.map { ":\($0)" } ?? "")\(column.map { ":\($0)" } ?? ""): \(field): \(reason)"
        }
    }
}

/// Loads `reclaim.yml` and applies environment overrides.
///
/// Precedence: environment variable, then file, then built-in default. A key written
/// `auth_token_env: TWILIO_TOKEN` reads the secret from that variable, and `auth_token_file: path`
/// from that file, so secrets need not sit in the file.
public struct ConfigurationLoader: Sendable {
    /// Environment consulted for overrides and `*_env` keys.
    public var environment: [String: String]

    /// Creates a loader over an environment (the process's by default).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Loads the configuration and checks its API keys (``APIKeyRules``).
    /// - Parameter path: `--config` value; when `nil`, `reclaim.yml` in the working directory if present.
    /// - Returns: The configuration with environment overrides applied.
    /// - Throws: ``ConfigurationError`` with a one-line description.
    public func load(path: String?) throws -> ReclaimConfiguration {
        var configuration: ReclaimConfiguration
        if let path {
            configuration = try self.parse(try Self.read(path), path: path)
        } else if FileManager.default.isReadableFile(atPath: "reclaim.yml") {
            configuration = try self.parse(try Self.read("reclaim.yml"), path: "reclaim.yml")
        } else {
            configuration = .defaults
        }
        self.applyOverrides(to: &configuration)
        // A real deployment's keys must be guess-proof; the demo and tests build theirs with `parse`.
        try APIKeyRules.check(configuration, path: path ?? "reclaim.yml")
        return configuration
    }

    /// Parses YAML text into a configuration without environment overrides of top-level settings.
    public func parse(_ text: String, path: String = "reclaim.yml") throws -> ReclaimConfiguration {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw ConfigurationError.invalidYAML(path: path, reason: Self.oneLine("\(error)"))
        }
        var missing: [String] = []
        var tree = try self.json(from: node, missing: &missing, path: path)
        if !missing.isEmpty { throw ConfigurationError.missingEnvironment(missing) }
        if case .null = tree { tree = .object([:]) }
        let configuration: ReclaimConfiguration
        do {
            let data = try JSONEncoder().encode(tree)
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            configuration = try decoder.decode(ReclaimConfiguration.self, from: data)
        } catch let error as DecodingError {
            let (key, reason) = Self.describe(error)
            throw ConfigurationError.invalidValue(path: path, key: key, reason: reason)
        } catch let error as FlowDefinitionError {
            // Flows are parsed as their store is decoded (once), so every command reports a broken flow at its line.
            let mark = YAMLSourceLocator(text: text).location(of: error.path)
            throw ConfigurationError.invalidFlow(
                path: path, line: mark?.line, column: mark?.column, field: error.path, reason: error.message)
        } catch let error as ConfigFieldError {
            let mark = YAMLSourceLocator(text: text).location(of: error.path)
            throw ConfigurationError.invalidField(
                path: path, line: mark?.line, column: mark?.column, field: error.path, reason: error.message)
        }
        for store in configuration.stores { _ = try store.llmSettings(path: path) }
        for store in configuration.stores {
            guard let (field, reason) = store.captureProblem() else { continue }
            let mark = YAMLSourceLocator(text: text).location(of: field)
            throw ConfigurationError.invalidField(path: path, line: mark?.line, column: mark?.column, field: field, reason: reason)
        }
        return configuration
    }

    private func applyOverrides(to configuration: inout ReclaimConfiguration) {
        if let url = self.environment["RECLAIM_DATABASE_URL"], !url.isEmpty { configuration.database.url = url }
        if let host = self.environment["RECLAIM_HOST"], !host.isEmpty { configuration.server.host = host }
        if let port = self.environment["RECLAIM_PORT"].flatMap(Int.init) { configuration.server.port = port }
        if let url = self.environment["RECLAIM_PUBLIC_URL"], !url.isEmpty { configuration.server.publicURL = url }
        if let token = self.environment["RECLAIM_METRICS_TOKEN"], !token.isEmpty { configuration.server.metricsToken = token }
    }

    private static func read(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "not readable as UTF-8 text" : "no such file"
            throw ConfigurationError.unreadable(path: path, reason: reason)
        }
    }

    /// Converts a YAML node to JSON, resolving `*_env` and `*_file` secret references.
    private func json(from node: Node?, missing: inout [String], path: String) throws -> JSONValue {
        guard let node else { return .null }
        switch node {
        case .scalar(let scalar):
            return Self.scalar(scalar)
        case .sequence(let sequence):
            return .array(try sequence.map { try self.json(from: $0, missing: &missing, path: path) })
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (keyNode, valueNode) in mapping {
                guard let key = keyNode.string else { continue }
                let value = try self.json(from: valueNode, missing: &missing, path: path)
                if key.hasSuffix("_env"), key.count > 4, let variable = value.stringValue {
                    let base = String(key.dropLast(4))
                    if let secret = self.environment[variable] { members[base] = .string(secret) } else { missing.append(variable) }
                } else if key.hasSuffix("_file"), key.count > 5, let file = value.stringValue {
                    let base = String(key.dropLast(5))
                    let text = try Self.read(file)
                    members[base] = .string(text.trimmingCharacters(in: .whitespacesAndNewlines))
                } else if members[key] == nil {
                    members[key] = value
                }
            }
            return .object(members)
        }
    }

    private static func scalar(_ scalar: Node.Scalar) -> JSONValue {
        let text = scalar.string
        if scalar.style != .plain { return .string(text) }
        switch text {
        case "null", "~", "": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let int = Int(text) { return .number(Double(int)) }
        if let double = Double(text), text.contains(".") || text.lowercased().contains("e") { return .number(double) }
        return .string(text)
    }

    private static func describe(_ error: DecodingError) -> (key: String, reason: String) {
        func joined(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                .replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return (joined(context.codingPath), "expected \(Self.typeName(type))")
        case .valueNotFound(let type, let context):
            return (joined(context.codingPath), "expected \(Self.typeName(type)), found null")
        case .keyNotFound(let key, let context):
            return (joined(context.codingPath + [key]), "required key is missing")
        case .dataCorrupted(let context):
            return (joined(context.codingPath), context.debugDescription)
        @unknown default:
            return ("?", "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "a \(type)".replacingOccurrences(of: "Array<", with: "list of ").replacingOccurrences(of: ">", with: "")
        }
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
