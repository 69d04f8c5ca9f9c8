import Foundation
import ReclaimCore

/// Drives the flow engine against a virtual clock, playing the server's part: it keeps one job per
/// step, runs due jobs in time order, and answers every send through a stand-in policy gate.
struct FlowHarness {
    /// What the stand-in gate says about a send.
    enum GateAnswer: Equatable {
        case send
        case deferUntil(Date)
        case block(String)
    }

    /// One message that went out.
    struct Sent: Equatable, CustomStringConvertible {
        var step: Int
        var channel: Channel
        var at: Date
        var template: String?
        var discount: DiscountOffer?
        var variant: String?

        var description: String { "#\(step) \(channel) at +\(Int(at.timeIntervalSince(FlowClock.start)))s" }
    }

    let flow: FlowDefinition
    var context: FlowContext
    var progress: JourneyProgress
    var now: Date
    /// Queued jobs: step → due.
    var jobs: [Int: Date] = [:]
    var sent: [Sent] = []
    var actions: [FlowAction] = []
    var gate: (Int, Channel, Date) -> GateAnswer = { _, _, _ in .send }

    /// Starts a journey abandoned at `abandonedAt` (default: the virtual clock's start).
    init(
        flow: FlowDefinition, context: FlowContext = FlowClock.context(), abandonedAt: Date = FlowClock.start,
        gate: @escaping (Int, Channel, Date) -> GateAnswer = { _, _, _ in .send }
    ) {
        self.flow = flow
        self.context = context
        self.now = abandonedAt
        self.gate = gate
        self.progress = JourneyProgress(flowName: flow.name)
        self.handle(.started(abandonedAt: abandonedAt))
    }

    /// Feeds an event at the current virtual time and carries out the actions.
    mutating func handle(_ event: FlowEvent) {
        let transition = FlowEngine.handle(event, progress: self.progress, flow: self.flow, context: self.context, now: self.now)
        self.progress = transition.progress
        self.actions += transition.actions
        for action in transition.actions { self.carryOut(action) }
    }

    /// Feeds an event at `offset` seconds after the clock's start, first running every job due before it.
    mutating func handle(_ event: FlowEvent, at offset: TimeInterval) {
        self.advance(to: FlowClock.at(offset))
        self.handle(event)
    }

    private mutating func carryOut(_ action: FlowAction) {
        switch action {
        case .schedule(let step, let at): self.jobs[step] = at
        case .skip(let step, _): self.jobs[step] = nil
        case .cancelScheduled: self.jobs = [:]
        case .pause, .end: break
        case .send(let step, let channel, let template, let discount, let variant):
            self.jobs[step] = nil
            switch self.gate(step, channel, self.now) {
            case .send:
                self.sent.append(
                    Sent(step: step, channel: channel, at: self.now, template: template, discount: discount, variant: variant))
                self.handle(.stepSent(step, channel: channel, at: self.now))
            case .deferUntil(let until): self.handle(.stepDeferred(step, until: until))
            case .block(let reason): self.handle(.stepBlocked(step, reason: reason))
            }
        }
    }

    /// Runs every job due up to `time`, in due order, then sets the clock to `time`.
    mutating func advance(to time: Date) {
        while let (step, due) = self.jobs.min(by: { ($0.value, $0.key) < ($1.value, $1.key) }), due <= time {
            self.jobs[step] = nil
            self.now = max(self.now, due)
            self.handle(.stepDue(step))
        }
        self.now = max(self.now, time)
    }

    /// Runs jobs until none is left (at most 60 virtual days).
    mutating func runToEnd() {
        self.advance(to: self.now.addingTimeInterval(60 * 86_400))
    }

    /// Offsets in seconds from the clock's start of every send, with channels.
    var timeline: [Step] {
        self.sent.map { Step($0.channel, $0.at.timeIntervalSince(FlowClock.start)) }
    }

    /// The flow's skip actions so far, as (step, reason).
    var skips: [Skip] {
        self.actions.compactMap { if case .skip(let step, let reason) = $0 { Skip(step, reason) } else { nil } }
    }
}

/// A send in a timeline: channel and seconds after the virtual clock's start.
struct Step: Equatable, CustomStringConvertible {
    var channel: Channel
    var offset: TimeInterval
    init(_ channel: Channel, _ offset: TimeInterval) {
        self.channel = channel
        self.offset = offset
    }
    var description: String { "\(channel)@\(offset / 3600)h" }
}

/// A skipped step with its reason.
struct Skip: Equatable {
    var step: Int
    var reason: FlowSkipReason
    init(_ step: Int, _ reason: FlowSkipReason) {
        self.step = step
        self.reason = reason
    }
}

/// The virtual clock all flow tests share.
enum FlowClock {
    static let minute: TimeInterval = 60
    static let hour: TimeInterval = 3600
    static let day: TimeInterval = 86_400
    /// Monday 3 March 2025, 00:00 UTC; offsets are local to a UTC shopper for simplicity.
    static let start = Date(timeIntervalSince1970: 1_740_960_000)

    static func at(_ offset: TimeInterval) -> Date { self.start.addingTimeInterval(offset) }

    static func context(
        cartID: String = "cart-1", cartValue: Int = 8_000, firstTime: Bool = true
    ) -> FlowContext {
        FlowContext(cartID: cartID, cartValue: cartValue, currency: "USD", isFirstTimeShopper: firstTime)
    }

    /// A stand-in gate that defers SMS in quiet hours [21:00, 09:00) to the next 09:00.
    static func quietHoursGate(_ step: Int, _ channel: Channel, _ now: Date) -> FlowHarness.GateAnswer {
        guard channel == .sms else { return .send }
        let secondsIntoDay = now.timeIntervalSince(self.start).truncatingRemainder(dividingBy: self.day)
        let dayStart = now.addingTimeInterval(-secondsIntoDay)
        if secondsIntoDay >= 21 * self.hour { return .deferUntil(dayStart.addingTimeInterval(self.day + 9 * self.hour)) }
        if secondsIntoDay < 9 * self.hour { return .deferUntil(dayStart.addingTimeInterval(9 * self.hour)) }
        return .send
    }

    /// A flow from JSON text, parsed as the server would.
    static func flow(_ json: String, currency: String = "USD") throws -> FlowDefinition {
        try FlowDefinitionParser.parse(try self.json(json), path: "flows[0]", currency: currency)
    }

    static func json(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }
}
