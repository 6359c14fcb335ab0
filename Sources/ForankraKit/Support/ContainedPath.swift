import Foundation

/// Paths with their links resolved, so a check of where a file goes is a check of where its
/// bytes land.
enum ContainedPath {
    /// The real path of `path`: the longest part of it that exists, with every link resolved,
    /// and the rest as written.
    static func real(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var tail: [String] = []
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
            tail.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        var resolved = url.path
        if let pointer = realpath(url.path, nil) {
            resolved = String(cString: pointer)
            free(pointer)
        }
        let joined = ([resolved == "/" ? "" : resolved] + tail).joined(separator: "/")
        return joined.isEmpty ? "/" : joined
    }

    /// Whether `path` lands inside `folder` once links are followed.
    static func isInside(_ path: String, folder: String) -> Bool {
        let realFolder = real(folder)
        let realPath = real(path)
        return realPath == realFolder || realPath.hasPrefix(realFolder + "/")
    }
}
