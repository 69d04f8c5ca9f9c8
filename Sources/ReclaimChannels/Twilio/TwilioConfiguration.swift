import Foundation

/// Credentials and endpoint for Twilio's Messages API.
public struct TwilioConfiguration: Sendable, Hashable {
    /// The account SID (`AC…`) that owns the messages; part of every URL.
    public var accountSID: String
    /// Basic-auth user: the account SID, or an API key SID (`SK…`).
    public var username: String
    /// Basic-auth password: the auth token, or the API key secret.
    public var password: String
    /// API root, `https://api.twilio.com` in production; a local fake in tests.
    public var baseURL: String
    /// Whole-request timeout in seconds.
    public var requestTimeout: TimeInterval

    /// Creates a configuration.
    /// - Parameters:
    ///   - accountSID: The account SID.
    ///   - authToken: The auth token (or an API key secret when `apiKeySID` is given).
    ///   - apiKeySID: An API key SID to authenticate with instead of the account SID.
    ///   - baseURL: API root without a trailing slash.
    ///   - requestTimeout: Seconds before a request is abandoned (default 15).
    public init(
        accountSID: String, authToken: String, apiKeySID: String? = nil, baseURL: String = "https://api.twilio.com",
        requestTimeout: TimeInterval = 15
    ) {
        self.accountSID = accountSID
        self.username = apiKeySID ?? accountSID
        self.password = authToken
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.requestTimeout = requestTimeout
    }

    /// `{base}/2010-04-01/Accounts/{AccountSid}/Messages`.
    var messagesURL: String { "\(self.baseURL)/2010-04-01/Accounts/\(self.accountSID)/Messages" }

    /// `Basic base64(user:password)`.
    var authorization: String { "Basic " + Data("\(self.username):\(self.password)".utf8).base64EncodedString() }
}
