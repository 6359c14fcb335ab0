/// The CommonMark emphasis pass: match each closing delimiter run with the nearest opener of
/// the same mark, two characters for strong, one for emphasis, honouring the rule of three.
extension InlineParser {
    /// Closers that share a key find openers under the same conditions, so a failed search
    /// need not be repeated below where it failed (CommonMark's openers_bottom).
    private struct SearchKey: Hashable {
        var mark: Character
        var closerCanOpen: Bool
        var lengthModThree: Int
    }

    static func processEmphasis(_ nodes: inout [Node]) {
        var bottoms: [SearchKey: Int] = [:]
        var closerIndex = 0
        while closerIndex < nodes.count {
            guard case .delimiter(var closer) = nodes[closerIndex], closer.canClose, closer.count > 0 else {
                closerIndex += 1
                continue
            }
            let key = SearchKey(mark: closer.mark, closerCanOpen: closer.canOpen, lengthModThree: closer.original % 3)
            guard let openerIndex = opener(for: closer, before: closerIndex, above: bottoms[key] ?? -1, in: nodes),
                  case .delimiter(var opener) = nodes[openerIndex] else {
                bottoms[key] = closerIndex - 1
                closer.canClose = false
                nodes[closerIndex] = .delimiter(closer)
                closerIndex += 1
                continue
            }
            let used = opener.count >= 2 && closer.count >= 2 ? 2 : 1
            opener.count -= used
            closer.count -= used
            let children = inlines(from: Array(nodes[(openerIndex + 1)..<closerIndex]))
            let wrapped: MarkdownInline = used == 2 ? .strong(children) : .emphasis(children)
            nodes.replaceSubrange(openerIndex...closerIndex, with: [.delimiter(opener), .inline(wrapped), .delimiter(closer)])
            closerIndex = openerIndex + 2
            for (key, bottom) in bottoms where bottom > openerIndex { bottoms[key] = openerIndex }
        }
    }

    private static func opener(for closer: Delimiter, before closerIndex: Int, above bottom: Int, in nodes: [Node]) -> Int? {
        var index = closerIndex - 1
        while index > bottom {
            if case .delimiter(let candidate) = nodes[index], candidate.mark == closer.mark, candidate.canOpen, candidate.count > 0 {
                let bothCanBeEither = candidate.canClose || closer.canOpen
                let sum = candidate.original + closer.original
                let ruleOfThree = bothCanBeEither && sum % 3 == 0 && !(candidate.original % 3 == 0 && closer.original % 3 == 0)
                if !ruleOfThree { return index }
            }
            index -= 1
        }
        return nil
    }

    /// Finished inlines from nodes: unmatched delimiters become text, neighbouring text merges.
    static func inlines(from nodes: [Node]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        func append(text: String) {
            guard !text.isEmpty else { return }
            if case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(.text(text))
            }
        }
        for node in nodes {
            switch node {
            case .text(let text), .bracket(let text): append(text: text)
            case .delimiter(let delimiter): append(text: String(repeating: delimiter.mark, count: delimiter.count))
            case .inline(.text(let text)): append(text: text)
            case .inline(let inline): result.append(inline)
            }
        }
        return result
    }
}
