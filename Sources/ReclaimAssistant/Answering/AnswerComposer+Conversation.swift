extension AnswerComposer {
    func help(context: AssistantContext, t: ReplyTemplates) -> ComposedAnswer {
        let contact = self.supportText(context).map(t.contact) ?? ""
        return ComposedAnswer(
            action: .help,
            reply: SegmentFitter.fit(
                required: [t.help(context.brand)],
                optional: [contact, t.stopHint()]),
            facts: self.supportFacts(context))
    }

    func escalation(_ intent: AssistantIntent, context: AssistantContext, t: ReplyTemplates) -> ComposedAnswer {
        let contact = self.supportText(context)
        switch intent {
        case .human:
            return ComposedAnswer(
                action: .escalate,
                reply: SegmentFitter.fit(
                    required: [t.personWillReply(context.brand)],
                    optional: [context.support.hours.map(t.hours) ?? ""]),
                facts: self.supportFacts(context), escalationReason: "human_requested")
        case .orderIssue:
            return ComposedAnswer(
                action: .escalate,
                reply: SegmentFitter.fit(required: [t.orderIssue()], optional: [contact.map(t.reachUs) ?? ""]),
                facts: self.supportFacts(context), escalationReason: "order_issue")
        case .paymentIssue:
            return ComposedAnswer(
                action: .escalate, reply: SegmentFitter.fit(required: [t.paymentIssue()]),
                escalationReason: "payment_issue")
        default:
            return ComposedAnswer(
                action: .escalate,
                reply: SegmentFitter.fit(
                    required: [t.sorryPersonWillFollowUp(context.brand)],
                    optional: [t.stopHint()]),
                escalationReason: "frustrated")
        }
    }

    /// Card data arrived by text: never repeat it, point to the secure checkout, hand to a person.
    func cardDataSent(context: AssistantContext, t: ReplyTemplates) -> ComposedAnswer {
        ComposedAnswer(
            action: .escalate, reply: SegmentFitter.fit(required: [t.cardSent()], optional: [t.secureCheckout()]),
            escalationReason: "payment_details_sent")
    }

    /// Nothing recognised: small talk and first misses get a clarifying question; an unclear
    /// question, or a second miss, goes to a person.
    func other(_ classification: IntentClassification, context: AssistantContext, t: ReplyTemplates) -> ComposedAnswer {
        let smallTalk = classification.scores[.other] == nil && classification.confidence >= 0.8
        if !smallTalk && classification.normalized.isQuestion {
            if let faq = self.faqAnswer(classification.normalized.tokens, strong: true) {
                return ComposedAnswer(action: .answer, reply: SegmentFitter.fit(required: [faq.text]), facts: [faq])
            }
            return self.noFact(context, t: t, reason: "low_confidence")
        }
        if !smallTalk && context.unansweredQuestions >= 1 {
            return self.noFact(context, t: t, reason: "second_unanswered_question")
        }
        return ComposedAnswer(action: .clarify, reply: SegmentFitter.fit(required: [t.clarify()]))
    }
}
