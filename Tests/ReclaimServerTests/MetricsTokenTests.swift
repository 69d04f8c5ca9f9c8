import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import ReclaimServer

/// `/metrics` behind `server.metrics_token`.
@Suite struct MetricsTokenTests {
    func scrape(_ client: any TestClientProtocol, _ authorization: String?) async throws -> TestResponse {
        var headers = HTTPFields()
        if let authorization { headers[.authorization] = authorization }
        return try await client.execute(uri: "/metrics", method: .get, headers: headers, body: nil)
    }

    @Test func withATokenOnlyTheRightBearerScrapes() async throws {
        let withToken: (inout TestArguments) -> Void = { $0.configuration.server.metricsToken = "scrape-token-0123" }
        try await withTestApp(configure: withToken) { app async throws in
            #expect(try await self.scrape(app.client, nil).status == .unauthorized)
            #expect(try await self.scrape(app.client, "Bearer wrong-token-0123").status == .unauthorized)
            #expect(try await self.scrape(app.client, "Bearer scrape-token-012").status == .unauthorized)
            #expect(try await self.scrape(app.client, "Basic c2NyYXBlLXRva2VuLTAxMjM=").status == .unauthorized)
            let refused = try await self.scrape(app.client, "Bearer wrong")
            #expect(!String(buffer: refused.body).contains("reclaim_"))
            let scraped = try await self.scrape(app.client, "Bearer scrape-token-0123")
            #expect(scraped.status == .ok)
            #expect(String(buffer: scraped.body).contains("reclaim_queue_jobs"))
        }
    }

    @Test func withoutATokenMetricsStayOpen() async throws {
        try await withTestApp { app async throws in
            #expect(try await self.scrape(app.client, nil).status == .ok)
        }
    }
}
