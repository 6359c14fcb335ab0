/// A value of PDF syntax (ISO 32000-1, 7.3). Strings stay bytes, since what they mean depends
/// on where they stand: a title is PDFDocEncoding or UTF-16, text in a page is font codes.
enum PDFObject: Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    case string([UInt8])
    case name(String)
    case array([PDFObject])
    case dictionary(PDFDictionary)
    case stream(PDFStream)
    case reference(PDFReference)

    var number: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .real(let value): return value.isFinite ? value : nil
        default: return nil
        }
    }

    /// A whole number; a real with no fraction counts too, since some writers print `612.0`.
    var integer: Int? {
        switch self {
        case .integer(let value): return value
        case .real(let value) where value.isFinite && abs(value) < 1e15 && value == value.rounded(): return Int(value)
        default: return nil
        }
    }

    var name: String? {
        if case .name(let value) = self { return value }
        return nil
    }

    var string: [UInt8]? {
        if case .string(let value) = self { return value }
        return nil
    }

    var array: [PDFObject]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The dictionary of a dictionary or of a stream.
    var dictionary: PDFDictionary? {
        switch self {
        case .dictionary(let value): return value
        case .stream(let stream): return stream.dictionary
        default: return nil
        }
    }

    var stream: PDFStream? {
        if case .stream(let value) = self { return value }
        return nil
    }

    var reference: PDFReference? {
        if case .reference(let value) = self { return value }
        return nil
    }
}

/// `12 0 R`: an object kept elsewhere in the file, found through the cross-reference table.
struct PDFReference: Hashable {
    var number: Int
    var generation: Int
}

/// A PDF dictionary: names to values, in no order that means anything.
struct PDFDictionary: Equatable {
    var entries: [String: PDFObject] = [:]

    subscript(key: String) -> PDFObject {
        entries[key] ?? .null
    }

    var type: String? { self["Type"].name }
}

/// A stream's dictionary and its bytes as they stand in the file, still encoded; they are
/// decoded only when something reads them, so images that are never looked at cost nothing.
struct PDFStream: Equatable {
    var dictionary: PDFDictionary
    var data: ArraySlice<UInt8>
}
