import Foundation
import Hummingbird
import NIOCore
import ReclaimCore
import ReclaimStore

/// `GET …/consents/export.csv` (the consent log as CSV) and `POST …/contacts/erase`, behind the
/// store's API key.
public struct ConsentController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Erases a shopper.
    let erasure: ContactErasureService

    /// The routes, relative to `/api/v1/stores/{store}`.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("consents/export.csv", use: self.export)
            .post("contacts/erase", use: self.erase)
    }

    @Sendable func export(_ request: Request, context: AppRequestContext) async throws -> Response {
        let store = try StoreLookup.store(context, self.configuration)
        let records = try await ConsentExport.records(self.repositories, storeID: store.id)
        let csv = ConsentExport.csv(records)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"consents-\(store.id).csv\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: csv)))
    }

    @Sendable func erase(_ request: Request, context: AppRequestContext) async throws -> ContactErasureService.Result {
        let store = try StoreLookup.store(context, self.configuration)
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        guard body.readableBytes > 0 else { throw APIError.invalidField("phone", "give a phone or an email to erase") }
        let erasure = try JSONDecoder().decode(ContactErasureService.Request.self, from: Data(body.readableBytesView))
        return try await self.erasure.erase(store: store, request: erasure)
    }
}
