import Crypto
import Foundation
import ReclaimChannels
import Testing
import _CryptoExtras

@Suite struct DKIMTests {
    /// RFC 6376 §3.4.5, the example of relaxed canonicalization.
    @Test func relaxedCanonicalizationMatchesTheRFCExample() {
        #expect(DKIMCanonicalization.relaxedHeader(name: "A", value: " X") == "a:X\r\n")
        #expect(DKIMCanonicalization.relaxedHeader(name: "B ", value: " Y\t\r\n\tZ  ") == "b:Y Z\r\n")
        #expect(DKIMCanonicalization.relaxedBody(" C \r\nD \t E\r\n\r\n\r\n") == " C\r\nD E\r\n")
    }

    @Test func relaxedBodyEdgeCases() {
        #expect(DKIMCanonicalization.relaxedBody("") == "")
        #expect(DKIMCanonicalization.relaxedBody("\r\n\r\n") == "")
        #expect(DKIMCanonicalization.relaxedBody("x") == "x\r\n")
    }

    static func rendered() throws -> RenderedEmail {
        try MIMEBuilder.render(
            EmailMessage(
                from: EmailAddress("hello@shop.example.com"), to: [EmailAddress("ada@example.org")], subject: "Hi Ada 👋",
                text: "Body", listUnsubscribe: ListUnsubscribe(https: "https://shop.example.com/u/T")),
            date: Date(timeIntervalSince1970: 1_700_000_000), messageID: "m@shop.example.com", boundary: "=_b")
    }

    /// Recomputes the signed data from the headers as a verifier would and checks the RSA signature.
    @Test func rsaSignatureVerifiesAgainstOurOwnCanonicalization() throws {
        let key = try _RSA.Signing.PrivateKey(unsafePEMRepresentation: DKIMTestKeys.rsaPEM)
        let signer = try DKIMSigner(domain: "shop.example.com", selector: "s1", key: .rsa(pem: DKIMTestKeys.rsaPEM))
        var email = try Self.rendered()
        try signer.sign(&email, timestamp: Date(timeIntervalSince1970: 1_700_000_000))
        let (data, signature) = try Self.verifierView(email)
        #expect(
            key.publicKey.isValidSignature(
                _RSA.Signing.RSASignature(rawRepresentation: signature), for: SHA256.hash(data: data), padding: .insecurePKCS1v1_5))
        #expect(try signer.dnsRecord.hasPrefix("v=DKIM1; k=rsa; p=MII"))
    }

    @Test func ed25519SignatureVerifies() throws {
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: DKIMTestKeys.ed25519Seed)
        let signer = try DKIMSigner(domain: "shop.example.com", selector: "e1", key: .ed25519(seed: DKIMTestKeys.ed25519Seed))
        var email = try Self.rendered()
        try signer.sign(&email, timestamp: Date(timeIntervalSince1970: 1_700_000_000))
        let (data, signature) = try Self.verifierView(email)
        #expect(key.publicKey.isValidSignature(signature, for: Data(SHA256.hash(data: data))))
        #expect(email.headers[0].value.contains("a=ed25519-sha256"))
    }

    @Test func bodyHashCoversTheBodyAndBothUnsubscribeHeadersAreSigned() throws {
        let signer = try DKIMSigner(domain: "shop.example.com", selector: "s1", key: .ed25519(seed: DKIMTestKeys.ed25519Seed))
        let email = try Self.rendered()
        let header = try signer.signatureHeader(for: email, timestamp: Date(timeIntervalSince1970: 1_700_000_000))
        let tags = Self.tags(header.value)
        let expected = Data(SHA256.hash(data: Data(DKIMCanonicalization.relaxedBody(email.body).utf8))).base64EncodedString()
        #expect(tags["bh"] == expected)
        #expect(tags["c"] == "relaxed/relaxed")
        #expect(tags["h"]?.split(separator: ":").contains("list-unsubscribe-post") == true)
        #expect(tags["h"]?.split(separator: ":").contains("list-unsubscribe") == true)
        #expect(header.value.components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 })
    }

    @Test func badKeysAreRejectedUpFront() {
        #expect(throws: EmailError.self) { try DKIMSigner(domain: "x.com", selector: "s", key: .rsa(pem: "not a key")) }
        #expect(throws: EmailError.self) { try DKIMSigner(domain: "x.com", selector: "s", key: .ed25519(seed: Data([1, 2, 3]))) }
    }

    static func tags(_ value: String) -> [String: String] {
        let unfolded = value.replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\t", with: "")
            .replacingOccurrences(of: " ", with: "")
        var tags: [String: String] = [:]
        for part in unfolded.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2 { tags[pair[0].trimmingCharacters(in: .whitespaces)] = pair[1].replacingOccurrences(of: " ", with: "") }
        }
        return tags
    }

    /// The data a verifier hashes (RFC 6376 §3.7) and the signature bytes.
    static func verifierView(_ email: RenderedEmail) throws -> (Data, Data) {
        let dkim = try #require(email.headers.first { $0.name == "DKIM-Signature" })
        let tags = self.tags(dkim.value)
        var data = ""
        var used: [String: Int] = [:]
        for name in (tags["h"] ?? "").split(separator: ":").map(String.init) {
            let matches = email.headers.filter { $0.name.lowercased() == name }
            let index = matches.count - 1 - (used[name] ?? 0)
            used[name, default: 0] += 1
            if index >= 0 { data += DKIMCanonicalization.relaxedHeader(name: matches[index].name, value: matches[index].value) }
        }
        let bValue = try #require(dkim.value.range(of: "b=", options: .backwards))
        let stripped = String(dkim.value[..<bValue.upperBound])
        data += DKIMCanonicalization.relaxedHeader(name: "DKIM-Signature", value: stripped, terminated: false)
        let signature = try #require(Data(base64Encoded: tags["b"] ?? ""))
        return (Data(data.utf8), signature)
    }
}
