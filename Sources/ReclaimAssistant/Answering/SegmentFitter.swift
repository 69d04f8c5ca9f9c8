import ReclaimCore

/// Builds a reply from pieces in priority order, keeping it to one SMS segment where possible.
///
/// The first piece is always kept; each further piece is added only if the whole still fits one
/// segment (``SMSSegmenter``). When accents outside GSM-7 would force UCS-2 (70 characters), they are
/// transliterated (`í` → `i`) if that is what makes the reply fit.
public enum SegmentFitter {
    /// Joins pieces with spaces, dropping optional ones that would add a segment.
    /// - Parameters:
    ///   - required: pieces that are always kept, in order.
    ///   - optional: pieces added in order while the reply fits one segment.
    /// - Returns: the reply.
    public static func fit(required: [String], optional: [String] = []) -> String {
        var reply = self.clean(required.filter { !$0.isEmpty }.joined(separator: " "))
        for piece in optional where !piece.isEmpty {
            let candidate = self.clean(reply.isEmpty ? piece : reply + " " + piece)
            if SMSSegmenter.segmentCount(candidate) <= 1 { reply = candidate }
        }
        return reply
    }

    /// GSM look-alikes replaced, and accents outside GSM-7 transliterated when that saves segments.
    static func clean(_ text: String) -> String {
        let normalized = SMSSegmenter.normalizedForGSM(text)
        guard SMSSegmenter.segmentCount(normalized) > 1 else { return normalized }
        let ascii = self.transliterate(normalized)
        return SMSSegmenter.segmentCount(ascii) < SMSSegmenter.segmentCount(normalized) ? ascii : normalized
    }

    /// Letters outside GSM-7 replaced by their base letter (GSM-7 keeps `é è ñ ü à ì ò ù Ç`).
    static func transliterate(_ text: String) -> String {
        String(text.map { self.map[$0] ?? $0 })
    }

    private static let map: [Character: Character] = [
        "á": "a", "í": "i", "ó": "o", "ú": "u", "â": "a", "ê": "e", "î": "i", "ô": "o", "û": "u", "ë": "e",
        "ï": "i", "ç": "c", "Á": "A", "Í": "I", "Ó": "O", "Ú": "U", "É": "E", "È": "E", "Ê": "E", "À": "A",
        "œ": "o", "’": "'", "–": "-", "—": "-",
    ]
}
