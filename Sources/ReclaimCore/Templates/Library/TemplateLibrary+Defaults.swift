/// Which template a flow step uses when it names none.
extension TemplateLibrary {
    /// The built-in template for a flow step that names no template.
    ///
    /// | channel | choice |
    /// |---|---|
    /// | SMS | the first text → `sms_first`; later texts → `sms_discount` with a discount, else `sms_details` |
    /// | email | with a discount → `email_discount`; the first email → `email_reminder`; later → `email_social_proof` |
    ///
    /// So `carrier-safe` (text, email, email, email with discount) gets `sms_first`,
    /// `email_reminder`, `email_social_proof`, `email_discount`, and `three-touch-sms` gets
    /// `sms_first`, `sms_details`, `sms_discount`.
    /// - Parameters:
    ///   - channel: the step's channel.
    ///   - stepIndex: the step's 0-based position in the flow.
    ///   - smsIndex: how many SMS steps come before this step (for a text, its 0-based index among texts).
    ///   - hasDiscount: whether the step offers a discount.
    /// - Returns: the template ID.
    public static func defaultTemplateID(
        channel: Channel, stepIndex: Int, smsIndex: Int, hasDiscount: Bool
    ) -> MessageTemplateID {
        switch channel {
        case .sms:
            if smsIndex <= 0 { return .smsFirst }
            return hasDiscount ? .smsDiscount : .smsDetails
        case .email:
            if hasDiscount { return .emailDiscount }
            return stepIndex - max(smsIndex, 0) <= 0 ? .emailReminder : .emailSocialProof
        }
    }
}
