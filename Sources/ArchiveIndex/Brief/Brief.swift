import Foundation

/// Working-day arithmetic on `yyyy-MM-dd` dates (Monday to Friday; no holiday calendar yet).
public enum WorkingDays {
    static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC") ?? .current
        return c
    }()

    static func date(_ s: String) -> Date? {
        let p = s.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: p[0], month: p[1], day: p[2]))
    }

    /// Days since 1970-01-01 of a `yyyy-MM-dd` date, to compare dates a day apart.
    static func dayNumber(_ s: String) -> Int? {
        date(s).map { Int(($0.timeIntervalSince1970 / 86_400).rounded()) }
    }

    static func string(_ d: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: d)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// The date `days` calendar days after `start` (before it, for a negative count).
    static func shift(_ start: String, days: Int) -> String? {
        date(start).flatMap { calendar.date(byAdding: .day, value: days, to: $0) }.map(string)
    }

    /// The date `days` working days after `start` (a complaint received on Friday with one
    /// working day is due on Monday).
    public static func add(_ days: Int, to start: String) -> String? {
        guard var d = date(start) else { return nil }
        var left = days
        while left > 0 {
            guard let next = calendar.date(byAdding: .day, value: 1, to: d) else { return nil }
            d = next
            let weekday = calendar.component(.weekday, from: d)  // 1 = Sunday, 7 = Saturday
            if weekday != 1 && weekday != 7 { left -= 1 }
        }
        return string(d)
    }

    /// Working days after `deadline` up to and including `today` (0 when not late).
    public static func lateness(deadline: String, today: String) -> Int {
        guard var d = date(deadline), let end = date(today), d < end else { return 0 }
        var n = 0
        while d < end {
            guard let next = calendar.date(byAdding: .day, value: 1, to: d) else { break }
            d = next
            let weekday = calendar.component(.weekday, from: d)
            if weekday != 1 && weekday != 7 { n += 1 }
        }
        return n
    }

    public static func today() -> String { string(Date()) }
}

/// Everything an engineer should know before a visit: see `BriefBuilder`.
public struct Brief: Sendable, Codable {
    public struct Unit: Sendable, Codable {
        public let serial: String
        public let serialAsWritten: String
        public let model: String?
        public let owner: String?
        public let purchaseDate: String?
        public let installDate: String?
        public let warrantyUntil: String?
        /// "in warranty", "out of warranty" or "unknown", as of the brief's date.
        public let warranty: String
        /// Facts on which documents disagree: the newest wins, the others are listed.
        public let conflicts: [String]
        public let documents: Int
    }
    public struct Customer: Sendable, Codable {
        public let id: Int64
        public let name: String
        public let aliases: [String]
        public let contractExpiry: String?
        /// "in force", "expired" or "unknown".
        public let contract: String
    }
    public struct Event: Sendable, Codable {
        public let id: Int64
        public var date: String?
        public let kind: String
        public let title: String
        public let source: String
        public let serials: [String]
        public let fault: String?
        public let cause: String?
        public var fix: String?
        public let parts: String?
        public let engineer: String?
        public let warranty: String?
        /// The form's number (单号, Report No.), when it has one.
        public var number: String? = nil
        /// Other documents of the same visit (a ledger row beside its card).
        public var alsoIn: [Int64] = []
        /// For a visit logged as one entry of a longer record (an equipment history's repair
        /// log): the entry's line in that document.
        public var line: Int? = nil

        /// This visit, with the gaps filled from another record of it.
        func merging(_ o: Event) -> Event {
            var e = Event(id: id, date: date, kind: kind, title: title, source: source, serials: serials,
                          fault: fault ?? o.fault, cause: cause ?? o.cause, fix: fix ?? o.fix, parts: parts ?? o.parts,
                          engineer: engineer ?? o.engineer, warranty: warranty ?? o.warranty)
            e.number = number ?? o.number
            e.alsoIn = alsoIn + [o.id] + o.alsoIn
            e.line = line
            return e
        }

        /// Two records are one visit only when they are about the same unit and dated within a
        /// day of each other (a card and its ledger row, a report written the next morning), or
        /// when both carry the same form number; never two entries of one log.
        func isSameVisit(as o: Event) -> Bool {
            guard !Set(serials).isDisjoint(with: o.serials) else { return false }
            // Two entries of one log are two visits, on the next day too.
            if id == o.id, let l = line, let m = o.line, l != m { return false }
            if let a = number.flatMap(Normalizer.canonicalSerial), let b = o.number.flatMap(Normalizer.canonicalSerial), a == b { return true }
            guard let a = date.flatMap(WorkingDays.dayNumber), let b = o.date.flatMap(WorkingDays.dayNumber) else { return false }
            return abs(a - b) <= 1
        }
    }
    public struct Complaint: Sendable, Codable {
        public let id: Int64
        public let number: String?
        public let title: String
        public let source: String
        /// What the customer complained of.
        public let complaint: String?
        public let received: String?
        public let urgency: String
        public let workingDays: Int
        public let deadline: String?
        public let open: Bool
        /// Open after its deadline (on a weekend too).
        public let overdue: Bool
        /// Working days since the deadline (0 on the weekend right after it).
        public let workingDaysLate: Int
    }
    public struct FaultPattern: Sendable, Codable {
        /// The fault in words, as the group's first case states it.
        public let fault: String
        /// The error code the group's cases share (`E27`), if any.
        public let code: String?
        public let count: Int
        /// The customers that own the group's documents.
        public let customers: [String]
        /// The latest fix.
        public let fix: String?
        /// The fix that most often resolved it, and in how many cases.
        public let usualFix: String?
        public let usualFixCount: Int
        /// Whether the latest fix is the usual one.
        public let latestIsUsual: Bool
        public let documents: [Int64]
    }
    public struct Related: Sendable, Codable {
        public let id: Int64
        public let kind: String
        public let title: String
        public let source: String
    }

    public let subject: String
    public let today: String
    public var units: [Unit] = []
    public var customer: Customer?
    public var history: [Event] = []
    public var otherDocuments: [Event] = []
    public var complaints: [Complaint] = []
    public var sameModelElsewhere: [FaultPattern] = []
    public var related: [Related] = []
    public var slips: [Slip] = []
    public var notes: [String] = []
}

/// Builds the pre-visit brief from the store (and the index, for related material).
public enum BriefBuilder {
    public enum Subject: Sendable {
        case serial(String)
        case customer(String)
    }

    /// `searcher`: one to find the model's training material with (the server's pooled ones);
    /// without, one is opened for the brief. `cache`: what earlier briefs computed (a server's).
    public static func build(_ subject: Subject, store: ArchiveStore, today: String = WorkingDays.today(), searcher: Searcher? = nil,
                             cache: BriefCache? = nil) throws -> Brief {
        var units: [UnitRecord] = []
        var customer: CustomerRecord?
        var label: String
        switch subject {
        case .serial(let text):
            let found = try store.findUnits(text)
            guard !found.isEmpty else { throw KBError.notFound("no unit matches serial '\(text)'") }
            guard found.count == 1, let unit = found.first else {
                throw KBError.ambiguous("serial '\(text)' matches \(found.count) units: \(found.map(\.serial).joined(separator: ", ")); give more of it")
            }
            units = [unit]
            label = unit.serial
            if let id = try store.owner(ofUnit: unit.id) {
                customer = try store.findCustomers(String(id)).first
            }
        case .customer(let text):
            let found = try store.findCustomers(text)
            guard !found.isEmpty else { throw KBError.notFound("no customer matches '\(text)'") }
            guard found.count == 1, let c = found.first else {
                throw KBError.ambiguous("'\(text)' matches \(found.count) customers: \(found.map { "\($0.name) (#\($0.id))" }.joined(separator: ", ")); be more specific or use the id")
            }
            customer = c
            label = c.name
            units = try c.units.flatMap { try store.findUnits($0) }.filter { c.units.contains($0.serial) }
        }
        var brief = Brief(subject: label, today: today)

        // Documents: the units' (for a serial brief, only those), and the customer's.
        var ids: [DocumentID] = []
        for u in units { ids += try store.unitDocuments(u.id) }
        if case .customer = subject, let c = customer { ids += try store.customerDocuments(c.id) }
        var seen = Set<DocumentID>()
        ids = ids.filter { seen.insert($0).inserted }
        let docs = try store.documents(ids).sorted { ($0.date ?? "9999", $0.id) < ($1.date ?? "9999", $1.id) }

        // Units.
        for u in units {
            let warrantyUntil = u.current("warranty_until")?.value
            let warranty = warrantyUntil.map { today <= $0 ? "in warranty" : "out of warranty" } ?? "unknown"
            var conflicts: [String] = []
            let ownerID = try store.owner(ofUnit: u.id)
            for fact in ["model", "owner", "purchase_date", "install_date", "warranty_until"] {
                let history = u.history(fact)
                let values = Set(history.map(\.value))
                // The value in force: the newest, except the owner, which is the unit's owner now (`UnitOwners.current`).
                let current = fact == "owner" ? history.first { $0.value == ownerID.map(String.init) } : history.first
                guard values.count > 1, let newest = current else { continue }
                let show = { (f: UnitFact) -> String in
                    fact == "owner" ? ((try? store.customerName(Int64(f.value) ?? -1)) ?? nil) ?? f.value : f.value
                }
                let older = history.dropFirst().filter { $0.value != newest.value }
                    .map { "\(show($0)) (#\($0.docId)\($0.date.map { ", " + $0 } ?? ""))" }
                conflicts.append("\(fact): \(show(newest)) (#\(newest.docId), in force) — also \(older.joined(separator: "; "))")
            }
            let owner = try ownerID.flatMap { try store.customerName($0) }
            brief.units.append(.init(serial: u.serial, serialAsWritten: u.serialAsWritten, model: u.model, owner: owner,
                                     purchaseDate: u.current("purchase_date")?.value, installDate: u.current("install_date")?.value,
                                     warrantyUntil: warrantyUntil, warranty: warranty, conflicts: conflicts,
                                     documents: docs.filter { $0.serials.contains(u.serial) }.count))
        }
        if units.isEmpty, case .customer = subject { brief.notes.append("no units are recorded for this customer") }

        // Customer and contract.
        if let c = customer {
            let stated = docs.filter { $0.kind == .customer }
                .compactMap { d in d.fields.first { $0.name == .contractExpiry }.map { (d.date ?? "", $0) } }
                .max { $0.0 < $1.0 }?.1
            let expiry = stated?.canonical
            var contract = expiry.map { today <= $0 ? "in force" : "expired" } ?? "unknown"
            if expiry == nil, let v = stated.flatMap({ try? Normalizer.fold($0.value) }),
               ["无", "没有", "none", "no contract", "按次"].contains(where: { v.contains($0) }) {
                contract = "none (\(stated?.value ?? ""))"
            }
            brief.customer = .init(id: c.id, name: c.name, aliases: c.aliases, contractExpiry: expiry, contract: contract)
        }

        // Service history and the rest: visits from every source. Records of one visit (same
        // unit within a day, or the same form number) are one entry: the fullest record is
        // shown (a card or report, then a ledger row, then a log entry), the others fill its gaps.
        let gathered = gather(docs, today: today, cache: cache)
        brief.otherDocuments += gathered.otherDocuments
        brief.complaints += gathered.complaints
        brief.history = oneEntryPerVisit(gathered.visits)
        if docs.isEmpty { brief.notes.append("no documents mention \(label)") }

        // The same model elsewhere: faults most often seen at other customers, with their fixes.
        let models = Set(units.compactMap(\.model))
        brief.sameModelElsewhere = try SameModel.patterns(models: models, ownUnits: Set(units.map(\.id)), customer: customer?.id,
                                                          store: store, cache: cache)

        // Training and knowledge-base material on the model.
        if !models.isEmpty, let searcher = try searcher ?? (try? Searcher(store: store)) {
            var seen = Set<Int64>()
            for model in models.sorted() {
                var request = SearchRequest(text: model)
                request.kinds = [.training, .article]
                request.model = model
                request.limit = 8
                for h in (try? searcher.search(request))?.hits ?? [] where seen.insert(h.id.rawValue).inserted {
                    brief.related.append(.init(id: h.id.rawValue, kind: h.kind.rawValue, title: h.title, source: h.source))
                }
            }
            brief.otherDocuments.removeAll { seen.contains($0.id) }
        }
        // Archived signed slips of the units.
        let archive = SlipArchive(store: store)
        for u in units { brief.slips += try archive.slips(serial: u.serial) }
        return brief
    }

    /// What a unit's or customer's documents record: its visits (each with its rank: a card or
    /// report 0, a ledger row 1, a log's entry 2), complaints, and the documents that are no visit.
    struct Gathered {
        var visits: [(rank: Int, event: Brief.Event)] = []
        var otherDocuments: [Brief.Event] = []
        var complaints: [Brief.Complaint] = []
    }

    static func gather(_ docs: [StoredDocument], today: String, cache: BriefCache?) -> Gathered {
        var out = Gathered()
        for d in docs {
            switch d.kind {
            case .repair:
                // An installation report: the visit that installed the unit.
                if let installed = installationVisit(d) {
                    out.visits.append((0, installed))
                    continue
                }
                // A chat's stamped messages are one conversation, not a log: its visit is the day
                // the engineer says they are on site, or the person sent writes from the work
                // (`FieldExtractor.chatVisit`).
                if FieldExtractor.isChatTranscript(d.originalText) {
                    var e = event(d)
                    switch FieldExtractor.chatVisit(d.originalText) {
                    case .fromAfar:
                        // Dealt with by phone or remotely: a conversation, no visit.
                        out.otherDocuments.append(e)
                        continue
                    case .day(let day):
                        if let date = DateParser.parse(day, dayFirst: DocumentDates.order(d.foldedText)) { e.date = date }
                    case nil: break
                    }
                    out.visits.append((0, e))
                    continue
                }
                // A chat exported with its days on lines of their own: the day the engineer came.
                if let day = FieldExtractor.visitDayUnderDayLines(d.originalText),
                   let date = DateParser.parse(day, dayFirst: DocumentDates.order(d.foldedText)) {
                    var e = event(d)
                    e.date = date
                    out.visits.append((0, e))
                    continue
                }
                // A request registered one day and served another (`登记日期：2022-12-12`, then
                // `2022-12-13 派工程师…上门`): the day someone came.
                if let served = servedAfterReceived(d) {
                    out.visits.append((0, served))
                    continue
                }
                // A card that is really a log: two dated lines or more, or three `日期：` paragraphs.
                // A ledger's row (报修时间, 上门日期, 关单时间) is one visit, whatever dates it
                // carries; so is an e-mail thread by its messages' `Date:` (a history it lists
                // line by line is a log).
                let log = d.source.contains("#row=") ? [] : logEntries(loggedVisits(d, cache: cache), paragraphs: !DocumentDates.isMail(d.foldedText))
                if !log.isEmpty {
                    out.visits += log.map { (2, $0.event) }
                    out.otherDocuments.append(event(d))
                } else {
                    out.visits.append((d.source.contains("#row=") ? 1 : 0, event(d)))
                }
            case .equipment:
                let logged = logEntries(loggedVisits(d, cache: cache))
                out.visits += logged.map { (2, $0.event) }
                if logged.isEmpty, let installed = installationVisit(d) { out.visits.append((0, installed)) }
                out.otherDocuments.append(event(d))
            case .complaint:
                out.complaints.append(complaint(d, today: today))
                if let v = siteVisit(d) { out.visits.append((0, v)) }
            case .quality:
                // A quality feedback may record the visit it brought (上门日期).
                out.otherDocuments.append(event(d))
                if let v = siteVisit(d) { out.visits.append((0, v)) }
            default: out.otherDocuments.append(event(d))
            }
        }
        return out
    }

    /// One entry per visit: records of the same day first, then those a day apart (a card
    /// dated the 16th is the log's entry of the 16th, not the maintenance of the 15th before
    /// it), never two entries of one log. The fullest record is shown and the others fill it.
    /// `merged` hears each two records made one, before they are (`VisitFaultNames` learns
    /// from them a fault's name in two languages).
    static func oneEntryPerVisit(_ visits: [(rank: Int, event: Brief.Event)],
                                 merged heard: ((Brief.Event, Brief.Event) -> Void)? = nil) -> [Brief.Event] {
        typealias Entry = (rank: Int, event: Brief.Event, logLines: [Int64: Int])
        let order = { (a: Entry, b: Entry) in (a.event.date ?? "9999", a.rank) < (b.event.date ?? "9999", b.rank) }
        var merged: [Entry] = visits.map { v in (v.rank, v.event, v.event.line.map { [v.event.id: $0] } ?? [:]) }
        for sameDay in [true, false] {
            var out: [Entry] = []
            for e in merged.sorted(by: order) {
                let i = out.firstIndex { o in
                    (!sameDay || o.event.date == e.event.date) && o.event.isSameVisit(as: e.event)
                        && o.logLines.allSatisfy { id, line in e.logLines[id].map { $0 == line } ?? true }
                }
                guard let i else { out.append(e); continue }
                let o = out[i]
                heard?(o.event, e.event)
                out[i] = (min(o.rank, e.rank), o.rank <= e.rank ? o.event.merging(e.event) : e.event.merging(o.event),
                          o.logLines.merging(e.logLines) { a, _ in a })
            }
            merged = out
        }
        return merged.sorted(by: order).map(\.event)
    }

    static func event(_ d: StoredDocument) -> Brief.Event {
        func v(_ n: FieldName) -> String? { d.fields.first { $0.name == n }.map { clip($0.value, 240) } }
        // A row of boxes to tick (`处理方式：☑现场 □电话 □寄回`) says how, not what: the result then says what was done.
        let action = v(.action).flatMap { $0.unicodeScalars.filter(choiceBoxes.contains).count >= 2 ? nil : $0 }
        // A visit report that states no fault but what it found (`## Findings`) found the fault.
        let findings = v(.fault) == nil && d.fields.first { $0.name == .cause }.map { f in
            let label = ((try? Normalizer.fold(f.label)) ?? f.label).lowercased()
            return label.contains("finding") || label.contains("发现")
        } == true
        // A letter states it in a sentence (`近期出现…等问题`, `the following issue with your …: …`).
        let prose = v(.fault) == nil && !findings && [.complaint, .repair, .quality].contains(d.kind)
            ? (FieldExtractor.faultInProse(d.originalText) ?? FieldExtractor.faultInChat(d.originalText) ?? FieldExtractor.faultInSubject(d.originalText))
                .map { clip($0, 240) } : nil
        var e = Brief.Event(id: d.id.rawValue, date: d.date, kind: d.kind.rawValue, title: d.title, source: d.source,
                            serials: d.serials, fault: findings ? v(.cause) : v(.fault) ?? prose, cause: findings ? nil : v(.cause),
                            fix: action ?? (v(.action) == nil ? nil : v(.result)), parts: v(.parts),
                            engineer: v(.engineer), warranty: v(.warranty))
        // The report's own number: not its unit's serial (read under a label of both, `編號
        // Serial：fk16s30588g`, or a ledger's `编号` column), nor the number of the blank form it is
        // printed on (`表单编号：LT-QR-0712 第B版`), of a contract or of an asset, which every report
        // of one unit may carry: reports of other days would be one visit by it.
        let serials = Set(d.fields.filter { $0.name == .serial }.compactMap { $0.canonical ?? Normalizer.canonicalSerial($0.value) } + d.serials)
        e.number = d.fields.first {
            $0.name == .number && !serials.contains(Normalizer.canonicalSerial($0.value) ?? $0.value) && !numbersNoVisit($0)
        }.map { clip($0.value, 240) }
        return e
    }

    /// A number that is no visit's: the blank form's, labelled so (表单编号, `Form No.`) or stating
    /// an edition (`第B版`, `A/0版`, `Rev. 1.0`, `Ver 2`), or a contract's, an asset's or an order's.
    static func numbersNoVisit(_ f: Field) -> Bool {
        let label = Substring(((try? Normalizer.fold(f.label)) ?? f.label).lowercased())
        let value = ((try? Normalizer.fold(f.value)) ?? f.value).lowercased()
        return ["表单", "表格", "合同", "合约", "资产", "订单"].contains(where: label.contains)
            || ["form", "contract", "asset", "order", "po"].contains { KindDetector.mentions(label, $0) }
            || value.contains(editionMark)
    }
    nonisolated(unsafe) private static let editionMark =
        #/第?\s*[a-z0-9一二三四五六七八九十/]{1,4}\s*版|(?:^|[^a-z])(?:rev|ver|version)\.?\s*[a-z0-9]{1,2}(?:\.\d+)*(?![a-z0-9])/#

    private static let choiceBoxes: Set<Unicode.Scalar> = ["□", "☐", "■", "☑", "☒", "▢", "▣"]

    typealias LoggedEvent = (entry: LoggedVisit, event: Brief.Event)

    /// The entries of a log: its dated lines when two days or more have them, else its `日期：`
    /// paragraphs when three days or more do (one `建档日期：` is a fact of the file, not a visit).
    static func logEntries(_ all: [LoggedEvent], paragraphs: Bool = true) -> [LoggedEvent] {
        let lines = all.filter { !$0.entry.dateLabelled }
        return Set(lines.map(\.entry.date)).count >= 2 ? lines : paragraphs && Set(all.map(\.entry.date)).count >= 3 ? all : []
    }

    /// The visits an equipment history (or a card that is really a log) records entry by entry,
    /// read once from the stored text and its folded form.
    static func loggedVisits(_ d: StoredDocument, cache: BriefCache?) -> [LoggedEvent] {
        cache?.loggedEvents(d) { loggedVisits(d) } ?? loggedVisits(d)
    }

    static func loggedVisits(_ d: StoredDocument) -> [LoggedEvent] {
        RepairLog.entries(in: d.originalText, folded: d.foldedText, dayFirst: DocumentDates.order(d.foldedText), labelledDates: true,
                          narratives: d.kind == .equipment).map { v in
            var e = Brief.Event(id: d.id.rawValue, date: v.date, kind: d.kind.rawValue, title: d.title, source: d.source,
                                serials: d.serials, fault: v.fault.map { clip($0, 240) }, cause: v.cause.map { clip($0, 240) },
                                fix: v.action.map { clip($0, 240) }, parts: v.parts.map { clip($0, 240) },
                                engineer: v.engineer.map { clip($0, 240) }, warranty: nil)
            e.line = v.line
            return (v, e)
        }
    }

    /// An installation report (安装调试验收单, Installation & acceptance): the engineer came on
    /// the day the unit was installed, and what they did is the installation. Nil for a record
    /// that names no engineer (an asset card's installation date is a fact, not a visit).
    static func installationVisit(_ d: StoredDocument) -> Brief.Event? {
        guard let installed = d.fields.first(where: { $0.name == .installDate && $0.canonical != nil })?.canonical,
              d.fields.contains(where: { $0.name == .engineer }), isInstallationReport(d.title) else { return nil }
        var e = event(d)
        e.date = installed
        // `安装内容：上架安装…` is read as an installation field without a date: it says what was done.
        e.fix = e.fix ?? d.fields.first { $0.name == .installDate && $0.canonical == nil }.map { clip($0.value, 240) }
        return e
    }

    /// A title that says the document reports an installation (设备安装调试验收单, Installation
    /// & Acceptance Report), not a history that mentions one among its facts.
    static func isInstallationReport(_ title: String) -> Bool {
        let t = ((try? Normalizer.fold(title)) ?? title).lowercased()
        guard !["档案", "履历", "history", "record card", "台账"].contains(where: t.contains) else { return false }
        return ["安装", "验收", "调试", "装机", "install", "commission", "acceptance"].contains(where: t.contains)
    }

    /// A repair request dated by the day it was received (and by no visit date of its own),
    /// whose prose says the day someone came, on or after it: that day is the visit.
    static func servedAfterReceived(_ d: StoredDocument) -> Brief.Event? {
        guard let received = d.fields.first(where: { $0.name == .received && $0.canonical != nil })?.canonical,
              !d.fields.contains(where: { $0.name == .date && $0.canonical != nil && !DocumentDates.isOwnTime($0) }),
              let came = DocumentDates.visitInProse(d.foldedText), came >= received else { return nil }
        var e = event(d)
        e.date = came
        return e
    }

    /// A complaint's service visit, when it names one apart from the day it was received
    /// (上门日期, Site visit); a complaint handled by phone has none, and the date of a
    /// meeting about it (會議日期) or of the file is no visit.
    static func siteVisit(_ d: StoredDocument) -> Brief.Event? {
        let received = d.fields.contains { $0.name == .received && $0.canonical != nil }
        // The day a case was closed (结案日期, Date closed) is the office's, not a visit.
        let dated = d.fields.filter { $0.name == .date && $0.canonical != nil && !DocumentDates.isOwnTime($0) }
        let field = dated.first { !DocumentDates.isClosing($0) }?.canonical
        // A date labelled the visit's beside another (a case's `CreatedDate` and `Site_Visit_Date__c`).
        let labelled = dated.count >= 2 ? dated.first {
            DocumentDates.labelSays($0, DocumentDates.visitLabelWords) && !DocumentDates.labelSays($0, DocumentDates.plannedLabelWords)
        }?.canonical : nil
        let visit: String
        if received, let field {
            visit = field
        } else if let labelled {
            visit = labelled
        } else if let said = DocumentDates.visitInProse(d.foldedText) {
            // The day its prose says someone came: a reply letter's `attended on …`, minutes'
            // `2019/08/05由蔡佩君到场处理`.
            visit = said
        } else if let day = FieldExtractor.visitDayUnderDayLines(d.originalText),
                  let date = DateParser.parse(day, dayFirst: DocumentDates.order(d.foldedText)) {
            // A group chat's complaint: the day the engineer wrote from the site.
            visit = date
        } else {
            return nil
        }
        var v = event(d)
        v.date = visit
        return v
    }

    /// Urgency → working days: urgent 1, normal 3, complex 10.
    /// The level named first counts: `一般（3 个工作日）——按紧急处理` is normal.
    static func urgency(_ text: String?) -> (String, Int) {
        let t = (text.flatMap { try? Normalizer.fold($0) }) ?? ""
        let levels: [(String, Int, [String])] = [("urgent", 1, ["紧急", "urgent", "加急"]), ("complex", 10, ["复杂", "complex", "重大"]),
                                                 ("normal", 3, ["一般", "normal", "普通"])]
        var best: (String, Int, String.Index)?
        for (name, days, words) in levels {
            for w in words {
                if let r = t.range(of: w), best == nil || r.lowerBound < (best?.2 ?? t.endIndex) { best = (name, days, r.lowerBound) }
            }
        }
        return best.map { ($0.0, $0.1) } ?? ("normal", 3)
    }

    private static let closedMarks = ["关闭", "结案", "已解决", "已处理", "已修复", "恢复使用", "满意", "closed", "resolved", "accepted", "accepts", "接受"]
    private static let pendingMarks = ["处理中", "未解决", "待处理", "待定", "跟进中", "pending", "in progress", "open", "未结案"]

    static func complaint(_ d: StoredDocument, today: String) -> Brief.Complaint {
        let received = d.fields.first { $0.name == .received && $0.canonical != nil }?.canonical ?? d.date
        let (level, days) = urgency(d.fields.first { $0.name == .urgency }?.value)
        let outcome = d.fields.filter { [.result, .followUp, .action].contains($0.name) }
            .map { (try? Normalizer.fold($0.value)) ?? $0.value }.joined(separator: "\n")
        let hasOutcome = d.fields.contains { $0.name == .result || $0.name == .followUp }
        let closed = closedMarks.contains { outcome.contains($0) } || (hasOutcome && !pendingMarks.contains { outcome.contains($0) })
        let deadline = received.flatMap { WorkingDays.add(days, to: $0) }
        let overdue = !closed && deadline.map { today > $0 } == true
        let late = overdue ? WorkingDays.lateness(deadline: deadline ?? today, today: today) : 0
        return .init(id: d.id.rawValue, number: d.fields.first { $0.name == .number }?.value, title: d.title, source: d.source,
                     complaint: (d.fields.first { $0.name == .fault }?.value ?? FieldExtractor.faultInProse(d.originalText)
                                ?? FieldExtractor.faultInChat(d.originalText)).map { clip($0, 120) },
                     received: received, urgency: level, workingDays: days, deadline: deadline, open: !closed,
                     overdue: overdue, workingDaysLate: late)
    }

    public static func clip(_ s: String, _ n: Int) -> String {
        let one = s.replacingOccurrences(of: "\n", with: " ")
        return one.count > n ? String(one.prefix(n - 1)) + "…" : one
    }
}
