import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// `/openapi.json`: the OpenAPI 3.1 description of the HTTP interface.
///
/// Each controller contributes its paths to ``OpenAPIDocument``; this controller serves the
/// assembled document.
public struct OpenAPIController: Sendable {
    let document: Data

    /// Creates the controller over an assembled document.
    public init(document: OpenAPIDocument) {
        self.document = document.json()
    }

    /// The routes.
    public var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self).get("openapi.json", use: self.serve)
    }

    @Sendable func serve(_ request: Request, context: AppRequestContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: self.document)))
    }
}

/// An OpenAPI document assembled from the paths each controller declares.
public struct OpenAPIDocument: Sendable {
    /// Path item objects keyed by path (`/healthz`), as JSON-compatible values.
    public private(set) var paths: [String: [String: OpenAPIOperation]] = [:]
    /// Reusable schemas keyed by name.
    public private(set) var schemas: [String: String] = [:]

    /// Creates an empty document.
    public init() {}

    /// Adds one operation.
    public mutating func add(_ method: String, _ path: String, _ operation: OpenAPIOperation) {
        self.paths[path, default: [:]][method.lowercased()] = operation
    }

    /// Adds a JSON Schema (given as JSON text) under `components.schemas.name`.
    public mutating func addSchema(_ name: String, json: String) {
        self.schemas[name] = json
    }

    /// The document as JSON.
    public func json() -> Data {
        var paths: [String: Any] = [:]
        for (path, operations) in self.paths {
            var item: [String: Any] = [:]
            for (method, operation) in operations { item[method] = operation.object() }
            paths[path] = item
        }
        var schemas: [String: Any] = [
            "Error": [
                "type": "object", "required": ["error"],
                "properties": [
                    "error": [
                        "type": "object", "required": ["code", "message"],
                        "properties": ["code": ["type": "string"], "message": ["type": "string"]],
                    ]
                ],
            ]
        ]
        for (name, text) in self.schemas {
            if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) { schemas[name] = object }
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": [
                "title": "Reclaim", "version": "1.0.0",
                "description": "Abandoned-cart recovery by compliant, conversational SMS coordinated with email.",
            ],
            "paths": paths,
            "components": [
                "schemas": schemas,
                "securitySchemes": ["apiKey": ["type": "http", "scheme": "bearer"]],
            ],
        ]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted])) ?? Data()
    }
}

/// One operation of an ``OpenAPIDocument``.
public struct OpenAPIOperation: Sendable {
    /// One-line summary.
    public var summary: String
    /// Tag grouping the operation.
    public var tag: String
    /// Whether the bearer API key is required.
    public var authenticated: Bool
    /// Name of the request body schema in `components.schemas`, if any.
    public var requestSchema: String?
    /// Name of the 200 response schema, if JSON.
    public var responseSchema: String?
    /// Status codes besides 200 that the operation documents, with descriptions.
    public var responses: [Int: String]

    /// Creates an operation.
    public init(
        summary: String, tag: String, authenticated: Bool = false, requestSchema: String? = nil,
        responseSchema: String? = nil, responses: [Int: String] = [:]
    ) {
        self.summary = summary
        self.tag = tag
        self.authenticated = authenticated
        self.requestSchema = requestSchema
        self.responseSchema = responseSchema
        self.responses = responses
    }

    func object() -> [String: Any] {
        var responses: [String: Any] = [:]
        var ok: [String: Any] = ["description": "OK"]
        if let schema = self.responseSchema {
            ok["content"] = ["application/json": ["schema": ["$ref": "#/components/schemas/\(schema)"]]]
        }
        responses["200"] = ok
        for (status, description) in self.responses {
            responses["\(status)"] = [
                "description": description,
                "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
            ]
        }
        if self.authenticated, responses["429"] == nil {
            responses["429"] = [
                "description": "too many wrong API keys from this address or overall: the key was not checked; see Retry-After",
                "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
            ]
        }
        var object: [String: Any] = ["summary": self.summary, "tags": [self.tag], "responses": responses]
        if self.authenticated { object["security"] = [["apiKey": []]] }
        if let schema = self.requestSchema {
            object["requestBody"] = [
                "required": true,
                "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(schema)"]]],
            ]
        }
        return object
    }
}
