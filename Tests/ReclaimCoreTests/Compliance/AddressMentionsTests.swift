import ReclaimCore
import Testing

/// How an erasure recognises a shopper's phone or email inside a raw webhook body or job payload.
@Suite struct AddressMentionsTests {
    static let mentions = AddressMentions(phones: ["+13125550188", "+447700900123"], emails: ["Ana.Q@Example.com"])

    static let cases: [(text: String, mentioned: Bool)] = [
        (#"{"phone":"+13125550188"}"#, true),
        (#"{"phone":"(312) 555-0188"}"#, true),
        (#"{"phone":"312.555.0188"}"#, true),
        (#"{"phone":"1-312-555-0188"}"#, true),
        (#"{"phone":"+1 (312) 555 0188"}"#, true),
        (#"{"phone":"3125550188"}"#, true),
        (#"{"phone":"+44 7700 900123"}"#, true),
        (#"{"phone":"07700 900123"}"#, true),
        (#"{"phone":"0044 7700 900123"}"#, true),
        (#"{"email":"ANA.Q@EXAMPLE.COM"}"#, true),
        (#"{"email":"ana.q@example.com","x":1}"#, true),
        // Not the shopper: another number, a part of it, digits of separate values, another email.
        (#"{"phone":"+13125550189"}"#, false),
        (#"{"phone":"555-0188"}"#, false),
        (#"{"zip":"312","n":"5550188"}"#, false),
        (#"{"id":13125550188000}"#, false),
        (#"{"email":"ana@example.com"}"#, false),
        ("", false),
    ]

    @Test(arguments: Self.cases)
    func findsThePhoneOrEmailHoweverItIsWritten(_ example: (text: String, mentioned: Bool)) {
        #expect(Self.mentions.isMentioned(in: example.text) == example.mentioned, "\(example.text)")
    }

    @Test func nothingToLookForMatchesNothing() {
        let empty = AddressMentions(phones: [], emails: [" "])
        #expect(empty.isEmpty)
        #expect(!empty.isMentioned(in: "+13125550188 ana@example.com"))
    }
}
