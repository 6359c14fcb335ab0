extension SentenceSplitter {
    /// Walks a text's whitespace-separated words in one pass over its Unicode scalars.
    ///
    /// Scalars rather than Characters because grapheme breaking is the slowest part of a walk over
    /// a large text, and every character the splitter cares about is a single scalar.
    struct WordScanner {
        private let scalars: String.UnicodeScalarView
        private var position: String.Index

        init(_ text: String) {
            scalars = text.unicodeScalars
            position = scalars.startIndex
        }

        /// The next word's range in the text, or nil when only whitespace is left.
        mutating func readWord() -> Range<String.Index>? {
            while position < scalars.endIndex && isSeparator(at: position) {
                scalars.formIndex(after: &position)
            }
            guard position < scalars.endIndex else { return nil }
            let start = position
            while position < scalars.endIndex && !isSeparator(at: position) {
                scalars.formIndex(after: &position)
            }
            return start..<position
        }

        /// Whitespace separates words unless a combining mark clings to it: the two form one
        /// Character, and cutting between them would hand out a sentence that starts mid-character.
        private func isSeparator(at index: String.Index) -> Bool {
            guard Self.isWhitespace(scalars[index]) else { return false }
            let after = scalars.index(after: index)
            return after == scalars.endIndex || !Self.attachesToPrevious(scalars[after])
        }

        private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII { return scalar == " " || ("\t"..."\r").contains(scalar) }
            return scalar.properties.isWhitespace
        }

        private static func attachesToPrevious(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII { return false }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return scalar == "\u{200D}" || scalar.properties.isGraphemeExtend
            }
        }
    }

    /// Closing punctuation that may follow a sentence's final mark: `sa hon.”`, `(se bilaga 2.)`.
    static let closers: Set<Unicode.Scalar> = ["”", "\"", "’", "'", "»", "›", ")", "]", "}"]

    /// Opening punctuation that may come before a sentence's first letter. Swedish typesets
    /// opening and closing quotes alike (”…”), so the closing shapes belong here too.
    static let openers: Set<Unicode.Scalar> = ["”", "“", "„", "\"", "’", "‘", "'", "»", "«", "›", "‹", "(", "[", "{"]

    static let brackets: Set<Unicode.Scalar> = ["(", "[", "{"]

    /// How a word ends once closing quotes and brackets are set aside.
    enum WordEnding: Equatable {
        /// No sentence mark: the word cannot end a sentence.
        case open
        /// `!`, `?`, `…` or `...`: ends the sentence whenever a sentence can start after it.
        case mark
        /// A single full stop after `stem`, the word without its opening and closing brackets.
        case fullStop(stem: Substring)

        init(of word: Substring) {
            let scalars = word.unicodeScalars
            var end = scalars.endIndex
            while end > scalars.startIndex, closers.contains(scalars[scalars.index(before: end)]) {
                scalars.formIndex(before: &end)
            }
            guard end > scalars.startIndex else {
                self = .open
                return
            }
            let markIndex = scalars.index(before: end)
            switch scalars[markIndex] {
            case "!", "?", "…":
                self = .mark
            case ".":
                if markIndex > scalars.startIndex && scalars[scalars.index(before: markIndex)] == "." {
                    self = .mark
                } else {
                    self = .fullStop(stem: Self.stem(of: word, before: markIndex))
                }
            default:
                self = .open
            }
        }

        /// `(se avsnitt 4).` has the stem `4`, `(t.ex.` the stem `t.ex`.
        private static func stem(of word: Substring, before markIndex: String.Index) -> Substring {
            let scalars = word.unicodeScalars
            var start = scalars.startIndex
            while start < markIndex && openers.contains(scalars[start]) {
                scalars.formIndex(after: &start)
            }
            var end = markIndex
            while end > start && closers.contains(scalars[scalars.index(before: end)]) {
                scalars.formIndex(before: &end)
            }
            return word[start..<end]
        }
    }

    /// What a word starts with, looking past opening quotes and brackets.
    struct WordBeginning: Equatable {
        enum Kind: Equatable {
            case capital, digit, other
        }

        var first: Kind
        /// An opening bracket came before the first letter or digit: `(LAS)`.
        var isBracketed: Bool

        init(of word: Substring) {
            var isBracketed = false
            var first = Kind.other
            for scalar in word.unicodeScalars {
                if openers.contains(scalar) {
                    isBracketed = isBracketed || brackets.contains(scalar)
                    continue
                }
                if ("0"..."9").contains(scalar) {
                    first = .digit
                } else if scalar.properties.isUppercase {
                    first = .capital
                }
                break
            }
            self.first = first
            self.isBracketed = isBracketed
        }

        var canStartSentence: Bool { first != .other }
    }
}
