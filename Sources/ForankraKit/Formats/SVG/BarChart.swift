/// Horizontal bars, one per category (departments, sections), for shares between 0 and 1,
/// with an optional vertical marker for where the plan says we should be today.
public struct BarChart: Sendable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        /// A share, 0...1; values outside are drawn clamped to the chart.
        public var value: Double
        /// Written after the bar, e.g. "72 %". Keep it short (about 11 characters fit after a full
        /// bar). No bar is ever hidden: groups too small to show are merged before they are drawn.
        public var valueText: String

        public init(label: String, value: Double, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    public var title: String
    public var axis: ChartAxisLabels
    public var bars: [Bar]
    /// The plan's share today, 0...1, drawn as a labelled vertical line.
    public var target: Double?
    /// The marker's text; "Plan i dag: 60 %" when nil.
    public var targetLabel: String?
    /// Shown instead of the chart when `bars` is empty.
    public var emptyText: String
    /// The `id` of the `<svg>`; derived from the title when nil (see `ChartIdentifier`).
    public var id: String?

    public init(
        title: String,
        axis: ChartAxisLabels,
        bars: [Bar],
        target: Double? = nil,
        targetLabel: String? = nil,
        emptyText: String = "Inga uppgifter ännu",
        id: String? = nil
    ) {
        self.title = title
        self.axis = axis
        self.bars = bars
        self.target = target
        self.targetLabel = targetLabel
        self.emptyText = emptyText
        self.id = id
    }
}
