extension SentenceSplitter {
    /// Words whose full stop usually marks a shortening rather than a sentence end.
    enum Abbreviation: Equatable {
        /// Closes a list and so often closes the sentence too: `osv.`, `etc.`, `m.m.`.
        case closesList
        /// Stands inside a sentence: `t.ex.`, `bl.a.`, `kap.`, `kl.`. Never ends one.
        case inline

        /// The kind of abbreviation `stem` (a word without its final full stop) is, if any.
        /// Only the first letter is case-insensitive, as in "T.ex." at a sentence start: a
        /// capitalised whole word such as the union "ST" is a name, not the abbreviation "st.".
        static func kind(of stem: Substring) -> Abbreviation? {
            guard let first = stem.first, stem.utf8.count <= longestKey else { return nil }
            let key = first.lowercased() + stem.dropFirst()
            if closingList.contains(key) { return .closesList }
            if inlineList.contains(key) { return .inline }
            return nil
        }

        /// A single letter before a full stop is an initial ("Anna K. Svensson") or a one-letter
        /// shortening ("s. 12"); a sentence seldom ends with one.
        static func isInitial(_ stem: Substring) -> Bool {
            let scalars = stem.unicodeScalars
            guard let first = scalars.first, scalars.count == 1 else { return false }
            return first.properties.isAlphabetic
        }

        /// Letters of one or two in dotted groups, like "i.o.m" or "f.Kr", are abbreviations we
        /// have not listed. Domain names have longer parts ("www.kommun.se") and do end sentences.
        static func isDotted(_ stem: Substring) -> Bool {
            let parts = stem.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 2 else { return false }
            return parts.allSatisfy { part in
                (1...2).contains(part.count) && part.allSatisfy(\.isLetter)
            }
        }

        /// "1", "3" or "3.2": a number of list or heading shape. The caller decides whether it
        /// stands where a list number would (first in a sentence or after a colon); elsewhere
        /// "år 2025." or "§ 93." ends a sentence like any other word. Times ("13.00") do not
        /// qualify because list numbers have no leading zeros.
        static func isListNumber(_ stem: Substring) -> Bool {
            let parts = stem.split(separator: ".", omittingEmptySubsequences: false)
            return parts.allSatisfy { part in
                (1...2).contains(part.count) && part.first != "0" && part.allSatisfy { ("0"..."9").contains($0) }
            }
        }

        private static let closingList: Set<String> = [
            "osv", "o.s.v", "etc", "m.m", "m.fl", "mfl", "e.d", "o.d", "o.dyl",
            // Amounts end sentences as often as lists do: "Ersättningen är 1 000 kr. Den betalas …".
            "kr", "tkr", "mnkr",
        ]

        private static let inlineList: Set<String> = [
            "t.ex", "bl.a", "s.k", "dvs", "d.v.s", "ca", "inkl", "exkl", "resp", "fr.o.m", "t.o.m",
            "jfr", "enl", "kl", "nr", "st", "p.g.a", "pga", "f.d", "fr.a", "ang", "avd", "forts", "kap",
            "mom", "prop", "ex", "bl", "m.a.o", "i.o.m", "t.v", "t.f", "f.ö", "ev", "obs", "tel", "tfn",
            "dnr", "fig", "ff", "s.a.s", "i.st.f", "ung", "bet", "dir", "jmf", "gm", "e.g", "i.e",
            "vs", "dr", "prof", "mr", "mrs", "ms",
        ]

        private static let longestKey = (closingList.union(inlineList)).map(\.utf8.count).max() ?? 0
    }
}
