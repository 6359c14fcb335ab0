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
                count == 1 ? "1 stycke före första rubriken blev avsnitt \(section), programmets inledning"
                    : "\(count) stycken före första rubriken blev avsnitt \(section), programmets inledning",
                "\(count) paragraph(s) before the first heading became section \(section), the programme's introduction")
        case .noSections:
            return language.pick(
                "inga rubriker hittades; hela texten behandlas som ett enda avsnitt",
                "no headings found; the whole text is treated as one section")
        case .metadataFound:
            return place + language.pick(
                "\(count) uppgifter från försättsbladet lästes som metadata, inte som avsnitt",
                "\(count) cover-page entries were read as metadata, not as sections")
        case .removed:
            let example = self.example.map { language.pick(", t.ex. ”\($0)”", ", e.g. “\($0)”") } ?? ""
            return removalText(language) + example
        }
    }

    /// "22 rader med sidhuvud, sidfot eller sidnummer togs bort".
    private func removalText(_ language: Language) -> String {
        let rows = language.pick(count == 1 ? "1 rad" : "\(count) rader", count == 1 ? "1 line" : "\(count) lines")
        switch removal ?? .pageFurniture {
        case .webChrome:
            return language.pick("\(rows) från webbsidan runt texten (navigering, knappar, kakor) togs bort", "\(rows) of the web page around the text (navigation, buttons, cookies) were removed")
        case .contactBox:
            return language.pick("\(rows) ur en kontaktruta (telefon, e-post, öppettider) togs bort", "\(rows) of a contact box (phone, e-mail, opening hours) were removed")
        case .imageText:
            return language.pick("\(rows) med bildtexter eller menyord före rubriken togs bort", "\(rows) of picture texts or menu words above the title were removed")
        case .viewerChrome:
            return language.pick("\(rows) från PDF-visaren eller dokumentsajten togs bort", "\(rows) added by the PDF viewer or document site were removed")
        case .pageFurniture:
            return language.pick("\(rows) med sidnummer, sidhuvud eller sidfot togs bort", "\(rows) of page numbers, headers or footers were removed")
        case .tableOfContents:
            return language.pick("innehållsförteckningen (\(rows)) togs bort", "the table of contents (\(rows)) was removed")
        }
    }
}
