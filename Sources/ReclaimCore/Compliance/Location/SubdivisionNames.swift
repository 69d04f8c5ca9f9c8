import Foundation

/// Names and codes of US states and territories and Canadian provinces and territories, so that
/// a subdivision may be given either way (`FL` or `Florida`, `QC` or `Québec`).
public enum SubdivisionNames {
    /// US states, DC and inhabited territories: USPS code → English name.
    public static let unitedStates: [String: String] = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
        "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
        "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana",
        "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
        "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri",
        "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
        "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
        "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
        "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
        "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
        "PR": "Puerto Rico", "VI": "U.S. Virgin Islands", "GU": "Guam", "MP": "Northern Mariana Islands",
        "AS": "American Samoa",
    ]

    /// Canadian provinces and territories: postal code → English name.
    public static let canada: [String: String] = [
        "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
        "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories", "NU": "Nunavut",
        "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon",
    ]

    /// Extra spellings that are neither the code nor the English name.
    private static let aliases: [String: [String: String]] = [
        "US": [
            "washingtondc": "DC", "virginislands": "VI", "usvirginislands": "VI",
            "northernmarianas": "MP", "commonwealthofpuertorico": "PR",
        ],
        "CA": [
            "colombiebritannique": "BC", "nouveaubrunswick": "NB", "nouvelleecosse": "NS",
            "terreneuveetlabrador": "NL", "newfoundland": "NL", "iledupriceedouard": "PE",
            "ileduprinceedouard": "PE", "territoiresdunordouest": "NT", "pq": "QC", "yukonterritory": "YT",
        ],
    ]

    /// The subdivision code for a code or name within a country, or `nil` when not recognised
    /// (or the country has no table here).
    /// - Parameters:
    ///   - text: `FL`, `fl`, `Florida`, `Québec`, `Colombie-Britannique`…
    ///   - country: ISO 3166-1 alpha-2 code (`US` or `CA`).
    /// - Returns: the upper-case code, e.g. `FL`.
    public static func code(for text: String, country: String) -> String? {
        let table: [String: String]
        switch country.uppercased() {
        case "US": table = self.unitedStates
        case "CA": table = self.canada
        default: return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let upper = trimmed.uppercased()
        if table[upper] != nil { return upper }
        let key = Self.key(trimmed)
        if let match = table.first(where: { Self.key($0.value) == key }) { return match.key }
        if let alias = self.aliases[country.uppercased()]?[key] { return alias }
        return nil
    }

    /// The English name of a subdivision code, for reason messages (`FL` → `Florida`).
    public static func name(of code: String, country: String) -> String? {
        switch country.uppercased() {
        case "US": self.unitedStates[code.uppercased()]
        case "CA": self.canada[code.uppercased()]
        default: nil
        }
    }

    private static func key(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .filter { $0.isLetter || $0 == "." }
            .replacingOccurrences(of: ".", with: "")
    }
}
