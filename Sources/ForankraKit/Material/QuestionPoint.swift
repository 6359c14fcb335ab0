/// What a question is about, as far as telling two questions on one sheet apart goes: its
/// content words. Two questions that share two of them ("Vilka frågor … till HR?" and "Vad behöver
/// vi från HR, och vilka frågor …?") make the same point, and a sheet asks it once.
struct QuestionPoint {
    let words: Set<String>

    init(_ question: String) {
        var words: Set<String> = []
        for text in KeyStatementFinder.letterWords(question, hyphenJoins: false) {
            // An acronym such as HR is a content word however short; other short words are not.
            let isAcronym = text.count >= 2 && text.allSatisfy(\.isUppercase)
            let lowered = text.lowercased()
            guard isAcronym || (lowered.count >= 4 && !Self.common.contains(lowered)) else { continue }
            words.insert(lowered)
        }
        self.words = words
    }

    func isSame(as other: QuestionPoint) -> Bool {
        words.intersection(other.words).count >= 2
    }

    /// Words every question may hold without it being about them (Swedish and English).
    private static let common: Set<String> = [
        "vilka", "vilket", "vilken", "vill", "ville", "behöver", "finns", "också", "vara", "göra", "gör", "blir", "bli", "kunna", "skulle",
        "när", "eller", "inte", "till", "nästa", "över", "från", "under", "kommande", "något", "några", "andra", "annat", "varandra", "själva", "alla", "allt", "mycket", "mest",
        "våra", "vårt", "egen", "egna", "dess", "deras", "hans", "hennes", "där", "här", "sedan", "efter", "före", "genom",
        "avsnittet", "programmet", "arbetsplats", "arbetsplatsen", "arbetsplatsträff", "arbetsplatsträffen", "arbetsplatsträffar", "arbetsplatsträffarna",
        "what", "which", "when", "where", "does", "with", "that", "this", "would", "could", "should", "want", "need", "needs", "have",
        "work", "working", "make", "makes", "made", "here", "those", "next", "coming", "year", "most", "take", "takes",
        "from", "they", "them", "their", "there", "about", "into", "ourselves", "other", "section", "programme", "workplace", "meeting", "meetings",
    ]
}
