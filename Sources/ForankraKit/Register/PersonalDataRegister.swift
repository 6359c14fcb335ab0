import Foundation

/// Which files of a workspace hold personal data, what kind and why (GDPR article 30), and
/// which are older than the retention period set in `forankra.md`.
struct PersonalDataRegister {
    enum Category: CaseIterable, Sendable {
        case roster, workshops, apts, printouts, lists, log
    }

    struct Holding: Sendable {
        var category: Category
        /// Relative to the workspace, sorted.
        var files: [String]
        /// How many managers on the roster the files name.
        var people: Int
    }

    /// A record or printout older than the retention period.
    struct Expired: Sendable, Equatable {
        var path: String
        var date: CalendarDate
    }

    struct Departed: Sendable, Equatable {
        var id: String
        var left: CalendarDate
    }

    var holdings: [Holding]
    var retentionMonths: Int?
    var expired: [Expired] = []
    var departed: [Departed] = []
    var today: CalendarDate

    /// The record folders hold personal data by design and are read as records; every other
    /// file is searched for the names, e-mails and ids on the roster.
    static func make(root: String, today: CalendarDate) throws -> PersonalDataRegister {
        let check = try WorkspaceCheck.run(root: root, today: today, keeping: [])
        let managers = check.roster?.model?.managers ?? []
        let index = PersonIndex(managers)
        var named: [Category: (files: [String], people: Set<Int>)] = [:]
        func add(_ category: Category, _ path: String, _ people: Set<Int>) {
            named[category, default: ([], [])].files.append(path)
            named[category, default: ([], [])].people.formUnion(people)
        }
        if FileManager.default.fileExists(atPath: root + "/roster/chefer.md") {
            add(.roster, "roster/chefer.md", Set(managers.indices))
        }
        var position: [String: Int] = [:]
        for (index, manager) in managers.enumerated() where position[manager.id] == nil { position[manager.id] = index }
        for reading in check.workshops {
            guard let workshop = reading.model else { continue }
            let ids = workshop.participants.map(\.managerID) + workshop.feedback.compactMap(\.by)
            add(.workshops, workshop.relativePath, Set(ids.compactMap { position[$0] }))
        }
        for apt in check.apts {
            add(.apts, apt.path, Set([apt.managerID].compactMap { position[$0] }))
        }
        let records = Set(named.values.flatMap(\.files))
        for path in WorkspaceFiles.all(in: root) where !records.contains(path) && !path.hasPrefix("programme/") {
            guard let data = FileManager.default.contents(atPath: root + "/" + path), let text = String(data: data, encoding: .utf8) else { continue }
            if path == RegisterLog.path {
                add(.log, path, [])
                continue
            }
            let people = index.people(in: path.hasSuffix(".ics") ? ICalendarFolding.unfold(text) : text)
            guard !people.isEmpty else { continue }
            add(path.hasPrefix("packs/") ? .printouts : .lists, path, people)
        }
        var register = PersonalDataRegister(
            holdings: Category.allCases.compactMap { category in
                named[category].map { Holding(category: category, files: $0.files.sorted(), people: $0.people.count) }
            },
            retentionMonths: check.settings?.model?.retentionMonths, today: today)
        if let months = register.retentionMonths {
            let limit = today.adding(months: -months)
            var expired: [Expired] = []
            var workshopDates: [String: CalendarDate] = [:]
            for workshop in check.workshops.compactMap(\.model) {
                workshopDates[workshop.id] = workshop.date
                if workshop.date < limit { expired.append(Expired(path: workshop.relativePath, date: workshop.date)) }
            }
            for apt in check.apts where apt.date < limit { expired.append(Expired(path: apt.path, date: apt.date)) }
            // A workshop's printouts go with the workshop.
            for path in register.holdings.filter({ $0.category == .printouts }).flatMap(\.files) {
                let folder = path.split(separator: "/").dropFirst().first.map(String.init) ?? ""
                if let date = workshopDates[folder], date < limit { expired.append(Expired(path: path, date: date)) }
            }
            register.expired = expired.sorted { ($0.date, $0.path) < ($1.date, $1.path) }
            register.departed = managers.compactMap { manager in
                guard let left = manager.to, left < limit, !Pseudonym.isPseudonym(manager.id) else { return nil }
                return Departed(id: manager.id, left: left)
            }.sorted { ($0.left, $0.id) < ($1.left, $1.id) }
        }
        return register
    }
}

/// Every file of a workspace, relative to its root, without git's folder, hidden files and the
/// temporary files of writes in progress.
enum WorkspaceFiles {
    static func all(in root: String) -> [String] {
        var found: [String] = []
        var folders = [""]
        while let relative = folders.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    // Links out of the workspace are not followed, as no writer follows them.
                    if ContainedPath.isInside(folder + "/" + name, folder: root), folders.count < 10_000 { folders.append(path) }
                } else {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }
}
