/// Reads theme and reflection files one by one, collecting every problem with its place
/// instead of stopping at the first, then builds the lexicon when there were none.
struct ThemeLexiconBuilder {
    private(set) var problems: [ForankraError] = []
    private var themes: [Theme] = []
    private var reflection: ReflectionBank?
    /// Where each id was first given, to name both places of a duplicate.
    private var seenIDs: [String: (path: String, line: Int)] = [:]

    private static let themeKeys: Set<String> = ["id", "sv", "en"]
    private static let themeHeadings = ["nyckelord", "frågor", "questions", "att tänka på", "keep in mind"]
    private static let reflectionHeadings = ["frågor", "questions", "allmänna frågor", "general questions",
                                             "inledande avsnitt", "introductory sections", "uppföljning", "follow-up"]

    mutating func add(path: String, text: String) {
        if path.split(separator: "/").last?.lowercased() == "readme.md" { return }
        let before = problems.count
        do {
            let file = try ThemeFile.read(TextDecoding.normaliseLineEnds(text), path: path)
            guard let header = header(of: file) else { return }
            if header.id == ThemeLexicon.reflectionID {
                readReflection(file)
            } else {
                readTheme(file, header: header)
            }
        } catch let error as ForankraError {
            problems.append(error.inFile(path))
        } catch {
            problems.append(ForankraError.data("\(error)", path: path))
        }
        // A file's own problems are listed in line order.
        problems[before...].sort { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
    }

    func finish() -> (lexicon: ThemeLexicon?, problems: [ForankraError]) {
        var problems = self.problems
        guard let reflection else {
            problems.append(ForankraError.data(
                "the reflection questions are missing",
                hint: "Give templates/reflektion.md, with `id: reflektion` in its front matter."))
            return (nil, problems)
        }
        guard problems.isEmpty else { return (nil, problems) }
        return (ThemeLexicon(themes: themes, reflection: reflection), [])
    }

    // MARK: Front matter

    private struct Header {
        var id: String
        var sv: String
        var en: String
    }

    private mutating func header(of file: ThemeFile) -> Header? {
        let front = file.frontMatter
        if front.isEmpty {
            fail("the file does not start with front matter (id, sv, en)", file, line: 1,
                 hint: "Begin the file with ---, then `id: …`, `sv: …`, `en: …` on lines of their own, then ---.")
            return nil
        }
        for field in front.fields where !Self.themeKeys.contains(field.key) {
            fail("unknown front matter key '\(field.key)'", file, line: field.line,
                 hint: "A theme file has only id, sv (Swedish name) and en (English name).")
        }
        var values: [String: String] = [:]
        for key in ["id", "sv", "en"] {
            guard let value = front[key], !value.isEmpty else {
                fail("the front matter has no '\(key)'", file, line: front.field(key)?.line ?? 1,
                     hint: Self.keyHint[key])
                continue
            }
            values[key] = value
        }
        guard let id = values["id"], let sv = values["sv"], let en = values["en"] else { return nil }
        let idLine = front.field("id")?.line ?? 1
        guard id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) else {
            fail("the id '\(id)' may hold only a–z, 0–9, - and _", file, line: idLine,
                 hint: "Write the id without å, ä, ö and capitals, e.g. `id: arbetsmiljo`.")
            return nil
        }
        if let earlier = seenIDs[id] {
            fail("the id '\(id)' is already used by \(earlier.path) (line \(earlier.line))", file, line: idLine,
                 hint: "Give each theme its own id, or merge the two files.")
            return nil
        }
        seenIDs[id] = (file.path, idLine)
        return Header(id: id, sv: sv, en: en)
    }

    private static let keyHint: [String: String] = [
        "id": "Add `id: …`, the theme's name in a–z without å, ä, ö (the file name without .md).",
        "sv": "Add `sv: …`, the theme's Swedish name as printed on the sheets.",
        "en": "Add `en: …`, the theme's English name as printed with --lang en.",
    ]

    // MARK: Sections

    private mutating func sections(of file: ThemeFile, allowed: [String]) -> [String: ThemeFile.Section] {
        var found: [String: ThemeFile.Section] = [:]
        for section in file.sections {
            let key = section.heading.lowercased()
            guard allowed.contains(key) else {
                let list = allowed.map { "## " + $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: ", ")
                fail("unknown heading '## \(section.heading)'", file, line: section.line, hint: "This file uses \(list).")
                continue
            }
            if let earlier = found[key] {
                fail("'## \(section.heading)' is given twice, on lines \(earlier.line) and \(section.line)", file,
                     line: section.line, hint: "Put everything under one heading.")
                continue
            }
            found[key] = section
        }
        return found
    }

    private mutating func questions(
        _ heading: String, in found: [String: ThemeFile.Section], _ file: ThemeFile
    ) -> [String] {
        guard let section = found[heading] else {
            fail("the '## \(heading.prefix(1).uppercased() + heading.dropFirst())' part is missing", file, line: 1,
                 hint: "Add the heading with at least \(ThemeLexicon.minimumQuestions) questions under it, one per line starting with \"- \".")
            return []
        }
        let problemsBefore = problems.count
        let items = listItems(of: section, in: file)
        // A malformed line is already reported; a count on top of it would only add noise.
        if problems.count == problemsBefore && items.count < ThemeLexicon.minimumQuestions {
            fail("'## \(section.heading)' has \(items.count) question\(items.count == 1 ? "" : "s"); at least \(ThemeLexicon.minimumQuestions) are needed",
                 file, line: section.line, hint: "Add questions, one per line starting with \"- \".")
        }
        return items
    }

    /// The list items under a heading; a malformed line is recorded as a problem.
    private mutating func listItems(of section: ThemeFile.Section, in file: ThemeFile) -> [String] {
        do {
            return try file.items(of: section).map(\.text)
        } catch let error as ForankraError {
            problems.append(error)
            return []
        } catch {
            fail("\(error)", file, line: section.line, hint: nil)
            return []
        }
    }

    private mutating func readTheme(_ file: ThemeFile, header: Header) {
        let found = sections(of: file, allowed: Self.themeHeadings)
        var keywords: [ThemeKeyword] = []
        if let section = found["nyckelord"] {
            for item in file.keywordTexts(of: section) {
                switch ThemeKeyword.parse(item.text) {
                case .success(let keyword): keywords.append(keyword)
                case .failure(let problem):
                    fail(problem.message, file, line: item.line,
                         hint: "Use ord, ord* (starts with), *ord (ends with) or *ord* (anywhere in a word).")
                }
            }
            if keywords.isEmpty && file.keywordTexts(of: section).isEmpty {
                fail("the theme '\(header.id)' has no keywords", file, line: section.line,
                     hint: "List words under ## Nyckelord, separated by commas.")
            }
        } else {
            fail("the theme '\(header.id)' has no '## Nyckelord' part", file, line: 1,
                 hint: "Add ## Nyckelord with the words that show a section is about this theme.")
        }
        let sv = questions("frågor", in: found, file)
        let en = questions("questions", in: found, file)
        var theme = Theme(id: header.id, nameSV: header.sv, nameEN: header.en, keywords: keywords, questionsSV: sv, questionsEN: en)
        theme.guidanceSV = guidance("att tänka på", in: found, file)
        theme.guidanceEN = guidance("keep in mind", in: found, file)
        themes.append(theme)
    }

    /// The optional advice printed on a sheet for this theme (a sensitive subject such as
    /// health or pay: what the group talks about, and what belongs elsewhere).
    private mutating func guidance(_ heading: String, in found: [String: ThemeFile.Section], _ file: ThemeFile) -> [String] {
        guard let section = found[heading] else { return [] }
        return listItems(of: section, in: file)
    }

    private mutating func readReflection(_ file: ThemeFile) {
        let found = sections(of: file, allowed: Self.reflectionHeadings)
        var bank = ReflectionBank(
            questionsSV: questions("frågor", in: found, file),
            questionsEN: questions("questions", in: found, file),
            generalSV: questions("allmänna frågor", in: found, file),
            generalEN: questions("general questions", in: found, file))
        // Optional: a workspace's own reflektion.md written before these banks existed still reads.
        for (heading, english, introduction) in [("inledande avsnitt", false, true), ("introductory sections", true, true), ("uppföljning", false, false), ("follow-up", true, false)]
        where found[heading] != nil {
            let questions = questions(heading, in: found, file)
            switch (introduction, english) {
            case (true, false): bank.introductionSV = questions
            case (true, true): bank.introductionEN = questions
            case (false, false): bank.followUpSV = questions
            case (false, true): bank.followUpEN = questions
            }
        }
        reflection = bank
    }

    private mutating func fail(_ message: String, _ file: ThemeFile, line: Int, hint: String?) {
        problems.append(ForankraError.data(message, path: file.path, line: line, hint: hint))
    }
}
