/// Cumulative progress over time: the actual numbers as solid lines with markers, the plan
/// as a dashed line, with a legend that shows each line's stroke.
public struct LineChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        /// Drawn in the given order; points that are not finite are left out.
        public var points: [(x: Double, y: Double)]
        /// The plan: dashed, grey, no markers.
        public var dashed: Bool

        public init(name: String, points: [(x: Double, y: Double)], dashed: Bool = false) {
            self.name = name
            self.points = points
            self.dashed = dashed
        }
    }

    public var title: String
    public var axis: ChartAxisLabels
    /// Labelled positions along x, e.g. the first of each month as "jan", "feb", computed by the caller.
    public var xTicks: [(x: Double, label: String)]
    /// The top of the y axis; values above it are drawn at the top. Not positive: the largest y.
    public var yMaximum: Double
    /// Labelled positions along y, e.g. `[(0, "0"), (20, "20"), (40, "40")]`; ticks outside
    /// 0...yMaximum are left out.
    public var yTicks: [(y: Double, label: String)]
    public var series: [Series]
    /// Shown instead of the chart when no series has a point.
    public var emptyText: String
    /// The `id` of the `<svg>`; derived from the title when nil (see `ChartIdentifier`).
    public var id: String?

    public init(
        title: String,
        axis: ChartAxisLabels,
        xTicks: [(x: Double, label: String)],
        yMaximum: Double,
        yTicks: [(y: Double, label: String)],
        series: [Series],
        emptyText: String = "Inga uppgifter ännu",
        id: String? = nil
    ) {
        self.title = title
        self.axis = axis
        self.xTicks = xTicks
        self.yMaximum = yMaximum
        self.yTicks = yTicks
        self.series = series
        self.emptyText = emptyText
        self.id = id
    }
}
