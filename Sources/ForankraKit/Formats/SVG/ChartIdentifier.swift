/// The `id` an SVG chart's `<title>` is known by, unique within one report page.
///
/// A caller-chosen id is cleaned to letters, digits, "-" and "_". Without one the id is
/// derived from the chart kind and title with FNV-1a, which (unlike `hashValue`) is the same
/// in every run; two charts of one kind with the same title need ids of their own.
enum ChartIdentifier {
    static func make(kind: String, title: String, explicit: String?) -> String {
        if let explicit, !explicit.isEmpty {
            let cleaned = String(explicit.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
            return cleaned.first?.isLetter == true ? cleaned : "chart-" + cleaned
        }
        return "chart-\(kind)-" + hex(fnv1a("\(kind)\n\(title)"))
    }

    private static func fnv1a(_ text: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
