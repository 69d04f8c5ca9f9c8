extension ReclaimConfiguration {
    /// `retention:` (top level, applies to every store): how long personal message text and finished
    /// jobs are kept before the daily `retention.sweep` job removes them.
    ///
    /// ```yaml
    /// retention: { days: 365, jobs_days: 30 }
    /// ```
    public struct RetentionSection: Codable, Sendable, Hashable {
        /// Days an inbound message body is kept before it is replaced by a placeholder.
        public var days: Int
        /// Days a finished (done or cancelled) job row is kept before it is deleted.
        public var jobsDays: Int

        /// Creates the section; the defaults keep texts a year and finished jobs a month.
        public init(days: Int = 365, jobsDays: Int = 30) {
            self.days = days
            self.jobsDays = jobsDays
        }

        /// Decodes the section; a missing key keeps its default.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = RetentionSection()
            self.days = try container.decodeIfPresent(Int.self, forKey: .days) ?? defaults.days
            self.jobsDays = try container.decodeIfPresent(Int.self, forKey: .jobsDays) ?? defaults.jobsDays
        }
    }
}
