import ReclaimCore

/// Removes card data from a reply before anything else sees it. It is Core's ``CardDataRedactor`` (the
/// one redactor: card numbers in any form, security codes near their words in English, Spanish and
/// French, expiry dates next to a card), under the name the assistant has always used, so the stored
/// message, the conversation turn and the LLM prompt are redacted by the same rules.
public enum PaymentDataGuard {
    /// Redacts one inbound text.
    /// - Parameter text: The raw inbound body.
    /// - Returns: The redacted text and what was found.
    public static func redact(_ text: String) -> RedactionResult {
        CardDataRedactor.redact(text)
    }
}
