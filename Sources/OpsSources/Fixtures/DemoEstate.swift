import Foundation

/// The demo estate bundled with opsdeck: the default when no source is given.
public enum DemoEstate {
    /// The directory holding the demo estate's fixture files, or nil if the bundle is missing.
    public static var directory: URL? {
        Bundle.module.url(forResource: "DemoEstate", withExtension: nil)
    }
}
