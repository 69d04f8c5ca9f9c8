import Foundation
import Logging
import ReclaimCore
import ReclaimStore

extension AbandonmentService {
    /// Runs one `cart.abandonment_check` job in one transaction; see the type's documentation.
    /// - Throws: ``PermanentJobError`` for a payload or store this process cannot read.
    func check(_ job: Job, _ run: JobRunContext) async throws {
        let payload: CheckPayload
        do { payload = try job.decode(CheckPayload.self) } catch { throw PermanentJobError("bad payload: \(error)") }
        guard let store = self.configuration.store(payload.storeID) else {
            throw PermanentJobError("unknown store \(payload.storeID)")
        }
        try await self.database.transaction { db in
            let context = IngestionService.Context(store: store, db: db, now: run.now, logger: run.logger)
            try await self.check(cartID: payload.cartID, job: job, context)
        }
    }

    /// The decision itself, inside the caller's transaction.
    /// - Returns: The cart as abandoned, or `nil` when it was not (yet) abandoned.
    @discardableResult
    func check(cartID: String, job: Job?, _ context: IngestionService.Context) async throws -> Cart? {
        let repositories = context.repositories
        guard let cart = try await repositories.carts.get(id: cartID),
            case .moves = CartLifecycle.decide(.abandon, from: cart.status)
        else { return nil }
        let due = cart.lastActivityAt.addingTimeInterval(Self.idle(for: context.store))
        if due > context.now {
            try await self.reschedule(cart, at: due, holder: job, context)
            return nil
        }
        guard !cart.items.isEmpty else { return nil }
        guard let contactID = cart.contactID, let contact = try await repositories.contacts.find(id: contactID),
            contact.phone != nil || contact.email != nil
        else {
            context.logger.info("idle cart has no reachable contact", metadata: ["cart_id": "\(cart.id)"])
            return nil
        }
        guard let abandoned = try await repositories.carts.apply(.abandon, cartID: cart.id, at: context.now) else {
            return nil
        }
        for other in try await repositories.carts.list(contactID: contactID)
        where other.id != cart.id && (other.status == .open || other.status == .abandoned)
            && other.lastActivityAt <= cart.lastActivityAt
        {
            _ = try await self.close(other, by: .supersede, context)
        }
        _ = try await context.queue.enqueue(
            kind: Self.flowStartKind,
            payload: FlowStartPayload(
                cartID: cart.id, storeID: cart.storeID, contactID: contactID, abandonedAt: context.now),
            runAt: context.now, uniqueKey: Self.flowKey(cart.id), now: context.now)
        context.logger.info("cart abandoned", metadata: ["cart_id": "\(cart.id)"])
        return abandoned
    }

    /// The cart saw activity after this check was scheduled: check again when it is due. The update
    /// normally scheduled that already; when this very job held the key at the time, add an unkeyed
    /// follow-up (harmless if doubled: abandoning is compare-and-set).
    private func reschedule(_ cart: Cart, at due: Date, holder: Job?, _ context: IngestionService.Context) async throws {
        let payload = CheckPayload(cartID: cart.id, storeID: cart.storeID)
        let result = try await context.queue.enqueue(
            kind: Self.checkKind, payload: payload, runAt: due, uniqueKey: Self.checkKey(cart.id), now: context.now)
        if case .duplicate(let existingID) = result, existingID == holder?.id {
            _ = try await context.queue.enqueue(kind: Self.checkKind, payload: payload, runAt: due, now: context.now)
        }
    }
}
