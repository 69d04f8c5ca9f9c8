import Foundation

/// Links that apply a code for the shopper, so nobody types it.
public enum DiscountLink {
    /// Shopify: `https://{shop}/discount/{CODE}?redirect={path}`. The code goes into the session and applies at
    /// checkout; `redirect` is the recovery URL's path and query on the same shop (Shopify allows only same-shop
    /// paths), or `/cart` without one.
    /// - Parameters:
    ///   - storefront: The shop's address (`https://northwind.example` or `northwind.myshopify.com`).
    ///   - code: The code.
    ///   - recoveryURL: The abandoned checkout's recovery URL, if known.
    public static func shopify(storefront: String, code: String, recoveryURL: String?) -> String {
        let base = PlatformDiscountHTTP.trimmed(storefront.contains("://") ? storefront : "https://\(storefront)")
        var path = "/cart"
        if let recoveryURL, let components = URLComponents(string: recoveryURL), !components.path.isEmpty {
            path = components.path + (components.percentEncodedQuery.map { "?\($0)" } ?? "")
        }
        let allowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=?+/#"))
        let escapedPath = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return "\(base)/discount/\(Self.escape(code))?redirect=\(escapedPath)"
    }

    /// WooCommerce: the recovery URL with `coupon=CODE` added. Core WooCommerce applies it only on its
    /// `/checkout-link/` URLs; on other pages a coupon-link plugin (or a small `apply_coupon` snippet) reads it.
    /// - Parameters:
    ///   - recoveryURL: The cart's recovery URL.
    ///   - code: The code.
    public static func wooCommerce(recoveryURL: String, code: String) -> String {
        guard var components = URLComponents(string: recoveryURL) else { return recoveryURL }
        var items = (components.queryItems ?? []).filter { $0.name != "coupon" }
        items.append(URLQueryItem(name: "coupon", value: code))
        components.queryItems = items
        return components.string ?? recoveryURL
    }

    static func escape(_ code: String) -> String {
        code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? code
    }
}
