import Foundation
import ReclaimAssistant
import ReclaimCore

extension StoreConfiguration {
    /// The chat endpoint when `assistant.backend` is `llm`; `nil` for the built-in engine.
    /// - Parameter path: the configuration file, for the error.
    /// - Throws: ``ConfigurationError/invalidValue(path:key:reason:)`` naming the key at fault.
    func llmSettings(path: String = "reclaim.yml") throws -> LLMSettings? {
        let prefix = "stores[\(self.id)].assistant"
        let backend = (self.assistant?.backend ?? "builtin").lowercased()
        switch backend {
        case "builtin", "built_in", "built-in": return nil
        case "llm": break
        default:
            throw ConfigurationError.invalidValue(
                path: path, key: "\(prefix).backend", reason: "expected builtin or llm, found \"\(backend)\"")
        }
        guard let section = self.assistant?.llm else {
            throw ConfigurationError.invalidValue(path: path, key: "\(prefix).llm", reason: "required when backend is llm")
        }
        guard let base = section.baseURL, let url = URLComponents(string: base), ["http", "https"].contains(url.scheme ?? ""),
            url.host?.isEmpty == false
        else {
            throw ConfigurationError.invalidValue(
                path: path, key: "\(prefix).llm.base_url", reason: "expected an http(s) URL such as http://127.0.0.1:8080/v1")
        }
        guard let model = section.model, !model.isEmpty else {
            throw ConfigurationError.invalidValue(path: path, key: "\(prefix).llm.model", reason: "required when backend is llm")
        }
        var timeout = Duration.seconds(8)
        if let text = section.timeout {
            guard let seconds = try? HumanDuration.seconds(text), seconds > 0, seconds <= 60 else {
                throw ConfigurationError.invalidValue(
                    path: path, key: "\(prefix).llm.timeout", reason: "expected a duration up to 60s such as 8s or 1.5s")
            }
            timeout = .milliseconds(Int64(seconds * 1000))
        }
        let maxTokens = section.maxTokens ?? 300
        guard (16...4096).contains(maxTokens) else {
            throw ConfigurationError.invalidValue(path: path, key: "\(prefix).llm.max_tokens", reason: "expected 16 to 4096")
        }
        return LLMSettings(baseURL: base, model: model, apiKey: section.apiKey, timeout: timeout, maxTokens: maxTokens)
    }
}
