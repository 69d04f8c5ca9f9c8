import Foundation
import ReclaimCore
import ReclaimStore

/// What happened to a cart's shopper that its journey must react to.
public enum ShopperSignal: String, Codable, Sendable, Hashable, CaseIterable {
    /// A tracked link was clicked.
    case clicked
    /// The shopper replied to a text.
    case replied
    /// An email was opened.
    case emailOpened = "email_opened"
    /// A link in an email was clicked.
    case emailClicked = "email_clicked"
    /// The shopper opted out of texts.
    case optedOutSMS = "opted_out_sms"
    /// The shopper opted out of email.
    case optedOutEmail = "opted_out_email"
    /// The conversation was escalated: it waits for a person.
    case escalated
    /// A person took the conversation over (replied from the inbox, or claimed it).
    case humanTakeover = "human_takeover"
    /// The conversation was handed back to the assistant, with the journey to resume.
    case handedBack = "handed_back"
    /// The shopper asked to wait.
    case paused
    /// The cart was bought.
    case purchased
    /// The cart was emptied or deleted.
    case cartEmptied = "cart_emptied"
    /// A newer cart of the same shopper took over.
    case superseded

    /// The flow engine's event for this signal.
    var flowEvent: FlowEvent {
        switch self {
        case .clicked: .clicked
        case .replied: .replied
        case .emailOpened: .emailOpened
        case .emailClicked: .emailClicked
        case .optedOutSMS: .optedOut(.sms)
        case .optedOutEmail: .optedOut(.email)
        case .escalated: .escalated
        case .humanTakeover: .paused(.humanTakeover)
        case .handedBack: .handedBack
        case .paused: .paused(.shopperRequested)
        case .purchased: .purchased
        case .cartEmptied: .cartEmptied
        case .superseded: .superseded
        }
    }
}

/// Payload of a `flow.signal` job.
struct FlowSignalJob: Codable, Sendable, Hashable {
    var storeID: StoreID
    var cartID: String
    var signal: ShopperSignal
    var at: Date

    enum CodingKeys: String, CodingKey {
        case storeID = "store_id"
        case cartID = "cart_id"
        case signal, at
    }
}

/// Hands shopper signals to the flow engine through the job queue, so the request that observed
/// them (a click, an inbound text) answers at once and the journey changes durably.
public struct FlowEventPublisher: Sendable {
    /// The job kind the flow scheduler handles.
    public static let jobKind = "flow.signal"

    let queue: JobQueue

    /// Creates a publisher over the queue.
    public init(queue: JobQueue) {
        self.queue = queue
    }

    /// Publishes `signal` for the cart, if there is one.
    public func publish(_ signal: ShopperSignal, cartID: String?, storeID: StoreID, at now: Date) async throws {
        guard let cartID else { return }
        let job = FlowSignalJob(storeID: storeID, cartID: cartID, signal: signal, at: now)
        _ = try await self.queue.enqueue(kind: Self.jobKind, payload: job, runAt: now, now: now)
    }

    /// Publishes a click.
    public func clicked(cartID: String?, storeID: StoreID, at now: Date) async throws {
        try await self.publish(.clicked, cartID: cartID, storeID: storeID, at: now)
    }
}
