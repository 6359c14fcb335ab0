import Foundation

/// A folder read entry by entry, keeping only the names a caller asks for.
enum FolderNames {
    /// The names in `folder` for which `keep` is true, without "." and "..". `keep` sees each
    /// name as bytes ending in a NUL, and must stop at the NUL. Nil when the folder cannot be read.
    static func names(in folder: String, keep: (UnsafePointer<UInt8>) -> Bool) -> [String]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name: String? = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { bytes in
                    guard keep(bytes) else { return nil }
                    return String(cString: bytes)
                }
            }
            if let name, name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
