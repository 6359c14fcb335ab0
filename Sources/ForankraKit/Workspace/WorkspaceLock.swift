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
        // The identity is written to a file of our own first and then linked into place (link
        // fails if the lock exists), so the lock file is never empty: creating it empty and then
        // writing left, when the process was killed in between, a lock nobody could name or take over.
        let staged = lock.path + ".\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        // Written plainly, not through an atomic write: the staged file is ours alone until it
        // is linked, and a flush to the disk would only slow every write down.
        let descriptor = open(staged, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ForankraError(.cannotWrite, "cannot create the workspace lock (\(String(cString: strerror(errno))))", path: lock.path)
        }
        let failure = AtomicFile.writeAll(Data(identity.utf8), to: descriptor)
        close(descriptor)
        guard failure == nil else {
            unlink(staged)
            throw ForankraError(.cannotWrite, "cannot create the workspace lock", path: lock.path)
        }
        defer { unlink(staged) }
        while true {
            let failure = lock.create(from: staged, identity: identity)
            if failure == 0 {
                lock.held = true
                return lock
            }
            guard failure == EEXIST else {
                throw ForankraError(.cannotWrite, "cannot create the workspace lock (\(String(cString: strerror(failure))))", path: lock.path)
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

    /// 0 when the lock file now names us, else the errno. A file system without hard links
    /// (some network shares) gets the lock created exclusively and then written.
    private func create(from staged: String, identity: String) -> Int32 {
        if link(staged, path) == 0 { return 0 }
        let failure = errno
        guard failure == EPERM || failure == ENOTSUP || failure == EOPNOTSUPP else { return failure }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { return errno }
        _ = identity.withCString { write(descriptor, $0, strlen($0)) }
        close(descriptor)
        return 0
    }

    /// A lock left by a process on this machine that no longer runs is removed. Two writers
    /// may find the same stale lock; the second must not remove the lock the first has just
    /// made, so removal happens under a guard file and only after reading the lock again.
    private func removeIfStale() -> Bool {
        guard isStale() else { return false }
        let guardPath = path + ".takeover"
        let descriptor = open(guardPath, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            // Another writer is taking over. A guard older than ten seconds was left by a writer
            // killed in these few lines.
            if let made = (try? FileManager.default.attributesOfItem(atPath: guardPath))?[.modificationDate] as? Date,
               Date().timeIntervalSince(made) > 10 {
                unlink(guardPath)
            }
            return false
        }
        close(descriptor)
        defer { unlink(guardPath) }
        return isStale() && unlink(path) == 0
    }

    /// The lock names a process on this machine that no longer runs.
    private func isStale() -> Bool {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        let words = text.split(separator: " ")
        guard words.count >= 4, words[0] == "pid", let pid = Int32(words[1]),
              String(words[3]).trimmingCharacters(in: CharacterSet(charactersIn: ",\n")) == ProcessInfo.processInfo.hostName
        else { return false }
        return kill(pid, 0) != 0 && errno != EPERM
    }

    func release() {
        guard held else { return }
        unlink(path)
        held = false
    }

    deinit { release() }
}
