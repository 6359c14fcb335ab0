import XCTest
@testable import ForankraKit

final class ArgumentParsingTests: XCTestCase {
    private let spec = CommandSpec(
        name: "pack", summary: "Test command", usage: "forankra pack FILE [options]",
        options: [
            .init(name: "minutes", valueName: "N", help: "Minutes"),
            .init(name: "place", valueName: "TEXT", help: "Place"),
            .init(name: "sections", valueName: "ID,...", repeatable: true, help: "Sections"),
            .init(name: "facilitator", valueName: "NAME", repeatable: true, help: "Facilitators"),
            .init(name: "output", short: "o", valueName: "DIR", help: "Output"),
            .init(name: "force", short: "f", help: "A flag"),
            .init(name: "quiet", short: "q", help: "Another flag"),
        ],
        positionals: CommandSpec.Positionals(display: "[FILE...]", minimum: 0, maximum: nil), details: nil, example: "forankra pack p.txt")

    private func parse(_ arguments: [String]) throws -> ParsedArguments {
        try ParsedArguments(ArgumentTokens.split(arguments), spec: spec)
    }

    private func usageError(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) -> UsageError? {
        do {
            _ = try parse(arguments)
            XCTFail("\(arguments) should be refused", file: file, line: line)
            return nil
        } catch {
            XCTAssertNotNil(error as? UsageError, "\(error)", file: file, line: line)
            return error as? UsageError
        }
    }

    func testTokensTellOptionsShortOptionsAndValuesApart() {
        XCTAssertEqual(ArgumentTokens.split(["--minutes=30", "--place", "Sal A", "-o", "ut", "-fq", "p.txt"]), [
            .option(name: "minutes", value: "30"), .option(name: "place", value: nil), .value("Sal A"),
            .shortOption("o"), .value("ut"), .shortOption("f"), .shortOption("q"), .value("p.txt"),
        ])
    }

    func testEverythingAfterDoubleDashIsAValue() {
        XCTAssertEqual(ArgumentTokens.split(["-f", "--", "--force", "-draft.txt", "--"]),
                       [.shortOption("f"), .value("--force"), .value("-draft.txt"), .value("--")])
    }

    func testDashAloneNegativeNumbersAndEqualsInValuesStayValues() {
        XCTAssertEqual(ArgumentTokens.split(["-", "-5", "--org=A=B", "--place="]),
                       [.value("-"), .value("-5"), .option(name: "org", value: "A=B"), .option(name: "place", value: "")])
    }

    func testValuesBindInEveryForm() throws {
        let parsed = try parse(["p.txt", "--minutes=45", "--place", "Stadshuset, sal A", "-o", "ut/mapp", "-f"])
        XCTAssertEqual(parsed.value("minutes"), "45")
        XCTAssertEqual(parsed.value("place"), "Stadshuset, sal A")
        XCTAssertEqual(parsed.value("output"), "ut/mapp")
        XCTAssertTrue(parsed.flag("force"))
        XCTAssertFalse(parsed.flag("quiet"))
        XCTAssertEqual(parsed.positionals, ["p.txt"])
        XCTAssertNil(parsed.value("sections"))
    }

    func testDoubleDashLetsAFileNameStartWithADash() throws {
        let parsed = try parse(["--force", "--", "-draft.txt", "--quiet"])
        XCTAssertEqual(parsed.positionals, ["-draft.txt", "--quiet"])
        XCTAssertTrue(parsed.flag("force"))
        XCTAssertFalse(parsed.flag("quiet"))
    }

    func testUnknownOptionSuggestsTheNearestOne() {
        guard case .unknownOption(let name, _, let suggestion)? = usageError(["--minuts", "30"]) else { return XCTFail() }
        XCTAssertEqual(name, "--minuts")
        XCTAssertEqual(suggestion, "--minutes")
        XCTAssertEqual(usageError(["--minuts", "30"])?.message, "unknown option '--minuts'. Did you mean '--minutes'?")
        guard case .unknownOption(_, _, let none)? = usageError(["--zebra"]) else { return XCTFail() }
        XCTAssertNil(none, "nothing is near --zebra")
        guard case .unknownOption(let short, _, _)? = usageError(["-x"]) else { return XCTFail() }
        XCTAssertEqual(short, "-x")
    }

    func testAFlagGivenAValueIsRefused() {
        guard case .flagTakesNoValue(let name, _)? = usageError(["--force=yes"]) else { return XCTFail() }
        XCTAssertEqual(name, "--force")
    }

    func testANonRepeatableOptionGivenTwiceIsRefusedInAnySpelling() {
        for arguments in [["--minutes", "30", "--minutes", "40"], ["-o", "a", "--output=b"], ["--place=a", "--place=a"]] {
            guard case .repeated? = usageError(arguments) else { return XCTFail("\(arguments)") }
        }
    }

    func testAnOptionWithoutItsValueIsRefused() {
        for arguments in [["--minutes"], ["--minutes", "--force"], ["-o"], ["-o", "-f"]] {
            guard case .missingValue? = usageError(arguments) else { return XCTFail("\(arguments)") }
        }
    }

    func testListSplitsCommasAndCollectsRepeats() throws {
        let parsed = try parse(["--sections", "1,2", "--sections", " 5 , ,6", "--sections=7"])
        XCTAssertEqual(parsed.list("sections"), ["1", "2", "5", "6", "7"])
        XCTAssertEqual(try parse([]).list("sections"), [])
    }

    func testAllKeepsCommasInsideNames() throws {
        let parsed = try parse(["--facilitator", "Berg, Anna", "--facilitator", " Lind ", "--facilitator", " "])
        XCTAssertEqual(parsed.all("facilitator"), ["Berg, Anna", "Lind"])
    }

    func testIntegerRejectsOutOfRangeAndNonNumbers() throws {
        XCTAssertEqual(try parse(["--minutes", "30"]).integer("minutes", in: 10...120), 30)
        XCTAssertEqual(try parse(["--minutes=10"]).integer("minutes", in: 10...120), 10)
        XCTAssertEqual(try parse(["--minutes=120"]).integer("minutes", in: 10...120), 120)
        XCTAssertNil(try parse([]).integer("minutes", in: 10...120))
        for text in ["9", "121", "-5", "abc", "", "30.5", "1e2", " 30", "30 min", "0x1E", "３０"] {
            let parsed = try parse(["--minutes", text])
            XCTAssertThrowsError(try parsed.integer("minutes", in: 10...120), "'\(text)'") { error in
                guard case .badValue(let name, let value, let expected, _)? = error as? UsageError else { return XCTFail("\(error)") }
                XCTAssertEqual(name, "--minutes")
                XCTAssertEqual(value, text)
                XCTAssertEqual(expected, "a whole number from 10 to 120")
            }
        }
    }

    func testRequiredAndPositionalSayWhatIsMissing() throws {
        let empty = try parse([])
        XCTAssertThrowsError(try empty.required("place")) { error in
            XCTAssertEqual((error as? UsageError)?.message, "missing option '--place'")
        }
        XCTAssertThrowsError(try empty.onePositional("the programme FILE")) { error in
            XCTAssertEqual((error as? UsageError)?.message, "missing the programme FILE")
        }
    }

    func testThePositionalCountIsCheckedBeforeAnyCommandRuns() throws {
        func spec(_ positionals: CommandSpec.Positionals) -> CommandSpec {
            CommandSpec(name: "demo", summary: "", usage: "", options: [], positionals: positionals, details: nil, example: "")
        }
        func refusal(_ positionals: CommandSpec.Positionals, _ arguments: [String]) -> String? {
            do {
                _ = try ParsedArguments(ArgumentTokens.split(arguments), spec: spec(positionals))
                return nil
            } catch {
                return (error as? UsageError)?.message
            }
        }
        XCTAssertEqual(refusal(.none, ["extra"]), "'extra' is not expected: demo takes no arguments")
        XCTAssertEqual(refusal(.optional("DIR"), ["a", "b"]), "'b' is not expected: demo takes only [DIR]")
        XCTAssertEqual(refusal(.one("FILE"), []), "missing FILE")
        XCTAssertEqual(refusal(.one("FILE"), ["a", "b"]), "'b' is not expected: demo takes only FILE")
        XCTAssertEqual(refusal(.oneOrMore("FILE"), []), "missing FILE...")
        XCTAssertNil(refusal(.oneOrMore("FILE"), ["a", "b", "c"]))
        XCTAssertNil(refusal(.one("FILE", thenAny: "SECTION"), ["p.txt", "3", "5"]))
        XCTAssertNil(refusal(.none, []))
    }

    func testDatesAndTimesAreReadByTheParserAndRefusedWithTheOptionNamed() throws {
        let spec = CommandSpec(
            name: "plan", summary: "", usage: "", options: [
                .init(name: "date", valueName: "DATE", help: ""), .init(name: "start", valueName: "HH:MM", help: ""),
                .init(name: "commitment", valueName: "W", repeatable: true, help: ""),
            ], positionals: .none, details: nil, example: "")
        let good = try ParsedArguments(ArgumentTokens.split(["--date", "2024-02-29", "--start", "9.05"]), spec: spec)
        XCTAssertEqual(try good.requiredDate("date"), CalendarDate(iso: "2024-02-29"))
        XCTAssertEqual(try good.requiredTime("start").description, "09:05")
        for (arguments, expected) in [(["--date", "2023-02-29"], "'2023-02-29' is not valid for --date: expected a real date as YYYY-MM-DD"),
                                      (["--start", "25:00"], "'25:00' is not valid for --start: expected a time as HH:MM")] {
            let parsed = try ParsedArguments(ArgumentTokens.split(arguments), spec: spec)
            XCTAssertThrowsError(arguments[0] == "--date" ? try parsed.requiredDate("date") as Any : try parsed.requiredTime("start") as Any) { error in
                XCTAssertEqual((error as? UsageError)?.message, expected)
            }
        }
        let commitments = try ParsedArguments(ArgumentTokens.split(["--commitment", "a; b; 2026-13-01", "--commitment", "c"]), spec: spec)
        XCTAssertThrowsError(try commitments.date("2026-13-01", of: "a; b; 2026-13-01", option: "commitment")) { error in
            XCTAssertEqual((error as? UsageError)?.message, "'a; b; 2026-13-01' is not valid for --commitment: expected a real date as YYYY-MM-DD",
                           "the whole value that holds the bad date is named, not the last --commitment")
        }
    }

    func testSuggestionFindsNearMissesOnly() {
        let names = spec.options.map { $0.name }
        XCTAssertEqual(Suggestion.closest(to: "minuts", among: names), "minutes")
        XCTAssertEqual(Suggestion.closest(to: "MINUTES", among: names), "minutes")
        XCTAssertEqual(Suggestion.closest(to: "secitons", among: names), "sections")
        XCTAssertEqual(Suggestion.closest(to: "sec", among: names), "sections", "a prefix of three letters or more")
        XCTAssertNil(Suggestion.closest(to: "zebra", among: names))
        XCTAssertNil(Suggestion.closest(to: "minuts", among: []))
        XCTAssertEqual(Suggestion.distance("", "abc"), 3)
        XCTAssertEqual(Suggestion.distance("abc", ""), 3)
        XCTAssertEqual(Suggestion.distance("kitten", "sitting"), 3)
    }
}
