/// The compliance routes' entries in ``OpenAPIDocument``.
enum ComplianceOpenAPI {
    /// Adds the compliance paths and the policy check schemas.
    static func describe(_ document: inout OpenAPIDocument) {
        document.addSchema("PolicyCheckRequest", json: self.requestSchema)
        document.addSchema("PolicyCheckResponse", json: self.responseSchema)
        document.add(
            "post", "/api/v1/stores/{store}/policy/check",
            .init(
                summary: "Send-gate what-if: send, defer until an instant, or block, with every reason",
                tag: "compliance", authenticated: true, requestSchema: "PolicyCheckRequest",
                responseSchema: "PolicyCheckResponse",
                responses: [
                    400: "malformed input (the message names the field)", 401: "missing or wrong API key",
                    404: "unknown store",
                ]))
        document.add(
            "get", "/api/v1/stores/{store}/consents/export.csv",
            .init(
                summary: "The store's consent log as RFC 4180 CSV (text/csv)", tag: "compliance", authenticated: true,
                responses: [401: "missing or wrong API key"]))
        document.addSchema("ErasureRequest", json: self.erasureSchema)
        document.add(
            "post", "/api/v1/stores/{store}/contacts/erase",
            .init(
                summary: "Erase a shopper's personal data; the suppression entry stays as a hash", tag: "compliance",
                authenticated: true, requestSchema: "ErasureRequest",
                responses: [400: "neither phone nor email, or one is malformed", 401: "missing or wrong API key"]))
        for (path, summary) in [
            ("inbound", "Twilio inbound SMS (form-encoded, X-Twilio-Signature); replies with TwiML"),
            ("status", "Twilio status callback (form-encoded, X-Twilio-Signature)"),
        ] {
            document.add(
                "post", "/webhooks/twilio/{store}/\(path)",
                .init(
                    summary: summary, tag: "webhooks",
                    responses: [401: "missing or invalid signature; nothing changed", 404: "unknown store"]))
        }
    }

    static let erasureSchema = """
        {"type": "object", "description": "phone or email (or both) is required",
         "properties": {"phone": {"type": "string"}, "email": {"type": "string", "format": "email"}}}
        """

    static let requestSchema = """
        {"type": "object", "required": ["phone"], "properties": {
          "phone": {"type": "string", "description": "E.164, or national with the store's default region"},
          "address": {"type": ["object", "null"], "properties": {"country": {"type": "string"},
            "province": {"type": "string"}, "city": {"type": "string"}, "zip": {"type": "string"}}},
          "at": {"type": "string", "format": "date-time", "description": "default now"},
          "channel": {"type": "string", "enum": ["sms", "email"], "default": "sms"},
          "consent": {"type": "string",
            "enum": ["express_written", "single_opt_in", "double_opt_in", "none", "revoked"],
            "description": "default: the latest consent record for the number"},
          "sent_last_24h": {"type": "integer", "minimum": 0, "description": "default: outbound texts on record"},
          "cart_sms_within_48h": {"type": "boolean", "description": "default: texts about the latest cart"}}}
        """

    static let responseSchema = """
        {"type": "object", "required": ["decision", "until", "until_local", "time_zones", "jurisdictions", "reasons"],
         "properties": {
          "decision": {"type": "string", "enum": ["send", "defer", "block"]},
          "until": {"type": ["string", "null"], "format": "date-time", "description": "UTC instant of a deferral"},
          "until_local": {"type": ["string", "null"], "format": "date-time"},
          "time_zones": {"type": "array", "items": {"type": "string"}},
          "jurisdictions": {"type": "array", "items": {"type": "string"}},
          "reasons": {"type": "array", "items": {"type": "object", "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}}}
        """
}
