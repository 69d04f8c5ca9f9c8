/// The OpenAPI description of on-site capture (docs/capture.md).
enum CaptureOpenAPI {
    /// Adds the script, the preflight and the form post, with the form's schema.
    static func describe(_ openAPI: inout OpenAPIDocument) {
        openAPI.add(
            "get", "/c/{store}/capture.js",
            .init(
                summary: "The capture script a store embeds (text/javascript, under 10 KB): a phone/email form with the store's disclosure",
                tag: "capture", responses: [404: "unknown store, or no capture section"]))
        openAPI.add(
            "options", "/c/{store}",
            .init(
                summary: "CORS preflight: 204 with Access-Control-Allow-Origin for one of capture.origins", tag: "capture",
                responses: [204: "allowed origin", 403: "origin not in capture.origins"]))
        openAPI.add(
            "post", "/c/{store}",
            .init(
                summary:
                    "A capture form submission from one of capture.origins; records consent (source form) with the wording, IP, user agent, page URL and time",
                tag: "capture", requestSchema: "CaptureForm", responseSchema: "CaptureReceipt",
                responses: [
                    400: "a bad field, named (phone, disclosure_text, consent_checked, …); nothing recorded",
                    403: "origin not in capture.origins; nothing recorded", 404: "unknown store, or no capture section",
                    413: "body over 16 KB", 429: "too many posts from this IP or for this address (Retry-After)",
                ]))
        openAPI.addSchema(
            "CaptureForm",
            json: """
                {"type": "object", "required": ["disclosure_text"], "properties": {
                  "channel": {"type": "string", "enum": ["sms", "email"], "default": "sms"},
                  "phone": {"type": "string"}, "email": {"type": "string"},
                  "disclosure_text": {"type": "string", "description": "exactly the store's configured wording for the channel"},
                  "consent_checked": {"type": "boolean"}, "page_url": {"type": "string", "maxLength": 2048},
                  "cart_token": {"type": "string", "maxLength": 255},
                  "website": {"type": "string", "description": "honeypot: leave empty"}}}
                """)
        openAPI.addSchema(
            "CaptureReceipt",
            json: #"{"type": "object", "required": ["status"], "properties": {"status": {"type": "string", "enum": ["ok"]}}}"#)
    }
}
