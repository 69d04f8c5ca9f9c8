/// Reply sentences in English, Spanish and French. Every value they state comes in as a parameter
/// from the store's data; the templates themselves state no price, stock, policy or code.
struct ReplyTemplates: Sendable {
    /// The language to write in.
    let language: AssistantLanguage

    func pick(_ en: String, _ es: String, _ fr: String) -> String {
        switch self.language {
        case .english: en
        case .spanish: es
        case .french: fr
        }
    }

    // MARK: shipping
    func freeOver(_ amount: String) -> String {
        self.pick(
            "Orders over \(amount) ship free.", "Envío gratis en pedidos de más de \(amount).",
            "Livraison gratuite dès \(amount) d'achat.")
    }
    func flatRate(_ amount: String) -> String {
        self.pick(
            "Below that, shipping is a flat \(amount).", "Si no, el envío cuesta \(amount).",
            "Sinon, la livraison coûte \(amount).")
    }
    func flatRateOnly(_ amount: String) -> String {
        self.pick("Shipping is a flat \(amount).", "El envío cuesta \(amount).", "La livraison coûte \(amount).")
    }
    func cartQualifies() -> String {
        self.pick("Your cart qualifies!", "¡Tu carrito califica!", "Votre panier en profite !")
    }
    func cartAway(_ amount: String) -> String {
        self.pick(
            "Your cart is \(amount) away from free shipping.", "Te faltan \(amount) para el envío gratis.",
            "Il vous manque \(amount) pour la livraison gratuite.")
    }
    func shipsTo(_ countries: String) -> String {
        self.pick("We ship to: \(countries).", "Enviamos a: \(countries).", "Nous livrons : \(countries).")
    }

    // MARK: variants
    func comesIn(_ title: String, _ value: String) -> String {
        self.pick("Yes, the \(title) comes in \(value).", "Sí, \(title) viene en \(value).", "Oui, \(title) existe en \(value).")
    }
    func inStockIn(_ value: String, _ sizes: String) -> String {
        self.pick("\(value) is in stock in \(sizes).", "\(value) hay en \(sizes).", "\(value) est en stock en \(sizes).")
    }
    func soldOut(_ values: String) -> String {
        self.pick("\(values) is sold out.", "\(values) está agotado.", "\(values) est épuisé.")
    }
    func soldOutMark(_ value: String) -> String {
        self.pick("\(value) (sold out)", "\(value) (agotado)", "\(value) (épuisé)")
    }
    func outOfStock(_ title: String, _ value: String) -> String {
        self.pick(
            "Sorry, the \(title) in \(value) is out of stock right now.",
            "Lo siento, \(title) en \(value) está agotado por ahora.",
            "Désolé, \(title) en \(value) est en rupture de stock pour le moment.")
    }
    func inStockNow(_ values: String) -> String {
        self.pick("In stock now: \(values).", "Disponible ahora: \(values).", "En stock : \(values).")
    }
    /// Products that come in a value the shopper's own product has no option for.
    func offeredBy(_ value: String, _ titles: [String]) -> String {
        let list = titles.joined(separator: ", ")
        return titles.count == 1
            ? self.pick("The \(list) comes in \(value).", "\(list) viene en \(value).", "\(list) existe en \(value).")
            : self.pick("These come in \(value): \(list).", "Vienen en \(value): \(list).", "Existent en \(value) : \(list).")
    }
    /// "The tent has no size options": the product has no option of the asked kind.
    func noOptions(_ title: String, _ kind: String) -> String {
        self.pick(
            "The \(title) has no \(kind) options.", "\(title) no tiene opciones de \(kind).",
            "\(title) n'a pas d'option de \(kind).")
    }
    /// The option list after a sentence that already named the product.
    func itsOptionList(_ option: String, _ values: String) -> String {
        self.pick("It comes in these \(option)s: \(values).", "Viene en: \(values).", "Il existe en : \(values).")
    }
    /// The name of a kind of option in the reply's language.
    func kindName(_ kind: OptionVocabulary.Kind) -> String {
        switch kind {
        case .color: self.pick("color", "color", "couleur")
        case .size, .weight: self.pick("size", "talla", "taille")
        case .grind: self.pick("grind", "molienda", "mouture")
        case .length: self.pick("length", "largo", "longueur")
        }
    }
    func notOffered(_ title: String, _ asked: String, _ values: String) -> String {
        self.pick(
            "The \(title) doesn't come in \(asked). It comes in \(values).",
            "\(title) no viene en \(asked). Viene en \(values).",
            "\(title) n'existe pas en \(asked). Il existe en \(values).")
    }
    func carried(_ title: String) -> String {
        self.pick("Yes, we carry the \(title).", "Sí, tenemos \(title).", "Oui, nous avons \(title).")
    }
    func carriedSoldOut(_ title: String) -> String {
        self.pick(
            "We carry the \(title), but it's sold out right now.", "Tenemos \(title), pero está agotado por ahora.",
            "Nous avons \(title), mais il est épuisé pour le moment.")
    }
    func optionList(_ title: String, _ option: String, _ values: String) -> String {
        self.pick(
            "The \(title) comes in these \(option)s: \(values).", "\(title) viene en: \(values).",
            "\(title) existe en : \(values).")
    }

    // MARK: cart, price, discounts
    func checkout(_ link: String) -> String {
        self.pick("Checkout: \(link)", "Compra aquí: \(link)", "Commander : \(link)")
    }
    func cartLink(_ link: String) -> String {
        self.pick(
            "Here's your cart, ready when you are: \(link)", "Aquí está tu carrito: \(link)",
            "Voici votre panier : \(link)")
    }
    func codeStillWorks(_ code: String, _ percent: Int) -> String {
        self.pick(
            "Your code \(code) (\(percent)% off) still works.", "Tu código \(code) (\(percent)% off) sigue activo.",
            "Votre code \(code) (-\(percent)%) est toujours valable.")
    }
    func offer(_ code: String, _ percent: Int) -> String {
        self.pick(
            "Good news: use code \(code) for \(percent)% off.",
            "Buenas noticias: usa el código \(code) para \(percent)% de descuento.",
            "Bonne nouvelle : le code \(code) vous donne \(percent)% de réduction.")
    }
    func noOtherDiscount() -> String {
        self.pick(
            "We can't offer another discount right now.", "No podemos ofrecer otro descuento ahora.",
            "Nous ne pouvons pas offrir d'autre réduction pour le moment.")
    }
    func noDiscount() -> String {
        self.pick(
            "We don't have a discount to offer right now.", "No tenemos un descuento para ofrecer ahora.",
            "Nous n'avons pas de réduction à proposer pour le moment.")
    }
    func cartSaved(_ link: String) -> String {
        self.pick("Your cart is saved: \(link)", "Tu carrito está guardado: \(link)", "Votre panier est enregistré : \(link)")
    }
    func price(_ title: String, _ amount: String) -> String {
        self.pick("The \(title) is \(amount).", "\(title) cuesta \(amount).", "\(title) coûte \(amount).")
    }
    func priceRange(_ title: String, _ low: String, _ high: String) -> String {
        self.pick(
            "The \(title) is \(low) to \(high), depending on the option.", "\(title) cuesta de \(low) a \(high).",
            "\(title) coûte de \(low) à \(high).")
    }
    func subtotal(_ amount: String) -> String {
        self.pick(
            "Your cart comes to \(amount) before tax and shipping.",
            "Tu carrito suma \(amount) antes de impuestos y envío.",
            "Votre panier s'élève à \(amount) hors taxes et livraison.")
    }
}
