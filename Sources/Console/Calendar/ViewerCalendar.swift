import Foundation

/// Day, week and month arithmetic on the viewer's wall clock, so grids line up with the days
/// the viewer lives in (DST days are 23 or 25 hours long and the grid says so by its times).
struct ViewerCalendar {
    let zone: TimeZone
    private let calendar: Calendar

    init(zone: TimeZone) {
        self.zone = zone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        calendar.firstWeekday = 2
        self.calendar = calendar
    }

    func startOfDay(_ date: Date) -> Date { calendar.startOfDay(for: date) }

    /// Monday 00:00 of the week holding `date`.
    func startOfWeek(_ date: Date) -> Date {
        calendar.dateInterval(of: .weekOfYear, for: date)?.start ?? startOfDay(date)
    }

    func startOfMonth(_ date: Date) -> Date {
        calendar.dateInterval(of: .month, for: date)?.start ?? startOfDay(date)
    }

    func adding(days: Int, to date: Date) -> Date {
        calendar.date(byAdding: .day, value: days, to: date) ?? date.addingTimeInterval(Double(days) * 86_400)
    }

    func adding(months: Int, to date: Date) -> Date {
        calendar.date(byAdding: .month, value: months, to: date) ?? date
    }

    func day(_ date: Date) -> Int { calendar.component(.day, from: date) }
    func month(_ date: Date) -> Int { calendar.component(.month, from: date) }
    func hour(_ date: Date) -> Int { calendar.component(.hour, from: date) }

    /// The start of the `hours`-long bucket of its day holding `date`.
    func bucketStart(_ date: Date, hours: Int) -> Date {
        let day = startOfDay(date)
        let index = Int(date.timeIntervalSince(day) / 3600) / max(1, hours)
        return day.addingTimeInterval(Double(index * hours) * 3600)
    }

    /// `November 2026`.
    func monthTitle(_ date: Date) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(names[month(date) - 1]) \(calendar.component(.year, from: date))"
    }
}
