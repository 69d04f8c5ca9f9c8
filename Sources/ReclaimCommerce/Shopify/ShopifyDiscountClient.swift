import Foundation
import ReclaimCore

/// Creates single-use codes with Shopify's Admin GraphQL API (`discountCodeBasicCreate`, or
/// `discountCodeFreeShippingCreate` for free shipping) and supersedes them with `discountCodeDeactivate`.
///
/// Every code gets `usageLimit: 1`, `appliesOncePerCustomer: true`, `endsAt`, the tier's minimum subtotal,
/// the cart's eligible products when exclusions left only some, and the shopper as the only customer when
/// their Shopify customer id is known (`context`, API 2025-01 and later). Business errors arrive as HTTP 200
/// with `userErrors` (`TAKEN` for a duplicate code); throttling as HTTP 200 with `errors[].extensions.code`
/// `THROTTLED`.
public struct ShopifyDiscountClient: PlatformDiscountClient {
    /// The Admin API version Reclaim speaks.
    public static let apiVersion = "2026-07"

    /// The HTTP client.
    public let http: any HTTPFetching
    /// `https://{shop}.myshopify.com`, or a local stand-in in tests.
    public let apiBaseURL: String
    /// The offline access token (`X-Shopify-Access-Token`), scope `write_discounts`.
    public let adminToken: String

    /// Creates a client.
    /// - Parameters:
    ///   - http: The HTTP client.
    ///   - shopDomain: `northwind.myshopify.com`; used when `apiBaseURL` is `nil`.
    ///   - apiBaseURL: Overrides the shop's address (tests).
    ///   - adminToken: The Admin API token.
    public init(http: any HTTPFetching, shopDomain: String, apiBaseURL: String? = nil, adminToken: String) {
        self.http = http
        self.apiBaseURL = PlatformDiscountHTTP.trimmed(apiBaseURL ?? "https://\(shopDomain)")
        self.adminToken = adminToken
    }

    /// The GraphQL endpoint.
    public var endpoint: String { "\(self.apiBaseURL)/admin/api/\(Self.apiVersion)/graphql.json" }

    /// Creates the code; see ``PlatformDiscountClient/create(_:)``.
    public func create(_ request: PlatformDiscountRequest) async throws(PlatformDiscountError) -> PlatformDiscount {
        let freeShipping = request.type == .freeShipping
        let mutation = freeShipping ? "discountCodeFreeShippingCreate" : "discountCodeBasicCreate"
        let argument = freeShipping ? "freeShippingCodeDiscount" : "basicCodeDiscount"
        let inputType = freeShipping ? "DiscountCodeFreeShippingInput" : "DiscountCodeBasicInput"
        let query = """
            mutation \(mutation)($input: \(inputType)!) { \(mutation)(\(argument): $input) { \
            codeDiscountNode { id } userErrors { field code message } } }
            """
        let payload = try await self.call(query: query, variables: ["input": Self.input(request)], mutation: mutation)
        guard let id = payload.codeDiscountNode?.id else {
            throw PlatformDiscountError(.permanent, status: 200, message: "\(mutation) returned no codeDiscountNode")
        }
        return PlatformDiscount(id: id, code: request.code)
    }

    /// Deactivates the code (`status` becomes `EXPIRED`); see ``PlatformDiscountClient/deactivate(_:at:)``.
    public func deactivate(_ discount: PlatformDiscount, at now: Date) async throws(PlatformDiscountError) {
        let query = """
            mutation discountCodeDeactivate($id: ID!) { discountCodeDeactivate(id: $id) { \
            codeDiscountNode { id } userErrors { field code message } } }
            """
        _ = try await self.call(query: query, variables: ["id": .string(discount.id)], mutation: "discountCodeDeactivate")
    }

    /// `DiscountCodeBasicInput` (or the free-shipping input) for one code.
    static func input(_ request: PlatformDiscountRequest) -> JSONValue {
        var input: [String: JSONValue] = [
            "title": .string(request.title), "code": .string(request.code),
            "startsAt": .string(PlatformDiscountHTTP.iso8601(request.startsAt)),
            "endsAt": .string(PlatformDiscountHTTP.iso8601(request.endsAt)), "usageLimit": .number(1),
            "appliesOncePerCustomer": .bool(true),
            "context": request.customerID.map { .object(["customers": .object(["add": .array([.string(Self.gid("Customer", $0))])])]) }
                ?? .object(["all": .string("ALL")]),
            "combinesWith": .object(["orderDiscounts": .bool(false), "productDiscounts": .bool(false), "shippingDiscounts": .bool(true)]),
        ]
        if let minimum = request.minimumSubtotal, minimum > 0 {
            input["minimumRequirement"] = .object([
                "subtotal": .object([
                    "greaterThanOrEqualToSubtotal": .string(PlatformDiscountHTTP.decimal(minor: minimum, currency: request.currency))
                ])
            ])
        }
        switch request.type {
        case .freeShipping:
            input["destination"] = .object(["all": .bool(true)])
            input["combinesWith"] = .object([
                "orderDiscounts": .bool(false), "productDiscounts": .bool(false), "shippingDiscounts": .bool(false),
            ])
        case .percent, .fixedAmount:
            let value: JSONValue =
                request.type == .percent
                ? .object(["percentage": .number(Double(request.value) / 100)])
                : .object([
                    "discountAmount": .object([
                        "amount": .string(PlatformDiscountHTTP.decimal(minor: request.value, currency: request.currency)),
                        "appliesOnEachItem": .bool(false),
                    ])
                ])
            let items: JSONValue =
                request.productIDs.isEmpty
                ? .object(["all": .bool(true)])
                : .object(["products": .object(["productsToAdd": .array(request.productIDs.map { .string(Self.gid("Product", $0)) })])])
            input["customerGets"] = .object(["value": value, "items": items])
        }
        return .object(input)
    }

    /// `gid://shopify/Product/123` for `123`; a gid stays as it is.
    static func gid(_ type: String, _ id: String) -> String {
        id.hasPrefix("gid://") ? id : "gid://shopify/\(type)/\(id)"
    }

    func call(query: String, variables: [String: JSONValue], mutation: String) async throws(PlatformDiscountError) -> ShopifyMutationPayload
    {
        let request = CommerceHTTPRequest(
            method: "POST", url: self.endpoint,
            headers: ["X-Shopify-Access-Token": self.adminToken, "Content-Type": "application/json", "Accept": "application/json"],
            body: PlatformDiscountHTTP.body(.object(["query": .string(query), "variables": .object(variables)])))
        let response = try await PlatformDiscountHTTP.send(self.http, request)
        let decoded = try? JSONDecoder().decode(ShopifyGraphQLResponse.self, from: response.body)
        guard response.status == 200 else {
            let message = decoded?.errors?.first?.message ?? decoded?.errorText ?? "HTTP \(response.status)"
            throw PlatformDiscountError(PlatformDiscountError.kind(forStatus: response.status), status: response.status, message: message)
        }
        guard let decoded else { throw PlatformDiscountError(.retryable, status: 200, message: "the answer is not GraphQL JSON") }
        if let errors = decoded.errors, !errors.isEmpty {
            let throttled = errors.contains { $0.extensions?.code == "THROTTLED" }
            throw PlatformDiscountError(
                throttled ? .retryable : .permanent, status: 200, message: errors.map(\.message).joined(separator: "; "))
        }
        guard let payload = decoded.data?[mutation] ?? nil else {
            throw PlatformDiscountError(.permanent, status: 200, message: "the answer has no data.\(mutation)")
        }
        if let userErrors = payload.userErrors, !userErrors.isEmpty {
            let taken = userErrors.contains { $0.code == "TAKEN" }
            let message = userErrors.map { error in
                let field = (error.field ?? []).joined(separator: ".")
                return field.isEmpty ? error.message : "\(field): \(error.message)"
            }
            throw PlatformDiscountError(taken ? .codeTaken : .permanent, status: 200, message: message.joined(separator: "; "))
        }
        return payload
    }
}

/// `{"data": {...}, "errors": [...]}`; a 401 answers `{"errors": "[API] Invalid API key or access token …"}`.
struct ShopifyGraphQLResponse: Decodable {
    struct GraphQLError: Decodable {
        struct Extensions: Decodable { var code: String? }
        var message: String
        var extensions: Extensions?
    }

    var data: [String: ShopifyMutationPayload?]?
    var errors: [GraphQLError]?
    var errorText: String?

    enum CodingKeys: String, CodingKey { case data, errors }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try? container.decodeIfPresent([String: ShopifyMutationPayload?].self, forKey: .data)
        if let list = try? container.decodeIfPresent([GraphQLError].self, forKey: .errors) {
            self.errors = list
        } else {
            self.errorText = try? container.decodeIfPresent(String.self, forKey: .errors)
        }
    }
}

/// The payload every discount mutation shares: `codeDiscountNode { id }` and `userErrors`.
struct ShopifyMutationPayload: Decodable {
    struct Node: Decodable { var id: String }
    struct UserError: Decodable {
        var field: [String]?
        var code: String?
        var message: String
    }

    var codeDiscountNode: Node?
    var userErrors: [UserError]?
}
