extension ProgrammeWarning {
    /// The warning as a sentence, with the place where it applies.
    public func text(_ language: Language) -> String {
        let place = line.map { language.pick("rad \($0): ", "line \($0): ") } ?? ""
        let section = sectionID ?? ""
        switch kind {
        case .emptySection:
            return place + language.pick("avsnitt \(section) har ingen text", "section \(section) has no text")
        case .longSection:
            return place + language.pick(
                "avsnitt \(section) är långt (\(count) ord); överväg att dela det på flera APT-träffar",
                "section \(section) is long (\(count) words); consider spreading it over several APTs")
        case .textBeforeFirstHeading:
            return place + language.pick(
                "\(count) stycken text före första rubriken; de ingår inte i något avsnitt",
                "\(count) paragraph(s) before the first heading; they belong to no section")
        case .noSections:
            return language.pick(
                "inga rubriker hittades; hela texten behandlas som ett enda avsnitt",
                "no headings found; the whole text is treated as one section")
        case .metadataFound:
            return place + language.pick(
                "\(count) uppgifter från försättsbladet lästes som metadata, inte som avsnitt",
                "\(count) cover-page entries were read as metadata, not as sections")
        case .pageFurnitureRemoved:
            return language.pick(
                "\(count) rader med sidnummer, sidhuvud eller sidfot togs bort",
                "\(count) lines of page numbers, headers or footers were removed")
        case .tableOfContentsRemoved:
            return language.pick(
                "innehållsförteckningen (\(count) rader) togs bort",
                "the table of contents (\(count) lines) was removed")
        }
    }
}
