import Foundation

/// Writes generated files in one pass: each folder made once, each file written once, no
/// temporary copies (the folder is new, so there is nothing to protect).
enum SyntheticWriter {
    static func write(_ files: [(String, String)], to folder: String) throws {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder), !existing.isEmpty {
            throw ForankraError(.cannotWrite, "the folder is not empty", path: folder,
                                hint: "Generate into a new folder; nothing here was changed.")
        }
        var made: Set<String> = []
        for (relative, text) in files {
            let path = folder + "/" + relative
            let parent = (path as NSString).deletingLastPathComponent
            if made.insert(parent).inserted {
                do {
                    try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
                } catch {
                    throw ForankraError(.cannotWrite, "cannot create the folder", path: parent)
                }
            }
            guard manager.createFile(atPath: path, contents: Data(text.utf8)) else {
                throw ForankraError(.cannotWrite, "cannot write the file", path: path)
            }
        }
    }
}
