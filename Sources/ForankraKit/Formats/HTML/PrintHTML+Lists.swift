/// Lists as print HTML: flat items with depths become nested lists again; task items get a
/// box to tick and form fields (`- Datum för APT*:` with nothing after the colon) a line to
/// write on.
extension PrintHTML {
    /// Deeper nesting than this is printed at this depth.
    static let maximumListDepth = 8

    static func writeList(ordered: Bool, items: [MarkdownListItem], to writer: inout HTMLWriter) {
        var levelled: [MarkdownListItem] = []
        for item in items {
            var copy = item
            copy.depth = min(max(item.depth, 0), (levelled.last?.depth ?? -1) + 1, maximumListDepth)
            levelled.append(copy)
        }
        writeLevel(levelled[...], ordered: ordered, to: &writer)
    }

    private static func writeLevel(_ items: ArraySlice<MarkdownListItem>, ordered: Bool, to writer: inout HTMLWriter) {
        guard let first = items.first else { return }
        let hasFields = items.indices.contains { index in
            let hasChildren = index + 1 < items.endIndex && items[index + 1].depth > items[index].depth
            return items[index].depth == first.depth && !hasChildren && isFormField(items[index])
        }
        let tag = ordered ? "ol" : "ul"
        var attributes = hasFields ? " class=\"form\"" : ""
        if ordered, let start = first.number, start != 1 { attributes += " start=\"\(start)\"" }
        writer.open("<\(tag)\(attributes)>")
        var index = items.startIndex
        while index < items.endIndex {
            let item = items[index]
            let childrenEnd = items[(index + 1)...].firstIndex { $0.depth <= item.depth } ?? items.endIndex
            let children = items[(index + 1)..<childrenEnd]
            if let firstChild = children.first {
                writer.open(listItemOpening(item, hasChildren: true))
                writeLevel(children, ordered: firstChild.number != nil, to: &writer)
                writer.close("</li>")
            } else {
                writer.line(listItemOpening(item, hasChildren: false) + "</li>")
            }
            index = childrenEnd
        }
        writer.close("</\(tag)>")
    }

    private static func listItemOpening(_ item: MarkdownListItem, hasChildren: Bool) -> String {
        if let done = item.task {
            return "<li class=\"task\"><span class=\"box\">\(done ? "☑" : "☐")</span> \(inlineHTML(item.text))"
        }
        if !hasChildren, isFormField(item) {
            return "<li class=\"field\"><span class=\"label\">\(inlineHTML(item.text))</span><span class=\"write-in\"></span>"
        }
        return "<li>\(inlineHTML(item.text))"
    }

    /// A label ending in a colon with nothing after it: a field to fill in by hand.
    static func isFormField(_ item: MarkdownListItem) -> Bool {
        item.task == nil && item.text.hasSuffix(":")
    }
}
