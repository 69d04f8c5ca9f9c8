import ReclaimCore

/// Job kinds of the flow scheduler: `flow.start` (a cart was abandoned), `flow.step` (a step is due)
/// and `flow.signal` (a click, reply, opt-out or purchase reached the journey).
func registerFlowJobs(in registry: inout JobHandlerRegistry, _ dependencies: AppDependencies) {
    let journeys = JourneyService(dependencies)
    registry.register(JourneyJobs.startKind) { job, run in try await journeys.start(job, run) }
    registry.register(JourneyJobs.stepKind) { job, run in try await journeys.step(job, run) }
    let steps = StepBatchRunner(journeys)
    registry.registerBatch(JourneyJobs.stepKind) { jobs, run in await steps.run(jobs, run) }
    registry.register(JourneyJobs.signalKind) { job, run in try await journeys.signal(job, run) }
}
