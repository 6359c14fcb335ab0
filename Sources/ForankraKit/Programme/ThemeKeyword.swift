import Foundation

/// One keyword of a theme, as HR writes it in the `## Nyckelord` list:
///
/// - `lön` matches the whole word lön (any case), not lönen;
/// - `arbetsmiljö*` matches words that start with it: arbetsmiljön, arbetsmiljöarbetet;
/// - `*policy` matches words that end with it: lönepolicy, arbetsmiljöpolicy;
/// - `*sjukfrånvaro*` matches words holding it anywhere: sjukfrånvaron, korttidssjukfrånvaro;
/// - `lika villkor` (several words) matches the words one after the other; a `*` can open the
///   first word and close the last.
public struct ThemeKeyword: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// One word of the keyword, lowercased; `openStart`/`openEnd` are the `*` before and after it.
    public struct Part: Sendable, Equatable, Hashable {
        public let text: String
        public let openStart: Bool
        public let openEnd: Bool
        /// The text's UTF-8, made once: every section of a programme is matched against every
        /// keyword, and the words of an index are UTF-8.
        let utf8: [UInt8]

        init(text: String, openStart: Bool, openEnd: Bool) {
            self.text = text
            self.openStart = openStart
            self.openEnd = openEnd
            utf8 = Array(text.utf8)
        }

        // By bytes: the text is lower-cased and composed (NFC), so equal bytes are equal text,
        // and hashing bytes skips the normalising a String's hash does.
        public static func == (lhs: Part, rhs: Part) -> Bool {
            lhs.openStart == rhs.openStart && lhs.openEnd == rhs.openEnd && lhs.utf8 == rhs.utf8
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(utf8)
            hasher.combine(openStart)
            hasher.combine(openEnd)
        }
    }

    /// As written in the file.
    public var written: String
    /// One or more words, matched one after the other.
    public var parts: [Part]

    public var description: String { written }

    /// Reads a keyword as written; a failure says what is wrong with it.
    public static func parse(_ written: String) -> Result<ThemeKeyword, KeywordProblem> {
        let pieces = written.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !pieces.isEmpty else { return .failure(KeywordProblem(message: "an empty keyword")) }
        var parts: [Part] = []
        for (index, piece) in pieces.enumerated() {
            var word = Substring(piece)
            let openStart = word.hasPrefix("*")
            if openStart { word = word.dropFirst() }
            let openEnd = word.hasSuffix("*")
            if openEnd { word = word.dropLast() }
            if word.contains("*") || word.isEmpty {
                return .failure(KeywordProblem(
                    message: "the keyword '\(written)' has a * that is not at the start or end of a word"))
            }
            if (openStart && index > 0) || (openEnd && index < pieces.count - 1) {
                return .failure(KeywordProblem(
                    message: "in '\(written)' a * may only open the first word or close the last"))
            }
            let words = WordIndex.words(in: String(word))
            guard !words.isEmpty else {
                return .failure(KeywordProblem(message: "the keyword '\(written)' holds no letters"))
            }
            for (wordIndex, text) in words.enumerated() {
                parts.append(Part(
                    text: text,
                    openStart: openStart && wordIndex == 0,
                    openEnd: openEnd && wordIndex == words.count - 1))
            }
        }
        return .success(ThemeKeyword(written: written, parts: parts))
    }

    public struct KeywordProblem: Error, Sendable, Equatable {
        public var message: String
    }
}
