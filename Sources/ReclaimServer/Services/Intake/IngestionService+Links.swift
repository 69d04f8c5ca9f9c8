import ReclaimCommerce
import ReclaimCore

extension IngestionService {
    /// A cart whose recovery URL came from a WooCommerce order or a generic event, with that URL kept only
    /// when it leads to one of the store's domains (``StoreConfiguration/linkRule``); otherwise it becomes the
    /// configured website (or nothing), so that `/r/` links never redirect to a host the store did not
    /// configure. Shopify and BigCommerce links come from the platform itself (a signed body, or its REST
    /// API over our token) and are kept.
    static func confiningLinks(_ snapshot: CartSnapshot, source: CommerceSource, store: StoreConfiguration) -> CartSnapshot {
        guard source == .woocommerce || source == .events, let url = snapshot.recoveryURL else { return snapshot }
        var confined = snapshot
        confined.recoveryURL = store.linkRule.confine(url, fallback: store.website)
        return confined
    }
}
