import Foundation

/// Turns the ways platforms write a country (`US`, `USA`, `United States`, `Deutschland`) into an
/// ISO 3166-1 alpha-2 code.
public enum CountryCodes {
    /// Alpha-3 codes and common names → alpha-2, keyed by a folded, letters-only form.
    private static let names: [String: String] = [
        "usa": "US", "unitedstates": "US", "unitedstatesofamerica": "US", "us": "US", "america": "US",
        "can": "CA", "canada": "CA",
        "gbr": "GB", "uk": "GB", "unitedkingdom": "GB", "greatbritain": "GB", "england": "GB", "scotland": "GB",
        "wales": "GB", "northernireland": "GB", "britain": "GB",
        "fra": "FR", "france": "FR", "deu": "DE", "germany": "DE", "deutschland": "DE",
        "irl": "IE", "ireland": "IE", "esp": "ES", "spain": "ES", "espana": "ES",
        "ita": "IT", "italy": "IT", "italia": "IT", "nld": "NL", "netherlands": "NL", "holland": "NL",
        "nederland": "NL", "bel": "BE", "belgium": "BE", "belgique": "BE", "belgie": "BE",
        "aus": "AU", "australia": "AU", "nzl": "NZ", "newzealand": "NZ", "mex": "MX", "mexico": "MX",
        "bra": "BR", "brazil": "BR", "brasil": "BR", "ind": "IN", "india": "IN", "jpn": "JP", "japan": "JP",
        "aut": "AT", "austria": "AT", "osterreich": "AT", "che": "CH", "switzerland": "CH", "schweiz": "CH",
        "suisse": "CH", "prt": "PT", "portugal": "PT", "swe": "SE", "sweden": "SE", "dnk": "DK", "denmark": "DK",
        "nor": "NO", "norway": "NO", "fin": "FI", "finland": "FI", "pol": "PL", "poland": "PL",
        "pri": "PR", "puertorico": "PR",
    ]

    /// The alpha-2 code for `text`, or `nil` when it is empty or not recognised.
    /// - Parameter text: an alpha-2 or alpha-3 code or a common English or native name.
    /// - Returns: upper-case ISO 3166-1 alpha-2 code.
    public static func alpha2(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let key = trimmed.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter(\.isLetter)
        if let code = self.names[key] { return code }
        if key.count == 2, key.allSatisfy({ $0.isASCII }) { return key.uppercased() }
        return nil
    }

    /// EU and EEA member states plus the UK and Switzerland: opt-in marketing rules (ePrivacy,
    /// PECR, Swiss UCA) apply.
    public static let europeanOptInCountries: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
        "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "GB", "CH",
    ]

    /// NANP territories that libphonenumber reports as their own region but that are US
    /// jurisdictions for the TCPA: region → US subdivision code.
    public static let usTerritories: [String: String] = ["PR": "PR", "VI": "VI", "GU": "GU", "MP": "MP", "AS": "AS"]
}
