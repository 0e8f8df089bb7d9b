import Foundation
import Testing
import OpsModel

/// The hand-written ISO-8601 reader and writer agree with Foundation's formatter.
@Suite struct ISO8601Tests {
    static func foundation(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }

    @Test(arguments: [
        "2026-11-27T09:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2024-02-29T12:30:45Z",
        "2026-03-29T01:59:59+01:00", "2026-10-25T02:30:00-04:30", "2000-01-01T00:00:00.5Z",
        "2026-11-27T09:00:00.123+01:00", "2399-12-31T23:59:59Z",
    ])
    func agreesWithFoundation(text: String) throws {
        let ours = try #require(ISO8601.parse(text))
        let theirs = try #require(Self.foundation(text))
        #expect(abs(ours.timeIntervalSince1970 - theirs.timeIntervalSince1970) < 0.001)
    }

    @Test func acceptsMinutesWithoutSeconds() {
        #expect(ISO8601.parse("2026-11-27T09:00Z") == ISO8601.parse("2026-11-27T09:00:00Z"))
        #expect(ISO8601.parse("2026-11-27T09:00+01:00") == ISO8601.parse("2026-11-27T08:00:00Z"))
    }

    @Test(arguments: [
        "", "2026-11-27", "2026-11-27T09:00:00", "2026-02-30T09:00:00Z", "2026-13-01T09:00:00Z",
        "2026-11-27T24:00:00Z", "2026-11-27T09:60:00Z", "2026-11-27 09:00:00Z", "2026-11-27T09:00:00Zjunk",
        "2026-11-27T09:00:00.Z", "26-11-27T09:00:00Z", "2026-11-27T09:00:00+1", "now",
    ])
    func rejectsWhatIsNotAnInstantWithAZone(text: String) {
        #expect(ISO8601.parse(text) == nil)
    }

    @Test func formatsMillisecondsAsFoundationDoes() throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for milliseconds in [0, 1, 125, 999, 1_795_770_000_125, -1, 951_782_400_007] {
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            #expect(ISO8601.format(date, milliseconds: true) == formatter.string(from: date), "\(milliseconds)")
            #expect(ISO8601.parse(ISO8601.format(date, milliseconds: true)) == date)
        }
    }

    @Test func formatsWholeSecondsInUTCAndReadsBack() throws {
        for seconds in [0, 1_795_770_000, -1, 86_399, 951_782_400, 4_102_444_799] {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            let text = ISO8601.format(date)
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            #expect(text == formatter.string(from: date))
            #expect(ISO8601.parse(text) == date)
        }
    }
}
