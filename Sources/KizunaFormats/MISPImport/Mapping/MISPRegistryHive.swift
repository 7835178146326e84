/// Windows registry hive names, which STIX 2.1 requires in full in `windows-registry-key` `key` values.
enum MISPRegistryHive {
    /// Abbreviation (upper case) → full hive name.
    static let fullNames: [String: String] = [
        "HKLM": "HKEY_LOCAL_MACHINE", "HKCU": "HKEY_CURRENT_USER", "HKCR": "HKEY_CLASSES_ROOT", "HKU": "HKEY_USERS",
        "HKCC": "HKEY_CURRENT_CONFIG",
    ]

    /// `key` with an abbreviated hive (`HKLM\Software…`, `hkcu\…`, PowerShell's `HKLM:\…`, any case)
    /// written in full (`HKEY_LOCAL_MACHINE\Software…`); other keys unchanged.
    static func expanded(_ key: String) -> String {
        let prefix = key.prefix { $0 != "\\" && $0 != "/" }
        let hive = prefix.hasSuffix(":") ? prefix.dropLast() : prefix
        guard hive.count <= 4, let full = Self.fullNames[hive.uppercased()] else { return key }
        return full + key.dropFirst(prefix.count)
    }
}
