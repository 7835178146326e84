/// Japanese names for account holders and e-mail display names (fictional combinations).
enum DemoPeople {
    static let surnamesKana = [
        "ヤマダ", "サトウ", "スズキ", "タカハシ", "タナカ", "ワタナベ", "イトウ", "ナカムラ", "コバヤシ", "カトウ",
        "ヨシダ", "ヤマモト", "ササキ", "マツモト", "イノウエ", "キムラ", "ハヤシ", "シミズ", "ヤマザキ", "モリ",
    ]
    static let givenNamesKana = [
        "タロウ", "ハナコ", "ケンタ", "ユウキ", "ダイスケ", "ミホ", "ショウタ", "アヤカ", "ヒロシ", "ナオキ",
        "サクラ", "リョウ", "マイ", "タクヤ", "エミ", "カズヤ", "ユイ", "ツヨシ",
    ]
    static let companyNamesKana = [
        "ミライトレーディング", "アオバショウジ", "サンライズコウエキ", "ヒカリロジスティクス", "ニシキシステム",
        "トウカイボウエキ", "グローバルネクスト",
    ]
    /// Surnames in Latin script and in kanji.
    static let surnames: [(latin: String, kanji: String)] = [
        ("Yamada", "山田"), ("Sato", "佐藤"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"), ("Tanaka", "田中"),
        ("Watanabe", "渡辺"), ("Ito", "伊藤"), ("Nakamura", "中村"), ("Kobayashi", "小林"), ("Kato", "加藤"),
    ]
    static let givenNamesLatin = ["Taro", "Hanako", "Kenta", "Yuki", "Daisuke", "Miho", "Shota", "Ayaka", "Hiroshi"]
}

extension SeededGenerator {
    /// A bank account holder as Japanese banks print it: katakana, or `カ）`/`ド）` for companies.
    mutating func accountHolder() -> String {
        if self.chance(0.12) {
            return self.pick(["カ）", "ド）"]) + self.pick(DemoPeople.companyNamesKana)
        }
        return self.pick(DemoPeople.surnamesKana) + " " + self.pick(DemoPeople.givenNamesKana)
    }

    /// A person: given name and surname in Latin script, surname in kanji (`Kenta`, `Suzuki`, `鈴木`).
    mutating func person() -> (given: String, surname: String, surnameKanji: String) {
        let surname = self.pick(DemoPeople.surnames)
        return (self.pick(DemoPeople.givenNamesLatin), surname.latin, surname.kanji)
    }
}
