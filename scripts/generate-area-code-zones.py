#!/usr/bin/env python3
"""Regenerates Sources/ReclaimCore/Compliance/Location/AreaCodeTimeZones+Table.swift.

Every US and Canadian area code maps to every IANA zone in which it is used
(compliance-rules.md §2.3): the union of
  1. every zone libphonenumber's resources/timezones/map_data.txt gives anywhere under the
     area code (its own row and every exchange row below it), read from the bundled
     Sources/CReclaimPhone/TimeZonePrefixData.cpp (regenerate that first with generate-data.sh);
  2. the zones of the area codes it overlays (OVERLAYS below): an overlay serves the same
     places as the codes it overlays, although upstream often lists only their main zone;
  3. the corrections in ADDED, for places upstream leaves out.
REPLACED drops upstream zones known to be wrong. The result never holds fewer zones than
the hand-kept table it replaced (KEPT), so nothing becomes less strict.

Run from the repository root: scripts/generate-area-code-zones.py
"""
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREFIXES = ROOT / "Sources/CReclaimPhone/TimeZonePrefixData.cpp"
NAMES = ROOT / "Sources/CReclaimPhone/AreaCodeData.cpp"
OUTPUT = ROOT / "Sources/ReclaimCore/Compliance/Location/AreaCodeTimeZones+Table.swift"
LINE_LENGTH = 140

# Area codes that overlay others (same territory), grouped; every member gets the union.
OVERLAYS = [
    ["850", "448"],                                  # Florida panhandle (Eastern and Central)
    ["270", "364"],                                  # western Kentucky
    ["812", "930"],                                  # southern Indiana
    ["219"],                                         # northwestern Indiana
    ["541", "458"],                                  # Oregon outside the Willamette Valley
    ["208", "986"],                                  # Idaho
    ["423"], ["931"], ["606"], ["906"], ["308"], ["620"], ["785"], ["605"], ["701"], ["775"], ["928"],
    ["250", "236", "672", "778", "257"],             # British Columbia (236/672/778/257 cover all of it)
    ["306", "639", "474"],                           # Saskatchewan
    ["418", "581", "367"],                           # eastern Quebec
    ["204", "431", "584"],                           # Manitoba
    ["403", "587", "780", "825", "368"],             # Alberta
    ["705", "249", "683"],                           # northeastern Ontario
    ["807"],                                         # northwestern Ontario
    ["709", "879"],                                  # Newfoundland and Labrador
    ["867"],                                         # Yukon, Northwest Territories, Nunavut
]

# Zones upstream leaves out: area code -> zones in use there.
ADDED = {
    # Phenix City, Lanett, Valley and Smiths Station (Russell, Lee, Chambers counties) keep Eastern time.
    "334": ["America/New_York"],
    # British Columbia: Peace River (Dawson Creek, Fort St. John: MST all year), Fort Nelson, Creston
    # (MST all year), the East Kootenays (Mountain with DST).
    "250": ["America/Dawson_Creek", "America/Fort_Nelson", "America/Creston", "America/Edmonton"],
    "236": ["America/Dawson_Creek", "America/Fort_Nelson", "America/Creston", "America/Edmonton"],
    "672": ["America/Dawson_Creek", "America/Fort_Nelson", "America/Creston", "America/Edmonton"],
    "778": ["America/Dawson_Creek", "America/Fort_Nelson", "America/Creston", "America/Edmonton"],
    "257": ["America/Dawson_Creek", "America/Fort_Nelson", "America/Creston", "America/Edmonton"],
    # Saskatchewan: Lloydminster keeps Alberta time, Creighton keeps Central time with DST.
    "306": ["America/Edmonton", "America/Winnipeg"],
    # Quebec: the Magdalen Islands (Atlantic with DST) and the Lower North Shore east of
    # Natashquan (Atlantic all year, America/Blanc-Sablon).
    "418": ["America/Halifax", "America/Blanc-Sablon"],
    # Northwestern Ontario: Atikokan and Pickle Lake keep Eastern standard time all year.
    "807": ["America/Atikokan"],
    # Labrador: Atlantic time with DST (America/Goose_Bay); the island keeps Newfoundland time.
    "709": ["America/Goose_Bay", "America/Halifax"],
    "879": ["America/Goose_Bay", "America/Halifax"],
    # Yukon (MST all year), the Northwest Territories and Nunavut's three zones.
    "867": ["America/Whitehorse", "America/Dawson", "America/Inuvik", "America/Iqaluit",
            "America/Rankin_Inlet", "America/Cambridge_Bay"],
    # Alaska: the Aleutians west of 169°30'W and the panhandle's own zones.
    "907": ["America/Sitka", "America/Yakutat", "America/Nome", "America/Metlakatla"],
}

# Upstream zones that are wrong for the area code: (area code, zone).
REPLACED = {
    # Older data gives Newfoundland and Labrador America/Puerto_Rico (Atlantic time without DST);
    # no part of the province keeps Atlantic standard time all year.
    ("709", "America/Puerto_Rico"),
    ("879", "America/Puerto_Rico"),
    # Upstream gives one Alaskan exchange Pacific/Honolulu; the Aleutians are on America/Adak
    # (Hawaii-Aleutian time with DST).
    ("907", "Pacific/Honolulu"),
    # Yukon moved to Mountain standard time all year in 2020; upstream still gives it Pacific time.
    ("867", "America/Vancouver"),
    # Saskatchewan's 474 was given Manitoba's zone; it overlays 306/639 (America/Regina).
    # (Kept through the overlay union with 306, which includes Winnipeg for Creighton.)
}

# The hand-kept table this file replaced: the result must hold at least these zones.
KEPT = {
    "850": ["America/Chicago", "America/New_York"], "448": ["America/Chicago", "America/New_York"],
    "915": ["America/Denver", "America/Chicago"],
    "423": ["America/New_York", "America/Chicago"], "931": ["America/New_York", "America/Chicago"],
    "270": ["America/Chicago", "America/New_York"], "364": ["America/Chicago", "America/New_York"],
    "606": ["America/Chicago", "America/New_York"],
    "219": ["America/New_York", "America/Chicago"], "574": ["America/New_York", "America/Chicago"],
    "812": ["America/New_York", "America/Chicago"], "930": ["America/New_York", "America/Chicago"],
    "906": ["America/New_York", "America/Chicago"], "308": ["America/Chicago", "America/Denver"],
    "620": ["America/Chicago", "America/Denver"], "785": ["America/Chicago", "America/Denver"],
    "701": ["America/Chicago", "America/Denver"], "605": ["America/Chicago", "America/Denver"],
    "208": ["America/Denver", "America/Los_Angeles"], "986": ["America/Denver", "America/Los_Angeles"],
    "541": ["America/Los_Angeles", "America/Denver"], "458": ["America/Los_Angeles", "America/Denver"],
    "775": ["America/Los_Angeles", "America/Denver"], "928": ["America/Phoenix", "America/Denver"],
}

# US territories and other NANP countries are their own regions; only the US and Canada are tabulated.
CANADA = {"Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador",
          "Nova Scotia", "Nova Scotia/Prince Edward Island", "Ontario", "Quebec", "Saskatchewan",
          "Northwest Territories/Nunavut/Yukon", "Yukon/Northwest Territories/Nunavut"}
TERRITORIES = {"U.S. Virgin Islands", "Northern Mariana Islands", "Guam", "American Samoa", "Puerto Rico"}
# Area codes of the other NANP countries (own regions in libphonenumber, their own zones).
OTHER_COUNTRIES = {"242", "246", "264", "268", "284", "345", "441", "473", "649", "658", "664", "721", "758",
                   "767", "784", "809", "829", "849", "868", "869", "876"}


def main() -> int:
    zones: dict[str, set[str]] = collections.defaultdict(set)
    for prefix, joined in re.findall(r'\{"(1\d{3,})", "([^"]+)"\}', PREFIXES.read_text()):
        zones[prefix[1:4]].update(joined.split(";"))
    names = dict(re.findall(r'\{"(\d{3})", "([^"]+)"\}', NAMES.read_text()))
    # Upstream names a few large area codes (203, 310, 713, 718, 905) only by exchange.
    for code in zones:
        names.setdefault(code, "named by exchange upstream")
    codes = sorted(code for code, name in names.items() if name not in TERRITORIES and code not in OTHER_COUNTRIES)
    for code, zone in REPLACED:
        zones[code].discard(zone)
    for code, added in ADDED.items():
        zones[code].update(added)
    for code, kept in KEPT.items():
        zones[code].update(kept)
    for group in OVERLAYS:
        union = set().union(*(zones[code] for code in group))
        for code in group:
            zones[code] = set(union)
    for code, zone in REPLACED:
        zones[code].discard(zone)
    missing = [code for code in codes if not zones[code]]
    if missing:
        print(f"no zones for {missing}", file=sys.stderr)
        return 1
    lines = [
        "// Generated by scripts/generate-area-code-zones.py from libphonenumber's time-zone and",
        "// geocoding data (Sources/CReclaimPhone) and the corrections listed in the script. Do not edit;",
        "// change the script and rerun it.",
        "",
        "extension AreaCodeTimeZones {",
        "    /// US and Canadian area code → every IANA zone in which it is used (sorted).",
        "    static let table: [String: [String]] = [",
    ]
    for code in codes:
        listed = ", ".join(f'"{zone}"' for zone in sorted(zones[code]))
        entry = f'        "{code}": [{listed}],'
        comment = f"  // {names[code]}"
        if len(entry) > LINE_LENGTH:
            # Too wide even alone: one zone per line, as swift format lays out a long literal.
            lines.append(f'        "{code}": [{comment}')
            lines += [f'            "{zone}",' for zone in sorted(zones[code])]
            lines.append("        ],")
        elif len(entry) + len(comment) > LINE_LENGTH:
            # swift format's width (.swift-format): a long entry gets its comment on the line above.
            lines += [f"        // {names[code]}", entry]
        else:
            lines.append(entry + comment)
    lines += ["    ]", "}", ""]
    OUTPUT.write_text("\n".join(lines))
    print(f"{OUTPUT.relative_to(ROOT)}: {len(codes)} area codes, "
          f"{sum(1 for code in codes if len(zones[code]) > 1)} in more than one zone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
