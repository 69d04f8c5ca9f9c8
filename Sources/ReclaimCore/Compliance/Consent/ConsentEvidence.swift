import Foundation

/// The consent the send gate judges: its kind plus the facts that make it provable.
///
/// Real sends pass the ledger record, ``init(record:preChecked:bundledWithTerms:)``; a what-if
/// policy check that only names a kind uses ``assumed(_:channel:)``, which skips the evidence
/// checks.
public struct ConsentEvidence: Codable, Sendable, Hashable {
    /// What was granted, or `none`/`revoked`.
    public var kind: ConsentKind
    /// The channel the consent covers; `nil` when unknown (then assumed to match).
    public var channel: Channel?
    /// When the shopper acted.
    public var occurredAt: Date?
    /// How it was collected.
    public var source: ConsentSource?
    /// Whether the exact disclosure wording (or its hash) is on record.
    public var hasDisclosure: Bool
    /// When a double opt-in was confirmed.
    public var doubleOptInConfirmedAt: Date?
    /// The box was ticked by default: not a valid consent (CNIL, TCR).
    public var preChecked: Bool
    /// Consent was bundled into accepting terms and conditions: not a valid consent.
    public var bundledWithTerms: Bool
    /// A what-if kind without a record: evidence checks are skipped.
    public var isAssumed: Bool
    /// The platform a ``ConsentSource/platformWebhook`` consent came from (`shopify`), named in the block
    /// reason when its wording is missing; the gate's caller sets it from the cart.
    public var platform: String?

    /// Creates evidence from its parts.
    public init(
        kind: ConsentKind, channel: Channel?, occurredAt: Date?, source: ConsentSource?, hasDisclosure: Bool,
        doubleOptInConfirmedAt: Date? = nil, preChecked: Bool = false, bundledWithTerms: Bool = false,
        isAssumed: Bool = false
    ) {
        self.kind = kind
        self.channel = channel
        self.occurredAt = occurredAt
        self.source = source
        self.hasDisclosure = hasDisclosure
        self.doubleOptInConfirmedAt = doubleOptInConfirmedAt
        self.preChecked = preChecked
        self.bundledWithTerms = bundledWithTerms
        self.isAssumed = isAssumed
        self.platform = nil
    }

    /// Evidence from the latest consent ledger record for the address and channel.
    /// - Parameters:
    ///   - record: the record relied on.
    ///   - preChecked: whether the checkbox was pre-ticked (not in ``ConsentRecord`` yet).
    ///   - bundledWithTerms: whether consent was bundled with T&C acceptance (not in the record yet).
    public init(record: ConsentRecord, preChecked: Bool = false, bundledWithTerms: Bool = false) {
        let disclosure = !(record.disclosureText ?? "").isEmpty || !(record.disclosureHash ?? "").isEmpty
        self.init(
            kind: record.kind, channel: record.channel, occurredAt: record.occurredAt, source: record.source,
            hasDisclosure: disclosure, doubleOptInConfirmedAt: record.doubleOptInConfirmedAt, preChecked: preChecked,
            bundledWithTerms: bundledWithTerms)
    }

    /// A consent kind taken at its word, for `policy check` what-ifs (`"consent": "express_written"`).
    /// - Parameters:
    ///   - kind: the kind to assume.
    ///   - channel: the channel it covers, `nil` for whichever is asked about.
    public static func assumed(_ kind: ConsentKind, channel: Channel? = nil) -> ConsentEvidence {
        ConsentEvidence(
            kind: kind, channel: channel, occurredAt: nil, source: nil, hasDisclosure: false, isAssumed: true)
    }

    /// No consent event at all (a phone number typed at checkout is not consent).
    public static let none = ConsentEvidence(
        kind: .none, channel: nil, occurredAt: nil, source: nil, hasDisclosure: false)
}
