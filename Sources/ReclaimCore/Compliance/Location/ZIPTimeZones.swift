/// Narrows a split state's zones by ZIP code where the ZIP decides: a 5-digit exception first,
/// then the 3-digit prefix, then the rest of the state.
///
/// Only states that span zones are listed. A prefix that still straddles a zone line keeps both
/// zones (the strictest reading): for example `798` holds both El Paso County (Mountain) and the
/// Big Bend towns (Central), so only its El Paso and Hudspeth ZIPs resolve to `America/Denver`.
public enum ZIPTimeZones {
    private static let eastern = USStateTimeZones.eastern
    private static let central = USStateTimeZones.central
    private static let mountain = USStateTimeZones.mountain
    private static let pacific = USStateTimeZones.pacific
    private static let arizona = USStateTimeZones.arizona

    /// The zoning of one split state.
    struct StateZoning {
        /// 5-digit ZIP → zones, overriding the prefixes.
        var exact: [String: [String]] = [:]
        /// 3-digit prefix → zones.
        var prefixes: [Int: [String]] = [:]
        /// Zones for every other ZIP of the state.
        var rest: [String]
    }

    static let states: [String: StateZoning] = [
        // Phenix City, Lanett, Valley, Smiths Station and their neighbours keep Eastern time unofficially.
        "AL": StateZoning(
            exact: Dictionary(
                uniqueKeysWithValues: [
                    "36851", "36854", "36856", "36858", "36859", "36863", "36867", "36868", "36869", "36870", "36871",
                    "36872", "36874", "36875", "36877",
                ].map { ($0, [Self.central, Self.eastern]) }),
            rest: [Self.central]),
        "TX": StateZoning(
            exact: Dictionary(
                uniqueKeysWithValues: [
                    "79821", "79835", "79836", "79837", "79838", "79839", "79847", "79849", "79851", "79853",
                ].map { ($0, [Self.mountain]) }),
            prefixes: [798: [Self.mountain, Self.central], 799: [Self.mountain], 885: [Self.mountain]], rest: [Self.central]),
        "FL": StateZoning(
            exact: ["32456": [Self.eastern], "32457": [Self.eastern]],
            prefixes: [324: [Self.central], 325: [Self.central]], rest: [Self.eastern]),
        "TN": StateZoning(
            prefixes: [
                373: [Self.eastern, Self.central], 374: [Self.eastern], 376: [Self.eastern], 377: [Self.eastern], 378: [Self.eastern],
                379: [Self.eastern],
            ],
            rest: [Self.central]),
        "KY": StateZoning(
            prefixes: [
                420: [Self.central], 421: [Self.central], 422: [Self.central], 423: [Self.central], 424: [Self.central],
                425: [Self.eastern, Self.central], 426: [Self.eastern, Self.central], 427: [Self.eastern, Self.central],
            ],
            rest: [Self.eastern]),
        "IN": StateZoning(
            prefixes: [
                463: [Self.central], 464: [Self.central], 476: [Self.central], 477: [Self.central], 465: [Self.eastern, Self.central],
                475: [Self.eastern, Self.central], 479: [Self.eastern, Self.central],
            ],
            rest: [Self.eastern]),
        "MI": StateZoning(prefixes: [498: [Self.eastern, Self.central], 499: [Self.eastern, Self.central]], rest: [Self.eastern]),
        "ND": StateZoning(
            prefixes: [585: [Self.central, Self.mountain], 586: [Self.central, Self.mountain], 588: [Self.central, Self.mountain]],
            rest: [Self.central]),
        "SD": StateZoning(
            prefixes: [577: [Self.mountain], 575: [Self.central, Self.mountain], 576: [Self.central, Self.mountain]],
            rest: [Self.central]),
        "NE": StateZoning(
            prefixes: [
                693: [Self.mountain], 690: [Self.central, Self.mountain], 691: [Self.central, Self.mountain],
                692: [Self.central, Self.mountain],
            ],
            rest: [Self.central]),
        "KS": StateZoning(prefixes: [677: [Self.central, Self.mountain], 678: [Self.central, Self.mountain]], rest: [Self.central]),
        "ID": StateZoning(prefixes: [838: [Self.pacific], 835: [Self.pacific, Self.mountain]], rest: [Self.mountain]),
        "OR": StateZoning(prefixes: [979: [Self.mountain, Self.pacific]], rest: [Self.pacific]),
        "AK": StateZoning(
            exact: [
                "99546": ["America/Adak"], "99547": ["America/Adak"],
                "99926": ["America/Metlakatla"],
            ],
            rest: ["America/Anchorage"]),
        "NV": StateZoning(exact: ["89883": [Self.mountain], "89825": [Self.pacific, Self.mountain]], rest: [Self.pacific]),
        "AZ": StateZoning(prefixes: [860: [Self.arizona, Self.mountain], 865: [Self.arizona, Self.mountain]], rest: [Self.arizona]),
    ]

    /// Zones for a ZIP in a split state, or `nil` when the state is not split, the ZIP is not a
    /// valid ZIP, or the ZIP belongs to another state.
    /// - Parameters:
    ///   - zip: a US ZIP or ZIP+4.
    ///   - state: the state code the ZIP is claimed for.
    /// - Returns: the narrowed zone list.
    public static func zones(forZIP zip: String?, state: String) -> [String]? {
        guard let zoning = self.states[state.uppercased()], let zip5 = USZIPCodes.zip5(zip),
            USZIPCodes.state(forZIP: zip5) == state.uppercased(), let prefix = Int(zip5.prefix(3))
        else { return nil }
        return zoning.exact[zip5] ?? zoning.prefixes[prefix] ?? zoning.rest
    }
}
