import Foundation

/// Sentences that open by naming the document they stand in: "I denna policy beskrivs hur vi
/// …", "I Region Stockholms uppförandekod anges vad …". The naming is the frame, not the
/// statement; a sheet quotes what follows it, marked with an ellipsis as every shortened
/// quotation is, so the words are still the programme's own.
enum DocumentReference {
    static func withoutOpening(_ sentence: String) -> String? {
        let words = sentence.split(separator: " ")
        guard words.count >= 8, words.first == "I" else { return nil }
        // The document is named within the first few words, then a verb of showing, then the
        // question word that opens the statement.
        guard let verb = words.prefix(7).firstIndex(where: { showingVerbs.contains($0.lowercased()) }), verb >= 2,
              words[1..<verb].contains(where: { word in documentKinds.contains { word.lowercased().hasPrefix($0) || word.lowercased().hasSuffix($0) } }),
              verb + 1 < words.count, questionWords.contains(words[verb + 1].lowercased())
        else { return nil }
        return "… " + words[(verb + 1)...].joined(separator: " ")
    }

    private static let showingVerbs: Set<String> = ["beskrivs", "anges", "framgår", "redovisas", "tydliggörs", "förklaras", "klargörs"]
    private static let questionWords: Set<String> = ["hur", "vad", "vilka", "vilket", "vilken", "att", "varför", "när"]
    private static let documentKinds = ["policy", "program", "riktlinje", "plan", "strategi", "kod", "dokument", "överenskommelse"]
}
