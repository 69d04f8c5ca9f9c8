import AsyncHTTPClient
import Foundation
import NIOHTTP1
import ReclaimCore

extension TwilioSMSProvider {
    /// Pages of the Message list read at most, 50 messages each (newest first).
    static let findPageLimit = 4
    /// Clock difference tolerated between Reclaim and Twilio when comparing `date_created`.
    static let findClockSkew: TimeInterval = 10

    /// Twilio can list what an account sent.
    public var findsSentMessages: Bool { true }

    /// Lists `GET …/Messages.json?To={to}&DateSent>={day}&PageSize=50` (following `next_page_uri` for a few
    /// pages) and keeps the outbound messages with the same body and sender (`From`, or the Messaging
    /// Service) whose `date_created` is at or after `createdAfter` (less a few seconds of clock skew).
    ///
    /// `DateSent>=` takes a day (`YYYY-MM-DD`, UTC), so the filter is coarse and the match on
    /// `date_created` does the rest. A message Twilio still holds in its queue has no `date_sent` yet and
    /// may be missing from the list: the caller looks again later.
    /// - Parameters:
    ///   - request: The send as it would have been made.
    ///   - createdAfter: When the row went to `sending`.
    /// - Returns: The matches, oldest first.
    /// - Throws: ``ProviderError`` for failures.
    public func findSent(_ request: SMSSendRequest, createdAfter: Date) async throws -> [SMSStatusReport] {
        let earliest = createdAfter.addingTimeInterval(-Self.findClockSkew)
        let query = FormEncoding.encode([
            ("To", request.to), ("DateSent>", Self.day(earliest)), ("PageSize", "50"),
        ])
        var url: String? = "\(self.configuration.messagesURL).json?\(query)"
        var found: [(created: Date, report: SMSStatusReport)] = []
        var pages = 0
        while let next = url, pages < Self.findPageLimit {
            pages += 1
            var http = HTTPClientRequest(url: next)
            http.method = .GET
            http.headers.add(name: "Authorization", value: self.configuration.authorization)
            http.headers.add(name: "Accept", value: "application/json")
            let response = try await self.http.perform(http)
            guard response.status == 200 else { throw self.error(from: response) }
            let page: TwilioMessagePage
            do {
                page = try JSONDecoder().decode(TwilioMessagePage.self, from: response.data)
            } catch {
                throw ProviderError(
                    provider: self.name, action: .retry(after: nil), message: "unreadable message list: \(error)",
                    httpStatus: response.status)
            }
            var older = false
            for resource in page.messages {
                guard let created = resource.dateCreated.flatMap(Self.rfc2822) else { continue }
                if created < earliest {
                    older = true  // newest first: the rest of the list is older still
                    continue
                }
                if Self.matches(resource, request) { found.append((created, self.report(resource))) }
            }
            url = older ? nil : page.nextPageURI.map { self.configuration.baseURL + $0 }
        }
        return found.sorted { $0.created < $1.created }.map(\.report)
    }

    /// Whether a listed message is the outbound text `request` describes.
    static func matches(_ resource: TwilioMessageResource, _ request: SMSSendRequest) -> Bool {
        guard resource.direction == nil || resource.direction?.hasPrefix("outbound") == true,
            resource.to == request.to, resource.body == request.body
        else { return false }
        if let number = request.sender.number, let from = resource.from, !from.isEmpty, from != number { return false }
        if request.sender.number == nil, let service = request.sender.service, resource.messagingServiceSid != service {
            return false
        }
        return true
    }

    /// `YYYY-MM-DD` in UTC.
    static func day(_ date: Date) -> String {
        FixedDateFormat.string(date, format: FixedDateFormat.day)
    }

    /// Twilio's dates: RFC 2822 (`Thu, 24 Aug 2023 05:01:45 +0000`).
    static func rfc2822(_ text: String) -> Date? {
        FixedDateFormat.date(text, format: FixedDateFormat.rfc2822)
    }
}
