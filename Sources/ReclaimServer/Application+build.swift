import Foundation
import Hummingbird
import Logging
import ReclaimCore
import ReclaimPhone
import ReclaimStore
import ServiceLifecycle

/// What ``buildApplication(_:)`` needs from its caller: the CLI's `serve` command in production,
/// `TestArguments` in tests.
public protocol AppArguments: Sendable {
    /// Loaded configuration with environment overrides applied.
    var configuration: ReclaimConfiguration { get }
    /// Source of "now" for scheduling; the system clock except in the demo and tests.
    var clock: any WallClock { get }
    /// Whether to run the background job worker in this process.
    var runsWorker: Bool { get }
    /// Logger for the application.
    var logger: Logger { get }
}

extension AppArguments {
    /// The system clock.
    public var clock: any WallClock { SystemClock() }
    /// Workers run by default.
    public var runsWorker: Bool { true }
    /// A logger labelled `reclaim`.
    public var logger: Logger { Logger(label: "reclaim") }
}

/// Everything long-lived that routes and services share, built once per application.
public struct AppDependencies: Sendable {
    /// Loaded configuration.
    public var configuration: ReclaimConfiguration
    /// The open database.
    public var database: ReclaimDatabase
    /// The durable job queue.
    public var queue: JobQueue
    /// Source of "now".
    public var clock: any WallClock
    /// Application logger.
    public var logger: Logger
    /// Phone number parsing (libphonenumber).
    public var phones: PhoneNumberParser
    /// Every store's SMS and email channels.
    public var channels: ChannelDirectory
    /// Every store's flows.
    public var flows: FlowDirectory
    /// Message templates (built-ins, validated).
    public var templates: TemplateLibrary
    /// Each store's assistant, indexed over its catalog.
    public var assistants: AssistantDirectory
    /// Wakes the idle job worker when a message is queued to go out now.
    public var jobWakeup: JobWakeup
    /// Wrong store API keys counted per address and overall, wherever a key is presented (API and dashboard).
    var keyGuesses: KeyGuessThrottle

    /// Signals for the flow engine (clicks, replies, opt-outs), delivered through the queue.
    public var flowEvents: FlowEventPublisher { FlowEventPublisher(queue: self.queue) }

    /// Repositories over the database.
    public var repositories: ReclaimRepositories { ReclaimRepositories(database: self.database.sql) }

    /// Creates the dependencies; `flows` defaults to those parsed when `configuration` was loaded.
    public init(
        configuration: ReclaimConfiguration, database: ReclaimDatabase, clock: any WallClock, logger: Logger,
        phones: PhoneNumberParser = PhoneNumberParser(), channels: ChannelDirectory = ChannelDirectory([:]),
        flows: FlowDirectory? = nil, templates: TemplateLibrary = .builtIn
    ) {
        self.configuration = configuration
        self.database = database
        self.queue = JobQueue(database: database)
        self.clock = clock
        self.logger = logger
        self.phones = phones
        self.channels = channels
        self.flows = flows ?? FlowDirectory(configuration: configuration)
        self.templates = templates
        self.assistants = AssistantDirectory()
        self.jobWakeup = JobWakeup()
        self.keyGuesses = KeyGuessThrottle()
    }
}

/// Opens the database, applies migrations and assembles the HTTP application and its services.
///
/// - Parameter arguments: Configuration and process options.
/// - Returns: The application, ready for `runService()`.
/// - Throws: ``DatabaseOpenError`` when the database can't be reached, or a migration error.
public func buildApplication(_ arguments: some AppArguments) async throws -> some ApplicationProtocol {
    try await buildApplicationAndDependencies(arguments).application
}

/// ``buildApplication(_:)``, also returning the dependencies its routes, jobs and worker share: tests reach the
/// application's own database pool, queue and channels through them.
func buildApplicationAndDependencies(
    _ arguments: some AppArguments
) async throws -> (application: some ApplicationProtocol, dependencies: AppDependencies) {
    let configuration = arguments.configuration
    let logger = arguments.logger
    let database = try await ReclaimDatabase.open(url: configuration.database.url, logger: logger)
    do {
        let applied = try await Migrator(database: database, logger: logger).migrate()
        if !applied.isEmpty { logger.info("applied migrations", metadata: ["migrations": "\(applied)"]) }
        let channels = try ChannelDirectory(configuration: configuration, clock: arguments.clock)
        warnAboutReadiness(configuration, logger: logger)
        let dependencies = AppDependencies(
            configuration: configuration, database: database, clock: arguments.clock, logger: logger, channels: channels)
        if arguments.runsWorker {
            try await scheduleComplianceJobs(dependencies)
            let recovered = try await dependencies.outboxRecovery.run()
            if recovered > 0 { logger.info("outbox rows picked up after restart", metadata: ["count": "\(recovered)"]) }
        }
        let router = buildRouter(dependencies)
        var app = Application(
            router: router,
            configuration: .init(
                address: .hostname(configuration.server.host, port: configuration.server.port), serverName: "reclaim"),
            logger: logger
        )
        app.addServices(DatabaseService(database: database, logger: logger))
        if arguments.runsWorker {
            app.addServices(try JobWorkerService(dependencies: dependencies, registry: buildJobRegistry(dependencies)))
        }
        return (app, dependencies)
    } catch {
        try? await database.shutdown()
        throw error
    }
}

/// Builds the router with every middleware and controller.
/// - Parameter dependencies: Shared application state.
/// - Returns: The router.
public func buildRouter(_ dependencies: AppDependencies) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: JSONErrorMiddleware())
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: BodyLimitMiddleware(limit: dependencies.configuration.server.maxBodyBytes))
    _ = PrometheusMetrics.registry

    var openAPI = OpenAPIDocument()
    openAPI.add("get", "/healthz", .init(summary: "Liveness: the process answers", tag: "operations"))
    openAPI.add(
        "get", "/readyz", .init(summary: "Readiness: the database answers", tag: "operations", responses: [503: "database unreachable"]))
    openAPI.add(
        "get", "/metrics",
        .init(
            summary: "Prometheus metrics (text exposition format)", tag: "operations",
            responses: [401: "server.metrics_token is set and the bearer token is missing or wrong"]))

    router.addRoutes(HealthController(database: dependencies.database).endpoints)
    router.addRoutes(
        MetricsController(
            queue: dependencies.queue, clock: dependencies.clock, token: dependencies.configuration.server.metricsToken
        ).endpoints)
    addComplianceRoutes(to: router, dependencies, openAPI: &openAPI)
    addCommerceRoutes(to: router, dependencies, openAPI: &openAPI)
    addConversationRoutes(to: router, dependencies, openAPI: &openAPI)
    addChannelRoutes(to: router, dependencies)
    addDashboardRoutes(to: router, dependencies)
    addCaptureRoutes(to: router, dependencies, openAPI: &openAPI)
    router.addRoutes(OpenAPIController(document: openAPI).endpoints)
    return router
}

extension JobWorkerService {
    /// A worker configured from the `worker:` section, woken by the application's ``JobWakeup``: the worker
    /// `reclaim serve` runs.
    public init(dependencies: AppDependencies, registry: JobHandlerRegistry) throws {
        let section = dependencies.configuration.worker
        let settings = Settings(
            batchSize: section.batchSize, concurrency: section.concurrency,
            lease: try HumanDuration.seconds(section.lease), pollInterval: try HumanDuration.seconds(section.pollInterval))
        self.init(
            queue: dependencies.queue, registry: registry, clock: dependencies.clock, settings: settings,
            logger: dependencies.logger, wakeup: dependencies.jobWakeup)
    }
}

/// Builds the application and runs it until SIGTERM or SIGINT, then shuts down gracefully:
/// the listener stops, the worker finishes the jobs it holds, the database closes last. Shutdown has a
/// deadline (`server.shutdown_timeout`, ``ShutdownDeadline``): past it the process exits even if a job hangs.
/// - Parameter arguments: Configuration and process options.
public func runApplication(_ arguments: some AppArguments) async throws {
    // At most a day: a longer wait is no deadline, and the conversion must not overflow.
    let timeout = min(try HumanDuration.seconds(arguments.configuration.server.shutdownTimeout), 86_400)
    let app = try await buildApplication(arguments)
    let deadline = ShutdownDeadline(timeout: .milliseconds(Int64((timeout * 1000).rounded())), logger: arguments.logger)
    try await deadline.group(running: [app]).run()
    deadline.disarm()
}

/// Logs each store's ``StoreReadiness`` problems once, at start-up: a merchant whose platform consent
/// cannot count learns it before the first cart is blocked.
func warnAboutReadiness(_ configuration: ReclaimConfiguration, logger: Logger) {
    for store in configuration.stores {
        for problem in StoreReadiness(store).problems {
            logger.warning("store not ready: \(problem.message)", metadata: ["store": "\(store.id)", "key": "\(problem.key)"])
        }
    }
}
