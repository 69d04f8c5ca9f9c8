import Foundation

/// The kind of number a text is sent from; carriers and providers pace each differently.
public enum SenderType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A 10-digit long code (US A2P 10DLC or a non-US mobile number).
    case longCode = "long_code"
    /// A toll-free number (verified).
    case tollFree = "toll_free"
    /// A 5–6 digit short code.
    case shortCode = "short_code"
}

/// How many SMS segments per second one sender may send, and how many at once.
///
/// Defaults from the compliance reference §4.2 (counted in segments, not messages): long code 1/s
/// (Twilio: "a US long code number can send one message segment per second"; AWS 10DLC default 1 MPS),
/// toll-free 3/s (AWS and SignalWire default), short code 100/s (AWS; Twilio "over 100"). Providers
/// grant more on request (Telnyx toll-free 20/s, short code 1,000/s): configure those explicitly.
public struct SenderThroughput: Sendable, Hashable, Codable {
    /// Sustained rate in segments per second.
    public var segmentsPerSecond: Double
    /// Largest burst in segments (the bucket's capacity).
    public var burst: Double

    /// Creates a throughput.
    /// - Parameters:
    ///   - segmentsPerSecond: Sustained rate.
    ///   - burst: Largest burst; defaults to one second's worth (at least 1).
    public init(segmentsPerSecond: Double, burst: Double? = nil) {
        self.segmentsPerSecond = segmentsPerSecond
        self.burst = max(1, burst ?? segmentsPerSecond)
    }

    /// 1 segment per second.
    public static let longCode = SenderThroughput(segmentsPerSecond: 1)
    /// 3 segments per second.
    public static let tollFree = SenderThroughput(segmentsPerSecond: 3)
    /// 100 segments per second.
    public static let shortCode = SenderThroughput(segmentsPerSecond: 100)

    /// The default for a sender type.
    /// - Parameter type: The sender type.
    /// - Returns: ``longCode``, ``tollFree`` or ``shortCode``.
    public static func `default`(for type: SenderType) -> SenderThroughput {
        switch type {
        case .longCode: return .longCode
        case .tollFree: return .tollFree
        case .shortCode: return .shortCode
        }
    }

    /// Guesses the sender type from a number: 5–6 digits is a short code, a North American toll-free
    /// area code (800, 833, 844, 855, 866, 877, 888) is toll-free, anything else a long code.
    /// - Parameter number: The sender in E.164 or short-code form.
    /// - Returns: The presumed sender type.
    public static func senderType(of number: String) -> SenderType {
        let digits = number.filter(\.isNumber)
        if !number.hasPrefix("+") && (5...6).contains(digits.count) { return .shortCode }
        let tollFree: Set<String> = ["800", "833", "844", "855", "866", "877", "888"]
        if digits.count == 11, digits.hasPrefix("1"), tollFree.contains(String(digits.dropFirst().prefix(3))) {
            return .tollFree
        }
        return .longCode
    }
}
