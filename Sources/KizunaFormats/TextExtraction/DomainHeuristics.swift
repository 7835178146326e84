/// The rules that tell a domain name in free text from look-alikes.
///
/// A token is taken as a domain when it has at least two labels, is a valid domain (see `ObservableNormalizer`), and its
/// last label is either `xn--…` or 2–24 ASCII letters that are not a common file extension (`exe`, `dll`, `js`, `html`,
/// `php`, `pdf`, `zip`, `log`, `json`, …; `pl` and `md` are kept as the country TLDs they are). So `evil.example.com`, `xn--bcher-kva.example` are domains, while
/// `1.2.3` (version), `a.exe`, `index.html`, `setup.msi`, `config.json` are not. There is no list of delegated TLDs, so
/// dotted identifiers ending in a letters-only label (`java.lang.String`) are still taken as domains.
enum DomainHeuristics {
    /// Common file extensions (lowercase, packed little-endian into a UInt64) that are never taken as a TLD.
    private static let fileExtensions: Set<UInt64> = Set(
        [
            "exe", "dll", "sys", "bat", "cmd", "ps1", "vbs", "js", "jse", "jar", "class", "msi", "scr", "lnk", "hta", "cpl",
            "php", "asp", "aspx", "jsp", "cgi", "py", "rb", "sh", "html", "htm", "shtml", "xhtml", "css", "xml", "json",
            "yaml", "yml", "txt", "log", "csv", "tsv", "ini", "cfg", "conf", "pdf", "doc", "docx", "docm", "xls", "xlsx", "xlsm",
            "ppt", "pptx", "rtf", "odt", "jpg", "jpeg", "png", "gif", "bmp", "ico", "svg", "webp", "tif", "tiff", "mp3", "mp4",
            "avi", "wav", "ogg", "webm", "flv", "wmv", "mkv", "zip", "rar", "gz", "tgz", "bz2", "xz", "7z", "tar", "iso", "img",
            "dmg", "apk", "deb", "rpm", "bin", "dat", "tmp", "bak", "old", "swp", "lock", "pid", "sock", "so", "dylib", "lib",
            "obj", "pem", "crt", "cer", "key", "pfx", "woff", "woff2", "ttf", "eot", "map", "rst", "eml", "msg", "ics",
            "vcf", "db", "sqlite", "mdb", "tmpl", "tpl",
        ].map(Self.pack))

    private static func pack(_ text: String) -> UInt64 {
        var packed: UInt64 = 0
        for (offset, byte) in text.utf8.prefix(8).enumerated() { packed |= UInt64(byte) << UInt64(offset * 8) }
        return packed
    }

    /// Whether the canonical (lowercase ASCII) domain `domain` passes the free-text rules above.
    static func isLikelyDomain(_ domain: UnsafeRawBufferPointer) -> Bool {
        guard let lastDot = domain.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let tld = UnsafeRawBufferPointer(rebasing: domain[(lastDot + 1)...])
        if tld.count > 4, tld[0] == UInt8(ascii: "x"), tld[1] == UInt8(ascii: "n"), tld[2] == UInt8(ascii: "-"),
            tld[3] == UInt8(ascii: "-")
        {
            return true
        }
        guard tld.count >= 2, tld.count <= 24 else { return false }
        var packed: UInt64 = 0
        for (offset, byte) in tld.enumerated() {
            guard byte &- UInt8(ascii: "a") < 26 else { return false }
            if offset < 8 { packed |= UInt64(byte) << UInt64(offset * 8) }
        }
        return tld.count > 8 || !Self.fileExtensions.contains(packed)
    }
}
