import Foundation

/// Finds the programme's promises: the points of its action lists, and the sentences that bind
/// the organisation to a time or a measure. Sentences about the programme itself (when it was
/// adopted, how long it applies) are not promises.
enum PromiseFinder {
    static func find(in programme: Programme, period: ProgrammePeriod) -> [Promise] {
        var promises: [Promise] = []
        for section in programme.sections {
            var candidates: [(text: String, isItem: Bool, inList: Int?)] = []
            var list = 0
            var previousWasItem = false
            for block in section.blocks {
                if block.kind == .listItem {
                    if !previousWasItem { list += 1 }
                    candidates.append((block.text, true, list))
                    previousWasItem = true
                } else {
                    previousWasItem = false
                    for sentence in SentenceSplitter.sentences(in: block.text) {
                        candidates.append((String(sentence), false, nil))
                    }
                }
            }
            // A list most of whose points carry a time or a measure is an action list: every
            // point of it is a promise.
            var actionLists: Set<Int> = []
            for list in Set(candidates.compactMap(\.inList)) {
                let items = candidates.filter { $0.inList == list }
                let bound = items.filter { PromiseTimeReader.read($0.text, period: period) != nil || hasMeasure($0.text) }
                if items.count >= 2, bound.count * 2 >= items.count { actionLists.insert(list) }
            }
            for candidate in candidates {
                let time = PromiseTimeReader.read(candidate.text, period: period)
                var signals: [Promise.Signal] = []
                if let list = candidate.inList, actionLists.contains(list) { signals.append(.point) }
                if time != nil { signals.append(.time) }
                if hasMeasure(candidate.text) { signals.append(.measure) }
                // A sentence ending in a colon leads into the list that holds the promises.
                guard !signals.isEmpty, !isAboutTheProgrammeItself(candidate.text), !candidate.text.hasSuffix(":") else { continue }
                guard signals.contains(.point) || candidate.isItem || bindsSomeone(candidate.text) else { continue }
                promises.append(Promise(number: promises.count + 1, sectionID: section.id, sectionTitle: section.title,
                                        text: candidate.text, signals: signals, time: time, owner: owner(in: candidate.text)))
            }
        }
        return promises
    }

    static func hasMeasure(_ text: String) -> Bool {
        text.range(of: #"\b(andel(en)?|procent|antal(et)?|minst|högst|öka[rs]?|minska[rs]?|halvera[rs]?|samtliga)\b|\d ?%"#,
                   options: [.regularExpression, .caseInsensitive]) != nil
            || text.range(of: #"\balla\b[^.]*\bska ha\b"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// A sentence that says something shall be done, not one that describes.
    static func bindsSomeone(_ text: String) -> Bool {
        text.range(of: #"\b(ska|skall|kommer att|genomförs|följs upp|redovisas|revideras|utvärderas|tas fram|tas upp|ses över|erbjuds|införs|klart senast|senast|redovisar|genomför|följer upp|tar fram|erbjuder|inför)\b"#,
                   options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// "Programmet antogs av kommunfullmäktige …", "gäller fr.o.m. den 1 januari 2026".
    static func isAboutTheProgrammeItself(_ text: String) -> Bool {
        text.range(of: #"\b(antogs|antagits|antagen|beslutades|fastställdes)\b|\bgäller (fr\.o\.m\.|från|till och med|t\.o\.m\.)"#,
                   options: [.regularExpression, .caseInsensitive]) != nil
    }

    private static let owners = [
        "kommunfullmäktige", "kommunstyrelsen", "kommundirektören", "nämnderna", "varje nämnd", "HR-avdelningen", "HR-direktören",
        "HR-chefen", "personalavdelningen", "personalchefen", "förvaltningscheferna", "förvaltningschefen", "varje förvaltning",
        "förvaltningarna", "varje chef", "alla chefer", "chefen", "chefer",
    ]

    /// Who is responsible: what follows "Ansvarig:" or "Ansvar:", else the first body the text
    /// names as acting; a body something is reported to ("redovisas för kommunstyrelsen",
    /// "rapporteras till nämnden") is the receiver, not the owner.
    static func owner(in text: String) -> String? {
        if let phrase = PromiseTimeReader.find(#"\bansvar(ig)?: ?[^.;]+"#, in: text) {
            let name = phrase.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if !name.isEmpty { return name }
        }
        var best: (offset: Int, name: String)?
        for owner in owners {
            guard let range = text.range(of: #"(?<!för )(?<!till )\b\#(owner)\b"#, options: [.regularExpression, .caseInsensitive]) else { continue }
            let offset = text.distance(from: text.startIndex, to: range.lowerBound)
            if best == nil || offset < (best?.offset ?? 0) { best = (offset, String(text[range])) }
        }
        return best?.name
    }
}
