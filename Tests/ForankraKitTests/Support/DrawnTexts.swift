@testable import ForankraKit

/// Texts drawn from an alphabet of pieces, the same ones on every run: a fast path is compared
/// with the slow way it replaces on thousands of them, the pieces chosen around what the fast
/// path must step aside for.
func drawnTexts(from alphabet: [String], count: Int, maxLength: Int, seed: UInt64) -> [String] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in
        let length = Int.random(in: 0...maxLength, using: &generator)
        return (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }.joined()
    }
}

func drawnTexts(from alphabet: [Character], count: Int, maxLength: Int, seed: UInt64) -> [String] {
    drawnTexts(from: alphabet.map { String($0) }, count: count, maxLength: maxLength, seed: seed)
}
