import Foundation
import ReclaimCore

/// The HTTP plumbing the discount clients share: transport failures become retryable errors, amounts become
/// decimal strings, times ISO 8601.
enum PlatformDiscountHTTP {
    /// Sends `request`; a transport error (timeout, refused connection) is a retryable ``PlatformDiscountError``.
    static func send(_ http: any HTTPFetching, _ request: CommerceHTTPRequest) async throws(PlatformDiscountError) -> CommerceHTTPResponse {
        do {
            return try await http.send(request)
        } catch {
            throw PlatformDiscountError(.retryable, message: "no answer from \(Self.hostAndPath(request.url)): \(error)")
        }
    }

    /// A JSON body with sorted keys, so requests are stable in logs and tests.
    static func body(_ value: JSONValue) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data("{}".utf8)
    }

    /// `1050` USD → `"10.50"`; `500` JPY → `"500"`.
    static func decimal(minor: Int, currency: String) -> String {
        let exponent = CurrencyExponent.of(currency)
        guard exponent > 0 else { return String(minor) }
        var scale = 1
        for _ in 0..<exponent { scale *= 10 }
        let sign = minor < 0 ? "-" : ""
        let magnitude = minor.magnitude
        let fraction = String(magnitude % UInt(scale))
        return "\(sign)\(magnitude / UInt(scale)).\(String(repeating: "0", count: exponent - fraction.count))\(fraction)"
    }

    /// `2026-12-07T22:00:00Z`.
    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `api.example.com/admin/api/…` without the query, for messages.
    static func hostAndPath(_ url: String) -> String {
        guard let components = URLComponents(string: url) else { return url }
        return "\(components.host ?? "")\(components.path)"
    }

    /// One path segment, percent-encoded (`/`, `?`, `&`, `=` included).
    static func segment(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "&", "="])) ?? value
    }

    /// A base URL without its trailing slash.
    static func trimmed(_ base: String) -> String {
        base.hasSuffix("/") ? String(base.dropLast()) : base
    }
}
