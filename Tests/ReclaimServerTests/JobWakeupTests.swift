import Foundation
import Testing

@testable import ReclaimServer

/// The worker's wake-up: a signal ends an idle wait early; without one the wait lasts its interval.
/// Durations here are hang guards, far from the values that decide pass or fail.
@Suite struct JobWakeupTests {
    @Test func aSignalBeforeTheWaitEndsItAtOnce() async {
        let wakeup = JobWakeup()
        wakeup.signal()
        let started = ContinuousClock.now
        await wakeup.wait(upTo: .seconds(30))
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test func aSignalDuringTheWaitEndsIt() async {
        let wakeup = JobWakeup()
        let started = ContinuousClock.now
        async let waited: Void = wakeup.wait(upTo: .seconds(30))
        try? await Task.sleep(for: .milliseconds(50))
        wakeup.signal()
        await waited
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test func withoutASignalTheWaitLastsItsInterval() async {
        let wakeup = JobWakeup()
        let started = ContinuousClock.now
        await wakeup.wait(upTo: .milliseconds(200))
        #expect(ContinuousClock.now - started >= .milliseconds(200))
        // The expired round leaves nothing behind: the next wait is a full wait too.
        let again = ContinuousClock.now
        await wakeup.wait(upTo: .milliseconds(100))
        #expect(ContinuousClock.now - again >= .milliseconds(100))
    }

    @Test func oneSignalWakesOneWaitOnly() async {
        let wakeup = JobWakeup()
        wakeup.signal()
        await wakeup.wait(upTo: .seconds(30))
        let started = ContinuousClock.now
        await wakeup.wait(upTo: .milliseconds(100))
        #expect(ContinuousClock.now - started >= .milliseconds(100))
    }

    @Test func cancellationEndsTheWait() async {
        let wakeup = JobWakeup()
        let started = ContinuousClock.now
        let task = Task { await wakeup.wait(upTo: .seconds(30)) }
        try? await Task.sleep(for: .milliseconds(50))
        task.cancel()
        await task.value
        #expect(ContinuousClock.now - started < .seconds(10))
    }
}
