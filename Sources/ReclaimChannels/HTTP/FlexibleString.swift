import Foundation

/// A JSON value that providers send as either a string or a number (`"num_segments": "1"`,
/// `"error_code": 21610`); decoded to its string form.
struct FlexibleString: Decodable, Sendable, Hashable {
    let value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self.value = text
        } else if let number = try? container.decode(Int.self) {
            self.value = String(number)
        } else {
            self.value = String(try container.decode(Double.self))
        }
    }
}
