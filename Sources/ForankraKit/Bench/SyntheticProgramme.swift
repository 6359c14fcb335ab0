/// A long programme for the benchmark, built from the sentences and titles of a real one, so
/// sentence splitting and theme matching meet the words they meet in practice: chapters of ten
/// subsections, each a paragraph or two of the source's sentences drawn with a seeded generator,
/// until the text reaches the size asked for. The same seed gives the same bytes.
enum SyntheticProgramme {
    static func text(from source: Programme, bytes target: Int, seed: UInt64) throws -> String {
        // A lead-in such as "Som chef förväntas du:" opens a list; set before another sentence
        // it would swallow that sentence, so only sentences that end are drawn.
        let sentences = source.sections.flatMap { section in
            section.blocks.filter { $0.kind == .paragraph }.flatMap { SentenceSplitter.sentences(in: $0.text).map(String.init) }
        }.filter { $0.hasSuffix(".") || $0.hasSuffix("!") || $0.hasSuffix("?") }
        let titles = source.sections.map(\.title)
        guard !sentences.isEmpty, !titles.isEmpty else {
            throw ForankraError(.dataError, "the programme has no paragraphs to build a long programme from", path: source.source.path)
        }
        var generator = SeededGenerator(seed: seed)
        var text = "# \(source.title) (förlängt för prestandamätning)\n\n"
        var chapter = 0
        while text.utf8.count < target {
            chapter += 1
            text += "## \(chapter) \(generator.pick(titles))\n\n"
            text += paragraph(from: sentences, count: 2...4, generator: &generator)
            for subsection in 1...9 where text.utf8.count < target {
                text += "### \(chapter).\(subsection) \(generator.pick(titles))\n\n"
                for _ in 0..<generator.int(in: 1...2) {
                    text += paragraph(from: sentences, count: 3...7, generator: &generator)
                }
            }
        }
        return text
    }

    private static func paragraph(from sentences: [String], count: ClosedRange<Int>, generator: inout SeededGenerator) -> String {
        (0..<generator.int(in: count)).map { _ in generator.pick(sentences) }.joined(separator: " ") + "\n\n"
    }
}
