import Foundation

/// Maps a large list on every core, keeping the order. Used to read thousands of record files,
/// where parsing, not the disk, is what takes the time.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard items.count >= 64, cores > 1 else { return items.map(transform) }
        let chunks = cores * 4
        let size = (items.count + chunks - 1) / chunks
        let results = ChunkResults<Result>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * size
            guard start < items.count else { return }
            results.store(items[start..<min(start + size, items.count)].map(transform), at: chunk)
        }
        return results.joined()
    }
}

/// Each chunk's results, written once under a lock and joined in chunk order.
private final class ChunkResults<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[Result]]

    init(count: Int) {
        chunks = Array(repeating: [], count: count)
    }

    func store(_ results: [Result], at index: Int) {
        lock.withLock { chunks[index] = results }
    }

    func joined() -> [Result] {
        lock.withLock { chunks.flatMap { $0 } }
    }
}
