import Foundation
import ReclaimCore

extension StoreConfiguration {
    /// `consent:` section: the wording the store's own checkout shows, and Reclaim's double opt-in.
    ///
    /// Validated as the store is decoded (``validated(storeID:brand:)``), so a wording that lacks an
    /// element of ``ReclaimCore/SMSDisclosureElement`` fails the load at its line.
    public struct ConsentSection: Codable, Sendable {
        /// `platform_disclosure`: the exact wording next to the checkout's SMS box, recorded with every
        /// consent that arrives from the platform (Shopify's `sms_marketing_consent`, a checkout checkbox).
        public var platformDisclosure: String?
        /// `double_opt_in`: `none` (default) or `sms_reply` (Reclaim texts "Reply Y to confirm" and waits).
        public var doubleOptIn: String?
        /// `terms_url`: the store's SMS terms, linked from the confirmation text.
        public var termsURL: String?
        /// `confirmation_expires`: how long a double opt-in request waits for its Y (default `72h`).
        public var confirmationExpires: String?

        enum CodingKeys: String, CodingKey {
            case platformDisclosure, doubleOptIn
            case termsURL = "termsUrl"
            case confirmationExpires
        }

        /// The default wait for a Y: 72 hours.
        public static let defaultConfirmationExpiry: TimeInterval = 72 * 3600

        /// Whether Reclaim runs the double opt-in (`double_opt_in: sms_reply`).
        public var runsDoubleOptIn: Bool { self.doubleOptIn?.lowercased() == "sms_reply" }

        /// The configured wording, trimmed; `nil` when absent or blank.
        public var wording: String? {
            guard let text = self.platformDisclosure?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
            return text
        }

        /// How long a double opt-in request waits for its Y.
        public var confirmationExpiry: TimeInterval {
            self.confirmationExpires.flatMap { try? HumanDuration.seconds($0) } ?? Self.defaultConfirmationExpiry
        }

        /// The section when every key is valid.
        /// - Throws: ``ConfigFieldError`` naming the key (`stores[id].consent.platform_disclosure`) and
        ///   the missing disclosure element or the bad value.
        func validated(storeID: StoreID, brand: String) throws -> ConsentSection {
            let path = "stores[\(storeID)].consent"
            if let text = self.platformDisclosure {
                guard self.wording != nil else {
                    throw ConfigFieldError(path: "\(path).platform_disclosure", message: "must not be empty")
                }
                let missing = SMSDisclosureElement.missing(in: text, brand: brand)
                if let first = missing.first {
                    let what = first == .brand ? "the brand name \"\(brand)\"" : "\"\(first.rawValue)\""
                    throw ConfigFieldError(
                        path: "\(path).platform_disclosure",
                        message: "the wording must mention \(what)"
                            + (missing.count > 1 ? " (also missing: \(missing.dropFirst().map(\.rawValue).joined(separator: ", ")))" : ""))
                }
            }
            if let mode = self.doubleOptIn, !["none", "sms_reply"].contains(mode.lowercased()) {
                throw ConfigFieldError(path: "\(path).double_opt_in", message: "must be none or sms_reply, not \"\(mode)\"")
            }
            if let url = self.termsURL {
                guard let parsed = URL(string: url), ["https", "http"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil
                else {
                    throw ConfigFieldError(path: "\(path).terms_url", message: "must be an http(s) URL")
                }
            }
            if let text = self.confirmationExpires {
                guard let seconds = try? HumanDuration.seconds(text), seconds > 0 else {
                    throw ConfigFieldError(path: "\(path).confirmation_expires", message: "must be a duration such as 72h, not \"\(text)\"")
                }
            }
            return self
        }
    }
}

/// A store setting that does not validate; the loader reports it at its line in the file.
public struct ConfigFieldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The key at fault, e.g. `stores[northwind].consent.platform_disclosure`.
    public var path: String
    /// What is wrong.
    public var message: String

    /// `path: message`.
    public var description: String { "\(self.path): \(self.message)" }
}
