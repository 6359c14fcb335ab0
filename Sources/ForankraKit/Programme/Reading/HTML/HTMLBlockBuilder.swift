import Foundation

/// Collects a web page's text into blocks as its elements open and close: the text of a
/// heading, paragraph, list item or table row becomes one line, blank lines between them.
struct HTMLBlockBuilder {
    private(set) var lines: [SourceLine] = []
    var skippedElements = 0
    private var text = ""
    private var markup: SourceLine.Markup?
    private var line = 1
    private var listStack: [Bool] = []
    private var cells: [String] = []
    private var inCell = false

    static let voidElements: Set<String> = ["br", "img", "hr", "input", "meta", "link", "source", "wbr", "area", "col", "embed"]
    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "dd", "dt", "dl", "address", "pre", "center", "caption", "body",
    ]

    mutating func open(_ name: String, line: Int) {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            markup = .heading(Int(name.dropFirst()) ?? 1)
            self.line = line
        case "ul", "ol":
            flush()
            listStack.append(name == "ol")
        case "li":
            flush()
            markup = .listItem(depth: max(0, listStack.count - 1), ordered: listStack.last ?? false)
            self.line = line
        case "tr":
            flush()
            cells = []
            self.line = line
        case "td", "th":
            inCell = true
            text = ""
        case "br":
            text += " "
        default:
            if Self.blockElements.contains(name) { flush(); self.line = line }
        }
    }

    mutating func close(_ name: String) {
        switch name {
        case "ul", "ol":
            flush()
            if !listStack.isEmpty { listStack.removeLast() }
        case "td", "th":
            cells.append(Self.collapsed(text))
            text = ""
            inCell = false
        case "tr":
            let filled = cells.filter { !$0.isEmpty }
            if !filled.isEmpty { emit(Self.rowText(filled), markup: .tableRow) }
            cells = []
        default:
            if name.first == "h" || name == "li" || Self.blockElements.contains(name) { flush() }
        }
    }

    mutating func add(_ piece: String, line: Int) {
        if text.isEmpty && !inCell { self.line = line }
        text += piece
    }

    mutating func flush() {
        guard !inCell else { return }
        let collapsed = Self.collapsed(text)
        if !collapsed.isEmpty { emit(collapsed, markup: markup ?? .paragraph) }
        text = ""
        markup = nil
    }

    private mutating func emit(_ content: String, markup: SourceLine.Markup) {
        if !lines.isEmpty { lines.append(SourceLine(text: "", number: line, page: 1)) }
        var source = SourceLine(text: content, number: line, page: 1)
        source.markup = markup
        lines.append(source)
    }

    /// A cover row ("Fastställd av | kommunfullmäktige") reads as a cover line; other rows join
    /// their cells with a dash.
    private static func rowText(_ cells: [String]) -> String {
        if cells.count == 2, CoverBlock.keys.contains(where: { $0.lowercased() == cells[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " :")) }) {
            return cells[0].trimmingCharacters(in: CharacterSet(charactersIn: " :")) + ": " + cells[1]
        }
        return cells.joined(separator: " – ")
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
