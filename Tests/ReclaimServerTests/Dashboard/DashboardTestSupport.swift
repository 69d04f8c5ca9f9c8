import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

@testable import ReclaimServer

/// A merchant using the dashboard through the in-process client: signs in, reads pages, posts forms.
struct DashboardClient: Sendable {
    let client: any TestClientProtocol
    /// The session cookie's `name=value`, once signed in.
    var cookie: String?

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    /// Posts the sign-in form with `key`; keeps the session cookie when it is accepted.
    @discardableResult
    mutating func signIn(key: String) async throws -> TestResponse {
        let response = try await self.post("/dashboard/login", ["api_key": key], token: nil)
        if let setCookie = response.headers[.setCookie], response.status == .seeOther {
            self.cookie = String(setCookie.split(separator: ";")[0])
        }
        return response
    }

    /// `GET path` with the session cookie.
    func get(_ path: String) async throws -> TestResponse {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        return try await self.client.execute(uri: path, method: .get, headers: headers, body: nil)
    }

    /// Posts a form to `path` with the session cookie and `token` as its form token.
    func post(_ path: String, _ fields: [String: String], token: String?) async throws -> TestResponse {
        var all = fields
        if let token { all["form_token"] = token }
        let body = all.sorted { $0.key < $1.key }.map { key, value in
            "\(Self.encode(key))=\(Self.encode(value))"
        }.joined(separator: "&")
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let cookie { headers[.cookie] = cookie }
        return try await self.client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// The form token in a page (every signed-in page has one).
    func formToken(from path: String = "/dashboard/inbox") async throws -> String? {
        Self.formToken(in: String(buffer: try await self.get(path).body))
    }

    static func formToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="form_token" value="([^"]+)""#, options: .regularExpression) else { return nil }
        return html[range].split(separator: "\"").dropFirst(3).first.map(String.init)
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
