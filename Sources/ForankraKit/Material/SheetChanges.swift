/// What is new in a chapter since the programme's previous version, for a sheet that takes
/// up only that: each changed sentence as it reads now with what it said before, sections
/// added, removed or moved in or out of the chapter, and whether the whole chapter is new.
struct SheetChanges: Sendable {
    struct Line: Sendable {
        /// The words as they read now, or nil for words taken out.
        var now: String?
        var was: String?
        /// The subsection the words stand in, when it is not the chapter itself.
        var source: String?
    }

    var since: CalendarDate
    var wholeChapterIsNew: Bool
    var lines: [Line]
    var notes: [String]

    init?(chapter id: String, revision: ProgrammeRevision, language: Language) {
        let new = revision.diff.newProgramme
        let chapterIDs = Set(new.sectionWithDescendants(id: id).map(\.id))
        guard !chapterIDs.isEmpty else { return nil }
        since = revision.since
        wholeChapterIsNew = revision.addedTopics.contains(id)
        lines = []
        notes = []
        guard !wholeChapterIsNew else { return }
        for entry in revision.diff.entries {
            let inChapterNow = entry.new.map { chapterIDs.contains($0.id) } ?? false
            let keptParent = entry.old?.parentID.flatMap(revision.currentID(forPrevious:))
            let wasInChapter = keptParent.map(chapterIDs.contains) ?? false
            switch entry.status {
            case .added where inChapterNow:
                if let section = entry.new { notes.append(language.pick("Nytt avsnitt: \(section.numberedTitle).", "New section: \(section.numberedTitle).")) }
            case .removed where wasInChapter:
                if let section = entry.old { notes.append(language.pick("Borttaget: \(section.numberedTitle) (fanns i förra versionen).", "Removed: \(section.numberedTitle) (in the previous version).")) }
            default:
                break
            }
            // A chapter that only changed place among the chapters is not news inside it.
            if entry.moved, let old = entry.old, let section = entry.new, old.parentID != nil || section.parentID != nil {
                if inChapterNow, !wasInChapter {
                    notes.append(language.pick("Flyttat hit: \(section.numberedTitle) (förut \(old.id)).", "Moved here: \(section.numberedTitle) (was \(old.id))."))
                } else if !inChapterNow, wasInChapter {
                    notes.append(language.pick("Flyttat härifrån: \(old.numberedTitle), nu \(section.id).", "Moved elsewhere: \(old.numberedTitle), now \(section.id)."))
                }
            }
            guard entry.status == .changed, inChapterNow, let section = entry.new else { continue }
            let source = section.id == id ? nil : section.numberedTitle
            if entry.renamed, let old = entry.old {
                notes.append(language.pick("Ny rubrik: \(section.numberedTitle) (förut ”\(old.title)”).", "New title: \(section.numberedTitle) (was ”\(old.title)”)."))
            }
            for change in entry.changes {
                if change.added.isEmpty {
                    lines.append(Line(now: nil, was: change.removed.joined(separator: " "), source: source))
                } else {
                    lines.append(Line(now: change.added.joined(separator: " "), was: change.removed.isEmpty ? nil : change.removed.joined(separator: " "), source: source))
                }
            }
        }
        if lines.isEmpty && notes.isEmpty { return nil }
    }

    /// About how many printed lines the part takes on the sheet's first page (as the quotes
    /// are measured), so the quotes beside it are cut to what still fits.
    var printedLines: Double {
        func lines(_ text: String?) -> Double { text.map { Double(($0.count + 94) / 95) } ?? 0 }
        return 4 + self.lines.reduce(0) { $0 + lines($1.now) + lines($1.was) + ($1.now != nil && $1.was != nil ? 1 : 0) + 0.8 }
            + Double(notes.count) + (notes.isEmpty ? 0 : 0.8)
    }

    var templateValue: TemplateValue {
        .object([
            "since": .text(since.description),
            "whole": .flag(wholeChapterIsNew),
            "lines": .list(lines.map { line in
                .object([
                    "now": .text(line.now ?? ""), "was": .text(line.was ?? ""), "source": .text(line.source ?? ""),
                    "rewritten": .flag(line.now != nil && line.was != nil), "struck": .flag(line.now == nil),
                ])
            }),
            "notes": .list(notes.map(TemplateValue.text)),
            "hasLines": .flag(!lines.isEmpty),
            "hasNotes": .flag(!notes.isEmpty),
        ])
    }
}
