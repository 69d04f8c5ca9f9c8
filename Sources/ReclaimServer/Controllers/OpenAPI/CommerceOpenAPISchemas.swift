/// JSON Schemas of the commerce API bodies (CONTRACT.md, "JSON shapes that scripts rely on").
enum CommerceOpenAPISchemas {
    /// `POST …/events` request body.
    static let genericEvent = #"""
        {"type": "object", "required": ["type", "id", "data"], "properties": {
          "type": {"type": "string", "enum": ["cart.updated", "checkout.started", "order.placed", "consent.granted", "consent.revoked", "catalog.upserted"]},
          "id": {"type": "string", "description": "Event id; a repeated id is a no-op"},
          "occurred_at": {"type": "string", "format": "date-time"},
          "data": {"oneOf": [
            {"title": "cart.updated / checkout.started", "type": "object", "required": ["cart_id", "contact", "items", "currency"], "properties": {
              "cart_id": {"type": "string"}, "contact": {"$ref": "#/components/schemas/EventContact"},
              "items": {"type": "array", "items": {"$ref": "#/components/schemas/EventItem"}},
              "subtotal": {"type": "integer", "minimum": 0, "maximum": 10000000000000, "description": "minor units"}, "currency": {"type": "string"},
              "recovery_url": {"type": "string", "format": "uri"},
              "shipping_address": {"type": "object", "properties": {"country": {"type": "string"}, "province": {"type": "string"}, "city": {"type": "string"}, "zip": {"type": "string"}}},
              "ip": {"type": "string"}, "user_agent": {"type": "string"}}},
            {"title": "order.placed", "type": "object", "required": ["order_id", "total", "currency"], "properties": {
              "order_id": {"type": "string"}, "cart_id": {"type": "string"}, "contact": {"$ref": "#/components/schemas/EventContact"},
              "items": {"type": "array", "items": {"$ref": "#/components/schemas/EventItem"}},
              "total": {"type": "integer", "minimum": 0, "maximum": 10000000000000}, "currency": {"type": "string"}, "paid": {"type": "boolean", "default": true},
              "discount_codes": {"type": "array", "items": {"type": "string"}}}},
            {"title": "consent.granted / consent.revoked", "type": "object", "required": ["channel"], "properties": {
              "channel": {"type": "string", "enum": ["sms", "email"]}, "phone": {"type": "string"}, "email": {"type": "string"},
              "source": {"type": "string", "description": "checkout_checkbox, form, keyword, api, …: with disclosure_text an affirmative source records express_written"},
              "disclosure_text": {"type": "string"}, "ip": {"type": "string"}, "user_agent": {"type": "string"},
              "page_url": {"type": "string", "format": "uri"}, "double_opt_in_confirmed_at": {"type": "string", "format": "date-time"}}},
            {"title": "catalog.upserted", "type": "object", "required": ["products"], "properties": {
              "products": {"type": "array", "items": {"type": "object", "required": ["id", "title"], "properties": {
                "id": {"type": "string"}, "title": {"type": "string"}, "description": {"type": "string"}, "url": {"type": "string"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "options": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
                "variants": {"type": "array", "items": {"type": "object", "required": ["id"], "properties": {
                  "id": {"type": "string"}, "title": {"type": "string"}, "options": {"type": "object", "additionalProperties": {"type": "string"}},
                  "price": {"type": "integer", "minimum": 0, "maximum": 10000000000000}, "available": {"type": "boolean"}, "inventory": {"type": "integer"}}}}}}}}}
          ]}}}
        """#

    /// `GET …/carts/{id}` response body.
    static let cart = #"""
        {"type": "object", "properties": {
          "id": {"type": "string"}, "store_id": {"type": "string"}, "source": {"type": "string"}, "external_id": {"type": "string"},
          "status": {"type": "string", "enum": ["open", "abandoned", "recovered", "emptied", "superseded", "deleted"]},
          "recovered": {"type": "boolean"}, "recovered_at": {"type": "string", "format": "date-time"},
          "order_id": {"type": "string"}, "abandoned_at": {"type": "string", "format": "date-time"},
          "last_activity_at": {"type": "string", "format": "date-time"},
          "items": {"type": "array", "items": {"$ref": "#/components/schemas/EventItem"}},
          "subtotal": {"type": "integer"}, "currency": {"type": "string"}, "recovery_url": {"type": "string"},
          "contact": {"$ref": "#/components/schemas/EventContact"},
          "journey": {"type": "object", "properties": {"state": {"type": "string"}, "next_step": {"type": "integer"}, "reason": {"type": "string"}}},
          "messages": {"type": "array", "items": {"type": "object", "properties": {
            "channel": {"type": "string"}, "step": {"type": "integer"}, "status": {"type": "string"}, "body": {"type": "string"},
            "decision": {"type": "object", "properties": {"kind": {"type": "string"}, "until": {"type": "string"},
              "suppression": {"type": "string", "description": "the suppression the gate allowed this message under"},
              "reasons": {"type": "array", "items": {"type": "object", "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}}}}}}}}
        """#

    /// `GET …/stats` response body.
    static let stats = #"""
        {"type": "object", "properties": {
          "carts": {"type": "object", "properties": {"total": {"type": "integer"}, "abandoned": {"type": "integer"}, "recovered": {"type": "integer"},
            "purchased_before_abandonment": {"type": "integer"}, "by_status": {"type": "object", "additionalProperties": {"type": "integer"}}}},
          "messages": {"type": "object", "properties": {"total": {"type": "integer"},
            "by_channel": {"type": "object", "additionalProperties": {"type": "object", "additionalProperties": {"type": "integer"}}},
            "by_status": {"type": "object", "additionalProperties": {"type": "integer"}}}},
          "recovered_revenue": {"type": "object", "properties": {"minor": {"type": "integer"}, "currency": {"type": "string"},
            "by_currency": {"type": "object", "additionalProperties": {"type": "integer"}}}},
          "orders": {"type": "integer"}, "opt_outs": {"type": "integer"}, "clicks": {"type": "integer"},
          "discount_tiers": {"type": "array", "items": {"type": "object", "properties": {"tier": {"type": "integer"},
            "carts": {"type": "integer"}, "recovered": {"type": "integer"}, "recovery_rate": {"type": "number"},
            "revenue_gross": {"type": "integer"}, "discount_cost": {"type": "integer"}, "revenue_net": {"type": "integer"}}}},
          "range": {"type": "object", "properties": {"from": {"type": ["string", "null"]}, "to": {"type": ["string", "null"]}}},
          "currency": {"type": "string"}, "totals": {"$ref": "#/components/schemas/StatsFigures"},
          "groups": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/StatsFigures"},
            {"type": "object", "properties": {"key": {"type": "string"}}}]}},
          "holdout": {"type": "object", "properties": {
            "treated": {"type": "object", "properties": {"carts": {"type": "integer"}, "recovered": {"type": "integer"}, "rate": {"type": "number"}}},
            "control": {"type": "object", "properties": {"carts": {"type": "integer"}, "recovered": {"type": "integer"}, "rate": {"type": "number"}}},
            "lift": {"type": "number"}, "interval": {"$ref": "#/components/schemas/StatsInterval"},
            "revenue_per_cart": {"type": "object", "properties": {"lift": {"type": "number"}, "interval": {"$ref": "#/components/schemas/StatsInterval"}}},
            "enough_data": {"type": "boolean"}, "sentence": {"type": "string"}}},
          "experiments": {"type": "array", "items": {"type": "object", "properties": {
            "flow": {"type": "string"}, "step": {"type": ["integer", "null"]},
            "probability_best": {"type": "object", "additionalProperties": {"type": "number"}},
            "variants": {"type": "array", "items": {"type": "object", "properties": {
              "name": {"type": "string"}, "carts": {"type": "integer"}, "recovered": {"type": "integer"}, "rate": {"type": "number"},
              "revenue_net": {"type": "integer"}, "interval": {"$ref": "#/components/schemas/StatsInterval"},
              "probability_best": {"type": "number"}}}}}}}}}
        """#

    /// The FIGURES of `GET …/stats`: counts, rates (fractions) and money (minor units); `null` when not split by the grouping.
    static let statsFigures = #"""
        {"type": "object", "properties": {
          "abandoned": {"type": ["integer", "null"]}, "reachable": {"type": ["integer", "null"]}, "messaged": {"type": ["integer", "null"]},
          "messages": {"type": ["integer", "null"]}, "delivered": {"type": ["integer", "null"]}, "clicks": {"type": ["integer", "null"]},
          "ctr": {"type": ["number", "null"]}, "replies": {"type": ["integer", "null"]}, "escalations": {"type": ["integer", "null"]},
          "opt_outs": {"type": ["integer", "null"]}, "opt_out_rate": {"type": ["number", "null"]}, "recovered": {"type": ["integer", "null"]},
          "recovery_rate": {"type": ["number", "null"]}, "revenue_gross": {"type": ["integer", "null"]},
          "discount_cost": {"type": ["integer", "null"]}, "revenue_net": {"type": ["integer", "null"]},
          "message_cost": {"type": ["integer", "null"]}, "revenue_per_message": {"type": ["integer", "null"]}}}
        """#

    /// A confidence interval of `GET …/stats`.
    static let statsInterval = #"""
        {"type": "object", "properties": {"low": {"type": "number"}, "high": {"type": "number"}, "level": {"type": "number"},
          "method": {"type": "string", "enum": ["wilson", "newcombe_hybrid_score", "percentile_bootstrap", "normal"]}}}
        """#

    /// Shared parts, registered by ``CommerceOpenAPI``.
    static let contact = #"""
        {"type": "object", "properties": {"phone": {"type": "string"}, "email": {"type": "string"}, "first_name": {"type": "string"},
          "last_name": {"type": "string"}, "locale": {"type": "string"}}}
        """#

    /// One cart or order line.
    static let item = #"""
        {"type": "object", "required": ["product_id", "title", "quantity", "price"], "properties": {
          "product_id": {"type": "string"}, "variant_id": {"type": "string"}, "title": {"type": "string"},
          "variant_title": {"type": "string"}, "quantity": {"type": "integer", "minimum": 1, "maximum": 1000000},
          "price": {"type": "integer", "minimum": 0, "maximum": 10000000000000, "description": "unit price in minor units; price × quantity and the sum of the lines are at most 10000000000000 too"}, "image_url": {"type": "string"}}}
        """#
}
