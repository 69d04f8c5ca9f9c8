/// Built-in French templates ("vous"). Texts use only GSM-7 letters, so they avoid ç, ê, â, î,
/// ô and û (not in the GSM-7 alphabet); é, è, à and ù are fine.
extension TemplateLibrary {
    static let french: [MessageTemplateID: MessageTemplateSource] = [
        .smsFirst: MessageTemplateSource(
            sms: "{{brand}} : {{#first_name}}{{first_name}}, votre{{/first_name}}{{^first_name}}Votre{{/first_name}} "
                + "{{product_title}} vous attend. Une question ? Répondez ici. {{link}} STOP pour vous désabonner",
            smsCompact: "{{brand}} : {{product_title}} vous attend. Une question ? Répondez ici. {{link}} "
                + "STOP pour vous désabonner"),
        .smsDetails: MessageTemplateSource(
            sms: "{{brand}} : Une question sur la livraison ou les retours ? Répondez, on vous aide. {{link}} "
                + "STOP pour vous désabonner",
            smsCompact: "{{brand}} : Livraison, retours ? Répondez, on vous aide. {{link}} STOP pour vous désabonner"),
        .smsDiscount: MessageTemplateSource(
            sms: "{{brand}} : Avec le code {{discount.code}}, profitez de {{discount.offer}} jusqu'au "
                + "{{discount.expires}} {{link}} STOP pour vous désabonner",
            smsCompact: "{{brand}} : Code {{discount.code}} : {{discount.offer}} jusqu'au {{discount.expires}} {{link}} "
                + "STOP pour vous désabonner"),
        .smsClickFollowUp: MessageTemplateSource(
            sms: "{{brand}} : {{#first_name}}{{first_name}}, une{{/first_name}}{{^first_name}}Une{{/first_name}} "
                + "question sur {{product_title}} ? Répondez ici, on vous aide. {{link}} STOP pour vous désabonner",
            smsCompact: "{{brand}} : Une question sur {{product_title}} ? Répondez ici. {{link}} "
                + "STOP pour vous désabonner"),
        .emailReminder: MessageTemplateSource(
            subject: "{{#first_name}}{{first_name}}, votre{{/first_name}}{{^first_name}}Votre{{/first_name}} "
                + "panier vous attend",
            text: """
                Bonjour{{#first_name}} {{first_name}}{{/first_name}},

                Vous avez laissé {{product}}{{#other_items_text}} {{other_items_text}}{{/other_items_text}} dans \
                votre panier chez {{brand}}. Nous l'avons gardé de côté pour que vous puissiez reprendre là où vous \
                en étiez.

                Total du panier : {{cart_total}}

                Retrouver mon panier : {{link}}

                Une question ? Répondez simplement à cet e-mail{{#support_phone}} ou appelez-nous au \
                {{support_phone}}{{/support_phone}}.

                L'équipe {{brand}}
                """,
            html: """
                <p>Bonjour{{#first_name}} {{first_name}}{{/first_name}},</p>
                <p>Vous avez laissé <strong>{{product}}</strong>{{#other_items_text}} {{other_items_text}}\
                {{/other_items_text}} dans votre panier chez {{brand}}. Nous l'avons gardé de côté pour que vous \
                puissiez reprendre là où vous en étiez.</p>
                <p>Total du panier : {{cart_total}}</p>
                <p><a href="{{link}}" style="\(Self.buttonStyle)">Retrouver mon panier</a></p>
                <p>Une question ? Répondez simplement à cet e-mail{{#support_phone}} ou appelez-nous au \
                {{support_phone}}{{/support_phone}}.</p>
                <p>L'équipe {{brand}}</p>
                """),
        .emailSocialProof: MessageTemplateSource(
            subject: "Vous pensez toujours à {{product_title}} ?",
            text: """
                Bonjour{{#first_name}} {{first_name}}{{/first_name}},

                {{product}} est toujours dans votre panier, tel que vous l'avez laissé.
                {{#social_proof}}

                {{social_proof}}
                {{/social_proof}}
                {{#stock_level}}

                Plus que {{stock_level}} en stock : il pourrait partir vite.
                {{/stock_level}}
                {{#free_shipping_gap}}

                Encore {{free_shipping_gap}} d'achats et la livraison vous est offerte.
                {{/free_shipping_gap}}

                Finaliser ma commande : {{link}}

                Une question sur le produit, la livraison ou les retours ? Répondez simplement à cet e-mail.

                L'équipe {{brand}}
                """,
            html: """
                <p>Bonjour{{#first_name}} {{first_name}}{{/first_name}},</p>
                <p><strong>{{product}}</strong> est toujours dans votre panier, tel que vous l'avez laissé.</p>
                {{#social_proof}}
                <p><em>{{social_proof}}</em></p>
                {{/social_proof}}
                {{#stock_level}}
                <p>Plus que {{stock_level}} en stock : il pourrait partir vite.</p>
                {{/stock_level}}
                {{#free_shipping_gap}}
                <p>Encore {{free_shipping_gap}} d'achats et la livraison vous est offerte.</p>
                {{/free_shipping_gap}}
                <p><a href="{{link}}" style="\(Self.buttonStyle)">Finaliser ma commande</a></p>
                <p>Une question sur le produit, la livraison ou les retours ? Répondez simplement à cet e-mail.</p>
                <p>L'équipe {{brand}}</p>
                """),
        .emailDiscount: MessageTemplateSource(
            subject: "Un petit geste pour votre panier : {{discount.offer}}",
            text: """
                Bonjour{{#first_name}} {{first_name}}{{/first_name}},

                {{product}} vous attend toujours. Pour vous aider à vous décider, profitez de {{discount.offer}} \
                avec le code {{discount.code}}, valable jusqu'au {{discount.expires_long}}. Le lien ci-dessous \
                l'applique pour vous.

                Utiliser mon code : {{link}}

                Une question ? Répondez simplement à cet e-mail.

                L'équipe {{brand}}
                """,
            html: """
                <p>Bonjour{{#first_name}} {{first_name}}{{/first_name}},</p>
                <p><strong>{{product}}</strong> vous attend toujours. Pour vous aider à vous décider, profitez de \
                {{discount.offer}} avec le code <strong>{{discount.code}}</strong>, valable jusqu'au \
                {{discount.expires_long}}. Le bouton ci-dessous l'applique pour vous.</p>
                <p><a href="{{link}}" style="\(Self.buttonStyle)">Utiliser mon code</a></p>
                <p>Une question ? Répondez simplement à cet e-mail.</p>
                <p>L'équipe {{brand}}</p>
                """),
        .emailNewAngle: MessageTemplateSource(
            subject: "Pouvons-nous vous aider ?",
            text: """
                Bonjour{{#first_name}} {{first_name}}{{/first_name}},

                Choisir n'est pas toujours simple, et nous serions ravis de vous aider. Répondez à cet e-mail pour \
                toute question sur {{product_title}}, la livraison ou les retours : nous vous répondrons rapidement.
                {{#support_phone}}

                Vous préférez en parler ? Appelez-nous au {{support_phone}}.
                {{/support_phone}}

                Votre panier reste disponible quand vous le souhaitez : {{link}}

                L'équipe {{brand}}
                """,
            html: """
                <p>Bonjour{{#first_name}} {{first_name}}{{/first_name}},</p>
                <p>Choisir n'est pas toujours simple, et nous serions ravis de vous aider. Répondez à cet e-mail pour \
                toute question sur {{product_title}}, la livraison ou les retours : nous vous répondrons rapidement.</p>
                {{#support_phone}}
                <p>Vous préférez en parler ? Appelez-nous au {{support_phone}}.</p>
                {{/support_phone}}
                <p><a href="{{link}}" style="\(Self.buttonStyle)">Voir mon panier</a></p>
                <p>L'équipe {{brand}}</p>
                """),
    ]
}
