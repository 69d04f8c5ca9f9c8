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
    @Test func figures() async throws {
        let set = try await RevocationSetReading(file: "revocation_blind_v1.jsonl")
        #expect(set.revocations.count >= 60)
        #expect(set.lookAlikes.count >= 30)
        print("revocation blind set v1: \(set.report)")
        #expect(set.missed.isEmpty, "missed revocations: \(set.missed.map(\.item.text))")
        #expect(set.falseStops.isEmpty, "false opt-outs: \(set.falseStops.map(\.item.text))")
    }
}
