import Foundation

/// Reads test input files from `Fixtures/` beside this source file (no bundle resources needed).
enum FixtureFiles {
    /// The directory holding the fixtures.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A fixture's bytes, by path under `Fixtures/`.
    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(path))
    }

    /// A fixture as UTF-8 text.
    static func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }

    /// 2026-11-22T11:00:00Z: the clock for judging the reference samples.
    static let now = Date(timeIntervalSince1970: 1_795_345_200)
}
