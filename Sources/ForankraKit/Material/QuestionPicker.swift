/// Chooses the questions on a sheet from the editable banks: questions from the section's
/// themes, taken in turn from each, then reflection questions. Each sheet starts at a different
/// place in the banks, so two sections on the same theme do not get the same questions.
enum QuestionPicker {
    static let themeQuestions = 4
    static let reflectionQuestions = 2

    static func questions(themes: [Theme], reflection: ReflectionBank, position: Int, language: Language, avoiding asked: Set<String> = [],
                          kind: SectionKind = .ordinary) -> [String] {
        let english = language == .en
        var picked: [String] = []
        let banks = themes.prefix(2).map { $0.questions(english: english) }.filter { !$0.isEmpty }
        if let own = reflection.questions(for: kind, english: english) {
            // An introduction or a follow-up section is about the programme itself, not a theme;
            // its bank fills the sheet, so no general question repeats the point of one of its own.
            picked += own.prefix(themeQuestions + reflectionQuestions)
        } else if banks.isEmpty {
            picked += rotated(reflection.general(english: english), by: position).prefix(themeQuestions)
        } else {
            var cursors = Array(repeating: 0, count: banks.count)
            var bank = 0
            var attempts = 0
            while picked.count < themeQuestions && attempts < themeQuestions * 6 {
                let questions = banks[bank]
                let index = (position * 2 + cursors[bank]) % questions.count
                cursors[bank] += 1
                // A question another sheet of the set already asks is taken only when the
                // banks run dry (the loop's attempts run out first otherwise).
                let fresh = !asked.contains(questions[index]) || attempts >= themeQuestions * 2
                if fresh && !picked.contains(questions[index]) { picked.append(questions[index]) }
                bank = (bank + 1) % banks.count
                attempts += 1
            }
        }
        // A reflection question that makes the point of one already on the sheet is passed over.
        // Each question's point is worked out once, not once for every pair compared.
        var pickedPoints = picked.map(QuestionPoint.init)
        for question in rotated(reflection.questions(english: english), by: position * reflectionQuestions) where !picked.contains(question) {
            guard picked.count < themeQuestions + reflectionQuestions else { break }
            let point = QuestionPoint(question)
            guard !pickedPoints.contains(where: { $0.isSame(as: point) }) else { continue }
            picked.append(question)
            pickedPoints.append(point)
        }
        return picked
    }

    private static func rotated(_ items: [String], by offset: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let start = offset % items.count
        return Array(items[start...] + items[..<start])
    }
}
