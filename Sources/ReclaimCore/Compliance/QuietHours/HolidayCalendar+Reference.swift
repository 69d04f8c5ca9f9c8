/// The holiday sets the reference's quiet-hours rules name (compliance-rules.md §2.2, §2.4).
///
/// The reference says "no state-holiday sends" for AL, LA, MS, RI and UT without listing the days
/// (marked [U]). Each state calendar here is the federal holidays plus that state's own legal
/// holidays, with weekend dates also blocked on the observed weekday: blocking an extra day only
/// delays a message, missing one risks a violation.
extension HolidayCalendar {
    /// The eleven US federal holidays, with observed dates.
    public static let usFederalRules: [HolidayRule] = [
        .fixed(name: "New Year's Day", month: 1, day: 1, observed: true),
        .nthWeekday(name: "Martin Luther King Jr. Day", month: 1, weekday: .monday, n: 3),
        .nthWeekday(name: "Washington's Birthday", month: 2, weekday: .monday, n: 3),
        .nthWeekday(name: "Memorial Day", month: 5, weekday: .monday, n: -1),
        .fixed(name: "Juneteenth", month: 6, day: 19, observed: true),
        .fixed(name: "Independence Day", month: 7, day: 4, observed: true),
        .nthWeekday(name: "Labor Day", month: 9, weekday: .monday, n: 1),
        .nthWeekday(name: "Columbus Day", month: 10, weekday: .monday, n: 2),
        .fixed(name: "Veterans Day", month: 11, day: 11, observed: true),
        .nthWeekday(name: "Thanksgiving Day", month: 11, weekday: .thursday, n: 4),
        .fixed(name: "Christmas Day", month: 12, day: 25, observed: true),
    ]

    /// Alabama (Code of Ala. §1-3-8): federal holidays plus Mardi Gras, Confederate Memorial Day
    /// (4th Monday of April) and Jefferson Davis's Birthday (1st Monday of June).
    public static let alabama = HolidayCalendar(
        name: "Alabama state holidays",
        rules: usFederalRules + [
            .easter(name: "Mardi Gras", offset: -47),
            .nthWeekday(name: "Confederate Memorial Day", month: 4, weekday: .monday, n: 4),
            .nthWeekday(name: "Jefferson Davis's Birthday", month: 6, weekday: .monday, n: 1),
        ])

    /// Louisiana (La. R.S. 1:55): federal holidays plus Mardi Gras and Good Friday.
    public static let louisiana = HolidayCalendar(
        name: "Louisiana state holidays",
        rules: usFederalRules + [
            .easter(name: "Mardi Gras", offset: -47),
            .easter(name: "Good Friday", offset: -2),
        ])

    /// Mississippi (Miss. Code §3-3-7): federal holidays plus Confederate Memorial Day (last Monday
    /// of April).
    public static let mississippi = HolidayCalendar(
        name: "Mississippi state holidays",
        rules: usFederalRules + [
            .nthWeekday(name: "Confederate Memorial Day", month: 4, weekday: .monday, n: -1)
        ])

    /// Rhode Island (R.I. Gen. Laws §25-1-1): federal holidays plus Victory Day (2nd Monday of
    /// August).
    public static let rhodeIsland = HolidayCalendar(
        name: "Rhode Island state holidays",
        rules: usFederalRules + [
            .nthWeekday(name: "Victory Day", month: 8, weekday: .monday, n: 2)
        ])

    /// Utah (Utah Code §63G-1-301): federal holidays plus Pioneer Day (July 24).
    public static let utah = HolidayCalendar(
        name: "Utah state holidays",
        rules: usFederalRules + [
            .fixed(name: "Pioneer Day", month: 7, day: 24, observed: true)
        ])

    /// French public holidays (Code du travail L3133-1), plus Good Friday and St Stephen's Day,
    /// which are public holidays in Alsace-Moselle: the recipient's département is rarely known, so
    /// both are blocked everywhere in France.
    public static let france = HolidayCalendar(
        name: "French public holidays",
        rules: [
            .fixed(name: "Jour de l'an", month: 1, day: 1, observed: false),
            .easter(name: "Vendredi saint (Alsace-Moselle)", offset: -2),
            .easter(name: "Lundi de Pâques", offset: 1),
            .fixed(name: "Fête du Travail", month: 5, day: 1, observed: false),
            .fixed(name: "Victoire 1945", month: 5, day: 8, observed: false),
            .easter(name: "Ascension", offset: 39),
            .easter(name: "Lundi de Pentecôte", offset: 50),
            .fixed(name: "Fête nationale", month: 7, day: 14, observed: false),
            .fixed(name: "Assomption", month: 8, day: 15, observed: false),
            .fixed(name: "Toussaint", month: 11, day: 1, observed: false),
            .fixed(name: "Armistice 1918", month: 11, day: 11, observed: false),
            .fixed(name: "Noël", month: 12, day: 25, observed: false),
            .fixed(name: "Saint-Étienne (Alsace-Moselle)", month: 12, day: 26, observed: false),
        ])
}
