import Foundation

/// Writes dates and times in a shopper's language and time zone, with month and weekday names
/// and patterns written out here (never the host's ICU locale data), so output is deterministic.
///
/// | style | `en` | `es` | `fr` |
/// |---|---|---|---|
/// | ``shortDate(_:)`` | `Nov 24` | `24 nov` | `24 nov.` |
/// | ``longDate(_:)`` | `Tuesday, November 24` | `martes, 24 de noviembre` | `mardi 24 novembre` |
/// | ``time(_:)`` | `5:00 PM` | `17:00` | `17:00` (`17 h 00` in `fr-CA`) |
/// | ``dateTime(_:)`` | `Tuesday, November 24 at 5:00 PM` | `martes, 24 de noviembre a las 17:00` | `mardi 24 novembre à 17:00` |
///
/// English outside North America puts the day first (`24 Nov`, `Tuesday 24 November`); `en-GB`
/// and `en-IE` use a 24-hour clock.
public struct TemplateDateFormatter: Sendable, Hashable {
    /// The language and region of the wording.
    public var locale: TemplateLocale
    /// The zone the shopper reads the clock in.
    public var timeZone: TimeZone

    /// Creates a formatter.
    /// - Parameters:
    ///   - locale: the shopper's locale.
    ///   - timeZone: the shopper's time zone (the store's when the shopper's is unknown).
    public init(locale: TemplateLocale, timeZone: TimeZone) {
        self.locale = locale
        self.timeZone = timeZone
    }

    /// Day and abbreviated month, for texts.
    /// - Parameter instant: the instant.
    public func shortDate(_ instant: Date) -> String {
        let moment = LocalMoment(instant, in: self.timeZone)
        let day = moment.date.day
        let month = Self.shortMonths(self.locale.language)[moment.date.month - 1]
        switch self.locale.language {
        case .en: return self.englishDayFirst ? "\(day) \(month)" : "\(month) \(day)"
        case .es, .fr: return "\(day) \(month)"
        }
    }

    /// Weekday, day and month, for emails.
    /// - Parameter instant: the instant.
    public func longDate(_ instant: Date) -> String {
        let moment = LocalMoment(instant, in: self.timeZone)
        let language = self.locale.language
        let weekday = Self.weekdays(language)[moment.weekday.rawValue - 1]
        let month = Self.months(language)[moment.date.month - 1]
        let day = moment.date.day
        switch language {
        case .en: return self.englishDayFirst ? "\(weekday) \(day) \(month)" : "\(weekday), \(month) \(day)"
        case .es: return "\(weekday), \(day) de \(month)"
        case .fr: return "\(weekday) \(day == 1 ? "1er" : String(day)) \(month)"
        }
    }

    /// Time of day on the shopper's clock.
    /// - Parameter instant: the instant.
    public func time(_ instant: Date) -> String {
        let time = LocalMoment(instant, in: self.timeZone).time
        let minute = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
        if self.locale.language == .en && !self.english24Hour {
            let hour = time.hour % 12 == 0 ? 12 : time.hour % 12
            return "\(hour):\(minute) \(time.hour < 12 ? "AM" : "PM")"
        }
        let hour = time.hour < 10 ? "0\(time.hour)" : "\(time.hour)"
        if self.locale.language == .fr && self.locale.region == "CA" { return "\(hour) h \(minute)" }
        return "\(hour):\(minute)"
    }

    /// Long date and time joined the way the language says "on … at …".
    /// - Parameter instant: the instant.
    public func dateTime(_ instant: Date) -> String {
        let joiner =
            switch self.locale.language {
            case .en: "at"
            case .es: LocalMoment(instant, in: self.timeZone).time.hour == 1 ? "a la" : "a las"
            case .fr: "à"
            }
        return "\(self.longDate(instant)) \(joiner) \(self.time(instant))"
    }

    private var englishDayFirst: Bool {
        guard let region = self.locale.region else { return false }
        return !["US", "CA", "PH", "PR", "UM", "VI", "AS", "GU", "MP"].contains(region)
    }

    private var english24Hour: Bool { ["GB", "IE"].contains(self.locale.region ?? "") }
}
