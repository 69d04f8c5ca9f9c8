/// The footer every marketing email carries, in text and HTML, and the HTML document around
/// the template's body.
struct MessageEmailFooter {
    let brand: String
    let postalAddress: String
    let unsubscribeLink: String
    let locale: TemplateLocale

    /// The plain-text footer after a `-- ` signature separator.
    var text: String {
        let wording = TemplateWording(self.locale)
        return [
            "-- ", self.brand, self.postalAddress, wording.footerReason(brand: self.brand),
            wording.labelled(wording.unsubscribe, self.unsubscribeLink),
        ].joined(separator: "\n")
    }

    /// A complete HTML document: the body fragment, then the footer, every value escaped.
    func document(subject: String, body: String) -> String {
        let wording = TemplateWording(self.locale)
        let escape = TemplateEscaping.escapeHTML
        return """
            <!DOCTYPE html>
            <html lang="\(self.locale.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(subject))</title>
            </head>
            <body style="margin:0;padding:24px;background:#ffffff;color:#222222;\
            font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5">
            <div style="max-width:560px;margin:0 auto">
            \(body)
            <hr style="border:none;border-top:1px solid #dddddd;margin:32px 0 16px">
            <p style="font-size:12px;color:#777777">\(escape(self.brand))<br>\(escape(self.postalAddress))<br>\
            \(escape(wording.footerReason(brand: self.brand)))<br>\
            <a href="\(escape(self.unsubscribeLink))" style="color:#777777">\(escape(wording.unsubscribe))</a></p>
            </div>
            </body>
            </html>

            """
    }
}
