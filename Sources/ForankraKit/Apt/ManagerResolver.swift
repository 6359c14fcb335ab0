/// Works out which manager a returned sheet or a form answer means: people write their roster
/// id, their e-mail, their name, or only their unit.
struct ManagerResolver {
    let roster: RosterFile

    enum Outcome {
        case found(Manager)
        case unknown(String)
    }

    func resolve(manager written: String?, unit: String?) -> Outcome {
        let name = written.map(\.foldedForMatching) ?? ""
        if !name.isEmpty {
            if let byID = roster.managers.first(where: { $0.id.lowercased() == name }) { return .found(byID) }
            if let byEmail = roster.managers.first(where: { !$0.email.isEmpty && $0.email.lowercased() == name }) { return .found(byEmail) }
            let byName = roster.managers.filter { $0.name.foldedForMatching == name }
            if byName.count == 1 { return .found(byName[0]) }
            if byName.count > 1, let unit, let one = byName.first(where: { $0.unit.foldedForMatching == unit.foldedForMatching }) { return .found(one) }
        }
        if let unit, !unit.isEmpty {
            let byUnit = roster.managers.filter { $0.unit.foldedForMatching == unit.foldedForMatching }
            if byUnit.count == 1 { return .found(byUnit[0]) }
        }
        let shown = [written, unit].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        let nearest = Suggestion.closest(to: written ?? unit ?? "", among: roster.managers.map(\.name))
        return .unknown("could not tell which manager '\(shown)' is" + (nearest.map { "; did you mean \($0)?" } ?? ""))
    }
}
