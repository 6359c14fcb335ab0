import Foundation

/// Writes generated files in one pass: each folder made once, each file written once, no
/// temporary copies (the folder is new, so there is nothing to protect; O_EXCL makes sure).
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
            try writeFile(text, to: path)
        }
    }

    /// Plain open–write–close: `FileManager.createFile` writes atomically through a temporary
    /// file, which costs a rename per file and, at 25 000 files, seconds.
    private static func writeFile(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw ForankraError(.cannotWrite, "cannot create the file (\(String(cString: strerror(errno))))", path: path)
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            guard count > 0 else {
                throw ForankraError(.cannotWrite, "cannot write the file (\(String(cString: strerror(errno))))", path: path)
            }
            written += count
        }
    }
}
