import Foundation

/// What a generation wrote.
public struct GeneratedEstate: Sendable {
    /// The fixture directory.
    public var directory: URL
    /// Environments written.
    public var environments: Int
    /// Signal series written.
    public var signals: Int
    /// Total bytes of the YAML files.
    public var bytes: Int
}

/// Writes a large, realistic estate as a fixture directory in the same YAML format as the demo.
///
/// Deterministic: one spec (seed included) always produces the same bytes, so benchmark results
/// from different runs and machines describe the same data.
public enum EstateGenerator {
    /// Writes the estate of `spec` into `directory` (created if missing; its YAML files are replaced).
    public static func write(_ spec: EstateSpec, to directory: URL) throws -> GeneratedEstate {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var random = SeededRandom(seed: spec.seed)
        let (tenants, environments) = EstatePlanner.plan(spec, random: &random)
        let slots = SignalSlots.first(spec.signalsPerEnvironment)
        let components = SignalSlots.components(for: slots)
        var bytes = 0

        func file(_ name: String, _ body: (TextSink) -> Void) throws {
            let sink = try TextSink(url: directory.appendingPathComponent(name))
            body(sink)
            try sink.close()
            bytes += sink.byteCount
        }
        try file("00-estate.yaml") { EstateFile.write(spec, tenants: tenants, to: $0) }
        try file("10-environments.yaml") { EnvironmentsFile.write(environments, components: components, to: $0) }
        try file("20-signals.yaml") { SignalsFile.write(spec, environments: environments, slots: slots, random: &random, to: $0) }
        try file("30-operations.yaml") { OperationsFile.write(environments, slots: slots, to: $0) }
        try file("40-calendar.yaml") { CalendarFile.write(environments, to: $0) }
        try file("50-backups.yaml") { BackupsFile.write(environments, to: $0) }
        try RunbookFiles.write(into: directory)
        return GeneratedEstate(directory: directory, environments: environments.count, signals: environments.count * slots.count, bytes: bytes)
    }

    /// A cached copy of the estate under `cacheRoot`, generated only when absent.
    ///
    /// The folder name carries the spec and a format version, so a changed generator never
    /// reuses stale files; a marker file written last means an interrupted run is redone.
    public static func cached(_ spec: EstateSpec, under cacheRoot: URL) throws -> GeneratedEstate {
        let directory = cacheRoot.appendingPathComponent("v\(formatVersion)-\(spec.slug)")
        let marker = directory.appendingPathComponent(".complete")
        if let text = try? String(contentsOf: marker, encoding: .utf8) {
            let fields = text.split(separator: " ").compactMap { Int($0) }
            if fields.count == 3 {
                return GeneratedEstate(directory: directory, environments: fields[0], signals: fields[1], bytes: fields[2])
            }
        }
        let generated = try write(spec, to: directory)
        try "\(generated.environments) \(generated.signals) \(generated.bytes)".write(to: marker, atomically: true, encoding: .utf8)
        return generated
    }

    /// Bumped whenever the generator's output changes, invalidating cached estates.
    public static let formatVersion = 2
}
