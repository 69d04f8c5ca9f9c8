import Foundation
import ReclaimCore

/// Job kinds and payloads of the flow scheduler.
enum JourneyJobs {
    /// Starts (or updates) the journey of an abandoned cart; enqueued by abandonment.
    static let startKind = AbandonmentService.flowStartKind
    /// Runs one step of a journey when it is due.
    static let stepKind = "flow.step"
    /// Applies a shopper signal (click, reply, opt-out…) to the cart's journey.
    static let signalKind = FlowEventPublisher.jobKind

    /// Payload of `flow.step`.
    struct Step: Codable, Sendable, Hashable {
        var journeyID: String
        var step: Int
        enum CodingKeys: String, CodingKey {
            case journeyID = "journey_id"
            case step
        }
    }

    /// One live job per journey step: scheduling a step again replaces its job.
    static func stepKey(journeyID: String, step: Int) -> String { "journey:\(journeyID):step:\(step)" }

    /// The key of a step run queued while the step's own job (holding ``stepKey(journeyID:step:)``) runs.
    static func rescheduleKey(_ stepKey: String, at: Date) -> String { "\(stepKey):at:\(Int(clamping: at.timeIntervalSince1970 * 1000))" }
}
