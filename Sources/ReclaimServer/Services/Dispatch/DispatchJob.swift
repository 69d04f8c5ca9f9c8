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
        case messageID = "message_id"
        case attempt, paced
    }

    /// The job's unique key: one live job per row and attempt, so a re-enqueue never doubles a send.
    var uniqueKey: String { "\(Self.keyPrefix)\(self.messageID):\(self.attempt)\(self.paced ? ":paced" : "")" }

    /// How every dispatch job's unique key starts.
    static let keyPrefix = "dispatch:"

    /// The row a dispatch job's unique key names (`dispatch:{message}:{attempt}[:paced]`), or `nil`.
    static func messageID(uniqueKey: String) -> String? {
        guard uniqueKey.hasPrefix(self.keyPrefix) else { return nil }
        var parts = uniqueKey.dropFirst(self.keyPrefix.count).split(separator: ":", omittingEmptySubsequences: false)
        if parts.last == "paced" { parts.removeLast() }
        guard parts.count >= 2, Int(parts.removeLast()) != nil else { return nil }
        let id = parts.joined(separator: ":")
        return id.isEmpty ? nil : id
    }
}
