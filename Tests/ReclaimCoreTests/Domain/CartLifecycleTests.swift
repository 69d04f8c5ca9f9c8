import Foundation
import ReclaimCore
import Testing

/// Every (status, event) pair of the cart lifecycle against one written-out table.
@Suite struct CartLifecycleTests {
    /// Rows: the cart's status. Columns: abandon, empty, delete, supersede, recover, reopen.
    /// `→status` moves the cart; anything else is the refusal's reason.
    static let table: [CartStatus: [String]] = [
        .open: ["→abandoned", "→emptied", "→deleted", "→superseded", "→recovered", "already_there"],
        .abandoned: ["already_there", "→emptied", "→deleted", "→superseded", "→recovered", "not_closed"],
        .recovered: [
            "recovered_is_final", "recovered_is_final", "recovered_is_final", "recovered_is_final", "already_there",
            "recovered_is_final",
        ],
        .emptied: ["not_open", "already_there", "→deleted", "→superseded", "→recovered", "→open"],
        .superseded: ["not_open", "not_live", "not_live", "already_there", "→recovered", "→open"],
        .deleted: ["not_open", "not_live", "already_there", "not_live", "→recovered", "not_closed"],
    ]
    static let columns: [CartEvent] = [.abandon, .empty, .delete, .supersede, .recover, .reopen]

    static func written(_ decision: CartLifecycle.Decision) -> String {
        switch decision {
        case .moves(let status): "→\(status.rawValue)"
        case .refused(let refusal): refusal.rawValue
        }
    }

    @Test func theTableCoversEveryStatusAndEvent() {
        #expect(Set(Self.table.keys) == Set(CartStatus.allCases))
        #expect(Set(Self.columns) == Set(CartEvent.allCases) && Self.columns.count == CartEvent.allCases.count)
        #expect(Self.table.values.allSatisfy { $0.count == Self.columns.count })
    }

    @Test(arguments: CartStatus.allCases, CartEvent.allCases)
    func eachPairDecidesAsTheTableSays(_ status: CartStatus, _ event: CartEvent) throws {
        let column = try #require(Self.columns.firstIndex(of: event))
        let expected = try #require(Self.table[status]?[column])
        #expect(Self.written(CartLifecycle.decide(event, from: status)) == expected, "\(event) on \(status)")
    }

    /// The store's compare-and-set takes `allowedFrom`: it must say exactly what `decide` says.
    @Test(arguments: CartEvent.allCases)
    func theAllowedFromListIsWhereTheEventMoves(_ event: CartEvent) {
        let moving = Set(
            CartStatus.allCases.filter {
                if case .moves(let to) = CartLifecycle.decide(event, from: $0) { return to == CartLifecycle.target(of: event) }
                return false
            })
        #expect(CartLifecycle.allowedFrom(event) == moving)
        #expect(!CartLifecycle.allowedFrom(event).contains(CartLifecycle.target(of: event)))
    }

    @Test func aRecoveredCartIsFinal() {
        #expect(CartEvent.allCases.allSatisfy { !CartLifecycle.allowedFrom($0).contains(.recovered) })
    }
}
