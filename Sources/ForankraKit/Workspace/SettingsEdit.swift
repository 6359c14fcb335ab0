/// Changes to `forankra.md` made by a command: a setting's line replaced where it stands, or
/// added at the end of the settings, so HR's own lines and the explanation below stay as HR
/// left them.
enum SettingsEdit {
    static func setting(_ values: [(key: String, value: String)], in text: String, path: String) throws -> String {
        let front = try FrontMatter.split(text, path: path).frontMatter
        guard !front.isEmpty else {
            throw ForankraError.data("forankra.md has no settings between --- lines", path: path, line: 1)
        }
        var lines = text.components(separatedBy: "\n")
        // The closing fence is the line before the body.
        var closing = front.bodyStartLine - 2
        for (key, value) in values {
            let line = "\(key): \(RecordValue.frontMatter(value))"
            if let field = front.field(key) {
                lines[field.line - 1] = line
            } else {
                lines.insert(line, at: closing)
                closing += 1
            }
        }
        return lines.joined(separator: "\n")
    }
}
