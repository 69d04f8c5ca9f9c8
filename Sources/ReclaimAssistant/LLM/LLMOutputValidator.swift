import Foundation
import ReclaimCore

/// Checks an LLM's JSON answer before anything is sent: well-formed, known intent and action, and a
/// reply that states no price, percentage, code or link missing from the facts it was given and
/// never asks for payment details. Any failure means: use the built-in answer instead.
public enum LLMOutputValidator {
    /// The model's decision, once validated.
    public struct Decision: Sendable, Hashable {
        /// The intent.
        public var intent: AssistantIntent
        /// The action.
        public var action: AssistantAction
        /// The reply text.
        public var reply: String
        /// Whether a person must take over.
        public var escalate: Bool
        /// Confidence 0…1.
        public var confidence: Double
    }

    /// Why an answer was rejected.
    public enum Rejection: Error, Sendable, Hashable {
        /// Not a JSON object, or a field missing or of the wrong type.
        case malformed(String)
        /// An intent outside the fixed list.
        case unknownIntent(String)
        /// An action outside the fixed list.
        case unknownAction(String)
        /// Confidence outside 0…1.
        case confidenceOutOfRange(Double)
        /// The reply states something the facts do not hold (`$19.99`, `25%`, `SAVE25`, a URL).
        case unsupportedClaim(String)
        /// The reply asks for card or payment details.
        case asksForPaymentDetails
    }

    /// Parses and checks one answer.
    /// - Parameters:
    ///   - content: the `message.content` string returned by the endpoint.
    ///   - facts: the facts given in the prompt.
    /// - Returns: the decision.
    /// - Throws: ``Rejection``.
    public static func validate(_ content: String, facts: [AssistantFact]) throws(Rejection) -> Decision {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(content.utf8)),
            case .object(let object) = value
        else {
            throw .malformed("not a JSON object")
        }
        guard case .string(let intentName) = object["intent"] else { throw .malformed("intent") }
        guard let intent = AssistantIntent(rawValue: intentName) else { throw .unknownIntent(intentName) }
        guard case .string(let actionName) = object["action"] else { throw .malformed("action") }
        guard let action = AssistantAction(rawValue: actionName) else { throw .unknownAction(actionName) }
        guard case .string(let reply) = object["reply"] else { throw .malformed("reply") }
        guard case .bool(let escalate) = object["escalate"] else { throw .malformed("escalate") }
        guard case .number(let confidence) = object["confidence"] else { throw .malformed("confidence") }
        guard (0...1).contains(confidence) else { throw .confidenceOutOfRange(confidence) }
        try self.checkClaims(in: reply, facts: facts)
        return Decision(intent: intent, action: action, reply: reply, escalate: escalate, confidence: confidence)
    }

    /// Throws when the reply states a price, percentage, code or URL the facts do not hold, or asks
    /// for payment details.
    public static func checkClaims(in reply: String, facts: [AssistantFact]) throws(Rejection) {
        let factText = facts.map(\.text).joined(separator: "\n")
        let lowerFacts = factText.lowercased()
        if ClaimScanner.asksForPaymentDetails(reply) { throw .asksForPaymentDetails }
        for url in ClaimScanner.urls(in: reply) where !lowerFacts.contains(url.lowercased()) {
            throw .unsupportedClaim(url)
        }
        let knownAmounts = Set(ClaimScanner.amounts(in: factText).map(\.minor))
        for amount in ClaimScanner.amounts(in: reply) where !knownAmounts.contains(amount.minor) {
            throw .unsupportedClaim(amount.text)
        }
        let knownPercents = Set(ClaimScanner.percents(in: factText).map(\.value))
        for percent in ClaimScanner.percents(in: reply) where !knownPercents.contains(percent.value) {
            throw .unsupportedClaim(percent.text)
        }
        for code in ClaimScanner.codes(in: reply) where !lowerFacts.contains(code.lowercased()) {
            throw .unsupportedClaim(code)
        }
    }
}
