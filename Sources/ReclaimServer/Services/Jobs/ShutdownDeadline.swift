import Foundation
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle
import UnixSignals

/// Bounds graceful shutdown: `reclaim serve` stops within ``timeout`` plus ``grace`` of SIGTERM or
/// SIGINT, even if a job hangs.
///
/// On the signal the listener stops and the worker finishes the jobs it holds (see ``runApplication(_:)``).
/// At ``timeout`` (`server.shutdown_timeout`, default 30 s) whatever still runs is cancelled; if it ignores
/// cancellation too, the process exits with code 1 ``grace`` later. A job abandoned that way keeps its
/// lease and is claimed again when the lease runs out, as after a crash.
///
/// ```swift
/// let deadline = ShutdownDeadline(timeout: .seconds(30), logger: logger)
/// try await deadline.group(running: [app]).run()
/// deadline.disarm()
/// ```
public final class ShutdownDeadline: Service, Sendable {
    /// How long graceful shutdown may take before running work is cancelled.
    public let timeout: Duration
    /// How long cancelled work may take before the process exits anyway.
    public let grace: Duration
    let logger: Logger
    /// What expiry does: `exit(1)` in production, a recorder in tests.
    let expire: @Sendable () -> Void
    private let timer = NIOLockedValueBox<Task<Void, Never>?>(nil)

    /// Creates a deadline that ends the process when it expires.
    public convenience init(timeout: Duration, grace: Duration = .seconds(5), logger: Logger) {
        self.init(timeout: timeout, grace: grace, logger: logger, expire: { exit(1) })
    }

    init(timeout: Duration, grace: Duration, logger: Logger, expire: @escaping @Sendable () -> Void) {
        self.timeout = timeout
        self.grace = grace
        self.logger = logger
        self.expire = expire
    }

    /// Waits for shutdown (graceful or a cancellation), then arms the timer and returns at once, so the
    /// other services' shutdown goes on. Added last to its group, it is the first to hear of shutdown.
    public func run() async throws {
        try? await gracefulShutdown()
        self.arm()
    }

    /// Starts the countdown to expiry (``timeout`` plus ``grace``), unless it already runs.
    func arm() {
        let total = self.timeout + self.grace
        let logger = self.logger
        let expire = self.expire
        self.timer.withLockedValue { timer in
            guard timer == nil else { return }
            // Unstructured on purpose: the countdown must outlive the cancelled service tasks it watches.
            timer = Task.detached {
                do { try await Task.sleep(for: total) } catch { return }
                logger.critical("shutdown deadline passed with work still running; exiting", metadata: ["after": "\(total)"])
                expire()
            }
        }
    }

    /// Stops the countdown: shutdown finished in time.
    public func disarm() {
        self.timer.withLockedValue { timer in
            timer?.cancel()
            timer = nil
        }
    }

    /// A service group that runs `services` until one of `signals`, then shuts them down gracefully
    /// (in reverse order), cancels them at ``timeout``, and has this deadline watch over it all.
    public func group(running services: [any Service], signals: [UnixSignal] = [.sigterm, .sigint]) -> ServiceGroup {
        var configuration = ServiceGroupConfiguration(
            services: services + [self], gracefulShutdownSignals: signals, logger: self.logger)
        configuration.maximumGracefulShutdownDuration = self.timeout
        return ServiceGroup(configuration: configuration)
    }
}
