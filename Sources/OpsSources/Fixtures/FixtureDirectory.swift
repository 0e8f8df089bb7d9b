import Foundation
import OpsModel

/// The result of loading fixtures: the estate and every problem found on the way.
public struct FixtureLoad: Sendable {
    public var estate: Estate
    public var issues: [FixtureIssue]
    public var files: [String]

    /// Only the issues that made an item or a file be skipped.
    public var errors: [FixtureIssue] { issues.filter { $0.severity == .error } }
}

/// Loads an estate from a directory of YAML files (and `runbooks/*.md`), reporting file, line and field of every problem.
public enum FixtureDirectory {
    /// The one wire and file format version this build reads.
    public static let apiVersion = "opsdeck/v1"

    /// Loads every `*.yaml`/`*.yml` file in `directory` (sorted by name) and its `runbooks/`;
    /// relative times are anchored at `now`, samples replayed at `replayStep` (`SampleReplayOrder`).
    public static func load(directory: URL, now: Date, replayStep: Int = 0) -> FixtureLoad {
        load(directory: directory, now: now, replayStep: replayStep, readsLinesDirectly: true)
    }

    /// `readsLinesDirectly` false reads every item the general way, `checksLater` false checks
    /// every item before any is read: tests compare each with the quicker way.
    ///
    /// Files of `mapsFrom` bytes or more are mapped instead of read (`MappedFile`); when one
    /// changed while it was read, the load stops and is done again with every file read whole.
    static func load(directory: URL, now: Date, replayStep: Int = 0, readsLinesDirectly: Bool, checksLater: Bool = true, mapsFrom: Int = FixtureYAML.releaseThreshold, afterCheck: (() -> Void)? = nil) -> FixtureLoad {
        let log = IssueLog()
        let mappings = MappedFiles()
        var files: [FixtureFile] = []
        let manager = FileManager.default
        let names = (DirectoryListing.names(atPath: directory.path) ?? []).sorted()
        if names.isEmpty, !manager.fileExists(atPath: directory.path) {
            log.error(directory.path, nil, "directory", "does not exist")
        }
        for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = directory.appendingPathComponent(name).path
            let size = FileBytes.size(path) ?? 0
            // Read when checked, not all up front.
            files.append(FixtureFile(path: path, size: size) { log in
                if size >= mapsFrom, let mapping = MappedFile(path: path) {
                    mappings.keep(mapping)
                    // Its text is checked on another core while it is parsed (the parse of a
                    // file that is not UTF-8 is thrown away): at 10,000 environments the check of
                    // the signals file alone was the check phase, the other core idle half of it.
                    let problem = Deferred<String?> { FixtureText.problem(mapping.bytes) }
                    DispatchQueue.global(qos: .userInitiated).async { problem.prepare() }
                    return ReadFile(source: YAMLBytes(mapping: mapping, path: path), problem: problem)
                }
                guard let bytes = FileBytes.read(path) else {
                    log.error(path, nil, "file", "cannot be read")
                    return nil
                }
                if let problem = FixtureText.problem(bytes) {
                    log.error(path, nil, "file", problem)
                    return nil
                }
                return ReadFile(source: YAMLBytes(bytes: bytes, path: path), problem: nil)
            })
        }
        var runbookFiles: [(path: String, text: String)] = []
        let runbookDirectory = directory.appendingPathComponent("runbooks")
        for name in (DirectoryListing.names(atPath: runbookDirectory.path) ?? []).sorted() where name.hasSuffix(".md") {
            let path = runbookDirectory.appendingPathComponent(name).path
            if let data = manager.contents(atPath: path), let text = String(data: data, encoding: .utf8) {
                runbookFiles.append((path, text))
            } else {
                log.error(path, nil, "file", "cannot be read as UTF-8 text")
            }
        }
        var load = parse(files: files, runbooks: runbookFiles, now: now, replayStep: replayStep, log: log, readsLinesDirectly: readsLinesDirectly, checksLater: checksLater,
                         afterCheck: afterCheck, abandoned: { mappings.anyChanged })
        // A mapped file was written while it was read: what was read of it may be part old,
        // part new, so everything is read again as it now is.
        if mappings.anyChanged {
            return Self.load(directory: directory, now: now, replayStep: replayStep, readsLinesDirectly: readsLinesDirectly, checksLater: checksLater, mapsFrom: .max)
        }
        load.files += runbookFiles.map(\.path)
        return load
    }

    /// Parses already-read files; the pure core of `load`, used by tests.
    public static func parse(files: [(path: String, text: String)], runbooks: [(path: String, text: String)] = [], now: Date) -> FixtureLoad {
        parse(files: files, runbooks: runbooks, now: now, readsLinesDirectly: true)
    }

    static func parse(files: [(path: String, text: String)], runbooks: [(path: String, text: String)] = [], now: Date, readsLinesDirectly: Bool, checksLater: Bool = true) -> FixtureLoad {
        parse(files: files.map { file in FixtureFile(path: file.path, size: file.text.utf8.count) { _ in ReadFile(source: YAMLBytes(bytes: Array(file.text.utf8)), problem: nil) } }, runbooks: runbooks, now: now, replayStep: 0, log: IssueLog(), readsLinesDirectly: readsLinesDirectly, checksLater: checksLater)
    }

    /// `afterCheck` runs once the files are checked (tests change a file there); a load stops,
    /// giving nothing, once `abandoned` says its files changed under it (the caller loads again).
    private static func parse(files: [FixtureFile], runbooks: [(path: String, text: String)], now: Date, replayStep: Int, log: IssueLog, readsLinesDirectly: Bool, checksLater: Bool,
                              afterCheck: (() -> Void)? = nil, abandoned: (() -> Bool)? = nil) -> FixtureLoad {
        // The check steps over the items of top-level lists and they are checked as they are read
        // (`LateCheck`); if one of them is not valid YAML, everything is loaded again with
        // every item checked first, so the result is the same as if it had been from the start.
        if checksLater, let load = attempt(files: files, runbooks: runbooks, now: now, replayStep: replayStep, issuesBefore: log.issues, readsLinesDirectly: readsLinesDirectly, checksLater: true, afterCheck: afterCheck, abandoned: abandoned) {
            return load
        }
        if abandoned?() == true { return FixtureLoad(estate: Estate(), issues: log.issues, files: []) }
        // Without late checks an attempt always completes.
        return attempt(files: files, runbooks: runbooks, now: now, replayStep: replayStep, issuesBefore: log.issues, readsLinesDirectly: readsLinesDirectly, checksLater: false, afterCheck: afterCheck, abandoned: abandoned)
            ?? FixtureLoad(estate: Estate(), issues: log.issues, files: [])
    }

    /// One load, its issues after `issuesBefore`; nil when `checksLater` and an item stepped over
    /// by the check is not valid YAML, or when `abandoned`.
    private static func attempt(files: [FixtureFile], runbooks: [(path: String, text: String)], now: Date, replayStep: Int, issuesBefore: [FixtureIssue], readsLinesDirectly: Bool, checksLater: Bool,
                                afterCheck: (() -> Void)?, abandoned: (() -> Bool)?) -> FixtureLoad? {
        let log = IssueLog()
        log.add(contentsOf: issuesBefore)
        // Each file is read and checked on its own thread: the files do not depend on each
        // other until they are decoded, and at 10,000 environments the signals file alone took
        // the check pass's 0.3 s while the other core waited; the demo's files (170 KB) are
        // checked while the terminal is set up, with a core to spare. A handful of small files
        // (tests' estates) stays on this thread: a thread costs more than their check.
        let totalSize = files.reduce(0) { $0 + $1.size }
        let checked = ParallelMap.gather(capacities: files.map { _ in 1 }, parallel: files.count > 1 && totalSize >= 64 * 1024) { (index, emit: (consuming CheckedFile) -> Void) in
            emit(check(files[index], checksLater: checksLater))
        }
        afterCheck?()
        // The runbooks depend on nothing else: read on another core while the lists are (on
        // one thread they came after everything, ~0.5 M instructions of the demo's load).
        let readRunbooks = Deferred<(runbooks: [Runbook], issues: [FixtureIssue])> {
            let log = IssueLog()
            let read = runbooks.compactMap { RunbookFixtures.runbook(text: $0.text, path: $0.path, anchor: now, log: log) }
            return (read, log.issues)
        }
        if !runbooks.isEmpty { DispatchQueue.global(qos: .userInitiated).async { readRunbooks.prepare() } }
        let lateChecks = checked.compactMap(\.lateCheck)
        var documents: [NodeReader] = []
        var readPaths: [String] = []
        var largestFile = 0
        for file in checked {
            log.add(contentsOf: file.issues)
            guard file.wasRead else { continue }
            readPaths.append(file.path)
            largestFile = max(largestFile, file.size)
            guard let node = file.node else { continue }
            guard let reader = NodeReader(node, path: file.path, fieldPath: .root, anchor: now, log: log) else { continue }
            let version = reader.string("apiVersion")
            _ = reader.string("kind", required: false)
            if let version, version != apiVersion {
                reader.fail("apiVersion", "\"\(version)\" is not supported (this build reads \(apiVersion)); the file is skipped", at: reader.node("apiVersion"))
            }
            if reader.failed { continue }
            documents.append(reader)
        }

        let readerIssuesStart = log.issues.count
        var estate = Estate()
        // Tenants and the catalog first: environments and signals refer to them across files.
        for reader in documents {
            if let name = reader.string("name", required: false) { estate.name = name }
            estate.tierPolicies += reader.items("tiers").compactMap(EnvironmentFixtures.tierPolicy)
            estate.tenants += reader.items("tenants").compactMap(EnvironmentFixtures.tenant)
        }
        var catalog: [String: SignalDefinition] = [:]
        for reader in documents {
            for definition in reader.items("signalCatalog").compactMap(SignalFixtures.definition) {
                catalog[definition.key] = definition
            }
        }
        let tenantsByID = Dictionary(estate.tenants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for reader in documents {
            let environments = reader.items("environments").concurrentCompactMap(decoders: {
                let blocks = readsLinesDirectly ? EnvironmentBlockReader(tenants: tenantsByID, anchor: now) : nil
                return ItemDecoder(direct: blocks.map { blocks in { blocks.environment($0) } }, general: { EnvironmentFixtures.environment($0, tenants: tenantsByID) })
            })
            // Taken whole when nothing came before: appending copied every environment (each
            // field retained) and then freed the list it came from.
            if estate.environments.isEmpty { estate.environments = environments } else { estate.environments += environments }
        }
        let environmentsByID = EnvironmentIndex(estate.environments)
        let references = ReferenceCheck(environments: environmentsByID)
        // Each document is let go once read, so a file's bytes are freed before the next is read
        // through (a mapped file's pages were given back after its check and after each part
        // of its lists; its mapping goes with the load).
        documents.reverse()
        while let reader = documents.popLast() {
            // An item stepped over was not valid YAML, or a file changed: this load is redone,
            // so stop here.
            if lateChecks.contains(where: \.hasFailed) || abandoned?() == true { return nil }
            // A sample pool per thread: pools are appended to without a lock.
            references.keep(reader.items("signals"), into: &estate.signals, decoder: {
                let pool = SamplePool(replayStep: replayStep)
                let lines = readsLinesDirectly ? SignalLineReader(catalog: catalog, environments: environmentsByID, pool: pool, anchor: now) : nil
                return ItemDecoder(direct: lines.map { lines in { lines.signal($0) } }, general: { SignalFixtures.signal($0, catalog: catalog, pool: pool) })
            }) { item, signal in
                references.checkComponent(item, &signal)
            }
            references.keep(reader.items("changes"), into: &estate.changes, OperationsFixtures.change)
            references.keep(reader.items("incidents"), into: &estate.incidents, OperationsFixtures.incident)
            references.keep(reader.items("alerts"), into: &estate.alerts, OperationsFixtures.alert)
            estate.windows += reader.items("windows").compactMap(CalendarFixtures.window)
            references.keep(reader.items("approvals"), into: &estate.approvals, CalendarFixtures.approval)
            references.keep(reader.items("releases"), into: &estate.releases, CalendarFixtures.release)
            references.keep(reader.items("backups"), into: &estate.backups, decoder: {
                let blocks = readsLinesDirectly ? BackupsBlockReader(environments: environmentsByID, anchor: now) : nil
                return ItemDecoder(direct: blocks.map { blocks in { blocks.backups($0) } }, general: BackupFixtures.environmentBackups)
            })
            references.keep(reader.items("restoreTests"), into: &estate.restoreTests, BackupFixtures.restoreTest)
            reader.finish()
        }
        // Only a large estate frees enough to be worth giving back (a trim touches the heap).
        // Once, at the end: the large files are mapped, not held in the heap, and a trim after
        // each file gave pages back that the next file's items then faulted in again.
        if largestFile >= FixtureYAML.releaseThreshold { MemoryRelease.returnFreedMemory() }
        guard lateChecks.allSatisfy({ $0.passes() }) else { return nil }
        estate.runbooks += readRunbooks.value.runbooks
        log.add(contentsOf: readRunbooks.value.issues)
        DuplicateCheck.report(environmentsByID, log: log)
        estate.changes = ChangeOrder.newestFirst(estate.changes)
        var issues = log.issues
        for file in checked where !file.skippedItems.isEmpty {
            for index in issues.indices.dropFirst(readerIssuesStart) where issues[index].path == file.path {
                issues[index].field = BrokenItem.renumbered(issues[index].field, skipped: file.skippedItems)
            }
        }
        return FixtureLoad(estate: estate, issues: issues, files: readPaths)
    }

    /// A file read and checked as YAML, with what went wrong on the way.
    private static func check(_ file: FixtureFile, checksLater: Bool) -> CheckedFile {
        let log = IssueLog()
        guard let read = file.read(log) else {
            return CheckedFile(path: file.path, issues: log.issues, wasRead: false, size: 0, node: nil, lateCheck: nil)
        }
        let source = read.source
        let size = source.count
        // A file whose text is not UTF-8 without NUL is skipped, whatever its parse gave.
        func unreadable() -> CheckedFile? {
            guard let problem = read.problem?.value else { return nil }
            log.error(file.path, nil, "file", problem)
            return CheckedFile(path: file.path, issues: log.issues, wasRead: false, size: 0, node: nil, lateCheck: nil)
        }
        do {
            let (node, lateCheck) = try FixtureYAML.document(source, checksLater: checksLater)
            if let skipped = unreadable() { return skipped }
            return CheckedFile(path: file.path, issues: log.issues, wasRead: true, size: size, node: node, lateCheck: lateCheck)
        } catch {
            if let skipped = unreadable() { return skipped }
            if let (node, skipped) = withoutBrokenItems(source.withAllBytes { Array($0) }, firstError: error, path: file.path, log: log) {
                var checked = CheckedFile(path: file.path, issues: log.issues, wasRead: true, size: size, node: node, lateCheck: nil)
                checked.skippedItems = skipped
                return checked
            }
            log.error(file.path, error.line, "file", "not valid YAML: \(error.summary); the file is skipped")
            return CheckedFile(path: file.path, issues: log.issues, wasRead: true, size: size, node: nil, lateCheck: nil)
        }
    }

    /// At most this many broken items are skipped in one file; past that the file is skipped.
    static let brokenItemLimit = 20

    /// The document of `bytes` with its broken list items skipped (`BrokenItem`), each reported
    /// on `log`, and the skipped items' indices per list key; nil, and nothing reported, when a
    /// parse error is not inside a list item that is invalid by itself or there are more than
    /// `brokenItemLimit` of them.
    private static func withoutBrokenItems(_ bytes: [UInt8], firstError: FixtureYAMLError, path: String, log: IssueLog) -> (FixtureNode?, [String: [Int]])? {
        var text = bytes
        var error = firstError
        var skipped: [(item: BrokenItem, original: Int, error: FixtureYAMLError)] = []
        var indices: [String: [Int]] = [:]
        while skipped.count < brokenItemLimit, let line = error.line, let item = BrokenItem.around(line: line, in: text) {
            text = item.blanked(text)
            // An item taken out earlier no longer counts in its list: name this one as the file does.
            let original = BrokenItem.originalIndex(item.index, skipped: indices[item.listKey] ?? [])
            indices[item.listKey, default: []].append(original)
            skipped.append((item, original, error))
            do {
                // Checked in full and kept in memory: read back from disk, the file would hold the items again.
                let node = try FixtureYAML.document(text, path: nil)
                for (item, original, error) in skipped.sorted(by: { $0.item.lines.lowerBound < $1.item.lines.lowerBound }) {
                    // The parse may have stopped past the item (an unterminated quote runs on to
                    // the end): then the item's first line is the one to name.
                    let line = error.line.flatMap { item.lines.contains($0) ? $0 : nil } ?? item.lines.lowerBound
                    log.error(path, line, "\(item.listKey)[\(original)]", "not valid YAML: \(error.summary); the item (lines \(item.lines.lowerBound)–\(item.lines.upperBound - 1)) is skipped")
                }
                return (node, indices)
            } catch let next {
                error = next
            }
        }
        return nil
    }
}

/// A fixture file to load: its path, its size on disk, and how to read its bytes (reporting to
/// the log it is given; with its path when they can be read again, so a large file's are let go).
struct FixtureFile: @unchecked Sendable {
    let path: String
    let size: Int
    let read: (IssueLog) -> ReadFile?
}

/// A fixture file's bytes, and when its text is still being checked (UTF-8 without NUL) on
/// another thread, what that check finds.
struct ReadFile {
    let source: YAMLBytes
    let problem: Deferred<String?>?
}

/// A fixture file after its check: its issues so far, its size, and its document when it is valid YAML.
struct CheckedFile: @unchecked Sendable {
    let path: String
    let issues: [FixtureIssue]
    let wasRead: Bool
    let size: Int
    let node: FixtureNode?
    /// The items its check stepped over, still to be found valid (`LateCheck`).
    let lateCheck: LateCheck?
    /// The indices, per list key, of items skipped as not valid YAML (`BrokenItem`): the readers
    /// count without them, and their issues are renumbered to the file's own counting.
    var skippedItems: [String: [Int]] = [:]
}
