import Foundation

/// A set of generated files written together: all of them land, or none does.
///
/// Everything is first written into a hidden staging folder beside the target; only when every
/// file is complete are they renamed into place. A failure leaves the target as it was.
public struct OutputFolder {
    /// What goes into a file. Text stays text until it is written: a copy of it as bytes beside
    /// it doubled the memory of a folder of a thousand sheets.
    public enum Contents {
        case text(String)
        case bytes(Data)
    }

    public private(set) var files: [(relativePath: String, contents: Contents)] = []

    public init() {}

    public mutating func add(_ relativePath: String, _ contents: String) {
        files.append((relativePath, .text(contents)))
    }

    /// A file copied as it is, such as a Word or PDF programme.
    public mutating func add(_ relativePath: String, data: Data) {
        files.append((relativePath, .bytes(data)))
    }

    /// Writes every file under `root` and returns their paths, sorted, relative to `root`.
    @discardableResult
    public func write(to root: String) throws -> [String] {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        let parent = rootURL.deletingLastPathComponent().path
        try AtomicFile.makeFolder(parent)
        AtomicFile.removeLeftovers(of: rootURL.lastPathComponent, in: parent)
        let staging = parent + "/" + AtomicFile.temporaryName(for: rootURL.lastPathComponent)
        defer { try? FileManager.default.removeItem(atPath: staging) }
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw ForankraError(.cannotWrite, "cannot write in this folder", path: parent, hint: "Choose an output folder you may write to, with -o.")
        }
        // Folders made once each: `sheets --all` on a long programme writes thousands of files.
        var made: Set<String> = [staging]
        for file in files {
            let target = staging + "/" + file.relativePath
            let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
            if made.insert(folder).inserted { try AtomicFile.makeFolder(folder) }
            guard Self.create(target, file.contents) else {
                throw ForankraError(.cannotWrite, "cannot write the file", path: root + "/" + file.relativePath)
            }
        }
        try AtomicFile.makeFolder(rootURL.path)
        // Check every place before moving anything in: a file where a folder must go (or the
        // reverse) used to fail halfway, after earlier files had already replaced the old ones.
        for file in files {
            try Self.checkPlace(for: file.relativePath, in: rootURL.path)
        }
        var placed: Set<String> = [rootURL.path]
        for file in files {
            let target = rootURL.path + "/" + file.relativePath
            let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
            if placed.insert(folder).inserted { try AtomicFile.makeFolder(folder) }
            if rename(staging + "/" + file.relativePath, target) != 0 {
                throw ForankraError(.cannotWrite, "cannot write the file (\(String(cString: strerror(errno))))", path: target)
            }
        }
        try OutputManifest.record(files.map(\.relativePath), in: rootURL.path)
        AtomicFile.flushFolder(rootURL.path)
        return files.map(\.relativePath).sorted()
    }

    /// A new file in the staging folder, written directly: the folder as a whole is what is
    /// moved into place, so each file needs no temporary copy of its own.
    private static func create(_ path: String, _ contents: Contents) -> Bool {
        // Read and write for all, less the umask: what Foundation's createFile gave.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        switch contents {
        case .text(var text):
            return text.withUTF8 { AtomicFile.writeAll(UnsafeRawBufferPointer($0), to: descriptor) } == nil
        case .bytes(let data):
            return AtomicFile.writeAll(data, to: descriptor) == nil
        }
    }

    /// Throws if something already under `root` would stop `relativePath` from being written.
    private static func checkPlace(for relativePath: String, in root: String) throws {
        let parts = relativePath.split(separator: "/")
        var path = root
        for (index, part) in parts.enumerated() {
            path += "/" + part
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
            let isFile = index == parts.count - 1
            if isFolder.boolValue == isFile {
                throw ForankraError(
                    .cannotWrite, isFile ? "a folder is in the way of the file" : "a file is in the way of the output folder", path: path)
            }
        }
    }
}
