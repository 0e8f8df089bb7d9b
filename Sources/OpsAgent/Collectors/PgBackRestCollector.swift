import Foundation
import OpsModel
import OpsSources

/// Reads `pgbackrest info --output=json` (a subprocess) into one environment's backups.
struct PgBackRestCollector: Collector {
    let name: String
    let kind = "pgbackrest"
    let environmentID: String
    let stanza: String?
    let command: [String]
    let timeout: Duration

    static let defaultCommand = ["pgbackrest", "info", "--output=json"]

    func collect(now: Date, definitions: SignalDefinitions) async -> CollectorOutput {
        let base = definitions.base.backups.first { $0.environmentID == environmentID }
        switch await Subprocess.run(command, timeout: timeout) {
        case .failure(let error):
            return failed(error.description, base: base)
        case .success(let data):
            let stanzas: [PgBackRestStanza]
            do {
                stanzas = try PgBackRestInfo.parse(data)
            } catch {
                return failed("pgbackrest info: \(error)", base: base)
            }
            let wanted = stanza ?? base?.stanza
            guard let found = stanzas.first(where: { $0.name == wanted }) ?? (stanzas.count == 1 ? stanzas.first : nil) else {
                let names = stanzas.map(\.name).joined(separator: ", ")
                return failed("pgbackrest info: no stanza \(wanted ?? "(unnamed)") among [\(names)]; set stanza in the configuration", base: base)
            }
            var output = CollectorOutput()
            output.backups = [found.environmentBackups(environmentID: environmentID, policy: base?.policy, auxiliary: base?.auxiliary ?? [], observedAt: now)]
            return output
        }
    }

    /// No tool status and no sets: the verdict reads that as missing data (`unknown`), not as "no backup".
    private func failed(_ message: String, base: EnvironmentBackups?) -> CollectorOutput {
        var output = CollectorOutput(error: message, failedWhole: true)
        output.backups = [EnvironmentBackups(
            environmentID: environmentID, stanza: stanza ?? base?.stanza ?? environmentID, status: nil, backups: [],
            archive: nil, cipher: nil, policy: base?.policy, auxiliary: base?.auxiliary ?? [], observedAt: nil
        )]
        return output
    }
}
