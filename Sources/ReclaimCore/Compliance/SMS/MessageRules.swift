import Foundation

/// Content rules a rendered message must pass before it is sent (compliance-rules.md §1.1, §1.2,
/// §4.3, §5). A message that breaks one is blocked with a reason, never sent.
///
/// | code | rule |
/// |---|---|
/// | `message_empty` | nothing to send |
/// | `brand_missing` | every marketing message identifies the brand |
/// | `opt_out_line_missing` | the first message (and every EU/UK marketing text) says how to opt out, e.g. "Reply STOP to opt out" |
/// | `segment_limit` | more than one segment where one is required |
/// | `message_too_long` | over 1,600 characters or 10 segments |
/// | `public_url_shortener` | bit.ly, tinyurl.com, goo.gl, t.co, ow.ly… (carriers reject them) |
/// | `opt_out_exclusive_means` | "Reply STOP is the only way to opt out" (FCC: no exclusive means) |
/// | `opt_out_nonstandard_keyword` | "Reply 2 to unsubscribe" instead of STOP |
public enum MessageRules {
    /// Which rules a message must meet.
    public struct Requirements: Sendable, Hashable {
        /// The brand that must appear, or `nil` when not required (a follow-up in a conversation).
        public var brand: String?
        /// An opt-out instruction must appear.
        public var optOutLine: Bool
        /// The text must fit one segment.
        public var singleSegment: Bool

        /// Creates requirements.
        public init(brand: String?, optOutLine: Bool, singleSegment: Bool) {
            self.brand = brand
            self.optOutLine = optOutLine
            self.singleSegment = singleSegment
        }
    }

    /// Checks an SMS marketing message.
    /// - Parameters:
    ///   - text: the rendered body.
    ///   - brand: the store's brand name, which must appear.
    ///   - isFirstMessage: first message of the conversation: needs the opt-out line.
    ///   - requireSingleSegment: whether more than one segment is refused.
    /// - Returns: every broken rule; empty when the text may be sent.
    public static func check(text: String, brand: String, isFirstMessage: Bool, requireSingleSegment: Bool) -> [Reason] {
        self.check(
            text: text,
            requirements: Requirements(brand: brand, optOutLine: isFirstMessage, singleSegment: requireSingleSegment),
            channel: .sms)
    }

    /// Checks a message against explicit requirements. Email bodies are only checked for emptiness
    /// and the brand (their unsubscribe link is the email renderer's job).
    /// - Parameters:
    ///   - text: the rendered body.
    ///   - requirements: what must hold.
    ///   - channel: SMS or email.
    /// - Returns: every broken rule.
    public static func check(text: String, requirements: Requirements, channel: Channel) -> [Reason] {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return [Reason(code: "message_empty", message: "The message is empty")]
        }
        var reasons: [Reason] = []
        if let brand = requirements.brand, !Self.mentions(brand, in: text) {
            reasons.append(Reason(code: "brand_missing", message: "The message does not name the brand \"\(brand)\""))
        }
        guard channel == .sms else { return reasons }
        let words = OptOutLanguage.words(text)
        if requirements.optOutLine && !OptOutLanguage.containsInstruction(words) {
            reasons.append(
                Reason(
                    code: "opt_out_line_missing",
                    message: "The message must say how to opt out, e.g. \"Reply STOP to opt out\""))
        }
        if OptOutLanguage.claimsExclusiveMeans(words) {
            reasons.append(
                Reason(
                    code: "opt_out_exclusive_means",
                    message: "Opt-out copy may not name an exclusive means; any reasonable way revokes "
                        + "consent (FCC 64.1200(a)(10))"))
        }
        if let keyword = OptOutLanguage.nonstandardKeyword(words) {
            reasons.append(
                Reason(
                    code: "opt_out_nonstandard_keyword",
                    message: "Opt-out copy uses \"\(keyword)\" instead of STOP (CTIA §5.1.3)"))
        }
        for domain in LinkRules.publicShorteners(in: text) {
            reasons.append(
                Reason(
                    code: "public_url_shortener",
                    message: "\(domain) is a public URL shortener; use the store's own domain"))
        }
        let segmentation = SMSSegmenter.segment(text)
        if requirements.singleSegment && segmentation.segments > 1 {
            reasons.append(
                Reason(
                    code: "segment_limit",
                    message: "The message needs \(segmentation.segments) \(segmentation.encoding.rawValue) "
                        + "segments (\(segmentation.units) units); one is required"))
        }
        if text.utf16.count > 1600 || segmentation.segments > 10 {
            reasons.append(
                Reason(
                    code: "message_too_long",
                    message: "The message is over 1,600 characters or 10 segments"))
        }
        return reasons
    }

    /// Checks the single opt-out confirmation: brand, no marketing, one segment
    /// (FCC 64.1200(a)(12), Twilio error 30887).
    /// - Parameters:
    ///   - text: the confirmation.
    ///   - brand: the store's brand name.
    /// - Returns: every broken rule.
    public static func checkOptOutConfirmation(text: String, brand: String) -> [Reason] {
        var reasons = self.check(
            text: text, requirements: Requirements(brand: brand, optOutLine: false, singleSegment: true), channel: .sms)
        let withoutBrand = text.replacingOccurrences(of: brand, with: " ", options: [.caseInsensitive, .diacriticInsensitive])
        if let found = LinkRules.marketingSignal(in: withoutBrand) {
            reasons.append(
                Reason(
                    code: "opt_out_confirmation_marketing",
                    message: "The opt-out confirmation may not market anything (found \"\(found)\")"))
        }
        return reasons
    }

    /// Whether `brand` appears in `text`, ignoring case and accents.
    static func mentions(_ brand: String, in text: String) -> Bool {
        let needle = TextFolding.fold(brand).trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return false }
        let haystack = TextFolding.fold(text)
        // ASCII on both sides: a byte search. Otherwise String's own search, which treats canonically
        // equivalent text (composed and decomposed Hangul, say) as equal.
        if needle.utf8.allSatisfy({ $0 < 0x80 }) && haystack.utf8.allSatisfy({ $0 < 0x80 }) {
            return haystack.utf8.firstRange(of: needle.utf8) != nil
        }
        return haystack.contains(needle)
    }
}
