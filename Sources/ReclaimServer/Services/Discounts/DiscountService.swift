import Foundation
import Logging
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// Issues the code a step (or the assistant) offers: the ladder and the eligibility rules decide the tier, the
/// code is created on the cart's platform first, stored with the platform's id, and only then are the cart's
/// lower codes deactivated on the platform and marked superseded, so the shopper holds exactly one valid code.
///
/// A platform error worth retrying throws ``DiscountNotReady``: the job that needs the code fails and the job
/// queue retries it with backoff, so the message waits for its code. On the job's last attempt (or after a
/// permanent refusal) the message goes out with the cart's still-valid lower code, or without one; never with a
/// code the platform does not have.
struct DiscountService: Sendable {
    /// Carts and codes.
    let repositories: ReclaimRepositories
    /// The platform admin clients.
    let platforms: DiscountPlatforms
    /// The durable job queue (each code's expiry job).
    let queue: JobQueue

    /// The job kind that expires codes when they are due.
    static let expireKind = "discount.expire"

    /// The expiry job's payload: the code whose expiry is due (the run expires every code due by then).
    struct ExpirePayload: Codable, Sendable {
        /// The discount's id.
        var discountID: String
    }

    /// Codes taken on the platform (or in the database) before giving up on one issue.
    static let mintAttempts = 4

    /// The code the message asking for `tier` carries, or `nil` for none.
    /// - Parameters:
    ///   - tier: The tier the step or the assistant asks for.
    ///   - flow: The journey's flow (its ladder).
    ///   - isFirstMessage: Whether nothing was sent in the journey yet.
    ///   - cart: The cart.
    ///   - contact: The shopper.
    ///   - store: The store (currency, limits, platform credentials).
    ///   - run: The job's context: its time, logger and attempt.
    /// - Throws: ``DiscountNotReady`` when the platform failed and the job should retry; database errors.
    func code(
        tier: Int, flow: FlowDefinition, isFirstMessage: Bool, cart: Cart, contact: Contact?, store: StoreConfiguration,
        run: JobRunContext
    ) async throws -> Discount? {
        let issued = try await self.issued(cartID: cart.id)
        let decision = try await self.decide(
            tier: tier, flow: flow, isFirstMessage: isFirstMessage, cart: cart, contact: contact, store: store, now: run.now)
        switch decision {
        case .refuse(let refusal):
            run.logger.info("no discount", metadata: ["cart_id": "\(cart.id)", "tier": "\(tier)", "reason": "\(refusal)"])
            return nil
        case .keep(let held):
            // A supersede that failed after its code was created is finished here.
            try await self.supersede(
                issued.filter { $0.id != held.id && $0.state(at: run.now) == .active }, by: held, store: store, cart: cart, run: run)
            return held
        case .issue(let offer, _, let lower):
            do {
                return try await self.issue(offer, superseding: lower, cart: cart, contact: contact, store: store, run: run)
            } catch let error as PlatformDiscountError {
                let fallback = issued.filter { $0.state(at: run.now) == .active && $0.tier < offer.tier && $0.platformID != nil }
                    .max { $0.tier < $1.tier }
                if error.isRetryable, !run.isLastAttempt {
                    run.logger.warning(
                        "discount not created yet; the step retries", metadata: ["cart_id": "\(cart.id)", "error": "\(error)"])
                    throw DiscountNotReady(cartID: cart.id, tier: offer.tier, error: error)
                }
                run.logger.error(
                    "discount not created; the message goes with the lower code",
                    metadata: [
                        "cart_id": "\(cart.id)", "tier": "\(offer.tier)", "fallback": "\(fallback?.code ?? "none")", "error": "\(error)",
                    ])
                return fallback
            }
        }
    }

    /// Creates `offer`'s code on the cart's platform, then deactivates `lower` there and marks it superseded.
    /// - Returns: The stored code, or `nil` when the cart's platform cannot hold codes (an events cart).
    /// - Throws: ``PlatformDiscountError`` from the platform; ``DiscountNotReady`` when a deactivation should be retried.
    func issue(
        _ offer: DiscountOffer, superseding lower: [Discount], cart: Cart, contact: Contact?, store: StoreConfiguration, run: JobRunContext
    ) async throws -> Discount? {
        guard let client = self.platforms.client(store: store, source: cart.source) else {
            run.logger.info(
                "no discount: the cart's platform cannot hold codes",
                metadata: ["cart_id": "\(cart.id)", "source": "\(cart.source.rawValue)"])
            return nil
        }
        let created = try await self.create(offer, client: client, cart: cart, contact: contact, store: store, now: run.now)
        try await self.supersede(lower, by: created, store: store, cart: cart, run: run)
        return created
    }

    /// What the rules say for `tier` now, from the cart's and the shopper's stored codes.
    func decide(
        tier: Int, flow: FlowDefinition, isFirstMessage: Bool, cart: Cart, contact: Contact?, store: StoreConfiguration, now: Date
    ) async throws -> DiscountDecision {
        let issued = try await self.issued(cartID: cart.id)
        var shopper: [Discount] = []
        if let contact {
            for other in try await self.repositories.carts.list(contactID: contact.id) where other.id != cart.id {
                shopper += try await self.issued(cartID: other.id)
            }
        }
        return DiscountEligibility.decide(
            DiscountRequest(
                ladder: DiscountLadder(flow: flow), requestedTier: tier, isFirstMessage: isFirstMessage, cart: DiscountCart(cart: cart),
                issuedToCart: issued, issuedToShopper: shopper, policy: store.discountPolicy, now: now))
    }

    /// The cart's codes the rules count: every code but an active one that never reached the platform (minted
    /// before codes were created there): such a code works nowhere, so it is neither kept nor resent.
    func issued(cartID: String) async throws -> [Discount] {
        try await self.repositories.discounts.list(cartID: cartID).filter { $0.platformID != nil || $0.status != .active }
    }

    /// Creates a new code for `offer` on the platform, then stores it with the platform's id.
    func create(
        _ offer: DiscountOffer, client: any PlatformDiscountClient, cart: Cart, contact: Contact?, store: StoreConfiguration, now: Date
    ) async throws -> Discount {
        let eligible = DiscountCart(cart: cart).eligibleLines(under: store.discountPolicy)
        let products = eligible.count < cart.items.count ? Array(Set(eligible.map(\.productID))).sorted() : []
        var lastError = PlatformDiscountError(.codeTaken, message: "no code could be minted")
        for _ in 0..<Self.mintAttempts {
            var discount = DiscountIssuer.mint(offer: offer, cart: cart, now: now)
            if try await self.repositories.discounts.find(storeID: store.id, code: discount.code) != nil { continue }
            let request = PlatformDiscountRequest(
                discount: discount, currency: store.currency, minimumSubtotal: offer.minimumCartValue, productIDs: products,
                customerEmail: contact?.email?.lowercased())
            switch await Self.attempt({ () async throws(PlatformDiscountError) -> PlatformDiscount in try await client.create(request) }) {
            case .success(let created): discount.platformID = created.id
            case .failure(let error) where error.kind == .codeTaken:
                lastError = error
                continue
            case .failure(let error): throw error
            }
            guard case .inserted(let stored) = try await self.repositories.discounts.insert(discount) else { continue }
            _ = try await self.queue.enqueue(
                kind: Self.expireKind, payload: ExpirePayload(discountID: stored.id), runAt: stored.expiresAt,
                uniqueKey: "\(Self.expireKind):\(stored.id)", now: now)
            if let checkout = client as? BigCommerceDiscountClient {
                // BigCommerce has no link that applies a code: apply it to the shopper's cart now (best effort).
                try? await checkout.applyToCheckout(cartID: cart.externalID, code: stored.code)
            }
            return stored
        }
        throw lastError
    }

    /// Deactivates `lower` on the platform and marks the cart's other codes superseded by `kept`.
    func supersede(_ lower: [Discount], by kept: Discount, store: StoreConfiguration, cart: Cart, run: JobRunContext) async throws {
        guard !lower.isEmpty else { return }
        if let client = self.platforms.client(store: store, source: cart.source) {
            for discount in lower {
                guard let platformID = discount.platformID else { continue }
                let reference = PlatformDiscount(id: platformID, code: discount.code)
                if case .failure(let error) = await Self.attempt({ () async throws(PlatformDiscountError) in
                    try await client.deactivate(reference, at: run.now)
                }) {
                    guard error.isRetryable, !run.isLastAttempt else {
                        run.logger.error("superseded code not deactivated", metadata: ["code": "\(discount.code)", "error": "\(error)"])
                        continue
                    }
                    throw DiscountNotReady(cartID: cart.id, tier: kept.tier, error: error)
                }
            }
        }
        _ = try await self.repositories.discounts.supersede(cartID: cart.id, keepingID: kept.id)
    }

    /// One platform call as a result (the clients throw typed ``PlatformDiscountError``s).
    static func attempt<T: Sendable>(_ call: () async throws(PlatformDiscountError) -> T) async -> Result<T, PlatformDiscountError> {
        do { return .success(try await call()) } catch { return .failure(error) }
    }

    // MARK: Redemption and expiry

    /// `discount.expire`: marks every active code whose expiry has passed expired.
    func expire(_ job: Job, _ run: JobRunContext) async throws {
        _ = try job.decode(ExpirePayload.self)
        let expired = try await self.repositories.discounts.expire(before: run.now)
        if expired > 0 { run.logger.info("discount codes expired", metadata: ["count": "\(expired)"]) }
    }

    /// Marks the store's codes an order used as redeemed, through `repositories` (the order's transaction); codes
    /// Reclaim never issued are ignored.
    /// - Returns: The codes marked.
    @discardableResult
    static func redeem(codes: [String], storeID: StoreID, in repositories: ReclaimRepositories) async throws -> [Discount] {
        var marked: [Discount] = []
        for code in Set(codes.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }) where !code.isEmpty {
            if let discount = try await repositories.discounts.markRedeemed(storeID: storeID, code: code) { marked.append(discount) }
        }
        return marked
    }
}

/// The platform did not create (or deactivate) a code yet; the job retries with backoff.
struct DiscountNotReady: Error, CustomStringConvertible {
    /// The cart.
    var cartID: String
    /// The tier being issued.
    var tier: Int
    /// The platform's error.
    var error: PlatformDiscountError
    var description: String { "discount tier \(self.tier) for cart \(self.cartID) not created yet: \(self.error)" }
}
