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
    /// "antogs 2026-11-16 och gäller från 2027-01-01".
    var about = ""
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
        about = revision.adoptionText(language)
        guard !wholeChapterIsNew else { return }
        let old = revision.diff.oldProgramme
        func chapterTitle(ofPrevious id: String?) -> String? {
            guard let id, let section = old.section(id: id) else { return nil }
            var top = section
            while let parentID = top.parentID, let parent = old.section(id: parentID) { top = parent }
            return top.title
        }
        for entry in revision.diff.entries {
            let inChapterNow = entry.new.map { chapterIDs.contains($0.id) } ?? false
            let keptParent = entry.old?.parentID.flatMap(revision.currentID(forPrevious:))
            let wasInChapter = keptParent.map(chapterIDs.contains) ?? false
            if entry.new?.id == id, entry.renumbered, let was = entry.old?.id {
                notes.append(language.pick("Avsnittet har nytt nummer: \(id) (tidigare \(was)).", "The section has a new number: \(id) (was \(was))."))
            }
            switch entry.status {
            case .added where inChapterNow:
                if let section = entry.new { notes.append(language.pick("Nytt underavsnitt: \(section.numberedTitle).", "New subsection: \(section.numberedTitle).")) }
            case .removed where wasInChapter:
                if let section = entry.old {
                    notes.append(language.pick("Underavsnittet \(section.title) (tidigare \(section.id)) finns inte längre som eget avsnitt.",
                                               "The subsection \(section.title) (was \(section.id)) is no longer a section of its own."))
                }
            default:
                break
            }
            // A chapter that only changed place among the chapters is not news inside it.
            if entry.moved, let was = entry.old, let section = entry.new, was.parentID != nil || section.parentID != nil {
                if inChapterNow, !wasInChapter {
                    let from = chapterTitle(ofPrevious: was.parentID).map { language.pick(" i \($0)", " in \($0)") } ?? ""
                    notes.append(language.pick("Underavsnittet \(section.numberedTitle) är nytt här; det var tidigare \(was.id)\(from).",
                                               "The subsection \(section.numberedTitle) is new here; it was \(was.id)\(from)."))
                } else if !inChapterNow, wasInChapter {
                    let chapter = new.section(id: ProgrammeRevision.topic(of: section.id, in: new))?.numberedTitle ?? section.id
                    notes.append(language.pick("Underavsnittet \(was.title) (tidigare \(was.id)) har flyttats till avsnitt \(chapter) och heter nu \(section.id).",
                                               "The subsection \(was.title) (was \(was.id)) has moved to section \(chapter) and is now \(section.id)."))
                }
            }
            guard entry.status == .changed, inChapterNow, let section = entry.new else { continue }
            let source = section.id == id ? nil : section.numberedTitle
            if entry.renamed, let old = entry.old {
                notes.append(language.pick("Ny rubrik: \(section.numberedTitle) (tidigare ”\(old.title)”).", "New title: \(section.numberedTitle) (was ”\(old.title)”)."))
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
        // Bold text runs wider than the quotes' 95 characters a line; the heading and the
        // paragraph under it take some six lines (measured with Chromium in `make conformance`).
        func lines(_ text: String?) -> Double { text.map { Double(($0.count + 84) / 85) } ?? 0 }
        return 6 + self.lines.reduce(0) { total, line in
            total + lines(line.now) + lines(line.was) + (line.was != nil || line.now == nil ? 1 : 0) + (line.now != nil && line.was == nil ? 1.5 : 0) + 1
        } + Double(notes.count) * 1.2 + (notes.isEmpty ? 0 : 1)
    }

    var templateValue: TemplateValue {
        .object([
            "since": .text(since.description),
            "about": .text(about),
            "whole": .flag(wholeChapterIsNew),
            "lines": .list(lines.map { line in
                .object([
                    "now": .text(line.now ?? ""), "was": .text(line.was ?? ""), "source": .text(line.source ?? ""),
                    "rewritten": .flag(line.now != nil && line.was != nil), "struck": .flag(line.now == nil),
                    "added": .flag(line.now != nil && line.was == nil),
                ])
            }),
            "notes": .list(notes.map(TemplateValue.text)),
            "hasLines": .flag(!lines.isEmpty),
            "hasNotes": .flag(!notes.isEmpty),
        ])
    }
}
