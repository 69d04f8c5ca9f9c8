/// A rendered text ready for the send gate: body, segmentation and the fallbacks it took.
public struct ComposedSMS: Sendable, Hashable {
    /// The body to send (GSM-7 look-alikes already replaced, e.g. `…` → `...`).
    public var text: String
    /// Encoding, units and parts of ``text``.
    public var segmentation: SMSSegmentation
    /// What was given up to fit one segment, in order; empty when the full text fit.
    public var fallbacks: [MessageFallback]

    /// Creates a composed text.
    public init(text: String, segmentation: SMSSegmentation, fallbacks: [MessageFallback]) {
        self.text = text
        self.segmentation = segmentation
        self.fallbacks = fallbacks
    }

    /// Segments the text costs.
    public var segments: Int { self.segmentation.segments }
}

/// One thing a text gave up to fit its single segment.
public enum MessageFallback: Sendable, Hashable, CustomStringConvertible {
    /// The product's variant was left out (`Ethiopia Yirgacheffe` for `… (12oz, whole bean)`).
    case variantDropped
    /// The product name was cut to at most this many characters, ending in `...`.
    case productTruncated(maxLength: Int)
    /// `{{#optional}}…{{/optional}}` parts were left out.
    case optionalPartsDropped
    /// The template's shorter `sms_compact` body was used.
    case compactVariant
    /// Letters outside GSM-7 were replaced by their plain forms (`û` → `u`) and other symbols
    /// dropped, so the text is sent in GSM-7 (160 characters) rather than UCS-2 (70).
    case transliterated

    /// A short label for logs and the dashboard.
    public var description: String {
        switch self {
        case .variantDropped: "variant dropped"
        case .productTruncated(let length): "product name cut to \(length)"
        case .optionalPartsDropped: "optional parts dropped"
        case .compactVariant: "compact variant"
        case .transliterated: "transliterated to GSM-7"
        }
    }
}
