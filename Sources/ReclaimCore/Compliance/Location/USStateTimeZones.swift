/// Candidate IANA zones for each US state, DC and territory.
///
/// States that span zones list every zone in use anywhere in the state (TX, FL, TN, KY, IN, MI,
/// ND, SD, NE, KS, ID, OR, AK, NV, AZ); ``ZIPTimeZones`` and ``AreaCodeTimeZones`` narrow them
/// where a ZIP prefix or area code decides. Each zone is the representative zone for its current
/// rules (`America/New_York` for Eastern, `America/Denver` for Mountain with DST, `America/Phoenix`
/// for Mountain without); Arizona also lists `America/Denver` for the Navajo Nation, which observes
/// DST.
public enum USStateTimeZones {
    /// Eastern time with DST.
    public static let eastern = "America/New_York"
    /// Central time with DST.
    public static let central = "America/Chicago"
    /// Mountain time with DST.
    public static let mountain = "America/Denver"
    /// Mountain standard time all year (most of Arizona).
    public static let arizona = "America/Phoenix"
    /// Pacific time with DST.
    public static let pacific = "America/Los_Angeles"

    /// State or territory code → candidate zones, most populous first.
    public static let zones: [String: [String]] = [
        "AL": [central], "AK": ["America/Anchorage", "America/Juneau", "America/Sitka", "America/Yakutat",
                                "America/Nome", "America/Metlakatla", "America/Adak"],
        "AZ": [arizona, mountain], "AR": [central], "CA": [pacific], "CO": [mountain], "CT": [eastern],
        "DE": [eastern], "DC": [eastern], "FL": [eastern, central], "GA": [eastern], "HI": ["Pacific/Honolulu"],
        "ID": [mountain, pacific], "IL": [central], "IN": [eastern, central], "IA": [central],
        "KS": [central, mountain], "KY": [eastern, central], "LA": [central], "ME": [eastern], "MD": [eastern],
        "MA": [eastern], "MI": [eastern, central], "MN": [central], "MS": [central], "MO": [central],
        "MT": [mountain], "NE": [central, mountain], "NV": [pacific, mountain], "NH": [eastern], "NJ": [eastern],
        "NM": [mountain], "NY": [eastern], "NC": [eastern], "ND": [central, mountain], "OH": [eastern],
        "OK": [central], "OR": [pacific, mountain], "PA": [eastern], "RI": [eastern], "SC": [eastern],
        "SD": [central, mountain], "TN": [central, eastern], "TX": [central, mountain], "UT": [mountain],
        "VT": [eastern], "VA": [eastern], "WA": [pacific], "WV": [eastern], "WI": [central], "WY": [mountain],
        "PR": ["America/Puerto_Rico"], "VI": ["America/St_Thomas"], "GU": ["Pacific/Guam"],
        "MP": ["Pacific/Saipan"], "AS": ["Pacific/Pago_Pago"],
    ]

    /// Every zone used by the 50 states and DC (territories excluded), for a US recipient whose
    /// state is unknown.
    public static var allStateZones: [String] {
        var seen: [String] = []
        for code in self.zones.keys.sorted() where CountryTimeZones.usTerritoryCodes.contains(code) == false {
            for zone in self.zones[code] ?? [] where !seen.contains(zone) { seen.append(zone) }
        }
        return seen
    }
}
