import Foundation

/// A made-up municipality as a forankra workspace, for benchmarks and tests: settings, the
/// programme, a roster, workshops with attendance and feedback, and APT records, all drawn
/// from one seed. The same size and seed give the same bytes on every machine.
public enum SyntheticMunicipality {
    /// What was generated, in numbers.
    public struct Summary: Sendable, Equatable {
        public var managers: Int
        public var staff: Int
        public var workshops: Int
        public var apts: Int
        public var files: Int

        public var records: Int { managers + workshops + apts }
    }

    /// Writes the workspace into `folder`, which must not exist yet or be empty.
    @discardableResult
    public static func write(size: Size, seed: UInt64, programmeText: String, to folder: String) throws -> Summary {
        let contents = try make(size: size, seed: seed, programmeText: programmeText)
        try SyntheticWriter.write(contents.files, to: folder)
        return contents.summary
    }

    /// Every file of the workspace (path relative to it, text) and what they add up to.
    static func make(size: Size, seed: UInt64, programmeText: String) throws -> (files: [(String, String)], summary: Summary) {
        let programme = ProgrammeReader.read(text: programmeText, path: programmePath)
        let sections = programme.children(of: nil).map(\.id)
        guard !sections.isEmpty else {
            throw ForankraError.data("the programme has no sections to hold APTs on", path: programmePath, line: 1)
        }
        let timeline = SyntheticTimeline.standard
        var rng = SeededGenerator(seed: seed)
        let roster = SyntheticRoster.make(size, timeline: timeline, rng: &rng)
        let workshops = SyntheticWorkshops.make(size, managers: roster.managers, sections: sections, timeline: timeline, rng: &rng)
        let apts = SyntheticApts.make(size, managers: roster.managers, sections: sections, timeline: timeline, rng: &rng)

        var files: [(String, String)] = [
            (Workspace.settingsFile, settingsText(timeline)),
            (programmePath, programmeText),
            ("roster/chefer.md", RosterFile(managers: roster.managers).render(importedFrom: "chefer.csv", on: timeline.start)),
        ]
        files += workshops.map { ($0.relativePath, workshopText($0)) }
        let titles = Dictionary(uniqueKeysWithValues: sections.map { ($0, programme.section(id: $0)?.numberedTitle ?? $0) })
        files += apts.map { entry in
            (entry.record.path, AptFile.render(entry.record, sectionTitles: entry.record.sections.map { titles[$0] ?? $0 }, recorded: entry.recorded))
        }
        let summary = Summary(managers: roster.managers.count, staff: roster.managers.reduce(0) { $0 + ($1.staff ?? 0) },
                              workshops: workshops.count, apts: apts.count, files: files.count)
        return (files, summary)
    }

    static let programmePath = "programme/personalpolitiskt-program.md"

    /// A workshop file laid out as `workshop new` and `workshop feedback` leave it.
    static func workshopText(_ workshop: Workshop) -> String {
        WorkshopFile.render(workshop, language: .sv)
    }

    static func settingsText(_ timeline: SyntheticTimeline) -> String {
        """
        ---
        organisation: \(SyntheticNames.organisation)
        programme: \(programmePath)
        language: sv
        apt_minutes: 30
        minimum_group_size: 5
        rollout_start: \(timeline.start)
        rollout_target: \(timeline.target)
        ---

        # Införandet av programmet i \(SyntheticNames.organisation)

        En påhittad kommun, skapad av `forankra-bench generate` för prestandamätningar och tester.
        Alla namn, enheter och händelser är slumpade.

        """
    }
}
