import Foundation

/// One event of an iCalendar file.
public struct ICalendarEvent: Sendable, Hashable {
    /// Globally unique and stable across exports, so a re-import updates instead of duplicating.
    public var uid: String
    /// First instant (written in UTC).
    public var start: Date
    /// End, exclusive (written in UTC).
    public var end: Date
    /// The title a calendar app shows.
    public var summary: String
    /// Free text; may contain newlines.
    public var description: String
    /// Category words, e.g. `FREEZE`.
    public var categories: [String]
    /// Whether the event shows as busy.
    public var busy: Bool

    /// An event from its parts.
    public init(uid: String, start: Date, end: Date, summary: String, description: String, categories: [String] = [], busy: Bool = true) {
        self.uid = uid
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
        self.categories = categories
        self.busy = busy
    }
}

/// Writes RFC 5545 iCalendar text: CRLF line ends, lines folded at 75 octets, TEXT values
/// escaped, every instant in UTC with a `Z`.
public enum ICalendarWriter {
    /// The whole `VCALENDAR` with its events; `stamp` (the clock used) becomes every `DTSTAMP`.
    public static func document(name: String, events: [ICalendarEvent], stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//opsdeck//release calendar//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(name),
        ]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape(event.uid),
                "DTSTAMP:" + utc(stamp),
                "DTSTART:" + utc(event.start),
                "DTEND:" + utc(event.end),
                "SUMMARY:" + escape(event.summary),
                "DESCRIPTION:" + escape(event.description),
            ]
            if !event.categories.isEmpty { lines.append("CATEGORIES:" + event.categories.map(escape).joined(separator: ",")) }
            lines.append("TRANSP:" + (event.busy ? "OPAQUE" : "TRANSPARENT"))
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma, and newlines as `\n`.
    public static func escape(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r":
                result += "\\n"
                if pending == "\n" { pending = scalars.next() }
            case "\n": result += "\\n"
            default:
                // Other controls are not allowed in TEXT; a tab reads fine as a space.
                if scalar.value < 0x20 || scalar.value == 0x7F { result += " " } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// A content line folded so no line exceeds 75 octets: CRLF plus one space before each
    /// continuation, never splitting a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        // Units that must stay on one line: a scalar, or an escape (`\,`) — RFC 5545 allows a
        // fold anywhere, but some importers mis-read an escape split across lines.
        var units: [String] = []
        var escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                units[units.count - 1].unicodeScalars.append(scalar)
                escaping = false
            } else {
                units.append(String(scalar))
                escaping = scalar == "\\"
            }
        }
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for unit in units {
            let size = unit.utf8.count
            // The first line holds 75 octets; continuations 74 after their leading space.
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit, octets > 0 {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current += unit
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }

    /// `20261127T090000Z`.
    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ",
            parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0
        )
    }
}
