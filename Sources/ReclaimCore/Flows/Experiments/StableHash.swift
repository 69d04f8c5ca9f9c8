/// Deterministic hashing for assignments that must survive restarts (Swift's `Hasher` is seeded
/// per process, so it cannot be used for this).
public enum StableHash {
    /// FNV-1a, 64-bit, over the UTF-8 bytes of `text`.
    /// - Parameter text: Any string.
    /// - Returns: The hash; the same on every machine and run.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// A value in `[0, 1)` from `key`, uniform enough for percentage splits.
    ///
    /// FNV-1a's high bits barely change between keys that differ only at the end (`cart-1`,
    /// `cart-2`), so the hash goes through MurmurHash3's 64-bit finaliser before it is scaled.
    /// - Parameter key: Any string, usually a cart id with a salt.
    public static func unitInterval(_ key: String) -> Double {
        var value = self.fnv1a64(key)
        value ^= value >> 33
        value = value &* 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value = value &* 0xc4ce_b9fe_1a85_ec53
        value ^= value >> 33
        return Double(value >> 11) / Double(UInt64(1) << 53)
    }
}
