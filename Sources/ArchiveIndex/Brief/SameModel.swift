import Foundation

/// "The same model elsewhere": the faults most often repaired on units of the brief's models
/// at other customers, grouped by what they are, each with its count, customers and last fix.
enum SameModel {
    /// One repair of a unit of the model: what it was about (its grouping key, folded, and
    /// that as character pairs) and its document (only its fault and fix fields).
    struct Case: Sendable {
        /// What the fault is, in words (`E27 温控异常`), and its error code, if it states one.
        let key: String
        let code: String?
        let folded: String
        let pairs: [UInt64]
        let doc: StoredDocument
        /// The document's units of the model.
        let units: Set<Int64>
    }

    /// Every repair case of a model on record, the routine ones (installations, maintenance)
    /// left out.
    static func cases(model: String, store: ArchiveStore, cache: BriefCache?) throws -> [Case] {
        let models = try cache?.unitModels { try store.unitModels() } ?? store.unitModels()
        var units: [DocumentID: Set<Int64>] = [:]
        for (doc, unit) in try store.repairDocuments(units: Set(models.filter { $0.value == model }.keys)) {
            units[doc, default: []].insert(unit)
        }
        return try store.documents(units.keys.sorted(), texts: false, onlyFields: [.fault, .action]).compactMap { d in
            guard let (code, clause) = fault(d), !isRoutine(d, code ?? clause) else { return nil }
            // Grouped by the error code when there is one, else by the words.
            let folded = (try? Normalizer.fold(code ?? clause)) ?? clause
            return Case(key: clause, code: code, folded: folded, pairs: PairIndex.pairs(folded), doc: d, units: units[d.id] ?? [])
        }
    }

    /// The eight most frequent fault groups of these models' units, leaving out the brief's
    /// own units and its customer's documents.
    static func patterns(models: Set<String>, ownUnits: Set<Int64>, customer: Int64?, store: ArchiveStore,
                         cache: BriefCache?) throws -> [Brief.FaultPattern] {
        var cases: [Case] = []
        // One visit, one case: a ledger row and its card share date and unit. (Looked up, not
        // compared with every case kept: a common model has thousands of repair cards.)
        var casesSeen = Set<String>()
        for model in models.sorted() {
            let all = try cache?.cases(model: model) { try Self.cases(model: model, store: store, cache: cache) }
                ?? Self.cases(model: model, store: store, cache: nil)
            for c in all where !c.units.isSubset(of: ownUnits) {
                if let customer, c.doc.customers.contains(where: { $0.id == customer }) { continue }
                if let date = c.doc.date {
                    let seen = c.doc.serials.map { date + "\u{1}" + $0 }
                    if seen.contains(where: casesSeen.contains) { continue }
                    casesSeen.formUnion(seen)
                }
                cases.append(c)
            }
        }
        // Similar fault descriptions form one group (CRE、BUN 偏高 / CRE、BUN 結果偏高): each case
        // joins the first group whose first description is the same or similar. A description
        // met before goes where it went then (groups are only ever added after it).
        var groups: [(first: Case, docs: [StoredDocument])] = []
        var groupOf: [String: Int] = [:]
        for c in cases {
            if let i = groupOf[c.folded] {
                groups[i].docs.append(c.doc)
                continue
            }
            if let i = groups.firstIndex(where: { $0.first.folded == c.folded || ArchiveStore.similarity($0.first.pairs, c.pairs) >= 0.6 }) {
                groups[i].docs.append(c.doc)
                groupOf[c.folded] = i
            } else {
                groupOf[c.folded] = groups.count
                groups.append((c, [c.doc]))
            }
        }
        let ids = Set(groups.flatMap { $0.docs.compactMap { $0.customers.first?.id } })
        let customerNames = try cache?.confirmedNames(ids, store: store) ?? store.confirmedNames(ids)
        return groups.map { g in
            let newest = g.docs.max { ($0.date ?? "") < ($1.date ?? "") }
            let fix = newest.flatMap { d in d.fields.first { $0.name == .action }?.value }
            let names = Set(g.docs.compactMap { d in d.customers.first.flatMap { customerNames[$0.id] } })
            let usual = usualFix(g.docs)
            let latestIsUsual = fix.map { fixKey($0) == usual?.key } ?? false
            return Brief.FaultPattern(fault: g.first.key, code: g.first.code, count: g.docs.count, customers: names.sorted(),
                                      fix: fix.map { BriefBuilder.clip($0, 160) }, usualFix: usual?.fix, usualFixCount: usual?.count ?? 0,
                                      latestIsUsual: latestIsUsual, documents: g.docs.map(\.id.rawValue).sorted())
        }.sorted { ($0.count, $1.fault) > ($1.count, $0.fault) }.prefix(8).map { $0 }
    }

    /// The fix that most often resolved the fault: the fixes' first clauses, folded, counted;
    /// the newest wording of the most frequent (ties: the newest). Nil when no case states one.
    static func usualFix(_ docs: [StoredDocument]) -> (fix: String, count: Int, key: String)? {
        var counts: [String: (count: Int, date: String, text: String)] = [:]
        for d in docs {
            guard let fix = d.fields.first(where: { $0.name == .action })?.value else { continue }
            let key = fixKey(fix), date = d.date ?? ""
            let seen = counts[key]
            counts[key] = ((seen?.count ?? 0) + 1, max(seen?.date ?? "", date), date >= (seen?.date ?? "") ? firstClause(fix) : seen?.text ?? firstClause(fix))
        }
        // Ties: the newest, then the first in folded order (never the dictionary's order).
        return counts.max { ($0.value.count, $0.value.date, $1.key) < ($1.value.count, $1.value.date, $0.key) }
            .map { (BriefBuilder.clip($0.value.text, 80), $0.value.count, $0.key) }
    }

    /// A fix compared with others: its first clause, folded.
    static func fixKey(_ fix: String) -> String {
        let clause = firstClause(fix)
        return (try? Normalizer.fold(clause)) ?? clause
    }

    /// Installation and maintenance visits are not faults.
    static func isRoutine(_ d: StoredDocument, _ key: String) -> Bool {
        let text = ((try? Normalizer.fold(key + " " + d.title)) ?? key).lowercased()
        return ["装机", "安装", "保养", "巡检", "年检", "installation", "preventive", "pm ", "maintenance"].contains { text.contains($0) }
            && !Normalizer.identifierTokens(inFolded: text).contains { $0.first == "E" && $0.count <= 4 }
    }

    private static let clauseEnds: Set<Character> = ["，", "。", ",", ";", "；", ".", "\n", "（", "("]

    /// What a repair was about, for grouping: its error code (E23), else the first clause of the fault.
    static func faultKey(_ d: StoredDocument) -> String? {
        fault(d).map { $0.code ?? $0.clause }
    }

    /// A repair's fault in words (its first clause, `E27 温控异常`) and the error code it states.
    static func fault(_ d: StoredDocument) -> (code: String?, clause: String)? {
        guard let fault = d.fields.first(where: { $0.name == .fault })?.value else { return nil }
        let folded = (try? Normalizer.fold(fault)) ?? fault
        let code = Normalizer.identifierTokens(inFolded: folded).first { $0.count <= 4 && $0.first == "E" }
        return (code, BriefBuilder.clip(firstClause(withoutReporter(fault)), 24))
    }

    /// A fault without who reported it (`据使用人员讲，开机报…`, `Operator says QA software…`): the
    /// same fault, however it was heard.
    static func withoutReporter(_ fault: String) -> String {
        var t = fault.trimmingCharacters(in: .whitespaces)
        if let m = t.prefixMatch(of: englishReporter) { t = String(t[m.range.upperBound...]) }
        let first = firstClause(t)
        let speech = ["讲", "说", "反映", "反馈", "称", "表示", "報", "講", "稱", "反應"]
        if first.count <= 10, first.count < t.count, speech.contains(where: first.hasSuffix) || (first.hasPrefix("据") && first.count <= 8) {
            t = String(t.dropFirst(first.count)).trimmingCharacters(in: CharacterSet(charactersIn: "，,：: "))
        }
        return t.isEmpty ? fault : t
    }
    // Kept compiled: a regex literal is parsed again each time it is evaluated.
    nonisolated(unsafe) private static let englishReporter =
        #/(?i)(?:the\s+)?(?:operator|user|customer|client|staff|nurse|ward|lab|site)s?\s+(?:says|said|reports|reported|states|stated|complains|complained)(?:\s+that)?[\s,:]+/#

    static func firstClause(_ text: String) -> String {
        (text.split(whereSeparator: clauseEnds.contains).first.map(String.init) ?? text).trimmingCharacters(in: .whitespaces)
    }
}
