import Console
import Foundation
import OpsModel
import Testing

/// `opsdeck calendar` and the iCalendar writer.
@Suite("opsdeck calendar and ICS")
struct CalendarReportTests {
    static let snapshot = DemoState.snapshot()

    static func run(_ arguments: CalendarReport.Arguments) -> CalendarReport.Outcome {
        CalendarReport.run(arguments, snapshot: snapshot, now: DemoState.blackFriday, clockIsFixed: true)
    }

    @Test func escapesTextValues() {
        #expect(ICalendarWriter.escape("a,b;c\\d") == "a\\,b\\;c\\\\d")
        #expect(ICalendarWriter.escape("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour")
        #expect(ICalendarWriter.escape("tab\there") == "tab here")
    }

    @Test func foldsAt75OctetsWithoutSplittingCharactersOrEscapes() {
        let long = "DESCRIPTION:" + String(repeating: "é", count: 50) + String(repeating: "x", count: 40) + "\\,"
        let folded = ICalendarWriter.fold(long)
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count > 1)
        for (index, line) in lines.enumerated() {
            #expect(line.utf8.count <= 75)
            if index > 0 { #expect(line.hasPrefix(" ")) }
            #expect(!line.hasSuffix("\\"))
        }
        // Unfolding (drop CRLF + one space) gives the line back.
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
        #expect(ICalendarWriter.fold("SHORT:x") == "SHORT:x")
        #expect(ICalendarWriter.fold(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75))
    }

    @Test func writesUTCInstants() {
        #expect(ICalendarWriter.utc(DemoState.blackFriday) == "20261127T090000Z")
    }

    @Test func documentIsCRLFWithStampFromTheClock() {
        let event = ICalendarEvent(
            uid: "w-1@opsdeck", start: DemoState.blackFriday, end: DemoState.blackFriday.addingTimeInterval(3600),
            summary: "Freeze: Sale, big; really", description: "line one\nline two", categories: ["FREEZE"]
        )
        let text = ICalendarWriter.document(name: "test", events: [event], stamp: DemoState.blackFriday)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains("\r\nDTSTAMP:20261127T090000Z\r\n"))
        #expect(text.contains("\r\nDTSTART:20261127T090000Z\r\nDTEND:20261127T100000Z\r\n"))
        #expect(text.contains("\r\nSUMMARY:Freeze: Sale\\, big\\; really\r\n"))
        #expect(text.contains("\r\nDESCRIPTION:line one\\nline two\r\n"))
        #expect(text.contains("\r\nUID:w-1@opsdeck\r\n"))
    }

    @Test func icsExportOfTheDemoCalendar() {
        let outcome = Self.run(.init(environmentID: "prod-de-nordkauf", format: .ics))
        #expect(outcome.exitCode == 0)
        let lines = outcome.output.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        let unfolded = outcome.output.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("UID:peak-season-eu-20261119T230000Z@opsdeck"))
        #expect(unfolded.contains("SUMMARY:Soft freeze: Month-end close"))
        #expect(unfolded.contains("UID:release-REL-17051-de@opsdeck"))
        #expect(unfolded.contains("SUMMARY:Release 17.0.5.1 to prod-de-nordkauf [IN FREEZE]"))
        #expect(outcome.output.components(separatedBy: "BEGIN:VEVENT").count - 1 == 4)
    }

    @Test func jsonListsOccurrencesWithTheirEnvironmentsAndFlagsReleases() throws {
        let outcome = Self.run(.init(format: .json))
        let document = try #require(JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(document["from"] as? String == "2026-11-27T09:00:00Z")
        #expect(document["to"] as? String == "2026-12-11T09:00:00Z")
        let occurrences = try #require(document["occurrences"] as? [[String: Any]])
        let peak = try #require(occurrences.first { $0["windowID"] as? String == "peak-season-eu" })
        #expect((peak["environments"] as? [String])?.contains("prod-de-nordkauf") == true)
        #expect(peak["windowZone"] as? String == "Europe/Berlin")
        let releases = try #require(document["releases"] as? [[String: Any]])
        let flagged = releases.filter { $0["flagged"] as? Bool == true }.compactMap { $0["id"] as? String }
        #expect(flagged.contains("REL-17051-de"))
        #expect(!flagged.contains("REL-17051-stg"))
    }

    @Test func badInputExitsThree() {
        #expect(Self.run(.init(from: "soon")).exitCode == 3)
        #expect(Self.run(.init(from: "2026-12-10T00:00:00Z", to: "2026-12-01T00:00:00Z")).exitCode == 3)
        #expect(Self.run(.init(environmentID: "nope")).exitCode == 3)
        #expect(Self.run(.init(unrecognized: ["--ical"])).exitCode == 3)
    }
}
