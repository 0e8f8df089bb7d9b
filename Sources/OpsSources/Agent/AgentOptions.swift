import Foundation

/// Turns command-line agent options into endpoints: URLs checked, tokens read from files or `OPSDECK_TOKEN`.
public enum AgentOptions {
    /// A problem with the options, worded for the command line.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// Endpoints for `urls`. With one token file it serves every agent; with as many as agents,
    /// they pair up in order; with none, `OPSDECK_TOKEN` is used. Tokens never come from the command line.
    public static func endpoints(urls: [String], tokenFiles: [String], environment: [String: String], warn: (String) -> Void) throws -> [AgentEndpoint] {
        guard tokenFiles.count <= 1 || tokenFiles.count == urls.count else {
            throw Problem(description: "give one --token-file for all agents or one per --agent (got \(tokenFiles.count) for \(urls.count) agents)")
        }
        var tokens: [BearerToken?] = []
        if tokenFiles.isEmpty {
            let token = environment["OPSDECK_TOKEN"].flatMap(BearerToken.init)
            if token == nil { warn("no --token-file and no OPSDECK_TOKEN: agents will answer 401") }
            tokens = Array(repeating: token, count: urls.count)
        } else {
            let read = try tokenFiles.map { path -> BearerToken in
                do {
                    let (token, warning) = try TokenFile.read(path)
                    if let warning { warn(warning) }
                    return token
                } catch {
                    throw Problem(description: String(describing: error))
                }
            }
            tokens = read.count == 1 ? Array(repeating: read[0], count: urls.count) : read
        }
        return try zip(urls, tokens).map { text, token in
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
                throw Problem(description: "--agent \(text) is not an http:// or https:// URL")
            }
            return AgentEndpoint(url: url, token: token)
        }
    }
}
