import Foundation
import OpsModel

/// One stanza of `pgbackrest info --output=json`, as values.
public struct PgBackRestStanza: Sendable, Hashable {
    /// Stanza name.
    public var name: String
    /// Overall status code and message, and whether the backup lock is held (a backup or expire is running).
    public var status: StanzaStatus
    /// Backup sets, in the tool's order (oldest first).
    public var backups: [PgBackRestBackup]
    /// WAL archive bounds, one entry per database history entry and repository.
    public var archives: [PgBackRestArchive]
    /// Database history: the clusters this stanza has backed up.
    public var databases: [PgBackRestDatabase]
    /// Each repository's own status and cipher.
    public var repositories: [PgBackRestRepository]
    /// Stanza cipher: `none`, `aes-256-cbc`, or `mixed` across repositories.
    public var cipher: String?

    /// Creates a stanza value.
    public init(name: String, status: StanzaStatus, backups: [PgBackRestBackup] = [], archives: [PgBackRestArchive] = [], databases: [PgBackRestDatabase] = [], repositories: [PgBackRestRepository] = [], cipher: String? = nil) {
        self.name = name
        self.status = status
        self.backups = backups
        self.archives = archives
        self.databases = databases
        self.repositories = repositories
        self.cipher = cipher
    }

    /// The backup sets as the model sees them.
    public var backupSets: [BackupSet] { backups.map(\.set) }
}

/// One backup set with the details the model's `BackupSet` does not keep.
public struct PgBackRestBackup: Sendable, Hashable {
    /// Label, type, times, sizes, prior, references, error flag and WAL range.
    public var set: BackupSet
    /// `info.delta`: database bytes copied by this backup.
    public var deltaBytes: Int64?
    /// `info.repository.delta`: repository bytes this backup added.
    public var repositoryDeltaBytes: Int64?
    /// `database.id`: which database history entry the backup belongs to.
    public var databaseID: Int?
    /// `database.repo-key`: which repository holds it.
    public var repositoryKey: Int?
    /// `lsn.start`: WAL position where the backup began.
    public var lsnStart: String?
    /// `lsn.stop`: WAL position where the backup ended.
    public var lsnStop: String?
    /// `backrest.version` that wrote it.
    public var toolVersion: String?

    /// Creates a backup value.
    public init(set: BackupSet, deltaBytes: Int64? = nil, repositoryDeltaBytes: Int64? = nil, databaseID: Int? = nil, repositoryKey: Int? = nil, lsnStart: String? = nil, lsnStop: String? = nil, toolVersion: String? = nil) {
        self.set = set
        self.deltaBytes = deltaBytes
        self.repositoryDeltaBytes = repositoryDeltaBytes
        self.databaseID = databaseID
        self.repositoryKey = repositoryKey
        self.lsnStart = lsnStart
        self.lsnStop = lsnStop
        self.toolVersion = toolVersion
    }
}

/// WAL archive bounds for one database history entry in one repository.
public struct PgBackRestArchive: Sendable, Hashable {
    /// Archive id, e.g. `15-1` (PostgreSQL version and history id).
    public var archiveID: String?
    /// `database.id`.
    public var databaseID: Int?
    /// `database.repo-key`.
    public var repositoryKey: Int?
    /// Oldest WAL segment held; nil when none.
    public var minWAL: String?
    /// Newest WAL segment held; nil when none.
    public var maxWAL: String?

    /// Creates an archive range.
    public init(archiveID: String?, databaseID: Int?, repositoryKey: Int?, minWAL: String?, maxWAL: String?) {
        self.archiveID = archiveID
        self.databaseID = databaseID
        self.repositoryKey = repositoryKey
        self.minWAL = minWAL
        self.maxWAL = maxWAL
    }
}

/// A database history entry: the PostgreSQL cluster a stanza backed up at some point.
public struct PgBackRestDatabase: Sendable, Hashable {
    /// History id.
    public var id: Int
    /// `repo-key`.
    public var repositoryKey: Int?
    /// PostgreSQL major version, e.g. `15`.
    public var version: String?
    /// PostgreSQL system identifier.
    public var systemID: UInt64?

    /// Creates a database entry.
    public init(id: Int, repositoryKey: Int?, version: String?, systemID: UInt64?) {
        self.id = id
        self.repositoryKey = repositoryKey
        self.version = version
        self.systemID = systemID
    }
}

/// One repository's view of the stanza.
public struct PgBackRestRepository: Sendable, Hashable {
    /// Repository key (1 for `repo1`).
    public var key: Int
    /// Repository cipher.
    public var cipher: String?
    /// Status code on this repository (0–3, 6 or 99).
    public var code: Int?
    /// Status message; for code 99 the repository's actual error.
    public var message: String?

    /// Creates a repository value.
    public init(key: Int, cipher: String?, code: Int?, message: String?) {
        self.key = key
        self.cipher = cipher
        self.code = code
        self.message = message
    }
}

/// Reads `pgbackrest info --output=json`.
public enum PgBackRestInfo {
    /// Name used in parse errors.
    public static let source = "pgbackrest info"

    /// Every stanza in the output (an array, one element per stanza); unknown fields are ignored.
    public static func parse(_ data: Data) throws -> [PgBackRestStanza] {
        let documents = try JSONInput.decode([PgBackRestDocument.Stanza].self, from: data, source: source)
        return documents.map(\.value)
    }

    /// Parses text output already read as a string.
    public static func parse(_ text: String) throws -> [PgBackRestStanza] {
        try parse(Data(text.utf8))
    }
}
