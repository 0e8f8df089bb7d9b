import Testing
import OpsModel

extension CalendarSpec {
    @Suite("Cron expressions")
    struct CalendarCronTests {
        struct Case: Sendable, CustomTestStringConvertible {
            let cron: String
            /// (year, month, day, hour, minute)
            let at: (Int, Int, Int, Int, Int)
            let fires: Bool
            let why: String
            var testDescription: String { "\(cron) @ \(at): \(why)" }
        }

        // Weekdays of 2026 used below, worked out from 2026-01-01 being a Thursday:
        // 2026-06-01 Monday, 2026-06-02 Tuesday, 2026-06-08 Monday, 2026-06-06 Saturday, 2026-06-07 Sunday,
        // 2026-06-15 Monday, 2026-07-01 Wednesday.
        static let cases: [Case] = [
            Case(cron: "*/15 9-17 * * MON-FRI", at: (2026, 6, 1, 9, 45), fires: true, why: "quarter hour, office hours, Monday"),
            Case(cron: "*/15 9-17 * * MON-FRI", at: (2026, 6, 1, 9, 50), fires: false, why: "50 is not a quarter"),
            Case(cron: "*/15 9-17 * * MON-FRI", at: (2026, 6, 1, 18, 0), fires: false, why: "18 is past 17"),
            Case(cron: "*/15 9-17 * * MON-FRI", at: (2026, 6, 6, 10, 0), fires: false, why: "Saturday"),
            Case(cron: "1-5/2 * * * *", at: (2026, 6, 1, 0, 3), fires: true, why: "1-5/2 is 1,3,5"),
            Case(cron: "1-5/2 * * * *", at: (2026, 6, 1, 0, 4), fires: false, why: "1-5/2 is 1,3,5"),
            Case(cron: "0 0 1 * MON", at: (2026, 6, 15, 0, 0), fires: true, why: "Vixie OR: a Monday that is not the 1st"),
            Case(cron: "0 0 1 * MON", at: (2026, 7, 1, 0, 0), fires: true, why: "Vixie OR: the 1st, a Wednesday"),
            Case(cron: "0 0 1 * MON", at: (2026, 6, 2, 0, 0), fires: false, why: "neither the 1st nor a Monday"),
            Case(cron: "0 0 */2 * MON", at: (2026, 6, 8, 0, 0), fires: false, why: "starred day-of-month: AND; */2 is 1,3,5… and the 8th is even"),
            Case(cron: "0 0 */2 * MON", at: (2026, 6, 1, 0, 0), fires: true, why: "starred day-of-month: 1st and Monday"),
            Case(cron: "0 0 * * 7", at: (2026, 6, 7, 0, 0), fires: true, why: "7 is Sunday"),
            Case(cron: "0 0 * * 0", at: (2026, 6, 7, 0, 0), fires: true, why: "0 is Sunday"),
            Case(cron: "0 0 * * 5-7", at: (2026, 6, 7, 0, 0), fires: true, why: "5-7 reaches Sunday"),
            Case(cron: "0 0 * * sun", at: (2026, 6, 7, 0, 0), fires: true, why: "names are case-insensitive"),
            Case(cron: "0 0 20 nov *", at: (2026, 11, 20, 0, 0), fires: true, why: "month name"),
            Case(cron: "0 0 20 Nov-Dec *", at: (2026, 10, 20, 0, 0), fires: false, why: "October is outside NOV-DEC"),
            Case(cron: "30 2 1,15 * *", at: (2026, 6, 15, 2, 30), fires: true, why: "list"),
            Case(cron: "0 0 31 * *", at: (2026, 6, 31, 0, 0), fires: false, why: "June has no 31st"),
        ]

        @Test(arguments: cases)
        func matches(_ testCase: Case) throws {
            let cron = try CronExpression(testCase.cron)
            let (year, month, dayOfMonth, hourOfDay, minute) = testCase.at
            #expect(cron.matches(year: year, month: month, day: dayOfMonth, hour: hourOfDay, minute: minute) == testCase.fires)
        }

        struct Rejection: Sendable, CustomTestStringConvertible {
            let cron: String
            let field: String
            let text: String
            var testDescription: String { "\(cron) → \(field)" }
        }

        static let rejections: [Rejection] = [
            Rejection(cron: "60 * * * *", field: "minute", text: "60"),
            Rejection(cron: "1,,2 * * * *", field: "minute", text: "1,,2"),
            Rejection(cron: "*/0 * * * *", field: "minute", text: "*/0"),
            Rejection(cron: "*/x * * * *", field: "minute", text: "*/x"),
            Rejection(cron: "*/ * * * *", field: "minute", text: "*/"),
            Rejection(cron: "5/10 * * * *", field: "minute", text: "5/10"),
            Rejection(cron: "*/5/2 * * * *", field: "minute", text: "*/5/2"),
            Rejection(cron: "-1 * * * *", field: "minute", text: "-1"),
            Rejection(cron: "0 24 * * *", field: "hour", text: "24"),
            Rejection(cron: "0 9-5 * * *", field: "hour", text: "9-5"),
            Rejection(cron: "0 MON * * *", field: "hour", text: "MON"),
            Rejection(cron: "0 0 32 * *", field: "day-of-month", text: "32"),
            Rejection(cron: "0 0 0 * *", field: "day-of-month", text: "0"),
            Rejection(cron: "0 0 * 13 *", field: "month", text: "13"),
            Rejection(cron: "0 0 * FOO *", field: "month", text: "FOO"),
            Rejection(cron: "0 0 * * 8", field: "day-of-week", text: "8"),
            Rejection(cron: "0 0 * * MON-", field: "day-of-week", text: "MON-"),
            Rejection(cron: "0 0 * * FRI-MON", field: "day-of-week", text: "FRI-MON"),
            // Names are three ASCII letters: a long s upper-cases to S, but ſun is no Sunday.
            Rejection(cron: "0 0 * * \u{17F}un", field: "day-of-week", text: "\u{17F}un"),
            Rejection(cron: "0 0 * * MOND", field: "day-of-week", text: "MOND"),
            Rejection(cron: "0 0 * * 1\u{301}", field: "day-of-week", text: "1\u{301}"),
            Rejection(cron: "0 0 * *", field: "expression", text: "0 0 * *"),
            Rejection(cron: "0 0 * * * *", field: "expression", text: "0 0 * * * *"),
            Rejection(cron: "", field: "expression", text: ""),
        ]

        @Test(arguments: rejections)
        func rejects(_ rejection: Rejection) {
            #expect {
                _ = try CronExpression(rejection.cron)
            } throws: { error in
                guard let cronError = error as? CronError else { return false }
                return cronError.fieldName == rejection.field && cronError.text == rejection.text
                    && cronError.description.hasPrefix("\(rejection.field) \"\(rejection.text)\": ")
            }
        }

        @Test func errorMessageNamesFieldTextAndRange() {
            #expect(throws: CronError(field: .hour, text: "24", problem: "24 is out of range 0–23")) {
                _ = try CronExpression("0 24 * * *")
            }
            #expect(CronError(field: .hour, text: "24", problem: "24 is out of range 0–23").description == "hour \"24\": 24 is out of range 0–23")
        }

        @Test func listsFiringMinutesAndHoursInOrder() throws {
            let cron = try CronExpression("45,0-30/15 22,3 * * *")
            #expect(cron.minutes == [0, 15, 30, 45])
            #expect(cron.hours == [3, 22])
        }
    }
}
