/// How strongly a sentence or list item says what the organisation, its managers or its staff
/// shall do, stand for or can expect: the words that carry obligations, promises and values in
/// Swedish policy prose, and the context that makes an item one (a list under "Samtliga
/// anställda ska:" or "Som chef ska du dessutom").
extension KeyStatementFinder {
    /// nil when the text is not a statement worth quoting.
    static func score(_ text: String, leadIn: String?) -> Int? {
        let whole = WordIndex.composed(((leadIn.map { $0 + " " } ?? "") + text).lowercasedScalarwise)
        if whole.hasSuffix("?") { return nil }
        let bytes = Array(whole.utf8)
        let containsPhrase = { (phrase: [UInt8]) in ByteSearch.contains(bytes, phrase) }
        let words = letterWords(whole)
        guard words.count >= 3 else { return nil }
        let wordSet = Set(words)
        var score = 0
        score += 3 * (strongCues.contains(where: wordSet.contains) || strongPhraseBytes.contains(where: containsPhrase) ? 1 : 0)
        score += 2 * (mediumCues.contains(where: wordSet.contains) || mediumPhraseBytes.contains(where: containsPhrase) ? 1 : 0)
        score += words.filter(isActor).count.clamped(to: 0...2)
        // "Vi bemöter …", "Vi har ett demokratiskt uppdrag och vi förverkligar …": in a policy a
        // sentence with "vi" as its subject says what the organisation does and stands for.
        if text.prefix(3).lowercased() == "vi " { score += 1 }
        if let leadIn, listIsObligation(leadIn) { score += 3 }
        if words.count > 45 { score -= 2 }
        if containsPhrase(mustBeBytes) { score += 1 }
        // "Det innebär att …", "Dessutom …": the sentence leans on the one before and reads
        // wrongly alone on a sheet.
        if leadIn == nil, leansOnPreviousSentence(text) { return nil }
        if words.count < 5 && leadIn == nil { score -= 1 }
        return score >= minimumScore ? score : nil
    }

    /// The runs of letters and hyphens in a text. Each sentence of a programme is cut so, and
    /// cutting it into Characters (grapheme clusters) was the costliest step; a text whose
    /// every scalar is a cluster of its own (Latin letters, Swedish ones among them, and common
    /// punctuation) is cut scalar by scalar, with the same result.
    /// Without `hyphenJoins`, a hyphen separates words as any other non-letter does.
    static func letterWords(_ text: String, hyphenJoins: Bool = true) -> [String] {
        guard text.unicodeScalars.allSatisfy(isOwnCluster) else {
            return text.split(whereSeparator: { !$0.isLetter && !(hyphenJoins && $0 == "-") }).map(String.init)
        }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isAlphabetic || (hyphenJoins && scalar == "-") {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Scalars that never join the one before them in a grapheme cluster, nor the one after:
    /// tab and line feed, printable ASCII, Latin-1 and the Latin Extended blocks, general
    /// punctuation but for the joiners, and currency signs. (A carriage return joins a line feed.)
    private static func isOwnCluster(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: return true
        default: return false
        }
    }

    private static let strongPhraseBytes = strongPhrases.map { Array($0.utf8) }
    private static let mediumPhraseBytes = mediumPhrases.map { Array($0.utf8) }
    private static let mustBeBytes = Array("ska vara".utf8)

    /// The opening of a list whose items are each an obligation or a promise: it frames a role
    /// ("Som chef …", "Som medarbetare i …") or holds an obligation or a definition ("Samtliga
    /// anställda ska:", "Jämställdhet och mångfald innebär:", "Vi förväntar oss att chefen:").
    static func listIsObligation(_ leadIn: String) -> Bool {
        let lower = WordIndex.composed(leadIn.lowercased())
        if lower.hasPrefix("som ") { return true }
        let words = Set(lower.split(whereSeparator: { !$0.isLetter }).map(String.init))
        return !words.isDisjoint(with: strongCues) || !words.isDisjoint(with: ["innebär", "vill", "bör", "erbjuder", "erbjuda", "kräver", "omfattar"])
    }

    static func leansOnPreviousSentence(_ text: String) -> Bool {
        // Only the first three words are cut and lower-cased, not the whole sentence.
        let opening = text.split(separator: " ", maxSplits: 3).prefix(3).map { $0.lowercased() }
        guard let first = opening.first else { return false }
        if ["detta", "dessa", "denna"].contains(first) {
            // "Denna lönepolicy …", "Detta program …": the document naming itself leans on nothing.
            let next = opening.dropFirst().first ?? ""
            return !documentWords.contains { next.hasPrefix($0) || next.hasSuffix($0) }
        }
        if ["därför", "dessutom", "också", "därutöver", "även"].contains(first) { return true }
        if first == "det" || first == "de" || first == "den" {
            let next = opening.dropFirst().first ?? ""
            return ["innebär", "betyder", "gäller"].contains(next) || opening.dropFirst().contains("också")
        }
        return false
    }

    private static let documentWords = ["policy", "program", "riktlinje", "plan", "strategi", "kod", "dokument", "överenskommelse"]

    /// Managers, staff, the organisation, "vi" and "du": the words that name who acts, in any
    /// inflection ("chefens", "medarbetarskapet", "kommunens").
    static func isActor(_ word: String) -> Bool {
        actors.contains(word) || actorStems.contains { word.hasPrefix($0) }
    }

    static let strongCues: Set<String> = ["ska", "skall", "förväntas", "förväntar", "ansvarar", "måste", "shall", "must"]
    static let strongPhrases = [
        "har rätt till", "har rätt att", "är skyldig", "tar ansvar", "ta ansvar", "ansvar för", "ett ansvar att", "ser till att",
        "se till att", "säkerställer", "säkerställa", "accepterar vi inte", "accepteras inte", "tolereras inte", "är norm",
    ]
    static let mediumCues: Set<String> = [
        "bör", "vill", "innebär", "strävar", "verkar", "erbjuder", "erbjuds", "får", "utgör", "förebild", "should", "will",
    ]
    static let mediumPhrases = [
        "arbetar för", "arbetar aktivt", "är viktigt", "är en förutsättning", "ger förutsättningar", "står för att",
        "står det för att", "är en självklarhet", "utgår från", "präglas av", "bygger på", "handlar om",
    ]
    static let actors: Set<String> = ["vi", "oss", "du", "dig", "alla", "varje", "samtliga", "we", "you", "managers", "employees"]
    static let actorStems = ["chef", "medarbetar", "ledar", "arbetsgivar", "kommun", "region", "anställd", "personal"]
}
