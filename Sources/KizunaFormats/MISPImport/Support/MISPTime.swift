/// Converting MISP Unix timestamps to STIX 2.1 timestamps, without Foundation.
enum MISPTime {
    /// `2020-10-25T16:22:00.000Z` (STIX `created`/`modified` style, milliseconds).
    static func milliseconds(_ seconds: Int64) -> String {
        Self.text(seconds, fraction: ".000")
    }

    /// `2020-10-25T16:22:00Z` (STIX `valid_from`/`first_observed` style).
    static func seconds(_ seconds: Int64) -> String {
        Self.text(seconds, fraction: "")
    }

    /// The Unix time of midnight UTC of a `YYYY-MM-DD` date.
    static func seconds(ofDate text: String) -> Int64? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int64(parts[0]), let month = Int64(parts[1]), let day = Int64(parts[2]),
            (1...12).contains(month), (1...31).contains(day), (1970...9999).contains(year)
        else { return nil }
        return Self.days(year: year, month: month, day: day) * 86_400
    }

    private static func text(_ seconds: Int64, fraction: String) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let (year, month, day) = Self.civil(days)
        return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))T\(Self.pad(rest / 3600, 2)):"
            + "\(Self.pad(rest % 3600 / 60, 2)):\(Self.pad(rest % 60, 2))\(fraction)Z"
    }

    /// Howard Hinnant's `civil_from_days`.
    private static func civil(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Howard Hinnant's `days_from_civil`.
    private static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
