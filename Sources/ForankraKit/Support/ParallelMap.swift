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
    /// calling thread. The items go in batches, each consumed before the next is mapped, so
    /// what the caller keeps of the results is never held a second time beside all of them:
    /// with 100 000 record files, only one batch's readings wait to be consumed.
    static func forEach<Item: Sendable, Result: Sendable>(_ items: [Item], batch: Int = 4_096, _ transform: @Sendable (Item) -> Result,
                                                          consume: (Result) -> Void) {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard items.count >= 64, cores > 1 else {
            for item in items { consume(transform(item)) }
            return
        }
        for batchStart in stride(from: 0, to: items.count, by: max(1, batch)) {
            let batchItems = items[batchStart..<min(batchStart + max(1, batch), items.count)]
            let chunks = cores * 4
            let size = (batchItems.count + chunks - 1) / chunks
            let results = ChunkResults<Result>(count: chunks)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = batchItems.startIndex + chunk * size
                guard start < batchItems.endIndex else { return }
                results.store(batchItems[start..<min(start + size, batchItems.endIndex)].map(transform), at: chunk)
            }
            for chunk in 0..<chunks {
                for result in results.take(chunk) { consume(result) }
            }
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
