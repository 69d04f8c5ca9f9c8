import Foundation
import Logging
import ReclaimChannels
import ReclaimCore
import ReclaimPhone
import ReclaimStore

/// Sends outbox rows through the store's provider, once.
///
/// Runs the `message.dispatch` job: reserve the sender's pace (rescheduling to the reserved slot when it
/// is later), re-check the suppression list, move the row `pending → sending` (committed before the
/// request leaves), send, then record the outcome with ``SendStateMachine``: accepted with the
/// provider id, segments and cost; back to `pending` with a new job after a retryable error (honouring
/// `Retry-After`, slowing the shared pacer on 429); `failed` with the error code, suppressing the address
/// when the provider says so; `failed_unknown` when the provider may have accepted a message it cannot
/// deduplicate. A row found in `sending` (a crash between send and record) is reconciled by asking the
/// provider (by id, or by searching its log when no id was recorded), never by sending again.
public struct MessageDispatcher: Sendable {
    /// The job kind.
    public static let jobKind = "message.dispatch"
    /// Error code recorded when a send may or may not have reached the provider.
    public static let unknownOutcomeCode = "failed_unknown"
    /// The decision recorded on a queued message whose address was suppressed before it left.
    static let suppressedDecision = SendDecisionRecord(
        kind: .block, reasons: [Reason(code: "suppressed", message: "the address opted out or is suppressed")])
    /// Attempts before a retryable failure becomes final.
    static let maxAttempts = 8

    /// The server's public URL, for links in messages.
    let baseURL: String
    /// Source of "now".
    let clock: any WallClock
    /// The durable job queue, for retries.
    let queue: JobQueue
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Phone number parsing.
    let phones: PhoneNumberParser
    let channels: ChannelDirectory
    let pacer: SenderPacer

    /// Creates the dispatcher over the application's channels; `database` holds the senders' pacing.
    public init(
        baseURL: String, clock: any WallClock, queue: JobQueue, repositories: ReclaimRepositories, phones: PhoneNumberParser,
        channels: ChannelDirectory, database: ReclaimDatabase
    ) {
        self.baseURL = baseURL
        self.clock = clock
        self.queue = queue
        self.repositories = repositories
        self.phones = phones
        self.channels = channels
        self.pacer = SenderPacer(database: database)
    }

    /// Runs one `message.dispatch` job.
    public func handle(_ job: Job, _ run: JobRunContext) async throws {
        let payload = try job.decode(DispatchJob.self)
        let repositories = self.repositories
        guard let message = try await repositories.messages.get(id: payload.messageID) else { return }
        switch message.status {
        case .pending: try await self.send(message, payload, run)
        case .sending: try await self.reconcile(message, payload, run)
        default: return  // already accepted, failed or blocked: nothing to do
        }
    }

    private func send(_ message: Message, _ payload: DispatchJob, _ run: JobRunContext) async throws {
        let channels = self.channels[message.storeID]
        let now = self.clock.now()
        if try await self.reschedulesForPace(message, payload, now: now) { return }
        if try await self.isSuppressed(message) {
            _ = try await self.repositories.messages.update(
                id: message.id, MessageUpdate(status: .blocked, decision: Self.suppressedDecision), at: now, from: [.pending])
            return
        }
        guard
            let claimed = try await self.repositories.messages.update(
                id: message.id, MessageUpdate(status: .sending), at: now, from: [.pending])
        else { return }  // another worker has it
        switch message.channel {
        case .sms: try await self.sendSMS(claimed, payload, channels, run)
        case .email: try await self.sendEmail(claimed, payload, channels, run)
        }
    }

    /// Takes the text's place in its sender's pace; when the slot is later than now, reschedules the job
    /// to it (marked paced, so it does not reserve again) and returns `true`.
    func reschedulesForPace(_ message: Message, _ payload: DispatchJob, now: Date) async throws -> Bool {
        let channels = self.channels[message.storeID]
        guard message.channel == .sms, !payload.paced, !channels.pacingKey.isEmpty else { return false }
        let segments = message.segments ?? SMSSegmenter.segmentCount(message.body)
        let slot = try await self.pacer.reserve(key: channels.pacingKey, throughput: channels.throughput, segments: segments, now: now)
        guard slot.timeIntervalSince(now) > 0.05 else { return false }
        var next = payload
        next.paced = true
        try await self.schedule(next, at: slot, now: now)
        return true
    }

    private func isSuppressed(_ message: Message) async throws -> Bool {
        let hash = AddressHash.of(message.address, channel: message.channel)
        let entry = try await self.repositories.suppressions.find(
            storeID: message.storeID, channel: message.channel, addressHash: hash)
        return message.isStopped(by: entry?.reason)
    }

    // MARK: SMS

    func sendSMS(_ message: Message, _ payload: DispatchJob, _ channels: StoreChannels, _ run: JobRunContext) async throws {
        guard let accepted = try await self.attemptSMS(message, payload, channels, run) else { return }
        try await self.recordAccepted([(message, accepted)], run)
    }

    /// Sends a claimed text and settles every outcome but acceptance: retry, failure or unknown outcome.
    /// - Returns: The row's update when the provider accepted it, for the caller to write (one message
    ///   now, or a batch's in one transaction).
    func attemptSMS(
        _ message: Message, _ payload: DispatchJob, _ channels: StoreChannels, _ run: JobRunContext
    ) async throws
        -> MessageUpdate?
    {
        guard let provider = channels.sms, let sender = channels.smsSender else {
            try await self.fail(message, code: "no_sms_provider", reason: nil)
            return nil
        }
        let request = self.smsRequest(message, provider: provider, sender: sender)
        let outcome: Result<SMSSendResult, any Error>
        do { outcome = .success(try await provider.send(request)) } catch { outcome = .failure(error) }
        let now = self.clock.now()
        switch SendStateMachine.afterAttempt(outcome, deduplicatesRetries: provider.deduplicatesRetries) {
        case .accepted(let result):
            let segments = result.segments ?? SMSSegmenter.segmentCount(message.body)
            let cost = result.price?.money() ?? channels.configuredCost(segments: segments, country: self.country(of: message.address))
            return MessageUpdate(
                status: result.status == .pending ? .accepted : result.status, providerID: result.providerID,
                segments: segments, cost: cost, sentAt: now)
        case .retry(let after):
            if case .failure(let error as ProviderError) = outcome, error.httpStatus == 429, !channels.pacingKey.isEmpty {
                try await self.pacer.pause(key: channels.pacingKey, throughput: channels.throughput, seconds: after ?? 1, now: now)
            }
            try await self.retry(message, payload, after: after, error: "\(outcome)", run)
        case .failed(let error):
            try await self.fail(message, code: error.code ?? error.httpStatus.map { "http_\($0)" } ?? "failed", reason: error.action)
        case .needsReview(let reason):
            run.logger.error("sms outcome unknown; not resending", metadata: ["message_id": "\(message.id)", "reason": "\(reason)"])
            try await self.fail(message, code: Self.unknownOutcomeCode, reason: nil)
        }
        return nil
    }

    /// The request that sends (or sent) `message`.
    func smsRequest(_ message: Message, provider: any SMSProvider, sender: SMSSender) -> SMSSendRequest {
        SMSSendRequest(
            to: message.address, sender: sender, body: message.body,
            statusCallbackURL: self.statusCallbackURL(provider: provider.name, store: message.storeID),
            idempotencyKey: message.idempotencyKey ?? message.id)
    }

    /// Writes accepted sends (`sending → accepted`), several in one statement.
    func recordAccepted(_ accepted: [(message: Message, update: MessageUpdate)], _ run: JobRunContext) async throws {
        guard !accepted.isEmpty else { return }
        let now = self.clock.now()
        if accepted.count == 1, let only = accepted.first {
            _ = try await self.repositories.messages.update(id: only.message.id, only.update, at: now, from: [.sending])
        } else {
            _ = try await self.repositories.messages.update(
                accepted.map { ($0.message.id, $0.update) }, at: now, from: [.sending])
        }
        for (message, update) in accepted {
            run.logger.info(
                "\(message.channel.rawValue) accepted",
                metadata: ["message_id": "\(message.id)", "provider_id": "\(update.providerID ?? "-")"])
        }
    }

    private func statusCallbackURL(provider: String, store: StoreID) -> String? {
        let base = self.baseURL
        switch provider {
        case "twilio": return "\(base)/webhooks/twilio/\(store)/status"
        case "telnyx": return "\(base)/webhooks/telnyx/\(store)"
        default: return nil
        }
    }

    func country(of phone: String) -> String? {
        try? self.phones.parse(phone, defaultRegion: "US").regionCode
    }

    // MARK: Email

    func sendEmail(_ message: Message, _ payload: DispatchJob, _ channels: StoreChannels, _ run: JobRunContext) async throws {
        guard let accepted = try await self.attemptEmail(message, payload, channels, run) else { return }
        try await self.recordAccepted([(message, accepted)], run)
    }

    /// Sends a claimed email and settles every outcome but acceptance, as ``attemptSMS(_:_:_:_:)`` does.
    /// - Returns: The row's update when the server accepted it.
    func attemptEmail(
        _ message: Message, _ payload: DispatchJob, _ channels: StoreChannels, _ run: JobRunContext
    ) async throws
        -> MessageUpdate?
    {
        guard let sender = channels.email, let from = channels.emailFrom else {
            try await self.fail(message, code: "no_email_provider", reason: nil)
            return nil
        }
        let email = EmailMessage(
            from: from, to: [EmailAddress(message.address)], replyTo: channels.emailReplyTo,
            subject: message.subject ?? "", text: message.body, html: message.html,
            listUnsubscribe: try await self.listUnsubscribe(for: message, from: from))
        let outcome: Result<EmailSendResult, any Error>
        do { outcome = .success(try await sender.send(email)) } catch { outcome = .failure(error) }
        switch outcome {
        case .success(let result):
            return MessageUpdate(status: .accepted, providerID: result.messageID, sentAt: self.clock.now())
        case .failure(let error as ProviderError):
            switch error.action {
            case .retry where error.outcomeUnknown:
                run.logger.error("email outcome unknown; not resending", metadata: ["message_id": "\(message.id)", "error": "\(error)"])
                try await self.fail(message, code: Self.unknownOutcomeCode, reason: nil)
            case .retry(let after):
                try await self.retry(message, payload, after: after, error: "\(error)", run)
            case .suppress, .invalidRecipient, .permanent:
                try await self.fail(message, code: error.code ?? "smtp_rejected", reason: error.action)
            }
        case .failure(let error):
            // An invalid message (no recipient, bad header): sending again cannot help.
            run.logger.error("email refused before sending", metadata: ["message_id": "\(message.id)", "error": "\(error)"])
            try await self.fail(message, code: "invalid_message", reason: nil)
        }
        return nil
    }

    private func listUnsubscribe(for message: Message, from: EmailAddress) async throws -> ListUnsubscribe? {
        guard let token = try await self.repositories.unsubscribes.find(messageID: message.id) else { return nil }
        let base = self.baseURL
        return ListUnsubscribe(
            mailto: "mailto:\(from.address)?subject=unsubscribe-\(token.token)", https: "\(base)/u/\(token.token)")
    }

    // MARK: Outcomes

    private func retry(
        _ message: Message, _ payload: DispatchJob, after: TimeInterval?, error: String,
        _ run: JobRunContext
    ) async throws {
        let now = self.clock.now()
        let attempt = payload.attempt + 1
        guard attempt < Self.maxAttempts else {
            try await self.fail(message, code: "retries_exhausted", reason: nil)
            return
        }
        let delay = after ?? RetryBackoff.standard.delay(attempt: attempt, jitter: Double.random(in: 0...1))
        run.logger.warning(
            "send failed; retrying",
            metadata: ["message_id": "\(message.id)", "attempt": "\(attempt)", "after_s": "\(delay)", "error": "\(error)"])
        guard
            try await self.repositories.messages.update(
                id: message.id, MessageUpdate(status: .pending), at: now, from: [.sending]) != nil
        else { return }
        try await self.schedule(DispatchJob(messageID: message.id, attempt: attempt), at: now.addingTimeInterval(delay), now: now)
    }

    func fail(_ message: Message, code: String, reason: ProviderAction?) async throws {
        let now = self.clock.now()
        _ = try await self.repositories.messages.update(
            id: message.id, MessageUpdate(status: .failed, errorCode: code), at: now, from: [.sending, .pending])
        let suppression: SuppressionReason? =
            switch reason {
            case .suppress(let why): why
            case .invalidRecipient: .invalidAddress
            default: nil
            }
        guard let suppression else { return }
        _ = try await self.repositories.suppressions.add(
            .of(
                message.address, channel: message.channel, store: message.storeID, reason: suppression,
                detail: "provider error \(code)", at: now))
    }

    func schedule(_ job: DispatchJob, at date: Date, now: Date) async throws {
        _ = try await self.queue.enqueue(
            kind: Self.jobKind, payload: job, runAt: date, uniqueKey: job.uniqueKey, now: now)
    }
}
