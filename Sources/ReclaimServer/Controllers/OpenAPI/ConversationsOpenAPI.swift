/// The inbox routes' entries in ``OpenAPIDocument``.
enum ConversationsOpenAPI {
    /// Adds the conversation paths and their schemas.
    static func describe(_ document: inout OpenAPIDocument) {
        let base = "/api/v1/stores/{store}/conversations"
        let unknown = [401: "missing or wrong API key", 404: "unknown store or conversation"]
        document.add(
            "get", base,
            .init(
                summary: "The inbox: conversations, most recently active first; ?status=assistant|escalated|human|closed, "
                    + "limit (1–100, default 50), offset", tag: "inbox", authenticated: true,
                responseSchema: "ConversationList",
                responses: [400: "status, limit or offset is invalid (the message names it)", 401: "missing or wrong API key"]))
        document.add(
            "get", "\(base)/{id}",
            .init(
                summary: "One conversation with the shopper, cart, discount codes, consent, suppression, journey and transcript",
                tag: "inbox", authenticated: true, responseSchema: "ConversationDetail", responses: unknown))
        document.add(
            "post", "\(base)/{id}/messages",
            .init(
                summary: "A person replies: texted through the outbox at once (after quiet hours when the shopper last wrote "
                    + "over an hour ago), recorded as an agent turn; the conversation becomes human. Idempotency-Key honoured",
                tag: "inbox", authenticated: true, requestSchema: "AgentReplyRequest", responseSchema: "AgentReply",
                responses: unknown.merging([
                    400: "text is missing, empty, card data, or breaks a message rule (the message names text)",
                    409: "opted_out: the shopper opted out or is suppressed; no_phone; blocked: the reply gate's reasons",
                ]) { first, _ in first }))
        document.add(
            "post", "\(base)/{id}/takeover",
            .init(
                summary: "A person claims the conversation: status human, the journey stays paused, nothing is sent",
                tag: "inbox", authenticated: true, requestSchema: "TakeOverRequest", responseSchema: "TakeOver",
                responses: unknown))
        document.add(
            "post", "\(base)/{id}/handback",
            .init(
                summary: "Back to the assistant (a system turn records it); resume_flow true resumes the journey the "
                    + "escalation paused, false leaves it paused", tag: "inbox", authenticated: true,
                requestSchema: "HandBackRequest", responseSchema: "HandBack",
                responses: unknown.merging([
                    400: "resume_flow is missing or not a boolean", 409: "not_with_a_person: the conversation is not escalated or human",
                ]) { first, _ in first }))
        for (name, json) in Self.schemas { document.addSchema(name, json: json) }
    }

    static let schemas: [(String, String)] = [
        (
            "Conversation",
            #"""
            {"type": "object", "required": ["id", "status", "created_at", "updated_at"], "properties": {
              "id": {"type": "string"}, "status": {"type": "string", "enum": ["assistant", "escalated", "human", "closed"]},
              "escalation_reason": {"type": ["string", "null"]}, "cart_id": {"type": ["string", "null"]},
              "created_at": {"type": "string", "format": "date-time"}, "updated_at": {"type": "string", "format": "date-time"}}}
            """#
        ),
        (
            "ConversationTurn",
            #"""
            {"type": "object", "required": ["id", "author", "text", "created_at"], "properties": {
              "id": {"type": "string"}, "author": {"type": "string", "enum": ["shopper", "assistant", "agent", "system"]},
              "text": {"type": "string", "description": "as stored: card data redacted"},
              "intent": {"type": ["string", "null"]}, "action": {"type": ["string", "null"]},
              "agent": {"type": ["string", "null"], "description": "the person, for agent and hand-back turns"},
              "message_id": {"type": ["string", "null"]}, "created_at": {"type": "string", "format": "date-time"}}}
            """#
        ),
        (
            "ConversationList",
            #"""
            {"type": "object", "required": ["conversations", "limit", "offset"], "properties": {
              "limit": {"type": "integer"}, "offset": {"type": "integer"},
              "conversations": {"type": "array", "items": {"type": "object", "required": ["id", "status", "updated_at"], "properties": {
                "id": {"type": "string"}, "status": {"type": "string"}, "escalation_reason": {"type": ["string", "null"]},
                "contact": {"type": ["object", "null"], "properties": {"id": {"type": "string"},
                  "phone": {"type": ["string", "null"], "description": "masked: +1******4567"}, "first_name": {"type": ["string", "null"]}}},
                "cart_id": {"type": ["string", "null"]},
                "last_turn": {"type": ["object", "null"], "properties": {"author": {"type": "string"}, "text": {"type": "string"},
                  "created_at": {"type": "string", "format": "date-time"}}},
                "updated_at": {"type": "string", "format": "date-time"}}}}}}
            """#
        ),
        (
            "ConversationDetail",
            #"""
            {"type": "object", "required": ["conversation", "discounts", "suppression", "turns"], "properties": {
              "conversation": {"$ref": "#/components/schemas/Conversation"},
              "contact": {"type": ["object", "null"], "properties": {"id": {"type": "string"}, "phone": {"type": ["string", "null"]},
                "email": {"type": ["string", "null"]}, "first_name": {"type": ["string", "null"]},
                "last_name": {"type": ["string", "null"]}, "locale": {"type": ["string", "null"]}}},
              "cart": {"type": ["object", "null"], "properties": {"id": {"type": "string"}, "external_id": {"type": "string"},
                "status": {"type": "string"}, "subtotal": {"type": "integer", "description": "minor units"},
                "currency": {"type": "string"}, "recovery_url": {"type": ["string", "null"]},
                "items": {"type": "array", "items": {"type": "object", "properties": {"product_id": {"type": "string"},
                  "variant_id": {"type": ["string", "null"]}, "title": {"type": "string"}, "variant_title": {"type": ["string", "null"]},
                  "quantity": {"type": "integer"}, "price": {"type": "integer", "description": "unit price, minor units"},
                  "image_url": {"type": ["string", "null"]}}}}}},
              "discounts": {"type": "array", "items": {"type": "object", "properties": {"code": {"type": "string"},
                "type": {"type": "string", "enum": ["percent", "fixed_amount", "free_shipping"]}, "value": {"type": "integer"},
                "tier": {"type": "integer"}, "expires_at": {"type": "string", "format": "date-time"},
                "state": {"type": "string", "enum": ["active", "superseded", "used", "expired"]},
                "issued_at": {"type": "string", "format": "date-time"}}}},
              "consent": {"type": ["object", "null"], "description": "the latest record for the phone", "properties": {
                "kind": {"type": "string"}, "source": {"type": "string"}, "occurred_at": {"type": "string", "format": "date-time"},
                "disclosure_text": {"type": ["string", "null"]}, "ip": {"type": ["string", "null"]}}},
              "suppression": {"type": "object", "required": ["opted_out"], "properties": {"opted_out": {"type": "boolean"},
                "reason": {"type": ["string", "null"]}, "since": {"type": ["string", "null"], "format": "date-time"}}},
              "journey": {"type": ["object", "null"], "properties": {"state": {"type": "string", "enum": ["active", "paused", "ended"]},
                "reason": {"type": ["string", "null"]}, "flow": {"type": "string"}}},
              "turns": {"type": "array", "items": {"$ref": "#/components/schemas/ConversationTurn"}}}}
            """#
        ),
        (
            "AgentReplyRequest",
            #"""
            {"type": "object", "required": ["text"], "properties": {
              "text": {"type": "string", "minLength": 1, "description": "sent as written (trimmed); never card data"},
              "agent": {"type": "string", "maxLength": 100, "description": "who is replying, shown in the transcript"}}}
            """#
        ),
        (
            "AgentReply",
            #"""
            {"type": "object", "required": ["conversation", "message"], "properties": {
              "conversation": {"$ref": "#/components/schemas/Conversation"},
              "message": {"type": "object", "required": ["id", "status", "body", "send_at"], "properties": {
                "id": {"type": "string"}, "status": {"type": "string"}, "body": {"type": "string"},
                "send_at": {"type": "string", "format": "date-time"}}}}}
            """#
        ),
        (
            "TakeOverRequest",
            #"""
            {"type": "object", "properties": {"agent": {"type": "string", "maxLength": 100}}}
            """#
        ),
        (
            "TakeOver",
            #"""
            {"type": "object", "required": ["conversation"], "properties": {
              "conversation": {"$ref": "#/components/schemas/Conversation"}}}
            """#
        ),
        (
            "HandBackRequest",
            #"""
            {"type": "object", "required": ["resume_flow"], "properties": {
              "resume_flow": {"type": "boolean", "description": "resume the journey the escalation paused"},
              "agent": {"type": "string", "maxLength": 100}}}
            """#
        ),
        (
            "HandBack",
            #"""
            {"type": "object", "required": ["conversation", "resume_flow"], "properties": {
              "conversation": {"$ref": "#/components/schemas/Conversation"}, "resume_flow": {"type": "boolean"}}}
            """#
        ),
    ]
}
