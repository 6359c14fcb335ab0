import Foundation

/// `forankra report`: the leadership report, as markdown, HTML with charts, CSV or JSON.
struct ReportCommand: Command {
    enum Format: String, CaseIterable { case md, html, csv, json }

    static let spec = CommandSpec(
        name: "report",
        summary: "Leadership report: reach, APTs, departments, sections, over time, workshops, feedback, cost",
        usage: "forankra report [--format md|html|csv|json] [-o PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--department NAME] [-w DIR]",
        options: [
            .init(name: "format", valueName: "md|html|csv|json", help: "Output format (default html); csv writes one file per table into a folder"),
            .output(defaultFolder: "reports/rapport-DATE.FORMAT"),
            .init(name: "from", valueName: "YYYY-MM-DD", help: "Count workshops and APTs from this day"),
            .init(name: "to", valueName: "YYYY-MM-DD", help: "The report's day (default today)"),
            .init(name: "department", valueName: "NAME", help: "Only one department (exact name as on the roster)"),
            .force, .workspace,
        ],
        positionals: .none,
        details: "The report holds no names. A workspace with problems still reports; the problems are listed first.",
        example: "forankra report --format html -o rapport.html")

    var format: Format
    var from: CalendarDate?
    var to: CalendarDate?
    var department: String?
    var outputPath: String?
    var workspaceOption: String?
    var force: Bool

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        format = try arguments.choice("format", as: Format.self) ?? .html
        from = try arguments.date("from")
        to = try arguments.date("to")
        if let from, let to, from > to { throw UsageError.other("--from (\(from)) comes after --to (\(to))", command: Self.spec) }
        department = arguments.value("department")
        outputPath = arguments.path("output", in: context.folder)
        workspaceOption = arguments.value("workspace")
        force = arguments.flag("force")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let root = try context.workspaceRoot(workspaceOption)
        let day = to ?? context.todayInSweden
        let (records, problems, leftOut) = try context.lenientRecords(root: root, on: day, from: from, keeping: [.conclusion, .questions, .followUp])
        if let department, !records.managers.contains(where: { $0.department == department }) {
            throw ForankraError(.usage, "no department '\(department)' on the roster",
                                hint: "Departments are: " + Set(records.managers.map(\.department)).sorted().joined(separator: ", ") + ".")
        }
        if let department, DepartmentGroups.groups(records, on: day)[department] != department {
            // A department's own report is a figure about its managers, and the organisation's
            // report minus it is one about the others: both must hold the minimum group.
            let active = records.managers.filter { $0.department == department && $0.isActive(on: day) }.count
            throw ForankraError(.usage, "'\(department)' has \(active) active managers on \(day), and is shown only together with other departments (the minimum group is \(records.settings.minimumGroupSize))",
                                hint: "The whole organisation's report shows it under '\(DepartmentGroups.otherName(records.settings.language))'.")
        }
        let lexicon = try TemplateSource.find(override: nil, workspaceRoot: root, from: context.folder).themeLexicon()
        let report = ProgressReport.make(records, on: day, from: from, department: department,
                                         hourlyCost: records.settings.hourlyCost, problems: problems, leftOut: leftOut, lexicon: lexicon)
        let target = outputPath ?? "\(root)/reports/rapport-\(day)" + (format == .csv ? "" : ".\(format.rawValue)")
        switch format {
        case .md: try write(ReportMarkdown.render(report), to: target, root: root)
        case .json: try write(ReportJSON.render(report).rendered(), to: target, root: root)
        case .html: try write(ReportHTML.render(report), to: target, root: root)
        case .csv:
            var folder = OutputFolder()
            for file in ReportCSV.files(report) { folder.add(file.name, String(decoding: file.data, as: UTF8.self)) }
            try OutputTarget.checkFolder(target, files: folder.files.map(\.relativePath), workspaceRoot: root, force: force)
            try folder.write(to: target)
        }
        let l = records.settings.language
        if !problems.isEmpty {
            context.output.errorLine(l.pick(
                "Obs: underlagen har \(problems.count) fel; \(RolloutRecords.leftOut(leftOut, l)) är inte med. Kör 'forankra check'.",
                "Note: the records have \(problems.count) problems; \(RolloutRecords.leftOut(leftOut, l)) left out. Run 'forankra check'."))
        }
        context.output.line(l.pick("Skrev rapporten: ", "Wrote the report: ") + context.display(target) + (format == .csv ? "/" : ""))
        return .success
    }

    private func write(_ text: String, to path: String, root: String) throws {
        try OutputTarget.checkFile(path, workspaceRoot: root, force: force)
        try AtomicFile.makeFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        try AtomicFile.write(text, to: path)
    }
}
