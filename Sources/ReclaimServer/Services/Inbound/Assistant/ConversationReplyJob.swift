import Foundation
import ReclaimCore
import ReclaimStore

/// The payload of a `conversation.reply` job: the stored (redacted) inbound message the assistant
/// answers. Never the raw body.
struct ConversationReplyJob: Codable, Sendable, Hashable {
    /// The job kind.
    static let kind = "conversation.reply"
    /// Attempts that wait for the store's LLM backend when it fails or times out; from this attempt
    /// on, the built-in engine's answer is sent instead of retrying again.
    static let modelAttempts = 3

    /// The inbound message.
    var messageID: String

    enum CodingKeys: String, CodingKey {
        case messageID = "message_id"
    }

    /// One live job per inbound message.
    var uniqueKey: String { "conversation.reply:\(self.messageID)" }
}

/// Runs `conversation.reply` jobs: the assistant answers a shopper's ordinary reply through
/// ``ConversationService``, outside the webhook request.
///
/// A failure (the database busy, the LLM backend down or slow) throws, and the worker retries with
/// backoff; the shopper's turn and the answer are keyed by the inbound message, so a retry never
/// records the turn twice or sends a second answer. An LLM failure is retried for the first
/// ``ConversationReplyJob/modelAttempts`` attempts, then the built-in engine's answer goes out.
struct ConversationReplyRunner: Sendable {
    /// Loaded configuration (stores, base URL).
    let configuration: ReclaimConfiguration
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Answers the text.
    let conversations: ConversationService

    /// Runs one job.
    /// - Throws: ``PermanentJobError`` for a payload or store that cannot be answered; anything else retries.
    func handle(_ job: Job, _ run: JobRunContext) async throws {
        let payload: ConversationReplyJob
        do { payload = try job.decode(ConversationReplyJob.self) } catch { throw PermanentJobError("bad payload: \(error)") }
        guard let message = try await self.repositories.messages.get(id: payload.messageID) else {
            return  // erased meanwhile: nothing to answer
        }
        guard message.direction == .inbound else { throw PermanentJobError("message \(message.id) is not inbound") }
        guard let store = self.configuration.store(message.storeID) else {
            throw PermanentJobError("unknown store \(message.storeID)")
        }
        guard !message.body.isEmpty else { return }  // erased or expired body: nothing to answer
        let lastTry = job.attempts >= min(ConversationReplyJob.modelAttempts, job.maxAttempts)
        try await self.conversations.handle(
            text: message.body, sender: message.address, providerID: message.providerID ?? message.id, store: store,
            inbound: .init(messageID: message.id, receivedAt: message.createdAt), acceptsFallback: lastTry)
    }
}
