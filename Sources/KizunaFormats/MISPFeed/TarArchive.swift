public import Foundation

/// A streaming POSIX ustar archive writer: each entry is written as soon as its bytes are known, and
/// ``end()`` closes the archive.
///
/// Entries are regular files, mode 0644, owner and group 0, so that `tar -xf` by any user gives readable files.
public enum TarArchive {
    /// The size of a ustar block; headers and data are padded to it.
    public static let blockSize = 512

    /// The bytes of one regular-file entry: its 512-byte header, `contents`, and zero padding to a block boundary.
    ///
    /// Names up to 100 bytes go in the name field; longer ones (up to 255 bytes) are split at a `/` into the
    /// ustar prefix field and the name field.
    /// - Throws: ``TarArchiveError`` when the name is empty, unsafe or does not fit, or the contents are too large.
    public static func entry(name: String, contents: [UInt8], modified: Date) throws(TarArchiveError) -> [UInt8] {
        var bytes = try Self.header(name: name, size: contents.count, modified: modified)
        bytes.reserveCapacity(bytes.count + contents.count + Self.blockSize)
        bytes.append(contentsOf: contents)
        bytes.append(contentsOf: Self.padding(afterContentsOfSize: contents.count))
        return bytes
    }

    /// The 512-byte header of a regular-file entry of `size` bytes, for writers that stream the contents themselves
    /// and then write ``padding(afterContentsOfSize:)``.
    /// - Throws: ``TarArchiveError`` as ``entry(name:contents:modified:)`` does.
    public static func header(name: String, size: Int, modified: Date) throws(TarArchiveError) -> [UInt8] {
        let (prefix, last) = try Self.split(name)
        guard size >= 0, size <= 0o77777777777 else { throw .contentsTooLarge(bytes: size) }
        var header = [UInt8](repeating: 0, count: Self.blockSize)
        Self.put(last, at: 0, in: &header)
        Self.put(Self.octal(0o644, width: 7), at: 100, in: &header)
        Self.put(Self.octal(0, width: 7), at: 108, in: &header)
        Self.put(Self.octal(0, width: 7), at: 116, in: &header)
        Self.put(Self.octal(size, width: 11), at: 124, in: &header)
        let seconds = modified.timeIntervalSince1970
        let mtime = seconds.isFinite ? Int(min(max(seconds, 0), Double(0o77777777777))) : 0
        Self.put(Self.octal(mtime, width: 11), at: 136, in: &header)
        header[156] = UInt8(ascii: "0")
        Self.put(Array("ustar".utf8), at: 257, in: &header)
        Self.put(Array("00".utf8), at: 263, in: &header)
        Self.put(Array("kizuna".utf8), at: 265, in: &header)
        Self.put(Array("kizuna".utf8), at: 297, in: &header)
        Self.put(Self.octal(0, width: 7), at: 329, in: &header)
        Self.put(Self.octal(0, width: 7), at: 337, in: &header)
        Self.put(prefix, at: 345, in: &header)
        // The checksum is the sum of the header's bytes with its own field read as eight spaces.
        for index in 148..<156 { header[index] = UInt8(ascii: " ") }
        let checksum = header.reduce(0) { $0 + Int($1) }
        Self.put(Self.octal(checksum, width: 6) + [UInt8(ascii: " ")], at: 148, in: &header)
        return header
    }

    /// The zero bytes that pad contents of `size` bytes to a block boundary.
    public static func padding(afterContentsOfSize size: Int) -> [UInt8] {
        let remainder = size % Self.blockSize
        return remainder == 0 ? [] : [UInt8](repeating: 0, count: Self.blockSize - remainder)
    }

    /// The end of an archive: two zero blocks.
    public static func end() -> [UInt8] {
        [UInt8](repeating: 0, count: 2 * Self.blockSize)
    }

    /// The prefix and name fields for `name`.
    private static func split(_ name: String) throws(TarArchiveError) -> (prefix: [UInt8], name: [UInt8]) {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty else { throw .emptyName }
        guard !bytes.contains(0) else { throw .nulInName(name) }
        guard bytes.first != UInt8(ascii: "/"), !name.split(separator: "/").contains("..") else { throw .unsafeName(name) }
        if bytes.count <= 100 { return ([], bytes) }
        // The longest prefix that fits leaves the shortest name; any split with both parts fitting will do.
        for index in bytes.indices.reversed() where bytes[index] == UInt8(ascii: "/") {
            let prefix = Array(bytes[..<index])
            let rest = Array(bytes[(index + 1)...])
            if prefix.count <= 155, !rest.isEmpty, rest.count <= 100 { return (prefix, rest) }
            if rest.count > 100 { break }
        }
        throw .nameTooLong(name, bytes: bytes.count)
    }

    /// `value` in octal, zero-padded to `width` digits and NUL-terminated.
    private static func octal(_ value: Int, width: Int) -> [UInt8] {
        let digits = Array(String(value, radix: 8).utf8)
        return [UInt8](repeating: UInt8(ascii: "0"), count: max(0, width - digits.count)) + digits + [0]
    }

    private static func put(_ bytes: [UInt8], at offset: Int, in header: inout [UInt8]) {
        header.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
    }
}
