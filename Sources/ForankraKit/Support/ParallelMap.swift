import Foundation

/// Maps a large list on every core, keeping the order. Used to read thousands of record files,
/// where parsing, not the disk, is what takes the time.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        var all: [Result] = []
        all.reserveCapacity(items.count)
        forEach(items, transform) { all.append($0) }
        return all
    }

    /// Maps on every core and hands each result to `consume` in the items' order, on the
    /// calling thread. A chunk of results is let go once consumed, so what the caller keeps of
    /// them is not held a second time beside the whole list.
    static func forEach<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result,
                                                          consume: (Result) -> Void) {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard items.count >= 64, cores > 1 else {
            for item in items { consume(transform(item)) }
            return
        }
        let chunks = cores * 4
        let size = (items.count + chunks - 1) / chunks
        let results = ChunkResults<Result>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * size
            guard start < items.count else { return }
            results.store(items[start..<min(start + size, items.count)].map(transform), at: chunk)
        }
        for chunk in 0..<chunks {
            for result in results.take(chunk) { consume(result) }
        }
    }
}

/// Each chunk's results, written once under a lock and taken out in chunk order.
private final class ChunkResults<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[Result]]

    init(count: Int) {
        chunks = Array(repeating: [], count: count)
    }

    func store(_ results: [Result], at index: Int) {
        lock.withLock { chunks[index] = results }
    }

    /// The chunk's results, no longer held here.
    func take(_ index: Int) -> [Result] {
        lock.withLock {
            let results = chunks[index]
            chunks[index] = []
            return results
        }
    }
}
