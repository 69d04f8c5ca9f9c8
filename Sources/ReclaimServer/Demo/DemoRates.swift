import Foundation

/// How simulated shoppers behave, per message and per cart. Defaults follow the benchmark ranges
/// in the reference seeds (first text: recovery 7–11%, CTR 12–18%, opt-out 0.3–0.6%; later
/// touches lower), and every rate can be overridden for a what-if.
public struct DemoRates: Sendable, Hashable {
    /// Share of delivered first texts whose link is clicked.
    public var firstTextCTR = 0.15
    /// Share of later texts and emails whose link is clicked.
    public var laterCTR = 0.07
    /// Share of clicks that end in a purchase.
    public var purchaseAfterClick = 0.55
    /// Share of first texts answered with a question.
    public var replyWithQuestion = 0.06
    /// Share of first texts answered with a request for a person.
    public var askForPerson = 0.01
    /// Share of texts answered with STOP.
    public var optOut = 0.005
    /// Share of carts bought before any message is due (the flow must stay silent).
    public var buyBeforeFirstMessage = 0.05
    /// Share of carts bought later without any message's help: the baseline the holdout measures.
    public var baselinePurchase = 0.04

    /// The defaults.
    public init() {}
}
