import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationEssentialsCompat
import NIOHTTP1

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A headless Chromium, driven through chromedriver over the W3C WebDriver protocol (JSON over HTTP on
/// 127.0.0.1). The dashboard tests use it to sign in, click and type like a merchant.
///
/// `scripts/bootstrap` installs `chromium` and `chromium-driver`.
struct HeadlessBrowser: Sendable {
    /// An error the driver reported, or a driver that would not start.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let driverURL: String
    let sessionID: String
    let client: HTTPClient

    /// Whether chromedriver and a Chromium are on `PATH`.
    static var isInstalled: Bool {
        self.executable("chromedriver") != nil && self.chromiumBinary != nil
    }

    /// Starts chromedriver and a headless browser session, runs `body`, and closes both.
    static func session<T: Sendable>(_ body: @Sendable (HeadlessBrowser) async throws -> T) async throws -> T {
        guard let driverPath = self.executable("chromedriver"), let chromium = self.chromiumBinary else {
            throw Failure(description: "chromedriver or chromium is not installed (scripts/bootstrap installs them)")
        }
        let port = try self.freePort()
        let driver = try self.spawn(driverPath, ["--port=\(port)", "--allowed-ips=127.0.0.1"])
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            defer { Self.stop(driver) }
            let driverURL = "http://127.0.0.1:\(port)"
            try await self.waitUntilReady(driverURL, client: client)
            let capabilities: [String: Any] = [
                "capabilities": [
                    "alwaysMatch": [
                        "browserName": "chrome",
                        "goog:chromeOptions": [
                            "binary": chromium,
                            "args": [
                                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--no-first-run", "--window-size=1280,900",
                            ],
                        ],
                    ]
                ]
            ]
            let created = try await Self.command(client, "POST", "\(driverURL)/session", capabilities)
            guard let sessionID = (created as? [String: Any])?["sessionId"] as? String else {
                throw Failure(description: "chromedriver did not create a session: \(String(describing: created))")
            }
            let browser = HeadlessBrowser(driverURL: driverURL, sessionID: sessionID, client: client)
            // Finding an element waits up to 5 s for it: a submitted form's next page may still be loading.
            _ = try await browser.send("POST", "/timeouts", ["implicit": 5000])
            let result: T
            do {
                result = try await body(browser)
            } catch {
                _ = try? await browser.send("DELETE", "")
                throw error
            }
            _ = try? await browser.send("DELETE", "")
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// Starts `path` with `arguments`, its output discarded. (posix_spawn rather than Foundation's
    /// `Process`, whose `waitUntilExit()` spins a run loop on the calling thread and starved the test.)
    private static func spawn(_ path: String, _ arguments: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard result == 0 else { throw Failure(description: "could not start \(path): error \(result)") }
        return pid
    }

    /// Stops chromedriver (and with it the browser): SIGTERM, then SIGKILL if it is still there five
    /// seconds later; reaps it either way.
    private static func stop(_ pid: pid_t) {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) != 0 { return }
            usleep(100_000)
        }
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
    }

    /// Opens `url` and waits for the page to load.
    func go(_ url: String) async throws {
        _ = try await self.send("POST", "/url", ["url": url])
    }

    /// The address of the page shown.
    func currentURL() async throws -> String {
        try await self.send("GET", "/url") as? String ?? ""
    }

    /// The address of the page once it is `expected`, waiting up to 5 s for a navigation to finish;
    /// the address shown then otherwise.
    func currentURL(becoming expected: String) async throws -> String {
        var url = try await self.currentURL()
        for _ in 0..<50 where url != expected {
            try await Task.sleep(for: .milliseconds(100))
            url = try await self.currentURL()
        }
        return url
    }

    /// The visible text of the first element matching the CSS `selector`.
    func text(_ selector: String) async throws -> String {
        let element = try await self.element(selector)
        return try await self.send("GET", "/element/\(element)/text") as? String ?? ""
    }

    /// Whether an element matches the CSS `selector` (waits up to 5 s when none does yet).
    func has(_ selector: String) async throws -> Bool {
        let found = try await self.send("POST", "/elements", ["using": "css selector", "value": selector])
        return !((found as? [Any]) ?? []).isEmpty
    }

    /// Clicks the first element matching `selector` (a link or a submit button waits for the next page).
    func click(_ selector: String) async throws {
        let element = try await self.element(selector)
        _ = try await self.send("POST", "/element/\(element)/click", [:])
    }

    /// Replaces the value of the field matching `selector` with `text`, as if typed.
    func type(_ selector: String, _ text: String) async throws {
        let element = try await self.element(selector)
        _ = try await self.send("POST", "/element/\(element)/clear", [:])
        _ = try await self.send("POST", "/element/\(element)/value", ["text": text])
    }

    /// The value of a named cookie the browser holds for the current page, if any.
    func cookie(_ name: String) async throws -> [String: Any]? {
        let cookies = try await self.send("GET", "/cookie") as? [[String: Any]] ?? []
        return cookies.first { $0["name"] as? String == name }
    }

    private func element(_ selector: String) async throws -> String {
        let found = try await self.send("POST", "/element", ["using": "css selector", "value": selector])
        guard let object = found as? [String: Any], let id = object.values.first as? String else {
            throw Failure(description: "no element matches \(selector)")
        }
        return id
    }

    private func send(_ method: String, _ path: String, _ body: Any? = nil) async throws -> Any? {
        try await Self.command(self.client, method, "\(self.driverURL)/session/\(self.sessionID)\(path)", body)
    }

    /// One WebDriver command; the `value` of the answer, or the driver's error as a ``Failure``.
    private static func command(_ client: HTTPClient, _ method: String, _ url: String, _ body: Any?) async throws -> Any? {
        var request = HTTPClientRequest(url: url)
        request.method = .init(rawValue: method)
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(data: try JSONSerialization.data(withJSONObject: body)))
        }
        let response = try await client.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 16 << 20)
        let json = try JSONSerialization.jsonObject(with: Data(buffer: bytes), options: [.fragmentsAllowed]) as? [String: Any]
        let value = json?["value"]
        if response.status.code >= 400 {
            let error = value as? [String: Any]
            throw Failure(
                description: "WebDriver \(method) \(url): \(error?["error"] as? String ?? "\(response.status)"): "
                    + "\(error?["message"] as? String ?? "")")
        }
        return value is NSNull ? nil : value
    }

    private static func waitUntilReady(_ driverURL: String, client: HTTPClient) async throws {
        for _ in 0..<100 {
            if let status = try? await self.command(client, "GET", "\(driverURL)/status", nil) as? [String: Any],
                status["ready"] as? Bool == true
            {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Failure(description: "chromedriver did not become ready at \(driverURL)")
    }

    private static var chromiumBinary: String? {
        ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(self.executable).first
    }

    private static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A TCP port on 127.0.0.1 that nothing listens on right now.
    private static func freePort() throws -> Int {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "could not bind a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
