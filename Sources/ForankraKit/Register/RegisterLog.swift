import Foundation

/// `logg/personuppgifter.md`: what forankra did with personal data, one row per action, without
/// the personal data itself (a log of who was forgotten must not remember them).
enum RegisterLog {
    static let path = "logg/personuppgifter.md"
    static let columns = ["Datum", "Åtgärd", "Pseudonym", "Filer ändrade", "Att se över för hand"]

    struct Entry {
        var date: CalendarDate
        var action: String
        var pseudonym: String
        var filesChanged: Int
        var toReview: [String]
    }

    static func append(_ entry: Entry, in workspace: Workspace) throws {
        let path = try workspace.recordPath(Self.path)
        var text: String
        if let data = FileManager.default.contents(atPath: path) {
            text = try TextDecoding.decode(data, path: Self.path).text
            if !text.hasSuffix("\n") { text += "\n" }
        } else {
            text = """
            # Logg över personuppgifter

            Skriven av forankra. En rad för varje gång en person ersatts med en pseudonym
            (`forankra roster forget`). Loggen nämner aldrig vem det var.

            \(RecordTable.format(columns))
            |\(String(repeating: " --- |", count: columns.count))

            """
        }
        let review = entry.toReview.isEmpty ? "–" : entry.toReview.joined(separator: ", ")
        text += RecordTable.format([entry.date.description, entry.action, entry.pseudonym, String(entry.filesChanged), review]) + "\n"
        try AtomicFile.makeFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        try AtomicFile.write(text, to: path)
    }
}
