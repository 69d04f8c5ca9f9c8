import Foundation

extension IntentLexicon {
    /// Questions the store's data answers: shipping, returns, variants, products, prices, discounts.
    static let shopping: [IntentPattern] = rules([
        // shipping
        (.shipping, 0.9, "faster|quicker|sooner"),
        (.shipping, 1.0, "ship|shipping|shipped|ships|shipment|shipments|shippment"),
        (.shipping, 1.0, "delivery|deliver|delivered|delivers|deliveries"),
        (.shipping, 0.9, "how long _ take|takes|arrive|ship|get|here, how long til|until"),
        (.shipping, 0.9, "when would|will|could|does|do it|they arrive|come|get"),
        (.shipping, 0.9, "how fast|quickly|soon _ get|arrive|ship"),
        (.shipping, 0.9, "carrier|carriers|ups|usps|fedex|dhl|expedited|overnight, po box, 2 day"),
        (.shipping, 0.8, "get|arrive|here it? by"),
        (.shipping, 1.0, "envio|envios|flete|llega|llegaria|entrega, enviar a, hacen envios"),
        (.shipping, 1.0, "livraison|livrez|livrer|expedition|expediez, frais de port"),
        (.shipping, 0.3, "free"),
        // returns, exchanges, warranty
        (.returns, 1.0, "ne va pas, ne me va pas, no me queda"),
        (.returns, 1.0, "return|returns|returning|returned|retrun|retour|retours|retourner"),
        (.returns, 1.4, "return|refund policy|window, return shipping|label"),
        (.returns, 1.0, "exchange|exchanges|swap, size up|down"),
        (.returns, 1.0, "send|ship it|them? back"),
        (.returns, 1.0, "warranty|warranties|guarantee|garantia|garantie"),
        (.returns, 1.0, "devolver|devolverlo|devolverla|devolucion|devoluciones|devuelvo|cambio|cambiar"),
        (.returns, 1.0, "echange|echanger|renvoyer"),
        (.returns, 0.5, "doesnt|dont|didnt fit|like"),
        (.returns, 0.4, "too small|big|large"),
        // variants: colors, sizes, stock
        (.variant, 1.0, "come|comes|coming in"),
        (.variant, 1.0, "instock|restock|restocked|restocking|soldout|disponible|disponibles|agotado|rupture"),
        (.variant, 1.0, "in|en stock, sold out"),
        (.variant, 0.8, "available|availability"),
        (.variant, 0.9, "color|colors|colour|colours|couleur|couleurs|colores|option|options"),
        (.variant, 0.9, "size|sizes|talla|tallas|taille|tailles|grind|grinds|molienda|mouture|length|lengths"),
        (.variant, 0.6, "version|versions"),
        (.variant, 0.4, "do you|u|yall all? have|carry|got"),
        // "do you have decaf?" asks whether the store carries something; a named option value makes it a variant question.
        (.product, 0.5, "do|does you|u all|guys? guys? have|sell|carry|stock|make"),
        (.variant, 0.6, "do you carry|have|sell _ in"),
        (.variant, 0.5, "tienen|tiene|hay|avez|existe|lavez"),
        (.variant, 0.6, "instead"),
        // product details
        (.product, 1.0, "material|materials|fabric|matiere, made of|from, de que material"),
        (.product, 1.0, "waterproof|impermeable|waterresistant, water proof|resistant"),
        (.product, 1.0, "heavy|weight|weigh|weighs|pese|poids|pesa|peso"),
        (.product, 1.0, "dimension|dimensions|measurements, how big|tall|wide|long is, packed size"),
        (.product, 1.0, "battery|batteries|rechargeable|rechargable|recharge|usb|lumens|lumen|runtime"),
        (.product, 1.0, "warm|warmth|temperature|rated|rating|degrees|fill|insulated|insulation"),
        (.product, 1.0, "freestanding|dishwasher|footprint|vestibule|vestibules|zips|zipper|hood, free standing"),
        (.product, 1.0, "capucha|capuche|bolsillo|bolsillos|poche|poches|cremallera|fermeture"),
        (.product, 1.0, "how many people|persons"),
        (.product, 0.9, "fit|fits in, sleep|sleeps"),
        (.product, 1.0, "details|specs|specifications|features, tell me more, more info|information"),
        (.product, 0.8, "suitable|durable|comfortable|comfy|breathable, good|work for"),
        (.product, 0.8, "keep|keeps _ cold|hot|warm|cool"),
        (.product, 0.7, "winter|snow|rain|camping|hiking"),
        (.product, 0.6, "last|lasts"),
        // price
        (.product, 1.0, "materiaux"),
        (.product, 0.7, "does|do it|the _ have"),
        (.price, 0.9, "how much"),
        (.price, 1.0, "price|prices|pricing|cost|costs|precio|prix|cuesta|cuanto|combien"),
        (.price, 1.0, "total|subtotal"),
        (.price, 0.6, "tax|taxes"),
        (.price, 1.0, "pricematch, price match"),
        (.product, 1.3, "pese|pesa combien|cuanto, combien pese, cuanto pesa"),
        (.price, 0.8, "cheaper in"),
        // discounts
        (.discount, 1.1, "trop cher, muy caro, demasiado caro"),
        (.discount, 1.2, "discount|discounts|discounted|coupon|coupons|promo|promos|promotion"),
        (.discount, 0.8, "code|codes"),
        (.discount, 1.0, "deal|deals|sale|sales|offer|offers, black friday, cyber monday"),
        (.discount, 1.0, "cheaper|expensive|pricey|pricy|overpriced|afford"),
        (.discount, 1.2, "better|best|lower price|deal"),
        (.discount, 1.2, "do _ better, is|thats|its a lot for, a lot of money, too much for, too much money, steep"),
        (.discount, 1.2, "percent off, knock _ off, money|bucks|dollars off"),
        (.discount, 1.3, "give|offer|get me|us? free shipping"),
        (.discount, 1.2, "descuento|descuentos|cupon|cupones|rebaja|oferta|codigo"),
        (.discount, 1.2, "reduction|reductions|promotion|solde|soldes|rabais, code promo"),
    ])

    /// Replies that want the cart link.
    static let answers: [IntentPattern] = rules([
        (.purchase, 1.0, "send|resend|text|give _ link|links"),
        (.purchase, 0.8, "link|links"),
        (.purchase, 0.8, "resend, send it over"),
        (.purchase, 1.1, "ready to buy|order|purchase|checkout"),
        (.purchase, 1.0, "i want it, i will take it, ill take it, grab it, i want to buy, i ll take it"),
        (.purchase, 0.7, "take it"),
        (.purchase, 0.8, "check out, checkout"),
        (.purchase, 1.0, "complete|finish|finalize _ purchase|order|checkout"),
        (.purchase, 0.6, "buy|buying|purchase"),
        (.purchase, 0.9, "lets do it|this, im in, im ready, go ahead, ^ send it $, i will take the|it|one|that|this"),
        (.purchase, 0.6, "^ yes|yeah|yep|sure"),
        (.purchase, 1.0, "enlace|liga|lien|mandame|enviame, envoyez|envoie moi"),
        (.purchase, 1.1, "quiero comprar*, lo quiero, je le|la prends, je veux l acheter"),
        (.purchase, 0.7, "comprar|comprarlo|acheter"),
    ])

    /// Expands `(intent, weight, "phrase a, phrase b")` into one pattern per comma-separated phrase.
    static func rules(_ list: [(AssistantIntent, Double, String)]) -> [IntentPattern] {
        list.flatMap { intent, weight, phrases in
            phrases.split(separator: ",").map { IntentPattern(intent, weight, $0.trimmingCharacters(in: .whitespaces)) }
        }
    }
}
