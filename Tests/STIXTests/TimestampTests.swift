import Foundation
import STIX
import Testing

@Suite("Timestamps")
struct TimestampTests {
    @Test(
        "accepts RFC 3339 UTC timestamps with any fraction length",
        arguments: [
            "2024-01-02T03:04:05Z", "2024-01-02T03:04:05.6Z", "2024-01-02T03:04:05.678Z",
            "2024-01-02T03:04:05.123456789Z", "2024-01-02T03:04:05.1234567891234Z", "2024-02-29T23:59:59Z",
            "2000-02-29T00:00:00Z", "1969-12-31T23:59:59.999Z",
        ])
    func accepts(_ text: String) throws {
        let timestamp = try #require(Timestamp(text))
        #expect(timestamp.text == text)
        #expect(timestamp.description == text)
    }

    @Test(
        "rejects offsets, lowercase markers and impossible dates",
        arguments: [
            "2024-01-02T03:04:05+00:00", "2024-01-02t03:04:05Z", "2024-01-02T03:04:05z", "2024-01-02 03:04:05Z",
            "2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2024-13-01T00:00:00Z",
            "2024-00-10T00:00:00Z", "2024-04-31T00:00:00Z", "2024-01-02T24:00:00Z", "2024-01-02T23:60:00Z",
            "2024-01-02T23:58:60Z", "2024-01-02T03:04:05.Z", "2024-01-02T03:04:05.12aZ", "2024-1-02T03:04:05Z",
            "2024-01-02T03:04:05", "", "not a timestamp",
        ])
    func rejects(_ text: String) {
        #expect(Timestamp(text) == nil)
    }

    @Test("takes an RFC 3339 leap second (23:59:60 in UTC) as the next day's first second, as POSIX time does")
    func leapSecond() throws {
        let leap = try #require(Timestamp("2016-12-31T23:59:60.5Z"))
        #expect(leap.text == "2016-12-31T23:59:60.5Z")
        #expect(try #require(Timestamp("2016-12-31T23:59:59.999Z")) < leap)
        #expect(leap == (try #require(Timestamp("2017-01-01T00:00:00.5Z"))))
    }

    @Test("compares by instant, not by text")
    func comparison() throws {
        let plain = try #require(Timestamp("2024-01-02T03:04:05Z"))
        let millis = try #require(Timestamp("2024-01-02T03:04:05.000Z"))
        let later = try #require(Timestamp("2024-01-02T03:04:05.0001Z"))
        let nextDay = try #require(Timestamp("2024-01-03T00:00:00Z"))
        #expect(plain == millis)
        #expect(plain.hashValue == millis.hashValue)
        #expect(millis < later)
        #expect(later < nextDay)
        #expect(!(later < millis))
    }

    @Test("knows the epoch offset")
    func epoch() throws {
        let timestamp = try #require(Timestamp("2024-01-02T03:04:05.678Z"))
        #expect(timestamp.secondsSinceEpoch == 1_704_164_645)
        #expect(timestamp.nanosecondsSinceEpoch == 1_704_164_645_678_000_000)
        #expect(abs(timestamp.date.timeIntervalSince1970 - 1_704_164_645.678) < 0.000_001)
        #expect(Timestamp("1969-12-31T23:59:59.5Z")?.nanosecondsSinceEpoch == -500_000_000)
    }

    @Test("formats dates with millisecond precision")
    func fromDate() {
        let timestamp = Timestamp(date: Date(timeIntervalSince1970: 1_704_164_645.678_9))
        #expect(timestamp.text == "2024-01-02T03:04:05.678Z")
        #expect(Timestamp(timestamp.text) == timestamp)
        #expect(Timestamp(date: Date(timeIntervalSince1970: -0.5)).text == "1969-12-31T23:59:59.500Z")
        #expect(Timestamp.now.text.hasSuffix("Z"))
    }
}
