import XCTest
@testable import ForankraKit

final class QuestionPickerTests: XCTestCase {
    private func theme(_ id: String, count: Int = 7) -> Theme {
        Theme(
            id: id, nameSV: id, nameEN: id, keywords: [],
            questionsSV: (1...count).map { "\(id) fråga \($0)?" },
            questionsEN: (1...count).map { "\(id) question \($0)?" })
    }

    private let reflection = ReflectionBank(
        questionsSV: (1...7).map { "reflektion \($0)?" }, questionsEN: (1...7).map { "reflection \($0)?" },
        generalSV: (1...4).map { "allmän \($0)?" }, generalEN: (1...4).map { "general \($0)?" })

    private func pick(_ themes: [Theme], position: Int = 0, language: Language = .sv) -> [String] {
        QuestionPicker.questions(themes: themes, reflection: reflection, position: position, language: language)
    }

    func testTwoThemesGiveFourThemeQuestionsInTurnThenTwoReflections() {
        let questions = pick([theme("lon"), theme("tillit")])
        XCTAssertEqual(questions.count, 6)
        XCTAssertEqual(questions.prefix(4).map { $0.split(separator: " ")[0] }, ["lon", "tillit", "lon", "tillit"])
        XCTAssertTrue(questions.suffix(2).allSatisfy { $0.hasPrefix("reflektion") }, "\(questions)")
    }

    func testNoSheetRepeatsAQuestion() {
        let themeSets = [[theme("lon")], [theme("lon", count: 2)], [theme("lon"), theme("tillit")],
                         [theme("lon", count: 1), theme("tillit", count: 1)], [theme("lon"), theme("lon")]]
        for themes in themeSets {
            for position in 0..<20 {
                let questions = pick(themes, position: position)
                XCTAssertEqual(Set(questions).count, questions.count, "position \(position): \(questions)")
                XCTAssertEqual(questions.count, 6, "position \(position): \(questions)")
            }
        }
    }

    func testSectionsAtDifferentPositionsStartWithDifferentQuestions() {
        // A bank of seven gives seven different first questions before it repeats.
        for themes in [[theme("lon")], [theme("lon"), theme("tillit")], []] {
            let positions = themes.isEmpty ? 0..<4 : 0..<7
            let firsts = positions.map { pick(themes, position: $0).first }
            XCTAssertEqual(Set(firsts).count, positions.count, "\(firsts)")
        }
    }

    func testSectionsOnTheSameThemeDoNotShareQuestions() {
        let first = Set(pick([theme("lon"), theme("tillit")], position: 0).prefix(4))
        let second = Set(pick([theme("lon"), theme("tillit")], position: 1).prefix(4))
        XCTAssertTrue(first.isDisjoint(with: second), "\(first) / \(second)")
    }

    func testNoThemeGivesGeneralQuestions() {
        let questions = pick([])
        XCTAssertEqual(questions.count, 6)
        XCTAssertEqual(questions.prefix(4).filter { $0.hasPrefix("allmän") }.count, 4, "\(questions)")
        XCTAssertTrue(questions.suffix(2).allSatisfy { $0.hasPrefix("reflektion") }, "\(questions)")
    }

    func testThemeWithoutQuestionsCountsAsNoTheme() {
        let silent = Theme(id: "tom", nameSV: "Tom", nameEN: "Empty", keywords: [], questionsSV: [], questionsEN: [])
        XCTAssertEqual(pick([silent]), pick([]))
    }

    func testEnglishPicksEnglishQuestions() {
        for themes in [[theme("lon"), theme("tillit")], []] {
            let questions = pick(themes, position: 3, language: .en)
            XCTAssertEqual(questions.count, 6)
            XCTAssertTrue(questions.allSatisfy { $0.contains("question") || $0.contains("reflection") || $0.contains("general") }, "\(questions)")
            XCTAssertFalse(questions.contains { $0.contains("fråga") || $0.contains("reflektion") || $0.contains("allmän") })
        }
    }

    func testIntroductionAndFollowUpSectionsAreToldByTheirTitles() {
        XCTAssertEqual(SectionKind.of(title: "Inledning"), .introduction)
        XCTAssertEqual(SectionKind.of(title: "Bakgrund och syfte"), .introduction)
        XCTAssertEqual(SectionKind.of(title: "Uppföljning och revidering"), .followUp)
        XCTAssertEqual(SectionKind.of(title: "Giltighetstid"), .followUp)
        XCTAssertEqual(SectionKind.of(title: "Follow-up and review"), .followUp)
        XCTAssertEqual(SectionKind.of(title: "Rekrytering och introduktion"), .ordinary, "onboarding new staff is a theme, not an introduction")
        XCTAssertEqual(SectionKind.of(title: "Ledarskap"), .ordinary)
    }

    func testAFollowUpSectionGetsItsOwnBankAndNoThemeOrGeneralQuestion() {
        var bank = reflection
        bank.followUpSV = (1...6).map { "uppföljning \($0)?" }
        let questions = QuestionPicker.questions(themes: [theme("lon")], reflection: bank, position: 3, language: .sv, kind: .followUp)
        XCTAssertEqual(questions, (1...6).map { "uppföljning \($0)?" })
        let ordinary = QuestionPicker.questions(themes: [theme("lon")], reflection: bank, position: 3, language: .sv, kind: .ordinary)
        XCTAssertFalse(ordinary.contains { $0.hasPrefix("uppföljning") })
        XCTAssertEqual(QuestionPicker.questions(themes: [], reflection: reflection, position: 0, language: .sv, kind: .introduction).prefix(4).map { String($0.prefix(6)) },
                       ["allmän", "allmän", "allmän", "allmän"], "without a bank of its own the general questions stand in")
    }

    func testTheBundledIntroductionAndFollowUpSheetsAskAboutTheProgrammeItself() throws {
        let folder = try TemporaryFolder()
        XCTAssertEqual(runForankra(["sheets", TestPaths.markdownExample, "1", "11", "-o", "ut"], in: folder.path).code, .success)
        for (file, expected) in [("ut/apt-01-inledning.md", "Varför tror vi att kommunen har tagit fram ett gemensamt program"),
                                 ("ut/apt-11-uppfoljning.md", "Hur skulle vi själva märka att programmet gör skillnad")] {
            let sheet = try folder.read(file)
            let questions = try XCTUnwrap(sheet.components(separatedBy: "## Frågor att samtala om").last?.components(separatedBy: "## Anteckningar").first)
            XCTAssertTrue(questions.contains(expected), questions)
            XCTAssertFalse(questions.contains("Vad i avsnittet känner vi igen från vår egen arbetsplats?"), "a general question does not fit \(file)")
        }
    }

    func testTwoQuestionsThatMakeTheSamePointAreToldApart() {
        XCTAssertTrue(QuestionPoint("Vilka frågor om lön och förmåner vill vi att chefen tar med till HR?")
            .isSame(as: QuestionPoint("Vad behöver vi från HR, och vilka frågor vill vi skicka med dit?")))
        XCTAssertFalse(QuestionPoint("Vad vill vi bli bättre på?").isSame(as: QuestionPoint("Vad gör vi redan bra som stämmer med det programmet säger?")))
    }

    /// A check on the bundled banks: on no sheet of the example, in either language, do two
    /// questions make the same point.
    func testNoSheetOfTheExampleAsksTheSamePointTwice() throws {
        for language in ["sv", "en"] {
            let folder = try TemporaryFolder()
            XCTAssertEqual(runForankra(["sheets", TestPaths.markdownExample, "--lang", language, "-o", "ut"], in: folder.path).code, .success)
            let heading = language == "sv" ? "## Frågor att samtala om" : "## Questions to discuss"
            let notes = language == "sv" ? "## Anteckningar" : "## Notes"
            for file in folder.listing().filter({ $0.hasPrefix("ut/apt-") && $0.hasSuffix(".md") }) {
                let part = try folder.read(file).components(separatedBy: heading).last?.components(separatedBy: notes).first ?? ""
                let questions = part.components(separatedBy: "\n").filter { $0.first?.isNumber ?? false }.map { String($0.drop { $0 != " " }.dropFirst()) }
                XCTAssertEqual(questions.count, 6, file)
                for (index, question) in questions.enumerated() {
                    for other in questions[(index + 1)...] where QuestionPoint(question).isSame(as: QuestionPoint(other)) {
                        XCTFail("\(file): '\(question)' and '\(other)' make the same point")
                    }
                }
            }
        }
    }
}
