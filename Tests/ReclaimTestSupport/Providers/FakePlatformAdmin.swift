import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ReclaimCore

/// What a stand-in platform admin API does to the next requests instead of answering normally.
public enum PlatformAdminFault: Sendable, Hashable {
    /// Answer with this status (502, 429, 503, …) and the platform's usual error body.
    case status(Int)
    /// Wait this long before answering normally (longer than the client's timeout: a timeout).
    case slow(seconds: Double)
    /// Shopify only: HTTP 200 with `errors[].extensions.code = THROTTLED`.
    case throttled
}

/// One discount code a stand-in platform holds, with the JSON it was created from.
public struct PlatformAdminCode: Sendable, Hashable {
    /// The platform id (Shopify gid, WooCommerce coupon id, BigCommerce promotion id).
    public var id: String
    /// The code.
    public var code: String
    /// Whether the platform would still apply it.
    public var active: Bool
    /// The create request's JSON (Shopify: the mutation's `input`; WooCommerce: the coupon; BigCommerce: the
    /// promotion, with the code's own JSON under `"code_request"`).
    public var request: JSONValue
}

/// The shared parts of the stand-in admin APIs: scripted faults, JSON in and out.
enum FakePlatformAdmin {
    static func json(_ status: HTTPResponse.Status, _ value: JSONValue) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return LocalHTTPServer.raw(status, String(decoding: data, as: UTF8.self))
    }

    static func body(_ request: Request) async throws -> JSONValue {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        return (try? JSONDecoder().decode(JSONValue.self, from: Data(buffer.readableBytesView))) ?? .null
    }

    static func header(_ request: Request, _ name: String) -> String? {
        HTTPField.Name(name).flatMap { request.headers[$0] }
    }

    static func number(_ value: Int) -> JSONValue { .number(Double(value)) }

    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
