import Foundation

/// How a record file was saved. Text is read with `\n` line ends and no BOM; when a command
/// writes an edited record back, a Windows editor's BOM and CRLF line ends are put back, so only
/// the lines the command changed differ from what the person saved.
struct RecordFileStyle: Equatable {
    var byteOrderMark = false
    var crlf = false

    init(byteOrderMark: Bool = false, crlf: Bool = false) {
        self.byteOrderMark = byteOrderMark
        self.crlf = crlf
    }

    init(of data: Data) {
        byteOrderMark = data.starts(with: [0xEF, 0xBB, 0xBF])
        crlf = data.firstRange(of: Data([0x0D, 0x0A])) != nil
    }

    func data(_ text: String) -> Data {
        let body = crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
        return (byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(body.utf8)
    }
}

extension Workspace {
    /// A record to edit in place, with how it was saved.
    func openRecord(_ relative: String) throws -> (document: RecordDocument, style: RecordFileStyle) {
        let path = root + "/" + relative
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ForankraError(.noInput, "cannot read the file", path: relative)
        }
        let text = try TextDecoding.decode(data, path: relative).text
        return (try RecordDocument(text: text, path: relative), RecordFileStyle(of: data))
    }

    /// Writes an edited record back atomically, saved the way it was found.
    func save(_ document: RecordDocument, style: RecordFileStyle) throws {
        try AtomicFile.write(style.data(document.text), to: try recordPath(document.path))
    }
}
