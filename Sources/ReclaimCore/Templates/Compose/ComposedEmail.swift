/// A rendered email: subject, plain text and HTML, each with the store's footer.
public struct ComposedEmail: Sendable, Hashable {
    /// The subject on one line.
    public var subject: String
    /// The plain-text body, ending with the footer (brand, postal address, unsubscribe link).
    public var text: String
    /// A complete HTML document whose footer carries the same facts.
    public var html: String

    /// Creates a composed email.
    public init(subject: String, text: String, html: String) {
        self.subject = subject
        self.text = text
        self.html = html
    }
}
