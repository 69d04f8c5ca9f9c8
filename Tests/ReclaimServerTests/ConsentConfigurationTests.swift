import Foundation
import ReclaimCore
import Testing

@testable import ReclaimServer

/// `consent:` in `reclaim.yml` (issue 18): a platform wording lacking a required element, or a bad double
/// opt-in setting, fails the load naming the element and the file's line.
@Suite struct ConsentConfigurationTests {
    static let wording =
        "By checking this box you agree to receive recurring automated marketing texts from Demo Coffee at this number. "
        + "Consent is not a condition of purchase. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel."

    static func config(_ consent: String) -> String {
        """
        stores:
          - id: demo
            name: Demo Coffee
            consent:
        \(consent)
        """
    }

    @Test(arguments: [
        (wording.replacingOccurrences(of: "Consent is not a condition of purchase. ", with: ""), "\"not a condition of purchase\""),
        (wording.replacingOccurrences(of: "Demo Coffee", with: "us"), "the brand name \"Demo Coffee\""),
        (wording.replacingOccurrences(of: "Msg & data rates may apply. ", with: ""), "\"Msg & data rates may apply\""),
        (wording.replacingOccurrences(of: "Reply HELP for help, STOP to cancel.", with: "Reply STOP to cancel."), "\"STOP and HELP\""),
        (wording.replacingOccurrences(of: "Msg frequency varies. ", with: ""), "\"frequency\""),
    ])
    func aWordingWithoutAnElementFailsAtItsLine(text: String, element: String) {
        let yaml = Self.config("      platform_disclosure: \"\(text)\"")
        #expect {
            _ = try ConfigurationLoader(environment: [:]).parse(yaml, path: "reclaim.yml")
        } throws: { error in
            let description = "\(error)"
            return description.hasPrefix(
                "config reclaim.yml:5:28: stores[demo].consent.platform_disclosure: the wording must mention \(element)")
        }
    }

    @Test(arguments: [
        ("      platform_disclosure: \"   \"", "stores[demo].consent.platform_disclosure: must not be empty"),
        ("      double_opt_in: email", "stores[demo].consent.double_opt_in: must be none or sms_reply"),
        ("      terms_url: not a url", "stores[demo].consent.terms_url: must be an http(s) URL"),
        ("      confirmation_expires: soon", "stores[demo].consent.confirmation_expires: must be a duration"),
    ])
    func badSettingsNameTheirKey(consent: String, message: String) {
        #expect {
            _ = try ConfigurationLoader(environment: [:]).parse(Self.config(consent), path: "reclaim.yml")
        } throws: { error in
            "\(error)".contains("reclaim.yml:5:") && "\(error)".contains(message)
        }
    }

    @Test func aCompleteSectionLoads() throws {
        let yaml = Self.config(
            """
                  platform_disclosure: "\(Self.wording)"
                  double_opt_in: sms_reply
                  terms_url: https://demo.example/sms-terms
                  confirmation_expires: 48h
            """)
        let consent = try #require(try ConfigurationLoader(environment: [:]).parse(yaml).stores.first?.consent)
        #expect(consent.wording == Self.wording)
        #expect(consent.runsDoubleOptIn)
        #expect(consent.confirmationExpiry == 48 * 3600)
        #expect(consent.termsURL == "https://demo.example/sms-terms")
    }
}
