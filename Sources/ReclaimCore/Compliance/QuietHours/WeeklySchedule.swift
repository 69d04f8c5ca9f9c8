/// Allowed sending windows for each day of the week; a day without a window is closed.
///
/// ```swift
/// let reference = WeeklySchedule(mondayToSaturday: LocalTimeWindow(hours: 9..<20),
///                                sunday: LocalTimeWindow(hours: 12..<20))
/// ```
public struct WeeklySchedule: Sendable, Hashable {
    /// A day of the week; raw values follow `Calendar`'s `weekday` (Sunday = 1).
    public enum Day: Int, Codable, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        case sunday = 1
        case monday, tuesday, wednesday, thursday, friday, saturday

        /// English day name (`Sunday`).
        public var description: String {
            switch self {
            case .sunday: "Sunday"
            case .monday: "Monday"
            case .tuesday: "Tuesday"
            case .wednesday: "Wednesday"
            case .thursday: "Thursday"
            case .friday: "Friday"
            case .saturday: "Saturday"
            }
        }
    }

    /// Window per day; a missing day is closed all day.
    public var windows: [Day: LocalTimeWindow]

    /// Creates a schedule from explicit windows.
    /// - Parameter windows: window per open day.
    public init(windows: [Day: LocalTimeWindow]) {
        self.windows = windows
    }

    /// The same window every day.
    /// - Parameter window: the daily window.
    public static func everyDay(_ window: LocalTimeWindow) -> WeeklySchedule {
        WeeklySchedule(windows: Dictionary(uniqueKeysWithValues: Day.allCases.map { ($0, window) }))
    }

    /// One window Monday to Saturday and another (or none: closed) on Sunday.
    /// - Parameters:
    ///   - mondayToSaturday: the window Monday to Saturday.
    ///   - sunday: the Sunday window, `nil` for no Sunday sends.
    public init(mondayToSaturday: LocalTimeWindow, sunday: LocalTimeWindow?) {
        var windows = Dictionary(uniqueKeysWithValues: Day.allCases.map { ($0, mondayToSaturday) })
        windows[.sunday] = sunday
        self.init(windows: windows)
    }

    /// The reference's recommended default: 9:00 AM–8:00 PM Monday to Saturday, 12:00 PM–8:00 PM
    /// Sunday, recipient-local (compliance-rules.md §2.2, "Practical rule set").
    public static let referenceDefault = WeeklySchedule(
        mondayToSaturday: LocalTimeWindow(hours: 9..<20), sunday: LocalTimeWindow(hours: 12..<20))

    /// The window on a day, or `nil` when the day is closed.
    /// - Parameter day: the day of the week.
    public func window(on day: Day) -> LocalTimeWindow? { self.windows[day] }

    /// Whether every open day has the same window and no day is closed (so messages need not
    /// name the day).
    public var isUniform: Bool {
        Set(Day.allCases.map { self.windows[$0] }).count == 1
    }
}
