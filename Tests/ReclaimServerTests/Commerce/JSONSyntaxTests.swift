import Foundation
import Testing

@testable import ReclaimServer

/// The allocation-free check webhook routes run before storing a body.
@Suite struct JSONSyntaxTests {
    @Test(arguments: [
        #"{}"#, #" { "a" : [1, -2.5e+3, 0, true, false, null, "x\"\u00e9\n"], "b": {"c": []} } "#,
        #"{"emoji": "😀", "n": -0.0E-1}"#,
    ])
    func wellFormedObjectsPass(_ text: String) {
        #expect(JSONSyntax.problem(inObject: Data(text.utf8)) == nil)
    }

    @Test(arguments: [
        #"{"token": "777", "line_items": [ {"title": "#, #"[1, 2]"#, #""text""#, #"{"a": 01}"#, #"{"a": 1,}"#,
        #"{"a": tru}"#, #"{"a": "\x"}"#, "{\"a\": \"\u{01}\"}", #"{"a": 1} x"#, #"{a: 1}"#, #"{"a" 1}"#, "",
        #"{"a": 1."#, #"{"a": -}"#, #"{"a": "\u12G4"}"#,
    ])
    func malformedBodiesAreRefusedWithAReason(_ text: String) {
        let problem = JSONSyntax.problem(inObject: Data(text.utf8))
        #expect(problem != nil, "\(text)")
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(JSONSyntax.problem(inObject: Data("{\"a\": \(deep)}".utf8))?.contains("nesting") == true)
    }

    @Test func theShopifySampleIsAnObject() throws {
        let body = try Commerce.fixture("shopify/webhook_orders_create.sample.2026-07.json")
        #expect(JSONSyntax.problem(inObject: body) == nil)
        let object = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        #expect(object != nil)
    }
}
