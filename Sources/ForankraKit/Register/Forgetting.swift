import Foundation

/// `roster forget ID`: a person's name, e-mail and id replaced by a pseudonym in every file of
/// the workspace (GDPR article 17), so every figure stays as it was: the pseudonym is one
/// person, present at the same workshops and APTs.
///
/// Everything is worked out before anything is written, and the roster is written last: a run
/// stopped halfway is finished by running it again, which finds the same pseudonym.
struct Forgetting {
    struct Change: Sendable {
        var path: String
        /// Differs from `path` when the file name carries the id (an APT record).
        var newPath: String
        var text: String
    }

    let manager: Manager
    let pseudonym: Pseudonym
    private(set) var changes: [Change] = []
    /// Files where the person may still be named and a person must look: the name is shared
    /// with someone else on the roster, a calendar line folds through it, or the file is the
    /// programme itself.
    private(set) var toReview: [String] = []
    private var renames: [(old: String, new: String)] = []

    static func plan(_ managerID: String, in workspace: Workspace, today: CalendarDate, evenIfActive: Bool) throws -> Forgetting {
        let roster = try RosterStore.read(workspace)
        guard let manager = roster.manager(id: managerID) else {
            throw ForankraError(.dataError, "'\(managerID)' is not on the roster", path: "roster/chefer.md",
                                hint: "See 'forankra roster list --all' for the ids.")
        }
        guard !Pseudonym.isPseudonym(managerID) else {
            throw ForankraError(.dataError, "'\(managerID)' is already a pseudonym", path: "roster/chefer.md")
        }
        if !evenIfActive, manager.to.map({ $0 > today }) ?? true {
            throw ForankraError.data("\(managerID) is still a manager here (no end date on the roster)", path: "roster/chefer.md",
                                     line: manager.line,
                                     hint: "Forget someone once they have left: set 'Till' or import the HR export. Give --force to forget them now.")
        }
        var forgetting = Forgetting(manager: manager, pseudonym: Pseudonym.next(after: roster.managers.map(\.id)))
        let namesakes = roster.managers.filter { $0.id != managerID && $0.name.lowercased() == manager.name.lowercased() }
        let files = WorkspaceFiles.all(in: workspace.root).filter { $0 != RegisterLog.path }
        // Lists point to records by path (apt/2025/2025-03-10-bo.ek-3.md:21), so the renames
        // are known before any text is changed.
        for path in files where path.hasPrefix("apt/") {
            let text = (try? workspace.read(path)) ?? ""
            let renamed = forgetting.renamedRecord(path, text: text)
            if renamed != path { forgetting.renames.append((path, renamed)) }
        }
        for path in files {
            try forgetting.plan(path, root: workspace.root, namesakes: namesakes)
        }
        forgetting.changes.sort { ($0.path == "roster/chefer.md" ? 1 : 0, $0.path) < ($1.path == "roster/chefer.md" ? 1 : 0, $1.path) }
        return forgetting
    }

    private init(manager: Manager, pseudonym: Pseudonym) {
        self.manager = manager
        self.pseudonym = pseudonym
    }

    private var mentions: [(PersonMention, String)] {
        [(PersonMention(.email, manager.email), pseudonym.email), (PersonMention(.id, manager.id), pseudonym.id)]
    }

    private var nameMentions: [(PersonMention, String)] {
        var names = [(PersonMention(.name, manager.name), pseudonym.name)]
        let escaped = HTMLEscaping.escape(manager.name)
        if escaped != manager.name { names.append((PersonMention(.name, escaped), pseudonym.name)) }
        return names
    }

    private mutating func plan(_ path: String, root: String, namesakes: [Manager]) throws {
        guard let data = FileManager.default.contents(atPath: root + "/" + path), let original = String(data: data, encoding: .utf8) else { return }
        let name = PersonMention(.name, manager.name)
        if path.hasPrefix("programme/") {
            // The adopted programme is a published document, not ours to change.
            if mentions.contains(where: { $0.0.occurs(in: original) }) || name.occurs(in: original) { toReview.append(path) }
            return
        }
        // A calendar's lines are unfolded first, so an e-mail folded in two is found whole.
        let isCalendar = path.hasSuffix(".ics")
        let before = isCalendar ? ICalendarFolding.unfold(original) : original
        var text = path.hasSuffix(".md") ? replacingTableRows(in: before) : before
        for rename in renames { text = text.replacingOccurrences(of: rename.old, with: rename.new) }
        var unattributed = false
        if namesakes.isEmpty {
            for (mention, replacement) in nameMentions { text = mention.replacing(in: text, with: replacement) }
        } else {
            (text, unattributed) = replacingSharedName(in: text, namesakes: namesakes)
        }
        for (mention, replacement) in mentions { text = mention.replacing(in: text, with: replacement) }
        let newPath = renames.first { $0.old == path }?.new ?? path
        if text != before || newPath != path {
            changes.append(Change(path: path, newPath: newPath, text: isCalendar ? Self.folded(text) : text))
        }
        if unattributed || mentions.contains(where: { $0.0.occurs(in: text) }) { toReview.append(newPath) }
    }

    /// An APT record of the person carries the id in its name (2026-09-11-anna.lindqvist-3.md);
    /// the record's own `manager` field says it is theirs, since `anna` and `anna-b` would both
    /// match the name alone.
    private func renamedRecord(_ path: String, text: String) -> String {
        let fileName = String(path.split(separator: "/").last ?? "")
        let datePrefix = fileName.prefix(11)
        guard path.hasPrefix("apt/"), CalendarDate(iso: datePrefix.dropLast()) != nil, fileName.dropFirst(11).hasPrefix(manager.id + "-"),
              text.components(separatedBy: "\n").contains(where: { $0.trimmedOfSpaces == "manager: \(manager.id)" })
        else { return path }
        return String(path.dropLast(fileName.count)) + datePrefix + pseudonym.id + fileName.dropFirst(11 + manager.id.count)
    }

    /// A name someone else on the roster also has is replaced only on lines that also carry
    /// this person's id, e-mail or unit and nothing of the namesake's; true when some line
    /// names one of them without saying which.
    private func replacingSharedName(in text: String, namesakes: [Manager]) -> (String, Bool) {
        func markers(of person: Manager, apartFrom others: [Manager]) -> [PersonMention] {
            var found = [PersonMention(.id, person.id), PersonMention(.email, person.email)]
            if !person.unit.isEmpty, !others.contains(where: { $0.unit == person.unit }) { found.append(PersonMention(.name, person.unit)) }
            return found
        }
        let own = markers(of: manager, apartFrom: namesakes)
        let theirs = namesakes.flatMap { markers(of: $0, apartFrom: [manager]) }
        var unattributed = false
        var lines = text.components(separatedBy: "\n")
        for index in lines.indices where nameMentions.contains(where: { $0.0.occurs(in: lines[index]) }) {
            let isOwn = own.contains { $0.occurs(in: lines[index]) }
            let isTheirs = theirs.contains { $0.occurs(in: lines[index]) }
            if isOwn && !isTheirs {
                for (mention, replacement) in nameMentions { lines[index] = mention.replacing(in: lines[index], with: replacement) }
            } else if isOwn == isTheirs {
                unattributed = true
            }
        }
        return (lines.joined(separator: "\n"), unattributed)
    }

    /// Content lines folded again as forankra writes them (RFC 5545 §3.1).
    private static func folded(_ text: String) -> String {
        let ending = text.contains("\r\n") ? "\r\n" : "\n"
        return text.components(separatedBy: ending).map { line in
            line.isEmpty ? line : ICalendarFolding.fold(line).joined(separator: ending)
        }.joined(separator: ending)
    }

    /// Rows of tables with an Id column that name the person get the pseudonym's id, name and
    /// e-mail in their cells, also when someone else has the same name.
    private func replacingTableRows(in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        var columns: (id: Int, name: Int?, email: Int?)?
        for index in lines.indices {
            let line = lines[index]
            guard RecordTable.isRow(line) else {
                columns = nil
                continue
            }
            if index + 1 < lines.count, RecordTable.isSeparator(lines[index + 1]) {
                let header = RecordTable.cells(of: line).map { $0.lowercased() }
                columns = header.firstIndex(of: "id").map { id in
                    (id, header.firstIndex { ["namn", "name"].contains($0) }, header.firstIndex { ["e-post", "email", "e-mail"].contains($0) })
                }
                continue
            }
            guard let found = columns, !RecordTable.isSeparator(line) else { continue }
            var cells = RecordTable.cells(of: line)
            guard found.id < cells.count, cells[found.id] == manager.id else { continue }
            cells[found.id] = pseudonym.id
            if let name = found.name, name < cells.count { cells[name] = pseudonym.name }
            if let email = found.email, email < cells.count { cells[email] = pseudonym.email }
            let ending = line.hasSuffix("\r") ? "\r" : ""
            lines[index] = RecordTable.format(cells) + ending
        }
        return lines.joined(separator: "\n")
    }

    /// Writes every change, the roster last, and logs what was done without naming the person.
    func apply(in workspace: Workspace, today: CalendarDate) throws {
        for change in changes {
            let target = try workspace.recordPath(change.newPath)
            if change.newPath != change.path, FileManager.default.fileExists(atPath: target) {
                throw ForankraError(.cannotWrite, "a file of the pseudonym's name is already there", path: change.newPath,
                                    hint: "Move it away and run the command again.")
            }
            try AtomicFile.write(change.text, to: target)
            if change.newPath != change.path { try FileManager.default.removeItem(atPath: try workspace.recordPath(change.path)) }
        }
        try RegisterLog.append(.init(date: today, action: "roster forget", pseudonym: pseudonym.id, filesChanged: changes.count, toReview: toReview),
                               in: workspace)
    }
}
