import Foundation
import ReclaimChannels
import Testing

@Suite struct MIMETests {
    @Test func quotedPrintableKeepsLinesShortAndEncodesWhatItMust() {
        let text = "Prix: 10 €, a=b  \nline two\t\n" + String(repeating: "x", count: 200)
        let encoded = MIMEEncoding.quotedPrintable(text)
        let lines = encoded.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 76 })
        #expect(lines[0] == "Prix: 10 =E2=82=AC, a=3Db =20")
        #expect(lines[1] == "line two=09")
        #expect(lines.dropFirst(2).dropLast().allSatisfy { $0.hasSuffix("=") })
        #expect(encoded.utf8.allSatisfy { $0 < 128 })
    }

    @Test func encodedWordsNeverSplitACharacterAndStayShort() throws {
        let subject = String(repeating: "Grüße 🛒 ", count: 12)
        let words = MIMEEncoding.encodedWords(subject)
        #expect(words.allSatisfy { $0.count <= 60 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        var decoded = Data()
        for word in words {
            let payload = word.dropFirst(10).dropLast(2)
            let bytes = try #require(Data(base64Encoded: String(payload)))
            #expect(String(data: bytes, encoding: .utf8) != nil, "each word is valid UTF-8 on its own")
            decoded += bytes
        }
        #expect(String(decoding: decoded, as: UTF8.self) == subject)
    }

    @Test func asciiSubjectsStayReadableAndFold() {
        let value = MIMEEncoding.unstructuredHeader(name: "Subject", value: String(repeating: "word ", count: 30))
        #expect(!value.contains("=?"))
        #expect(value.components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 })
        #expect(value.replacingOccurrences(of: "\r\n", with: "") == String(repeating: "word ", count: 30))
    }

    @Test func headerInjectionIsNeutralised() throws {
        let message = EmailMessage(
            from: EmailAddress("a@shop.example.com", name: "Shop\r\nBcc: victim@example.org"),
            to: [EmailAddress("b@example.org")], subject: "Hi\r\nBcc: victim@example.org", text: "x")
        let rendered = try MIMEBuilder.render(message, date: Date(timeIntervalSince1970: 0), messageID: "1@x", boundary: "b")
        #expect(!rendered.headers.contains { $0.name.lowercased() == "bcc" })
        #expect(rendered.headers.allSatisfy { !$0.value.replacingOccurrences(of: "\r\n ", with: "").contains("\r") })
        #expect(throws: EmailError.invalidAddress("b@example.org>\r\nBcc: c@d")) {
            try MIMEBuilder.render(
                EmailMessage(from: EmailAddress("a@x.com"), to: [EmailAddress("b@example.org>\r\nBcc: c@d")], subject: "s", text: "t"),
                date: Date(), messageID: "1@x", boundary: "b")
        }
        #expect(throws: EmailError.invalidHeaderName("Subject")) {
            try MIMEBuilder.render(
                EmailMessage(
                    from: EmailAddress("a@x.com"), to: [EmailAddress("b@x.com")], subject: "s", text: "t",
                    extraHeaders: [EmailHeader("Subject", "again")]),
                date: Date(), messageID: "1@x", boundary: "b")
        }
    }

    @Test func renderedHeadersAreInOrderWithOneClickUnsubscribe() throws {
        let message = EmailMessage(
            from: EmailAddress("hello@shop.example.com"), to: [EmailAddress("ada@example.org")], subject: "Hi", text: "x",
            html: "<p>x</p>", listUnsubscribe: ListUnsubscribe(mailto: "u@shop.example.com", https: "https://shop.example.com/u/T"))
        let rendered = try MIMEBuilder.render(
            message, date: Date(timeIntervalSince1970: 1_692_853_305), messageID: "m1@shop.example.com", boundary: "=_b")
        let names = rendered.headers.map(\.name)
        #expect(
            names == [
                "Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "List-Unsubscribe", "List-Unsubscribe-Post",
                "Content-Type",
            ])
        #expect(rendered.headers[0].value == "Thu, 24 Aug 2023 05:01:45 +0000")
        #expect(rendered.headers[6].value == "<mailto:u@shop.example.com>, <https://shop.example.com/u/T>")
        #expect(rendered.headers[7].value == "List-Unsubscribe=One-Click")
        #expect(rendered.body.hasSuffix("--=_b--\r\n"))
    }

    @Test func mailtoOnlyUnsubscribeHasNoPostHeader() {
        #expect(ListUnsubscribe(mailto: "mailto:u@x.com").postHeaderValue == nil)
        #expect(ListUnsubscribe(mailto: "mailto:u@x.com").headerValue == "<mailto:u@x.com>")
        #expect(ListUnsubscribe(https: "http://insecure.example.com/u").postHeaderValue == nil)
    }

    @Test func footerAddsUnsubscribeAndPostalAddress() {
        let footer = EmailFooter(
            storeName: "Northwind & Co", postalAddress: "1 Main St, Springfield, IL 62701", unsubscribeURL: "https://s.example.com/u/T")
        let message = footer.apply(
            to: EmailMessage(
                from: EmailAddress("a@s.example.com"), to: [EmailAddress("b@x.com")], subject: "s", text: "Hello",
                html: "<html><body><p>Hello</p></body></html>"))
        #expect(message.text.hasSuffix("Unsubscribe: https://s.example.com/u/T\n1 Main St, Springfield, IL 62701"))
        #expect(message.html?.contains("Northwind &amp; Co") == true)
        #expect(message.html?.hasSuffix("1 Main St, Springfield, IL 62701</p></body></html>") == true)
    }
}
