import Foundation

extension FlowPreset {
    private static let minute: TimeInterval = 60
    private static let hour: TimeInterval = 3600

    /// The preset's flow. Template keys (`check_in_sms`, …) are the template library's to provide.
    public var definition: FlowDefinition {
        switch self {
        case .carrierSafe: Self.carrierSafeDefinition
        case .threeTouchSMS: Self.threeTouchSMSDefinition
        case .hybrid: Self.hybridDefinition
        }
    }

    /// 10 % off for 48 hours: carrier-safe's one offer, and the first rung of the escalating presets.
    private static func finalOffer(minimumCartValue: Int?) -> DiscountOffer {
        DiscountOffer(type: .percent, value: 10, expiresAfter: 48 * hour, tier: 1, minimumCartValue: minimumCartValue)
    }

    /// 15 % off for 48 hours: the second rung of the escalating presets (supersedes the 10 % code).
    private static var secondOffer: DiscountOffer {
        DiscountOffer(type: .percent, value: 15, expiresAfter: 48 * hour, tier: 2)
    }

    private static var carrierSafeDefinition: FlowDefinition {
        FlowDefinition(
            name: Self.carrierSafe.name,
            steps: [
                FlowStep(
                    id: "check_in_sms", delay: 45 * minute, channel: .sms, template: "check_in_sms",
                    staleAfter: 12 * hour),
                FlowStep(id: "social_proof_email", delay: 4 * hour, channel: .email, template: "social_proof_email"),
                FlowStep(
                    id: "stock_and_shipping_email", delay: 24 * hour, channel: .email,
                    template: "stock_and_shipping_email"),
                FlowStep(
                    id: "final_offer_email", delay: 60 * hour, channel: .email, template: "final_offer_email",
                    discount: Self.finalOffer(minimumCartValue: 5000)),
            ],
            settings: FlowSettings(crossChannelGap: hour, onReply: .pause, smsOnlyAsReplies: true))
    }

    private static var threeTouchSMSDefinition: FlowDefinition {
        FlowDefinition(
            name: Self.threeTouchSMS.name,
            steps: [
                FlowStep(id: "product_details_sms", delay: hour, channel: .sms, template: "product_details_sms"),
                // The library's discount text; a cart that does not qualify gets the objection-handling text.
                FlowStep(
                    id: "objection_handling_sms", delay: 24 * hour, channel: .sms, template: "sms_discount",
                    discount: Self.finalOffer(minimumCartValue: nil)),
                FlowStep(
                    id: "final_offer_sms", delay: 72 * hour, channel: .sms, template: "final_offer_sms",
                    discount: Self.secondOffer),
            ],
            settings: FlowSettings(crossChannelGap: hour, staleAfter: 12 * hour, onReply: .pause))
    }

    private static var hybridDefinition: FlowDefinition {
        FlowDefinition(
            name: Self.hybrid.name,
            steps: [
                FlowStep(
                    id: "check_in_sms", delay: 45 * minute, channel: .sms, template: "check_in_sms",
                    staleAfter: 12 * hour),
                FlowStep(id: "reminder_email", delay: 4 * hour, channel: .email, template: "reminder_email"),
                FlowStep(
                    id: "email_click_follow_up_sms", delay: 15 * minute, channel: .sms,
                    template: "email_click_follow_up_sms", conditions: [.signal(.replied, seen: false)],
                    trigger: .emailClicked, staleAfter: 12 * hour),
                // The step nearest 24 h that may carry a code (the 4 h email is too early to discount): the
                // new angle for a shopper who did not open the first email is 10 % off.
                FlowStep(
                    id: "new_angle_email", delay: 0, channel: .email, template: "final_offer_email",
                    discount: Self.finalOffer(minimumCartValue: nil), trigger: .emailNotOpened(within: 48 * hour)),
                FlowStep(
                    id: "final_offer_email", delay: 72 * hour, channel: .email, template: "final_offer_email",
                    discount: Self.secondOffer),
            ],
            settings: FlowSettings(crossChannelGap: hour, onReply: .pause))
    }
}
