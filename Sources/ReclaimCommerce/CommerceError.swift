/// Why a platform delivery could not be verified or understood. No HTTP in here: the server maps
/// ``invalidSignature``/``missingSignature`` to 401 and the rest to 400.
public enum CommerceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The topic or scope is not one Reclaim handles (`X-Shopify-Topic: carts/update`).
    case unknownTopic(String)
    /// The body is not JSON of the expected shape; the message says where.
    case malformedPayload(String)
    /// A required field is absent or null; the associated value is its path (`line_items[0].price`).
    case missingField(String)
    /// A field is present but unusable; path and reason.
    case invalidField(String, reason: String)
    /// A number is outside what Reclaim accepts (``AmountLimits``): a price, quantity, total or time
    /// that would overflow; path and reason. Webhook routes answer it with 400 at once.
    case outOfRange(String, reason: String)
    /// A money amount could not be read exactly (`"19.999"` in USD, `"abc"`).
    case invalidMoney(String, field: String)
    /// The signature header is absent or empty.
    case missingSignature
    /// The signature does not match the body and secret (or the shared secret is wrong).
    case invalidSignature
    /// A signed request is outside the accepted time window (replay protection).
    case staleTimestamp
    /// A platform API call answered with an unexpected HTTP status.
    case unexpectedStatus(Int, path: String)

    /// One line a merchant or log reader can act on.
    public var description: String {
        switch self {
        case .unknownTopic(let topic): "unknown topic \"\(topic)\""
        case .malformedPayload(let message): "malformed payload: \(message)"
        case .missingField(let path): "\(path): required field is missing"
        case .invalidField(let path, let reason), .outOfRange(let path, let reason): "\(path): \(reason)"
        case .invalidMoney(let text, let field): "\(field): \"\(text)\" is not an exact amount of money"
        case .missingSignature: "signature header is missing or empty"
        case .invalidSignature: "signature does not match"
        case .staleTimestamp: "signed timestamp is outside the accepted window"
        case .unexpectedStatus(let status, let path): "platform API answered \(status) for \(path)"
        }
    }

    /// Whether this is an authentication failure (the server answers 401 and stores nothing).
    public var isAuthenticationFailure: Bool {
        switch self {
        case .missingSignature, .invalidSignature, .staleTimestamp: true
        default: false
        }
    }
}
