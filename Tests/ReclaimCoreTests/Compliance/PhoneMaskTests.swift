import ReclaimCore
import Testing

@Suite struct PhoneMaskTests {
    @Test(
        arguments: [
            ("+13125554567", 1, "+1******4567"),
            ("+447700900123", 44, "+44******0123"),
            ("+33612345678", 33, "+33*****5678"),
            ("+13125554567", nil, "+*******4567"),
            ("+13125554567", 44, "+*******4567"),  // a code the number does not start with stays hidden
            ("3125554567", 1, "******4567"),  // not E.164: nothing is taken for a calling code
            ("+1555", 1, "+1***"),  // too short to show a tail without showing it all
            ("", 1, ""),
        ] as [(String, Int?, String)])
    func keepsTheCallingCodeAndTheLastFourDigits(_ phone: String, _ code: Int?, _ expected: String) {
        #expect(PhoneMask.mask(phone, countryCallingCode: code) == expected)
    }
}
