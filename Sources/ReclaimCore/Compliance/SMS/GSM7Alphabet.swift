/// The GSM 03.38 (3GPP TS 23.038) default alphabet and its extension table
/// (compliance-rules.md §5).
public enum GSM7Alphabet {
    /// Characters of the basic table: one septet each.
    public static let basic: Set<Unicode.Scalar> = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)

    /// Characters of the extension table, sent as ESC + code: two septets each.
    public static let extended: Set<Unicode.Scalar> = Set("\u{0C}^{}\\[~]|€".unicodeScalars)

    /// Septets a scalar costs in GSM-7: 1, 2, or `nil` when it is not in GSM-7 (forcing UCS-2).
    /// - Parameter scalar: one Unicode scalar.
    public static func septets(for scalar: Unicode.Scalar) -> Int? {
        if self.basic.contains(scalar) { return 1 }
        if self.extended.contains(scalar) { return 2 }
        return nil
    }
}
