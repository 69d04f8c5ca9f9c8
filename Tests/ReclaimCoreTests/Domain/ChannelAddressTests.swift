import ReclaimCore
import Testing

/// How an address is normalised before it is hashed for the suppression list.
@Suite struct ChannelAddressTests {
    static let cases: [(channel: Channel, address: String, normalized: String)] = [
        (.sms, "+13125550123", "+13125550123"),
        (.sms, "  +13125550123\n", "+13125550123"),
        (.sms, "+1312555ABC", "+1312555ABC"),
        (.email, "Ana@Example.COM", "ana@example.com"),
        (.email, "\t ana@example.com ", "ana@example.com"),
        (.email, "", ""),
    ]

    @Test(arguments: cases)
    func addressesAreTrimmedAndEmailsLowerCased(channel: Channel, address: String, normalized: String) {
        #expect(channel.normalizedAddress(address) == normalized)
    }
}
