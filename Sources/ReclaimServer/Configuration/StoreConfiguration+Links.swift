import ReclaimCore

extension StoreConfiguration {
    /// The hosts this store's recovery links may lead to: the website's, each of `link_domains`, and the
    /// Shopify shop domain, each with its subdomains (``LinkDomains``).
    public var linkRule: LinkDomains {
        LinkDomains([self.website, self.shopify?.shopDomain].compactMap { $0 } + self.linkDomains)
    }
}
