import Foundation

/// What one poll brought back, already judged.
enum AgentPollOutcome: Sendable {
    /// A new snapshot.
    case snapshot(AgentSnapshot, etag: String?, bytes: Int, latency: Duration)
    /// 304: the snapshot in hand is still current.
    case unchanged(latency: Duration)
    /// No usable data, and why.
    case failure(AgentState, String)

    /// Judges an HTTP exchange with an agent.
    static func judge(_ result: Result<HTTPFetchResponse, HTTPFetchError>, haveSnapshot: Bool) -> AgentPollOutcome {
        let response: HTTPFetchResponse
        switch result {
        case .failure(let error):
            if case .tooLarge = error { return .failure(.badData, error.description) }
            return .failure(.down, error.description)
        case .success(let answered):
            response = answered
        }
        switch response.status {
        case 200:
            break
        case 304:
            return haveSnapshot ? .unchanged(latency: response.elapsed) : .failure(.badData, "HTTP 304 to a poll without a previous snapshot")
        case 401, 403:
            return .failure(.unauthorised, "HTTP \(response.status): the token was refused")
        case 404:
            return .failure(.incompatible, "HTTP 404 for \(AgentWire.snapshotPath): not an opsdeck agent, or another protocol version")
        case 500...599:
            return .failure(.down, "HTTP \(response.status) from the agent")
        default:
            return .failure(.badData, "unexpected HTTP \(response.status)")
        }
        let decoder = AgentWire.decoder()
        guard let probe = try? decoder.decode(SnapshotVersionProbe.self, from: response.body), let version = probe.apiVersion else {
            return .failure(.badData, "the answer is not an opsdeck snapshot (\(response.body.count) bytes of \(response.headers["content-type"] ?? "unknown type"))")
        }
        guard version == AgentWire.apiVersion else {
            return .failure(.incompatible, "the agent speaks \(version); this console reads \(AgentWire.apiVersion)")
        }
        do {
            let snapshot = try decoder.decode(AgentSnapshot.self, from: response.body)
            return .snapshot(snapshot, etag: response.headers["etag"], bytes: response.body.count, latency: response.elapsed)
        } catch {
            return .failure(.badData, "unreadable snapshot: \(describe(error))")
        }
    }

    /// A decoding error in one line: what and where.
    static func describe(_ error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch decodingError {
        case .dataCorrupted(let context): return "\(context.debugDescription) at \(path(context))"
        case .keyNotFound(let key, let context): return "missing \(key.stringValue) at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "\(context.debugDescription) at \(path(context))"
        @unknown default: return String(describing: error)
        }
    }
}
