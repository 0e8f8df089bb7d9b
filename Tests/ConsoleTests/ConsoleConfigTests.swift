import Console
import Foundation
import Testing

@Suite struct ConsoleConfigTests {
    @Test func agentsWithTokensFromFilesOrTheEnvironment() throws {
        let tokenFile = FileManager.default.temporaryDirectory.appendingPathComponent("opsdeck-config-token-\(getpid())").path
        _ = FileManager.default.createFile(atPath: tokenFile, contents: Data("secret-eu\n".utf8), attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(atPath: tokenFile) }
        let config = try ConsoleConfig.parse(text: """
        # where this console's data comes from
        [agents.eu]
        url = "http://127.0.0.1:9477"
        token_file = "\(tokenFile)"

        [agents.us]
        url = "http://127.0.0.1:9478"
        token_env = "OPSDECK_TOKEN_US"
        """, path: "config.toml")
        #expect(config.agents.map(\.name) == ["eu", "us"])
        var warnings: [String] = []
        let endpoints = try config.endpoints(environment: ["OPSDECK_TOKEN_US": "secret-us"]) { warnings.append($0) }
        #expect(endpoints.map(\.url.absoluteString) == ["http://127.0.0.1:9477", "http://127.0.0.1:9478"])
        #expect(endpoints.allSatisfy { $0.token != nil })
        #expect(warnings.isEmpty)
        _ = try config.endpoints(environment: [:]) { warnings.append($0) }
        #expect(warnings.contains { $0.contains("OPSDECK_TOKEN_US is not set") })
    }

    @Test(arguments: [
        ("[agents.x]\nurl = 5\n", "config.toml:2: url must be a string"),
        ("[agents.x]\ntoken = \"abc\"\n", "config.toml:2: unknown key token"),
        ("[agents.x]\ntoken_env = \"T\"\n", "config.toml:1: [agents.x] needs a url"),
        ("[console]\ntheme = \"light\"\n", "config.toml:1: unknown table [console]"),
    ])
    func mistakesNameTheLine(text: String, message: String) {
        #expect {
            _ = try ConsoleConfig.parse(text: text, path: "config.toml")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }
}
