import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, are flushed to the disk, and the file is renamed over the target (rename is
/// atomic within one file system); then the folder is flushed, so the rename itself survives a
/// power cut. A temporary file is named `.NAME.forankra-tmp-PID-N`: a write that was killed
/// leaves one behind, `check` names it, and the next write of the same file removes it.
public enum AtomicFile {
    static let temporaryMarker = ".forankra-tmp-"

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// `folderNames`: the folder's names when the caller has just listed it, so a folder of
    /// tens of thousands of records is not listed a second time to find a killed write's debris.
    public static func write(_ data: Data, to path: String, folderNames: [String]? = nil) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        removeLeftovers(of: url.lastPathComponent, in: folder, names: folderNames)
        let temporary = folder + "/" + temporaryName(for: url.lastPathComponent)
        do {
            try writeFlushed(data, to: temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ForankraError(.cannotWrite, "cannot write here", path: path, hint: "Check that the folder exists and that you may write to it.")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw ForankraError(.cannotWrite, "cannot write here (\(reason))", path: path)
        }
        flushFolder(folder)
    }

    /// `.NAME.forankra-tmp-PID-N`: hidden, and recognisable as ours and as whose.
    static func temporaryName(for name: String) -> String {
        "." + name + temporaryMarker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// The process that left a temporary file, from its name; nil for other files.
    static func writer(ofTemporary name: String) -> pid_t? {
        guard let range = name.range(of: temporaryMarker) else { return nil }
        let rest = name[range.upperBound...]
        return rest.split(separator: "-").first.flatMap { pid_t($0) }
    }

    /// Whether a temporary file's writer is gone, so the file is debris and not a write in progress.
    static func isLeftover(_ name: String) -> Bool {
        guard let pid = writer(ofTemporary: name) else { return false }
        return pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Temporary files an earlier, killed write of `name` left in `folder`.
    static func removeLeftovers(of name: String, in folder: String, names listed: [String]? = nil) {
        guard let names = listed ?? (try? FileManager.default.contentsOfDirectory(atPath: folder)) else { return }
        for other in names where other.hasPrefix("." + name + temporaryMarker) && isLeftover(other) {
            try? FileManager.default.removeItem(atPath: folder + "/" + other)
        }
    }

    private static func writeFlushed(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ForankraError(.cannotWrite, String(cString: strerror(errno)), path: path) }
        defer { close(descriptor) }
        if let failure = writeAll(data, to: descriptor) { throw ForankraError(.cannotWrite, String(cString: strerror(failure)), path: path) }
        guard fsync(descriptor) == 0 else { throw ForankraError(.cannotWrite, String(cString: strerror(errno)), path: path) }
    }

    /// Writes every byte to an open file, going on after an interrupted write; the error
    /// number when it fails.
    static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// Flushes a folder's entries, so a rename into it is on the disk.
    static func flushFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Creates `path` and any missing parents, or says why it cannot.
    public static func makeFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { return }
            throw ForankraError(.cannotWrite, "a file is in the way of the output folder", path: path)
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ForankraError(.cannotWrite, "cannot create the folder", path: path, hint: "Check that you may write to the parent folder, or choose another with -o.")
        }
    }
}
