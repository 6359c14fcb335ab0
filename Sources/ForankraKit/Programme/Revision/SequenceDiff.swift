/// The longest common subsequence of two short sequences (the sentences of a section, the words
/// of a sentence), as the runs a reader sees: kept, removed, added.
///
/// Quadratic in time and memory, which is right for what it is given: a section has tens of
/// sentences and a sentence tens of words; a whole programme is never diffed in one piece.
enum SequenceDiff {
    enum Run<Element: Equatable>: Equatable {
        case kept([Element])
        case removed([Element])
        case added([Element])
    }

    static func runs<Element: Equatable>(from old: [Element], to new: [Element]) -> [Run<Element>] {
        let n = old.count, m = new.count
        // lengths[i][j]: the common subsequence of old[i...] and new[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var runs: [Run<Element>] = []
        func append(_ run: Run<Element>) {
            switch (runs.last, run) {
            case let (.kept(previous)?, .kept(more)): runs[runs.count - 1] = .kept(previous + more)
            case let (.removed(previous)?, .removed(more)): runs[runs.count - 1] = .removed(previous + more)
            case let (.added(previous)?, .added(more)): runs[runs.count - 1] = .added(previous + more)
            default: runs.append(run)
            }
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                append(.kept([old[i]])); i += 1; j += 1
            } else if i < n, j == m || lengths[i + 1][j] >= lengths[i][j + 1] {
                // At a tie the removal goes first, so a changed word reads "6" then "5".
                append(.removed([old[i]])); i += 1
            } else {
                append(.added([new[j]])); j += 1
            }
        }
        return runs
    }

    /// The places where the sequences differ: what was taken out and put in between two kept
    /// runs, in order; the count of elements both keep.
    static func hunks<Element: Equatable>(from old: [Element], to new: [Element]) -> (hunks: [(removed: [Element], added: [Element])], kept: Int) {
        var hunks: [(removed: [Element], added: [Element])] = []
        var removed: [Element] = [], added: [Element] = [], kept = 0
        func close() {
            if !removed.isEmpty || !added.isEmpty { hunks.append((removed, added)) }
            removed = []; added = []
        }
        for run in runs(from: old, to: new) {
            switch run {
            case let .kept(elements): close(); kept += elements.count
            case let .removed(elements): removed += elements
            case let .added(elements): added += elements
            }
        }
        close()
        return (hunks, kept)
    }
}
