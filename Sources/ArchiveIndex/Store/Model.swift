import Foundation

/// A document's row id in the store.
public struct DocumentID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ value: Int64) { rawValue = value }
    public var description: String { String(rawValue) }
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    /// Xapian's unique term for this document.
    var uniqueTerm: String { "Q\(rawValue)" }
    /// The document's Xapian docid: the same as its row id, so a rebuilt index numbers
    /// documents exactly as the incremental one did.
    var xapianDocid: UInt32 { UInt32(truncatingIfNeeded: rawValue) }
}

/// A customer's row id in the store.
public struct CustomerID: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// A serial number in canonical form (NFKC, upper case, no separators or labels).
public struct SerialNumber: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Canonicalises a serial as written (`SN: da7600-2019-0457`); nil if it is not one.
    public init?(parsing raw: String) {
        guard let c = Normalizer.canonicalSerial(raw) else { return nil }
        rawValue = c
    }
    public var description: String { rawValue }
}

/// What a document is, detected from its content or given with `--kind`.
public enum DocumentKind: String, CaseIterable, Codable, Sendable {
    case repair, equipment, customer, complaint, quality, training, article

    public var label: String {
        switch self {
        case .repair: "repair card / service report"
        case .equipment: "equipment record"
        case .customer: "customer file"
        case .complaint: "complaint resolution"
        case .quality: "quality feedback"
        case .training: "training material"
        case .article: "knowledge-base article"
        }
    }

    /// Accepts the canonical names and common synonyms in English and Chinese.
    public init?(name: String) {
        let n = (try? Normalizer.fold(name.trimmingCharacters(in: .whitespaces))) ?? name.lowercased()
        switch n {
        case "repair", "service", "service-report", "report", "维修", "维修单", "服务报告", "repair-card": self = .repair
        case "equipment", "unit", "device", "设备", "设备档案": self = .equipment
        case "customer", "customer-file", "客户", "客户档案": self = .customer
        case "complaint", "投诉": self = .complaint
        case "quality", "quality-feedback", "质量", "质量反馈": self = .quality
        case "training", "manual", "培训", "手册": self = .training
        case "article", "kb", "knowledge", "知识库", "文章": self = .article
        default: return nil
        }
    }
}

/// The fields kb extracts from labelled text and ledger columns.
public enum FieldName: String, CaseIterable, Codable, Sendable {
    case number, customer, address, contact, phone, device, model, serial, date
    case fault, cause, action, parts, engineer, warranty, result, followUp = "follow_up"
    case hours, fee, purchaseDate = "purchase_date", installDate = "install_date"
    case warrantyUntil = "warranty_until", received, urgency, responsible, lot
    case customerClass = "customer_class", contractExpiry = "contract_expiry"
    case serviceMode = "service_mode", type, tags, alias, signedBy = "signed_by"
    /// The customer a unit was moved from (原使用单位, Previous owner): no customer of the document.
    case formerOwner = "former_owner"
    /// What an error code means, as the document states it (`FaultCodes`): the code is the
    /// field's label and canonical form, the description (folded) its value.
    case faultCode = "fault_code"

    /// Fields whose value may run over several lines.
    var isProse: Bool { [.fault, .cause, .action, .result, .followUp, .parts].contains(self) }
    /// Fields holding a date.
    var isDate: Bool { [.date, .purchaseDate, .installDate, .warrantyUntil, .received, .contractExpiry].contains(self) }
}

/// One extracted field: the label as written, the value as written, and a canonical
/// form where one exists (serials, models, dates).
public struct Field: Codable, Sendable, Equatable {
    public var name: FieldName
    public var label: String
    public var value: String
    public var canonical: String?
    /// How the field was found: `label` (at the start of a line or after white space, as a
    /// form has it) or `pattern` (a serial label inside prose: `…，出厂编号 TL5M-1706-0031`).
    public var how: String = "label"

    public init(name: FieldName, label: String, value: String, canonical: String? = nil, how: String = "label") {
        self.name = name
        self.label = label
        self.value = value
        self.canonical = canonical
        self.how = how
    }
}

/// A document after reading and extraction, before it is stored.
public struct ExtractedDocument: Sendable {
    /// "" for a whole file, "row=N" for a ledger row.
    public var part: String
    public var source: String
    public var kind: DocumentKind
    public var title: String
    public var text: String
    public var folded: String
    public var fields: [Field]
    /// yyyy-MM-dd
    public var date: String?

    public func values(_ name: FieldName) -> [Field] { fields.filter { $0.name == name } }
}
