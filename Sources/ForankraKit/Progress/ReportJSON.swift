/// The report as data: every figure, with the schema documented in the README.
enum ReportJSON {
    static func share(_ value: Double) -> JSONValue { .number((value * 10_000).rounded() / 10_000) }

    static func render(_ report: ProgressReport) -> JSONValue {
        let f = report.figures
        let problems: JSONValue = .object([
            ("count", .integer(report.problems.count)),
            ("recordsLeftOut", .integer(report.leftOut)),
            ("byCode", .object(RecordProblem.countsByCode(report.problems).map { ($0.code.rawValue, JSONValue.integer($0.count)) })),
        ])
        let summary: JSONValue = summaryValue(f)
        let departments: JSONValue = .array(f.departments.map(departmentValue))
        let sections: JSONValue = .array(f.sections.map(sectionValue))
        let timeline: JSONValue = .array(report.timeline.points.map(pointValue))
        let workshops: JSONValue = .array(report.workshops.map(workshopValue))
        let rest = restValues(report)
        return .object([
            ("generator", .string("forankra")),
            ("organisation", .string(report.organisation)),
            ("programme", .string(report.heading)),
            ("asOf", .string(f.asOf.description)),
            ("from", .optional(f.from?.description)),
            ("minimumGroupSize", .integer(report.minimumGroup)),
            ("problems", problems),
            ("summary", summary),
            ("departments", departments),
            ("sections", sections),
            ("timeline", timeline),
            ("planMilestones", .array((report.plan?.milestones ?? []).map { .object([("date", .string($0.date.description)), ("plan", share($0.share))]) })),
            ("workshops", workshops),
        ] + rest)
    }

    static func summaryValue(_ f: ProgressFigures) -> JSONValue {
        .object([
            ("activeManagers", .integer(f.activeManagers)),
                ("reached", .integer(f.reached)),
                ("reachedShare", share(f.reachedShare)),
                ("catchUp", .integer(f.catchUp)),
                ("notReached", .integer(f.notReached)),
                ("aptsHeld", .integer(f.aptsHeld)),
                ("aptParticipants", .integer(f.participants)),
                ("staff", .integer(f.staff)),
                ("staffReached", .integer(f.staffReached)),
                ("staffReachedShare", share(f.staffShare)),
                ("rollout", share(f.coverage)),
                ("plan", f.planned.map(share) ?? .null),
        ])
    }

    static func departmentValue(_ d: ProgressFigures.Department) -> JSONValue {
                .object([("name", .string(d.name)), ("activeManagers", .integer(d.activeManagers)), ("reached", .integer(d.reached)),
                         ("staff", .integer(d.staff)), ("staffReached", .integer(d.staffReached)), ("rollout", share(d.coverage))])
    }

    static func sectionValue(_ s: ProgressFigures.Section) -> JSONValue {
                .object([("id", .string(s.id)), ("title", .string(s.title)), ("apts", .integer(s.apts)),
                         ("managersWithApt", .integer(s.managersWithApt)), ("coverage", share(s.coverage)), ("staffReached", .integer(s.staffReached))])
    }

    static func pointValue(_ p: ProgressTimeline.Point) -> JSONValue {
                .object([("date", .string(p.date.description)), ("rollout", share(p.coverage)), ("plan", p.planned.map(share) ?? .null)])
    }

    static func workshopValue(_ w: WorkshopSummary) -> JSONValue {
                .object([("date", .string(w.date.description)), ("place", .string(w.place)), ("status", .string(w.status.rawValue)),
                         ("invited", .integer(w.invited)), ("present", .integer(w.present)), ("excused", .integer(w.excused)),
                         ("absent", .integer(w.absent)), ("attendance", share(w.attendance)), ("presentOrExcused", share(w.commitment)), ("ratings", .integer(w.ratings)),
                         ("averageRating", w.averageRating.map { .number(($0 * 100).rounded() / 100) } ?? .null),
                         ("rating", .string(ratingState(w.rating))),
                         ("ratingSharedWith", .array(sharedDates(w.rating).map { .string($0.description) }))])
    }

    /// "none", "shown", "waiting" or "outsidePeriod": why a rating is or is not printed.
    static func ratingState(_ rating: WorkshopSummary.Rating) -> String {
        switch rating {
        case .none: return "none"
        case .shown: return "shown"
        case .waiting: return "waiting"
        case .outsidePeriod: return "outsidePeriod"
        }
    }

    static func sharedDates(_ rating: WorkshopSummary.Rating) -> [CalendarDate] {
        if case .shown(_, let dates) = rating { return dates }
        return []
    }

    static func restValues(_ report: ProgressReport) -> [(String, JSONValue)] {
        [
            ("feedback", .object([
                ("ratings", .integer(report.feedback.ratings)),
                ("averageRating", report.feedback.averageRating.map { .number(($0 * 100).rounded() / 100) } ?? .null),
                ("waiting", .bool(report.feedbackWaiting)),
                ("tags", .array(report.feedback.tags.map { .object([("tag", .string($0.tag)), ("count", .integer($0.count))]) })),
                ("anonymousComments", .array(report.feedback.comments.map(JSONValue.string))),
                ("byDepartment", .array(report.feedbackByDepartment.map { group in
                    .object([("department", .optional(group.department)), ("answers", .integer(group.answers)), ("ratings", .integer(group.ratings)),
                             ("averageRating", group.averageRating.map { .number(($0 * 100).rounded() / 100) } ?? .null)])
                })),
            ])),
            ("raisedThemes", .array(report.raisedThemes.map { .object([("theme", .string($0.name)), ("count", .integer($0.count))]) })),
            ("questionsToHR", .object([
                ("total", .integer(report.questions.total)), ("unanswered", .integer(report.questions.unanswered)),
                ("texts", .array(report.questions.texts.map(JSONValue.string))),
                ("grouped", .array(report.questionGroups.map { group in
                    .object([("text", .string(group.text)), ("count", .integer(group.count)), ("unanswered", .integer(group.unanswered)),
                             ("first", .string(group.first.description)), ("last", .string(group.last.description))])
                })),
            ])),
            ("commitments", .object([
                ("open", .integer(report.commitments.open)), ("done", .integer(report.commitments.done)), ("overdue", .integer(report.commitments.overdue)),
                ("byDepartment", .array(report.commitmentsByDepartment.map { d in
                    .object([("department", .string(d.name)), ("open", .integer(d.open)), ("done", .integer(d.done)), ("overdue", .integer(d.overdue)),
                             ("earliestOverdue", .optional(d.oldestOverdue?.description))])
                })),
            ])),
            ("notAtWorkshop", .object([
                ("managers", .integer(report.invitations.notReached)), ("invited", .integer(report.invitations.invited)),
                ("nextWorkshop", .optional(report.invitations.next?.description)),
            ])),
            ("forecast", report.forecast.map { forecast in
                .object([("weeks", .integer(forecast.weeks)), ("gained", share(forecast.gained)), ("done", .bool(forecast.isDone)),
                         ("finish", .optional(forecast.finish?.description))])
            } ?? .null),
            ("revision", report.revision.map { revision in
                .object([
                    ("since", .string(revision.since.description)),
                    ("appliesFrom", .string(revision.appliesFrom.description)),
                    ("unitsToRetake", .integer(revision.unitsToRetake)),
                    ("added", .array(revision.added.map { .object([("id", .string($0.id)), ("title", .string($0.title))]) })),
                    ("changed", .array(revision.chapters.map { chapter in
                        .object([("id", .string(chapter.id)), ("title", .string(chapter.title)), ("before", .integer(chapter.before)),
                                 ("again", .integer(chapter.again)), ("remaining", .integer(chapter.remaining))])
                    })),
                ])
            } ?? .null),
            ("promises", report.promises.map { promises in
                .object([
                    ("total", .integer(promises.total)), ("done", .integer(promises.done)), ("late", .integer(promises.late)),
                    ("onTrack", .integer(promises.onTrack)), ("undated", .integer(promises.undated)), ("notApplicable", .integer(promises.notApplicable)),
                    ("late_points", .array(promises.lateRows.map { row in
                        .object([("id", .string(row.id)), ("section", .string(row.section)), ("text", .string(row.text)),
                                 ("due", row.due.map { .string($0.description) } ?? .null), ("owner", .string(row.owner)), ("status", .string(row.status.rawValue))])
                    })),
                    ("byYear", .array(promises.years.map { year in
                        .object([("year", .integer(year.year)), ("due", .integer(year.due)), ("done", .integer(year.done)), ("late", .integer(year.late))])
                    })),
                    ("byOwner", .array(promises.owners.map { owner in
                        .object([("owner", .string(owner.name)), ("done", .integer(owner.done)), ("late", .integer(owner.late)), ("open", .integer(owner.open))])
                    })),
                ])
            } ?? .null),
            ("cost", .object([
                ("workshopHours", .number((report.cost.workshopHours * 10).rounded() / 10)),
                ("aptHours", .number((report.cost.aptHours * 10).rounded() / 10)),
                ("totalHours", .number((report.cost.totalHours * 10).rounded() / 10)),
                ("hourlyCost", report.cost.hourlyCost.map(JSONValue.number) ?? .null),
                ("kronor", report.cost.kronor.map { .number($0.rounded()) } ?? .null),
            ])),
        ]
    }
}
