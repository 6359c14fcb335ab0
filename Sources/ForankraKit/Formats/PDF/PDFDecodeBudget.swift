/// How many bytes the streams of one document may unpack to, all together. A PDF of a few
/// kilobytes can hold a stream that inflates to gigabytes; once the budget is spent, the
/// reader stops and refuses the file instead of filling the memory.
final class PDFDecodeBudget {
    static let standardLimit = 256 * 1_048_576

    let limit: Int
    private(set) var remaining: Int
    private(set) var isExhausted = false

    init(limit: Int = standardLimit) {
        self.limit = limit
        remaining = limit
    }

    func spend(_ count: Int) {
        remaining -= count
        if remaining <= 0 {
            remaining = 0
            isExhausted = true
        }
    }

    func markExhausted() {
        remaining = 0
        isExhausted = true
    }
}
