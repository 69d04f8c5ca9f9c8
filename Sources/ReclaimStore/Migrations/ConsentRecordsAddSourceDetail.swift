import SQLKit

/// Adds `consent_records.source_detail`: where the source itself says the consent was collected, as it
/// said it (`shopify:shopify` for Shopify Checkout, `shopify:other`, `shopify:checkout`, `popup`), beside
/// the coarse `source`.
public struct ConsentRecordsAddSourceDetail: Migration {
    /// `ConsentRecordsAddSourceDetail`.
    public var name: String { "ConsentRecordsAddSourceDetail" }

    /// Creates the migration.
    public init() {}

    /// Adds the column.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.alter(table: "consent_records").column("source_detail", type: .text).run()
    }
}
