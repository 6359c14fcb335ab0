/// Splits one paragraph of Swedish (sometimes English) prose into sentences, so key statements can
/// be quoted word for word.
///
/// Sentence ends can only sit where a word meets whitespace, so the splitter walks the words once
/// and asks of each pair of neighbours whether the first one closes a sentence. That keeps it
/// linear and lets every rule look at whole words instead of at regular expressions.
public enum SentenceSplitter {
    /// The sentences of a paragraph, in order, each a Substring of `text` (so quotes stay word for word),
    /// with surrounding whitespace trimmed. Every non-whitespace character of `text` belongs to exactly one sentence.
    public static func sentences(in text: String) -> [Substring] {
        var scanner = WordScanner(text)
        guard var word = scanner.readWord() else { return [] }
        var sentences: [Substring] = []
        var sentenceStart = word.lowerBound
        var context = WordContext(isFirstOfSentence: true, followsColon: false)

        while let next = scanner.readWord() {
            if endsSentence(text[word], before: text[next], context: context) {
                sentences.append(text[sentenceStart..<word.upperBound])
                sentenceStart = next.lowerBound
                context = WordContext(isFirstOfSentence: true, followsColon: false)
            } else {
                let lastScalar = text.unicodeScalars[text.unicodeScalars.index(before: word.upperBound)]
                context = WordContext(isFirstOfSentence: false, followsColon: lastScalar == ":")
            }
            word = next
        }
        sentences.append(text[sentenceStart..<word.upperBound])
        return sentences
    }

    /// Where a word stands in its sentence; only bare list numbers care.
    struct WordContext {
        var isFirstOfSentence: Bool
        var followsColon: Bool
    }

    /// Whether `word` is the last word of its sentence, given the word after it.
    static func endsSentence(_ word: Substring, before next: Substring, context: WordContext) -> Bool {
        // Most words end in a letter, so the ending is looked at before the next word is.
        let ending = WordEnding(of: word)
        if ending == .open { return false }
        let beginning = WordBeginning(of: next)
        // Swedish sentences start with a capital, a digit or a quote of one; anything else
        // (a lowercase word, a dash, a lone bracket) continues the sentence we are in.
        guard beginning.canStartSentence else { return false }
        switch ending {
        case .open:
            return false
        case .mark:
            return true
        case .fullStop(let stem):
            return fullStopEndsSentence(after: stem, before: beginning, context: context)
        }
    }

    /// The hard case: a full stop can close a sentence or an abbreviation, an initial or a list number.
    static func fullStopEndsSentence(after stem: Substring, before next: WordBeginning, context: WordContext) -> Bool {
        if stem.isEmpty { return true }
        switch Abbreviation.kind(of: stem) {
        case .closesList:
            // "osv.", "etc.", "m.m." and friends end a list, and a list often ends the sentence:
            // "lön, arbetstid m.m. Chefen ansvarar" is two sentences. Inside a sentence they are
            // followed by lowercase words, so a capital after them is taken as a new sentence.
            // The exception is a bracket, which in Swedish law and HR text carries the short
            // name or SFS number of what was just listed: "lagen om anställningsskydd m.m. (LAS)".
            // A digit is not enough either: "m.m. 3 §" reads on more often than a sentence opens with a number.
            return next.first == .capital && !next.isBracketed
        case .inline:
            return false
        case nil:
            break
        }
        if Abbreviation.isInitial(stem) || Abbreviation.isDotted(stem) { return false }
        if (context.isFirstOfSentence || context.followsColon) && Abbreviation.isListNumber(stem) {
            return false
        }
        return true
    }
}
