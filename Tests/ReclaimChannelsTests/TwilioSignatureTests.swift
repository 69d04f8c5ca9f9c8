import Foundation
import Testing

@testable import ReclaimChannels

/// `X-Twilio-Signature` against the vectors published in Twilio's SDK tests
/// (reference/protocols/twilio/signature_test_vectors.sdk-tests.json, copied here).
@Suite struct TwilioSignatureTests {
    static let token = "12345"
    static let url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    static let params: [(name: String, value: String)] = [
        ("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675309"), ("Digits", "1234"), ("From", "+14158675309"),
        ("To", "+18005551212"),
    ]

    @Test func computesTheSDKVector() {
        #expect(
            TwilioSignature.compute(authToken: Self.token, url: Self.url, parameters: Self.params)
                == "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
        let signed = Self.url + TwilioSignature.canonical(Self.params.reversed()).map { $0.0 + $0.1 }.joined()
        #expect(
            signed == "https://mycompany.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller+14158675309"
                + "Digits1234From+14158675309To+18005551212")
    }

    @Test(arguments: [
        ("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
        ("http://mycompany.com:1234/myapp.php?foo=1&bar=2", "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="),
        ("https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w="),
        ("http://mycompany.com:80/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4="),
        ("https://mycompany.com/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w="),
    ])
    func acceptsThePortVariants(url: String, signature: String) {
        #expect(TwilioSignature.isValid(signature: signature, authToken: Self.token, url: url, parameters: Self.params))
    }

    @Test func repeatedParametersAreSortedAndDeduplicated() {
        let multi: [(name: String, value: String)] = [
            ("Sid", "CA123"), ("SidAccount", "AC123"), ("Digits", "5678"), ("Digits", "1234"), ("Digits", "1234"),
        ]
        #expect(
            TwilioSignature.compute(authToken: Self.token, url: Self.url, parameters: multi)
                == "IK+Dwps556ElfBT0I3Rgjkr1wJU=")
        let array: [(name: String, value: String)] = [
            ("MessagingBinding.Address", "+1415xxxxxxx"), ("MessagingBinding.Address", "+1325xxxxxxx"),
        ]
        #expect(
            TwilioSignature.compute(authToken: Self.token, url: Self.url, parameters: array)
                == "83O6e2vORAoJHUNzJjDWN1jz+BA=")
    }

    @Test func signsTheURLExactlyIncludingCredentials() {
        let vectors = [
            ("https://user:pass@mycompany.com/myapp.php?foo=1&bar=2", "CukzLTc1tT5dXEDIHm/tKBanW10="),
            ("https://user@mycompany.com/myapp.php?foo=1&bar=2", "2YRLlVAflCqxaNicjMpJcSTgzSs="),
            ("https://user:pass@mycompany.com:443/myapp.php?foo=1&bar=2", "ZQFR1PTIZXF2MXB8ZnKCvnnA+rI="),
        ]
        for (url, signature) in vectors {
            #expect(TwilioSignature.compute(authToken: Self.token, url: url, parameters: Self.params) == signature)
        }
    }

    @Test func acceptsAnApostropheEscapedAsTwilioNodeDoes() {
        #expect(
            TwilioSignature.isValid(
                signature: "TfZzewPq8wqrGlMfyAud8+/IvJ0=", authToken: Self.token,
                url: "https://mycompany.com/myapp.php?foo=1&bar=2&Body=It's+amazing", parameters: Self.params))
    }

    @Test func refusesWrongTokenTamperedParametersAndEmptySignature() {
        let good = "RSOYDt4T1cUTdK1PDd93/VVr8B8="
        #expect(!TwilioSignature.isValid(signature: good, authToken: "54321", url: Self.url, parameters: Self.params))
        var tampered = Self.params
        tampered[2].value = "9999"
        #expect(!TwilioSignature.isValid(signature: good, authToken: Self.token, url: Self.url, parameters: tampered))
        #expect(!TwilioSignature.isValid(signature: "", authToken: Self.token, url: Self.url, parameters: Self.params))
        #expect(!TwilioSignature.isValid(signature: good, authToken: "", url: Self.url, parameters: Self.params))
    }

    @Test(arguments: [
        (String?.none, #"<?xml version="1.0" encoding="UTF-8"?><Response/>"#),
        ("Msg&data <rates>", #"<?xml version="1.0" encoding="UTF-8"?><Response><Message>Msg&amp;data &lt;rates&gt;</Message></Response>"#),
        (#"Say "yes""#, #"<?xml version="1.0" encoding="UTF-8"?><Response><Message>Say "yes"</Message></Response>"#),
    ])
    func twiMLEscapesTheMessage(message: String?, document: String) {
        #expect(TwiML.document(message: message) == document)
    }
}
