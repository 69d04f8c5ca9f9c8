import Foundation

/// Case- and accent-insensitive folding of message copy, the form the compliance word checks compare.
///
/// Plain ASCII text (nearly every template) is lowercased byte by byte, which gives exactly what
/// Foundation's folding gives it at a small fraction of the cost; other text goes through Foundation.
/// The checks run on every composed text, twice (composer and gate), so this is on the send path.
public enum TextFolding {
    /// `text` folded: `"Réponds STOP"` → `"reponds stop"`.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The folded words (runs of letters and digits) of `text`.
    public static func words(_ text: String) -> [String] {
        let folded = self.fold(text)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            return folded.utf8.split(whereSeparator: { !Self.isASCIIAlphanumeric($0) }).map { String(decoding: $0, as: UTF8.self) }
        }
        return folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }
}
