/// The OpenAPI description of `POST /api/v1/stores/{store}/assistant/preview` and its schemas.
enum AssistantOpenAPI {
    /// Adds the preview operation and its request and response schemas.
    static func describe(_ openAPI: inout OpenAPIDocument) {
        openAPI.add(
            "post", "/api/v1/stores/{store}/assistant/preview",
            .init(
                summary:
                    "What the assistant would answer to a shopper's text about a stored or inline cart; nothing is sent, stored or paused",
                tag: "assistant", authenticated: true, requestSchema: "AssistantPreviewRequest", responseSchema: "AssistantPreview",
                responses: [
                    400: "malformed body: the message names the field", 401: "missing or wrong API key",
                    404: "no such cart",
                ]))
        openAPI.addSchema(
            "AssistantPreviewRequest",
            json: #"""
                {"type": "object", "required": ["text"], "properties": {
                  "text": {"type": "string", "description": "what the shopper texted"},
                  "cart_id": {"type": "string", "description": "a stored cart: Reclaim id or platform key"},
                  "cart": {"type": "object", "description": "an inline cart, as the data of a cart.updated event"}}}
                """#)
        openAPI.addSchema(
            "AssistantPreview",
            json: #"""
                {"type": "object", "required": ["intent", "action", "reply", "escalate", "redacted_text", "confidence", "engine"],
                 "properties": {
                  "intent": {"type": "string", "enum": ["shipping", "returns", "variant", "product", "price", "discount", "purchase",
                    "defer", "not_interested", "already_purchased", "opt_out", "help", "opt_in", "human", "frustrated", "order_issue",
                    "payment_issue", "wrong_number", "other"]},
                  "secondary_intents": {"type": "array", "items": {"type": "string"}},
                  "action": {"type": "string", "enum": ["answer", "send_link", "offer_discount", "pause", "opt_out", "help", "opt_in",
                    "escalate", "clarify"]},
                  "reply": {"type": "string"}, "escalate": {"type": "boolean"}, "escalation_reason": {"type": "string"},
                  "redacted_text": {"type": "string", "description": "the text as it would be stored: card data redacted"},
                  "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                  "engine": {"type": "string", "enum": ["builtin", "llm"]},
                  "fallback_reason": {"type": "string", "description": "why the LLM's answer was not used"}}}
                """#)
    }
}
