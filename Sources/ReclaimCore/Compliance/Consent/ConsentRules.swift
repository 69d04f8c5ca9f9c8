/// Which consent each country needs for marketing on each channel (compliance-rules.md §2.4–2.6,
/// §3, §6.3).
///
/// | where | SMS | email |
/// |---|---|---|
/// | US | express written (TCPA PEWC; FL/OK/MD/CT definitions make it always required) | none (CAN-SPAM), configurable |
/// | DE | confirmed double opt-in (UWG §7, BGH I ZR 164/09) | confirmed double opt-in |
/// | EU/EEA, UK, CH (incl. FR) | prior opt-in; an abandoned cart is not a sale, so no soft opt-in | prior opt-in |
/// | anywhere else (CA, AU, …) | prior opt-in (conservative; CASL etc. not researched) | prior opt-in |
public struct ConsentRules: Sendable, Hashable {
    /// Whether US marketing email needs an opt-in (CAN-SPAM does not require one).
    public var emailOptInRequiredInUS: Bool

    /// Creates the rules.
    /// - Parameter emailOptInRequiredInUS: demand an email opt-in for US recipients too.
    public init(emailOptInRequiredInUS: Bool = false) {
        self.emailOptInRequiredInUS = emailOptInRequiredInUS
    }

    /// The consent a country needs on a channel, with the rule's name and source for messages.
    /// - Parameters:
    ///   - country: ISO alpha-2 code.
    ///   - channel: SMS or email.
    public func requirement(
        country: String, channel: Channel
    ) -> (
        requirement: ConsentRequirement, owner: String,
        source: String
    ) {
        switch (country.uppercased(), channel) {
        case ("US", .sms):
            return (.expressWritten, "US law", "TCPA 47 CFR 64.1200(f)(9)")
        case ("US", .email):
            return self.emailOptInRequiredInUS ? (.optIn, "The store", "store policy") : (.none, "US law", "CAN-SPAM")
        case ("DE", _):
            return (.doubleOptIn, "Germany", "UWG §7, BGH I ZR 164/09")
        case ("FR", _):
            return (.optIn, "France", "CPCE L34-5; the existing-customer exception needs a sale")
        case ("GB", _):
            return (.optIn, "The UK", "PECR reg. 22; soft opt-in not relied on for abandoned checkouts")
        case (let code, _) where CountryCodes.europeanOptInCountries.contains(code):
            return (.optIn, "EU/EEA law", "ePrivacy Directive art. 13")
        case (let code, _):
            return (.optIn, code, "conservative default: prior opt-in")
        }
    }
}
