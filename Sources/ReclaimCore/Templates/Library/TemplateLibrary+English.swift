/// Built-in English templates. Texts fit one GSM-7 segment (160 characters) with a 16-character
/// brand, a 39-character product, a 9-character first name and a 30-character link.
extension TemplateLibrary {
    static let english: [MessageTemplateID: MessageTemplateSource] = [
        .smsFirst: MessageTemplateSource(
            sms: "{{brand}}: {{#first_name}}{{first_name}}, still{{/first_name}}{{^first_name}}Still{{/first_name}} "
                + "want the {{product}}? Questions? Just reply. {{link}} Reply STOP to opt out",
            smsCompact: "{{brand}}: Still want the {{product}}? Reply with questions. {{link}} Reply STOP to opt out"),
        .smsDetails: MessageTemplateSource(
            sms: "{{brand}}: Questions about shipping or returns? Just reply, we'll help.{{#optional}}"
                + "{{#free_shipping_gap}} You're {{free_shipping_gap}} from free shipping.{{/free_shipping_gap}}"
                + "{{/optional}} {{link}} STOP to opt out",
            smsCompact: "{{brand}}: Questions on shipping or returns? Just reply. {{link}} STOP to opt out"),
        .smsDiscount: MessageTemplateSource(
            sms: "{{brand}}: Still want the {{product_title}}? Code {{discount.code}} gets you {{discount.offer}} "
                + "until {{discount.expires}}. {{link}} Reply STOP to opt out",
            smsCompact: "{{brand}}: Code {{discount.code}} gets you {{discount.offer}} until {{discount.expires}}. "
                + "{{link}} STOP to opt out"),
        .smsClickFollowUp: MessageTemplateSource(
            sms: "{{brand}}: Hi{{#first_name}} {{first_name}}{{/first_name}}! Any questions about the "
                + "{{product_title}}? Just reply and we'll help. {{link}} Reply STOP to opt out",
            smsCompact: "{{brand}}: Questions about the {{product_title}}? Just reply. {{link}} Reply STOP to opt out"),
        .emailReminder: MessageTemplateSource(
            subject: "{{#first_name}}{{first_name}}, your{{/first_name}}{{^first_name}}Your{{/first_name}} "
                + "{{product_title}} is still in your cart",
            text: """
                Hi{{#first_name}} {{first_name}}{{/first_name}},

                You left {{product}}{{#other_items_text}} {{other_items_text}}{{/other_items_text}} in your cart at \
                {{brand}}. We saved it for you, so you can pick up right where you left off.

                Cart total: {{cart_total}}

                Return to your cart: {{link}}

                Questions? Just reply to this email{{#support_phone}} or call us at {{support_phone}}{{/support_phone}}.

                The {{brand}} team
                """,
            html: """
                <p>Hi{{#first_name}} {{first_name}}{{/first_name}},</p>
                <p>You left <strong>{{product}}</strong>{{#other_items_text}} {{other_items_text}}{{/other_items_text}} \
                in your cart at {{brand}}. We saved it for you, so you can pick up right where you left off.</p>
                <p>Cart total: {{cart_total}}</p>
                <p><a href="{{link}}" style="\(Self.buttonStyle)">Return to your cart</a></p>
                <p>Questions? Just reply to this email{{#support_phone}} or call us at {{support_phone}}{{/support_phone}}.</p>
                <p>The {{brand}} team</p>
                """),
        .emailSocialProof: MessageTemplateSource(
            subject: "Still thinking about the {{product_title}}?",
            text: """
                Hi{{#first_name}} {{first_name}}{{/first_name}},

                The {{product}} is still in your cart, saved just as you left it.
                {{#social_proof}}

                {{social_proof}}
                {{/social_proof}}
                {{#stock_level}}

                Only {{stock_level}} left in stock, so it may not stay around long.
                {{/stock_level}}
                {{#free_shipping_gap}}

                Add {{free_shipping_gap}} more to your order and shipping is free.
                {{/free_shipping_gap}}

                Finish your order: {{link}}

                Questions about the product, shipping or returns? Just reply to this email.

                The {{brand}} team
                """,
            html: """
                <p>Hi{{#first_name}} {{first_name}}{{/first_name}},</p>
                <p>The <strong>{{product}}</strong> is still in your cart, saved just as you left it.</p>
                {{#social_proof}}
                <p><em>{{social_proof}}</em></p>
                {{/social_proof}}
                {{#stock_level}}
                <p>Only {{stock_level}} left in stock, so it may not stay around long.</p>
                {{/stock_level}}
                {{#free_shipping_gap}}
                <p>Add {{free_shipping_gap}} more to your order and shipping is free.</p>
                {{/free_shipping_gap}}
                <p><a href="{{link}}" style="\(Self.buttonStyle)">Finish your order</a></p>
                <p>Questions about the product, shipping or returns? Just reply to this email.</p>
                <p>The {{brand}} team</p>
                """),
        .emailDiscount: MessageTemplateSource(
            subject: "A little something for your cart: {{discount.offer}}",
            text: """
                Hi{{#first_name}} {{first_name}}{{/first_name}},

                Your {{product}} is still waiting, so here's a little something to help you decide: use code \
                {{discount.code}} for {{discount.offer}}. It's good until {{discount.expires_long}}, and the link \
                below applies it for you.

                Use my code: {{link}}

                Questions? Just reply to this email.

                The {{brand}} team
                """,
            html: """
                <p>Hi{{#first_name}} {{first_name}}{{/first_name}},</p>
                <p>Your <strong>{{product}}</strong> is still waiting, so here's a little something to help you \
                decide: use code <strong>{{discount.code}}</strong> for {{discount.offer}}. It's good until \
                {{discount.expires_long}}, and the button below applies it for you.</p>
                <p><a href="{{link}}" style="\(Self.buttonStyle)">Use my code</a></p>
                <p>Questions? Just reply to this email.</p>
                <p>The {{brand}} team</p>
                """),
        .emailNewAngle: MessageTemplateSource(
            subject: "Any questions we can answer?",
            text: """
                Hi{{#first_name}} {{first_name}}{{/first_name}},

                Choosing the right {{product_title}} isn't always easy, and we're happy to help. Reply to this email \
                with any question about the product, shipping or returns, and we'll get back to you.
                {{#support_phone}}

                Prefer to talk? Call us at {{support_phone}}.
                {{/support_phone}}

                Your cart is saved whenever you're ready: {{link}}

                The {{brand}} team
                """,
            html: """
                <p>Hi{{#first_name}} {{first_name}}{{/first_name}},</p>
                <p>Choosing the right {{product_title}} isn't always easy, and we're happy to help. Reply to this \
                email with any question about the product, shipping or returns, and we'll get back to you.</p>
                {{#support_phone}}
                <p>Prefer to talk? Call us at {{support_phone}}.</p>
                {{/support_phone}}
                <p><a href="{{link}}" style="\(Self.buttonStyle)">View your cart</a></p>
                <p>The {{brand}} team</p>
                """),
    ]

    /// Inline style of the call-to-action link in built-in HTML emails.
    static let buttonStyle =
        "display:inline-block;padding:12px 20px;background:#222222;color:#ffffff;text-decoration:none;border-radius:4px"
}
