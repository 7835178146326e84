/// One entry of one loaded list, by position (list 0 is the built-in list).
struct EntryReference: Sendable, Hashable {
    /// The list's index in `WarningListSet`'s lists.
    let list: Int32
    /// The entry's index in that list's entries.
    let entry: Int32

    /// The entry at `entry` of list `list`.
    init(list: Int, entry: Int) {
        self.list = Int32(list)
        self.entry = Int32(entry)
    }
}
