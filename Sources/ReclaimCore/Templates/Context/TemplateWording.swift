/// The few phrases Reclaim words itself in each language, outside templates: other items,
/// discount offers and the email footer.
struct TemplateWording {
    let language: TemplateLocale.Language

    init(_ locale: TemplateLocale) {
        self.language = locale.language
    }

    /// `and 2 other items`, `y otros 2 productos`, `et 2 autres articles`.
    func otherItems(_ count: Int) -> String {
        switch (self.language, count == 1) {
        case (.en, true): "and 1 other item"
        case (.en, false): "and \(count) other items"
        case (.es, true): "y otro producto"
        case (.es, false): "y otros \(count) productos"
        case (.fr, true): "et 1 autre article"
        case (.fr, false): "et \(count) autres articles"
        }
    }

    /// A percentage: `15%` in English, `15 %` in Spanish and French.
    func percent(_ value: Int) -> String {
        self.language == .en ? "\(value)%" : "\(value) %"
    }

    /// The value of a free-shipping code.
    var freeShipping: String {
        switch self.language {
        case .en: "free shipping"
        case .es: "entrega gratis"
        case .fr: "livraison offerte"
        }
    }

    /// An amount or percentage as an offer: `15% off`, `10 € de descuento`, `15 % de réduction`;
    /// free shipping as `free shipping`, `entrega gratis`, `la livraison offerte`.
    func offer(amount: String, freeShipping: Bool) -> String {
        switch (self.language, freeShipping) {
        case (.en, true): "free shipping"
        case (.en, false): "\(amount) off"
        case (.es, true): "entrega gratis"
        case (.es, false): "\(amount) de descuento"
        case (.fr, true): "la livraison offerte"
        case (.fr, false): "\(amount) de réduction"
        }
    }

    /// Stand-in product name for a cart without lines.
    var yourItems: String {
        switch self.language {
        case .en: "your items"
        case .es: "tus productos"
        case .fr: "vos articles"
        }
    }

    /// The footer's unsubscribe label.
    var unsubscribe: String {
        switch self.language {
        case .en: "Unsubscribe"
        case .es: "Darte de baja"
        case .fr: "Se désabonner"
        }
    }

    /// `label: value`, with the space French puts before the colon.
    func labelled(_ label: String, _ value: String) -> String {
        self.language == .fr ? "\(label) : \(value)" : "\(label): \(value)"
    }

    /// The footer's reason for the email.
    func footerReason(brand: String) -> String {
        switch self.language {
        case .en: "You're receiving this email because you started a checkout at \(brand)."
        case .es: "Recibes este correo porque iniciaste una compra en \(brand)."
        case .fr: "Vous recevez cet e-mail car vous avez commencé une commande chez \(brand)."
        }
    }
}
