import Foundation

/// What happens to a cart that can change its ``CartStatus``.
public enum CartEvent: String, Codable, Sendable, Hashable, CaseIterable {
    /// The idle check found the cart idle past the store's abandonment time.
    case abandon
    /// An update arrived with no items.
    case empty
    /// The platform deleted the checkout.
    case delete
    /// A newer abandoned cart of the same shopper took over.
    case supersede
    /// An order matched the cart.
    case recover
    /// New activity with items on an emptied or superseded cart.
    case reopen
}

/// The cart's lifecycle: for each ``CartEvent``, the statuses it may leave and the one it reaches.
///
/// The services ask it and store what it decides; the store's compare-and-set by prior status takes
/// ``allowedFrom(_:)``, so a concurrent change between reading and writing is refused the same way.
///
/// | event       | from                                              | to         |
/// |-------------|---------------------------------------------------|------------|
/// | `abandon`   | open                                              | abandoned  |
/// | `empty`     | open, abandoned                                   | emptied    |
/// | `delete`    | open, abandoned, emptied                          | deleted    |
/// | `supersede` | open, abandoned, emptied                          | superseded |
/// | `recover`   | open, abandoned, emptied, superseded, deleted     | recovered  |
/// | `reopen`    | emptied, superseded                               | open       |
///
/// A recovered cart is final.
public enum CartLifecycle {
    /// The lifecycle's answer to one event on a cart in one status.
    public enum Decision: Sendable, Hashable {
        /// The cart moves to this status.
        case moves(to: CartStatus)
        /// The cart stays as it is, for this reason.
        case refused(Refusal)
    }

    /// Why an event leaves a cart as it is.
    public enum Refusal: String, Sendable, Hashable, CaseIterable {
        /// The cart already has the status the event leads to.
        case alreadyThere = "already_there"
        /// A recovered cart never changes again.
        case recoveredIsFinal = "recovered_is_final"
        /// Only an open cart can be abandoned.
        case notOpen = "not_open"
        /// Only a live cart (open or abandoned) can be emptied.
        case notLive = "not_live"
        /// Only an emptied or superseded cart is reopened; an open or abandoned one goes on as it is.
        case notClosed = "not_closed"
    }

    /// The status `event` leads to.
    public static func target(of event: CartEvent) -> CartStatus {
        switch event {
        case .abandon: .abandoned
        case .empty: .emptied
        case .delete: .deleted
        case .supersede: .superseded
        case .recover: .recovered
        case .reopen: .open
        }
    }

    /// The statuses `event` may leave: the store's compare-and-set takes exactly these.
    public static func allowedFrom(_ event: CartEvent) -> Set<CartStatus> {
        switch event {
        case .abandon: [.open]
        case .empty: [.open, .abandoned]
        case .delete, .supersede: [.open, .abandoned, .emptied]
        case .recover: [.open, .abandoned, .emptied, .superseded, .deleted]
        case .reopen: [.emptied, .superseded]
        }
    }

    /// What `event` does to a cart in `status`.
    public static func decide(_ event: CartEvent, from status: CartStatus) -> Decision {
        let target = Self.target(of: event)
        if Self.allowedFrom(event).contains(status) { return .moves(to: target) }
        if status == target { return .refused(.alreadyThere) }
        if status == .recovered { return .refused(.recoveredIsFinal) }
        switch event {
        case .abandon: return .refused(.notOpen)
        case .reopen: return .refused(.notClosed)
        case .empty, .delete, .supersede, .recover: return .refused(.notLive)
        }
    }
}
