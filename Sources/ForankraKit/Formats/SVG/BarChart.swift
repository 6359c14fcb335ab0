/// Horizontal bars, one per category (departments, sections), for shares between 0 and 1,
/// with an optional vertical marker for where the plan says we should be today.
public struct BarChart: Sendable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        /// A share, 0...1; values outside are drawn clamped to the chart.
        public var value: Double
        /// Written after the bar, e.g. "72 %"; for a suppressed bar the text drawn inside it,
        /// e.g. "för få svar för att redovisas". Keep it short (about 11 characters fit after a full bar).
        public var valueText: String
        /// Too few answers to show: drawn as an empty outlined bar holding `valueText`.
        public var suppressed: Bool

        public init(label: String, value: Double, valueText: String, suppressed: Bool = false) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.suppressed = suppressed
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
