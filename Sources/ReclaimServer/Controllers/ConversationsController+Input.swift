import Foundation
import Hummingbird
import ReclaimCore

extension ConversationsController {
    /// Decodes a JSON body; an empty body is a 400 naming `field`, the first required one.
    static func decode<Body: Decodable>(
        _ type: Body.Type, _ request: Request, _ context: AppRequestContext, requiring field: String
    ) async throws -> Body {
        guard let body = try await self.decodeOptional(type, request, context) else {
            throw APIError.invalidField(field, "required field is missing")
        }
        return body
    }

    /// Decodes a JSON body, `nil` when there is none.
    static func decodeOptional<Body: Decodable>(
        _ type: Body.Type, _ request: Request, _ context: AppRequestContext
    ) async throws -> Body? {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let data = Data(buffer.readableBytesView)
        guard !data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return nil }
        return try JSONDecoder().decode(type, from: data)  // a DecodingError is a 400 naming the field
    }

    /// A query parameter as an integer within `range`, or 400 naming it.
    static func integer(_ raw: Substring?, _ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let raw, !raw.isEmpty else { return value }
        guard let number = Int(raw), range.contains(number) else {
            throw APIError.invalidField(name, "expected an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// The person's name as given, trimmed; at most 100 characters.
    static func agent(_ raw: String?) throws -> String? {
        guard let name = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty else { return nil }
        guard name.count <= 100 else { throw APIError.invalidField("agent", "longer than 100 characters") }
        return name
    }

    /// Runs `body`, turning an ``InboxError`` into the API's error.
    static func mapping<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as InboxError {
            throw self.apiError(error)
        }
    }

    /// The HTTP face of an ``InboxError``.
    static func apiError(_ error: InboxError) -> APIError {
        switch error {
        case .notFound(let id):
            APIError.notFound("conversation \(id)")
        case .invalidText(let problem):
            APIError.invalidField("text", problem)
        case .optedOut(let why):
            APIError(.conflict, code: "opted_out", message: "the shopper cannot be texted: \(why)")
        case .blocked(let reasons):
            APIError(.conflict, code: "blocked", message: reasons.map { "\($0.code): \($0.message)" }.joined(separator: "; "))
        case .noPhone:
            APIError(.conflict, code: "no_phone", message: "the shopper has no phone number on file (erased?)")
        case .notWithAPerson(let status):
            APIError(.conflict, code: "not_with_a_person", message: "the conversation is \(status.rawValue), not escalated or human")
        }
    }
}
