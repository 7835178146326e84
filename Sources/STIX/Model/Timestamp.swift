public import Foundation

/// An RFC 3339 UTC timestamp as STIX uses it (`2024-01-02T03:04:05.678Z`), keeping its original text.
///
/// Only the `Z` (UTC) form with uppercase `T` and `Z` is accepted; fractional seconds may have any
/// number of digits (precision beyond nanoseconds is kept in `text` but ignored when comparing).
/// Equality, hashing and ordering are by instant, so `…05Z` equals `…05.000Z`.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The timestamp as written.
    public let text: String
    /// Whole seconds since 1970-01-01T00:00:00Z.
    public let secondsSinceEpoch: Int64
    /// The fraction of the second, in nanoseconds (0–999,999,999).
    public let nanoseconds: Int32

    /// Parses `text`, or returns `nil` when it is not an RFC 3339 UTC timestamp with a valid date and time.
    public init?(_ text: String) {
        guard let (seconds, nanos) = Self.parse(text) else { return nil }
        self.text = text
        self.secondsSinceEpoch = seconds
        self.nanoseconds = nanos
    }

    /// Creates the timestamp of `date`, written with millisecond precision (`2024-01-02T03:04:05.678Z`).
    public init(date: Date) {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        let millis = milliseconds - seconds * 1000
        self.secondsSinceEpoch = seconds
        self.nanoseconds = Int32(millis * 1_000_000)
        self.text = Self.format(seconds: seconds, milliseconds: Int(millis))
    }

    /// The current time, with millisecond precision.
    public static var now: Timestamp {
        Timestamp(date: Date())
    }

    /// The instant as a `Date` (sub-microsecond precision may be lost).
    public var date: Date {
        Date(timeIntervalSince1970: Double(self.secondsSinceEpoch) + Double(self.nanoseconds) / 1e9)
    }

    /// Nanoseconds since 1970-01-01T00:00:00Z.
    public var nanosecondsSinceEpoch: Int64 {
        self.secondsSinceEpoch &* 1_000_000_000 &+ Int64(self.nanoseconds)
    }

    /// Whether the fractional seconds have at least millisecond precision (three or more digits).
    public var hasMillisecondPrecision: Bool {
        guard let dot = self.text.utf8.firstIndex(of: UInt8(ascii: ".")) else { return false }
        return self.text.utf8[dot...].dropFirst().dropLast().count >= 3
    }

    /// The original text.
    public var description: String {
        self.text
    }

    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSinceEpoch == rhs.secondsSinceEpoch && lhs.nanoseconds == rhs.nanoseconds
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.secondsSinceEpoch)
        hasher.combine(self.nanoseconds)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.secondsSinceEpoch, lhs.nanoseconds) < (rhs.secondsSinceEpoch, rhs.nanoseconds)
    }
}

extension Timestamp {
    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction]Z` into seconds and nanoseconds since the epoch.
    static func parse(_ text: String) -> (Int64, Int32)? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            bytes[bytes.count - 1] == UInt8(ascii: "Z"),
            let year = Self.digits(bytes, 0, 4), let month = Self.digits(bytes, 5, 2),
            let day = Self.digits(bytes, 8, 2), let hour = Self.digits(bytes, 11, 2),
            let minute = Self.digits(bytes, 14, 2), let second = Self.digits(bytes, 17, 2)
        else { return nil }
        // RFC 3339 admits a leap second, which in UTC is 23:59:60; it counts as the next day's 00:00:00 (as POSIX
        // time does), so it orders after every other second of its day.
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
            hour <= 23, minute <= 59, second <= 59 || (second == 60 && hour == 23 && minute == 59)
        else { return nil }
        var nanos: Int32 = 0
        if bytes.count > 20 {
            // A fraction: '.' then at least one digit, up to the final 'Z'.
            guard bytes[19] == UInt8(ascii: "."), bytes.count > 21 else { return nil }
            var scale: Int32 = 100_000_000
            for index in 20..<(bytes.count - 1) {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                nanos += Int32(digit) * scale
                scale /= 10
            }
        } else if bytes.count != 20 {
            return nil
        }
        let days = Self.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return (seconds, nanos)
    }

    private static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func format(seconds: Int64, milliseconds: Int?) -> String {
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = Self.civilDate(daysSinceEpoch: days)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
            + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))\(milliseconds.map { "." + pad($0, 3) } ?? "")Z"
    }

    /// The RFC 3339 UTC text of a Unix time in whole seconds: `2020-10-25T16:22:00.000Z`, or with `milliseconds` false
    /// `2020-10-25T16:22:00Z`.
    public static func text(secondsSinceEpoch seconds: Int64, milliseconds: Bool = true) -> String {
        Self.format(seconds: seconds, milliseconds: milliseconds ? 0 : nil)
    }
}
