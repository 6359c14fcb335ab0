import Foundation

/// One writer at a time: a lock file naming the process that holds it. A second writer waits a
/// few seconds, then says who holds the lock and gives up (exit 75), so two HR people running
/// commands at once can never lose each other's changes.
final class WorkspaceLock {
    static let fileName = ".forankra.lock"
    let path: String
    private var held = false

    private init(path: String) {
        self.path = path
    }

    /// Waits up to `timeout` seconds for the lock.
    static func acquire(root: String, command: String, timeout: TimeInterval = 5) throws -> WorkspaceLock {
        let lock = WorkspaceLock(path: root + "/" + fileName)
        let deadline = Date().addingTimeInterval(timeout)
        let identity = "pid \(ProcessInfo.processInfo.processIdentifier) on \(ProcessInfo.processInfo.hostName), \(command)\n"
        while true {
            let descriptor = open(lock.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor >= 0 {
                _ = identity.withCString { write(descriptor, $0, strlen($0)) }
                close(descriptor)
                lock.held = true
                return lock
            }
            guard errno == EEXIST else {
                throw ForankraError(.cannotWrite, "cannot create the workspace lock (\(String(cString: strerror(errno))))", path: lock.path)
            }
            if lock.removeIfStale() { continue }
            if Date() >= deadline {
                let holder = (try? String(contentsOfFile: lock.path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "another process"
                throw ForankraError(
                    .busy, "the workspace is busy: \(holder) is writing to it",
                    path: root, hint: "Try again in a moment. If no forankra command is running, remove \(fileName).")
            }
            usleep(20_000)
        }
    }

    /// A lock left by a process on this machine that no longer runs is removed.
    private func removeIfStale() -> Bool {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        let words = text.split(separator: " ")
        guard words.count >= 4, words[0] == "pid", let pid = Int32(words[1]),
              String(words[3]).trimmingCharacters(in: CharacterSet(charactersIn: ",\n")) == ProcessInfo.processInfo.hostName
        else { return false }
        if kill(pid, 0) == 0 || errno == EPERM { return false }
        return unlink(path) == 0
    }

    func release() {
        guard held else { return }
        unlink(path)
        held = false
    }

    deinit { release() }
}
