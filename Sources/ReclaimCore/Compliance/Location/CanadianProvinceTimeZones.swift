/// Candidate IANA zones for each Canadian province and territory, including the regions that keep
/// other time (NW Ontario, Peace River BC, Labrador, Lloydminster, Quebec's Lower North Shore).
public enum CanadianProvinceTimeZones {
    /// Province code → candidate zones, most populous first.
    public static let zones: [String: [String]] = [
        "AB": ["America/Edmonton"],
        "BC": [
            "America/Vancouver", "America/Edmonton", "America/Dawson_Creek", "America/Fort_Nelson",
            "America/Creston",
        ],
        "MB": ["America/Winnipeg"],
        "NB": ["America/Moncton"],
        "NL": ["America/St_Johns", "America/Goose_Bay"],
        "NS": ["America/Halifax"],
        "NT": ["America/Edmonton", "America/Inuvik"],
        "NU": ["America/Iqaluit", "America/Rankin_Inlet", "America/Cambridge_Bay"],
        "ON": ["America/Toronto", "America/Winnipeg", "America/Atikokan"],
        "PE": ["America/Halifax"],
        "QC": ["America/Toronto", "America/Halifax", "America/Blanc-Sablon"],
        "SK": ["America/Regina", "America/Edmonton", "America/Winnipeg"],  // Lloydminster, Creighton
        "YT": ["America/Whitehorse", "America/Dawson"],
    ]

    /// First letter of a Canadian postal code → province code(s) (`X` is shared by NT and NU).
    public static let postalCodeLetters: [Character: [String]] = [
        "A": ["NL"], "B": ["NS"], "C": ["PE"], "E": ["NB"], "G": ["QC"], "H": ["QC"], "J": ["QC"],
        "K": ["ON"], "L": ["ON"], "M": ["ON"], "N": ["ON"], "P": ["ON"], "R": ["MB"], "S": ["SK"], "T": ["AB"],
        "V": ["BC"], "X": ["NT", "NU"], "Y": ["YT"],
    ]

    /// Every zone used anywhere in Canada, for a Canadian recipient whose province is unknown.
    public static var allZones: [String] {
        var seen: [String] = []
        for code in self.zones.keys.sorted() {
            for zone in self.zones[code] ?? [] where !seen.contains(zone) { seen.append(zone) }
        }
        return seen
    }
}
