/// Built-in Spanish templates (informal "tú"). Texts use only GSM-7 letters, so they avoid
/// á, í, ó and ú (not in the GSM-7 alphabet): "entrega" rather than "envío", no "código".
extension TemplateLibrary {
    static let spanish: [MessageTemplateID: MessageTemplateSource] = [
        .smsFirst: MessageTemplateSource(
            sms: "{{brand}}: {{#first_name}}{{first_name}}, ¿sigues{{/first_name}}{{^first_name}}¿Sigues{{/first_name}} "
                + "pensando en {{product_title}}? ¿Dudas? Responde a este SMS. {{link}} Responde STOP para salir",
            smsCompact: "{{brand}}: ¿Sigues pensando en {{product_title}}? Responde con tus dudas. {{link}} "
                + "Responde STOP para salir"),
        .smsDetails: MessageTemplateSource(
            sms: "{{brand}}: ¿Dudas sobre entrega o devoluciones? Responde y te ayudamos.{{#optional}}"
                + "{{#free_shipping_gap}} Entrega gratis si sumas {{free_shipping_gap}}.{{/free_shipping_gap}}"
                + "{{/optional}} {{link}} STOP para salir",
            smsCompact: "{{brand}}: ¿Dudas sobre entrega o devoluciones? Responde. {{link}} STOP para salir"),
        .smsDiscount: MessageTemplateSource(
            sms: "{{brand}}: Un detalle para ti: usa {{discount.code}} y consigue {{discount.offer}} hasta el "
                + "{{discount.expires}}. {{link}} STOP para salir",
            smsCompact: "{{brand}}: Usa {{discount.code}}: {{discount.offer}} hasta el {{discount.expires}}. {{link}} "
                + "STOP para salir"),
        .smsClickFollowUp: MessageTemplateSource(
            sms: "{{brand}}: {{#first_name}}{{first_name}}, ¿alguna{{/first_name}}{{^first_name}}¿Alguna{{/first_name}} "
                + "duda sobre {{product_title}}? Responde y te ayudamos. {{link}} Responde STOP para salir",
            smsCompact: "{{brand}}: ¿Dudas sobre {{product_title}}? Responde. {{link}} Responde STOP para salir"),
        .emailReminder: MessageTemplateSource(
            subject: "{{#first_name}}{{first_name}}, tu{{/first_name}}{{^first_name}}Tu{{/first_name}} "
                + "{{product_title}} sigue en tu carrito",
            text: """
                ¡Hola{{#first_name}} {{first_name}}{{/first_name}}!

                Dejaste {{product}}{{#other_items_text}} {{other_items_text}}{{/other_items_text}} en tu carrito de \
                {{brand}}. Lo guardamos para que puedas seguir justo donde lo dejaste.

                Total del carrito: {{cart_total}}

                Vuelve a tu carrito: {{link}}

                ¿Tienes dudas? Responde a este correo{{#support_phone}} o llámanos al {{support_phone}}{{/support_phone}}.

                El equipo de {{brand}}
                """,
            html: """
                <p>¡Hola{{#first_name}} {{first_name}}{{/first_name}}!</p>
                <p>Dejaste <strong>{{product}}</strong>{{#other_items_text}} {{other_items_text}}{{/other_items_text}} \
                en tu carrito de {{brand}}. Lo guardamos para que puedas seguir justo donde lo dejaste.</p>
                <p>Total del carrito: {{cart_total}}</p>
                <p><a href="{{link}}" style="\(Self.buttonStyle)">Volver a mi carrito</a></p>
                <p>¿Tienes dudas? Responde a este correo{{#support_phone}} o llámanos al {{support_phone}}{{/support_phone}}.</p>
                <p>El equipo de {{brand}}</p>
                """),
        .emailSocialProof: MessageTemplateSource(
            subject: "¿Sigues pensando en {{product_title}}?",
            text: """
                ¡Hola{{#first_name}} {{first_name}}{{/first_name}}!

                {{product}} sigue en tu carrito, tal como lo dejaste.
                {{#social_proof}}

                {{social_proof}}
                {{/social_proof}}
                {{#stock_level}}

                Quedan pocas unidades: {{stock_level}} en stock.
                {{/stock_level}}
                {{#free_shipping_gap}}

                Te faltan {{free_shipping_gap}} para el envío gratis.
                {{/free_shipping_gap}}

                Termina tu compra: {{link}}

                ¿Dudas sobre el producto, el envío o las devoluciones? Responde a este correo.

                El equipo de {{brand}}
                """,
            html: """
                <p>¡Hola{{#first_name}} {{first_name}}{{/first_name}}!</p>
                <p><strong>{{product}}</strong> sigue en tu carrito, tal como lo dejaste.</p>
                {{#social_proof}}
                <p><em>{{social_proof}}</em></p>
                {{/social_proof}}
                {{#stock_level}}
                <p>Quedan pocas unidades: {{stock_level}} en stock.</p>
                {{/stock_level}}
                {{#free_shipping_gap}}
                <p>Te faltan {{free_shipping_gap}} para el envío gratis.</p>
                {{/free_shipping_gap}}
                <p><a href="{{link}}" style="\(Self.buttonStyle)">Terminar mi compra</a></p>
                <p>¿Dudas sobre el producto, el envío o las devoluciones? Responde a este correo.</p>
                <p>El equipo de {{brand}}</p>
                """),
        .emailDiscount: MessageTemplateSource(
            subject: "Un detalle para tu carrito: {{discount.offer}}",
            text: """
                ¡Hola{{#first_name}} {{first_name}}{{/first_name}}!

                {{product}} sigue esperándote. Para ayudarte a decidir, usa el código {{discount.code}} y consigue \
                {{discount.offer}}. Es válido hasta el {{discount.expires_long}}, y el enlace lo aplica por ti.

                Usar mi código: {{link}}

                ¿Tienes dudas? Responde a este correo.

                El equipo de {{brand}}
                """,
            html: """
                <p>¡Hola{{#first_name}} {{first_name}}{{/first_name}}!</p>
                <p><strong>{{product}}</strong> sigue esperándote. Para ayudarte a decidir, usa el código \
                <strong>{{discount.code}}</strong> y consigue {{discount.offer}}. Es válido hasta el \
                {{discount.expires_long}}, y el botón lo aplica por ti.</p>
                <p><a href="{{link}}" style="\(Self.buttonStyle)">Usar mi código</a></p>
                <p>¿Tienes dudas? Responde a este correo.</p>
                <p>El equipo de {{brand}}</p>
                """),
        .emailNewAngle: MessageTemplateSource(
            subject: "¿Te ayudamos con algo?",
            text: """
                ¡Hola{{#first_name}} {{first_name}}{{/first_name}}!

                Elegir no siempre es fácil, y nos encantaría ayudarte. Responde a este correo con cualquier pregunta \
                sobre {{product_title}}, el envío o las devoluciones, y te contestaremos.
                {{#support_phone}}

                ¿Prefieres hablar? Llámanos al {{support_phone}}.
                {{/support_phone}}

                Tu carrito sigue guardado para cuando quieras: {{link}}

                El equipo de {{brand}}
                """,
            html: """
                <p>¡Hola{{#first_name}} {{first_name}}{{/first_name}}!</p>
                <p>Elegir no siempre es fácil, y nos encantaría ayudarte. Responde a este correo con cualquier \
                pregunta sobre {{product_title}}, el envío o las devoluciones, y te contestaremos.</p>
                {{#support_phone}}
                <p>¿Prefieres hablar? Llámanos al {{support_phone}}.</p>
                {{/support_phone}}
                <p><a href="{{link}}" style="\(Self.buttonStyle)">Ver mi carrito</a></p>
                <p>El equipo de {{brand}}</p>
                """),
    ]
}
