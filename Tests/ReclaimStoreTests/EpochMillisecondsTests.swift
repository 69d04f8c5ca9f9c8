import Foundation
import ReclaimStore
import Testing

/// `Date.epochMilliseconds` clamps instead of trapping (issue 16 item 6): a date from a provider's
/// `Retry-After: 1e18` or a platform's far-future time used to stop the process on the way to a column.
@Suite struct EpochMillisecondsTests {
    static let limit = Date.maxEpochMilliseconds

    @Test(arguments: [
        (1e18, limit), (-1e18, -limit), (Double.infinity, limit), (-Double.infinity, -limit), (Double.nan, 0),
        (Date.distantFuture.timeIntervalSince1970, Int(Date.distantFuture.timeIntervalSince1970 * 1000)),
        (1_700_000_000.1239, 1_700_000_000_123), (-0.0005, -1), (0, 0),
    ])
    func farDatesAreClampedToTheStoredRange(_ seconds: TimeInterval, _ expected: Int) {
        #expect(Date(timeIntervalSince1970: seconds).epochMilliseconds == expected)
    }

    @Test func aClampedDateReadsBackAndAddsWithoutOverflow() {
        let stored = Date(timeIntervalSince1970: 1e300).epochMilliseconds
        #expect(Date(epochMilliseconds: stored).epochMilliseconds == stored)
        #expect(stored.addingReportingOverflow(Self.limit).overflow == false)
    }
}
