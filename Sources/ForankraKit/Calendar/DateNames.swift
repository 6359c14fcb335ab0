/// Month and weekday names as people write them, Swedish and English, full and abbreviated.
enum DateNames {
    private static let months: [String: Int] = {
        let names: [[String]] = [
            ["januari", "january", "jan"],
            ["februari", "february", "feb", "febr"],
            ["mars", "march", "mar"],
            ["april", "apr"],
            ["maj", "may"],
            ["juni", "june", "jun"],
            ["juli", "july", "jul"],
            ["augusti", "august", "aug"],
            ["september", "sep", "sept"],
            ["oktober", "october", "okt", "oct"],
            ["november", "nov"],
            ["december", "dec"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { table[spelling] = index + 1 }
        }
        return table
    }()

    private static let weekdays: [String: Int] = {
        let names: [[String]] = [
            ["måndag", "måndagen", "mån", "monday", "mon"],
            ["tisdag", "tisdagen", "tis", "tuesday", "tue", "tues"],
            ["onsdag", "onsdagen", "ons", "wednesday", "wed"],
            ["torsdag", "torsdagen", "tor", "tors", "thursday", "thu", "thurs"],
            ["fredag", "fredagen", "fre", "friday", "fri"],
            ["lördag", "lördagen", "lör", "saturday", "sat"],
            ["söndag", "söndagen", "sön", "sunday", "sun"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { table[spelling] = index + 1 }
        }
        return table
    }()

    /// 1…12 for a lower-cased month name or abbreviation.
    static func month(_ word: Substring) -> Int? { months[String(word)] }

    /// 1 = Monday … 7 = Sunday for a lower-cased weekday name or abbreviation.
    static func weekday(_ word: Substring) -> Int? { weekdays[String(word)] }
}
