/// A comparison of two programme versions as HR reads it before telling the workplaces what
/// changed: what is new, changed and gone first, with the sentences themselves; what only got
/// a new number last, since nobody has to take it up again.
enum ProgrammeDiffText {
    static func render(_ diff: ProgrammeDiff, oldPath: String, newPath: String, language: Language) -> String {
        var lines: [String] = []
        let old = diff.oldProgramme, new = diff.newProgramme
        lines.append(language.pick("Förra versionen: ", "Previous version: ") + "\(oldPath) (\(old.title), \(sectionCount(old, language)))")
        lines.append(language.pick("Nya versionen:   ", "New version:      ") + "\(newPath) (\(new.title), \(sectionCount(new, language)))")
        lines.append("")
        lines.append(summary(diff, language))

        if !diff.metadataChanges.isEmpty {
            lines.append("")
            lines.append(language.pick("Ändrat i uppgifterna om programmet", "Changed in the programme's details"))
            for change in diff.metadataChanges {
                let none = language.pick("(saknas)", "(none)")
                lines.append("  \(change.key): \(change.old ?? none) → \(change.new ?? none)")
            }
        }

        /// A part with its heading and count, left out when it would be empty.
        func part(_ heading: String, _ entries: [ProgrammeDiff.Entry], _ linesOf: (ProgrammeDiff.Entry) -> [String]) {
            guard !entries.isEmpty else { return }
            lines += ["", heading + " (\(entries.count))"]
            for entry in entries { lines += linesOf(entry) }
        }
        let changed = diff.entries(.changed)
        part(language.pick("Ändrade avsnitt", "Changed sections"), changed) { entry in
            (entry.new?.id == changed.first?.new?.id ? [] : [""]) + changedSection(entry, language)
        }
        part(language.pick("Nya avsnitt", "New sections"), diff.entries(.added)) { entry in
            guard let section = entry.new else { return [] }
            let sentences = SectionText.sentences(of: section)
            return ["  \(section.numberedTitle)"] + (sentences.first.map { ["    ”\($0)”" + (sentences.count > 1 ? " …" : "")] } ?? [])
        }
        part(language.pick("Borttagna avsnitt", "Removed sections"), diff.entries(.removed)) { entry in
            entry.old.map { ["  \($0.numberedTitle)" + language.pick(" (i förra versionen)", " (in the previous version)")] } ?? []
        }
        part(language.pick("Flyttade avsnitt", "Moved sections"), diff.entries.filter(\.moved)) { entry in
            ["  " + movedLine(entry, diff: diff, language)]
        }
        part(language.pick("Nytt nummer, samma text", "New number, same text"),
             diff.entries.filter { $0.renumbered && !$0.moved && $0.status == .same }) { entry in
            guard let old = entry.old, let new = entry.new else { return [] }
            return ["  \(old.id) → \(new.id) \(new.title)"]
        }
        let unchanged = diff.entries.filter { $0.status == .same && !$0.renumbered && !$0.moved }.compactMap(\.new)
        if !unchanged.isEmpty {
            // Unnumbered subheadings ("För chefer innebär det") repeat; they are counted, not listed.
            let numbered = unchanged.filter(\.hasOwnNumber).map(\.id)
            let unnumbered = unchanged.count - numbered.count
            var list = numbered.isEmpty ? "" : language.pick("avsnitt ", "sections ") + listed(numbered, language)
            if unnumbered > 0 {
                let more = language.pick("\(unnumbered == 1 ? "en underrubrik" : Language.sv.numberWord(unnumbered) + " underrubriker") utan nummer",
                                         "\(unnumbered == 1 ? "one unnumbered subheading" : Language.en.numberWord(unnumbered) + " unnumbered subheadings")")
                list += list.isEmpty ? more : language.pick(" samt ", " and ") + more
            }
            lines.append("")
            lines.append(language.pick("Oförändrade", "Unchanged") + " (\(unchanged.count)): " + list)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func summary(_ diff: ProgrammeDiff, _ language: Language) -> String {
        let changed = diff.entries(.changed).count, added = diff.entries(.added).count, removed = diff.entries(.removed).count
        let same = diff.entries(.same)
        let moved = same.filter(\.moved).count
        let renumbered = same.filter { $0.renumbered && !$0.moved }.count
        if changed + added + removed + moved + renumbered == 0 && diff.metadataChanges.isEmpty {
            return language.pick("Versionerna har samma avsnitt med samma text.", "The versions have the same sections with the same text.")
        }
        var parts: [String] = []
        if renumbered > 0 { parts.append(language.pick("\(renumbered) med nytt nummer", "\(renumbered) renumbered")) }
        if moved > 0 { parts.append(language.pick("\(moved) \(moved == 1 ? "flyttat" : "flyttade")", "\(moved) moved")) }
        let detail = parts.isEmpty ? "" : language.pick(" (varav ", " (") + parts.joined(separator: language.pick(" och ", " and ")) + ")"
        var text = language.pick(
            "Nya versionen har \(diff.newProgramme.sections.count) rubriker (avsnitt och underavsnitt): \(changed) \(changed == 1 ? "ändrat" : "ändrade"), \(added) \(added == 1 ? "nytt" : "nya") och \(same.count) med samma text\(detail).",
            "The new version has \(diff.newProgramme.sections.count) headings (sections and subsections): \(changed) changed, \(added) new and \(same.count) with the same text\(detail).")
        if removed > 0 {
            text += language.pick(removed == 1 ? " 1 rubrik i förra versionen finns inte kvar." : " \(removed) rubriker i förra versionen finns inte kvar.",
                                  removed == 1 ? " 1 heading of the previous version is gone." : " \(removed) headings of the previous version are gone.")
        }
        return text
    }

    private static func changedSection(_ entry: ProgrammeDiff.Entry, _ language: Language) -> [String] {
        guard let old = entry.old, let new = entry.new else { return [] }
        var lines = ["  \(new.numberedTitle)" + (old.id != new.id && old.hasOwnNumber ? language.pick(" (tidigare \(old.id))", " (was \(old.id))") : "")]
        if entry.renamed { lines.append("    " + language.pick("Ny rubrik, tidigare: ", "New title, was: ") + "”\(old.title)”") }
        var previousContext: String?
        for (index, change) in entry.changes.enumerated() {
            // A blank line where the place changes, so a change is never read under the paragraph
            // or point before it.
            let samePlace = change.context != nil && change.context == previousContext
            previousContext = change.context
            if index > 0 && !samePlace { lines.append("") }
            if let context = change.context, !samePlace {
                let place = change.contextIsListItem ? language.pick("I punkten som börjar ", "In the point that begins ") : language.pick("I stycket som börjar ", "In the paragraph that begins ")
                lines.append("    " + place + "”\(context)”:")
            }
            if change.removed.count == 1, change.added.count == 1 {
                lines.append("    " + language.pick("Tidigare: ", "Was: ") + "”\(change.removed[0])”")
                lines.append("    " + language.pick("Nu:       ", "Now: ") + "”\(change.added[0])”")
                if !change.words.isEmpty {
                    lines.append("    " + language.pick("Ändringar: ", "Changes: ") + change.words.map { wordChange($0, language) }.joined(separator: "; "))
                }
            } else {
                for sentence in change.removed { lines.append("    " + language.pick("Struken mening: ", "Removed: ") + "”\(sentence)”") }
                for sentence in change.added { lines.append("    " + language.pick("Ny mening: ", "Added: ") + "”\(sentence)”") }
            }
        }
        return lines
    }

    /// "2, 2.1 och 4".
    static func listed(_ items: [String], _ language: Language) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + language.pick(" och ", " and ") + last
    }

    static func wordChange(_ change: ProgrammeDiff.WordChange, _ language: Language) -> String {
        if change.removed.isEmpty { return language.pick("nytt ", "added ") + "”\(change.added)”" }
        if change.added.isEmpty { return language.pick("struket ", "struck ") + "”\(change.removed)”" }
        return "”\(change.removed)” → ”\(change.added)”"
    }

    private static func movedLine(_ entry: ProgrammeDiff.Entry, diff: ProgrammeDiff, _ language: Language) -> String {
        guard let old = entry.old, let new = entry.new else { return "" }
        let oldParent = old.parentID.flatMap { diff.oldProgramme.section(id: $0) }
        let newParent = new.parentID.flatMap { diff.newProgramme.section(id: $0) }
        let top = language.pick("högsta nivån", "the top level")
        let was = language.pick("tidigare ", "was ") + old.id + ", " + language.pick("under ", "under ") + (oldParent?.numberedTitle ?? top)
        let now = language.pick("nu under ", "now under ") + (newParent?.numberedTitle ?? top)
        return "\(new.numberedTitle) (\(was); \(now))"
    }

    /// "12 avsnitt, 22 rubriker med underavsnitten": the programme's own count of sections is
    /// its chapters; the comparison counts every heading.
    private static func sectionCount(_ programme: Programme, _ language: Language) -> String {
        let top = programme.topLevelSections.count, all = programme.sections.count
        guard all > top else { return language.pick("\(top) avsnitt", top == 1 ? "1 section" : "\(top) sections") }
        return language.pick("\(top) avsnitt, \(all) rubriker med underavsnitten", "\(top) sections, \(all) headings with the subsections")
    }

    static func json(_ diff: ProgrammeDiff, oldPath: String, newPath: String) -> JSONValue {
        func version(_ programme: Programme, _ path: String) -> JSONValue {
            .object([("path", .string(path)), ("title", .string(programme.title)), ("sections", .integer(programme.sections.count))])
        }
        func section(_ section: ProgrammeSection?) -> JSONValue {
            guard let section else { return .null }
            return .object([("id", .string(section.id)), ("title", .string(section.title))])
        }
        func change(_ change: ProgrammeDiff.SentenceChange) -> JSONValue {
            let words: [JSONValue] = change.words.map { .object([("removed", .string($0.removed)), ("added", .string($0.added))]) }
            return .object([
                ("removed", .array(change.removed.map(JSONValue.string))),
                ("added", .array(change.added.map(JSONValue.string))),
                ("words", .array(words)),
                ("context", .optional(change.context)),
            ])
        }
        func entry(_ entry: ProgrammeDiff.Entry) -> JSONValue {
            .object([
                ("status", .string(entry.status.rawValue)),
                ("old", section(entry.old)),
                ("new", section(entry.new)),
                ("renumbered", .bool(entry.renumbered)),
                ("moved", .bool(entry.moved)),
                ("renamed", .bool(entry.renamed)),
                ("changes", .array(entry.changes.map(change))),
            ])
        }
        let summary: [(String, JSONValue)] = [
            ("changed", .integer(diff.entries(.changed).count)),
            ("new", .integer(diff.entries(.added).count)),
            ("removed", .integer(diff.entries(.removed).count)),
            ("moved", .integer(diff.entries.filter(\.moved).count)),
            ("renumbered", .integer(diff.entries.filter(\.renumbered).count)),
            ("same", .integer(diff.entries(.same).count)),
        ]
        let metadata: [JSONValue] = diff.metadataChanges.map { change in
            .object([("key", .string(change.key)), ("old", .optional(change.old)), ("new", .optional(change.new))])
        }
        return .object([
            ("old", version(diff.oldProgramme, oldPath)),
            ("new", version(diff.newProgramme, newPath)),
            ("summary", .object(summary)),
            ("metadata", .array(metadata)),
            ("sections", .array(diff.entries.map(entry))),
        ])
    }
}
