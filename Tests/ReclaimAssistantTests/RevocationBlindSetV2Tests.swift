import Foundation
import ReclaimAssistant
import ReclaimCore
import Testing

/// The second revocation blind set (`revocation_blind_v2.jsonl`): 168 replies written from scratch, by a
/// writer who never saw the opt-out rules or the other sets, that do or do not mean "stop texting me"
/// (en/es/fr, slang, typos, sarcasm, legal threats, look-alikes). It was written before the rule work
/// was finished and run once, after it, at 4fc1d98: 104/113 revocations caught, 3 more asked (marketing
/// paused), 1/55 look-alikes read as opt-outs. It is only run, never tuned on: the thresholds below are
/// those figures, so that they cannot slide back, and docs/assistant.md reports them. A reply counts as an
/// opt-out when the keyword classifier or the assistant reads it as one (the inbound path honours either),
/// and as "asked" when the classifier marks it for review (marketing stops and the shopper is asked once).
@Suite struct RevocationBlindSetV2Tests {
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
        let data = try Data(contentsOf: TestStore.fixture("revocation_blind_v2.jsonl"))
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
        #expect(revocations.count - missed.count >= 104, "missed revocations: \(missed.map(\.item.text))")
        #expect(falseStops.count <= 1, "look-alikes read as opt-outs: \(falseStops.map(\.item.text))")
    }
}
