/// Points of HR's follow-up table that are one promise stated twice: a programme often sets a
/// goal in its chapter and repeats it in a closing follow-up list, in other words and with
/// another owner or date. Such a pair is recognised by a long compound word only the two of
/// them share ("kompetensförsörjningsplan", "lönekartläggning"), or a shared compound with a
/// shared figure ("sjukfrånvaron … 6,5 procent"), in their first sentences and in different
/// sections. Leadership should merge them, not appoint a second owner or count both.
enum PromiseTwins {
    struct Pair: Equatable, Sendable {
        var first: String
        var second: String
    }

    /// Compounds compared by their first letters, so "sjukfrånvaron" meets "sjukfrånvaro".
    private static let stemLength = 12
    /// A word this long is distinctive on its own.
    private static let distinctiveLength = 15

    static func pairs(_ rows: [ActionRow]) -> [Pair] {
        var points: [(id: String, section: String, words: [String: Int], numbers: Set<String>)] = []
        for row in rows where !points.contains(where: { $0.id == row.id }) {
            let sentence = firstSentence(row.text)
            var words: [String: Int] = [:]
            var numbers: Set<String> = []
            for word in WordIndex.words(in: sentence) {
                if word.allSatisfy(\.isNumber) { numbers.insert(word) }
                guard word.count >= stemLength else { continue }
                let stem = String(word.prefix(stemLength))
                words[stem] = max(words[stem] ?? 0, word.count)
            }
            points.append((row.id, row.section, words, numbers))
        }
        var holders: [String: [Int]] = [:]
        for (index, point) in points.enumerated() {
            for stem in point.words.keys { holders[stem, default: []].append(index) }
        }
        var pairs: [Pair] = []
        for (stem, indexes) in holders.sorted(by: { $0.key < $1.key }) where indexes.count == 2 {
            let a = points[indexes[0]], b = points[indexes[1]]
            guard a.section != b.section else { continue }
            let distinctive = min(a.words[stem] ?? 0, b.words[stem] ?? 0) >= distinctiveLength
            guard distinctive || !a.numbers.isDisjoint(with: b.numbers) else { continue }
            let pair = Pair(first: a.id, second: b.id)
            if !pairs.contains(pair) { pairs.append(pair) }
        }
        let order = Dictionary(points.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        return pairs.sorted { (order[$0.first] ?? 0, order[$0.second] ?? 0) < (order[$1.first] ?? 0, order[$1.second] ?? 0) }
    }

    private static func firstSentence(_ text: String) -> String {
        var sentence = ""
        var previous: Character = " "
        for character in text {
            if (previous == "." || previous == "!" || previous == "?") && character == " " { break }
            sentence.append(character)
            previous = character
        }
        return sentence
    }
}
