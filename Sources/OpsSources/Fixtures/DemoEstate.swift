import Foundation

/// The demo estate bundled with opsdeck: the default when no source is given.
public enum DemoEstate {
    /// The directory holding the demo estate's fixture files, or nil if the bundle is missing.
    public static var directory: URL? {
        besideExecutable ?? Bundle.module.url(forResource: "DemoEstate", withExtension: nil)
    }

    /// The resources SwiftPM puts next to a built binary, found without `Bundle`: making the
    /// module's bundle creates a CFBundle and searches its localisations (~1.9 M instructions
    /// on the way to the first frame). `Bundle.module` looks in the same place first.
    private static var besideExecutable: URL? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let executable = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
            .appendingPathComponent("opsdeck_OpsSources.resources").appendingPathComponent("DemoEstate")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return directory
    }
}
