import Foundation

/// Puts a message worded in English into the user's language at print time. The library words
/// its errors in English where they arise; the catalog (`SwedishWording`) holds each English
/// pattern once with its Swedish, where `{}` stands for a value that is carried over as it is.
/// A message the catalog does not know is printed in English rather than not at all.
enum Wording {
    /// The messages of the library and their hints.
    static let messages = WordingCatalog(SwedishWording.catalog)

    static func translate(_ text: String, to language: Language) -> String { messages.translate(text, to: language) }
    static func swedish(_ text: String) -> String? { messages.swedish(text) }
}

/// English patterns with their Swedish, parsed once.
struct WordingCatalog: Sendable {
    struct Entry: Sendable {
        var pieces: [String]
        var swedish: String
    }

    let entries: [Entry]
    /// Patterns by their fixed beginning, so a message is compared with few of them. A pattern
    /// whose first word holds a value is filed under "", compared with every text.
    let byFirstWord: [String: [Entry]]

    init(_ catalog: [(String, String)]) {
        let entries = catalog.map { english, swedish in
            Entry(pieces: english.components(separatedBy: "{}"), swedish: swedish)
        }
        self.entries = entries
        byFirstWord = Dictionary(grouping: entries) { entry in
            let first = entry.pieces[0]
            let word = first.prefix { $0 != " " && $0 != "'" }
            return word.count < first.count || entry.pieces.count == 1 ? Self.key(of: first) : ""
        }
    }

    private static func key(of text: String) -> String {
        String(text.prefix { $0 != " " && $0 != "'" }.prefix(6))
    }

    /// The text in `language`: itself for English; the Swedish of a known message, each line
    /// on its own, the rest left in English.
    func translate(_ text: String, to language: Language) -> String {
        guard language == .sv, !text.isEmpty else { return text }
        if text.contains("\n") {
            return text.components(separatedBy: "\n").map { line in
                let body = line.drop { $0 == " " }
                return String(line.prefix(line.count - body.count)) + translate(String(body), to: language)
            }.joined(separator: "\n")
        }
        guard let worded = swedish(text) else {
            WordingMisses.shared.note(text)
            return text
        }
        return worded
    }

    /// The Swedish of one line, or nil when no pattern matches it.
    func swedish(_ text: String) -> String? {
        let candidates = (byFirstWord[Self.key(of: text)] ?? []) + (byFirstWord[""] ?? [])
        for entry in candidates {
            guard let values = match(text, entry.pieces) else { continue }
            return fill(entry.swedish, values)
        }
        return nil
    }

    /// The values in the holes when `text` has the shape of `pieces`; each hole is as short as
    /// it can be, except the last, which takes the rest.
    func match(_ text: String, _ pieces: [String]) -> [String]? {
        guard text.hasPrefix(pieces[0]) else { return nil }
        if pieces.count == 1 { return text == pieces[0] ? [] : nil }
        return matchRest(Substring(text.dropFirst(pieces[0].count)), pieces.dropFirst())
    }

    private func matchRest(_ text: Substring, _ pieces: ArraySlice<String>) -> [String]? {
        guard let next = pieces.first else { return text.isEmpty ? [] : nil }
        if pieces.count == 1 {
            guard text.hasSuffix(next), text.count >= next.count else { return nil }
            let value = text.dropLast(next.count)
            return value.isEmpty ? nil : [String(value)]
        }
        var searchStart: Substring.Index? = text.isEmpty ? nil : text.index(after: text.startIndex)
        while let start = searchStart, let found = text[start...].range(of: next) {
            let value = text[..<found.lowerBound]
            if let rest = matchRest(text[found.upperBound...], pieces.dropFirst()) {
                return [String(value)] + rest
            }
            searchStart = found.lowerBound < text.endIndex ? text.index(after: found.lowerBound) : nil
        }
        return nil
    }

    /// The Swedish with its holes filled: `{}` in order, `{1}`, `{2}` … by number; a value that
    /// is itself a known message (after `{*}`) is translated too.
    func fill(_ swedish: String, _ values: [String]) -> String {
        var out = ""
        var next = 0
        var rest = Substring(swedish)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            // Only `{}`, `{*}` and `{N}` are holes; any other brace (`{{#name}}`) is text.
            if let close = after.firstIndex(of: "}"),
               case let inside = after[..<close], inside.isEmpty || inside == "*" || Int(inside) != nil {
                if inside.isEmpty, next < values.count {
                    out += values[next]; next += 1
                } else if inside == "*", next < values.count {
                    out += translate(values[next], to: .sv); next += 1
                } else if let number = Int(inside), number >= 1, number <= values.count {
                    out += values[number - 1]
                } else {
                    out += rest[open...close]
                }
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

}

/// The lines that were printed in English for want of a Swedish pattern, so a test can list
/// what the catalog still lacks after a run.
final class WordingMisses: @unchecked Sendable {
    static let shared = WordingMisses()
    private let lock = NSLock()
    private var lines: Set<String> = []

    func note(_ line: String) {
        lock.lock(); defer { lock.unlock() }
        lines.insert(line)
    }

    /// Drops lines a test made up to try the patterns, so they are not listed as missing.
    func forget(_ made: [String]) {
        lock.lock(); defer { lock.unlock() }
        lines.subtract(made)
    }

    var seen: [String] {
        lock.lock(); defer { lock.unlock() }
        return lines.sorted()
    }
}
