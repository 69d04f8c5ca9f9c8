import Foundation
import ReclaimCore
import Testing

@testable import ReclaimCommerce

/// Expected signatures below were computed independently with Python's `hmac` module; each test
/// names the command. They never come from the code under test.
@Suite struct SignatureVerificationTests {
    // python3 -c 'import hmac,hashlib,base64;print(base64.b64encode(hmac.new(b"test_secret_key", b"{\"foo\": \"bar\"}", hashlib.sha256).digest()).decode())'
    // → B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g=  (also Shopify's SDK test vector)
    @Test func shopifySDKVectorVerifies() throws {
        let verifier = ShopifyWebhookVerifier(secret: "test_secret_key")
        try verifier.verify(body: Data(#"{"foo": "bar"}"#.utf8), hmacHeader: "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g=")
        #expect(
            WebhookHMAC.base64Signature(body: Data(#"{"foo": "bar"}"#.utf8), secret: "test_secret_key")
                == "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g=")
    }

    // python3 -c 'import hmac,hashlib,base64;print(base64.b64encode(hmac.new(b"shpss_reclaim_test_secret", open("shopify/webhook_checkouts_create.sample.2026-07.json","rb").read(), hashlib.sha256).digest()).decode())'
    // (run in Fixtures/) → m2ruIHBmY9nXWV3KM11738d9y6BeagkmJWFOZsa3J84=
    @Test func shopifyCheckoutSampleSignedByPythonVerifiesAndParses() throws {
        let body = try Fixture.data("shopify/webhook_checkouts_create.sample.2026-07.json")
        let verifier = ShopifyWebhookVerifier(secret: "shpss_reclaim_test_secret")
        try verifier.verify(body: body, hmacHeader: "m2ruIHBmY9nXWV3KM11738d9y6BeagkmJWFOZsa3J84=")
        let event = try ShopifyPayloadParser().parse(topic: "checkouts/create", body: body)
        guard case .cartUpdated(let cart) = event else { throw CommerceError.malformedPayload("") }
        #expect(cart.externalID == "123123123")
    }

    @Test func shopifyForgedBodyFails() {
        let verifier = ShopifyWebhookVerifier(secret: "test_secret_key")
        #expect(throws: CommerceError.invalidSignature) {
            try verifier.verify(body: Data(#"{"foo": "baz"}"#.utf8), hmacHeader: "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g=")
        }
    }

    @Test func shopifyWrongSecretFails() {
        let verifier = ShopifyWebhookVerifier(secret: "another_secret")
        #expect(!verifier.isValid(body: Data(#"{"foo": "bar"}"#.utf8), hmacHeader: "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g="))
    }

    @Test(arguments: [nil, "", "   "] as [String?])
    func shopifyMissingOrEmptyHeaderIsMissingSignature(header: String?) {
        let verifier = ShopifyWebhookVerifier(secret: "test_secret_key")
        #expect(throws: CommerceError.missingSignature) {
            try verifier.verify(body: Data(#"{"foo": "bar"}"#.utf8), hmacHeader: header)
        }
    }

    @Test(arguments: ["not base64!", "AAAA", "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7h="])
    func shopifyGarbageHeaderFails(header: String) {
        let verifier = ShopifyWebhookVerifier(secret: "test_secret_key")
        #expect(!verifier.isValid(body: Data(#"{"foo": "bar"}"#.utf8), hmacHeader: header))
    }

    @Test func shopifyAcceptsPreviousSecretDuringRotation() {
        let verifier = ShopifyWebhookVerifier(secrets: ["new_secret", "test_secret_key"])
        #expect(verifier.isValid(body: Data(#"{"foo": "bar"}"#.utf8), hmacHeader: "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g="))
    }

    @Test func emptySecretNeverVerifies() {
        let body = Data("{}".utf8)
        let signature = WebhookHMAC.base64Signature(body: body, secret: "")
        #expect(!ShopifyWebhookVerifier(secret: "").isValid(body: body, hmacHeader: signature))
    }

    // python3 -c 'import hmac,hashlib,base64;print(base64.b64encode(hmac.new(b"my-woo-webhook-secret", b"{\"id\":727,\"status\":\"processing\"}", hashlib.sha256).digest()).decode())'
    // → Lj2dOfRc5q6bj023cErjUpRLprHKSqlwMevQ+OKieYE=
    @Test func wooCommerceVectorVerifies() throws {
        try WooCommerceWebhookVerifier(secret: "my-woo-webhook-secret").verify(
            body: Data(#"{"id":727,"status":"processing"}"#.utf8),
            signatureHeader: "Lj2dOfRc5q6bj023cErjUpRLprHKSqlwMevQ+OKieYE=")
    }

    // python3 -c 'import hmac,hashlib,base64;print(base64.b64encode(hmac.new(b"woo-reclaim-secret", open("woocommerce/order_create_response.wp-api-v3-docs.json","rb").read(), hashlib.sha256).digest()).decode())'
    // (run in Fixtures/) → +ak2+3dbG2nn/q+FGCrjeHVJXZ1typFx8y1bgs3smzM=
    @Test func wooCommerceOrderSampleSignedByPythonVerifies() throws {
        let body = try Fixture.data("woocommerce/order_create_response.wp-api-v3-docs.json")
        let verifier = WooCommerceWebhookVerifier(secret: "woo-reclaim-secret")
        try verifier.verify(body: body, signatureHeader: "+ak2+3dbG2nn/q+FGCrjeHVJXZ1typFx8y1bgs3smzM=")
        #expect(
            !WooCommerceWebhookVerifier(secret: "other").isValid(
                body: body, signatureHeader: "+ak2+3dbG2nn/q+FGCrjeHVJXZ1typFx8y1bgs3smzM="))
    }

    @Test func wooCommerceForgedAndEmptyHeadersFail() {
        let verifier = WooCommerceWebhookVerifier(secret: "my-woo-webhook-secret")
        #expect(throws: CommerceError.invalidSignature) {
            try verifier.verify(
                body: Data(#"{"id":727,"status":"completed"}"#.utf8),
                signatureHeader: "Lj2dOfRc5q6bj023cErjUpRLprHKSqlwMevQ+OKieYE=")
        }
        #expect(throws: CommerceError.missingSignature) {
            try verifier.verify(body: Data("{}".utf8), signatureHeader: "")
        }
    }

    @Test func constantTimeEqualsComparesWholeValues() {
        #expect(ConstantTime.equals("secret", "secret"))
        #expect(!ConstantTime.equals("secret", "secreT"))
        #expect(!ConstantTime.equals("secret", "secret!"))
        #expect(!ConstantTime.equals("", "x"))
        #expect(ConstantTime.equals([UInt8](), [UInt8]()))
    }

    @Test func bigCommerceSharedHeaderVerifies() throws {
        let verifier = BigCommerceWebhookVerifier(secret: "bc-shared-secret")
        #expect(verifier.headerName == "X-Reclaim-Secret")
        #expect(verifier.registrationHeaders == ["X-Reclaim-Secret": "bc-shared-secret"])
        try verifier.verify(headerValue: "bc-shared-secret")
        #expect(throws: CommerceError.invalidSignature) { try verifier.verify(headerValue: "bc-shared-secreT") }
        #expect(throws: CommerceError.missingSignature) { try verifier.verify(headerValue: "") }
        #expect(throws: CommerceError.missingSignature) { try verifier.verify(headerValue: nil) }
    }

    @Test func bigCommerceSharedHeaderAcceptsEitherSecretWhileRotating() {
        let verifier = BigCommerceWebhookVerifier(secrets: ["new", "old"], headerName: "Authorization")
        #expect(verifier.isValid(headerValue: "old"))
        #expect(verifier.isValid(headerValue: "new"))
        #expect(!verifier.isValid(headerValue: "older"))
        #expect(verifier.headerName == "Authorization")
    }

    // Standard Webhooks vector from bigcommerce.md, re-computed with (BODY = `standardBody` below, as bytes):
    // python3 -c 'import hmac,hashlib,base64;print("v1,"+base64.b64encode(hmac.new(b"my-bc-client-secret",b"msg_2KWPBgLlAfxdpx2AI54pPJ85f4W.1674087231."+BODY,hashlib.sha256).digest()).decode())'
    // → v1,RIE9PdzVB/e0EdIRCEGRuPwDN+njU9cifbqmiCKL8r8=
    static let standardBody = Data(
        #"{"scope":"store/cart/abandoned","store_id":"1025646","data":{"type":"cart","id":"09346904-4175-44fd-be53-f7e598531b6c","token":"1eed6d2d979776ff18e695ceeb10ea61"},"hash":"352e4afc6dd3fc85ea26bfdf3f91852604d57528","created_at":1561482670,"producer":"stores/{store_hash}"}"#
            .utf8)
    static let standardSignature = "v1,RIE9PdzVB/e0EdIRCEGRuPwDN+njU9cifbqmiCKL8r8="
    static let signedAt = Date(timeIntervalSince1970: 1_674_087_231)

    @Test func standardWebhookVectorVerifies() throws {
        let verifier = StandardWebhookVerifier(clientSecret: "my-bc-client-secret")
        try verifier.verify(
            id: "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", timestamp: "1674087231",
            signatureHeader: "v1,bm90IGl0 " + Self.standardSignature, body: Self.standardBody,
            now: Self.signedAt.addingTimeInterval(30))
        #expect(
            verifier.signature(id: "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", timestamp: 1_674_087_231, body: Self.standardBody)
                == Self.standardSignature)
    }

    @Test func standardWebhookRejectsStaleTamperedAndUnsigned() {
        let verifier = StandardWebhookVerifier(clientSecret: "my-bc-client-secret")
        #expect(throws: CommerceError.staleTimestamp) {
            try verifier.verify(
                id: "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", timestamp: "1674087231", signatureHeader: Self.standardSignature,
                body: Self.standardBody, now: Self.signedAt.addingTimeInterval(301))
        }
        #expect(throws: CommerceError.invalidSignature) {
            try verifier.verify(
                id: "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", timestamp: "1674087231", signatureHeader: Self.standardSignature,
                body: Self.standardBody + Data(" ".utf8), now: Self.signedAt)
        }
        #expect(throws: CommerceError.missingSignature) {
            try verifier.verify(
                id: nil, timestamp: "1674087231", signatureHeader: Self.standardSignature,
                body: Self.standardBody, now: Self.signedAt)
        }
    }
}
