/// Bullet and ordered lists. Nested lists are flattened into items with a depth; continuation
/// lines (indented, or lazy ones that start nothing else) are joined to the item they follow.
enum MarkdownList {
    static func read(from scanner: inout LineScanner) -> MarkdownBlock? {
        guard let first = scanner.currentLine, let firstMarker = ListMarker(first) else { return nil }
        let ordered = firstMarker.number != nil
        let start = scanner.lineNumber
        var items: [MarkdownListItem] = []
        var itemLines: [Substring] = []
        var openIndents: [Int] = []  // content columns of the items that can take children
        var afterBlank = false

        func finishItem() {
            guard !items.isEmpty else { return }
            items[items.count - 1].text = MarkdownParagraph.joinLines(itemLines)
            itemLines = []
        }

        while let line = scanner.currentLine {
            if line.isBlankLine {
                var probe = scanner
                probe.skipBlankLines()
                guard let next = probe.currentLine, continuesAfterBlank(next, ordered: ordered, openIndents: openIndents) else { break }
                scanner = probe
                afterBlank = true
                continue
            }
            if let marker = ListMarker(line), !MarkdownLine.isThematicBreak(line) {
                while let last = openIndents.last, last > marker.indent { openIndents.removeLast() }
                if openIndents.isEmpty, (marker.number != nil) != ordered, !items.isEmpty { break }
                finishItem()
                var item = MarkdownListItem(text: "", line: scanner.lineNumber, depth: openIndents.count, number: marker.number)
                let (task, content) = taskState(of: marker.content)
                item.task = task
                items.append(item)
                itemLines = [content]
                openIndents.append(marker.contentIndent)
            } else if isContinuation(line, afterBlank: afterBlank, openIndents: openIndents, next: scanner.nextLine) {
                itemLines.append(line)
            } else {
                break
            }
            afterBlank = false
            scanner.readLine()
        }
        finishItem()
        return MarkdownBlock(kind: .list(ordered: ordered, items: items), line: start)
    }

    private static func continuesAfterBlank(_ next: Substring, ordered: Bool, openIndents: [Int]) -> Bool {
        if let marker = ListMarker(next), !MarkdownLine.isThematicBreak(next) {
            return marker.indent >= (openIndents.first ?? 0) || (marker.number != nil) == ordered
        }
        return MarkdownLine.indent(of: next) >= (openIndents.first ?? 2)
    }

    private static func isContinuation(_ line: Substring, afterBlank: Bool, openIndents: [Int], next: Substring?) -> Bool {
        let indent = MarkdownLine.indent(of: line)
        if afterBlank { return indent >= (openIndents.first ?? 2) }
        if indent > 0 { return true }
        return !MarkdownLine.interruptsParagraph(line, next: next) && MarkdownLine.setextLevel(line) == nil
    }

    /// `[ ]`, `[x]` or `[X]` at the start of an item, followed by a space or nothing.
    static func taskState(of content: Substring) -> (Bool?, Substring) {
        let box = content.prefix(3)
        guard box == "[ ]" || box == "[x]" || box == "[X]" else { return (nil, content) }
        let rest = content.dropFirst(3)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return (nil, content) }
        return (box != "[ ]", rest.drop { $0 == " " || $0 == "\t" })
    }
}
