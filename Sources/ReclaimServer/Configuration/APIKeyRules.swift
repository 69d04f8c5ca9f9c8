/// What a store API key must be before `reclaim serve` (or any command reading `reclaim.yml`) accepts it:
/// at least ``minimumLength`` characters with at least ``minimumDistinct`` different ones (a guess-proof
/// random string, e.g. `openssl rand -hex 24`), and never the example key shipped in
/// `config/reclaim.example.yml`. `reclaim demo` builds its own configuration and is not checked.
public enum APIKeyRules {
    /// Fewest characters in a key (24).
    public static let minimumLength = 24
    /// Fewest different characters in a key (6): catches `aaaa…` and `abab…`; a random hex key of 24
    /// characters has fewer only about once in 200,000 draws.
    public static let minimumDistinct = 6
    /// The key of the example configuration, refused everywhere but in the demo.
    public static let exampleKey = "rk_demo_key_change_me"

    /// Why `key` is not acceptable, or `nil` when it is.
    public static func problem(with key: String) -> String? {
        if key == Self.exampleKey {
            return "is the example key from config/reclaim.example.yml; generate your own (openssl rand -hex 24)"
        }
        if key.count < Self.minimumLength {
            return "must be at least \(Self.minimumLength) random characters (openssl rand -hex 24), not \(key.count)"
        }
        if Set(key).count < Self.minimumDistinct {
            return "does not look random (fewer than \(Self.minimumDistinct) different characters); use openssl rand -hex 24"
        }
        return nil
    }

    /// Checks every store's keys.
    /// - Throws: ``ConfigurationError/invalidValue(path:key:reason:)`` naming the first bad key as
    ///   `stores[i].api_keys[j]` with its store id; the key itself is never repeated.
    public static func check(_ configuration: ReclaimConfiguration, path: String) throws {
        for (storeIndex, store) in configuration.stores.enumerated() {
            for (keyIndex, key) in store.apiKeys.enumerated() {
                guard let problem = Self.problem(with: key) else { continue }
                throw ConfigurationError.invalidValue(
                    path: path, key: "stores[\(storeIndex)].api_keys[\(keyIndex)]",
                    reason: "API key \(keyIndex + 1) of store \"\(store.id)\" \(problem)")
            }
        }
    }
}
