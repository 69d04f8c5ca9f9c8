import Foundation
import ReclaimCore
import Testing

@Suite struct FlowConditionTests {
    @Test(arguments: [
        ("cart_value >= 60", FlowCondition.cartValue(.atLeast, minorUnits: 6_000)),
        ("cart_value<100", .cartValue(.lessThan, minorUnits: 10_000)),
        ("cart_value > 59.99", .cartValue(.greaterThan, minorUnits: 5_999)),
        ("cart_value <= 0.5", .cartValue(.atMost, minorUnits: 50)),
        ("cart_value == 25", .cartValue(.equal, minorUnits: 2_500)),
        ("cart_value = 25", .cartValue(.equal, minorUnits: 2_500)),
        ("cart_value != 25", .cartValue(.notEqual, minorUnits: 2_500)),
        ("CART_VALUE >= 60.07", .cartValue(.atLeast, minorUnits: 6_007)),
        ("not cart_value >= 60", .cartValue(.lessThan, minorUnits: 6_000)),
        ("clicked", .signal(.clicked, seen: true)), ("not clicked", .signal(.clicked, seen: false)),
        ("replied", .signal(.replied, seen: true)), ("not replied", .signal(.replied, seen: false)),
        ("email_opened", .signal(.emailOpened, seen: true)), ("not email_opened", .signal(.emailOpened, seen: false)),
        ("email_clicked", .signal(.emailClicked, seen: true)), ("not email_clicked", .signal(.emailClicked, seen: false)),
        ("first_time", .firstTimeShopper(true)), ("returning", .firstTimeShopper(false)),
        ("not first_time", .firstTimeShopper(false)), ("not returning", .firstTimeShopper(true)),
        ("  Not   Clicked ", .signal(.clicked, seen: false)),
    ])
    func conditionsParse(_ text: String, _ expected: FlowCondition) throws {
        #expect(try FlowCondition.parse(text, currency: "USD") == expected)
    }

    @Test(arguments: [
        "bought", "cart_value", "cart_value >= abc", "cart_value >= -5", "not", "not not clicked", "cart_total > 5", "", "clicked twice",
    ])
    func unknownConditionsNameTheText(_ text: String) {
        let error = #expect(throws: FlowDefinitionError.self) { try FlowCondition.parse(text, path: "steps[0].if") }
        #expect(error?.path == "steps[0].if")
        #expect(error?.message.contains("\"\(text)\"") == true)
    }

    static let facts = JourneyFacts(clickedAt: .distantPast, emailOpenedAt: .distantPast)

    @Test(arguments: [
        (FlowCondition.cartValue(.atLeast, minorUnits: 6_000), 6_000, true, true),
        (.cartValue(.atLeast, minorUnits: 6_000), 5_999, true, false),
        (.cartValue(.greaterThan, minorUnits: 6_000), 6_000, true, false),
        (.cartValue(.atMost, minorUnits: 6_000), 6_000, true, true),
        (.cartValue(.lessThan, minorUnits: 6_000), 6_000, true, false),
        (.cartValue(.equal, minorUnits: 6_000), 6_000, true, true),
        (.cartValue(.notEqual, minorUnits: 6_000), 6_000, true, false),
        (.signal(.clicked, seen: true), 0, true, true), (.signal(.clicked, seen: false), 0, true, false),
        (.signal(.replied, seen: true), 0, true, false), (.signal(.replied, seen: false), 0, true, true),
        (.signal(.emailOpened, seen: true), 0, true, true), (.signal(.emailClicked, seen: true), 0, true, false),
        (.firstTimeShopper(true), 0, true, true), (.firstTimeShopper(true), 0, false, false),
        (.firstTimeShopper(false), 0, false, true),
    ])
    func conditionsEvaluate(_ condition: FlowCondition, _ cartValue: Int, _ firstTime: Bool, _ expected: Bool) {
        let context = FlowContext(cartID: "c", cartValue: cartValue, isFirstTimeShopper: firstTime)
        #expect(condition.isMet(facts: Self.facts, context: context) == expected)
    }

    @Test func anEmailClickIsAlsoAClick() {
        var facts = JourneyFacts()
        facts.record(.emailClicked, at: FlowClock.start)
        #expect(facts.has(.clicked))
        #expect(facts.has(.emailClicked))
        #expect(!facts.has(.emailOpened))
    }

    @Test(arguments: [
        (FlowCondition.signal(.clicked, seen: true), FlowCondition.signal(.clicked, seen: false)),
        (.signal(.replied, seen: true), .signal(.replied, seen: false)),
        (.signal(.emailOpened, seen: true), .signal(.emailOpened, seen: false)),
        (.signal(.emailClicked, seen: true), .signal(.emailClicked, seen: false)),
        (.firstTimeShopper(true), .firstTimeShopper(false)),
    ])
    func conditionsRoundTripThroughTheirDescription(_ condition: FlowCondition, _ negation: FlowCondition) throws {
        #expect(try FlowCondition.parse(condition.description) == condition)
        #expect(try FlowCondition.parse(negation.description) == negation)
        #expect(try FlowCondition.parse("not \(condition.description)") == negation)
    }
}
