import Foundation
import ReclaimAssistant
import ReclaimCore
import Testing

/// Revocation blind set v1 (`revocation_blind_v1.jsonl`): 114 revocations and 50 look-alikes written
/// from scratch, by a writer who never saw the opt-out rules (en/es/fr, slang, typos, sarcasm,
/// look-alikes such as "Stop! that's a great price, buying now"). It was measured blind once, at
/// b0404e1: 95/114 revocations caught (3 more asked), 2/50 look-alikes read as opt-outs (4 asked);
/// before the rule work (994184d) 81/114 (5 asked) and 5/50 (19 asked). The rules were then tuned on
/// it, so it is no longer blind: its figures now (114/114, 0/50) are in-sample, and only a second,
/// unseen set gives an honest estimate. docs/assistant.md ("Blind set v1") records all of them.
/// A reply counts as an opt-out when the keyword classifier or the assistant reads it as one (the
/// inbound path honours either), and as "asked" when the classifier marks it for review (marketing
/// stops and the shopper is asked once).
@Suite struct RevocationBlindSetV1Tests {
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

    struct Reading {
        var item: Item
        var optOut: Bool
        var asked: Bool
    }

    static func readings() async throws -> [Reading] {
        let data = try Data(contentsOf: TestStore.fixture("revocation_blind_v1.jsonl"))
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.isEmpty }
        var readings: [Reading] = []
        for line in lines {
            let item = try JSONDecoder().decode(Item.self, from: Data(line.utf8))
            let keyword = InboundKeywordClassifier.classify(item.text)
            var optOut = keyword.kind == .optOut
            if !optOut, keyword.kind == .none {
                let response = await TestStore.ask(item.text)
                optOut = response.action == .optOut
            }
            readings.append(Reading(item: item, optOut: optOut, asked: keyword.needsReview))
        }
        return readings
    }

    @Test func figures() async throws {
        let readings = try await Self.readings()
        let revocations = readings.filter(\.item.optOut)
        let lookAlikes = readings.filter { !$0.item.optOut }
        #expect(revocations.count >= 60)
        #expect(lookAlikes.count >= 30)
        let missed = revocations.filter { !$0.optOut }
        let falseStops = lookAlikes.filter(\.optOut)
        print("revocation blind set: \(revocations.count - missed.count)/\(revocations.count) revocations caught,",
              "\(missed.filter(\.asked).count) more asked; \(falseStops.count)/\(lookAlikes.count) look-alikes read as opt-outs,",
              "\(lookAlikes.filter { !$0.optOut && $0.asked }.count) asked")
        for lang in ["en", "es", "fr"] {
            let set = revocations.filter { $0.item.lang == lang }
            print("  \(lang): \(set.filter(\.optOut).count)/\(set.count) caught; look-alikes \(lookAlikes.filter { $0.item.lang == lang && $0.optOut }.count)/\(lookAlikes.filter { $0.item.lang == lang }.count) false")
        }
        for reading in missed { print("  missed (\(reading.asked ? "asked" : "silent")): \(reading.item.text)") }
        for reading in falseStops { print("  false opt-out: \(reading.item.text)") }
        #expect(missed.count == 0, "missed revocations: \(missed.map(\.item.text))")
        #expect(falseStops.count == 0, "false opt-outs: \(falseStops.map(\.item.text))")
    }
}
