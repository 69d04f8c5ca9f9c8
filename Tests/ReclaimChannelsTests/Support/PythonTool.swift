import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs the Python helpers in Fixtures/ (aiosmtpd server, email inspection).
enum PythonTool {
    /// Whether `python3` can import every module named.
    static func canImport(_ modules: String...) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", modules.map { "import \($0)" }.joined(separator: "; ")]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0
        } catch {
            return false
        }
    }

    static let hasAiosmtpd = Self.canImport("aiosmtpd")
    static let hasDkimpy = Self.canImport("aiosmtpd", "dkim")
    static let hasDkimpyEd25519 = Self.canImport("aiosmtpd", "dkim", "nacl")

    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs a fixture script to completion and returns its standard output.
    static func run(_ script: String, _ arguments: [String]) async throws -> Data {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("py-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixture.url(script).path] + arguments
        process.standardOutput = handle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try handle.close()
        guard status == 0 else { throw Failed(description: "\(script) exited with \(status)") }
        return try Data(contentsOf: output)
    }
}

/// A running aiosmtpd server from Fixtures/smtp_peer.py.
struct SMTPPeer: Sendable {
    let directory: URL
    let port: Int

    struct NotReady: Error {}

    /// Starts the server with the given options, runs `body`, stops the server.
    static func with<T: Sendable>(_ options: [String] = [], _ body: @Sendable (SMTPPeer) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixture.url("smtp_peer.py").path, directory.path] + options
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        do {
            let result = try await self.waitForReady(directory: directory, process: process, body)
            await self.stop(process)
            return result
        } catch {
            await self.stop(process)
            throw error
        }
    }

    private static func waitForReady<T: Sendable>(
        directory: URL, process: Process, _ body: @Sendable (SMTPPeer) async throws -> T
    ) async throws -> T {
        let ready = directory.appendingPathComponent("ready")
        for _ in 0..<200 {
            if let text = try? String(contentsOf: ready, encoding: .utf8), let port = Int(text) {
                return try await body(SMTPPeer(directory: directory, port: port))
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw NotReady()
    }

    /// SIGTERM, then SIGKILL after two seconds; never blocks a thread.
    private static func stop(_ process: Process) async {
        process.terminate()
        for _ in 0..<40 where process.isRunning {
            try? await Task.sleep(for: .milliseconds(50))
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Saved messages, oldest first.
    func messages() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: self.directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "eml" }
            .sorted {
                $0.lastPathComponent.count == $1.lastPathComponent.count
                    ? $0.lastPathComponent < $1.lastPathComponent : $0.lastPathComponent.count < $1.lastPathComponent.count
            }
    }

    /// The envelope saved with a message.
    func envelope(_ message: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: message.deletingPathExtension().appendingPathExtension("json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// The self-signed certificate, for TLS modes.
    var certificate: URL { self.directory.appendingPathComponent("cert.pem") }
}

/// What inspect_email.py reports about a message.
struct InspectedEmail: Decodable {
    struct Part: Decodable {
        let contentType: String
        let charset: String?
        let cte: String?
        let content: String
    }

    let subject: String
    let from: String
    let to: String
    let messageId: String
    let dateOk: Bool
    let mimeVersion: String
    let contentType: String
    let listUnsubscribe: String?
    let listUnsubscribePost: String?
    let parts: [Part]
    let defects: [String]
    let maxLineOctets: Int
    let allAscii: Bool
    let dkimValid: Bool?
    let dkimSignedHeaders: [String]?

    static func inspect(_ file: URL, dkimTXT: String? = nil) async throws -> InspectedEmail {
        let arguments = [file.path] + (dkimTXT.map { ["--dkim-txt", $0] } ?? [])
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(InspectedEmail.self, from: try await PythonTool.run("inspect_email.py", arguments))
    }
}
