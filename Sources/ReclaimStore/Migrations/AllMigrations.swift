/// Every schema migration, in the order they are applied. Append new ones at the end; never reorder,
/// rename or edit one that has shipped (fix forward).
public enum AllMigrations {
    /// The ordered list ``Migrator`` applies by default.
    public static let list: [any Migration] = [
        // Foundation: queue and webhook dedupe.
        CreateJobsTable(),
        CreateWebhookDeliveriesTable(),
        // Domain tables.
        // Repositories (foreign keys point backwards, so this order matters).
        CreateContactsTable(),
        CreateCartsTable(),
        CreateOrdersTable(),
        CreateJourneysTable(),
        CreateMessagesTable(),
        CreateDiscountsTable(),
        CreateTrackedLinksTable(),
        CreateClicksTable(),
        CreateConversationsTable(),
        CreateTurnsTable(),
        CreateConsentRecordsTable(),
        CreateSuppressionsTable(),
        // Commerce ingestion: further cart keys (Shopify cart_token), the catalog.
        CreateCartKeysTable(),
        CreateProductsTable(),
        // Channels: email HTML, unsubscribe tokens, shared sender pacing.
        CreateChannelTables(),
        // Flows: the engine's state of each journey.
        AddJourneyProgress(),
        // Attribution: the message credited with each recovery.
        AddOrderAttribution(),
        // Inbox: who wrote a person's turn.
        TurnsAddAgent(),
        // Assistant: the catalog version is read before every reply.
        AddProductsUpdatedIndex(),
        // Privacy: the per-installation key of address hashes (existing hashes rekeyed).
        CreateInstallationSecretsTable(),
        // Consent: where the platform says it collected a consent (Shopify consent_collected_from).
        ConsentRecordsAddSourceDetail(),
        // Stats: each figure by store and its own time.
        AddStatsIndexes(),
    ]
}
