import Foundation

extension FlowDefinitionParser {
    static let settingsKeys = ["cross_channel_gap", "stale_after", "on_cart_updated", "on_reply", "sms_only_as_replies"]
    static let segmentKeys = [
        "min_cart_value", "max_cart_value", "shopper", "categories", "clicked_before", "replied_before",
        "responded_before", "countries",
    ]

    /// `settings:`; without `cross_channel_gap` the gap is ``defaultCrossChannelGap(for:)``.
    static func parseSettings(_ field: FlowField?, steps: [FlowStep]) throws(FlowDefinitionError) -> FlowSettings {
        var settings = FlowSettings(crossChannelGap: self.defaultCrossChannelGap(for: steps))
        guard let field else { return settings }
        let object = try field.object(allowed: Self.settingsKeys)
        if let gap = object["cross_channel_gap"] { settings.crossChannelGap = try gap.duration() }
        if let stale = object["stale_after"] { settings.staleAfter = try stale.duration() }
        if let policy = object["on_cart_updated"] {
            settings.onCartUpdated = try policy.choice(["restart": .restart, "continue": CartUpdatePolicy.continue])
        }
        if let policy = object["on_reply"] {
            settings.onReply = try policy.choice(["pause": .pause, "continue": ReplyPolicy.continue])
        }
        if let flag = object["sms_only_as_replies"] { settings.smsOnlyAsReplies = try flag.bool() }
        return settings
    }

    /// `segment:`; amounts in major units of `currency`.
    static func parseSegment(_ field: FlowField, currency: String) throws(FlowDefinitionError) -> FlowSegment {
        let object = try field.object(allowed: Self.segmentKeys)
        var segment = FlowSegment()
        if let minimum = object["min_cart_value"] { segment.minimumCartValue = try self.amount(minimum, currency: currency) }
        if let maximum = object["max_cart_value"] { segment.maximumCartValue = try self.amount(maximum, currency: currency) }
        if let low = segment.minimumCartValue, let high = segment.maximumCartValue, high <= low {
            throw FlowDefinitionError(
                path: FlowField.join(field.path, "max_cart_value"), message: "must be greater than min_cart_value")
        }
        if let shopper = object["shopper"] {
            segment.shopper = try shopper.choice(["first_time": .firstTime, "new": .firstTime, "returning": .returning])
        }
        if let categories = object["categories"] {
            segment.categories = Set(try self.strings(categories).map { $0.lowercased() })
        }
        if let flag = object["clicked_before"] { segment.clickedBefore = try flag.bool() }
        if let flag = object["replied_before"] { segment.repliedBefore = try flag.bool() }
        if let flag = object["responded_before"] { segment.respondedBefore = try flag.bool() }
        if let countries = object["countries"] {
            segment.countries = Set(try self.strings(countries).map { $0.uppercased() })
        }
        return segment
    }

    /// A non-negative amount in major units, returned in minor units.
    static func amount(_ field: FlowField, currency: String) throws(FlowDefinitionError) -> Int {
        let major = try field.number()
        guard major >= 0 else { throw field.error("must not be negative") }
        let minor = CurrencyAmount.minorUnits(major: major, currency: currency)
        guard minor <= AmountLimits.maxMinorUnits else {
            throw field.error("must be at most \(AmountLimits.maxMinorUnits) minor units")
        }
        return minor
    }

    /// One string or a list of strings.
    static func strings(_ field: FlowField) throws(FlowDefinitionError) -> [String] {
        if case .array = field.value {
            var values: [String] = []
            for item in try field.array() { values.append(try item.string()) }
            return values
        }
        return [try field.string()]
    }
}
