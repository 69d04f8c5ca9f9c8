import ReclaimCore

/// The whole of `reclaim.yml` after environment overrides: database, listener and stores.
///
/// Keys are snake_case in the file (`public_url`) and camelCase here. Unknown keys are ignored so
/// that newer files still load; a value of the wrong type is an error naming its path.
public struct ReclaimConfiguration: Codable, Sendable {
    /// Database connection.
    public var database: DatabaseSection
    /// HTTP listener and public URL.
    public var server: ServerSection
    /// The merchants served by this process.
    public var stores: [StoreConfiguration]
    /// Background worker tuning.
    public var worker: WorkerSection
    /// Data retention (top-level, for every store): see ``RetentionSection``.
    public var retention: RetentionSection = RetentionSection()

    /// Built-in defaults: SQLite in the working directory, loopback port 8080, no stores.
    public static let defaults = ReclaimConfiguration(
        database: .init(url: "sqlite://reclaim.sqlite"),
        server: .init(host: "127.0.0.1", port: 8080, publicURL: "http://127.0.0.1:8080", maxBodyBytes: 1 << 20),
        stores: [],
        worker: .init()
    )

    /// Creates a configuration.
    public init(database: DatabaseSection, server: ServerSection, stores: [StoreConfiguration], worker: WorkerSection) {
        self.database = database
        self.server = server
        self.stores = stores
        self.worker = worker
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Self.defaults
        self.database = try container.decodeIfPresent(DatabaseSection.self, forKey: .database) ?? defaults.database
        self.server = try container.decodeIfPresent(ServerSection.self, forKey: .server) ?? defaults.server
        self.stores = try container.decodeIfPresent([StoreConfiguration].self, forKey: .stores) ?? []
        self.worker = try container.decodeIfPresent(WorkerSection.self, forKey: .worker) ?? WorkerSection()
        self.retention = try container.decodeIfPresent(RetentionSection.self, forKey: .retention) ?? RetentionSection()
    }

    /// The store whose route id is `id`.
    public func store(_ id: StoreID) -> StoreConfiguration? {
        self.stores.first { $0.id == id }
    }

    /// `database:` section.
    public struct DatabaseSection: Codable, Sendable {
        /// `sqlite://path`, `sqlite::memory:` or `postgres://user:pass@host:port/db`.
        public var url: String
        /// Creates the section.
        public init(url: String) { self.url = url }
    }

    /// `server:` section.
    public struct ServerSection: Codable, Sendable {
        /// Interface to bind.
        public var host: String
        /// Port to bind; 0 picks a free one.
        public var port: Int
        /// Base URL for links in messages and provider callbacks.
        public var publicURL: String
        /// Largest request body accepted; larger ones get 413.
        public var maxBodyBytes: Int
        /// Bearer token `/metrics` requires (`metrics_token`, `metrics_token_env`, or `RECLAIM_METRICS_TOKEN`);
        /// `nil` leaves `/metrics` open, for a listener that only the scraper can reach.
        public var metricsToken: String?
        /// How long graceful shutdown may take (`shutdown_timeout`, default `30s`): then running work is
        /// cancelled, and a few seconds later the process exits even if a job still hangs
        /// (``ShutdownDeadline``).
        public var shutdownTimeout: String = "30s"

        /// ``publicURL`` without trailing slashes, ready for `base + "/r/" + token`.
        public var baseURL: String {
            var base = self.publicURL
            while base.hasSuffix("/") { base.removeLast() }
            return base
        }

        /// Creates the section.
        public init(host: String, port: Int, publicURL: String, maxBodyBytes: Int) {
            self.host = host
            self.port = port
            self.publicURL = publicURL
            self.maxBodyBytes = maxBodyBytes
        }

        enum CodingKeys: String, CodingKey {
            case host, port
            case publicURL = "publicUrl"
            case maxBodyBytes, metricsToken, shutdownTimeout
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = ReclaimConfiguration.defaults.server
            self.host = try container.decodeIfPresent(String.self, forKey: .host) ?? defaults.host
            self.port = try container.decodeIfPresent(Int.self, forKey: .port) ?? defaults.port
            self.publicURL = try container.decodeIfPresent(String.self, forKey: .publicURL) ?? defaults.publicURL
            self.maxBodyBytes = try container.decodeIfPresent(Int.self, forKey: .maxBodyBytes) ?? defaults.maxBodyBytes
            self.metricsToken = try container.decodeIfPresent(String.self, forKey: .metricsToken).flatMap { $0.isEmpty ? nil : $0 }
            self.shutdownTimeout = try container.decodeIfPresent(String.self, forKey: .shutdownTimeout) ?? defaults.shutdownTimeout
            do {
                _ = try HumanDuration.seconds(self.shutdownTimeout)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .shutdownTimeout, in: container, debugDescription: "\(error)")
            }
        }
    }

    /// `worker:` section: how the background job worker claims work.
    public struct WorkerSection: Codable, Sendable {
        /// Jobs claimed per round trip (default 100). Due flow steps and dispatches claimed together run as one
        /// batch, so a larger claim is cheaper per job: a million journeys keep up with 1,000 steps a second at
        /// 100, and fall behind at 20 or 50 (docs/benchmarks.md).
        public var batchSize: Int
        /// Jobs run at once.
        public var concurrency: Int
        /// How long a claimed job stays leased before another worker may take it (default `15s`). A running
        /// worker extends its leases every third of this (a heartbeat), so a long job keeps its lease and a
        /// killed worker's jobs are claimed again this long after its last heartbeat.
        public var lease: String
        /// Pause between empty polls, e.g. `250ms` is written `0.25s`.
        public var pollInterval: String

        /// Creates the section with defaults.
        public init(batchSize: Int = 100, concurrency: Int = 8, lease: String = "15s", pollInterval: String = "0.2s") {
            self.batchSize = batchSize
            self.concurrency = concurrency
            self.lease = lease
            self.pollInterval = pollInterval
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = WorkerSection()
            self.batchSize = try container.decodeIfPresent(Int.self, forKey: .batchSize) ?? defaults.batchSize
            self.concurrency = try container.decodeIfPresent(Int.self, forKey: .concurrency) ?? defaults.concurrency
            self.lease = try container.decodeIfPresent(String.self, forKey: .lease) ?? defaults.lease
            self.pollInterval = try container.decodeIfPresent(String.self, forKey: .pollInterval) ?? defaults.pollInterval
        }
    }
}
