/// Which sections a command works on, checked against the programme.
enum SectionSelection {
    static func ids(_ requested: [String], all: Bool, in programme: Programme, file: String) throws -> [String] {
        if all { return programme.sections.map(\.id) }
        if requested.isEmpty { return programme.topLevelSections.map(\.id) }
        let known = programme.sections.map(\.id)
        for id in requested where !known.contains(id) {
            throw ForankraError(
                .usage, "no section '\(id)' in \(file)",
                hint: "Sections are: " + known.joined(separator: ", ") + ". See 'forankra outline \(file)'.")
        }
        return requested
    }
}
