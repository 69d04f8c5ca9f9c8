/// Narrows a split state's zones by the phone number's area code, for when the phone module gives
/// the state but no zones. Only area codes of split states whose zone is known are listed; an
/// area code that straddles a zone line (850, 541, 915 …) keeps every zone it touches.
public enum AreaCodeTimeZones {
    private static let eastern = USStateTimeZones.eastern
    private static let central = USStateTimeZones.central
    private static let mountain = USStateTimeZones.mountain
    private static let pacific = USStateTimeZones.pacific
    private static let arizona = USStateTimeZones.arizona

    /// Area code → (state, zones).
    static let table: [String: (state: String, zones: [String])] = {
        var table: [String: (state: String, zones: [String])] = [:]
        func add(_ state: String, _ codes: [String], _ zones: [String]) {
            for code in codes { table[code] = (state, zones) }
        }
        add("FL", ["239", "305", "321", "352", "386", "407", "561", "645", "656", "689", "727", "754", "772",
                   "786", "813", "863", "904", "941", "954"], [Self.eastern])
        add("FL", ["850", "448"], [Self.central, Self.eastern])
        add("TX", ["210", "214", "254", "281", "325", "346", "361", "409", "430", "432", "469", "512", "682",
                   "713", "726", "737", "806", "817", "830", "832", "903", "936", "940", "945", "956", "972",
                   "979"], [Self.central])
        add("TX", ["915"], [Self.mountain, Self.central])
        add("TN", ["615", "629", "731", "901"], [Self.central])
        add("TN", ["865"], [Self.eastern])
        add("TN", ["423", "931"], [Self.eastern, Self.central])
        add("KY", ["502", "859"], [Self.eastern])
        add("KY", ["270", "364", "606"], [Self.central, Self.eastern])
        add("IN", ["260", "317", "463", "765"], [Self.eastern])
        add("IN", ["219", "574", "812", "930"], [Self.eastern, Self.central])
        add("MI", ["231", "248", "269", "313", "517", "586", "616", "679", "734", "810", "947", "989"], [Self.eastern])
        add("MI", ["906"], [Self.eastern, Self.central])
        add("NE", ["402", "531"], [Self.central])
        add("NE", ["308"], [Self.central, Self.mountain])
        add("KS", ["316", "913"], [Self.central])
        add("KS", ["620", "785"], [Self.central, Self.mountain])
        add("ND", ["701"], [Self.central, Self.mountain])
        add("SD", ["605"], [Self.central, Self.mountain])
        add("ID", ["208", "986"], [Self.mountain, Self.pacific])
        add("OR", ["503", "971"], [Self.pacific])
        add("OR", ["541", "458"], [Self.pacific, Self.mountain])
        add("NV", ["702", "725"], [Self.pacific])
        add("NV", ["775"], [Self.pacific, Self.mountain])
        add("AZ", ["480", "520", "602", "623"], [Self.arizona])
        add("AZ", ["928"], [Self.arizona, Self.mountain])
        return table
    }()

    /// Zones for an area code, or `nil` when the code is not tabulated or belongs to another state.
    /// - Parameters:
    ///   - areaCode: three-digit NANP area code.
    ///   - state: the state code the phone module presumed, if any.
    /// - Returns: the narrowed zone list.
    public static func zones(forAreaCode areaCode: String?, state: String?) -> [String]? {
        guard let areaCode, let entry = self.table[areaCode] else { return nil }
        if let state, state.uppercased() != entry.state { return nil }
        return entry.zones
    }
}
