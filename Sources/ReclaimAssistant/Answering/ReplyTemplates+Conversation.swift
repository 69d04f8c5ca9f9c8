extension ReplyTemplates {
    func paused() -> String {
        self.pick(
            "No problem, we'll pause reminders.", "Sin problema, pausamos los recordatorios.",
            "Pas de souci, nous mettons les rappels en pause.")
    }
    func savedForLater(_ link: String) -> String {
        self.pick(
            "Your cart is saved for when you're ready: \(link)", "Tu carrito queda guardado: \(link)",
            "Votre panier reste enregistré : \(link)")
    }
    func notInterested() -> String {
        self.pick(
            "Understood, we won't send more reminders about this cart. Thanks!",
            "Entendido, no enviaremos más recordatorios de este carrito. ¡Gracias!",
            "Compris, nous n'enverrons plus de rappels pour ce panier. Merci !")
    }
    func alreadyPurchased() -> String {
        self.pick(
            "Thanks for your order! We'll stop reminders about this cart.",
            "¡Gracias por tu compra! Dejaremos de enviar recordatorios de este carrito.",
            "Merci pour votre commande ! Nous arrêtons les rappels pour ce panier.")
    }
    func help(_ brand: String) -> String {
        self.pick("\(brand) cart reminders.", "Recordatorios de carrito de \(brand).", "Rappels de panier \(brand).")
    }
    func contact(_ contact: String) -> String {
        self.pick("Help: \(contact).", "Ayuda: \(contact).", "Aide : \(contact).")
    }
    func stopHint() -> String {
        self.pick("Reply STOP to opt out.", "Responde STOP para darte de baja.", "Répondez STOP pour vous désabonner.")
    }
    func personWillReply(_ brand: String) -> String {
        self.pick(
            "Got it, a person from \(brand) will text you back.", "Entendido, una persona de \(brand) te escribirá.",
            "Compris, une personne de \(brand) va vous répondre.")
    }
    func hours(_ hours: String) -> String {
        self.pick("Hours: \(hours).", "Horario: \(hours).", "Horaires : \(hours).")
    }
    func sorryPersonWillFollowUp(_ brand: String) -> String {
        self.pick(
            "Sorry about that. A person from \(brand) will follow up.",
            "Lo sentimos. Una persona de \(brand) te contactará.",
            "Désolé. Une personne de \(brand) va vous recontacter.")
    }
    func orderIssue() -> String {
        self.pick(
            "Sorry about that! A person will follow up about your order.",
            "¡Lo sentimos! Una persona te contactará sobre tu pedido.",
            "Désolé ! Une personne va vous recontacter au sujet de votre commande.")
    }
    func reachUs(_ contact: String) -> String {
        self.pick(
            "You can also reach us at \(contact).", "También puedes escribirnos a \(contact).",
            "Vous pouvez aussi nous joindre : \(contact).")
    }
    func paymentIssue() -> String {
        self.pick(
            "Sorry about the trouble. Please don't send card details by text; a person will follow up.",
            "Lo sentimos. No envíes datos de tarjeta por mensaje; una persona te contactará.",
            "Désolé. N'envoyez pas vos données de carte par SMS ; une personne va vous recontacter.")
    }
    func cardSent() -> String {
        self.pick(
            "For your security, never send card details by text. A person will follow up.",
            "Por tu seguridad, nunca envíes datos de tarjeta por mensaje. Una persona te contactará.",
            "Pour votre sécurité, n'envoyez jamais vos données de carte par SMS. Une personne va vous recontacter.")
    }
    func secureCheckout() -> String {
        self.pick(
            "Pay only on our secure checkout page.", "Paga solo en nuestra página de pago segura.",
            "Payez uniquement sur notre page de paiement sécurisée.")
    }
    func noFact(_ brand: String) -> String {
        self.pick(
            "Good question! A person from \(brand) will follow up with the answer.",
            "¡Buena pregunta! Una persona de \(brand) te responderá.",
            "Bonne question ! Une personne de \(brand) va vous répondre.")
    }
    func clarify() -> String {
        self.pick(
            "Happy to help! Ask me about shipping, returns, sizes or colors, or reply HUMAN for a person.",
            "¡Con gusto! Pregúntame por envío, devoluciones, tallas o colores, o responde HUMANO.",
            "Avec plaisir ! Posez-moi vos questions sur la livraison, les retours, les tailles ou couleurs.")
    }
}
