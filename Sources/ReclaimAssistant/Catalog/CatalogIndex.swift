import ReclaimCore

/// A catalog built once into lookup tables: term → products, option-value word → products, product
/// and variant by id, and a typo index over the terms. Lookups cost a few hash probes per query
/// word, never a scan.
///
/// ```swift
/// let index = CatalogIndex(catalog)
/// index.search(["alpine", "jacket"]).first?.title   // "Alpine Shell Rain Jacket"
/// ```
public struct CatalogIndex: Sendable {
    /// Products in catalog order.
    public let products: [Product]
    private let productsByID: [String: Int]
    private let postings: [String: [Int]]
    private let typos: FuzzyVocabulary
    private let descriptionTerms: Set<String>
    private let optionValueTerms: Set<String>
    private let optionNames: Set<String>
    private let valuePostings: [String: [Int]]
    /// Every folded word of five or more letters in the titles, categories, tags, option values and
    /// descriptions, as written (`copper`, `boots`): words a shopper's text keeps rather than
    /// typo-correcting (shorter words are never corrected).
    public let words: Set<String>

    /// Builds the index.
    /// - Parameter catalog: the store's products.
    public init(_ catalog: AssistantCatalog) {
        self.products = catalog.products
        var byID: [String: Int] = [:]
        var postings: [String: [Int]] = [:]
        var descriptionTerms: Set<String> = []
        var optionValueTerms: Set<String> = []
        var optionNames: Set<String> = []
        var valuePostings: [String: [Int]] = [:]
        var words: Set<String> = []
        // Stores repeat the same few values across products: each distinct value is split once.
        var keysOfValue: [String: [String]] = [:]
        let keptWord = { (word: String) in word.count >= FuzzyVocabulary.minimumLength }
        for (index, product) in catalog.products.enumerated() {
            byID[product.id] = index
            let named = SearchText.words(([product.title, product.category ?? ""] + product.tags).joined(separator: " "))
            for term in Set(named.compactMap(SearchText.term)) { postings[term, default: []].append(index) }
            let described = SearchText.words(product.description ?? "")
            descriptionTerms.formUnion(described.compactMap(SearchText.term).filter(Self.isDistinctive))
            words.formUnion(named.filter(keptWord))
            words.formUnion(described.filter(keptWord))
            var valueKeys: Set<String> = []
            for option in product.options {
                optionNames.insert(option.name.lowercased())
                for value in option.values {
                    if let keys = keysOfValue[value] {
                        valueKeys.formUnion(keys)
                        continue
                    }
                    let valueWords = SearchText.words(value)
                    optionValueTerms.formUnion(valueWords.compactMap(SearchText.term).filter(Self.isDistinctive))
                    let keys = Self.valueKeys(valueWords)
                    keysOfValue[value] = keys
                    valueKeys.formUnion(keys)
                }
            }
            for key in valueKeys { valuePostings[key, default: []].append(index) }
        }
        words.formUnion(valuePostings.keys.filter(keptWord))
        self.productsByID = byID
        self.postings = postings
        self.typos = FuzzyVocabulary(Set(postings.keys))
        self.descriptionTerms = descriptionTerms
        self.optionValueTerms = optionValueTerms
        self.optionNames = optionNames
        self.valuePostings = valuePostings
        self.words = words
    }

    /// The product with this id.
    public func product(id: String) -> Product? { self.productsByID[id].map { self.products[$0] } }

    /// Products whose title, category or tags share terms with the query, best first.
    /// Each term scores by rarity (a term in fewer products counts more); misspelt terms are corrected.
    /// - Parameters:
    ///   - terms: query terms from ``SearchText/terms(_:)``.
    ///   - limit: most results to return.
    /// - Returns: products with a score.
    public func search(_ terms: [String], limit: Int = 5) -> [(product: Product, score: Double)] {
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

    /// Whether a term names a product by title, category or tag (`boot`, `jacket`), misspellings included.
    public func namesProduct(_ term: String) -> Bool {
        self.postings[term] != nil || self.typos.correction(for: term).map { self.postings[$0] != nil } == true
    }

    /// Whether a term occurs in some product's description (`leather`, `hood`, `lumen`).
    public func describes(_ term: String) -> Bool { self.descriptionTerms.contains(term) }

    /// Whether a term is a word of some product's option value (`sage`, `glacier`, `regular`).
    public func namesOptionValue(_ term: String) -> Bool { self.optionValueTerms.contains(term) }

    /// Whether any product has an option of this kind (a `grind` option for `espresso`).
    public func offersOption(of kind: OptionVocabulary.Kind) -> Bool { !kind.optionNames.isDisjoint(with: self.optionNames) }

    /// Products with an option value this word can name, in catalog order: a word of the value
    /// (`blue` for `Glacier Blue`), the English color of such a word (`blue` for `Azul`), or the whole
    /// value with or without spaces (`14oz` for `14 oz`). Callers confirm the match with ``EntityMatcher``.
    /// - Returns: each product with its position in the catalog.
    public func products(withValueKey key: String) -> [(position: Int, product: Product)] {
        (self.valuePostings[key] ?? []).map { ($0, self.products[$0]) }
    }

    /// The keys one option value is found by, from its folded words: the words, their English
    /// colors, and the whole value with and without spaces.
    private static func valueKeys(_ words: [String]) -> [String] {
        words + words.compactMap { OptionVocabulary.colors[$0] } + [words.joined(separator: " "), words.joined()]
    }

    /// Description and option words worth recognising: four or more letters, no digits.
    private static func isDistinctive(_ term: String) -> Bool {
        term.count >= 4 && !term.contains(where: \.isNumber)
    }
}
