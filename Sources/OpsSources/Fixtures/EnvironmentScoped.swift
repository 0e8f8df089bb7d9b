import OpsModel

/// An item that belongs to one environment, named by its id. A protocol, not a key path: each
/// key path was made at run time on every load (~0.6 M instructions on the demo's way to its
/// first frame, callgrind).
protocol EnvironmentScoped {
    var environmentID: String { get set }
}

extension Signal: EnvironmentScoped {}
extension Change: EnvironmentScoped {}
extension Incident: EnvironmentScoped {}
extension Alert: EnvironmentScoped {}
extension Approval: EnvironmentScoped {}
extension PlannedRelease: EnvironmentScoped {}
extension EnvironmentBackups: EnvironmentScoped {}
extension RestoreTest: EnvironmentScoped {}
