/// Option values shoppers name without the catalog's help: colors, sizes, grinds, lengths and
/// weights in English, Spanish and French, mapped to the option they belong to.
public enum OptionVocabulary {
    /// The kind of option a value belongs to.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Colors (`blue`, `azul`, `bleu`).
        case color
        /// Sizes (`large`, `xl`, `10`).
        case size
        /// Coffee grinds (`espresso`, `whole bean`).
        case grind
        /// Lengths (`regular`, `long`).
        case length
        /// Weights and volumes (`14oz`, `1 kg`).
        case weight

        /// Option names stores use for this kind (`color`, `colour`, `couleur`).
        public var optionNames: Set<String> {
            switch self {
            case .color: ["color", "colour", "colors", "couleur", "colores", "finish", "shade"]
            case .size: ["size", "sizes", "taille", "talla", "fit", "shoe size"]
            case .grind: ["grind", "molienda", "mouture"]
            case .length: ["length", "longueur", "largo"]
            case .weight: ["weight", "size", "volume", "capacity", "poids", "peso"]
            }
        }
    }

    /// Color words → English color (`azul` → `blue`).
    public static let colors: [String: String] = {
        var map: [String: String] = [:]
        let english = [
            "blue", "red", "green", "black", "white", "grey", "gray", "yellow", "orange", "pink", "purple",
            "brown", "navy", "beige", "tan", "olive", "teal", "sage", "silver", "gold", "cream", "khaki",
            "charcoal", "burgundy", "maroon", "turquoise", "coral", "mint", "lavender", "slate", "pine",
            "sunset", "rose",
        ]
        for color in english { map[color] = color }
        let translated: [String: String] = [
            "azul": "blue", "rojo": "red", "roja": "red", "verde": "green", "negro": "black", "negra": "black",
            "blanco": "white", "blanca": "white", "amarillo": "yellow", "amarilla": "yellow", "morado": "purple",
            "marron": "brown", "naranja": "orange", "bleu": "blue", "bleue": "blue", "rouge": "red", "vert": "green",
            "verte": "green", "noir": "black", "noire": "black", "blanc": "white", "blanche": "white",
            "jaune": "yellow", "violet": "purple", "gris": "grey", "grise": "grey",
        ]
        map.merge(translated) { first, _ in first }
        return map
    }()

    /// Size words that are safe to read without the word "size" (`large`, `xl`).
    public static let sizes: Set<String> = [
        "xxs", "xs", "small", "medium", "large", "xl", "xxl", "2xl", "3xl", "xxxl", "petite", "tall", "wide",
        "grande", "mediano", "mediana", "pequeno", "pequena", "chica", "moyen", "moyenne", "petit",
    ]

    /// Grind words.
    public static let grinds: Set<String> = ["espresso", "drip", "bean", "beans", "press", "coarse", "fine", "ground", "pour"]

    /// Length words.
    public static let lengths: Set<String> = ["regular", "long", "short", "largo", "corto", "longue", "court"]

    /// Weight and volume units that follow a number (`14oz`, `14 oz`).
    public static let units: Set<String> = ["oz", "ounce", "ounces", "g", "gram", "grams", "kg", "lb", "lbs", "ml", "l", "liter", "litre"]

    /// The kind of a single normalised word, if it names an option value on its own.
    public static func kind(of word: String) -> Kind? {
        if self.colors[word] != nil { return .color }
        if self.sizes.contains(word) { return .size }
        if self.grinds.contains(word) { return .grind }
        if self.lengths.contains(word) { return .length }
        if self.isWeight(word) { return .weight }
        return nil
    }

    /// Whether a word is a number glued to a unit (`14oz`, `250g`).
    public static func isWeight(_ word: String) -> Bool {
        guard let first = word.first, first.isNumber else { return false }
        let unit = word.drop(while: { $0.isNumber || $0 == "." })
        return !unit.isEmpty && self.units.contains(String(unit))
    }

    /// Every word above, for typo correction.
    static var words: Set<String> {
        Set(self.colors.keys).union(self.sizes).union(self.grinds).union(self.lengths)
    }
}
