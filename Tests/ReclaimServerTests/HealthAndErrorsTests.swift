import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import ReclaimServer

/// The operational surface: probes, metrics, OpenAPI, JSON errors, body limit, request ids.
@Suite struct HealthAndErrorsTests {
    @Test func healthzAnswersOK() async throws {
        try await withTestApp { app in
            try await app.client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"ok\""))
            }
        }
    }

    @Test func readyzChecksTheDatabase() async throws {
        try await withTestApp { app in
            try await app.client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"database\":\"ok\""))
            }
        }
    }

    @Test func unknownRouteIsJSON404() async throws {
        try await withTestApp { app in
            try await app.client.execute(uri: "/no/such/route", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let body = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                let error = try #require(body?["error"] as? [String: String])
                #expect(error["code"] == "not_found")
                #expect(error["message"]?.isEmpty == false)
            }
        }
    }

    @Test func metricsArePrometheusTextWithHTTPAndQueueSeries() async throws {
        try await withTestApp { app in
            _ = try await app.client.execute(uri: "/healthz", method: .get)
            // HTTP metrics are recorded after a response body is written: scrape once so the
            // /healthz request is surely recorded, then read the second scrape.
            _ = try await app.client.execute(uri: "/metrics", method: .get)
            try await app.client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                let text = String(buffer: response.body)
                #expect(text.contains("# TYPE "))
                #expect(text.contains("hb_requests"))
                #expect(text.contains("http_server_request_duration"))
                #expect(text.contains("reclaim_queue_jobs{state=\"pending\"}"))
            }
        }
    }

    @Test func openAPIIsVersion3() async throws {
        try await withTestApp { app in
            try await app.client.execute(uri: "/openapi.json", method: .get) { response in
                let document = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any]
                #expect((document?["openapi"] as? String)?.hasPrefix("3") == true)
                #expect((document?["paths"] as? [String: Any])?["/healthz"] != nil)
            }
        }
    }

    @Test func oversizedBodyIs413WithJSONError() async throws {
        try await withTestApp { app in
            let body = ByteBuffer(repeating: UInt8(ascii: "x"), count: 65 * 1024)
            try await app.client.execute(uri: "/healthz", method: .post, body: body) { response in
                #expect(response.status == .contentTooLarge)
                #expect(String(buffer: response.body).contains("payload_too_large"))
            }
        }
    }

    @Test func requestIDIsEchoedOrMinted() async throws {
        try await withTestApp { app in
            try await app.client.execute(uri: "/healthz", method: .get, headers: [RequestIDMiddleware.header: "abc-123"]) {
                #expect($0.headers[RequestIDMiddleware.header] == "abc-123")
            }
            try await app.client.execute(uri: "/healthz", method: .get, headers: [RequestIDMiddleware.header: "bad id\u{7f}"]) {
                let minted = try #require($0.headers[RequestIDMiddleware.header])
                #expect(minted != "bad id\u{7f}")
                #expect(minted.count == 36)
            }
        }
    }
}
