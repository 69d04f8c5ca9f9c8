extension ReclaimConfiguration {
    /// `retention:` (top level, applies to every store): how long personal message text, conversation
    /// turns, finished jobs and webhook delivery records are kept before the daily `retention.sweep` job
    /// removes them.
    ///
    /// ```yaml
    /// retention: { days: 365, jobs_days: 30, webhook_deliveries_days: 7 }
    /// ```
    public struct RetentionSection: Codable, Sendable, Hashable {
        /// Days an inbound message body is kept before it is replaced by a placeholder, and a conversation
        /// turn before it is deleted.
        public var days: Int
        /// Days a finished (done, dead or cancelled) job row is kept before it is deleted.
        public var jobsDays: Int
        /// Days a webhook or event delivery id is remembered for deduplication: longer than any platform
        /// retries (Shopify redelivers for 48 hours), so at least 3.
        public var webhookDeliveriesDays: Int

        /// The shortest `webhook_deliveries_days`: Shopify's 48-hour retry window plus a day.
        public static let minimumWebhookDeliveriesDays = 3

        /// Creates the section; the defaults keep texts a year, finished jobs a month and delivery ids a week.
        public init(days: Int = 365, jobsDays: Int = 30, webhookDeliveriesDays: Int = 7) {
            self.days = days
            self.jobsDays = jobsDays
            self.webhookDeliveriesDays = webhookDeliveriesDays
        }

        /// Decodes the section; a missing key keeps its default.
        /// - Throws: `DecodingError.dataCorrupted` naming the key for a period below its minimum.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = RetentionSection()
            self.days = try container.decodeIfPresent(Int.self, forKey: .days) ?? defaults.days
            self.jobsDays = try container.decodeIfPresent(Int.self, forKey: .jobsDays) ?? defaults.jobsDays
            self.webhookDeliveriesDays =
                try container.decodeIfPresent(Int.self, forKey: .webhookDeliveriesDays) ?? defaults.webhookDeliveriesDays
            for (key, value, minimum) in [
                (CodingKeys.days, self.days, 1), (.jobsDays, self.jobsDays, 1),
                (.webhookDeliveriesDays, self.webhookDeliveriesDays, Self.minimumWebhookDeliveriesDays),
            ] where value < minimum {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "must be at least \(minimum) days, got \(value)")
            }
        }
    }
}
