import ReclaimStore

/// The jobs a running ``JobWorkerService`` holds under lease: claimed and waiting to start, or running.
///
/// Jobs of a kind with a batch handler wait until no batch of their kind runs, then start together as
/// the next batch; other jobs start one by one, oldest due first.
struct HeldJobs {
    private var waitingSingles: [Job] = []
    private var waitingBatches: [String: [Job]] = [:]
    private var runningBatches: [String: Int] = [:]
    /// Single jobs running now.
    var runningSingles = 0

    /// Every job held: waiting or running.
    var count: Int {
        self.waitingSingles.count + self.runningSingles + self.waitingBatches.values.reduce(0) { $0 + $1.count }
            + self.runningBatches.values.reduce(0, +)
    }

    /// Takes newly claimed jobs; `batched` tells whether a kind runs in batches.
    mutating func add(_ jobs: [Job], batched: (String) -> Bool) {
        for job in jobs {
            if batched(job.kind) {
                self.waitingBatches[job.kind, default: []].append(job)
            } else {
                self.waitingSingles.append(job)
            }
        }
        self.waitingSingles.sort { ($0.runAt, $0.id) < ($1.runAt, $1.id) }
    }

    /// The batches that may start now (their kind has none running), marked running.
    mutating func startBatches() -> [(kind: String, jobs: [Job])] {
        var started: [(kind: String, jobs: [Job])] = []
        for kind in self.waitingBatches.keys.sorted() where self.runningBatches[kind] == nil {
            guard let jobs = self.waitingBatches.removeValue(forKey: kind), !jobs.isEmpty else { continue }
            self.runningBatches[kind] = jobs.count
            started.append((kind, jobs))
        }
        return started
    }

    /// The oldest waiting single job, marked running; `nil` when none waits.
    mutating func startSingle() -> Job? {
        guard !self.waitingSingles.isEmpty else { return nil }
        self.runningSingles += 1
        return self.waitingSingles.removeFirst()
    }

    /// Notes that the running batch of `kind` finished.
    mutating func finishBatch(_ kind: String) {
        self.runningBatches[kind] = nil
    }
}
