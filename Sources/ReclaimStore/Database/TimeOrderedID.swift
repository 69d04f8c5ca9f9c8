import Foundation

/// Identifiers that sort by creation time: UUID version 7 strings (`0190A1B2-C3D4-7E5F-…`).
///
/// The first 48 bits are the creation time in epoch milliseconds, so rows inserted together land next to
/// each other in a TEXT primary-key index instead of at random pages. On a million-row table that makes
/// bulk inserts about four times faster on SQLite than with random UUIDs (see `docs/benchmarks.md`).
/// The time is passed in, never read from the clock; the rest is random.
///
/// ```swift
/// let id = TimeOrderedID.make(at: now)
/// ```
public enum TimeOrderedID {
    /// A new identifier for something created at `date`.
    ///
    /// Identifiers made in this process for the same millisecond keep the order of the calls (a process-wide
    /// counter fills the sequence bits), so a batch inserted with one `now` stays sequential in the index.
    /// - Parameter date: The creation time (only its millisecond matters).
    /// - Returns: An uppercase UUID string of version 7, readable by `UUID(uuidString:)`.
    public static func make(at date: Date) -> String {
        var generator = SystemRandomNumberGenerator()
        return Self.make(at: date, sequence: Self.counter.next(), using: &generator)
    }

    private static let counter = Counter()

    /// A wrapping 32-bit counter shared by the process.
    private final class Counter: @unchecked Sendable {
        // @unchecked: `value` is only touched under `lock`.
        private let lock = NSLock()
        private var value: UInt32 = 0

        func next() -> Int {
            self.lock.withLock {
                self.value &+= 1
                return Int(self.value)
            }
        }
    }

    /// A new identifier drawing its random bits from `generator` (for reproducible tests).
    /// - Parameters:
    ///   - date: The creation time.
    ///   - sequence: Orders identifiers within one millisecond (low 32 bits).
    ///   - generator: The source of the 42 random bits.
    /// - Returns: An uppercase UUID string of version 7.
    public static func make(at date: Date, sequence: Int, using generator: inout some RandomNumberGenerator) -> String {
        let millis = UInt64(max(0, date.epochMilliseconds)) & 0xFFFF_FFFF_FFFF
        // 32 bits of sequence: 12 in the version nibble's byte pair, 20 after the variant bits; 42 random bits.
        let counter = UInt64(UInt32(truncatingIfNeeded: sequence))
        let random = generator.next()
        let bytes: uuid_t = (
            UInt8(truncatingIfNeeded: millis >> 40), UInt8(truncatingIfNeeded: millis >> 32),
            UInt8(truncatingIfNeeded: millis >> 24), UInt8(truncatingIfNeeded: millis >> 16),
            UInt8(truncatingIfNeeded: millis >> 8), UInt8(truncatingIfNeeded: millis),
            0x70 | UInt8(truncatingIfNeeded: counter >> 28), UInt8(truncatingIfNeeded: counter >> 20),  // version 7
            0x80 | UInt8(truncatingIfNeeded: (counter >> 14) & 0x3F),  // variant 10
            UInt8(truncatingIfNeeded: counter >> 6),
            UInt8(truncatingIfNeeded: (counter & 0x3F) << 2) | UInt8(truncatingIfNeeded: random & 0x3),
            UInt8(truncatingIfNeeded: random >> 2), UInt8(truncatingIfNeeded: random >> 10),
            UInt8(truncatingIfNeeded: random >> 18), UInt8(truncatingIfNeeded: random >> 26),
            UInt8(truncatingIfNeeded: random >> 34)
        )
        return UUID(uuid: bytes).uuidString
    }
}
