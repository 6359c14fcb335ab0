/// Where a person's id, e-mail or name stands in a text as a whole word, not as part of
/// another one: `bo` is not found in `bo2` or `bo.ek`, `Bo Ek` not in `Bo Ekström`.
struct PersonMention {
    enum Kind: Sendable { case id, email, name }

    let kind: Kind
    let text: String

    init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    func occurs(in haystack: String) -> Bool {
        !ranges(in: haystack).isEmpty
    }

    /// `haystack` with every whole-word occurrence replaced.
    func replacing(in haystack: String, with replacement: String) -> String {
        let found = ranges(in: haystack)
        guard !found.isEmpty else { return haystack }
        var result = ""
        var position = haystack.startIndex
        for range in found {
            result += haystack[position..<range.lowerBound]
            result += replacement
            position = range.upperBound
        }
        result += haystack[position...]
        return result
    }

    private func ranges(in haystack: String) -> [Range<String.Index>] {
        guard !text.isEmpty else { return [] }
        // A printed name may be held together by no-break spaces (the sign-in sheet's are).
        let forms = Set([text, text.replacingOccurrences(of: " ", with: "\u{00A0}")])
        var found: [Range<String.Index>] = []
        for form in forms {
            var searchStart = haystack.startIndex
            while let range = haystack.range(of: form, options: kind == .email ? [.caseInsensitive] : [], range: searchStart..<haystack.endIndex) {
                if standsAlone(range, in: haystack) { found.append(range) }
                searchStart = range.upperBound
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    private func standsAlone(_ range: Range<String.Index>, in haystack: String) -> Bool {
        if range.lowerBound > haystack.startIndex {
            let before = haystack[haystack.index(before: range.lowerBound)]
            if continuesWord(before) || before == "." || before == "-" || before == "@" { return false }
        }
        guard range.upperBound < haystack.endIndex else { return true }
        let after = haystack[range.upperBound]
        if continuesWord(after) || after == "@" { return false }
        // "bo." ends a sentence, "bo.ek" is another id.
        if after == "." || after == "-" {
            let next = haystack.index(after: range.upperBound)
            return next == haystack.endIndex || !continuesWord(haystack[next])
        }
        return true
    }

    private func continuesWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character.unicodeScalars.allSatisfy { $0.properties.isGraphemeExtend }
    }
}
