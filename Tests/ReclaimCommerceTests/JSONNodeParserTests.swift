import Testing

@testable import ReclaimCommerce

@Suite struct JSONNodeParserTests {
    @Test func numbersKeepTheirText() throws {
        let node = try JSONNodeParser.parse(Array(#"{"a": 2499, "b": 24.99, "c": -1e3, "d": [true, null, "x"]}"#.utf8))
        #expect(
            node
                == .object([
                    "a": .number("2499"), "b": .number("24.99"), "c": .number("-1e3"),
                    "d": .array([.bool(true), .null, .string("x")]),
                ]))
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        let node = try JSONNodeParser.parse(Array(#""a\"b\\c\/\n\u00e9\ud83d\ude00""#.utf8))
        #expect(node == .string("a\"b\\c/\né😀"))
    }

    @Test(arguments: ["01", "1.", "-", "\"\\x\"", "[1,]", "{\"a\" 1}", "\"\u{01}\"", "\"\\ud800\"", "1 2", "tru"])
    func invalidDocumentsThrow(text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONNodeParser.parse(Array(text.utf8)) }
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONSyntaxError.self) { try JSONNodeParser.parse(Array(text.utf8)) }
    }
}
