import Foundation

/// One role however the programme writes it: "chefen", "varje chef", "alla chefer" and
/// "cheferna" are the same owner, and leadership should see their points together.
enum OwnerRole {
    private static let determiners = ["varje ", "alla ", "samtliga ", "respektive ", "each ", "every ", "all ", "the "]
    /// Plural and definite endings, longest first, so "cheferna" loses "erna" before "na".
    private static let endings = ["erna", "arna", "orna", "en", "er", "ar", "or", "et", "s"]

    /// The role with its determiner and ending taken off ("chef"). Owners of several words
    /// ("förvaltningscheferna med stöd av HR") are kept as written: their words say more than
    /// a shared stem would.
    static func key(_ owner: String) -> String {
        var words = owner.lowercased().trimmingCharacters(in: .whitespaces)
        for determiner in determiners where words.hasPrefix(determiner) {
            words = String(words.dropFirst(determiner.count))
            break
        }
        guard !words.contains(" ") else { return words }
        for ending in endings where words.count > ending.count + 2 && words.hasSuffix(ending) {
            return String(words.dropLast(ending.count))
        }
        return words
    }

    /// The name to show for a role written in several ways: "varje chef" when the text uses
    /// it (it says whose task it is without naming a person), else the most used form.
    static func shownName(_ forms: [String: Int]) -> String {
        if let each = forms.keys.sorted().first(where: { $0.lowercased().hasPrefix("varje ") || $0.lowercased().hasPrefix("each ") }) { return each }
        return forms.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key ?? ""
    }
}
