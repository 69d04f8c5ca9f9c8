import Testing

@testable import ReclaimCore

/// The template a flow step gets when it names none.
@Suite struct TemplateDefaultsTests {
    @Test(arguments: [
        // carrier-safe: text at 45m, emails at 4h and 24h, discount email at 72h.
        (Channel.sms, 0, 0, false, MessageTemplateID.smsFirst),
        (.email, 1, 1, false, .emailReminder),
        (.email, 2, 1, false, .emailSocialProof),
        (.email, 3, 1, true, .emailDiscount),
        // three-touch-sms: 1h, 24h, 72h with discount.
        (.sms, 0, 0, false, .smsFirst),
        (.sms, 1, 1, false, .smsDetails),
        (.sms, 2, 2, true, .smsDiscount),
        // A first text is always sms_first, even with a discount.
        (.sms, 3, 0, true, .smsFirst),
        // Email-first flows.
        (.email, 0, 0, false, .emailReminder),
        (.email, 0, 0, true, .emailDiscount),
    ])
    func defaults(channel: Channel, stepIndex: Int, smsIndex: Int, hasDiscount: Bool, expected: MessageTemplateID) {
        #expect(
            TemplateLibrary.defaultTemplateID(
                channel: channel, stepIndex: stepIndex, smsIndex: smsIndex, hasDiscount: hasDiscount) == expected)
    }
}
