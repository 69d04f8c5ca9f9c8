@preconcurrency import Crypto
import Foundation
import ReclaimCore

/// Twilio's `X-Twilio-Signature` for form-encoded webhooks.
///
/// The signed string is the full public URL Twilio requested (scheme, host, optional port, path and
/// query) followed by every POST parameter sorted by name, each as `name + value` with no separators
/// (a repeated name contributes its values sorted, identical pairs once). The signature is the base64
/// HMAC-SHA1 of that string keyed by the account's auth token.
///
/// ```swift
/// let ok = TwilioSignature.isValid(
///     signature: request.headers[twilioSignature] ?? "", authToken: token,
///     url: "https://reclaim.example.com/webhooks/twilio/northwind/inbound", parameters: form.pairs)
/// ```
public enum TwilioSignature {
    /// Computes the signature of one request.
    /// - Parameters:
    ///   - authToken: The Twilio auth token (the HMAC key).
    ///   - url: The full URL exactly as Twilio requested it.
    ///   - parameters: Every POST parameter, in any order, repeats included.
    /// - Returns: The base64 signature.
    public static func compute(authToken: String, url: String, parameters: [(name: String, value: String)]) -> String {
        var message = url
        for (name, value) in self.canonical(parameters) { message += name + value }
        let key = SymmetricKey(data: Data(authToken.utf8))
        let code = HMAC<Insecure.SHA1>.authenticationCode(for: Data(message.utf8), using: key)
        return Data(code).base64EncodedString()
    }

    /// Whether `signature` matches the request, compared in constant time.
    ///
    /// Like Twilio's own validators, it accepts the URL as given, with its port removed, with the
    /// scheme's default port added (Twilio is inconsistent about ports), and with `'` written `%27`.
    /// - Parameters:
    ///   - signature: The `X-Twilio-Signature` header.
    ///   - authToken: The Twilio auth token.
    ///   - url: The full public URL of the request.
    ///   - parameters: Every POST parameter.
    /// - Returns: `true` when one variant matches; `false` for an empty signature or token.
    public static func isValid(
        signature: String, authToken: String, url: String, parameters: [(name: String, value: String)]
    ) -> Bool {
        guard !signature.isEmpty, !authToken.isEmpty else { return false }
        let presented = Array(signature.utf8)
        var matched = false
        for candidate in self.urlVariants(url) {
            let expected = self.compute(authToken: authToken, url: candidate, parameters: parameters)
            if ConstantTime.equals(Array(expected.utf8), presented) { matched = true }
        }
        return matched
    }

    /// Parameters sorted by name (UTF-8 byte order), then value, without identical pairs.
    static func canonical(_ parameters: [(name: String, value: String)]) -> [(String, String)] {
        var seen = Set<String>()
        let unique = parameters.filter { seen.insert($0.name + "\u{0}" + $0.value).inserted }
        return unique.sorted { lhs, rhs in
            if lhs.name != rhs.name { return Array(lhs.name.utf8).lexicographicallyPrecedes(Array(rhs.name.utf8)) }
            return Array(lhs.value.utf8).lexicographicallyPrecedes(Array(rhs.value.utf8))
        }.map { ($0.name, $0.value) }
    }

    /// The URL as given, without its port, with the default port, and with apostrophes escaped.
    static func urlVariants(_ url: String) -> [String] {
        var variants = [url]
        if let schemeEnd = url.range(of: "://") {
            let scheme = url[..<schemeEnd.lowerBound].lowercased()
            let rest = url[schemeEnd.upperBound...]
            let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            let hostStart = authority.lastIndex(of: "@").map { authority.index(after: $0) } ?? authority.startIndex
            let prefix = url[..<hostStart]
            let tail = rest[authorityEnd...]
            var host = authority[hostStart...]
            var hasPort = false
            if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") {
                let port = host[host.index(after: colon)...]
                if !port.isEmpty && port.allSatisfy(\.isASCII) && port.allSatisfy(\.isNumber) {
                    host = host[..<colon]
                    hasPort = true
                }
            }
            variants.append(String(prefix + host + tail))
            if !hasPort, let port = scheme == "https" ? "443" : scheme == "http" ? "80" : nil {
                variants.append(String(prefix + host) + ":" + port + tail)
            }
        }
        if url.contains("'") { variants.append(url.replacingOccurrences(of: "'", with: "%27")) }
        var unique: [String] = []
        for variant in variants where !unique.contains(variant) { unique.append(variant) }
        return unique
    }
}
