import Foundation
import Testing
@testable import OpsModel

/// `TimeText` reads the wall clock from the zone's offset and the civil calendar: the same
/// fields `Calendar` gives, in every zone, at DST changes and at random instants.
@Suite struct TimeTextCalendarTests {
    private static let zones = ["UTC", "Europe/Berlin", "Europe/London", "America/New_York", "America/Sao_Paulo",
                                "Australia/Sydney", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Chatham", "Pacific/Kiritimati"]

    private static func reference(_ date: Date, _ zone: TimeZone) -> [Int] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        return [parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.weekday! - 1]
    }

    private static func fields(_ date: Date, _ zone: TimeZone) -> [Int] {
        let parts = TimeText.components(date, zone: zone)
        return [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.weekday]
    }

    @Test func randomInstantsReadAsCalendarReadsThem() throws {
        var state: UInt64 = 2026
        for name in Self.zones {
            let zone = try #require(TimeZone(identifier: name))
            for _ in 0..<2_000 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                // 1970 to 2100, to the second.
                let date = Date(timeIntervalSince1970: Double((state >> 16) % 4_102_444_800) + Double((state >> 20) % 1_000) / 1_000)
                #expect(Self.fields(date, zone) == Self.reference(date, zone), "\(name) \(date)")
            }
        }
    }

    @Test func instantsAroundDaylightSavingChangesReadAsCalendarReadsThem() throws {
        // 2026-03-29 01:00Z (Europe), 2026-03-08 07:00Z (New York), 2026-04-05 16:00Z (Sydney).
        for (name, change) in [("Europe/Berlin", 1_774_746_000.0), ("America/New_York", 1_772_953_200.0), ("Australia/Sydney", 1_775_404_800.0)] {
            let zone = try #require(TimeZone(identifier: name))
            for offset in stride(from: -7_200.0, through: 7_200.0, by: 59.5) {
                let date = Date(timeIntervalSince1970: change + offset)
                #expect(Self.fields(date, zone) == Self.reference(date, zone), "\(name) \(date)")
            }
        }
    }

    @Test func textsKeepTheirShape() throws {
        let date = try #require(ISO8601.parse("2026-11-27T09:05:00Z"))
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        #expect(TimeText.minute(date, zone: TimeZone(identifier: "UTC")!) == "2026-11-27 09:05 UTC")
        #expect(TimeText.minute(date, zone: berlin) == "2026-11-27 10:05 Europe/Berlin")
        #expect(TimeText.clock(date, zone: berlin) == "10:05")
        #expect(TimeText.day(date, zone: berlin) == "Fri 27 Nov")
    }
}
