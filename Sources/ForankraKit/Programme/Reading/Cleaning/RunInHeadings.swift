import Foundation

/// A page printed as one line loses the line breaks around its headings: "1. INLEDNING Som
/// chef i kommunen har du …", "… framåt. 2. VAD INGÅR I ETT CHEFSKAP". A heading in capitals,
/// with or without its number, at the start of the page or right after a sentence, is put back
/// on a line of its own.
enum RunInHeadings {
    static func split(_ lines: [SourceLine], pageLines: Set<Int>) -> [SourceLine] {
        var result: [SourceLine] = []
        for (index, line) in lines.enumerated() {
            guard pageLines.contains(index), !TableOfContents.isFlattenedContents(line.trimmed) else {
                result.append(line)
                continue
            }
            for (offset, piece) in pieces(of: line.trimmed).enumerated() {
                if offset > 0 { result.append(line.with(text: "")) }
                var part = line.with(text: piece)
                part.followsPageBreak = offset == 0 && line.followsPageBreak
                result.append(part)
            }
        }
        return result
    }

    /// The page's text cut before and after each run-in heading.
    static func pieces(of text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        var pieces: [[String]] = [[]]
        var index = 0
        while index < words.count {
            let atStart = pieces.last?.isEmpty == true || LineShapes.endsSentence(pieces.last?.last ?? "")
            if atStart, let length = headingLength(in: words, from: index) {
                if !(pieces.last?.isEmpty ?? true) { pieces.append([]) }
                pieces[pieces.count - 1] = Array(words[index..<(index + length)])
                pieces.append([])
                index += length
                continue
            }
            pieces[pieces.count - 1].append(words[index])
            index += 1
        }
        return pieces.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
    }

    /// How many words from `start` make a heading in capitals: an optional number ("2.",
    /// "2.1"), then two or more words in capitals (or one of six letters or more), and then
    /// a word that is not in capitals, or the end.
    private static func headingLength(in words: [String], from start: Int) -> Int? {
        var index = start
        if let number = words[safe: index], LineShapes.numberedHeading(number + " X") != nil || isNumber(number) { index += 1 }
        let capsStart = index
        while let word = words[safe: index], isCapitalWord(word) { index += 1 }
        let caps = index - capsStart
        let letters = words[capsStart..<index].reduce(0) { $0 + $1.filter(\.isLetter).count }
        guard caps >= 2 || (caps == 1 && letters >= 6) else { return nil }
        return index - start
    }

    private static func isNumber(_ word: String) -> Bool {
        let digits = word.filter { $0 != "." }
        return !digits.isEmpty && digits.count <= 4 && digits.allSatisfy(\.isASCIIDigit)
    }

    private static func isCapitalWord(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase) && (letters.count >= 2 || ["I", "Å", "Ö"].contains(letters))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
