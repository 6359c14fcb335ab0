/// The mustache "standalone" rule: a section, inverted-section, closing or comment tag that is
/// alone on its line (spaces and tabs aside) takes the whole line with it, newline included, so
/// markdown output keeps no stray blank lines where the template had control tags.
extension Array where Element == TemplateToken {
    func removingStandaloneLines() -> [TemplateToken] {
        // Decide on the tokens as written, then trim: each line is judged on its own.
        let standalone = indices.filter(isStandaloneTag)
        var tokens = self
        for index in standalone {
            if index > startIndex, case .text(let before) = tokens[index - 1] {
                tokens[index - 1] = .text(before.droppingTrailingIndent())
            }
            if index + 1 < endIndex, case .text(let after) = tokens[index + 1] {
                tokens[index + 1] = .text(after.droppingFirstLineEnd())
            }
        }
        return tokens
    }

    private func isStandaloneTag(at index: Int) -> Bool {
        guard case .tag(let tag) = self[index], tag.mayStandAlone else { return false }
        return startsItsLine(index) && endsItsLine(index)
    }

    /// Only spaces and tabs between the start of the line (or of the template) and the tag.
    private func startsItsLine(_ index: Int) -> Bool {
        guard index > startIndex else { return true }
        guard case .text(let before) = self[index - 1] else { return false }
        guard let newline = before.lastIndex(of: "\n") else {
            return index - 1 == startIndex && before.isSpacesAndTabs
        }
        return before[before.index(after: newline)...].isSpacesAndTabs
    }

    /// Only spaces and tabs between the tag and the end of the line (or of the template).
    private func endsItsLine(_ index: Int) -> Bool {
        guard index + 1 < endIndex else { return true }
        guard case .text(let after) = self[index + 1] else { return false }
        guard let newline = after.firstIndex(of: "\n") else {
            return index + 2 == endIndex && after.isSpacesAndTabs
        }
        return after[..<newline].isSpacesAndTabs
    }
}

extension StringProtocol {
    fileprivate var isSpacesAndTabs: Bool {
        allSatisfy { $0 == " " || $0 == "\t" }
    }
}

extension String {
    /// Removes the spaces and tabs that indent a standalone tag.
    fileprivate func droppingTrailingIndent() -> String {
        var text = self
        while let last = text.last, last == " " || last == "\t" {
            text.removeLast()
        }
        return text
    }

    /// Removes what follows a standalone tag on its line: spaces, tabs and the newline.
    fileprivate func droppingFirstLineEnd() -> String {
        var rest = self[...]
        while let first = rest.first, first == " " || first == "\t" {
            rest.removeFirst()
        }
        if rest.first == "\n" {
            rest.removeFirst()
        }
        return String(rest)
    }
}
