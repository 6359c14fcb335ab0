/// The outline as data; the schema is documented in the README.
enum OutlineJSON {
    /// JSON objects need unique keys; a cover that gives a key twice keeps both values.
    static func uniqueKeys(_ entries: [MetadataEntry]) -> [(String, JSONValue)] {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for entry in entries {
            if values[entry.key] == nil { order.append(entry.key) }
            values[entry.key, default: []].append(entry.value)
        }
        return order.map { ($0, .string(values[$0, default: []].joined(separator: "; "))) }
    }

    static func render(_ analysis: ProgrammeAnalysis, path: String) -> JSONValue {
        let programme = analysis.programme
        let sections: [JSONValue] = programme.sections.map { section in
            let facts = analysis.facts[section.id]
            return .object([
                ("id", .string(section.id)),
                ("level", .integer(section.level)),
                ("parent", .optional(section.parentID)),
                ("title", .string(section.title)),
                ("line", .integer(section.line)),
                ("numbered", .bool(section.hasOwnNumber)),
                ("sentences", .integer(facts?.sentenceCount ?? 0)),
                ("keyStatements", .array((facts?.keyStatements ?? []).map { .string($0.quote) })),
                ("themes", .array((facts?.themes ?? []).map { .string($0.id) })),
                ("themeMatches", .array((facts?.themeMatches ?? []).map { match in
                    .object([
                        ("id", .string(match.theme.id)),
                        ("score", .integer(match.score)),
                        ("keywords", .array(match.keywords.map(JSONValue.string))),
                    ])
                })),
            ])
        }
        return .object([
            ("title", .string(programme.title)),
            ("source", .object([
                ("path", .string(path)),
                ("shape", .string(programme.source.shape.rawValue)),
                ("encoding", .string(programme.source.encoding.rawValue)),
                ("pages", programme.source.pageCount.map { .integer($0) } ?? .null),
                ("layout", programme.source.layout.map { layout in
                    .object([
                        ("headings", .string(layout.headingSource.rawValue)),
                        ("heading_levels", .integer(layout.headingLevels)),
                        ("list_items", .integer(layout.listItems)),
                        ("table_rows", .integer(layout.tableRows)),
                        ("page_furniture", .integer(layout.pageFurniture)),
                    ])
                } ?? .null),
            ])),
            ("metadata", .object(uniqueKeys(programme.metadata))),
            ("removed", .array(programme.readingNotes.map { note in
                .object([
                    ("kind", .string(note.kind.rawValue)),
                    ("count", .integer(note.count)),
                    ("example", .string(note.example)),
                    ("line", .integer(note.line)),
                ])
            })),
            ("sections", .array(sections)),
            ("warnings", .array(programme.warnings.map { warning in
                .object([
                    ("code", .string(warning.kind.rawValue)),
                    ("line", warning.line.map { .integer($0) } ?? .null),
                    ("section", .optional(warning.sectionID)),
                    ("message", .string(warning.text(.en))),
                ])
            })),
        ])
    }
}
