/// Workshop feedback as leadership may see it: in fixed blocks, never answer by answer.
///
/// The workshops that have feedback are taken in the order they were held, and whole
/// workshops are gathered into a block until it holds at least `minimum` answers, and either no
/// ratings or at least `minimum` of them. Inside a block the answers are split into cells: one
/// per department whose part alone meets the same rule, and one for the rest (anonymous answers,
/// answers from someone not on the roster, departments with too small a part). When that rest is
/// itself too small but not empty, the smallest department cells join it until it is not.
///
/// Every figure a report prints about feedback (the overall average and tags, a workshop's
/// rating, a department's) is a sum over whole cells of the blocks the report covers, and which
/// cells exist depends on the records alone, never on the report's day or filters. So any two
/// reports, and any two figures in one, differ by whole cells: subtracting one from another
/// never isolates fewer than `minimum` people.
struct FeedbackBlocks {
    struct Cell: Sendable {
        /// Nil for the rest of the block.
        var department: String?
        var answers: [Workshop.Feedback]
    }

    struct Block: Sendable {
        /// In the order held.
        var workshops: [Workshop]
        var cells: [Cell]
        /// Whether the block met the rule; the last block may still be waiting for answers.
        var isComplete: Bool

        var answers: [Workshop.Feedback] { cells.flatMap(\.answers) }
        var firstDate: CalendarDate { workshops.first?.date ?? .epoch }
        var lastDate: CalendarDate { workshops.last?.date ?? .epoch }
    }

    private(set) var blocks: [Block] = []
    let minimum: Int

    /// - Parameter departmentOf: manager id → department, for named answers.
    init(_ workshops: [Workshop], departmentOf: [String: String], minimum: Int) {
        self.minimum = minimum
        let ordered = workshops
            .filter { $0.status != .cancelled && !$0.feedback.isEmpty }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var gathering: [Workshop] = []
        for workshop in ordered {
            gathering.append(workshop)
            let answers = gathering.flatMap(\.feedback)
            if meetsRule(answers) {
                blocks.append(makeBlock(gathering, answers: answers, departmentOf: departmentOf, complete: true))
                gathering = []
            }
        }
        if !gathering.isEmpty {
            blocks.append(makeBlock(gathering, answers: gathering.flatMap(\.feedback), departmentOf: departmentOf, complete: false))
        }
    }

    /// The blocks a report for `day` may print: complete, held by `day`, and begun on or after
    /// `from`. A block that straddles `from` is left out whole.
    func released(on day: CalendarDate, from: CalendarDate? = nil) -> [Block] {
        blocks.filter { block in block.isComplete && block.lastDate <= day && (from.map { block.firstDate >= $0 } ?? true) }
    }

    /// Whether answers given by `day` wait for a block to fill up.
    func isWaiting(on day: CalendarDate) -> Bool {
        blocks.contains { !$0.isComplete && $0.firstDate <= day }
    }

    /// The released block holding `workshopID`, if the report may print it.
    func releasedBlock(holding workshopID: String, on day: CalendarDate, from: CalendarDate?) -> Block? {
        released(on: day, from: from).first { $0.workshops.contains { $0.id == workshopID } }
    }

    private func meetsRule(_ answers: [Workshop.Feedback]) -> Bool {
        let ratings = answers.filter { $0.rating != nil }.count
        return answers.count >= minimum && (ratings == 0 || ratings >= minimum)
    }

    private func makeBlock(_ workshops: [Workshop], answers: [Workshop.Feedback], departmentOf: [String: String], complete: Bool) -> Block {
        var parts: [String: [Workshop.Feedback]] = [:]
        var rest: [Workshop.Feedback] = []
        for answer in answers {
            if let department = answer.by.flatMap({ departmentOf[$0] }) {
                parts[department, default: []].append(answer)
            } else {
                rest.append(answer)
            }
        }
        for (department, part) in parts where !meetsRule(part) {
            rest += part
            parts[department] = nil
        }
        // A small rest would be the block minus the departments shown: it joins the smallest
        // of them (by answers, then name, so the choice depends on the records alone).
        var shown = parts.sorted { ($0.value.count, $0.key) < ($1.value.count, $1.key) }
        while !rest.isEmpty && !meetsRule(rest) && !shown.isEmpty {
            rest += shown.removeFirst().value
        }
        let cells = shown.sorted { $0.key < $1.key }.map { Cell(department: $0.key, answers: $0.value) }
            + (rest.isEmpty ? [] : [Cell(department: nil, answers: rest)])
        return Block(workshops: workshops, cells: cells, isComplete: complete)
    }
}
