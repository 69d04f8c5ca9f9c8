import Foundation
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle
import Testing

@testable import ReclaimServer

/// Graceful shutdown has a deadline: a job that ignores shutdown and cancellation cannot keep the
/// process alive.
@Suite struct ShutdownDeadlineTests {
    /// A job that ignores graceful shutdown and cancellation; only `release()` ends it.
    final class HangingJob: Service, Sendable {
        private let state = NIOLockedValueBox<(released: Bool, waiter: CheckedContinuation<Void, Never>?)>((false, nil))

        func run() async throws {
            await withCheckedContinuation { continuation in
                let resumeNow = self.state.withLockedValue { state -> Bool in
                    if state.released { return true }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        }

        func release() {
            let waiter = self.state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
                state.released = true
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume()
        }
    }

    /// A job that stops as soon as shutdown begins.
    struct PoliteJob: Service {
        func run() async throws { try? await gracefulShutdown() }
    }

    /// When the deadline expired, if it did.
    final class Expiry: Sendable {
        private let at = NIOLockedValueBox<ContinuousClock.Instant?>(nil)
        var instant: ContinuousClock.Instant? { self.at.withLockedValue { $0 } }
        func record() { self.at.withLockedValue { $0 = ContinuousClock.now } }
    }

    var logger: Logger {
        var logger = Logger(label: "shutdown-test")
        logger.logLevel = .critical
        return logger
    }

    @Test func aHangingJobCannotOutliveTheDeadline() async throws {
        let job = HangingJob()
        let expiry = Expiry()
        let deadline = ShutdownDeadline(timeout: .milliseconds(200), grace: .milliseconds(100), logger: self.logger) {
            expiry.record()
            job.release()  // stands in for exit(1), so that the test can finish
        }
        let group = deadline.group(running: [job], signals: [])
        let running = Task { try await group.run() }
        try await Task.sleep(for: .milliseconds(50))
        let shutdownStarted = ContinuousClock.now
        await group.triggerGracefulShutdown()
        _ = try? await running.value  // a group whose shutdown timed out may report it
        let expired = try #require(expiry.instant)
        #expect(expired - shutdownStarted >= .milliseconds(300))
        #expect(expired - shutdownStarted < .seconds(5))
    }

    @Test func aShutdownInTimeNeverExpires() async throws {
        let expiry = Expiry()
        // Long enough that a loaded machine still shuts the polite job down well inside the deadline.
        let deadline = ShutdownDeadline(timeout: .seconds(2), grace: .seconds(1), logger: self.logger) {
            expiry.record()
        }
        let group = deadline.group(running: [PoliteJob()], signals: [])
        let running = Task { try await group.run() }
        try await Task.sleep(for: .milliseconds(50))
        let shutdownStarted = ContinuousClock.now
        await group.triggerGracefulShutdown()
        try await running.value
        deadline.disarm()
        // Wait past the instant the deadline would have fired (timeout + grace).
        try await Task.sleep(until: shutdownStarted + .milliseconds(3_500))
        #expect(expiry.instant == nil)
    }
}
