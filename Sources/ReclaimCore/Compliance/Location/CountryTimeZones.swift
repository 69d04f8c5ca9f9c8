/// Candidate IANA zones for countries outside the US and Canada (which go by state or province).
public enum CountryTimeZones {
    /// US territories with their own zone, skipped when listing "every state".
    public static let usTerritoryCodes: Set<String> = ["PR", "VI", "GU", "MP", "AS"]

    /// ISO 3166-1 alpha-2 → candidate zones, capital's zone first.
    public static let zones: [String: [String]] = [
        "GB": ["Europe/London"], "IE": ["Europe/Dublin"], "FR": ["Europe/Paris"], "DE": ["Europe/Berlin"],
        "ES": ["Europe/Madrid", "Atlantic/Canary", "Africa/Ceuta"], "IT": ["Europe/Rome"],
        "NL": ["Europe/Amsterdam"], "BE": ["Europe/Brussels"], "LU": ["Europe/Luxembourg"],
        "AT": ["Europe/Vienna"], "CH": ["Europe/Zurich"], "PT": ["Europe/Lisbon", "Atlantic/Madeira", "Atlantic/Azores"],
        "DK": ["Europe/Copenhagen"], "SE": ["Europe/Stockholm"], "NO": ["Europe/Oslo"], "FI": ["Europe/Helsinki"],
        "IS": ["Atlantic/Reykjavik"], "PL": ["Europe/Warsaw"], "CZ": ["Europe/Prague"], "SK": ["Europe/Bratislava"],
        "HU": ["Europe/Budapest"], "SI": ["Europe/Ljubljana"], "HR": ["Europe/Zagreb"], "RO": ["Europe/Bucharest"],
        "BG": ["Europe/Sofia"], "GR": ["Europe/Athens"], "CY": ["Asia/Nicosia"], "MT": ["Europe/Malta"],
        "EE": ["Europe/Tallinn"], "LV": ["Europe/Riga"], "LT": ["Europe/Vilnius"], "LI": ["Europe/Vaduz"],
        "AU": [
            "Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Adelaide",
            "Australia/Perth", "Australia/Hobart", "Australia/Darwin", "Australia/Broken_Hill",
            "Australia/Lord_Howe", "Australia/Eucla",
        ],
        "NZ": ["Pacific/Auckland", "Pacific/Chatham"],
        "MX": [
            "America/Mexico_City", "America/Cancun", "America/Merida", "America/Monterrey",
            "America/Matamoros", "America/Chihuahua", "America/Ciudad_Juarez", "America/Ojinaga",
            "America/Mazatlan", "America/Bahia_Banderas", "America/Hermosillo", "America/Tijuana",
        ],
        "BR": [
            "America/Sao_Paulo", "America/Bahia", "America/Fortaleza", "America/Recife", "America/Maceio",
            "America/Araguaina", "America/Belem", "America/Santarem", "America/Manaus", "America/Cuiaba",
            "America/Campo_Grande", "America/Porto_Velho", "America/Boa_Vista", "America/Rio_Branco",
            "America/Eirunepe", "America/Noronha",
        ],
        "IN": ["Asia/Kolkata"], "JP": ["Asia/Tokyo"], "SG": ["Asia/Singapore"], "HK": ["Asia/Hong_Kong"],
        "KR": ["Asia/Seoul"], "IL": ["Asia/Jerusalem"], "AE": ["Asia/Dubai"], "ZA": ["Africa/Johannesburg"],
    ]

    /// Candidate zones for a country, or an empty list when not tabulated.
    /// - Parameter country: ISO 3166-1 alpha-2 code.
    /// - Returns: zones for the whole country (for US and CA: every state or province).
    public static func zones(forCountry country: String) -> [String] {
        switch country.uppercased() {
        case "US": USStateTimeZones.allStateZones
        case "CA": CanadianProvinceTimeZones.allZones
        default: self.zones[country.uppercased()] ?? []
        }
    }
}
