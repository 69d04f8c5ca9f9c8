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
            let query = request.uri.queryParameters
            func parameter(_ name: String) -> String? {
                query[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
            }
            let range = try DashboardRange(from: parameter("from"), to: parameter("to"), now: self.clock.now())
            let report = try await self.stats.report(
                storeID: signedIn.store.id, currency: signedIn.store.currency, from: range.start, to: range.end, by: .day)
            let html = OverviewPage(store: signedIn.store, formToken: signedIn.formToken).render(range: range, report: report)
            return DashboardHTML.response(html)
        }
    }
}
