import Foundation
import Hummingbird
import NIOCore
import ReclaimCore

/// `POST /api/v1/stores/{store}/policy/check`: the send gate as a what-if, behind the store's API key.
public struct PolicyController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Judges the what-if.
    let service: PolicyCheckService

    /// The routes, relative to `/api/v1/stores/{store}`.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .post("policy/check", use: self.check)
    }

    @Sendable func check(_ request: Request, context: AppRequestContext) async throws -> PolicyCheckResponse {
        let store = try StoreLookup.store(context, self.configuration)
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        guard body.readableBytes > 0 else { throw APIError.invalidField("phone", "required field is missing") }
        let question = try JSONDecoder().decode(PolicyCheckRequest.self, from: Data(body.readableBytesView))
        return try await self.service.check(store: store, request: question)
    }
}
