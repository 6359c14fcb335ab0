import Foundation

/// The list forankra keeps in each output folder of the files it wrote there, so a later run
/// may replace those and only those (a CSV file cannot carry a mark of its own).
enum OutputManifest {
    static let name = ".forankra-utdata"

    /// The names listed in `folder` (a folder's name ends in `/`), or nil when there is no list.
    static func read(in folder: String) -> Set<String>? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { return nil }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }

    /// Adds the top-level names of `relativePaths` to the folder's list.
    static func record(_ relativePaths: [String], in folder: String) throws {
        var listed = read(in: folder) ?? []
        for path in relativePaths {
            let parts = path.split(separator: "/")
            guard let first = parts.first else { continue }
            listed.insert(parts.count > 1 ? first + "/" : String(first))
        }
        try AtomicFile.write(listed.sorted().joined(separator: "\n") + "\n", to: folder + "/" + name)
    }
}
