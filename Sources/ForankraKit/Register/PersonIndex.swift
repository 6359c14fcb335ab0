/// Finds which managers a text names, by id, e-mail or full name, in one pass over its words:
/// a register of a large kommun reads thousands of files against thousands of names.
struct PersonIndex {
    private var byToken: [String: Set<Int>] = [:]
    private var byName: [String: Set<Int>] = [:]
    private var longestName = 1

    init(_ managers: [Manager]) {
        for (index, manager) in managers.enumerated() {
            for token in [manager.id, manager.email] where !token.isEmpty { byToken[token.lowercased(), default: []].insert(index) }
            let words = Self.words(of: manager.name)
            if words.count >= 2 {
                byName[words.joined(separator: " "), default: []].insert(index)
                longestName = max(longestName, words.count)
            }
        }
    }

    /// The positions (in the managers given to `init`) of everyone the text names.
    func people(in text: String) -> Set<Int> {
        var found: Set<Int> = []
        // Ids and e-mails: runs of letters, digits and . - _ @, without a sentence's full stop.
        var token = ""
        func closeToken() {
            while let last = token.last, last == "." || last == "-" { token.removeLast() }
            if let people = byToken[token] { found.formUnion(people) }
            token = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || "._-@".contains(character) { token.append(character) } else { closeToken() }
        }
        closeToken()
        let words = Self.words(of: text)
        for start in words.indices {
            for length in 2...max(2, longestName) where start + length <= words.count {
                if let people = byName[words[start..<(start + length)].joined(separator: " ")] { found.formUnion(people) }
            }
        }
        return found
    }

    /// Lower-cased words of letters only (a hyphen stays inside: Per-Olof).
    private static func words(of text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0 == "-" || $0 == "'") }.map(String.init)
    }
}
