import Foundation

/// Payload of a `message.dispatch` job: which outbox row to send, and how far it got.
struct DispatchJob: Codable, Sendable, Hashable {
    /// The outbox row.
    var messageID: String
    /// Send attempts made so far (provider retries).
    var attempt: Int = 0
    /// The pacer already reserved this message's slot: send without reserving again.
    var paced: Bool = false

    enum CodingKeys: String, CodingKey {
        case messageID = "message_id", attempt, paced
    }

    /// The job's unique key: one live job per row and attempt, so a re-enqueue never doubles a send.
    var uniqueKey: String { "dispatch:\(self.messageID):\(self.attempt)\(self.paced ? ":paced" : "")" }
}
