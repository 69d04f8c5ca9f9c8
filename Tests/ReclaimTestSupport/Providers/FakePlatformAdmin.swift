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

/// One webhook subscription a stand-in platform holds.
public struct PlatformAdminWebhook: Sendable, Hashable {
    /// The platform id (Shopify gid, WooCommerce webhook id, BigCommerce hook id).
    public var id: String
    /// Topic or scope, as the platform spells it (`CHECKOUTS_CREATE`, `order.created`, `store/cart/created`).
    public var topic: String
    /// Where deliveries go.
    public var url: String
    /// Whether the platform delivers.
    public var active: Bool
    /// The secret sent with deliveries (WooCommerce `secret`, BigCommerce `headers`), where there is one.
    public var secret: String?

    /// Creates a subscription (tests seed wrong ones with it).
    public init(id: String, topic: String, url: String, active: Bool = true, secret: String? = nil) {
        self.id = id
        self.topic = topic
        self.url = url
        self.active = active
        self.secret = secret
    }
}

/// What a stand-in's webhook endpoints changed: creates and updates, counted separately.
public struct PlatformAdminWebhookChanges: Sendable, Hashable {
    /// Subscriptions created.
    public var created = 0
    /// Subscriptions updated.
    public var updated = 0
    /// Both.
    public var total: Int { self.created + self.updated }

    /// Counts (tests compare with them).
    public init(created: Int = 0, updated: Int = 0) {
        self.created = created
        self.updated = updated
    }
}

extension FakePlatformAdmin {
    /// A JSON response with extra headers (WooCommerce's `X-WP-TotalPages`).
    static func json(_ status: HTTPResponse.Status, _ value: JSONValue, headers: [String: String]) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The slice of `items` on 1-based `page` of `size`, and the page count.
    static func page<T>(_ items: [T], page: Int, size: Int) -> (items: [T], totalPages: Int) {
        let size = max(1, size)
        let totalPages = max(1, (items.count + size - 1) / size)
        let start = min(items.count, max(0, page - 1) * size)
        return (Array(items[start..<min(items.count, start + size)]), totalPages)
    }

    /// A query parameter of the request's URI as an integer.
    static func query(_ request: Request, _ name: String) -> Int? {
        request.uri.queryParameters.get(name).flatMap { Int($0) }
    }
}
