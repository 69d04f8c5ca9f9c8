import Foundation
import Testing

@testable import ReclaimServer

/// The worker's wake-up: a signal ends an idle wait early; without one the wait lasts its interval.
/// Each test checks why a wait ended, never how fast: a loaded machine may be slow to run the waiter.
@Suite struct JobWakeupTests {
    @Test func aSignalBeforeTheWaitEndsItAtOnce() async {
        let wakeup = JobWakeup()
        wakeup.signal()
        #expect(await wakeup.wait(upTo: .seconds(30)) == .signalled)
    }

    @Test func aSignalDuringTheWaitEndsIt() async {
        let wakeup = JobWakeup()
        async let waited = wakeup.wait(upTo: .seconds(30))
        try? await Task.sleep(for: .milliseconds(50))
        wakeup.signal()
        #expect(await waited == .signalled)
        // The woken round's cancelled timer left nothing behind: the next wait runs its full time.
        #expect(await wakeup.wait(upTo: .milliseconds(100)) == .timedOut)
    }

    @Test func withoutASignalTheWaitLastsItsInterval() async {
        let wakeup = JobWakeup()
        let started = ContinuousClock.now
        #expect(await wakeup.wait(upTo: .milliseconds(200)) == .timedOut)
        #expect(ContinuousClock.now - started >= .milliseconds(200))
        // The expired round leaves nothing behind: the next wait is a full wait too.
        let again = ContinuousClock.now
        #expect(await wakeup.wait(upTo: .milliseconds(100)) == .timedOut)
        #expect(ContinuousClock.now - again >= .milliseconds(100))
    }

    @Test func oneSignalWakesOneWaitOnly() async {
        let wakeup = JobWakeup()
        wakeup.signal()
        #expect(await wakeup.wait(upTo: .seconds(30)) == .signalled)
        #expect(await wakeup.wait(upTo: .milliseconds(100)) == .timedOut)
    }

    @Test func cancellationEndsTheWait() async {
        let wakeup = JobWakeup()
        let task = Task { await wakeup.wait(upTo: .seconds(30)) }
        try? await Task.sleep(for: .milliseconds(50))
        task.cancel()
        #expect(await task.value == .cancelled)
    }
}
