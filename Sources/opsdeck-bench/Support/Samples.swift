/// Repeated measurements of one quantity and their summary.
struct Samples {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) {
        self.values = values
    }

    mutating func add(_ value: Double) {
        values.append(value)
    }

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    /// The middle value (mean of the two middle ones for an even count); NaN when empty.
    var median: Double { quantile(0.5) }
    /// The 90th percentile by nearest rank; NaN when empty.
    var p90: Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((0.9 * Double(sorted.count)).rounded(.up)) - 1
        return sorted[max(0, min(sorted.count - 1, rank))]
    }
    var minimum: Double { values.min() ?? .nan }
    var maximum: Double { values.max() ?? .nan }

    private func quantile(_ fraction: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let position = fraction * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Int(position.rounded(.up))
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
