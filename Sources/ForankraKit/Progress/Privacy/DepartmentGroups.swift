/// Which group each department's figures are shown under. A department with fewer active
/// managers than the minimum is never shown alone: it joins "Övriga förvaltningar". When that
/// group is itself too small, the smallest department shown on its own joins it too, so that
/// the total minus the departments shown never gives a small group's figure away.
enum DepartmentGroups {
    static func groups(_ managersByDepartment: [String: Int], minimum: Int, otherName: String) -> [String: String] {
        var assignment = Dictionary(uniqueKeysWithValues: managersByDepartment.keys.map { ($0, $0) })
        let small = managersByDepartment.filter { $0.value < minimum }.map(\.key)
        guard !small.isEmpty else { return assignment }
        for name in small { assignment[name] = otherName }
        var merged = small.reduce(0) { $0 + (managersByDepartment[$1] ?? 0) }
        let shown = managersByDepartment.filter { $0.value >= minimum }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        for department in shown where merged < minimum {
            assignment[department.key] = otherName
            merged += department.value
        }
        return assignment
    }

    /// The groups of the departments of the managers active on `day`.
    static func groups(_ records: RolloutRecords, on day: CalendarDate) -> [String: String] {
        var activeByDepartment: [String: Int] = [:]
        for manager in records.managers where manager.isActive(on: day) { activeByDepartment[manager.department, default: 0] += 1 }
        return groups(activeByDepartment, minimum: records.settings.minimumGroupSize, otherName: otherName(records.settings.language))
    }

    static func otherName(_ language: Language) -> String {
        language.pick("Övriga förvaltningar", "Other departments")
    }
}
