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
        return SignalDefinition(key: key, traits: SignalTraits(
            name: name ?? key, unit: unit, thresholds: Thresholds(warn: warn, crit: crit, direction: direction),
            processes: processes, runbookID: runbook, staleAfter: staleAfter
        ))
    }

    /// One series; fields left out come from the catalog entry of its key.
    static func signal(_ reader: NodeReader, catalog: [String: SignalDefinition], pool: SamplePool) -> Signal? {
        let environmentID = reader.string("env")
        let componentID = reader.string("component")
        let key = reader.string("key")
        let definition = key.flatMap { catalog[$0] }
        if let key, definition == nil, reader.node("warn") == nil {
            reader.fail("key", "\"\(key)\" is not in the signal catalog and has no thresholds of its own", at: reader.node("key"))
        }
        let name = reader.string("name", required: false) ?? definition?.traits.name ?? key ?? ""
        let unit = reader.string("unit", required: false) ?? definition?.traits.unit ?? ""
        let warn = reader.double("warn", required: false) ?? definition?.traits.thresholds.warn
        let crit = reader.double("crit", required: false) ?? definition?.traits.thresholds.crit
        let direction = reader.choice("direction", ThresholdDirection.self, required: false) ?? definition?.traits.thresholds.direction ?? .above
        let ownProcesses = reader.choices("processes", RetailProcess.self)
        let runbook = reader.string("runbook", required: false) ?? definition?.traits.runbookID
        let staleAfter = reader.duration("staleAfter", required: false) ?? definition?.traits.staleAfter ?? 180
        let values = reader.doubles("samples")
        let interval = reader.duration("interval", required: false) ?? 60
        let last = reader.instant("last", required: false) ?? reader.anchor
        let error = reader.string("error", required: false)
        reader.finish()
        guard let environmentID, let componentID, let key, let warn, let crit, !reader.failed else { return nil }
        let samples = SampleSeries(values: values, newest: last, step: interval, pool: pool)
        let processes = ownProcesses.isEmpty ? (definition?.traits.processes ?? []) : ownProcesses
        let thresholds = Thresholds(warn: warn, crit: crit, direction: direction)
        let traits: SignalTraits
        if let shared = definition?.traits, shared.name == name, shared.unit == unit, shared.thresholds == thresholds,
           shared.processes == processes, shared.runbookID == runbook, shared.staleAfter == staleAfter {
            traits = shared
        } else {
            traits = SignalTraits(name: name, unit: unit, thresholds: thresholds, processes: processes, runbookID: runbook, staleAfter: staleAfter)
        }
        // The catalog's copy of the key and its traits: one of each for every series of a key.
        return Signal(key: definition?.key ?? key, environmentID: environmentID, componentID: componentID, traits: traits, samples: samples, error: error)
    }
}
