import Foundation
import OpsModel

/// The JSON shapes of `pgbackrest info --output=json` (2.x), only as far as opsdeck reads them.
///
/// Fields pgBackRest adds over versions are ignored; fields it omits in some states (`error`,
/// `lock`, `archive`, `repo`) are optional so older and newer releases both read.
enum PgBackRestDocument {
    struct Stanza: Decodable {
        let name: String
        let status: Status
        let cipher: String?
        let backup: [Backup]?
        let archive: [Archive]?
        let db: [Database]?
        let repo: [Repository]?

        var value: PgBackRestStanza {
            PgBackRestStanza(
                name: name,
                status: StanzaStatus(code: status.code, message: status.message ?? "", backupInProgress: status.lock?.backup?.held ?? false),
                backups: (backup ?? []).map(\.value),
                archives: (archive ?? []).map(\.value),
                databases: (db ?? []).map(\.value),
                repositories: (repo ?? []).map(\.value),
                cipher: cipher
            )
        }
    }

    struct Status: Decodable {
        let code: Int
        let message: String?
        let lock: Lock?
    }

    struct Lock: Decodable {
        let backup: BackupLock?
    }

    struct BackupLock: Decodable {
        let held: Bool?
    }

    struct DatabaseReference: Decodable {
        let id: Int?
        let repoKey: Int?
        enum CodingKeys: String, CodingKey {
            case id
            case repoKey = "repo-key"
        }
    }

    struct Backup: Decodable {
        let label: String
        let type: BackupType
        let timestamp: Timestamps
        let info: Info?
        let prior: String?
        let reference: [String]?
        let error: Bool?
        let archive: WALRange?
        let database: DatabaseReference?
        let lsn: LSNRange?
        let backrest: Backrest?

        enum CodingKeys: String, CodingKey {
            case label, type, timestamp, info, prior, reference, error, archive, database, lsn, backrest
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            label = try container.decode(String.self, forKey: .label)
            let typeText = try container.decode(String.self, forKey: .type)
            guard let type = BackupType(rawValue: typeText) else {
                throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown backup type \"\(typeText.prefix(32))\" (expected full, diff or incr)")
            }
            self.type = type
            timestamp = try container.decode(Timestamps.self, forKey: .timestamp)
            info = try container.decodeIfPresent(Info.self, forKey: .info)
            prior = try container.decodeIfPresent(String.self, forKey: .prior)
            reference = try container.decodeIfPresent([String].self, forKey: .reference)
            // Absent in releases before the flag existed: no error reported.
            error = try container.decodeIfPresent(Bool.self, forKey: .error)
            archive = try container.decodeIfPresent(WALRange.self, forKey: .archive)
            database = try container.decodeIfPresent(DatabaseReference.self, forKey: .database)
            lsn = try container.decodeIfPresent(LSNRange.self, forKey: .lsn)
            backrest = try container.decodeIfPresent(Backrest.self, forKey: .backrest)
        }

        var value: PgBackRestBackup {
            let set = BackupSet(
                label: label, type: type,
                start: Date(timeIntervalSince1970: timestamp.start), stop: Date(timeIntervalSince1970: timestamp.stop),
                sizeBytes: info?.size, repositorySizeBytes: info?.repository?.size,
                prior: prior, references: reference ?? [], error: error ?? false,
                walStart: archive?.start, walStop: archive?.stop
            )
            return PgBackRestBackup(
                set: set, deltaBytes: info?.delta, repositoryDeltaBytes: info?.repository?.delta,
                databaseID: database?.id, repositoryKey: database?.repoKey,
                lsnStart: lsn?.start, lsnStop: lsn?.stop, toolVersion: backrest?.version
            )
        }
    }

    struct Timestamps: Decodable {
        let start: Double
        let stop: Double
    }

    struct Info: Decodable {
        let size: Int64?
        let delta: Int64?
        let repository: RepositoryInfo?
    }

    struct RepositoryInfo: Decodable {
        let size: Int64?
        let delta: Int64?
    }

    struct WALRange: Decodable {
        let start: String?
        let stop: String?
    }

    struct LSNRange: Decodable {
        let start: String?
        let stop: String?
    }

    struct Backrest: Decodable {
        let version: String?
    }

    struct Archive: Decodable {
        let id: String?
        let min: String?
        let max: String?
        let database: DatabaseReference?

        var value: PgBackRestArchive {
            PgBackRestArchive(archiveID: id, databaseID: database?.id, repositoryKey: database?.repoKey, minWAL: min, maxWAL: max)
        }
    }

    struct Database: Decodable {
        let id: Int
        let repoKey: Int?
        let version: String?
        let systemID: UInt64?
        enum CodingKeys: String, CodingKey {
            case id, version
            case repoKey = "repo-key"
            case systemID = "system-id"
        }

        var value: PgBackRestDatabase {
            PgBackRestDatabase(id: id, repositoryKey: repoKey, version: version, systemID: systemID)
        }
    }

    struct Repository: Decodable {
        let key: Int
        let cipher: String?
        let status: RepositoryStatus?

        var value: PgBackRestRepository {
            PgBackRestRepository(key: key, cipher: cipher, code: status?.code, message: status?.message)
        }
    }

    struct RepositoryStatus: Decodable {
        let code: Int?
        let message: String?
    }
}
