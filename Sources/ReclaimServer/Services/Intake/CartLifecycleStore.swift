import Foundation
import ReclaimCore
import ReclaimStore

extension SQLCartStore {
    /// Stores what ``CartLifecycle`` decides for `event`: the cart moves to the event's status only
    /// from one of the statuses the lifecycle allows, in one compare-and-set statement.
    /// - Returns: The updated cart, or `nil` when the stored status refused the event.
    func apply(_ event: CartEvent, cartID: String, at now: Date, recoveredOrderID: String? = nil) async throws -> Cart? {
        try await self.updateStatus(
            id: cartID, to: CartLifecycle.target(of: event), from: CartLifecycle.allowedFrom(event), at: now,
            recoveredOrderID: recoveredOrderID)
    }
}

extension ShopperSignal {
    /// The signal that ends the journey of a cart `event` closed: bought, emptied (or deleted),
    /// superseded; `nil` for the events that leave a journey running.
    init?(ending event: CartEvent) {
        switch event {
        case .recover: self = .purchased
        case .empty, .delete: self = .cartEmptied
        case .supersede: self = .superseded
        case .abandon, .reopen: return nil
        }
    }
}

extension IngestionService.Context {
    /// Tells the cart's journey, when one is still running, that `event` closed its cart: a
    /// `flow.signal` job queued in this transaction, so the flow engine ends the journey (its
    /// `progress` says why) and cancels its queued steps. The journey has no other way to end.
    func signalJourney(after event: CartEvent, cartID: String) async throws {
        guard let signal = ShopperSignal(ending: event),
            let journey = try await self.repositories.journeys.find(cartID: cartID), journey.state != .ended
        else { return }
        try await FlowEventPublisher(queue: self.queue).publish(signal, cartID: cartID, storeID: journey.storeID, at: self.now)
    }
}
