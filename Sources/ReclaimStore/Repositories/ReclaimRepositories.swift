import SQLKit

/// Every repository over one database, so the server holds a single value.
///
/// ```swift
/// let repositories = ReclaimRepositories(database: database.sql)
/// let cart = try await repositories.carts.upsert(cart)
/// ```
///
/// The repositories are plain values over the same `SQLDatabase`; pass a transaction's database to
/// ``init(database:)`` to run several repository calls in one transaction.
public struct ReclaimRepositories: Sendable {
    /// The database every repository uses.
    public let database: any SQLDatabase
    /// Shoppers.
    public let contacts: SQLContactStore
    /// Carts.
    public let carts: SQLCartStore
    /// Orders.
    public let orders: SQLOrderStore
    /// The append-only consent log.
    public let consent: SQLConsentStore
    /// The do-not-message list.
    public let suppressions: SQLSuppressionStore
    /// Journeys.
    public let journeys: SQLJourneyStore
    /// The outbox and inbox.
    public let messages: SQLMessageStore
    /// Discount codes.
    public let discounts: SQLDiscountStore
    /// Tracked links and clicks.
    public let links: SQLLinkStore
    /// Unsubscribe tokens.
    public let unsubscribes: SQLUnsubscribeStore
    /// Conversations and turns.
    public let conversations: SQLConversationStore

    /// Creates every repository over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
        self.contacts = SQLContactStore(database: database)
        self.carts = SQLCartStore(database: database)
        self.orders = SQLOrderStore(database: database)
        self.consent = SQLConsentStore(database: database)
        self.suppressions = SQLSuppressionStore(database: database)
        self.journeys = SQLJourneyStore(database: database)
        self.messages = SQLMessageStore(database: database)
        self.discounts = SQLDiscountStore(database: database)
        self.links = SQLLinkStore(database: database)
        self.unsubscribes = SQLUnsubscribeStore(database: database)
        self.conversations = SQLConversationStore(database: database)
    }
}
