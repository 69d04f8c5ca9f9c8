import Foundation
import ReclaimCore

/// Which template a flow step uses: the step's own (preset keys such as `check_in_sms` map onto the
/// library's ids), else the library's default for the step's channel and position.
enum StepTemplates {
    /// Preset template keys → library ids.
    static let aliases: [String: MessageTemplateID] = [
        "check_in_sms": .smsFirst, "product_details_sms": .smsDetails, "objection_handling_sms": .smsDetails,
        "final_offer_sms": .smsDiscount, "email_click_follow_up_sms": .smsClickFollowUp,
        "reminder_email": .emailReminder, "social_proof_email": .emailReminder,
        "stock_and_shipping_email": .emailSocialProof, "final_offer_email": .emailDiscount,
        "new_angle_email": .emailNewAngle,
    ]

    /// The template id for step `index` of `flow`.
    static func id(
        named name: String?, channel: Channel, step index: Int, flow: FlowDefinition, hasDiscount: Bool,
        library: TemplateLibrary
    ) -> MessageTemplateID {
        if let name {
            let id = self.aliases[name] ?? MessageTemplateID(rawValue: name)
            if library.template(id, locale: nil)?.channel == channel {
                // A discount template without a qualifying discount falls back to the plain default.
                if hasDiscount || (id != .smsDiscount && id != .emailDiscount) { return id }
            }
        }
        let smsBefore = flow.steps.prefix(index).filter { $0.channel == .sms }.count
        return TemplateLibrary.defaultTemplateID(channel: channel, stepIndex: index, smsIndex: smsBefore, hasDiscount: hasDiscount)
    }
}
