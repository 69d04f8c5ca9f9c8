/// The result of an idempotent insert: the row was new, or an equal key was already stored.
///
/// Idempotent inserts (`INSERT … ON CONFLICT DO NOTHING RETURNING …`) never fail on the unique key
/// they guard; they report which row now holds that key.
///
/// ```swift
/// switch try await messages.insertOutbound(message) {
/// case .inserted(let stored): try await sender.send(stored)
/// case .duplicate(let existing): logger.info("already queued", metadata: ["id": "\(existing.id)"])
/// }
/// ```
public enum InsertOutcome<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The row was inserted; the value is the stored row.
    case inserted(Value)
    /// A row with the same unique key already existed; the value is that row, unchanged.
    case duplicate(Value)

    /// The stored row, whichever case.
    public var value: Value {
        switch self {
        case .inserted(let value), .duplicate(let value): value
        }
    }

    /// Whether this call inserted the row.
    public var wasInserted: Bool {
        if case .inserted = self { return true }
        return false
    }
}
