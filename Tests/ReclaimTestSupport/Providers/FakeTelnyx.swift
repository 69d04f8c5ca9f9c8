import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A local server that answers like Telnyx Messaging v2: Bearer auth, `{"data": message}` on success,
/// `{"errors": [...]}` on failure, scripted faults one per POST.
public actor FakeTelnyx {
    public enum Fault: Sendable {
        case rateLimited(reset: Int)
        case errorBody(status: Int, json: String)
    }

    public struct Recorded: Sendable {
        public var status: Int
        public var body: String
        public var idempotencyKey: String?
    }

    nonisolated public let apiKey = "KEY0123_test"
    private var faults: [Fault]
    public private(set) var posts: [Recorded] = []
    private var messages: [String: String] = [:]

    public init(faults: [Fault] = []) {
        self.faults = faults
    }

    nonisolated public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/v2/messages") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 20)
            return try await self.handlePost(
                authorization: request.headers[.authorization], idempotencyKey: request.headers[HTTPField.Name("Idempotency-Key")!],
                body: String(buffer: body))
        }
        router.get("/v2/messages/:id") { request, context in
            try await self.handleGet(authorization: request.headers[.authorization], id: context.parameters.get("id") ?? "")
        }
        return router
    }

    private func handlePost(authorization: String?, idempotencyKey: String?, body: String) throws -> Response {
        let response: Response
        if authorization != "Bearer \(self.apiKey)" {
            response = LocalHTTPServer.raw(.unauthorized, #"{"errors":[{"code":"10009","title":"Authentication failed"}]}"#)
        } else if !self.faults.isEmpty {
            switch self.faults.removeFirst() {
            case .rateLimited(let reset):
                var fields = HTTPFields()
                fields[.contentType] = "application/json"
                fields[HTTPField.Name("x-ratelimit-reset")!] = String(reset)
                response = Response(
                    status: .tooManyRequests, headers: fields,
                    body: .init(byteBuffer: ByteBuffer(string: #"{"errors":[{"code":"10011","title":"Too many requests"}]}"#)))
            case .errorBody(let status, let json):
                response = LocalHTTPServer.raw(HTTPResponse.Status(code: status), json)
            }
        } else {
            let sent = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] ?? [:]
            let id = UUID().uuidString.lowercased()
            let message: [String: Any] = [
                "record_type": "message", "id": id, "direction": "outbound", "type": "SMS", "parts": 1,
                "text": sent["text"] ?? "", "cost": NSNull(),
                "from": ["phone_number": sent["from"] ?? "", "carrier": "Telnyx", "line_type": "Wireless"],
                "to": [["phone_number": sent["to"] ?? "", "status": "queued", "carrier": "T-MOBILE USA, INC."]],
                "errors": [Any](),
            ]
            let data = try JSONSerialization.data(withJSONObject: ["data": message])
            self.messages[id] = String(decoding: data, as: UTF8.self)
            response = LocalHTTPServer.raw(.ok, String(decoding: data, as: UTF8.self))
        }
        self.posts.append(Recorded(status: Int(response.status.code), body: body, idempotencyKey: idempotencyKey))
        return response
    }

    private func handleGet(authorization: String?, id: String) -> Response {
        guard authorization == "Bearer \(self.apiKey)" else {
            return LocalHTTPServer.raw(.unauthorized, #"{"errors":[{"code":"10009","title":"Authentication failed"}]}"#)
        }
        guard let message = self.messages[id] else {
            return LocalHTTPServer.raw(.notFound, #"{"errors":[{"code":"10005","title":"Resource not found"}]}"#)
        }
        return LocalHTTPServer.raw(.ok, message)
    }
}
