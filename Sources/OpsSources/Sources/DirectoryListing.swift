import Foundation

/// The names in a directory, read with `opendir`: `FileManager.contentsOfDirectory` cost ~0.3 M
/// instructions a call (joining paths through generic code), twice before the demo's first frame.
public enum DirectoryListing {
    /// The names of a directory's entries but `.` and `..`, unsorted; nil when it cannot be read.
    public static func names(atPath path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
