// Temporary until the markdown block reader lands from its branch.
enum MarkdownProgrammeReader {
    static func read(_ text: String) -> PlainTextReader.Result {
        PlainTextReader.read(text)
    }
}
