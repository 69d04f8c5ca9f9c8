import Foundation
import ReclaimCore

extension StoreConfiguration {
    /// `capture:` section: the on-site capture form (`GET /c/{store}/capture.js`, `POST /c/{store}`).
    ///
    /// ```yaml
    /// capture:
    ///   origins: ["https://northwind.example"]      # pages allowed to post (CORS); nothing else is
    ///   disclosure: "By submitting this form, you agree to receive recurring automated marketing texts …"
    ///   terms_url: https://northwind.example/terms
    ///   privacy_url: https://northwind.example/privacy
    ///   email_disclosure: "Get our emails: …"       # optional email step before the phone step
    /// ```
    public struct CaptureSection: Codable, Sendable {
        /// Origins (`scheme://host[:port]`) whose pages may post the form.
        public var origins: [String]?
        /// The exact wording the phone step shows; every element of onsite-capture.md §1 is required.
        public var disclosure: String?
        /// The wording of the optional email step; without it the form asks for the phone only.
        public var emailDisclosure: String?
        /// The Terms link shown next to the button.
        public var termsURL: String?
        /// The Privacy Policy link shown next to the button.
        public var privacyURL: String?
        /// The form's heading (default "Get cart reminders by text").
        public var title: String?
        /// The phone step's button label (default "Sign up").
        public var button: String?

        enum CodingKeys: String, CodingKey {
            case origins, disclosure, emailDisclosure, title, button
            case termsURL = "termsUrl"
            case privacyURL = "privacyUrl"
        }

        /// The configured origins, normalised (``CaptureOrigin/normalize(_:)``); unreadable ones left out.
        public var allowedOrigins: Set<String> { Set((self.origins ?? []).compactMap(CaptureOrigin.normalize)) }

        /// How the phone step asks for agreement, from the wording.
        public var act: CaptureConsentAct { self.disclosure.flatMap(CaptureDisclosure.act(of:)) ?? .submit }
    }

    /// The first problem of the `capture:` section as (field path, reason), or `nil` when it is usable or absent.
    /// Checked when the configuration loads, so a capture without a required element never starts.
    func captureProblem() -> (field: String, reason: String)? {
        guard let capture = self.capture else { return nil }
        let path = "stores[\(self.id)].capture"
        let origins = capture.origins ?? []
        if origins.isEmpty { return ("\(path).origins", "list the origins whose pages show the form (https://shop.example)") }
        for (index, origin) in origins.enumerated() where CaptureOrigin.normalize(origin) == nil {
            return ("\(path).origins[\(index)]", "\"\(origin)\" is not an origin (scheme://host[:port], no path)")
        }
        guard let disclosure = capture.disclosure, !disclosure.allSatisfy(\.isWhitespace) else {
            return ("\(path).disclosure", "required: the exact wording the phone step shows")
        }
        let missing = CaptureDisclosure.missingElements(
            in: disclosure, brand: self.name, termsURL: capture.termsURL, privacyURL: capture.privacyURL)
        if let first = missing.first {
            let field =
                first == .terms && capture.termsURL == nil
                ? "terms_url" : first == .privacy && capture.privacyURL == nil ? "privacy_url" : "disclosure"
            let list = missing.map { "\($0.rawValue) (\($0.requirement))" }.joined(separator: "; ")
            return ("\(path).\(field)", "missing required disclosure element\(missing.count == 1 ? "" : "s"): \(list)")
        }
        if let email = capture.emailDisclosure, email.allSatisfy(\.isWhitespace) {
            return ("\(path).email_disclosure", "must not be blank (leave it out to ask for the phone only)")
        }
        return nil
    }
}

/// Origins as browsers send them in the `Origin` header: `scheme://host[:port]`, lower case, default port dropped.
public enum CaptureOrigin {
    /// The normalised origin, or `nil` when `text` is not an http(s) origin (a path, query or user is not allowed).
    public static func normalize(_ text: String) -> String? {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
            ["http", "https"].contains(scheme), let host = components.host?.lowercased(), !host.isEmpty,
            components.path.isEmpty, components.query == nil, components.fragment == nil, components.user == nil
        else { return nil }
        let port = components.port.flatMap { (scheme == "https" && $0 == 443) || (scheme == "http" && $0 == 80) ? nil : $0 }
        return "\(scheme)://\(host)\(port.map { ":\($0)" } ?? "")"
    }
}
