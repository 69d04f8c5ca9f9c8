import Foundation

/// Link and marketing checks on outbound copy.
enum LinkRules {
    /// Public URL shorteners that carriers reject in A2P traffic (Twilio 30963, AT&T code of conduct).
    static let publicShortenerHosts: Set<String> = [
        "bit.ly", "bitly.com", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "buff.ly", "rebrand.ly",
        "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "v.gd", "bl.ink", "s.id", "lnkd.in", "shorte.st",
        "adf.ly", "bit.do", "tr.im", "x.co", "short.gy", "tiny.one", "snip.ly", "trib.al", "qr.ae", "soo.gd",
    ]

    /// Punctuation that may wrap a link in running text: `(see example.com).`
    private static let edgePunctuation = Set<Character>("([{<\"'.,;:!?)]}>")

    /// Hosts of links written in a text (`https://bit.ly/x`, `bit.ly/x`, `www.example.com`).
    static func hosts(in text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).compactMap { token -> String? in
            // A host has a dot; most words have none, and skipping them early keeps this cheap.
            guard token.utf8.contains(UInt8(ascii: ".")) else { return nil }
            // Native trimming: Foundation's CharacterSet trimming bridges every token through NSString.
            let lowered = token.lowercased()
            var candidate = String(
                lowered.drop(while: Self.edgePunctuation.contains).reversed().drop(while: Self.edgePunctuation.contains).reversed())
            for scheme in ["https://", "http://"] where candidate.hasPrefix(scheme) {
                candidate.removeFirst(scheme.count)
            }
            let host = candidate.split(whereSeparator: { "/?#".contains($0) }).first.map(String.init) ?? ""
            let cleaned = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            let labels = cleaned.split(separator: ".")
            guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
                let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter)
            else { return nil }
            return cleaned
        }
    }

    /// Public shortener hosts found in a text, without repeats.
    static func publicShorteners(in text: String) -> [String] {
        var found: [String] = []
        for host in self.hosts(in: text) where self.publicShortenerHosts.contains(host) && !found.contains(host) {
            found.append(host)
        }
        return found
    }

    /// The first sign of marketing in a text meant to carry none: a link, an offer word or a percentage.
    static func marketingSignal(in text: String) -> String? {
        if let host = self.hosts(in: text).first { return host }
        if text.contains("%") { return "%" }
        let words = OptOutLanguage.words(text)
        let offers: Set<String> = [
            "sale", "discount", "offer", "deal", "deals", "coupon", "promo", "code", "shop", "buy", "off", "free",
            "cart", "save", "savings", "checkout", "order",
        ]
        return words.first(where: offers.contains)
    }
}
