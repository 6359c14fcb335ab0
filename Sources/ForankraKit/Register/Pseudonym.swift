/// What stands in for a person who has been forgotten: an id, a name and an e-mail that point
/// to nobody, numbered in the order people were forgotten. No key to the person is kept.
struct Pseudonym: Sendable, Equatable {
    static let idPrefix = "pseudonym-"

    let number: Int

    var id: String { Self.idPrefix + String(number) }
    var name: String { "Pseudonym \(number)" }
    /// `.invalid` is reserved (RFC 2606): no mail can ever reach it.
    var email: String { "\(id)@borttagen.invalid" }

    static func isPseudonym(_ id: String) -> Bool {
        number(of: id) != nil
    }

    /// The next free number on a roster: one past the highest in use, so forgetting again after
    /// an interrupted run gives the same pseudonym.
    static func next(after ids: [String]) -> Pseudonym {
        Pseudonym(number: (ids.compactMap(number(of:)).max() ?? 0) + 1)
    }

    private static func number(of id: String) -> Int? {
        guard id.hasPrefix(idPrefix) else { return nil }
        return Int(id.dropFirst(idPrefix.count))
    }
}
