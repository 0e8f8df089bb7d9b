import Foundation
import OpsModel

/// What a Prometheus query measures for opsdeck: the signal it feeds and how to pick its series.
public struct PrometheusSignalDefinition: Sendable, Hashable {
    public var key: String
    public var name: String
    public var unit: String
    public var environmentID: String
    public var componentID: String
    public var thresholds: Thresholds
    public var processes: [RetailProcess]
    public var runbookID: String?
    /// Age past which the latest value is `unknown` (default 3 × a 60 s refresh).
    public var staleAfter: TimeInterval
    /// Labels the series must carry (e.g. `job=odoo`); the answer must hold exactly one such series.
    public var seriesLabels: [String: String]

    /// Creates a definition.
    public init(
        key: String, name: String, unit: String, environmentID: String, componentID: String, thresholds: Thresholds,
        processes: [RetailProcess] = [], runbookID: String? = nil, staleAfter: TimeInterval = 180, seriesLabels: [String: String] = [:]
    ) {
        self.key = key
        self.name = name
        self.unit = unit
        self.environmentID = environmentID
        self.componentID = componentID
        self.thresholds = thresholds
        self.processes = processes
        self.runbookID = runbookID
        self.staleAfter = staleAfter
        self.seriesLabels = seriesLabels
    }

    /// The signal with no samples yet; mapping fills samples or an error.
    func emptySignal(error: String? = nil) -> Signal {
        Signal(key: key, name: name, unit: unit, environmentID: environmentID, componentID: componentID, thresholds: thresholds,
               samples: [], processes: processes, runbookID: runbookID, staleAfter: staleAfter, error: error)
    }

    /// `{job="odoo"}`, for messages.
    var selectorText: String {
        "{" + seriesLabels.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ",") + "}"
    }
}
