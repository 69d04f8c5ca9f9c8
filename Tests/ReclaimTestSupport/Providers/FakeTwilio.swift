import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A local server that answers like Twilio's Messages API: checks Basic auth, stores accepted messages,
/// and plays scripted faults (429 with Retry-After, 500, API errors, delays) one per POST. It fetches a
/// message by SID and lists messages (`GET …/Messages.json?To=…&DateSent>=YYYY-MM-DD&PageSize=…`, newest
/// first, paged with `next_page_uri`) as Twilio does.
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
        public var accountSid: String = ""
        public var direction: String = "outbound-api"
        public var dateCreated: String = ""
        public var dateSent: String?
        public var dateUpdated: String = ""
        public var apiVersion: String = "2010-04-01"
        public var uri: String = ""
    }

    /// A page of the Message list, in Twilio's shape.
    public struct Page: Codable, Sendable {
        public var messages: [Resource]
        public var page: Int
        public var pageSize: Int
        public var start: Int
        public var end: Int
        public var uri: String
        public var firstPageUri: String
        public var nextPageUri: String?
        public var previousPageUri: String?
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
    private let now: @Sendable () -> Date
    public private(set) var posts: [(status: Int, form: [String: String])] = []
    public private(set) var messages: [Resource] = []
    /// Every list request's query, as received.
    public private(set) var listQueries: [[String: String]] = []

    /// - Parameters:
    ///   - faults: Answers to play, one per POST, before accepting normally.
    ///   - now: The clock stamping `date_created` and `date_sent` (the app's test clock, so dates line up).
    public init(faults: [Fault] = [], now: @escaping @Sendable () -> Date = Date.init) {
        self.faults = faults
        self.now = now
    }

    /// Stores a message as if it had been created through the API at `created` (a send whose answer was lost).
    @discardableResult
    public func accept(to: String, from: String?, body: String, at created: Date? = nil) -> Resource {
        let resource = self.resource(to: to, from: from, body: body, service: nil, at: created ?? self.now())
        self.messages.append(resource)
        return resource
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
        router.get("\(prefix).json") { request, _ in
            try await self.handleList(authorization: request.headers[.authorization], query: request.uri.query ?? "")
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
        let resource = self.resource(
            to: to, from: form["From"], body: form["Body"] ?? "", service: form["MessagingServiceSid"], at: self.now())
        self.messages.append(resource)
        return try LocalHTTPServer.json(.created, resource)
    }

    private func resource(to: String, from: String?, body: String, service: String?, at created: Date) -> Resource {
        let sid = "SM" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let date = Self.rfc2822(created)
        return Resource(
            sid: sid, status: "queued", to: to, from: from, body: body, numSegments: "1", price: nil, priceUnit: "USD",
            errorCode: nil, messagingServiceSid: service, accountSid: self.accountSID, dateCreated: date, dateSent: date,
            dateUpdated: date, uri: "/2010-04-01/Accounts/\(self.accountSID)/Messages/\(sid).json")
    }

    /// `GET …/Messages.json`: filters `To`, `From`, `DateSent>` (a day, `YYYY-MM-DD`), newest first, `PageSize`
    /// per page (default 50) and `Page` (default 0).
    private func handleList(authorization: String?, query: String) throws -> Response {
        guard self.authorized(authorization) else { return try self.error(401, 20003, "Authenticate") }
        var parameters: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            parameters[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        self.listQueries.append(parameters)
        var listed = self.messages.filter { message in
            if let to = parameters["To"], message.to != to { return false }
            if let from = parameters["From"], message.from != from { return false }
            if let day = parameters["DateSent>"] {
                guard let sent = message.dateSent.flatMap(Self.parseRFC2822), Self.day(sent) >= day else { return false }
            }
            return true
        }
        listed.reverse()  // newest first
        let size = min(1000, max(1, Int(parameters["PageSize"] ?? "") ?? 50))
        let number = max(0, Int(parameters["Page"] ?? "") ?? 0)
        let start = min(listed.count, number * size)
        let end = min(listed.count, start + size)
        let base = "/2010-04-01/Accounts/\(self.accountSID)/Messages.json"
        func uri(_ page: Int) -> String {
            var pairs = parameters.filter { $0.key != "Page" && $0.key != "PageToken" }.sorted { $0.key < $1.key }
            pairs.append(("Page", String(page)))
            return base + "?" + pairs.map { "\(Self.escape($0.0))=\(Self.escape($0.1))" }.joined(separator: "&")
        }
        let page = Page(
            messages: Array(listed[start..<end]), page: number, pageSize: size, start: start, end: max(start, end - 1),
            uri: uri(number), firstPageUri: uri(0), nextPageUri: end < listed.count ? uri(number + 1) : nil,
            previousPageUri: number > 0 ? uri(number - 1) : nil)
        return try LocalHTTPServer.json(.ok, page)
    }

    private static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._"))) ?? text
    }

    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter
    }

    static func rfc2822(_ date: Date) -> String { self.formatter().string(from: date) }
    static func parseRFC2822(_ text: String) -> Date? { self.formatter().date(from: text) }

    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
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
