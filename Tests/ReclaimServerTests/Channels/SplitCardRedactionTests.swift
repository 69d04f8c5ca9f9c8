import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import SQLKit
import Testing

@testable import ReclaimServer

/// A card number split over two texts (issue 16 item 7): both texts reach the server through the signed
/// Twilio inbound route, and afterwards no row of `messages` or `turns` holds its digits.
@Suite struct SplitCardRedactionTests {
    static let phone = "+13125550101"

    /// Every inbound body and every turn text, read straight from the tables.
    static func rawTexts(_ app: TestApp) async throws -> (bodies: [String], turns: [String]) {
        let sql = app.dependencies.database.sql
        let bodies = try await sql.select().column("body").from("messages").where("direction", .equal, "inbound")
            .orderBy("created_at").all().map { try $0.decode(column: "body", as: String.self) }
        let turns = try await sql.select().column("text").from("turns").where("author", .equal, "shopper")
            .orderBy("created_at").all().map { try $0.decode(column: "text", as: String.self) }
        return (bodies, turns)
    }

    @Test func aCardNumberSplitOverTwoTextsIsRedactedInEveryStoredCopy() async throws {
        try await ConversationTests().withConversation { app, twilio, _ in
            // Given the first half of a card number in one text
            let first = try await app.client.inbound(
                from: Self.phone, "can you charge my card? 4111 1111", sid: "SMsplit1", token: twilio.authToken)
            #expect(first.status == .ok)
            try await app.advanceAndRun(1.1)
            #expect(try await Self.rawTexts(app).turns.count == 1)
            // When the rest arrives in the next text
            app.clock.advance(by: 30)
            let second = try await app.client.inbound(
                from: Self.phone, "1111 1111 exp 12/27", sid: "SMsplit2", token: twilio.authToken)
            #expect(second.status == .ok)
            try await app.advanceAndRun(1.1)
            // Then neither the messages nor the conversation turns hold any of it
            let (bodies, turns) = try await Self.rawTexts(app)
            #expect(bodies == ["can you charge my card? [card redacted]", "[card redacted] exp [expiry redacted]"])
            #expect(turns == bodies)
            for text in bodies + turns {
                #expect(!text.contains { $0.isNumber }, "\(text)")
            }
            #expect(await !twilio.messages.contains { $0.body.contains("1111") })
        }
    }

    @Test func textsFurtherApartThanTheWindowAreNotJoined() async throws {
        try await ConversationTests().withConversation { app, twilio, _ in
            _ = try await app.client.inbound(from: Self.phone, "order 4111 1111", sid: "SMapart1", token: twilio.authToken)
            try await app.advanceAndRun(1.1)
            app.clock.advance(by: SplitCardRedaction.window + 60)
            _ = try await app.client.inbound(from: Self.phone, "1111 1111 arrived?", sid: "SMapart2", token: twilio.authToken)
            try await app.advanceAndRun(1.1)
            #expect(try await Self.rawTexts(app).bodies == ["order 4111 1111", "1111 1111 arrived?"])
        }
    }

    @Test func aCardNumberOverThreeTextsIsRedactedInAllThree() async throws {
        try await ConversationTests().withConversation { app, twilio, _ in
            for (index, part) in ["４１１１", "1111.1111", "1111 thanks"].enumerated() {
                _ = try await app.client.inbound(from: Self.phone, part, sid: "SMthree\(index)", token: twilio.authToken)
                try await app.advanceAndRun(1.1)
                app.clock.advance(by: 20)
            }
            let (bodies, turns) = try await Self.rawTexts(app)
            #expect(bodies == ["[card redacted]", "[card redacted]", "[card redacted] thanks"])
            for text in bodies + turns {
                #expect(!text.contains { $0.isNumber }, "\(text)")
            }
        }
    }
}
