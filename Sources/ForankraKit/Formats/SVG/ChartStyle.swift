/// Colours, sizes and dash patterns shared by the charts. Every ink is dark enough to read on
/// a greyscale printer; series differ by dash and markers as well as by colour.
enum ChartStyle {
    static let width = 640.0
    static let fontFamily = "Arial, Helvetica, sans-serif"
    static let titleSize = 16.0
    static let textSize = 12.0

    static let text = "#1a1a1a"
    static let mutedText = "#404040"
    static let axis = "#333333"
    static let grid = "#c8c8c8"
    static let bar = "#1f4e79"
    static let target = "#a63d00"

    /// Solid series (the actual numbers), in order.
    static let solidSeries = ["#1f4e79", "#8a3b12", "#2f5f2f"]
    /// Dashed series (the plan), in order, with their dash patterns.
    static let dashedSeries = ["#505050", "#6b4f00", "#3d3d6b"]
    static let dashPatterns = ["7 5", "2 3", "10 3 2 3"]

    /// "72 %" for 0.72: Swedish style, a space before the sign, no decimals.
    static func percent(_ share: Double) -> String {
        "\(Int((share.clamped(to: 0...1) * 100).rounded())) %"
    }
}
