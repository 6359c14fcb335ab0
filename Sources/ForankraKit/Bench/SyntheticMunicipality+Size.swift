extension SyntheticMunicipality {
    /// How big a municipality to make. `large` is the largest Swedish municipality, rounded;
    /// `xlarge` is ten years of it: two programme periods, every manager taking every section.
    public enum Size: String, Sendable, CaseIterable {
        case small, medium, large, xlarge

        public var managers: Int {
            switch self {
            case .small: 40
            case .medium: 500
            case .large: 2_500
            case .xlarge: 10_000
            }
        }

        public var staff: Int {
            switch self {
            case .small: 500
            case .medium: 8_000
            case .large: 40_000
            case .xlarge: 160_000
            }
        }

        public var workshops: Int {
            switch self {
            case .small: 4
            case .medium: 20
            case .large: 100
            case .xlarge: 400
            }
        }

        public var apts: Int {
            switch self {
            case .small: 300
            case .medium: 5_000
            case .large: 25_000
            case .xlarge: 100_000
            }
        }

        public var departments: Int {
            switch self {
            case .small: 4
            case .medium: 8
            case .large: 12
            case .xlarge: 16
            }
        }

        public var units: Int {
            switch self {
            case .small: 16
            case .medium: 90
            case .large: 400
            case .xlarge: 1_600
            }
        }

        /// Managers, workshops and APTs: the records a command has to read.
        public var records: Int { managers + workshops + apts }
    }
}
