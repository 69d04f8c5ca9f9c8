import Foundation
import Testing

@testable import ReclaimCore

/// Dates in the shopper's language and time zone, written out rather than taken from ICU.
@Suite struct TemplateDateFormatterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var locale: String
        var zone: String
        var utc: TimeInterval
        var short: String
        var long: String
        var time: String
        var dateTime: String
        var testDescription: String { "\(self.locale) \(self.zone)" }
    }

    /// 2026-11-24 22:00 UTC.
    static let tuesdayEvening: TimeInterval = 1_795_557_600

    @Test(arguments: [
        Case(
            locale: "en-US", zone: "America/New_York", utc: tuesdayEvening, short: "Nov 24",
            long: "Tuesday, November 24", time: "5:00 PM", dateTime: "Tuesday, November 24 at 5:00 PM"),
        Case(
            locale: "es", zone: "Europe/Madrid", utc: tuesdayEvening, short: "24 nov",
            long: "martes, 24 de noviembre", time: "23:00", dateTime: "martes, 24 de noviembre a las 23:00"),
        Case(
            locale: "fr", zone: "Europe/Paris", utc: tuesdayEvening, short: "24 nov.",
            long: "mardi 24 novembre", time: "23:00", dateTime: "mardi 24 novembre à 23:00"),
        Case(
            locale: "en-GB", zone: "Europe/London", utc: tuesdayEvening, short: "24 Nov",
            long: "Tuesday 24 November", time: "22:00", dateTime: "Tuesday 24 November at 22:00"),
        Case(
            locale: "fr-CA", zone: "America/Toronto", utc: tuesdayEvening, short: "24 nov.",
            long: "mardi 24 novembre", time: "17 h 00", dateTime: "mardi 24 novembre à 17 h 00"),
        // The same instant is the next day in Tokyo.
        Case(
            locale: "en", zone: "Asia/Tokyo", utc: tuesdayEvening, short: "Nov 25",
            long: "Wednesday, November 25", time: "7:00 AM", dateTime: "Wednesday, November 25 at 7:00 AM"),
        // Midnight and noon on a 12-hour clock.
        Case(
            locale: "en", zone: "America/New_York", utc: tuesdayEvening + 7 * 3600, short: "Nov 25",
            long: "Wednesday, November 25", time: "12:00 AM", dateTime: "Wednesday, November 25 at 12:00 AM"),
        Case(
            locale: "en", zone: "UTC", utc: tuesdayEvening - 10 * 3600 + 30 * 60, short: "Nov 24",
            long: "Tuesday, November 24", time: "12:30 PM", dateTime: "Tuesday, November 24 at 12:30 PM"),
        // "1er" for the first of the month; "a la" at one o'clock.
        Case(
            locale: "fr", zone: "Europe/Paris", utc: 1_796_126_400, short: "1 déc.",
            long: "mardi 1er décembre", time: "13:00", dateTime: "mardi 1er décembre à 13:00"),
        Case(
            locale: "es", zone: "Europe/Madrid", utc: tuesdayEvening + 3 * 3600, short: "25 nov",
            long: "miércoles, 25 de noviembre", time: "02:00", dateTime: "miércoles, 25 de noviembre a las 02:00"),
        Case(
            locale: "es", zone: "Europe/Madrid", utc: tuesdayEvening + 2 * 3600, short: "25 nov",
            long: "miércoles, 25 de noviembre", time: "01:00", dateTime: "miércoles, 25 de noviembre a la 01:00"),
        // Summer time: New York is UTC-4 on 2026-08-15.
        Case(
            locale: "en", zone: "America/New_York", utc: 1_786_803_600, short: "Aug 15",
            long: "Saturday, August 15", time: "10:20 AM", dateTime: "Saturday, August 15 at 10:20 AM"),
    ])
    func formats(_ example: Case) throws {
        let zone = try #require(TimeZone(identifier: example.zone))
        let formatter = TemplateDateFormatter(locale: TemplateLocale(example.locale), timeZone: zone)
        let instant = Date(timeIntervalSince1970: example.utc)
        #expect(formatter.shortDate(instant) == example.short)
        #expect(formatter.longDate(instant) == example.long)
        #expect(formatter.time(instant) == example.time)
        #expect(formatter.dateTime(instant) == example.dateTime)
    }
}
