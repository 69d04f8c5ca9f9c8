import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import ReclaimCore
import ReclaimServer
import Testing

/// No log line carries a raw inbound body (issue 16 item 7): texts with card data go through the signed
/// Twilio route with every logger at `trace`, and no record holds the body or the card's digits.
@Suite struct InboundLogRedactionTests {
    /// Every record, as its message followed by its metadata.
    final class Records: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { self.lock.withLock { self.lines.append(line) } }
        var all: [String] { self.lock.withLock { self.lines } }
    }

    struct RecordingHandler: LogHandler {
        let records: Records
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { self.metadata[key] }
            set { self.metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            // Random ids (request ids, the temporary directory's UUID) are masked: their hex digits could
            // spell "987" by chance.
            let merged = self.metadata.merging(event.metadata ?? [:]) { _, new in new }
            let line = "\(event.message) \(merged)".replacingOccurrences(
                of: #"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-f]{32}"#,
                with: "<id>", options: .regularExpression)
            self.records.append(line)
        }
    }

    @Test func inboundCardDataNeverReachesALogLine() async throws {
        let records = Records()
        let bodies = [
            "my cvv's 123", "visa4111111111111111", "4111.1111.1111.1111", "4111/1111/1111/1111",
            "4111\n1111\n1111\n1111", "４１１１ １１１１ １１１１ １１１１", "card 4111 1111 1111 1111 exp 12/27 cvv 987",
        ]
        let capture: (inout TestArguments) -> Void = { arguments in
            arguments.logger = Logger(label: "capture") { _ in RecordingHandler(records: records) }
            arguments.logger.logLevel = .trace
        }
        try await withTestApp(stores: try ComplianceFixture.stores(), configure: capture) { app in
            for (index, body) in bodies.enumerated() {
                let response = try await app.client.inbound(from: "+1312555020\(index)", body)
                #expect(response.status == .ok)
            }
            // and a number split over two texts of one sender
            _ = try await app.client.inbound(from: "+13125550299", "4111 1111")
            _ = try await app.client.inbound(from: "+13125550299", "1111 1111 thanks")
        }
        #expect(records.all.contains { $0.contains("inbound sms") })
        for line in records.all {
            for body in bodies + ["4111 1111", "1111 1111 thanks"] { #expect(!line.contains(body), "\(line)") }
            for digits in ["4111", "1111", "４１１１", "987"] { #expect(!line.contains(digits), "\(line)") }
        }
    }
}
