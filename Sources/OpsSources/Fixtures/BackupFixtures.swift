import Foundation
import OpsModel

/// Decoders of backups, archiving, policies and restore tests.
enum BackupFixtures {
    /// Bytes from `123456`, `48GiB`, `1.5 TB`, `700MB`.
    static func bytes(_ text: String) -> Int64? {
        // Every backup set has two sizes: as written (`120GiB`, ASCII without spaces) they are
        // read from their bytes; characters and strings per size cost a large estate's load 2 %.
        var text = text
        let plain = text.withUTF8 { bytes -> Int64?? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: " ") }) else { return .none }
            var end = 0
            while end < bytes.count, bytes[end] &- UInt8(ascii: "0") < 10 || bytes[end] == UInt8(ascii: ".") { end += 1 }
            let number = DecimalNumber.plainDecimal(bytes, 0..<end)
                ?? (end == 0 ? nil : DecimalNumber.parse(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)))
            guard let number, let factor = byteFactor(UnsafeBufferPointer(rebasing: bytes[end...])) else { return .some(nil) }
            return .some(size(number * factor))
        }
        if let plain { return plain }
        var digits = ""
        var unit = ""
        for character in text where character != " " {
            if unit.isEmpty, character.isNumber || character == "." {
                digits.append(character)
            } else {
                unit.append(character)
            }
        }
        guard let number = DecimalNumber.parse(digits), number >= 0, let factor = byteFactor(unit.lowercased()) else { return nil }
        return size(number * factor)
    }

    private static func size(_ value: Double) -> Int64? {
        // Past Int64 the conversion would trap: a size that large is a typo, not a backup.
        guard value < 9.2e18 else { return nil }
        return Int64(value)
    }

    /// The factor of a unit written in ASCII, in any case.
    private static func byteFactor(_ unit: UnsafeBufferPointer<UInt8>) -> Double? {
        guard unit.count <= 3 else { return nil }
        var lowered = ""
        for byte in unit { lowered.unicodeScalars.append(Unicode.Scalar(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)) }
        return byteFactor(lowered)
    }

    private static func byteFactor(_ unit: String) -> Double? {
        switch unit {
        case "", "b": 1
        case "kb": 1e3
        case "mb": 1e6
        case "gb": 1e9
        case "tb": 1e12
        case "kib": 1024
        case "mib": 1_048_576
        case "gib": 1_073_741_824
        case "tib": 1_099_511_627_776
        default: nil
        }
    }

    private static func byteField(_ reader: NodeReader, _ key: String) -> Int64? {
        guard let text = reader.string(key, required: false) else { return nil }
        guard let value = bytes(text) else {
            reader.fail(key, "expected a size like 48GiB or 123456, got \"\(text)\"", at: reader.node(key))
            return nil
        }
        return value
    }

    static func backupSet(_ reader: NodeReader) -> BackupSet? {
        let label = reader.string("label")
        let type = reader.choice("type", BackupType.self)
        let start = reader.instant("start")
        let stop = reader.instant("stop")
        let size = byteField(reader, "size")
        let repositorySize = byteField(reader, "repositorySize")
        let prior = reader.string("prior", required: false)
        let references = reader.strings("references")
        let error = reader.bool("error", fallback: false)
        let walStart = reader.string("walStart", required: false)
        let walStop = reader.string("walStop", required: false)
        reader.finish()
        guard let label, let type, let start, let stop, !reader.failed else { return nil }
        if stop < start {
            reader.fail("stop", "is before start")
            return nil
        }
        return BackupSet(label: label, type: type, start: start, stop: stop, sizeBytes: size, repositorySizeBytes: repositorySize, prior: prior, references: references, error: error, walStart: walStart, walStop: walStop)
    }

    static func archive(_ reader: NodeReader) -> ArchiveState {
        let state = ArchiveState(
            minWAL: reader.string("min", required: false),
            maxWAL: reader.string("max", required: false),
            lastArchivedWAL: reader.string("lastArchivedWAL", required: false),
            lastArchivedTime: reader.instant("lastArchived", required: false),
            failedCount: reader.int("failedCount", required: false) ?? 0,
            lastFailedWAL: reader.string("lastFailedWAL", required: false),
            lastFailedTime: reader.instant("lastFailed", required: false),
            toolError: reader.string("toolError", required: false)
        )
        reader.finish()
        return state
    }

    static func policy(_ reader: NodeReader) -> BackupPolicy? {
        let policy = BackupPolicy(
            schedule: reader.string("schedule", required: false) ?? "",
            fullRetention: reader.int("fullRetention", required: false) ?? 2,
            encryptionRequired: reader.bool("encryption", fallback: true),
            immutable: reader.bool("immutable", fallback: false),
            offsiteCopy: reader.bool("offsite", fallback: false)
        )
        reader.finish()
        return policy
    }

    static func auxiliary(_ reader: NodeReader) -> AuxiliaryBackup? {
        let kind = reader.string("kind")
        let lastSuccess = reader.instant("lastSuccess", required: false)
        let lastAttempt = reader.instant("lastAttempt", required: false)
        let succeeded = reader.bool("succeeded", fallback: lastSuccess != nil)
        reader.finish()
        guard let kind, !reader.failed else { return nil }
        return AuxiliaryBackup(kind: kind, lastSuccess: lastSuccess, lastAttempt: lastAttempt ?? lastSuccess, succeeded: succeeded)
    }

    static func environmentBackups(_ reader: NodeReader) -> EnvironmentBackups? {
        let environmentID = reader.string("env")
        let stanza = reader.string("stanza", required: false) ?? environmentID ?? ""
        var status: StanzaStatus?
        if let statusReader = reader.nested("status") {
            let code = statusReader.int("code")
            let message = statusReader.string("message", required: false) ?? (code == 0 ? "ok" : "")
            let running = statusReader.bool("running", fallback: false)
            statusReader.finish()
            if let code { status = StanzaStatus(code: code, message: message, backupInProgress: running) }
        }
        let sets = reader.items("sets").compactMap(backupSet)
        let archive = reader.nested("archive").map(archive)
        let cipher = reader.string("cipher", required: false)
        let policy = reader.nested("policy").flatMap(policy)
        let auxiliary = reader.items("auxiliary").compactMap(auxiliary)
        let observed = reader.instant("observed", required: false)
        reader.finish()
        guard let environmentID, !reader.failed else { return nil }
        return EnvironmentBackups(environmentID: environmentID, stanza: stanza, status: status, backups: sets.sorted { $0.stop < $1.stop }, archive: archive, cipher: cipher, policy: policy, auxiliary: auxiliary, observedAt: observed)
    }

    static func restoreTest(_ reader: NodeReader) -> RestoreTest? {
        let environmentID = reader.string("env")
        let at = reader.instant("at")
        let backup = reader.string("backup", required: false) ?? ""
        let duration = reader.duration("duration")
        let result = reader.string("result", required: false) ?? "success"
        if !["success", "failed"].contains(result) {
            reader.fail("result", "expected success or failed, got \"\(result)\"", at: reader.node("result"))
        }
        let notes = reader.string("notes", required: false)
        reader.finish()
        guard let environmentID, let at, let duration, !reader.failed else { return nil }
        return RestoreTest(environmentID: environmentID, at: at, backupLabel: backup, duration: duration, succeeded: result == "success", notes: notes)
    }
}
