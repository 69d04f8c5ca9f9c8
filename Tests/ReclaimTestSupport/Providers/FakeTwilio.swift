import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A local server that answers like Twilio's Messages API: checks Basic auth, stores accepted messages,
/// and plays scripted faults (429 with Retry-After, 500, API errors, delays) one per POST.
public actor FakeTwilio {
    public enum Fault: Sendable {
        case tooManyRequests(retryAfter: Int)
        /// A 429 whose `Retry-After` header is exactly this text (`1e18`, `-5`, `soon`).
        case tooManyRequestsSaying(String)
        case serverError
        case apiError(status: Int, code: Int, message: String)
        case delay(Duration)
    }

    public struct Resource: Codable, Sendable {
        public var sid: String
        public var status: String
        public var to: String
        public var from: String?
        public var body: String
        public var numSegments: String
        public var price: String?
        public var priceUnit: String
        public var errorCode: Int?
        public var messagingServiceSid: String?
    }

    public struct ErrorBody: Codable, Sendable {
        public var code: Int
        public var message: String
        public var moreInfo: String
        public var status: Int
    }

    nonisolated public let accountSID = "AC00000000000000000000000000000001"
    nonisolated public let authToken = "test-token"
    private var faults: [Fault]
    public private(set) var posts: [(status: Int, form: [String: String])] = []
    public private(set) var messages: [Resource] = []

    public init(faults: [Fault] = []) {
        self.faults = faults
    }

    public func setStatus(_ status: String, price: String?, sid: String) {
        guard let index = self.messages.firstIndex(where: { $0.sid == sid }) else { return }
        self.messages[index].status = status
        self.messages[index].price = price
    }

    nonisolated public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        let prefix = "/2010-04-01/Accounts/\(self.accountSID)/Messages"
        router.post("\(prefix).json") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 20)
            return try await self.handlePost(authorization: request.headers[.authorization], body: String(buffer: body))
        }
        router.get("\(prefix)/:file") { request, context in
            let file = context.parameters.get("file") ?? ""
            return try await self.handleGet(authorization: request.headers[.authorization], file: file)
        }
        return router
    }

    private func authorized(_ header: String?) -> Bool {
        header == "Basic " + Data("\(self.accountSID):\(self.authToken)".utf8).base64EncodedString()
    }

    private func error(_ status: Int, _ code: Int, _ message: String, headers: [String: String] = [:]) throws -> Response {
        try LocalHTTPServer.json(
            HTTPResponse.Status(code: status),
            ErrorBody(code: code, message: message, moreInfo: "https://www.twilio.com/docs/errors/\(code)", status: status),
            headers: headers)
    }

    private func handlePost(authorization: String?, body: String) async throws -> Response {
        var form: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            form[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        let fault = self.faults.isEmpty ? nil : self.faults.removeFirst()
        let response: Response
        if !self.authorized(authorization) {
            response = try self.error(401, 20003, "Authenticate")
        } else {
            switch fault {
            case .tooManyRequests(let seconds):
                response = try self.error(429, 20429, "Too Many Requests", headers: ["Retry-After": String(seconds)])
            case .tooManyRequestsSaying(let header):
                response = try self.error(429, 20429, "Too Many Requests", headers: ["Retry-After": header])
            case .serverError:
                response = try self.error(500, 20500, "Internal Server Error")
            case .apiError(let status, let code, let message):
                response = try self.error(status, code, message)
            case .delay(let duration):
                try await Task.sleep(for: duration)
                response = try self.accept(form)
            case nil:
                response = try self.accept(form)
            }
        }
        self.posts.append((Int(response.status.code), form))
        return response
    }

    private func accept(_ form: [String: String]) throws -> Response {
        guard let to = form["To"], !to.isEmpty else { return try self.error(400, 21604, "A 'To' phone number is required.") }
        let sid = "SM" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let resource = Resource(
            sid: sid, status: "queued", to: to, from: form["From"], body: form["Body"] ?? "", numSegments: "1",
            price: nil, priceUnit: "USD", errorCode: nil, messagingServiceSid: form["MessagingServiceSid"])
        self.messages.append(resource)
        return try LocalHTTPServer.json(.created, resource)
    }

    private func handleGet(authorization: String?, file: String) throws -> Response {
        guard self.authorized(authorization) else { return try self.error(401, 20003, "Authenticate") }
        let sid = file.hasSuffix(".json") ? String(file.dropLast(5)) : file
        guard let resource = self.messages.first(where: { $0.sid == sid }) else {
            return try self.error(404, 20404, "The requested resource was not found")
        }
        return try LocalHTTPServer.json(.ok, resource)
    }
}
