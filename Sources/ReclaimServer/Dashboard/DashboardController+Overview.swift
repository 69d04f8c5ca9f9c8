import Foundation
import Hummingbird
import ReclaimCore
import ReclaimStore

extension DashboardController {
    /// The landing page: the KPI cards and the daily chart for `?from=&to=` (``DashboardRange``), from
    /// ``StatsService`` (the same figures as `GET …/stats` for that range).
    @Sendable func overview(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await Self.guarded {
            let signedIn = try await self.signedIn(request, context)
            let range = try self.range(request)
            let report = try await self.stats.report(
                storeID: signedIn.store.id, currency: signedIn.store.currency, from: range.start, to: range.end, by: .day)
            let html = OverviewPage(store: signedIn.store, formToken: signedIn.formToken).render(range: range, report: report)
            return DashboardHTML.response(html)
        }
    }

    /// Sent, delivered, clicked, replied, opted out, recovered and revenue per flow step and per channel,
    /// for `?from=&to=`, from ``StatsService`` (`GET …/stats?by=step` and `by=channel`).
    @Sendable func funnel(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await Self.guarded {
            let signedIn = try await self.signedIn(request, context)
            let range = try self.range(request)
            let store = signedIn.store
            let steps = try await self.stats.report(
                storeID: store.id, currency: store.currency, from: range.start, to: range.end, by: .step)
            let channels = try await self.stats.report(
                storeID: store.id, currency: store.currency, from: range.start, to: range.end, by: .channel)
            let html = FunnelPage(store: store, formToken: signedIn.formToken).render(range: range, steps: steps, channels: channels)
            return DashboardHTML.response(html)
        }
    }

    /// The holdout and the flows' variants for `?from=&to=`, from ``StatsService`` (`GET …/stats`'s
    /// `holdout` and `experiments`).
    @Sendable func experiments(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await Self.guarded {
            let signedIn = try await self.signedIn(request, context)
            let range = try self.range(request)
            let report = try await self.stats.report(
                storeID: signedIn.store.id, currency: signedIn.store.currency, from: range.start, to: range.end, by: nil)
            let html = ExperimentsPage(store: signedIn.store, formToken: signedIn.formToken).render(range: range, report: report)
            return DashboardHTML.response(html)
        }
    }

    /// The page's ``DashboardRange`` from `?from=&to=`.
    func range(_ request: Request) throws -> DashboardRange {
        let query = request.uri.queryParameters
        func parameter(_ name: String) -> String? {
            query[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        }
        return try DashboardRange(from: parameter("from"), to: parameter("to"), now: self.clock.now())
    }
}
