import Foundation
import OpsModel

/// Polls many agents at once and shows their estates as one.
///
/// No agent can hold a load up past the policy's timeout, and none can make stale data look
/// fresh: each agent's last good snapshot is kept with the instant it was received, and its
/// samples keep their own times, so a silent agent's signals age until the assessment calls
/// them stale (`unknown`). Failing agents are retried with a jittered, doubling back-off.
public actor AgentSource: DataSource {
    public nonisolated let name: String
    private let endpoints: [AgentEndpoint]
    private let policy: AgentPolicy
    private let fetcher: HTTPFetcher
    private var records: [Record]
    /// Bumped whenever an agent's data changes; a 304 leaves it alone.
    private var dataGeneration = 0
    /// The last merge and the generation it was made from: re-merging 50 unchanged estates cost
    /// seconds of CPU per cycle (docs/performance.md), so unchanged data reuses it.
    private var lastMerge: (generation: Int, estate: Estate, issues: [FixtureIssue])?

    /// What is kept per agent between polls.
    struct Record {
        var status: AgentStatus
        var snapshot: AgentSnapshot?
        var entityTag: String?
    }

    /// A source polling `endpoints` under `policy`.
    public init(endpoints: [AgentEndpoint], policy: AgentPolicy = AgentPolicy(), fetcher: HTTPFetcher = HTTPFetcher()) {
        self.endpoints = endpoints
        self.policy = policy
        self.fetcher = fetcher
        self.records = endpoints.map { Record(status: AgentStatus(url: $0.url.absoluteString)) }
        self.name = endpoints.count == 1 ? "agent \(endpoints[0].url.absoluteString)" : "\(endpoints.count) agents"
    }

    /// The state of every agent, in the order given.
    public func statuses() -> [AgentStatus] {
        records.map(\.status)
    }

    /// Polls every agent that is not backing off, then merges what is in hand.
    public func load(now: Date) async -> SourceSnapshot {
        let due = records.indices.filter { index in
            records[index].status.nextAttempt.map { $0 <= now } ?? true
        }
        let requests = due.map { index in (index, endpoints[index], records[index].entityTag, records[index].snapshot != nil) }
        let fetcher = self.fetcher
        let policy = self.policy
        let outcomes = await withTaskGroup(of: (Int, AgentPollOutcome).self) { group in
            for (index, endpoint, tag, haveSnapshot) in requests {
                group.addTask {
                    var headers = ["Accept": AgentWire.contentType]
                    if let token = endpoint.token { headers["Authorization"] = token.authorizationValue }
                    if let tag, haveSnapshot { headers["If-None-Match"] = tag }
                    let result = await fetcher.get(endpoint.snapshotURL, headers: headers, timeout: policy.timeout, sizeLimit: policy.sizeLimit)
                    return (index, AgentPollOutcome.judge(result, haveSnapshot: haveSnapshot))
                }
            }
            var collected: [(Int, AgentPollOutcome)] = []
            for await outcome in group { collected.append(outcome) }
            return collected
        }
        for (index, outcome) in outcomes {
            apply(outcome, to: index, now: now)
        }
        return snapshot(now: now)
    }

    /// Records one poll's outcome.
    private func apply(_ outcome: AgentPollOutcome, to index: Int, now: Date) {
        var record = records[index]
        record.status.lastAttempt = now
        switch outcome {
        case .snapshot(let snapshot, let tag, let bytes, let latency):
            record.snapshot = snapshot
            dataGeneration += 1
            record.entityTag = tag
            record.status.agentName = snapshot.agent
            record.status.generatedAt = snapshot.generatedAt
            record.status.collectors = snapshot.collectors
            succeed(&record, latency: latency, bytes: bytes, detail: "\(bytes) bytes", now: now)
        case .unchanged(let latency):
            succeed(&record, latency: latency, bytes: 0, detail: "unchanged", now: now)
        case .failure(let state, let detail):
            record.status.state = state
            record.status.detail = detail
            record.status.consecutiveFailures += 1
            record.status.nextAttempt = now.addingTimeInterval(policy.backoff(failures: record.status.consecutiveFailures))
        }
        records[index] = record
    }

    private func succeed(_ record: inout Record, latency: Duration, bytes: Int, detail: String, now: Date) {
        let slow = latency > policy.slowAfter
        record.status.state = slow ? .slow : .ok
        record.status.detail = slow ? "answered in \(HTTPFetchError.seconds(latency)) (\(detail))" : detail
        record.status.receivedAt = now
        record.status.latency = latency
        record.status.bytes = bytes
        record.status.consecutiveFailures = 0
        record.status.nextAttempt = nil
    }

    /// The merged estate of every agent's data in hand, with each agent's trouble as an issue.
    private func snapshot(now: Date) -> SourceSnapshot {
        var parts: [EstateMerge.Part] = []
        var issues: [FixtureIssue] = []
        for record in records {
            let status = record.status
            if let snapshot = record.snapshot {
                parts.append(EstateMerge.Part(origin: status.url, estate: snapshot.estate))
                for collector in snapshot.collectors where collector.state != .ok {
                    issues.append(FixtureIssue(path: status.url, line: nil, field: "collector \(collector.name)", message: "\(collector.state.rawValue): \(collector.error ?? "no detail")", severity: .warning))
                }
                issues += snapshot.issues.filter { $0.severity == "error" }.map { issue in
                    FixtureIssue(path: status.url, line: nil, field: "agent \(issue.path)", message: "\(issue.field): \(issue.message)", severity: .warning)
                }
            }
            if let issue = Self.issue(for: status, now: now) { issues.append(issue) }
        }
        let merged: (estate: Estate, issues: [FixtureIssue])
        if let lastMerge, lastMerge.generation == dataGeneration {
            merged = (lastMerge.estate, lastMerge.issues)
        } else {
            merged = EstateMerge.merge(parts)
            lastMerge = (dataGeneration, merged.estate, merged.issues)
        }
        let failing = records.filter { !$0.status.state.isHealthy }.count
        let received = records.compactMap(\.status.receivedAt)
        return SourceSnapshot(
            sourceName: failing == 0 ? name : "\(name), \(failing) failing",
            estate: merged.estate, issues: issues + merged.issues,
            // The oldest agent data sets the age on screen; a fresh agent must not make a dead one look current.
            loadedAt: received.min() ?? now,
            agents: records.map(\.status)
        )
    }

    /// An issue line for an agent that is not answering well; nil when it is fine.
    static func issue(for status: AgentStatus, now: Date) -> FixtureIssue? {
        guard status.state != .ok else { return nil }
        var message = "\(status.state.rawValue): \(status.detail)"
        if status.state != .slow {
            if let age = status.dataAge(now: now) {
                message += "; showing its data from \(DurationText.short(age)) ago"
            } else if status.state != .waiting {
                message += "; no data from it yet"
            }
            if let next = status.nextAttempt, next > now {
                message += "; next try in \(DurationText.short(next.timeIntervalSince(now)))"
            }
        }
        return FixtureIssue(path: status.url, line: nil, field: "agent", message: message, severity: status.state == .slow || status.state == .waiting ? .warning : .error)
    }
}
