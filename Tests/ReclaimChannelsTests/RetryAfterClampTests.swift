import Foundation
import ReclaimCore
import ReclaimTestSupport
import Testing

@testable import ReclaimChannels

/// A provider's `Retry-After` is clamped to a bounded wait (issue 16 item 6): `1e18` used to become a
/// date no conversion could hold, and the dispatcher trapped.
@Suite struct RetryAfterClampTests {
    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    @Test(arguments: [
        ("7", 7.0 as TimeInterval?), ("0", 0), ("1e18", 3600), ("9223372036854775807", 3600), ("-5", 0), ("-1e308", 0),
        ("1e309", 3600), ("inf", 3600), ("-inf", 0), ("NaN", nil), ("soon", nil), ("", nil), (nil, nil), ("3600.5", 3600),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0), ("Fri, 31 Dec 9999 23:59:59 GMT", 3600),
        (String(repeating: "9", count: 400), nil),
    ])
    func headersBecomeAWaitWithinAnHour(_ header: String?, _ expected: TimeInterval?) {
        #expect(RetryAfter.seconds(header, now: Self.now) == expected)
    }

    @Test func anHTTPDateAFewMinutesAheadIsHonoured() {
        #expect(RetryAfter.seconds("Mon, 16 Jun 2025 15:11:40 GMT", now: Date(timeIntervalSince1970: 1_750_086_600)) == 100)
    }

    @Test(arguments: [1e18, .infinity, .nan, -1e18, .greatestFiniteMagnitude])
    func aHandBuiltRetryNeverLeavesTheBounds(_ after: TimeInterval) throws {
        let error = ProviderError(provider: "twilio", action: .retry(after: after), message: "busy")
        let date = try #require(
            error.retryDate(attempt: 1, backoff: RetryBackoff(base: 1, cap: 1, jitterSpread: 0), jitter: 0, now: Self.now))
        #expect(date.timeIntervalSince(Self.now) >= 0)
        #expect(date.timeIntervalSince(Self.now) <= RetryAfter.maxSeconds)
        let wait = ProviderRetryPolicy(maxWait: .infinity).delay(after: error, attempt: 1, jitter: 0)
        #expect(wait.map { $0 >= 0 && $0 <= RetryAfter.maxSeconds } == true)
    }

    @Test func twilioAskingToWait1e18SecondsIsAnHourWait() async throws {
        let fake = FakeTwilio(faults: [.tooManyRequestsSaying("1e18")])
        let error = try await LocalHTTPServer.run(fake.makeRouter) { base in
            let twilio = TwilioSMSProvider(
                configuration: TwilioConfiguration(
                    accountSID: fake.accountSID, authToken: fake.authToken, baseURL: base, requestTimeout: 5))
            do {
                _ = try await twilio.send(
                    SMSSendRequest(to: "+15558675310", sender: .number("+15017122661"), body: "Hi", idempotencyKey: "k"))
                return nil as ProviderError?
            } catch let error as ProviderError {
                return error
            }
        }
        #expect(error?.action == .retry(after: 3600))
    }
}
