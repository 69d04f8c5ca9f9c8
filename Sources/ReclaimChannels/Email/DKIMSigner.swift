import Crypto
import Foundation
import _CryptoExtras

/// Signs rendered messages with DKIM (RFC 6376), relaxed/relaxed, `rsa-sha256` or `ed25519-sha256`
/// (RFC 8463). Publish the matching key at `{selector}._domainkey.{domain}` (see ``dnsRecord``).
///
/// The signature covers `From`, `To`, `Subject`, `Date`, `Message-ID`, the MIME headers and both
/// `List-Unsubscribe` headers, as RFC 8058 requires for one-click unsubscribe.
///
/// ```swift
/// let signer = try DKIMSigner(domain: "shop.example.com", selector: "reclaim", key: .rsa(pem: pem))
/// try signer.sign(&rendered, timestamp: now)
/// ```
public struct DKIMSigner: Sendable {
    /// A private key.
    public enum Key: Sendable, Hashable {
        /// An RSA private key (PKCS#1 or PKCS#8 PEM), at least 1024 bits; 2048 recommended.
        case rsa(pem: String)
        /// An Ed25519 private key: the raw 32-byte seed.
        case ed25519(seed: Data)
    }

    /// Headers signed when present, in this order.
    public static let defaultSignedHeaders = [
        "from", "to", "cc", "reply-to", "subject", "date", "message-id", "mime-version", "content-type",
        "content-transfer-encoding", "list-unsubscribe", "list-unsubscribe-post",
    ]

    /// The signing domain (`d=`), normally the `From:` domain for DMARC alignment.
    public let domain: String
    /// The selector (`s=`).
    public let selector: String
    /// The private key.
    public let key: Key
    /// Header names signed when present.
    public let signedHeaders: [String]

    /// Creates a signer, checking the key.
    /// - Parameters:
    ///   - domain: `d=`.
    ///   - selector: `s=`.
    ///   - key: The private key.
    ///   - signedHeaders: Header names to sign when present.
    /// - Throws: ``EmailError/invalidDKIMKey(_:)`` when the key cannot be read.
    public init(domain: String, selector: String, key: Key, signedHeaders: [String] = Self.defaultSignedHeaders) throws {
        self.domain = domain.lowercased()
        self.selector = selector
        self.key = key
        self.signedHeaders = signedHeaders.map { $0.lowercased() }
        _ = try self.publicKeyBase64()
    }

    /// `rsa-sha256` or `ed25519-sha256`.
    public var algorithm: String {
        switch self.key {
        case .rsa: return "rsa-sha256"
        case .ed25519: return "ed25519-sha256"
        }
    }

    /// The TXT record to publish at `{selector}._domainkey.{domain}`: `v=DKIM1; k=rsa; p=…`.
    public var dnsRecord: String {
        get throws {
            let type = if case .rsa = self.key { "rsa" } else { "ed25519" }
            return "v=DKIM1; k=\(type); p=\(try self.publicKeyBase64())"
        }
    }

    /// Prepends a `DKIM-Signature` header to a rendered message.
    /// - Parameters:
    ///   - email: The rendered message; its body and headers must not change afterwards.
    ///   - timestamp: The signing time (`t=`).
    /// - Throws: ``EmailError/invalidDKIMKey(_:)`` when signing fails.
    public func sign(_ email: inout RenderedEmail, timestamp: Date) throws {
        email.headers.insert(try self.signatureHeader(for: email, timestamp: timestamp), at: 0)
    }

    /// The `DKIM-Signature` header for a rendered message.
    /// - Parameters:
    ///   - email: The rendered message.
    ///   - timestamp: The signing time.
    /// - Returns: The header, folded at tag boundaries.
    /// - Throws: ``EmailError/invalidDKIMKey(_:)`` when signing fails.
    public func signatureHeader(for email: RenderedEmail, timestamp: Date) throws -> EmailHeader {
        // The last instance of a field is the one a verifier picks first (RFC 6376 §5.4.2).
        var present: [(name: String, header: EmailHeader)] = []
        for name in self.signedHeaders {
            if let header = email.headers.last(where: { $0.name.lowercased() == name }) {
                present.append((name, header))
            }
        }
        let bodyHash = Data(SHA256.hash(data: Data(DKIMCanonicalization.relaxedBody(email.body).utf8))).base64EncodedString()
        // Fold between tags and inside h= (FWS is allowed around its colons) and sign exactly the folded
        // form; verifiers canonicalize what they receive, so signer and verifier see the same text.
        var headerList = "h="
        var width = 3
        for (index, name) in present.map(\.name).enumerated() {
            let piece = (index == 0 ? "" : ":") + name
            if width + piece.count > 70 {
                headerList += "\r\n\t"
                width = 1
            }
            headerList += piece
            width += piece.count
        }
        let tags = [
            "v=1", "a=\(self.algorithm)", "c=relaxed/relaxed", "d=\(self.domain)", "s=\(self.selector)",
            "t=\(Int(timestamp.timeIntervalSince1970))", headerList, "bh=\(bodyHash)", "b=",
        ]
        var folded = tags.joined(separator: ";\r\n\t")
        var input = present.map { DKIMCanonicalization.relaxedHeader(name: $0.header.name, value: $0.header.value) }.joined()
        // The signature header itself, with an empty b= and without its final CRLF (RFC 6376 §3.7).
        input += DKIMCanonicalization.relaxedHeader(name: "DKIM-Signature", value: folded, terminated: false)
        let signature = try self.signature(for: Data(input.utf8))
        // Verifiers remove the whole b= value, folding included.
        var rest = Substring(signature.base64EncodedString())
        folded += rest.prefix(60)
        rest = rest.dropFirst(60)
        while !rest.isEmpty {
            folded += "\r\n\t" + rest.prefix(72)
            rest = rest.dropFirst(72)
        }
        return EmailHeader("DKIM-Signature", folded)
    }

    private func signature(for input: Data) throws -> Data {
        do {
            switch self.key {
            case .rsa(let pem):
                let key = try _RSA.Signing.PrivateKey(unsafePEMRepresentation: pem)
                return try key.signature(for: SHA256.hash(data: input), padding: .insecurePKCS1v1_5).rawRepresentation
            case .ed25519(let seed):
                // RFC 8463: PureEdDSA over the SHA-256 hash of the canonicalized data.
                let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
                return try key.signature(for: Data(SHA256.hash(data: input)))
            }
        } catch {
            throw EmailError.invalidDKIMKey("\(error)")
        }
    }

    private func publicKeyBase64() throws -> String {
        do {
            switch self.key {
            case .rsa(let pem):
                let key = try _RSA.Signing.PrivateKey(unsafePEMRepresentation: pem)
                guard key.keySizeInBits >= 1024 else {
                    throw EmailError.invalidDKIMKey("RSA keys below 1024 bits are rejected by verifiers")
                }
                return key.publicKey.derRepresentation.base64EncodedString()
            case .ed25519(let seed):
                return try Curve25519.Signing.PrivateKey(rawRepresentation: seed).publicKey.rawRepresentation.base64EncodedString()
            }
        } catch let error as EmailError {
            throw error
        } catch {
            throw EmailError.invalidDKIMKey("\(error)")
        }
    }
}
