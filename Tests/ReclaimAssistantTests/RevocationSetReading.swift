import Foundation
import ReclaimAssistant
import ReclaimCore

/// Reads a revocation set (JSON lines `{text, lang, opt_out, kind}`) the way the inbound path does: a
/// reply is an opt-out when the keyword classifier or the assistant reads it as one, and "asked" when the
/// classifier marks it for review (marketing stops and the shopper is asked once).
struct RevocationSetReading {
    /// One labelled reply.
    struct Item: Decodable {
        var text: String
        var lang: String
        var optOut: Bool
        var kind: String

        enum CodingKeys: String, CodingKey {
            case text, lang, kind
            case optOut = "opt_out"
        }
    }

    /// How a reply was read.
    struct Reading {
        var item: Item
        var optOut: Bool
        var asked: Bool
    }

    let readings: [Reading]

    /// Reads the fixture `file`.
    init(file: String) async throws {
        let data = try Data(contentsOf: TestStore.fixture(file))
        var readings: [Reading] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.isEmpty {
            let item = try JSONDecoder().decode(Item.self, from: Data(line.utf8))
            let keyword = InboundKeywordClassifier.classify(item.text)
            var optOut = keyword.kind == .optOut
            if !optOut, keyword.kind == .none {
                optOut = await TestStore.ask(item.text).action == .optOut
            }
            readings.append(Reading(item: item, optOut: optOut, asked: keyword.needsReview))
        }
        self.readings = readings
    }

    var revocations: [Reading] { self.readings.filter(\.item.optOut) }
    var lookAlikes: [Reading] { self.readings.filter { !$0.item.optOut } }
    /// Revocations read as neither opt-out (asked or not).
    var missed: [Reading] { self.revocations.filter { !$0.optOut } }
    /// Look-alikes read as opt-outs.
    var falseStops: [Reading] { self.lookAlikes.filter(\.optOut) }

    /// The figures, per language, and every miss, as docs/assistant.md gives them.
    var report: String {
        var lines = [
            "\(self.revocations.count - self.missed.count)/\(self.revocations.count) revocations caught, "
                + "\(self.missed.filter(\.asked).count) more asked; \(self.falseStops.count)/\(self.lookAlikes.count) "
                + "look-alikes read as opt-outs, \(self.lookAlikes.filter { !$0.optOut && $0.asked }.count) asked"
        ]
        for lang in ["en", "es", "fr"] {
            let revocations = self.revocations.filter { $0.item.lang == lang }
            let lookAlikes = self.lookAlikes.filter { $0.item.lang == lang }
            lines.append(
                "  \(lang): \(revocations.filter(\.optOut).count)/\(revocations.count) caught; "
                    + "look-alikes \(lookAlikes.filter(\.optOut).count)/\(lookAlikes.count) false")
        }
        lines += self.missed.map { "  missed (\($0.asked ? "asked" : "silent")): \($0.item.text)" }
        lines += self.falseStops.map { "  false opt-out: \($0.item.text)" }
        return lines.joined(separator: "\n")
    }
}
