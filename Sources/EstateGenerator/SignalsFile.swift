/// Writes `20-signals.yaml`: the catalog once, then every environment's series.
enum SignalsFile {
    static func write(_ spec: EstateSpec, environments: [EnvironmentPlan], slots: [SignalSlots.Slot], random: inout SeededRandom, to sink: TextSink) {
        sink.line("apiVersion: opsdeck/v1")
        sink.line("kind: Signals")
        sink.line("signalCatalog:")
        for kind in SignalCatalog.kinds {
            var fields = ["key: \(kind.key)", "name: \"\(kind.name)\"", "unit: \"\(kind.unit)\"",
                          "warn: \(DecimalText.format(kind.warn, decimals: 0))", "crit: \(DecimalText.format(kind.crit, decimals: 0))",
                          "direction: \(kind.lowIsBad ? "below" : "above")", "processes: [\(kind.processes.joined(separator: ", "))]"]
            if let runbook = kind.runbook { fields.append("runbook: \(runbook)") }
            sink.line("  - {" + fields.joined(separator: ", ") + "}")
        }
        sink.line("signals:")
        let kinds = slots.map { SignalCatalog.kind($0.key) }
        for environment in environments {
            for (slotIndex, slot) in slots.enumerated() {
                let kind = kinds[slotIndex]
                let trouble = slotIndex == environment.troubledSlot ? environment.trouble : 0
                let values = samples(kind, count: spec.samplesPerSignal, trouble: trouble, random: &random)
                sink.line("  - {env: \(environment.id), component: \(slot.component.id), key: \(slot.key), samples: [\(values)]}")
            }
        }
    }

    /// Comma-separated samples around the kind's typical value; in trouble, the last few climb past a threshold.
    private static func samples(_ kind: SignalKind, count: Int, trouble: Int, random: inout SeededRandom) -> String {
        var text = ""
        text.reserveCapacity(count * 6)
        let target = trouble == 2 ? kind.criticalValue : kind.warningValue
        let rampStart = max(0, count - 5)
        for index in 0..<count {
            var value = kind.typical
            if kind.typical != 0 {
                // Ratios near 100 % (cache hits) barely move; other values wander by ±10 %.
                let spread = kind.lowIsBad ? 0.004 : 0.2
                value *= 1 + (random.unit() - 0.5) * spread
                if kind.lowIsBad { value = min(value, 100) }
            }
            if trouble > 0, index >= rampStart {
                let progress = Double(index - rampStart + 1) / Double(count - rampStart)
                value += (target - value) * progress
            }
            if index > 0 { text += ", " }
            text += DecimalText.format(value, decimals: kind.decimals)
        }
        return text
    }
}
