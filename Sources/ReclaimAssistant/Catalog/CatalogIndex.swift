/// A catalog built once into lookup tables: term → products, product and variant by id, and a
/// typo index over the terms. Lookups cost a few hash probes per query word, never a scan.
///
/// ```swift
/// let index = CatalogIndex(catalog)
/// index.search(["alpine", "jacket"]).first?.title   // "Alpine Shell Rain Jacket"
/// ```
public struct CatalogIndex: Sendable {
    /// Products in catalog order.
    public let products: [AssistantProduct]
    private let productsByID: [String: Int]
    private let postings: [String: [Int]]
    private let typos: FuzzyVocabulary

    /// Builds the index.
    /// - Parameter catalog: the store's products.
    public init(_ catalog: AssistantCatalog) {
        self.products = catalog.products
        var byID: [String: Int] = [:]
        var postings: [String: [Int]] = [:]
        for (index, product) in catalog.products.enumerated() {
            byID[product.id] = index
            let text = ([product.title, product.category ?? ""] + product.tags).joined(separator: " ")
            for term in Set(SearchText.terms(text)) { postings[term, default: []].append(index) }
        }
        self.productsByID = byID
        self.postings = postings
        self.typos = FuzzyVocabulary(Set(postings.keys))
    }

    /// The product with this id.
    public func product(id: String) -> AssistantProduct? { self.productsByID[id].map { self.products[$0] } }

    /// Products whose title, category or tags share terms with the query, best first.
    /// Each term scores by rarity (a term in fewer products counts more); misspelt terms are corrected.
    /// - Parameters:
    ///   - terms: query terms from ``SearchText/terms(_:)``.
    ///   - limit: most results to return.
    /// - Returns: products with a score.
    public func search(_ terms: [String], limit: Int = 5) -> [(product: AssistantProduct, score: Double)] {
        var scores: [Int: Double] = [:]
        for term in Set(terms) {
            guard let list = self.postings[term] ?? self.typos.correction(for: term).flatMap({ self.postings[$0] })
            else { continue }
            let weight = 1 / Double(list.count).squareRoot()
            for index in list { scores[index, default: 0] += 1 + weight }
        }
        return scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).map { (self.products[$0.key], $0.value) }
    }

    /// How many products carry a term, for deciding whether a word is distinctive.
    public func productCount(for term: String) -> Int { self.postings[term]?.count ?? 0 }
}
