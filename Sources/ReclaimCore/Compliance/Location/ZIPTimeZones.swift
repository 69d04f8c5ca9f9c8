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
        "TX": StateZoning(
            exact: Dictionary(uniqueKeysWithValues: [
                "79821", "79835", "79836", "79837", "79838", "79839", "79847", "79849", "79851", "79853",
            ].map { ($0, [mountain]) }),
            prefixes: [798: [mountain, central], 799: [mountain], 885: [mountain]], rest: [central]),
        "FL": StateZoning(
            exact: ["32456": [eastern], "32457": [eastern]],
            prefixes: [324: [central], 325: [central]], rest: [eastern]),
        "TN": StateZoning(
            prefixes: [373: [eastern, central], 374: [eastern], 376: [eastern], 377: [eastern], 378: [eastern],
                       379: [eastern]],
            rest: [central]),
        "KY": StateZoning(
            prefixes: [420: [central], 421: [central], 422: [central], 423: [central], 424: [central],
                       425: [eastern, central], 426: [eastern, central], 427: [eastern, central]],
            rest: [eastern]),
        "IN": StateZoning(
            prefixes: [463: [central], 464: [central], 476: [central], 477: [central], 465: [eastern, central],
                       475: [eastern, central], 479: [eastern, central]],
            rest: [eastern]),
        "MI": StateZoning(prefixes: [498: [eastern, central], 499: [eastern, central]], rest: [eastern]),
        "ND": StateZoning(
            prefixes: [585: [central, mountain], 586: [central, mountain], 588: [central, mountain]],
            rest: [central]),
        "SD": StateZoning(prefixes: [577: [mountain], 575: [central, mountain], 576: [central, mountain]],
                          rest: [central]),
        "NE": StateZoning(
            prefixes: [693: [mountain], 690: [central, mountain], 691: [central, mountain], 692: [central, mountain]],
            rest: [central]),
        "KS": StateZoning(prefixes: [677: [central, mountain], 678: [central, mountain]], rest: [central]),
        "ID": StateZoning(prefixes: [838: [pacific], 835: [pacific, mountain]], rest: [mountain]),
        "OR": StateZoning(prefixes: [979: [mountain, pacific]], rest: [pacific]),
        "AK": StateZoning(exact: ["99546": ["America/Adak"], "99547": ["America/Adak"],
                                  "99926": ["America/Metlakatla"]],
                          rest: ["America/Anchorage"]),
        "NV": StateZoning(exact: ["89883": [mountain], "89825": [pacific, mountain]], rest: [pacific]),
        "AZ": StateZoning(prefixes: [860: [arizona, mountain], 865: [arizona, mountain]], rest: [arizona]),
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
