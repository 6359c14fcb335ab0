/// A manager on the roster. History is kept: a manager who leaves gets an end date and stays
/// on the roster, so earlier workshops and APTs still have someone to belong to.
public struct Manager: Sendable, Equatable {
    public var id: String
    public var name: String
    public var email: String
    public var department: String
    public var unit: String
    public var staff: Int?
    /// The day they became a manager here (or were first imported).
    public var from: CalendarDate?
    /// The day they left; they count from `from` up to, not including, this day.
    public var to: CalendarDate?
    /// Line in roster/chefer.md, for messages.
    public var line: Int = 0

    public func isActive(on day: CalendarDate) -> Bool {
        Self.isActive(from: from, to: to, on: day)
    }

    /// In post from `from` and until, not including, `to`.
    static func isActive(from: CalendarDate?, to: CalendarDate?, on day: CalendarDate) -> Bool {
        if let from, day < from { return false }
        if let to, day >= to { return false }
        return true
    }

    /// An id as files and the command line can carry it: lower-case a–z and digits in words
    /// joined by `.` or `-` ("anna.lindqvist", "bo-ek2"); never a path.
    /// Checked byte by byte: every APT names its manager, so this runs once per record.
    static func isValidID(_ id: String) -> Bool {
        var previousWasSeparator = true
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasSeparator = false
            case UInt8(ascii: "."), UInt8(ascii: "-"):
                if previousWasSeparator { return false }
                previousWasSeparator = true
            default:
                return false
            }
        }
        return !previousWasSeparator
    }

    /// Ids come from the e-mail's local part (anna.lindqvist@… → anna.lindqvist), else from the
    /// name; only a–z, 0–9, dots and dashes, so they are safe in file names and on the command line.
    static func baseID(email: String, name: String) -> String {
        let local = email.split(separator: "@").first.map(String.init) ?? ""
        let source = local.isEmpty ? name : local
        var id = ""
        for character in source.lowercased() {
            let folded: Character = ["å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"][character] ?? character
            if folded.isASCII && (folded.isLetter || folded.isNumber) {
                id.append(folded)
            } else if ".-_ ".contains(folded), let last = id.last, last != ".", last != "-" {
                id.append(folded == "-" ? "-" : ".")
            }
        }
        while id.hasSuffix(".") || id.hasSuffix("-") { id.removeLast() }
        return id.isEmpty ? "chef" : id
    }
}

/// roster/chefer.md: the managers as a markdown table HR can read and edit.
struct RosterFile {
    static let columns = ["Id", "Namn", "E-post", "Förvaltning", "Enhet", "Medarbetare", "Från", "Till"]

    let managers: [Manager]
    /// Where each id stands in `managers` (the first row when an id is given twice): every APT
    /// and workshop row looks its manager up, thousands of times in a large kommun.
    private let positionByID: [String: Int]

    init(managers: [Manager]) {
        self.managers = managers
        positionByID = Dictionary(managers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func manager(id: String) -> Manager? { positionByID[id].map { managers[$0] } }

    /// Refuses ids that are not on the roster, naming them all, before anything is written.
    func requireManagers(_ ids: [String]) throws {
        let unknown = ids.filter { manager(id: $0) == nil }
        guard unknown.isEmpty else {
            throw ForankraError(.dataError, "not on the roster: " + unknown.joined(separator: ", "), path: "roster/chefer.md",
                                hint: "See 'forankra roster list' for the ids.")
        }
    }

    static func read(_ text: String, path: String) throws -> RosterFile {
        try reading(text, path: path).get()
    }

    /// Every problem in the roster with its line; the managers as far as they could be read.
    static func reading(_ text: String, path: String) -> RecordReading<RosterFile> {
        let document: RecordDocument
        do {
            document = try RecordDocument(text: text, path: path)
        } catch {
            return .brokenFrontMatter(error, path: path)
        }
        func unreadable(_ message: String, line: Int, hint: String) -> RecordReading<RosterFile> {
            RecordReading(model: nil, frontMatter: document.frontMatter, problems: [.init(.missingField, message, path: path, line: line, hint: hint)])
        }
        guard let table = document.table(under: ["Chefer", "Managers"]) else {
            return unreadable("no table of managers under a '# Chefer' heading", line: 1,
                              hint: "Import the roster with 'forankra roster import FILE.csv'.")
        }
        var problems: [RecordProblem] = []
        func column(_ name: String) -> Int? { table.column([name]) }
        guard let idColumn = column("Id"), let nameColumn = column("Namn") else {
            return unreadable("the roster table needs the columns " + columns.joined(separator: ", "), line: table.headerIndex + 1,
                              hint: "Start the table with | " + columns.joined(separator: " | ") + " |.")
        }
        var managers: [Manager] = []
        // Looked up by id rather than searched: a large kommun has thousands of managers.
        var lineByID: [String: Int] = [:]
        // Each column found once, not once per row and cell.
        let columnByName = Dictionary(uniqueKeysWithValues: ["E-post", "Förvaltning", "Enhet", "Medarbetare", "Från", "Till"].map { ($0, column($0)) })
        for row in table.rows {
            func cell(_ name: String) -> String {
                guard let index = columnByName[name] ?? nil, index < row.cells.count else { return "" }
                return row.cells[index]
            }
            let line = row.index + 1
            let id = row.cells.indices.contains(idColumn) ? row.cells[idColumn] : ""
            let name = row.cells.indices.contains(nameColumn) ? row.cells[nameColumn] : ""
            if id.isEmpty || name.isEmpty {
                problems.append(.init(.missingField, "a manager row needs an id and a name", path: path, line: line, hint: "Fill in the Id and Namn columns."))
                continue
            }
            if !Manager.isValidID(id) {
                problems.append(.init(.badID, "'\(id)' is not an id forankra can use in file names", path: path, line: line))
            }
            var manager = Manager(id: id, name: name, email: cell("E-post"), department: cell("Förvaltning"), unit: cell("Enhet"), line: line)
            let staff = cell("Medarbetare")
            if !staff.isEmpty {
                if let count = Int(staff), count >= 0 { manager.staff = count } else {
                    let wording = ValueWording.notANumber(staff, key: "Medarbetare", in: 0...Int.max)
                    problems.append(.init(.badNumber, wording.message, path: path, line: line, hint: wording.hint))
                }
            }
            for (name, keyPath) in [("Från", \Manager.from), ("Till", \Manager.to)] {
                let text = cell(name)
                guard !text.isEmpty else { continue }
                if let date = CalendarDate(iso: text) { manager[keyPath: keyPath] = date } else {
                    let wording = ValueWording.notADate(text)
                    problems.append(.init(.badDate, wording.message + " (column \(name))", path: path, line: line, hint: wording.hint))
                }
            }
            if let earlier = lineByID[id] {
                problems.append(.init(.duplicateManager, "the id '\(id)' is used twice (also on line \(earlier))", path: path, line: line,
                                      hint: "Each manager needs an id of their own; add a digit to one of them."))
            }
            lineByID[id] = lineByID[id] ?? line
            managers.append(manager)
        }
        return RecordReading(model: RosterFile(managers: managers), frontMatter: document.frontMatter, problems: problems)
    }

    /// The whole file, as import writes it: settings, a heading and the table.
    func render(importedFrom source: String, on day: CalendarDate) -> String {
        var text = "---\nimported: \(day)\nsource: \(source)\n---\n\n# Chefer\n\n"
        text += "Skapad av `forankra roster import`. Du kan rätta i tabellen för hand; nästa import läser den.\n\n"
        text += RecordTable.format(Self.columns) + "\n" + "|" + String(repeating: " --- |", count: Self.columns.count) + "\n"
        for manager in managers {
            text += RecordTable.format([
                manager.id, manager.name, manager.email, manager.department, manager.unit,
                manager.staff.map(String.init) ?? "", manager.from?.description ?? "", manager.to?.description ?? "",
            ]) + "\n"
        }
        return text
    }
}
