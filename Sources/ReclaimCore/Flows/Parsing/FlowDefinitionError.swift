/// A flow definition that cannot be used, with the field at fault.
///
/// `path` names the field as in the configuration (`flows[0].steps[1].delay`) so the server can
/// point at the YAML line; `description` is `path: message`.
public struct FlowDefinitionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The field at fault, e.g. `flows[0].steps[1].delay`.
    public var path: String
    /// What is wrong and how to write it.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(self.path): \(self.message)" }
}
