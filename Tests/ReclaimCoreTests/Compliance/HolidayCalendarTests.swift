import Foundation
import Testing

@testable import ReclaimCore

/// Holiday arithmetic for the state and French calendars.
@Suite struct HolidayCalendarTests {
    @Test(arguments: [(2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2030, 4, 21)])
    func easter(year: Int, month: Int, day: Int) {
        #expect(CivilDate.easter(year: year) == CivilDate(year: year, month: month, day: day))
    }

    @Test(arguments: [
        (HolidayCalendar.france, CivilDate(year: 2026, month: 5, day: 14), "Ascension"),
        (.france, CivilDate(year: 2026, month: 5, day: 25), "Lundi de Pentecôte"),
        (.france, CivilDate(year: 2026, month: 4, day: 6), "Lundi de Pâques"),
        (.alabama, CivilDate(year: 2026, month: 4, day: 27), "Confederate Memorial Day"),
        (.alabama, CivilDate(year: 2026, month: 6, day: 1), "Jefferson Davis's Birthday"),
        (.louisiana, CivilDate(year: 2026, month: 2, day: 17), "Mardi Gras"),
        (.louisiana, CivilDate(year: 2026, month: 4, day: 3), "Good Friday"),
        (.mississippi, CivilDate(year: 2026, month: 4, day: 27), "Confederate Memorial Day"),
        (.rhodeIsland, CivilDate(year: 2026, month: 8, day: 10), "Victory Day"),
        (.utah, CivilDate(year: 2026, month: 7, day: 24), "Pioneer Day"),
        (.utah, CivilDate(year: 2026, month: 7, day: 3), "Independence Day (observed)"),
        (.utah, CivilDate(year: 2026, month: 11, day: 26), "Thanksgiving Day"),
        (.utah, CivilDate(year: 2026, month: 5, day: 25), "Memorial Day"),
        (.utah, CivilDate(year: 2027, month: 12, day: 31), "New Year's Day (observed)"),
    ])
    func holidayFallsOnItsDate(calendar: HolidayCalendar, date: CivilDate, name: String) {
        #expect(calendar.holiday(on: date) == name)
    }

    @Test(arguments: [CivilDate(year: 2026, month: 11, day: 24), CivilDate(year: 2026, month: 7, day: 2)])
    func ordinaryDaysAreNotHolidays(date: CivilDate) {
        #expect(HolidayCalendar.alabama.holiday(on: date) == nil)
    }

    @Test func franceHasThirteenDatesIn2026() {
        #expect(HolidayCalendar.france.dates(in: 2026).count == 13)
    }

    @Test(arguments: [
        (CivilDate(year: 2026, month: 11, day: 23), WeeklySchedule.Day.monday),
        (CivilDate(year: 1970, month: 1, day: 1), .thursday), (CivilDate(year: 2000, month: 2, day: 29), .tuesday),
        (CivilDate(year: 1969, month: 12, day: 31), .wednesday),
    ])
    func weekdays(date: CivilDate, day: WeeklySchedule.Day) {
        #expect(date.weekday == day)
        #expect(CivilDate(daysSinceEpoch: date.daysSinceEpoch) == date)
    }

    @Test(arguments: [(-1, 5, 2026, 25), (3, 1, 2026, 19), (1, 9, 2026, 7), (-1, 12, 2026, 28)])
    func nthMonday(n: Int, month: Int, year: Int, day: Int) {
        #expect(CivilDate.nth(n, .monday, month: month, year: year) == CivilDate(year: year, month: month, day: day))
    }
}
