/// The visible names of a chart's two axes, e.g. "Andel chefer som gått utbildningen" and "Förvaltning".
public struct ChartAxisLabels: Sendable, Equatable {
    public var x: String
    public var y: String

    public init(x: String, y: String) {
        self.x = x
        self.y = y
    }
}
