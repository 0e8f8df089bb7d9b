import Foundation
import Testing
import OpsModel

extension CalendarSpec {
    @Suite("Window validation")
    struct CalendarValidationTests {
        struct Case: Sendable, CustomTestStringConvertible {
            let label: String
            let schedule: WindowSchedule
            /// The fields expected to be named, in order.
            let fields: [String]
            var testDescription: String { label }
        }

        static let cases: [Case] = [
            Case(label: "fixed offset +01:00", schedule: recurring("0 0 * * *", hours: 1, zone: "+01:00"), fields: ["zone"]),
            Case(label: "UTC+1", schedule: recurring("0 0 * * *", hours: 1, zone: "UTC+1"), fields: ["zone"]),
            Case(label: "GMT+1", schedule: recurring("0 0 * * *", hours: 1, zone: "GMT+1"), fields: ["zone"]),
            Case(label: "Etc/GMT-1 is a fixed offset", schedule: recurring("0 0 * * *", hours: 1, zone: "Etc/GMT-1"), fields: ["zone"]),
            Case(label: "unknown name", schedule: recurring("0 0 * * *", hours: 1, zone: "Mars/Olympus_Mons"), fields: ["zone"]),
            Case(label: "wrong case", schedule: recurring("0 0 * * *", hours: 1, zone: "europe/berlin"), fields: ["zone"]),
            Case(label: "empty zone", schedule: recurring("0 0 * * *", hours: 1, zone: ""), fields: ["zone"]),
            Case(label: "UTC is fine", schedule: recurring("0 0 * * *", hours: 1, zone: "UTC"), fields: []),
            Case(label: "Etc/UTC is fine", schedule: recurring("0 0 * * *", hours: 1, zone: "Etc/UTC"), fields: []),
            Case(label: "Sydney is fine", schedule: recurring("0 0 * * *", hours: 1, zone: "Australia/Sydney"), fields: []),
            Case(label: "New York is fine", schedule: recurring("0 0 * * *", hours: 1, zone: "America/New_York"), fields: []),
            Case(label: "hour 24", schedule: recurring("0 24 * * *", hours: 1), fields: ["cron"]),
            Case(label: "bad zone and bad cron", schedule: recurring("0 0 32 * *", hours: 1, zone: "UTC+1"), fields: ["zone", "cron"]),
            Case(label: "zero duration", schedule: recurring("0 0 * * *", hours: 0), fields: ["duration"]),
            Case(label: "negative duration", schedule: recurring("0 0 * * *", hours: -1), fields: ["duration"]),
            Case(label: "instants end equals start", schedule: between("2026-07-01T10:00:00Z", "2026-07-01T10:00:00Z"), fields: ["end"]),
            Case(label: "instants end before start", schedule: between("2026-07-01T10:00:00Z", "2026-07-01T09:00:00Z"), fields: ["end"]),
            Case(label: "local end before start",
                 schedule: .local(start: LocalDateTime(year: 2026, month: 7, day: 2), end: LocalDateTime(year: 2026, month: 7, day: 1), zone: "Europe/Berlin"),
                 fields: ["end"]),
            // 02:15 and 02:45 on 29 Mar both fall in the Berlin gap and begin at 01:00Z: an empty window.
            Case(label: "local start and end in the same gap",
                 schedule: .local(start: LocalDateTime(year: 2026, month: 3, day: 29, hour: 2, minute: 15), end: LocalDateTime(year: 2026, month: 3, day: 29, hour: 2, minute: 45), zone: "Europe/Berlin"),
                 fields: ["end"]),
            Case(label: "local 30 February",
                 schedule: .local(start: LocalDateTime(year: 2026, month: 2, day: 30), end: LocalDateTime(year: 2026, month: 3, day: 2), zone: "Europe/Berlin"),
                 fields: ["start"]),
            Case(label: "local fixed-offset zone",
                 schedule: .local(start: LocalDateTime(year: 2026, month: 3, day: 1), end: LocalDateTime(year: 2026, month: 3, day: 2), zone: "+01:00"),
                 fields: ["zone"]),
        ]

        @Test(arguments: cases)
        func validates(_ testCase: Case) {
            let problems = window("w1", .freeze, testCase.schedule).validate()
            #expect(problems.map(\.field) == testCase.fields)
            #expect(problems.allSatisfy { $0.windowID == "w1" })
            if testCase.fields.isEmpty {
                #expect(throws: Never.self) { _ = try window("w1", .freeze, testCase.schedule).compiled() }
            } else {
                #expect(throws: CalendarValidationError.self) { _ = try window("w1", .freeze, testCase.schedule).compiled() }
            }
        }

        @Test func cronProblemNamesTheCronField() {
            let problems = window("peak", .freeze, recurring("0 24 * * *", hours: 1)).validate()
            #expect(problems.map(\.description) == ["window \"peak\": cron: hour \"24\": 24 is out of range 0–23"])
        }

        @Test func offsetProblemSaysWhy() {
            let problems = window("peak", .freeze, recurring("0 0 * * *", hours: 1, zone: "+01:00")).validate()
            #expect(problems.first?.message.contains("fixed offset") == true)
        }
    }
}
