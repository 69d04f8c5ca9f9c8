/// The quiet-hours rules of compliance-rules.md §2.1, §2.2 and §2.4, as data.
///
/// Re-check this table quarterly, as the reference asks. Rows the reference marks [U] (vendor
/// charts only) are applied anyway because they are stricter; the `source` text says so.
extension QuietHoursRule {
    /// TCPA: no telephone solicitation before 8 a.m. or after 9 p.m. recipient-local, for every US
    /// recipient. Not part of the configurable store window, so no store setting can go outside it.
    public static let federalUS = QuietHoursRule(
        jurisdiction: Jurisdiction(country: "US"), owner: "Federal law", possessive: "the federal",
        source: "TCPA, 47 CFR 64.1200(c)(1)", schedule: .everyDay(LocalTimeWindow(hours: 8..<21)),
        codes: Codes(
            hours: "federal_quiet_hours", sunday: "federal_quiet_hours", closedDay: "federal_quiet_hours",
            holiday: "federal_quiet_hours"))

    /// State and country rules from the reference, in table order.
    public static let reference: [QuietHoursRule] = [
        .state(
            "FL", schedule: .everyDay(LocalTimeWindow(hours: 8..<20)),
            source: "Florida Telephone Solicitation Act, §501.059 / §501.616(6)"),
        .state(
            "OK", schedule: .everyDay(LocalTimeWindow(hours: 8..<20)),
            source: "Oklahoma Telephone Solicitation Act, 15 O.S. §775C"),
        .state(
            "MD", schedule: .everyDay(LocalTimeWindow(hours: 8..<20)),
            source: "Maryland Stop the Spam Calls Act"),
        .state(
            "CT", schedule: .everyDay(LocalTimeWindow(hours: 9..<20)),
            source: "Connecticut Public Act 23-98"),
        .state(
            "OR", schedule: .everyDay(LocalTimeWindow(hours: 8..<20)),
            source: "Oregon HB 3865"),
        .state(
            "TX",
            schedule: WeeklySchedule(
                mondayToSaturday: LocalTimeWindow(hours: 9..<21),
                sunday: LocalTimeWindow(hours: 12..<21)),
            source: "Texas SB 140, Bus. & Com. Code ch. 301 (hours as reported, [U])"),
        .state(
            "WA", schedule: .everyDay(LocalTimeWindow(hours: 8..<20)),
            source: "RCW 19.158.040"),
        .state(
            "MS", schedule: WeeklySchedule(mondayToSaturday: LocalTimeWindow(hours: 8..<20), sunday: nil),
            holidays: .mississippi, source: "Miss. Code §77-3-723"),
        .state(
            "AL", schedule: WeeklySchedule(mondayToSaturday: LocalTimeWindow(hours: 8..<20), sunday: nil),
            holidays: .alabama, source: "Alabama telemarketing rules ([U], vendor charts)"),
        .state(
            "LA", schedule: WeeklySchedule(mondayToSaturday: LocalTimeWindow(hours: 8..<20), sunday: nil),
            holidays: .louisiana, source: "Louisiana telemarketing rules ([U], vendor charts)"),
        .state(
            "RI",
            schedule: WeeklySchedule(windows: [
                .monday: LocalTimeWindow(hours: 9..<18), .tuesday: LocalTimeWindow(hours: 9..<18),
                .wednesday: LocalTimeWindow(hours: 9..<18), .thursday: LocalTimeWindow(hours: 9..<18),
                .friday: LocalTimeWindow(hours: 9..<18), .saturday: LocalTimeWindow(hours: 10..<17),
            ]), holidays: .rhodeIsland, source: "R.I. Gen. Laws §5-61-3.6 (hours per charts, [U])"),
        .state(
            "UT", schedule: WeeklySchedule(mondayToSaturday: LocalTimeWindow(hours: 8..<21), sunday: nil),
            holidays: .utah, source: "Utah telemarketing rules ([U], vendor charts)"),
        .state("KY", schedule: .everyDay(LocalTimeWindow(hours: 10..<21)), source: "Kentucky ([U], vendor charts)"),
        .state("MI", schedule: .everyDay(LocalTimeWindow(hours: 9..<21)), source: "Michigan ([U], vendor charts)"),
        .state("MN", schedule: .everyDay(LocalTimeWindow(hours: 9..<21)), source: "Minnesota ([U], vendor charts)"),
        .state("NM", schedule: .everyDay(LocalTimeWindow(hours: 9..<21)), source: "New Mexico ([U], vendor charts)"),
        .state("NV", schedule: .everyDay(LocalTimeWindow(hours: 9..<20)), source: "Nevada ([U], vendor charts)"),
        .state("MA", schedule: .everyDay(LocalTimeWindow(hours: 8..<20)), source: "Massachusetts ([U], vendor charts)"),
        .state(
            "PA",
            schedule: WeeklySchedule(
                mondayToSaturday: LocalTimeWindow(hours: 8..<21),
                sunday: LocalTimeWindow(start: LocalTimeOfDay(hour: 13, minute: 30), end: LocalTimeOfDay(hour: 21))),
            source: "Pennsylvania ([U], vendor charts)"),
        .country(
            "FR", name: "France",
            schedule: WeeklySchedule(
                mondayToSaturday: LocalTimeWindow(hours: 8..<20),
                sunday: nil),
            holidays: .france, source: "French operator rules, CNIL (legal basis [U])"),
    ]
}
