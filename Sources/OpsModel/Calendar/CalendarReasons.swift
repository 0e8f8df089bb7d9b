import Foundation

/// The reasons calendar verdicts give, worded for a release manager, with stable data keys.
struct CalendarReasons {
    /// The zone times are shown in (the environment's).
    let display: ZoneClock
    /// The deploy's first instant.
    let deployStart: Date

    private func local(_ date: Date) -> String { CalendarTime.local(date, in: display) }

    /// Window id, name, kind, occurrence start/end (ISO-8601 UTC), reason and owner.
    func data(_ item: WindowOccurrence) -> [String: String] {
        var data = [
            "windowID": item.window.id,
            "windowName": item.window.name,
            "kind": item.window.kind.rawValue,
            "occurrenceStart": CalendarTime.iso8601(item.start),
            "occurrenceEnd": CalendarTime.iso8601(item.end),
            "reason": item.window.reason,
            "owner": item.window.owner,
        ]
        if case let .recurring(cron, _, _) = item.window.schedule { data["cron"] = cron }
        switch item.window.schedule {
        case .instants: break
        case let .local(_, _, zone), let .recurring(_, _, zone): data["windowZone"] = zone
        }
        return data
    }

    /// `"Name" until …` when already in force, `"Name" from … until …` when it starts later.
    private func span(_ item: WindowOccurrence) -> String {
        let reason = item.window.reason.isEmpty ? "" : " (\(item.window.reason))"
        if item.start <= deployStart {
            return "\"\(item.window.name)\" until \(local(item.end))\(reason)"
        }
        return "\"\(item.window.name)\" from \(local(item.start)) until \(local(item.end))\(reason)"
    }

    func freeze(_ item: WindowOccurrence) -> Reason {
        let message = item.start <= deployStart
            ? "frozen by \(span(item))"
            : "deploy would run into freeze \(span(item))"
        return Reason(rule: "calendar.freeze", status: .crit, message: message, data: data(item))
    }

    func softFreeze(_ item: WindowOccurrence) -> Reason {
        let lead = item.start <= deployStart
            ? "soft freeze \(span(item))"
            : "deploy would run into soft freeze \(span(item))"
        return Reason(
            rule: "calendar.soft-freeze", status: .warn,
            message: "\(lead): needs a recorded approval (owner \(item.window.owner))", data: data(item)
        )
    }

    func approved(_ item: WindowOccurrence, by approval: Approval) -> Reason {
        var data = data(item)
        data["approvalID"] = approval.id
        data["approver"] = approval.approver
        data["approvedAt"] = CalendarTime.iso8601(approval.approvedAt)
        data["validFrom"] = CalendarTime.iso8601(approval.validFrom)
        data["validUntil"] = CalendarTime.iso8601(approval.validUntil)
        if let note = approval.note { data["note"] = note }
        return Reason(
            rule: "calendar.approval", status: .ok,
            message: "soft freeze \"\(item.window.name)\" approved by \(approval.approver) "
                + "(approval \(approval.id), valid until \(local(approval.validUntil)))",
            data: data
        )
    }

    func insideMaintenance(_ item: WindowOccurrence) -> Reason {
        Reason(
            rule: "calendar.maintenance", status: .ok,
            message: "inside maintenance window \"\(item.window.name)\" until \(local(item.end))", data: data(item)
        )
    }

    /// Outside every maintenance occurrence: overrunning the one it starts in, or between them.
    func outsideMaintenance(overrunning: WindowOccurrence?, next: WindowOccurrence?, searchedUntil: Date) -> Reason {
        if let overrunning {
            return Reason(
                rule: "calendar.maintenance", status: .crit,
                message: "outside maintenance window: deploy would overrun \"\(overrunning.window.name)\", "
                    + "which ends \(local(overrunning.end))",
                data: data(overrunning)
            )
        }
        if let next {
            return Reason(
                rule: "calendar.maintenance", status: .crit,
                message: "outside maintenance window: next \"\(next.window.name)\" opens \(local(next.start))",
                data: data(next)
            )
        }
        return Reason(
            rule: "calendar.maintenance", status: .crit,
            message: "outside maintenance window: none opens before \(local(searchedUntil))",
            data: ["searchedUntil": CalendarTime.iso8601(searchedUntil)]
        )
    }

    func invalid(_ item: InvalidWindow) -> Reason {
        let problems = item.problems.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        return Reason(
            rule: "calendar.invalid-window", status: .unknown,
            message: "window \"\(item.window.name)\" cannot be evaluated (\(problems)); treated as blocking",
            data: [
                "windowID": item.window.id, "windowName": item.window.name, "kind": item.window.kind.rawValue,
                "problems": problems, "reason": item.window.reason, "owner": item.window.owner,
            ]
        )
    }

    func clear(until end: Date) -> Reason {
        Reason(
            rule: "calendar.clear", status: .ok,
            message: "no freeze, soft freeze or maintenance window applies",
            data: ["from": CalendarTime.iso8601(deployStart), "to": CalendarTime.iso8601(end)]
        )
    }
}
