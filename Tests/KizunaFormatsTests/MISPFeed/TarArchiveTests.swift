import Foundation
import KizunaFormats
import Testing

@Suite("Tar archive")
struct TarArchiveTests {
    private static let modified = Date(timeIntervalSince1970: 1_700_000_000)

    /// Writes `entries` as an archive in a new directory and returns the directory and the archive's URL.
    private func write(_ entries: [(String, [UInt8])]) throws -> (URL, URL) {
        let directory = try ExternalTool.temporaryDirectory("kizuna-tar")
        var archive: [UInt8] = []
        for (name, contents) in entries {
            let entry = try TarArchive.entry(name: name, contents: contents, modified: Self.modified)
            #expect(entry.count % 512 == 0)
            #expect(entry.count == 512 + (contents.count + 511) / 512 * 512)
            archive += entry
        }
        archive += TarArchive.end()
        let url = directory.appendingPathComponent("feed.tar")
        try Data(archive).write(to: url)
        return (directory, url)
    }

    @Test(
        "GNU tar lists and extracts the entries with their names, sizes, contents and times",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tar"), "needs /usr/bin/tar"))
    func tarReadsArchive() throws {
        let longDirectory = "feed/" + String(repeating: "d", count: 120)
        let longName = longDirectory + "/" + String(repeating: "n", count: 90) + ".json"
        let entries: [(String, [UInt8])] = [
            ("feed/manifest.json", Array(#"{"a": 1}"#.utf8)), ("feed/empty.csv", []),
            ("feed/block.bin", (0..<512).map { UInt8($0 % 251) }), ("feed/ユニコード.json", Array("データ".utf8)),
            (longName, Array(repeating: UInt8(ascii: "x"), count: 1025)),
        ]
        let (directory, archive) = try self.write(entries)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (listStatus, listing) = try ExternalTool.run("/usr/bin/tar", ["-tvf", archive.path], in: directory)
        #expect(listStatus == 0, "\(listing)")
        let lines = listing.split(separator: "\n").map(String.init)
        #expect(lines.count == entries.count)
        for ((name, contents), line) in zip(entries, lines) {
            #expect(line.hasPrefix("-rw-r--r--"), "\(line)")
            #expect(line.hasSuffix(" " + name), "\(line)")
            #expect(line.contains(" \(contents.count) 2023-11-14"), "\(line)")
        }
        let output = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let (extractStatus, messages) = try ExternalTool.run("/usr/bin/tar", ["-xf", archive.path, "-C", output.path], in: directory)
        #expect(extractStatus == 0, "\(messages)")
        for (name, contents) in entries {
            let url = output.appendingPathComponent(name)
            #expect(try Array(Data(contentsOf: url)) == contents, "\(name)")
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            #expect((attributes[.modificationDate] as? Date) == Self.modified)
        }
    }

    @Test("a header has the ustar magic, a valid checksum and the long name split into prefix and name")
    func headerFields() throws {
        let name = String(repeating: "p", count: 150) + "/" + String(repeating: "n", count: 100)
        let header = try TarArchive.header(name: name, size: 1234, modified: Self.modified)
        #expect(header.count == 512)
        #expect(Array(header[257..<263]) == Array("ustar\0".utf8))
        #expect(Array(header[0..<100]) == Array(repeating: UInt8(ascii: "n"), count: 100))
        #expect(Array(header[345..<495]) == Array(repeating: UInt8(ascii: "p"), count: 150))
        #expect(String(decoding: header[124..<135], as: UTF8.self) == "00000002322")
        let stored = Int(String(decoding: header[148..<154], as: UTF8.self), radix: 8)
        var blanked = header
        for index in 148..<156 { blanked[index] = UInt8(ascii: " ") }
        #expect(stored == blanked.reduce(0) { $0 + Int($1) })
    }

    /// Names ustar cannot hold or that would escape the extraction directory, with the error each gives.
    static let refused: [(String, TarArchiveError)] = {
        let long = String(repeating: "a", count: 101)
        let longPrefix = String(repeating: "a", count: 156) + "/b"
        let longLast = "a/" + String(repeating: "b", count: 101)
        return [
            ("", .emptyName), (long, .nameTooLong(long, bytes: 101)), (longPrefix, .nameTooLong(longPrefix, bytes: 158)),
            (longLast, .nameTooLong(longLast, bytes: 103)), ("/etc/passwd", .unsafeName("/etc/passwd")),
            ("feed/../../x", .unsafeName("feed/../../x")), ("a\0b", .nulInName("a\0b")),
        ]
    }()

    @Test("names that ustar cannot hold or that would escape the target directory are refused", arguments: Self.refused)
    func refusedNames(name: String, error: TarArchiveError) {
        #expect(throws: error) { try TarArchive.entry(name: name, contents: [], modified: Self.modified) }
    }

    @Test("padding fills to the next block and the end is two zero blocks")
    func paddingAndEnd() {
        #expect(TarArchive.padding(afterContentsOfSize: 0).isEmpty)
        #expect(TarArchive.padding(afterContentsOfSize: 1).count == 511)
        #expect(TarArchive.padding(afterContentsOfSize: 1024).isEmpty)
        #expect(TarArchive.end() == [UInt8](repeating: 0, count: 1024))
    }
}
