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
            // Read in place: the entry may be shorter than `d_name`'s declared 256 bytes.
            let name = withUnsafePointer(to: &entry.pointee.d_name) { field in
                field.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: field.pointee)) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
