/// Writes `50-backups.yaml`: pgBackRest stanzas for every environment, restore tests for core production.
enum BackupsFile {
    static func write(_ environments: [EnvironmentPlan], to sink: TextSink) {
        sink.line("apiVersion: opsdeck/v1")
        sink.line("kind: Backups")
        sink.line("backups:")
        for (index, environment) in environments.enumerated() {
            let stamp = DecimalText.padded(index, width: 6)
            if environment.isProduction {
                let full = "20261122-0100\(stamp.suffix(2))F"
                let diff = "\(full)_20261126-010001D"
                sink.line("""
                  - env: \(environment.id)
                    stanza: \(environment.namespace)
                    status: {code: 0, message: ok}
                    cipher: aes-256-cbc
                    policy: {schedule: "full Sun 01:00, diff daily 01:00, incr hourly", fullRetention: 2, encryption: true, immutable: true, offsite: true}
                    sets:
                      - {label: \(full), type: full, start: now-4d22h, stop: now-4d21h, size: 120GiB, repositorySize: 30GiB}
                      - {label: \(diff), type: diff, start: now-22h, stop: now-21h40m, size: 121GiB, repositorySize: 3GiB, prior: \(full), references: [\(full)]}
                      - {label: \(full)_20261127-080001I, type: incr, start: now-55m, stop: now-50m, size: 121GiB, repositorySize: 400MiB, prior: \(diff), references: [\(full), \(diff)]}
                    archive: {lastArchivedWAL: 0000000100000\(stamp)000000A1, lastArchived: now-1m, failedCount: 0}
                    auxiliary:
                      - {kind: filestore, lastSuccess: now-50m}
                    observed: now-30s
                """)
            } else {
                sink.line("""
                  - env: \(environment.id)
                    stanza: \(environment.namespace)
                    status: {code: 0, message: ok}
                    cipher: aes-256-cbc
                    policy: {schedule: "full nightly 02:00", fullRetention: 1}
                    sets:
                      - {label: 20261127-0200\(stamp.suffix(2))F, type: full, start: now-7h, stop: now-6h40m, size: 40GiB, repositorySize: 10GiB}
                    observed: now-1m
                """)
            }
        }
        let tested = environments.filter { $0.isCore && $0.stage == "production" }
        sink.line(tested.isEmpty ? "restoreTests: []" : "restoreTests:")
        for environment in tested {
            sink.line("  - {env: \(environment.id), at: now-12d, backup: 20261115-010001F, duration: 40m, result: success}")
        }
    }
}
