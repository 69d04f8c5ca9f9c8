import Foundation
import ReclaimChannels

extension EmailAddress {
    /// Parses a header-style address: `Brand Name <hello@brand.example>`, `"Brand, Inc." <a@b.example>`
    /// or a bare `hello@brand.example`.
    /// - Returns: `nil` when there is no valid address in `header`.
    init?(header: String) {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        if let open = trimmed.lastIndex(of: "<"), let close = trimmed.lastIndex(of: ">"), open < close {
            let address = String(trimmed[trimmed.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            var name = String(trimmed[..<open]).trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            self.init(address, name: name.isEmpty ? nil : name)
        } else {
            self.init(trimmed)
        }
        guard self.isValid else { return nil }
    }
}
