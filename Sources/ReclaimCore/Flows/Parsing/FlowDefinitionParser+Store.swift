import Foundation

extension FlowDefinitionParser {
    /// Parses a store's flow setting: a preset name (`carrier-safe`), one flow object, or a list
    /// whose items are flow objects or preset names.
    ///
    /// A lone preset becomes the store's default. Names must be unique and at most one flow may say
    /// `default: true`.
    /// - Parameters:
    ///   - value: The `flow:` or `flows:` value.
    ///   - path: Its field path, `flows` or `stores[0].flows`.
    ///   - currency: Store currency for amounts.
    /// - Returns: The store's flows.
    /// - Throws: ``FlowDefinitionError`` naming the first bad field.
    public static func parseStoreFlowConfig(
        _ value: JSONValue, path: String = "flows", currency: String = "USD"
    ) throws(FlowDefinitionError) -> StoreFlowConfiguration {
        let field = FlowField(value: value, path: path)
        switch value {
        case .string, .number:
            var flow = try self.preset(field).definition
            flow.isDefault = true
            return StoreFlowConfiguration(flows: [flow])
        case .object:
            return StoreFlowConfiguration(flows: [try self.parse(value, path: path, currency: currency)])
        case .array:
            var flows: [FlowDefinition] = []
            for item in try field.array() {
                let flow: FlowDefinition =
                    if case .string = item.value { try self.preset(item).definition } else {
                        try self.parse(item.value, path: item.path, currency: currency)
                    }
                if flows.contains(where: { $0.name == flow.name }) {
                    throw FlowDefinitionError(path: FlowField.join(item.path, "name"), message: "duplicate flow name \"\(flow.name)\"")
                }
                if flow.isDefault, flows.contains(where: \.isDefault) {
                    throw FlowDefinitionError(path: FlowField.join(item.path, "default"), message: "only one flow may be the default")
                }
                flows.append(flow)
            }
            guard !flows.isEmpty else { throw field.error("list at least one flow, or leave flows out") }
            return StoreFlowConfiguration(flows: flows)
        case .null:
            return StoreFlowConfiguration()
        case .bool:
            throw field.error("expected a preset name or a list of flows")
        }
    }

    /// Parses a store's `flow:` (preset name) and `flows:` (custom flows) settings together.
    /// - Parameters:
    ///   - flow: The `flow:` value, a preset name.
    ///   - flows: The `flows:` value.
    ///   - path: Path of the store's section, e.g. `stores[0]`, or empty.
    ///   - currency: Store currency.
    /// - Returns: The store's flows; empty when neither is set (the selector then uses a preset).
    /// - Throws: ``FlowDefinitionError`` when both are set or either is invalid.
    public static func parseStoreFlowConfig(
        flow: String?, flows: JSONValue?, path: String = "", currency: String = "USD"
    ) throws(FlowDefinitionError) -> StoreFlowConfiguration {
        let hasFlows = flows.map { $0 != .null } ?? false
        if let flow, hasFlows {
            throw FlowDefinitionError(
                path: FlowField.join(path, "flow"), message: "set either flow (\(flow)) or flows, not both")
        }
        if let flows, hasFlows {
            return try self.parseStoreFlowConfig(flows, path: FlowField.join(path, "flows"), currency: currency)
        }
        if let flow {
            return try self.parseStoreFlowConfig(.string(flow), path: FlowField.join(path, "flow"), currency: currency)
        }
        return StoreFlowConfiguration()
    }

    static func preset(_ field: FlowField) throws(FlowDefinitionError) -> FlowPreset {
        let name = try field.string()
        guard let preset = FlowPreset(name: name) else {
            let names = FlowPreset.allCases.map(\.name).joined(separator: ", ")
            throw field.error("unknown flow preset \"\(name)\"; expected one of \(names)")
        }
        return preset
    }
}
