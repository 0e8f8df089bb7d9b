import Foundation
import OpsModel

/// A reusable definition of a signal key: what it measures and when it is bad. Its traits are
/// shared by every series of the key that does not override one of them.
struct SignalDefinition {
    let key: String
    let traits: SignalTraits
}

/// Decoders of the signal catalog and the per-environment signal series.
enum SignalFixtures {
    static func definition(_ reader: NodeReader) -> SignalDefinition? {
        let key = reader.string("key")
        let name = reader.string("name", required: false)
        let unit = reader.string("unit", required: false) ?? ""
        let warn = reader.double("warn")
        let crit = reader.double("crit")
        let direction = reader.choice("direction", ThresholdDirection.self, required: false) ?? .above
        let processes = reader.choices("processes", RetailProcess.self)
        let runbook = reader.string("runbook", required: false)
        let staleAfter = reader.duration("staleAfter", required: false) ?? 180
        reader.finish()
        guard let key, let warn, let crit, !reader.failed else { return nil }
        return SignalDefinition(key: key, traits: SignalTraits(.init(
            name: name ?? key, unit: unit, thresholds: Thresholds(warn: warn, crit: crit, direction: direction),
            processes: processes, runbookID: runbook, staleAfter: staleAfter
        )))
    }

    /// One series; fields left out come from the catalog entry of its key.
    static func signal(_ reader: NodeReader, catalog: [String: SignalDefinition], pool: SamplePool) -> Signal? {
        let environmentID = reader.string("env")
        let componentID = reader.string("component")
        let key = reader.string("key")
        let definition = key.flatMap { catalog[$0] }
        let defaults = definition?.traits.values
        if let key, definition == nil, reader.node("warn") == nil {
            reader.fail("key", "\"\(key)\" is not in the signal catalog and has no thresholds of its own", at: reader.node("key"))
        }
        let name = reader.string("name", required: false) ?? defaults?.name ?? key ?? ""
        let unit = reader.string("unit", required: false) ?? defaults?.unit ?? ""
        let warn = reader.double("warn", required: false) ?? defaults?.thresholds.warn
        let crit = reader.double("crit", required: false) ?? defaults?.thresholds.crit
        let direction = reader.choice("direction", ThresholdDirection.self, required: false) ?? defaults?.thresholds.direction ?? .above
        let ownProcesses = reader.choices("processes", RetailProcess.self)
        let runbook = reader.string("runbook", required: false) ?? defaults?.runbookID
        let staleAfter = reader.duration("staleAfter", required: false) ?? defaults?.staleAfter ?? 180
        let sampleValues = reader.doubles("samples")
        let interval = reader.duration("interval", required: false) ?? 60
        let last = reader.instant("last", required: false) ?? reader.anchor
        let error = reader.string("error", required: false)
        reader.finish()
        guard let environmentID, let componentID, let key, let warn, let crit, !reader.failed else { return nil }
        let samples = SampleSeries(values: sampleValues, newest: last, step: interval, pool: pool)
        let processes = ownProcesses.isEmpty ? (defaults?.processes ?? []) : ownProcesses
        let thresholds = Thresholds(warn: warn, crit: crit, direction: direction)
        let traitValues = SignalTraits.Values(name: name, unit: unit, thresholds: thresholds, processes: processes, runbookID: runbook, staleAfter: staleAfter)
        let traits = definition.flatMap { $0.traits.values == traitValues ? $0.traits : nil } ?? SignalTraits(traitValues)
        // The catalog's copy of the key and its traits: one of each for every series of a key.
        return Signal(key: definition?.key ?? key, environmentID: environmentID, componentID: componentID, traits: traits, samples: samples, error: error)
    }
}
