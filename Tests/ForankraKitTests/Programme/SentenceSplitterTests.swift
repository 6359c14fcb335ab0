import Foundation
import XCTest
@testable import ForankraKit

final class SentenceSplitterTests: XCTestCase {
    // MARK: Sentence ends

    func testFullStopBeforeACapitalEndsASentence() {
        assertSentences(
            "Alla medarbetare har rätt till en god arbetsmiljö. Vi ska arbeta förebyggande.",
            ["Alla medarbetare har rätt till en god arbetsmiljö.", "Vi ska arbeta förebyggande."]
        )
    }

    func testQuestionAndExclamationMarksEndSentences() {
        assertSentences(
            "Vill du veta mer? Kontakta HR. Det är viktigt! Alla chefer ska delta.",
            ["Vill du veta mer?", "Kontakta HR.", "Det är viktigt!", "Alla chefer ska delta."]
        )
    }

    func testClosingQuoteAfterTheMarkStaysWithTheSentence() {
        assertSentences(
            "”Vi behöver fler undersköterskor”, sa hon.” Sedan gick hon vidare till nästa punkt.",
            ["”Vi behöver fler undersköterskor”, sa hon.”", "Sedan gick hon vidare till nästa punkt."]
        )
        assertSentences(
            "Hon frågade: ”Vem ansvarar?” Chefen svarade direkt.",
            ["Hon frågade: ”Vem ansvarar?”", "Chefen svarade direkt."]
        )
    }

    func testQuestionInsideAQuoteFollowedByLowercaseDoesNotEndTheSentence() {
        assertSentences(
            "”Hur mår du?” frågade chefen vid samtalet.",
            ["”Hur mår du?” frågade chefen vid samtalet."]
        )
    }

    func testSentenceEndingInANumberEnds() {
        assertSentences(
            "Programmet gäller till och med år 2025. Nästa version tas fram under hösten.",
            ["Programmet gäller till och med år 2025.", "Nästa version tas fram under hösten."]
        )
    }

    func testClosingParenthesisBeforeTheFullStopStaysWithTheSentence() {
        assertSentences(
            "Lönen sätts individuellt (se avsnitt 4). Chefen ansvarar för lönesamtalet.",
            ["Lönen sätts individuellt (se avsnitt 4).", "Chefen ansvarar för lönesamtalet."]
        )
    }

    func testBracketedSentenceIsASentenceOfItsOwn() {
        assertSentences(
            "Chefen ansvarar för lönesamtalet. (Se även bilaga 2.) Samtalet hålls varje år.",
            ["Chefen ansvarar för lönesamtalet.", "(Se även bilaga 2.)", "Samtalet hålls varje år."]
        )
    }

    func testSentenceMayStartWithADigit() {
        assertSentences(
            "Programmet gäller i tre år. 2025 ska det utvärderas av personalutskottet.",
            ["Programmet gäller i tre år.", "2025 ska det utvärderas av personalutskottet."]
        )
    }

    func testSentenceMayStartWithAQuoteMark() {
        assertSentences(
            "Visionen är enkel. ”Vi är en attraktiv arbetsgivare.” Den gäller alla.",
            ["Visionen är enkel.", "”Vi är en attraktiv arbetsgivare.”", "Den gäller alla."]
        )
        assertSentences(
            "Visionen är enkel. \"We care.\" Den gäller alla.",
            ["Visionen är enkel.", "\"We care.\"", "Den gäller alla."]
        )
    }

    func testSwedishCapitalsStartSentences() {
        assertSentences(
            "Planen följs upp varje år. Återrapportering sker till nämnden. Även praktikanter omfattas. Övertid ska undvikas.",
            [
                "Planen följs upp varje år.", "Återrapportering sker till nämnden.",
                "Även praktikanter omfattas.", "Övertid ska undvikas.",
            ]
        )
    }

    func testTextWithoutAFinalMarkKeepsTheRestAsTheLastSentence() {
        assertSentences(
            "Chefen ansvarar för arbetsmiljön. Medarbetaren bidrar genom att",
            ["Chefen ansvarar för arbetsmiljön.", "Medarbetaren bidrar genom att"]
        )
        assertSentences("Personalpolicy för Exempelby kommun", ["Personalpolicy för Exempelby kommun"])
    }

    func testEmptyAndWhitespaceOnlyTextHasNoSentences() {
        XCTAssertEqual(SentenceSplitter.sentences(in: ""), [])
        XCTAssertEqual(SentenceSplitter.sentences(in: "  \n\t "), [])
    }

    func testWhitespaceAroundSentencesIsTrimmedAndInsideThemKept() {
        let text = "  Vi ska vara en god arbetsgivare.\n  Alla  ska trivas. "
        XCTAssertEqual(
            SentenceSplitter.sentences(in: text),
            ["Vi ska vara en god arbetsgivare.", "Alla  ska trivas."]
        )
        assertEverySentenceIsASliceOf(text)
    }

    // MARK: Abbreviations

    func testAbbreviationsInsideASentenceDoNotEndIt() {
        let sentences = [
            "Chefen ansvarar bl.a. för arbetsmiljön, t.ex. genom skyddsronder.",
            "Ersättning betalas fr.o.m. januari t.o.m. december, jfr. avtalet.",
            "Den s.k. lönekartläggningen görs årligen, dvs. en gång per år.",
            "Det gäller inkl. vikarier men exkl. timanställda, resp. praktikanter.",
            "Friskvårdsbidraget är ca. 3 000 kronor p.g.a. beslutet, enl. nämnden.",
            "Mötet börjar kl. 9 i rum nr. 4 på avd. Ekonomi.",
            "Anställningen upphör pga. arbetsbrist, d.v.s. uppsägning, ang. Anna.",
            "En f.d. chef, fr.a. inom vården, deltar e.d. och o.d. ibland.",
            "Se forts. på s. 12, mom. 3 och prop. 2017/18:1.",
        ]
        for sentence in sentences {
            assertSentences(sentence, [sentence])
        }
    }

    func testAbbreviationsBeforeACapitalDoNotEndTheSentence() {
        assertSentences(
            "Kontakta t.ex. Personalenheten eller bl.a. Kommunal om du har frågor.",
            ["Kontakta t.ex. Personalenheten eller bl.a. Kommunal om du har frågor."]
        )
        assertSentences(
            "Detta gäller enl. Kommunfullmäktiges beslut, jfr. LAS.",
            ["Detta gäller enl. Kommunfullmäktiges beslut, jfr. LAS."]
        )
    }

    func testAbbreviationsAtTheStartOfASentenceAreRecognisedWithACapital() {
        assertSentences(
            "Arbetsmiljön är viktig. T.ex. ska skyddsronder göras. Bl.a. Chefen ansvarar. Ca. Hälften svarade.",
            ["Arbetsmiljön är viktig.", "T.ex. ska skyddsronder göras.", "Bl.a. Chefen ansvarar.", "Ca. Hälften svarade."]
        )
    }

    func testAbbreviationsWithoutDotsDoNotEndASentence() {
        assertSentences(
            "Chefen ansvarar bl a för arbetsmiljön t ex genom skyddsronder m fl aktiviteter.",
            ["Chefen ansvarar bl a för arbetsmiljön t ex genom skyddsronder m fl aktiviteter."]
        )
    }

    func testEtcAtTheEndOfASentenceEndsItBeforeACapital() {
        assertSentences(
            "Avtalet reglerar lön, arbetstid m.m. Chefen ansvarar för att det följs.",
            ["Avtalet reglerar lön, arbetstid m.m.", "Chefen ansvarar för att det följs."]
        )
        for abbreviation in ["osv.", "etc.", "m.fl.", "o.s.v.", "mfl.", "e.d.", "o.d."] {
            assertSentences(
                "Vi erbjuder friskvård, företagshälsovård \(abbreviation) Även timanställda omfattas.",
                ["Vi erbjuder friskvård, företagshälsovård \(abbreviation)", "Även timanställda omfattas."]
            )
        }
    }

    func testEtcBeforeALowercaseWordDoesNotEndTheSentence() {
        assertSentences(
            "Lön, arbetstid m.m. regleras i kollektivavtal och kommunala riktlinjer etc. som nämnden beslutar.",
            ["Lön, arbetstid m.m. regleras i kollektivavtal och kommunala riktlinjer etc. som nämnden beslutar."]
        )
    }

    func testEtcBeforeABracketedAcronymDoesNotEndTheSentence() {
        assertSentences(
            "Lagen om anställningsskydd m.m. (LAS) gäller alla anställda.",
            ["Lagen om anställningsskydd m.m. (LAS) gäller alla anställda."]
        )
    }

    func testEtcBeforeADigitDoesNotEndTheSentence() {
        assertSentences(
            "Reglerna om semester m.m. 3 § ska tillämpas.",
            ["Reglerna om semester m.m. 3 § ska tillämpas."]
        )
    }

    func testUnlistedDottedAbbreviationsDoNotEndASentence() {
        assertSentences(
            "Arbetet planeras m.h.t. Arbetsmiljöverkets föreskrifter och verksamhetens behov.",
            ["Arbetet planeras m.h.t. Arbetsmiljöverkets föreskrifter och verksamhetens behov."]
        )
    }

    func testCapitalisedNameThatLooksLikeAnAbbreviationEndsASentence() {
        assertSentences(
            "Samverkan sker med Fackförbundet ST. Avtalet gäller från 1 maj.",
            ["Samverkan sker med Fackförbundet ST.", "Avtalet gäller från 1 maj."]
        )
    }

    func testAmountInKronorAtTheEndOfASentenceEndsIt() {
        assertSentences(
            "Friskvårdsbidraget är 1 000 kr. Det betalas ut mot kvitto. Det kostar 50 kr. per tillfälle.",
            ["Friskvårdsbidraget är 1 000 kr.", "Det betalas ut mot kvitto.", "Det kostar 50 kr. per tillfälle."]
        )
    }

    // MARK: Law references, dates and numbers

    func testLawReferencesDoNotEndASentence() {
        let sentences = [
            "Enligt 3 kap. 2 § arbetsmiljölagen ska arbetsgivaren förebygga ohälsa.",
            "Reglerna finns i kap. 3 och i 13 kap. Socialtjänstlagen.",
            "Se §§ 3–5 i avtalet och SFS 1977:1160 om arbetsmiljö.",
            "Beslutet togs i KF § 93 och gäller alla förvaltningar.",
            "Se SFS nr. 1982:80 och prop. 1973:129.",
        ]
        for sentence in sentences {
            assertSentences(sentence, [sentence])
        }
    }

    func testParagraphNumberAtTheEndOfASentenceEndsIt() {
        assertSentences(
            "Kommunfullmäktige antog programmet 2018-06-18, § 93. Det gäller alla förvaltningar.",
            ["Kommunfullmäktige antog programmet 2018-06-18, § 93.", "Det gäller alla förvaltningar."]
        )
        assertSentences(
            "Lagen har nummer SFS 1977:1160. Den kallas arbetsmiljölagen.",
            ["Lagen har nummer SFS 1977:1160.", "Den kallas arbetsmiljölagen."]
        )
    }

    func testDatesAndTimesDoNotEndASentence() {
        let sentences = [
            "Programmet antogs 2018-06-18 och gäller från 18.6.2018 för alla.",
            "Utbildningen hålls kl. 13.00 i stora salen.",
            "Mottagningen har öppet 13.00–16.00 på vardagar.",
        ]
        for sentence in sentences {
            assertSentences(sentence, [sentence])
        }
    }

    func testTimeAtTheEndOfASentenceEndsIt() {
        assertSentences(
            "Mötet börjar kl. 13.00. Alla chefer ska delta.",
            ["Mötet börjar kl. 13.00.", "Alla chefer ska delta."]
        )
    }

    func testDecimalsAndNumbersDoNotEndASentence() {
        let sentences = [
            "Sjukfrånvaron minskade med 2,5 procent under året.",
            "Index räknas upp med 3.5 enligt avtalet.",
            "Bidraget är 1 000 kr. för heltid.",
            "Detta beskrivs enligt avsnitt 3.2 ska chefen följa upp.",
        ]
        for sentence in sentences {
            assertSentences(sentence, [sentence])
        }
    }

    func testListNumbersAtASentenceStartOrAfterAColonDoNotEndASentence() {
        assertSentences(
            "Programmet har tre mål: 1. Attraktiv arbetsgivare. 2. God arbetsmiljö. 3.2. Jämställda löner.",
            ["Programmet har tre mål: 1. Attraktiv arbetsgivare.", "2. God arbetsmiljö.", "3.2. Jämställda löner."]
        )
    }

    // MARK: Lowercase, names, addresses, ellipses

    func testFullStopBeforeALowercaseLetterDoesNotEndASentence() {
        assertSentences(
            "Programmet gäller för alla anställda. även vikarier omfattas av det.",
            ["Programmet gäller för alla anställda. även vikarier omfattas av det."]
        )
    }

    func testInitialsInNamesDoNotEndASentence() {
        assertSentences(
            "Frågor besvaras av Anna K. Svensson och P. O. Lind på HR-avdelningen.",
            ["Frågor besvaras av Anna K. Svensson och P. O. Lind på HR-avdelningen."]
        )
    }

    func testURLsAndEmailAddressesDoNotEndASentence() {
        assertSentences(
            "Läs mer på www.exempel.se eller skriv till hr@kommun.se om du har frågor.",
            ["Läs mer på www.exempel.se eller skriv till hr@kommun.se om du har frågor."]
        )
    }

    func testURLOrEmailAddressAtTheEndOfASentenceEndsIt() {
        assertSentences(
            "Läs mer på www.exempel.se. Frågor skickas till hr@kommun.se. Svar kommer inom en vecka.",
            ["Läs mer på www.exempel.se.", "Frågor skickas till hr@kommun.se.", "Svar kommer inom en vecka."]
        )
    }

    func testEllipsisBeforeALowercaseWordDoesNotEndASentence() {
        assertSentences(
            "Vi ska vara ärliga ... och tydliga … i alla samtal.",
            ["Vi ska vara ärliga ... och tydliga … i alla samtal."]
        )
    }

    func testEllipsisBeforeACapitalEndsASentence() {
        assertSentences(
            "Listan kan göras lång... Vi nöjer oss med tre punkter… Den första är lön.",
            ["Listan kan göras lång...", "Vi nöjer oss med tre punkter…", "Den första är lön."]
        )
    }

    func testCombiningMarkAfterASpaceIsNotCutFromItsCharacter() {
        // A space carrying an accent is one Character; it stays whole, as visible text.
        let text = " \u{301}Vi ska vara tydliga. \u{301}Alla ska förstå."
        let sentences = SentenceSplitter.sentences(in: text)
        XCTAssertEqual(sentences, [text[...]])
        XCTAssertNotNil(sentences.first?.startIndex.samePosition(in: text))
    }

    // MARK: Whole paragraphs

    func testAPersonnelPolicyParagraphSplitsIntoItsSentences() {
        let expected = [
            "Personalpolicyn antogs av kommunfullmäktige 2018-06-18, § 93.",
            "Den gäller alla förvaltningar och bolag, t.ex. Exempelby Energi AB, fr.o.m. 2019-01-01.",
            "Chefen ansvarar bl.a. för arbetsmiljön, lönesättningen, kompetensutvecklingen m.m.",
            "Medarbetaren ansvarar för att följa lagar, avtal, riktlinjer osv. och för att bidra till ett gott arbetsklimat.",
            "Enligt 3 kap. 2 § arbetsmiljölagen (SFS 1977:1160) ska arbetsgivaren förebygga ohälsa.",
            "Sjukfrånvaron ska minska med 2,5 procentenheter till år 2025.",
            "Vill du veta mer?",
            "Kontakta Anna K. Svensson på HR, hr@exempelby.se, eller läs på www.exempelby.se/personal.",
            "”Vi ska vara en arbetsplats där alla vill stanna”, sa kommundirektören.",
            "Övriga frågor tas upp på APT ca. en gång i månaden, kl. 13.00–15.00.",
        ]
        assertSentences(expected.joined(separator: " "), expected)
    }

    func testEnglishSentencesAreSplitToo() {
        assertSentences(
            "The policy applies to all staff, e.g. temporary employees. Questions go to Dr. Berg. Thank you!",
            ["The policy applies to all staff, e.g. temporary employees.", "Questions go to Dr. Berg.", "Thank you!"]
        )
    }

    func testJoiningTheSentencesWithSpacesGivesBackAnyMixOfFragments() {
        let fragments = [
            "Chefen ansvarar.", "bl.a.", "t.ex.", "m.m.", "osv.", "Vi", "ska", "2025.", "§", "93.", "kl.", "13.00.",
            "”Vi", "sa hon.”", "(se avsnitt 4).", "Anna", "K.", "www.exempel.se.", "hr@kommun.se", "...", "…",
            "Är", "det", "bra?", "Ja!", "Övertid", "3", "kap.", "2,5", "1.", "mål:", "(LAS)", "etc.", "och",
        ]
        var generator = SeededGenerator(seed: 2018_06_18)
        for _ in 0..<300 {
            let count = Int(generator.next() % 30) + 1
            let text = (0..<count).map { _ in fragments[Int(generator.next() % UInt64(fragments.count))] }
                .joined(separator: " ")
            assertEverySentenceIsASliceOf(text)
            XCTAssertEqual(SentenceSplitter.sentences(in: text).joined(separator: " "), text)
        }
    }

    /// A megabyte of abbreviation-heavy text splits into exactly its sentences. How fast it
    /// splits is measured by `make bench` (outline of a 1 MB programme), not here.
    func testAMegabyteParagraphSplitsIntoExactlyItsSentences() {
        let block = "Chefen ansvarar bl.a. för arbetsmiljön, t.ex. genom skyddsronder kl. 13.00. "
            + "Avtalet reglerar lön m.m. Kontakta hr@kommun.se! Vill du veta mer? Anna K. Svensson svarar. "
        let repetitions = 1_000_000 / block.utf8.count + 1
        let text = String(repeating: block, count: repetitions)
        let sentences = SentenceSplitter.sentences(in: text)
        XCTAssertEqual(sentences.count, repetitions * 5)
        XCTAssertEqual(sentences.last, "Anna K. Svensson svarar.")
    }

    // MARK: Helpers

    private func assertSentences(
        _ text: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line
    ) {
        let actual = SentenceSplitter.sentences(in: text).map(String.init)
        XCTAssertEqual(actual, expected, file: file, line: line)
        assertEverySentenceIsASliceOf(text, file: file, line: line)
        if !text.contains("  ") {
            XCTAssertEqual(actual.joined(separator: " "), text, "joining with spaces", file: file, line: line)
        }
    }

    /// Each sentence is a trimmed slice of `text`, in order, and together they hold every
    /// non-whitespace character exactly once.
    private func assertEverySentenceIsASliceOf(
        _ text: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let sentences = SentenceSplitter.sentences(in: text)
        var previousEnd = text.startIndex
        for sentence in sentences {
            XCTAssertTrue(sentence.base == text, "not a slice of the input", file: file, line: line)
            XCTAssertGreaterThanOrEqual(sentence.startIndex, previousEnd, "overlap at \(sentence)", file: file, line: line)
            XCTAssertFalse(sentence.isEmpty, file: file, line: line)
            XCTAssertNotNil(sentence.startIndex.samePosition(in: text), "starts mid-character", file: file, line: line)
            XCTAssertNotNil(sentence.endIndex.samePosition(in: text), "ends mid-character", file: file, line: line)
            XCTAssertFalse(sentence.first?.isWhitespace ?? true, "untrimmed start: \(sentence)", file: file, line: line)
            XCTAssertFalse(sentence.last?.isWhitespace ?? true, "untrimmed end: \(sentence)", file: file, line: line)
            XCTAssertTrue(text[previousEnd..<sentence.startIndex].allSatisfy(\.isWhitespace), "lost text before \(sentence)", file: file, line: line)
            previousEnd = sentence.endIndex
        }
        XCTAssertTrue(text[previousEnd...].allSatisfy(\.isWhitespace), "lost text at the end", file: file, line: line)
    }
}
