/// Why a generic event was refused: every problem found, each naming its field path.
///
/// ```
/// data.items[0].price: required field is missing
/// data.contact: phone or email is required
/// type: unknown event type "x"
/// ```
/// The server answers 400 with ``description`` as the message (or ``errors`` as details).
public struct EventValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem at one field.
    public struct FieldError: Sendable, Hashable, Codable, CustomStringConvertible {
        /// Dotted path with array indices (`data.items[0].price`), or `(body)` for the whole body.
        public var path: String
        /// What is wrong, in one phrase.
        public var message: String

        /// Creates a field error.
        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }

        /// `path: message`.
        public var description: String { "\(self.path): \(self.message)" }
    }

    /// Every problem, in the order found.
    public var errors: [FieldError]

    /// Creates an error from its field errors.
    public init(errors: [FieldError]) { self.errors = errors }

    /// Creates an error with one field error.
    public init(path: String, message: String) { self.errors = [FieldError(path: path, message: message)] }

    /// The paths of all problems.
    public var paths: [String] { self.errors.map(\.path) }

    /// All problems, separated by `; `.
    public var description: String { self.errors.map(\.description).joined(separator: "; ") }
}
