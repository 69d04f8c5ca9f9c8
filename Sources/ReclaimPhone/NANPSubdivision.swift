/// The states, territories and provinces of the North American Numbering Plan that Reclaim
/// presumes from an area code, and how to read them out of the geocoder's English wording.
struct NANPSubdivision: Hashable, Sendable {
    /// Which country's list the code belongs to.
    enum Country: Hashable, Sendable {
        /// A US state or the District of Columbia (region "US").
        case unitedStates
        /// A US territory, which libphonenumber treats as its own region ("PR", "GU", …).
        case unitedStatesTerritory
        /// A Canadian province or territory (region "CA").
        case canada
    }

    /// USPS or Canada Post code: "FL", "PR", "ON".
    let code: String
    let country: Country

    /// The ISO 3166-1 region a number in this subdivision belongs to.
    var regionCode: String {
        switch self.country {
        case .unitedStates: "US"
        case .unitedStatesTerritory: self.code
        case .canada: "CA"
        }
    }

    /// The subdivisions a geocoder description names, in order: "Miami, FL" → FL,
    /// "Florida" → FL, "Nova Scotia/Prince Edward Island" → NS, PE. Unknown wording → [].
    static func candidates(fromDescription description: String) -> [NANPSubdivision] {
        var result: [NANPSubdivision] = []
        for part in description.split(separator: "/") {
            let name = part.trimmingWhitespace()
            guard let subdivision = Self.byCode[Self.trailingCode(of: name) ?? ""] ?? Self.byName[name.lowercased()] else {
                continue
            }
            if !result.contains(subdivision) {
                result.append(subdivision)
            }
        }
        return result
    }

    /// "XX" from "City, XX"; nil when the text does not end so.
    private static func trailingCode(of name: String) -> String? {
        guard let comma = name.lastIndex(of: ",") else {
            return nil
        }
        let code = name[name.index(after: comma)...].trimmingWhitespace()
        return code.count == 2 && code.allSatisfy({ $0.isASCII && $0.isUppercase }) ? code : nil
    }

    private static let byCode: [String: NANPSubdivision] = Dictionary(
        Self.all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    private static let byName: [String: NANPSubdivision] = {
        var names: [String: NANPSubdivision] = [:]
        for (subdivision, spellings) in Self.all.map({ ($0, Self.names[$0.code] ?? []) }) {
            for spelling in spellings {
                names[spelling.lowercased()] = subdivision
            }
        }
        return names
    }()

    private static let all: [NANPSubdivision] =
        Self.states.map { NANPSubdivision(code: $0, country: .unitedStates) }
        + ["PR", "VI", "GU", "AS", "MP"].map { NANPSubdivision(code: $0, country: .unitedStatesTerritory) }
        + Self.provinces.map { NANPSubdivision(code: $0, country: .canada) }

    private static let states = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
        "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    ]

    private static let provinces = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]

    // Every spelling the geocoder data uses (including its "British Colombia" and "Washington State").
    private static let names: [String: [String]] = [
        "AL": ["Alabama"], "AK": ["Alaska"], "AZ": ["Arizona"], "AR": ["Arkansas"], "CA": ["California"],
        "CO": ["Colorado"], "CT": ["Connecticut"], "DE": ["Delaware"],
        "DC": ["Washington D.C.", "Washington DC", "Washington, D.C.", "District of Columbia"],
        "FL": ["Florida"], "GA": ["Georgia"], "HI": ["Hawaii"], "ID": ["Idaho"], "IL": ["Illinois"], "IN": ["Indiana"],
        "IA": ["Iowa"], "KS": ["Kansas"], "KY": ["Kentucky"], "LA": ["Louisiana"], "ME": ["Maine"], "MD": ["Maryland"],
        "MA": ["Massachusetts"], "MI": ["Michigan"], "MN": ["Minnesota"], "MS": ["Mississippi"], "MO": ["Missouri"],
        "MT": ["Montana"], "NE": ["Nebraska"], "NV": ["Nevada"], "NH": ["New Hampshire"], "NJ": ["New Jersey"],
        "NM": ["New Mexico"], "NY": ["New York"], "NC": ["North Carolina"], "ND": ["North Dakota"], "OH": ["Ohio"],
        "OK": ["Oklahoma"], "OR": ["Oregon"], "PA": ["Pennsylvania"], "RI": ["Rhode Island"],
        "SC": ["South Carolina"], "SD": ["South Dakota"], "TN": ["Tennessee"], "TX": ["Texas"], "UT": ["Utah"],
        "VT": ["Vermont"], "VA": ["Virginia"], "WA": ["Washington", "Washington State"], "WV": ["West Virginia"],
        "WI": ["Wisconsin"], "WY": ["Wyoming"],
        "PR": ["Puerto Rico"], "VI": ["U.S. Virgin Islands", "US Virgin Islands", "United States Virgin Islands"],
        "GU": ["Guam"], "AS": ["American Samoa"], "MP": ["Northern Mariana Islands"],
        "AB": ["Alberta"], "BC": ["British Columbia", "British Colombia"], "MB": ["Manitoba"],
        "NB": ["New Brunswick"], "NL": ["Newfoundland and Labrador", "Newfoundland"], "NS": ["Nova Scotia"],
        "NT": ["Northwest Territories"], "NU": ["Nunavut"], "ON": ["Ontario"], "PE": ["Prince Edward Island"],
        "QC": ["Quebec", "Québec"], "SK": ["Saskatchewan"], "YT": ["Yukon"],
    ]
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (Foundation-free).
    func trimmingWhitespace() -> String {
        String(self.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
