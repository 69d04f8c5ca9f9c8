import Foundation
import ReclaimCore
import Testing

@testable import ReclaimServer

/// The `capture:` section is checked at load: a disclosure without a required element, a missing link or a bad
/// origin stops the configuration, naming the element, the field, and its file and line.
@Suite struct CaptureConfigurationTests {
    func loadError(_ yaml: String) throws -> (field: String, line: Int?, reason: String) {
        let error = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader(environment: [:]).parse(yaml, path: "shop.yml")
        }
        guard case .invalidField(let path, let line, _, let field, let reason) = error else {
            Issue.record("expected invalidField, got \(error)")
            return ("", nil, "")
        }
        #expect(path == "shop.yml")
        #expect(error.description.hasPrefix("config shop.yml:\(line.map(String.init) ?? "")"))
        return (field, line, reason)
    }

    /// The 1-based line of the first line of `yaml` containing `text`.
    func line(of text: String, in yaml: String) -> Int? {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    @Test(arguments: [
        ("Msg & data rates may apply. ", "rates"),
        ("Consent is not a condition of purchase. ", "not_a_condition_of_purchase"),
        ("Reply HELP for help and STOP to cancel. ", "help_and_stop"),
        ("from Summit Outfitters ", "brand"),
        ("By submitting this form, you", "You"),
    ])
    func aDisclosureWithoutARequiredElementIsAConfigErrorNamingIt(phrase: String, element: String) throws {
        let wording = Capture.disclosure.replacingOccurrences(of: phrase, with: phrase == "By submitting this form, you" ? "You" : "")
        let yaml = Capture.yaml(disclosure: wording)
        let (field, line, reason) = try self.loadError(yaml)
        #expect(field == "stores[summit].capture.disclosure")
        #expect(line == self.line(of: "disclosure:", in: yaml))
        let name = element == "You" ? "affirmative_act" : element
        #expect(reason.contains(name), "\(reason)")
    }

    @Test func aMissingTermsLinkNamesTermsURL() throws {
        let yaml = Capture.yaml().replacingOccurrences(of: "      terms_url: https://summit.example/terms\n", with: "")
        let (field, _, reason) = try self.loadError(yaml)
        #expect(field == "stores[summit].capture.terms_url")
        #expect(reason.contains("terms"))
    }

    @Test(arguments: [
        ([String](), "stores[summit].capture.origins"),
        (["https://summit.example/shop"], "stores[summit].capture.origins[0]"),
        (["https://summit.example", "summit.example"], "stores[summit].capture.origins[1]"),
    ])
    func originsMustBeOrigins(origins: [String], field: String) throws {
        #expect(try self.loadError(Capture.yaml(origins: origins)).field == field)
    }

    @Test func aCompleteSectionLoadsAndKnowsItsAct() throws {
        let submit = try #require(try Capture.stores().first?.capture)
        #expect(submit.act == .submit)
        #expect(submit.allowedOrigins == ["https://summit.example"])
        let checkbox = try #require(try Capture.stores(disclosure: Capture.checkboxDisclosure, email: false).first?.capture)
        #expect(checkbox.act == .checkbox)
        #expect(checkbox.emailDisclosure == nil)
    }

    @Test(
        arguments: [
            ("https://Shop.Example/", "https://shop.example"),
            ("https://shop.example:443", "https://shop.example"),
            ("http://127.0.0.1:8081", "http://127.0.0.1:8081"),
            ("ftp://shop.example", nil),
            ("https://shop.example/path", nil),
        ] as [(String, String?)])
    func originsAreNormalisedAsBrowsersSendThem(text: String, origin: String?) {
        #expect(CaptureOrigin.normalize(text) == origin)
    }
}
