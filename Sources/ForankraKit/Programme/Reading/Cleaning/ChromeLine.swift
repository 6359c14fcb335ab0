import Foundation

/// Lines that web pages and PDF viewers put around a document's own text: they say how to use
/// the page, never what the programme says. Each rule matches a whole line (or a short line
/// that opens with the phrase), so a sentence of the programme is never taken for chrome.
enum ChromeLine {
    static func kind(of line: String) -> ReadingNote.Kind? {
        var text = line.trimmingCharacters(in: .whitespaces).lowercased()
        if let first = text.first, LineShapes.bulletSymbols.contains(first) {
            text = text.dropFirst().trimmingCharacters(in: .whitespaces)
        }
        guard !text.isEmpty else { return nil }
        let words = text.split(separator: " ").count
        if isViewerChrome(text, words: words) { return .viewerChrome }
        if isWebChrome(text, words: words) { return .webChrome }
        if isImageText(text, words: words) { return .imageText }
        return nil
    }

    /// PDF-viewer and document-site lines: docplayer, 5dok and the like.
    private static func isViewerChrome(_ text: String, words: Int) -> Bool {
        if viewerLines.contains(text) { return true }
        guard words <= 14 else { return false }
        if viewerOpenings.contains(where: text.hasPrefix) { return true }
        // "WORD PNG TXT JPG": the formats a viewer offers to save the file as.
        let tokens = text.split(separator: " ")
        return tokens.count >= 2 && tokens.allSatisfy { fileFormats.contains(String($0)) }
    }

    private static let viewerLines: Set<String> = [
        "storlek: px", "transkript", "transcript", "advertisement", "annons", "no results found", "n/a", "protected",
        "copied!", "full text", "fulltext", "ladda ner", "ladda ned", "bädda in", "embed", "rapportera", "report",
    ]
    private static let viewerOpenings = [
        "starta visningen", "download \"", "download pdf", "ladda ner \"", "ladda ned \"", "save this pdf", "academic year",
        "share \"", "dela \"", "visningar:", "views:", "sidor:", "pages:",
    ]
    private static let fileFormats: Set<String> = ["word", "png", "txt", "jpg", "pdf", "doc", "docx", "odt", "epub", "ppt"]

    private static func isWebChrome(_ text: String, words: Int) -> Bool {
        if webLines.contains(text) { return true }
        guard words <= 40 else { return false }
        if text.contains("cookie") || text.contains("kakor") { return true }
        if text.contains("google translate") || text.hasPrefix("here you can choose") { return true }
        guard words <= 14 else { return false }
        if text.contains("till startsidan") || text.contains("till huvudinnehåll") { return true }
        if webOpenings.contains(where: text.hasPrefix) { return true }
        return isBreadcrumb(text)
    }

    private static let webLines: Set<String> = [
        "hoppa till innehåll", "hoppa till innehållet", "hoppa direkt till innehållet", "till innehållet", "till innehåll",
        "gå till innehåll", "gå till innehållet", "gå direkt till innehållet", "skip to content", "skip to main content",
        "dela", "dela sidan", "dela på sociala medier", "dela på facebook", "dela på linkedin", "dela på x", "tipsa", "tipsa en vän",
        "skriv ut", "skriv ut sidan", "lyssna", "lyssna på sidan", "läs upp", "print", "share", "facebook", "twitter", "linkedin",
        "instagram", "kopiera länk", "till toppen", "tillbaka till toppen", "meny", "sök", "stäng", "close", "translate",
        "välj språk", "languages", "other languages", "in english", "lättläst", "teckenspråk", "kontakt", "kontakta oss",
        "innehåll på sidan", "relaterade sidor", "relaterat", "läs mer", "visa mer", "visa fler", "tillbaka", "startsida",
    ]
    private static let webOpenings = [
        "senast uppdaterad", "sidan senast uppdaterad", "sidan uppdaterades", "uppdaterad:", "senast ändrad", "publicerad:",
        "publicerad den", "sidan publicerades", "sidansvarig", "granskad:", "last updated", "du är här", "you are here",
    ]

    /// "Start > Kommun och politik > Styrdokument": short steps joined by arrows.
    private static func isBreadcrumb(_ text: String) -> Bool {
        for separator in [" > ", " › ", " » ", " / "] {
            let parts = text.components(separatedBy: separator)
            if parts.count >= 3 && parts.allSatisfy({ $0.split(separator: " ").count <= 5 }) { return true }
        }
        return false
    }

    /// The descriptions of pictures that copy along with a page's text: "Bild på …",
    /// "Logotyp", "… vapensköld som länkar till startsidan".
    private static func isImageText(_ text: String, words: Int) -> Bool {
        guard words <= 20 else { return false }
        return imageOpenings.contains(where: text.hasPrefix) || text.contains("vapensköld") || text.contains("kommunvapen")
    }

    private static let imageOpenings = ["bild på", "bild:", "bilden visar", "foto:", "foto ", "fotograf:", "illustration:", "logotyp", "logo ", "logo:"]

    /// A line that holds only a date ("18 augusti, 2020", "2020-08-18"): on a web page it
    /// belongs to the "Publicerad:" before it.
    static func isDateOnly(_ line: String) -> Bool {
        let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !words.isEmpty, words.count <= 4 else { return false }
        return words.allSatisfy { word in
            word.allSatisfy { $0.isASCIIDigit || $0 == "-" || $0 == "." } || DateNames.month(Substring(word)) != nil
        }
    }
}
