import Foundation
import ReclaimAssistant
import ReclaimCore
import Testing

/// The context's JSON stayed the same when `CartLine` became Core's `LineItem` and the assistant's
/// `DiscountOffer` became `AssistantDiscountOffer`.
@Suite struct AssistantContextWireTests {
    static func keys(_ value: some Encodable) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? [String: Any]
        return Set(object?.keys.map { $0 } ?? [])
    }

    @Test func aCartLineKeepsItsFields() throws {
        let full = LineItem(
            productID: "p", variantID: "v", title: "Jacket", variantTitle: "Blue / M", quantity: 2, unitPrice: 12900)
        #expect(try Self.keys(full) == ["productID", "variantID", "title", "variantTitle", "quantity", "unitPrice"])
        #expect(
            try Self.keys(LineItem(productID: "p", title: "T", quantity: 1, unitPrice: 1)) == [
                "productID", "title", "quantity", "unitPrice",
            ])
    }

    @Test func anOldCartLineDecodes() throws {
        let json = #"{"productID":"p","variantID":"v","title":"Jacket","variantTitle":"M","quantity":2,"unitPrice":12900}"#
        let line = try JSONDecoder().decode(LineItem.self, from: Data(json.utf8))
        #expect(line == LineItem(productID: "p", variantID: "v", title: "Jacket", variantTitle: "M", quantity: 2, unitPrice: 12900))
    }

    @Test func theLadderKeepsItsFields() throws {
        let ladder = DiscountLadderState(current: AssistantDiscountOffer(code: "SUMMIT10", percent: 10))
        #expect(try Self.keys(ladder) == ["current", "nextTierAllowed"])
        #expect(try Self.keys(AssistantDiscountOffer(code: "SUMMIT10", percent: 10)) == ["code", "percent"])
    }
}
