import Foundation
import ReclaimCore
import ReclaimStore
import SQLKit

/// What `reclaim demo` prints: the funnel from the stats code the API uses (``SQLStatsStore``), the
/// holdout comparison with a 95% confidence interval, why messages were deferred or blocked, the
/// conversations, and three sample transcripts.
public struct DemoReport: Sendable {
    /// The store's stats, exactly as `GET …/stats` computes them.
    public var stats: StoreStats
    /// Steps deferred by quiet hours or pacing rules, from the journeys' progress.
    public var deferred: Int
    /// Blocked messages by the gate's first reason.
    public var blocked: [String: Int]
    /// Shopper replies, assistant answers and escalations.
    public var replies: Int
    public var answers: Int
    public var escalations: Int
    /// Three transcripts: (author, text) turns.
    public var samples: [[(author: String, text: String)]]

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970  // as the repositories store JSON columns
        return decoder
    }()

    /// Reads the report from the database.
    public static func read(database: any SQLDatabase, store: StoreID) async throws -> DemoReport {
        let stats = try await SQLStatsStore(database: database).stats(storeID: store)
        let repositories = ReclaimRepositories(database: database)
        var deferred = 0
        for row in try await database.raw("SELECT progress FROM journeys WHERE store_id = \(bind: store)").all() {
            guard let text = try row.decode(column: "progress", as: String?.self),
                let progress = try? Self.decoder.decode(JourneyProgress.self, from: Data(text.utf8))
            else { continue }
            deferred += progress.outcomes.filter { if case .deferred = $0.outcome { true } else { false } }.count
        }
        var blocked: [String: Int] = [:]
        for row in try await database.raw(
            """
            SELECT channel, decision FROM messages WHERE store_id = \(bind: store) AND direction = 'outbound' AND status = 'blocked'
            """
        ).all() {
            let text = try row.decode(column: "decision", as: String?.self) ?? ""
            let decision = try? Self.decoder.decode(SendDecisionRecord.self, from: Data(text.utf8))
            let channel = try row.decode(column: "channel", as: String.self)
            blocked["\(channel) \(decision?.reasons.first?.code ?? "unknown")", default: 0] += 1
        }
        let turns = try await database.raw(
            """
            SELECT author, COUNT(*) AS n FROM turns GROUP BY author
            """
        ).all()
        var byAuthor: [String: Int] = [:]
        for row in turns { byAuthor[try row.decode(column: "author", as: String.self)] = try row.decode(column: "n", as: Int.self) }
        let conversations = try await repositories.conversations.list(storeID: store, limit: 10_000)
        var samples: [[(author: String, text: String)]] = []
        for conversation in conversations.sorted(by: { $0.createdAt < $1.createdAt }) where samples.count < 3 {
            let turns = try await repositories.conversations.turns(conversationID: conversation.id)
            guard turns.count >= 2 else { continue }
            samples.append(turns.map { ($0.author.rawValue, $0.text) })
        }
        return DemoReport(
            stats: stats, deferred: deferred, blocked: blocked, replies: byAuthor["shopper"] ?? 0,
            answers: byAuthor["assistant"] ?? 0, escalations: conversations.filter { $0.status == .escalated }.count,
            samples: samples)
    }

    /// Recovery rate difference (treated − holdout) with Newcombe's 95% hybrid score interval (it holds for
    /// small arms and zero counts: 0 of 13 held-out carts gives a wide interval, not a narrow one), whether
    /// that says anything (``HoldoutVerdict``) and the sentence to print with it.
    public var lift:
        (treated: Double, holdout: Double, difference: Double, interval: ConfidenceInterval, enoughData: Bool, sentence: String)?
    {
        guard let treated = self.stats.arms["treated"], let holdout = self.stats.arms["holdout"],
            let nt = treated["journeys"], let nh = holdout["journeys"], nt > 0, nh > 0
        else { return nil }
        let (rt, rh) = (treated["recovered"] ?? 0, holdout["recovered"] ?? 0)
        guard let interval = NewcombeDifference.interval(first: (rt, nt), second: (rh, nh)) else { return nil }
        let pt = Double(rt) / Double(nt)
        let ph = Double(rh) / Double(nh)
        return (
            pt, ph, pt - ph, interval, HoldoutVerdict.enoughData(treated: nt, control: nh, interval: interval),
            HoldoutVerdict.sentence(treated: nt, control: nh, interval: interval)
        )
    }

    /// The printed report.
    public func render(currency: String, carts: Int, seconds: Double) -> String {
        let s = self.stats
        func money(_ minor: Int) -> String { String(format: "$%.2f", Double(minor) / 100) }
        func pct(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        let sent = s.messagesByChannel.mapValues { $0.filter { ["accepted", "sent", "delivered"].contains($0.key) }.values.reduce(0, +) }
        let revenue = s.recoveredRevenue[currency] ?? 0
        let cost = s.cost[currency] ?? 0
        var lines: [String] = []
        lines.append("Reclaim demo — \(carts) carts, Northwind Coffee (embedded SQLite, outbox providers)")
        lines.append("")
        lines.append("  carts                          \(s.cartsTotal)")
        lines.append("  bought before abandonment      \(s.cartsPurchasedBeforeAbandonment)   (no message sent)")
        lines.append("  abandoned                      \(s.cartsAbandoned)")
        lines.append("  held out (never messaged)      \(s.arms["holdout"]?["journeys"] ?? 0)")
        for key in s.sentByStep.keys.sorted(by: { ($0.split(separator: ":").last ?? "") < ($1.split(separator: ":").last ?? "") }) {
            let parts = key.split(separator: ":")
            lines.append(
                "  sent: step \(Int(parts.last ?? "0").map { $0 + 1 } ?? 0) \(parts.first ?? "")".padding(
                    toLength: 33, withPad: " ", startingAt: 0) + "\(s.sentByStep[key] ?? 0)")
        }
        lines.append("  texts / emails sent            \(sent["sms"] ?? 0) / \(sent["email"] ?? 0)")
        lines.append("  deferred by quiet hours/caps   \(self.deferred)   (sent at the first allowed local time)")
        let blocked = self.blocked.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        lines.append("  blocked                        \(self.blocked.values.reduce(0, +))\(blocked.isEmpty ? "" : "   (\(blocked))")")
        lines.append("  clicks                         \(s.clicks)")
        lines.append("  replies / answered             \(self.replies) / \(self.answers)")
        lines.append("  escalated to a person          \(self.escalations)")
        lines.append("  opt-outs                       \(s.optOuts)")
        lines.append("  recovered carts                \(s.cartsRecovered)")
        lines.append("  recovered revenue (net)        \(money(revenue))")
        lines.append("  message cost                   \(money(cost))")
        lines.append("  ROI                            \(cost > 0 ? String(format: "%.0f×", Double(revenue) / Double(cost)) : "n/a")")
        if let lift = self.lift {
            lines.append("")
            lines.append("  recovery, messaged vs holdout  \(pct(lift.treated)) vs \(pct(lift.holdout))")
            let range = "\(HoldoutVerdict.percent(lift.interval.low)) to \(HoldoutVerdict.percent(lift.interval.high))"
            lines.append("  incremental lift               \(HoldoutVerdict.percent(lift.difference))  (95% CI \(range), Newcombe)")
            lines.append("  \(lift.sentence)")
        }
        for (number, sample) in self.samples.enumerated() {
            lines.append("")
            lines.append("  conversation \(number + 1):")
            for turn in sample { lines.append("    \(turn.author.padding(toLength: 9, withPad: " ", startingAt: 0)) \(turn.text)") }
        }
        lines.append("")
        lines.append(String(format: "  %d carts in %.1f s (%.0f carts/s)", carts, seconds, Double(carts) / max(seconds, 0.001)))
        return lines.joined(separator: "\n")
    }
}
