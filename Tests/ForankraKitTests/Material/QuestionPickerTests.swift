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
}
