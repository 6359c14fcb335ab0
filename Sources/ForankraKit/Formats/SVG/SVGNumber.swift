/// Numbers for SVG coordinates: always "." as the decimal mark, at most two decimals, no
/// trailing zeros, no "-0". Written by hand so the machine's locale can never reach the output.
enum SVGNumber {
    static let decimals = 2

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let scale = 100.0 // 10^decimals
        let limit = 1e12
        let scaled = (min(max(value, -limit), limit) * scale).rounded()
        let magnitude = Int(abs(scaled))
        guard magnitude != 0 else { return "0" }
        let whole = magnitude / Int(scale)
        var fraction = String(magnitude % Int(scale))
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = scaled < 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}

extension Double {
    /// This value written for an SVG attribute.
    var svg: String { SVGNumber.format(self) }

    /// This value pinned into `range`; not-a-number becomes the lower bound.
    func clamped(to range: ClosedRange<Double>) -> Double {
        guard !isNaN else { return range.lowerBound }
        return Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }
}
