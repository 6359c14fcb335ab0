/// Why a PDF gives no text. Each case is a refusal the user can act on; `PDFReader` words it
/// as an error that names the file.
enum PDFFailure: Error, Equatable {
    case notAPDF
    case damaged
    case encrypted
    case noText
    case pageTreeLoops
    case tooLarge(megabytes: Int)

    var message: String {
        switch self {
        case .notAPDF: return "this is not a PDF file"
        case .damaged: return "the PDF is damaged: no text could be read from it"
        case .encrypted: return "the PDF is protected"
        case .noText: return "the PDF has pages but no text: it looks like scanned images"
        case .pageTreeLoops: return "the PDF is damaged: its pages refer to each other in a loop"
        case .tooLarge(let megabytes): return "the PDF unpacks to more than \(megabytes) MB"
        }
    }

    var hint: String {
        switch self {
        case .notAPDF: return "Check that the file is the PDF itself and not a web page or a link saved under a .pdf name."
        case .damaged, .pageTreeLoops: return "Open the PDF in a PDF reader and save or print it as a new PDF, or use the Word original."
        case .encrypted: return "Save an unprotected copy (print to PDF, or Save as without protection) and read that."
        case .noText: return "Run OCR on it first (in the scanner's software or an OCR tool), or use the Word original."
        case .tooLarge: return "Save or print it as a new PDF without images, or use the Word original."
        }
    }
}
