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
        "AL": [Self.central, Self.eastern],  // Phenix City and its neighbours keep Eastern time
        "AK": [
            "America/Anchorage", "America/Juneau", "America/Sitka", "America/Yakutat", "America/Nome", "America/Metlakatla", "America/Adak",
        ],
        "AZ": [Self.arizona, Self.mountain],
        "AR": [Self.central],
        "CA": [Self.pacific],
        "CO": [Self.mountain],
        "CT": [Self.eastern],
        "DE": [Self.eastern],
        "DC": [Self.eastern],
        "FL": [Self.eastern, Self.central],
        "GA": [Self.eastern],
        "HI": ["Pacific/Honolulu"],
        "ID": [Self.mountain, Self.pacific],
        "IL": [Self.central],
        "IN": [Self.eastern, Self.central],
        "IA": [Self.central],
        "KS": [Self.central, Self.mountain],
        "KY": [Self.eastern, Self.central],
        "LA": [Self.central],
        "ME": [Self.eastern],
        "MD": [Self.eastern],
        "MA": [Self.eastern],
        "MI": [Self.eastern, Self.central],
        "MN": [Self.central],
        "MS": [Self.central],
        "MO": [Self.central],
        "MT": [Self.mountain],
        "NE": [Self.central, Self.mountain],
        "NV": [Self.pacific, Self.mountain],
        "NH": [Self.eastern],
        "NJ": [Self.eastern],
        "NM": [Self.mountain],
        "NY": [Self.eastern],
        "NC": [Self.eastern],
        "ND": [Self.central, Self.mountain],
        "OH": [Self.eastern],
        "OK": [Self.central],
        "OR": [Self.pacific, Self.mountain],
        "PA": [Self.eastern],
        "RI": [Self.eastern],
        "SC": [Self.eastern],
        "SD": [Self.central, Self.mountain],
        "TN": [Self.central, Self.eastern],
        "TX": [Self.central, Self.mountain],
        "UT": [Self.mountain],
        "VT": [Self.eastern],
        "VA": [Self.eastern],
        "WA": [Self.pacific],
        "WV": [Self.eastern],
        "WI": [Self.central],
        "WY": [Self.mountain],
        "PR": ["America/Puerto_Rico"],
        "VI": ["America/St_Thomas"],
        "GU": ["Pacific/Guam"],
        "MP": ["Pacific/Saipan"],
        "AS": ["Pacific/Pago_Pago"],
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
