import Foundation

/// Archives are often filed by customer (`客户/安庆/安庆市第二人民医院-设备科/服务报告/0452.xlsx`,
/// `Overseas/Perth/Swan River Radiology/Repairs/0880_job-sheet.docx`): a document that names no
/// customer itself belongs to the customer its folder names, if that is a customer kb knows
/// (confirmed or met in other documents). A folder never makes a customer of its own.
enum FolderCustomers {
    /// Words of a folder that holds many customers' records.
    static let collections = ["customer", "client", "account", "installed base", "master", "export", "archive", "客户", "档案", "资料", "台账"]

    /// How a customer field taken from a folder is marked.
    static let how = "folder"

    /// The folders of a document's path that may name its customer, deepest first, as customer
    /// fields: at most three, each a name an institution could bear (not a year, a kind of
    /// document, a city alone, nor a name every city has).
    static func candidates(_ source: String) -> [Field] {
        let folders = source.split(separator: "/").dropLast().suffix(3).reversed()
        return folders.compactMap { raw -> Field? in
            let name = withoutAccountCode(raw.trimmingCharacters(in: .whitespaces))
            guard name.count >= 4, name.count <= 60, !name.contains(where: \.isNumber) || Labels.namesInstitution(name) else { return nil }
            let latin = RomanisedNames.mayBeRomanised(name)
            // English names by their distinctive words (two or more words: `Swan River Radiology`);
            // Chinese ones only with an institution's word (安庆市第二人民医院-设备科, not 服务报告).
            guard latin ? name.split(separator: " ").count >= 2 && RomanisedNames.distinctiveWords(name).joined().count >= 4
                        : Labels.namesInstitution(name),
                  !ArchiveStore.isBareName(name) else { return nil }
            // A folder of many customers' records (`Customer Master`, `Installed base`, 客户档案) names none.
            let folded = ((try? Normalizer.fold(name)) ?? name).lowercased()
            guard Labels.named(folded) == nil, !collections.contains(where: folded.contains) else { return nil }
            return Field(name: .customer, label: "folder", value: name, canonical: nil, how: how)
        }
    }

    /// A folder's name without the account code filed after it (`Harbourline Plastic Products
    /// Factory Ltd. C029`, `… (C-029)`, `… #0029`): a code says which record, not what the
    /// customer is called. A number alone stays (`Plant 2`, `301`), and so does a site's short
    /// code (`Plant F12`, `Ward B12`).
    static func withoutAccountCode(_ name: String) -> String {
        guard let space = name.lastIndex(of: " "), case let code = name[name.index(after: space)...],
              code.wholeMatch(of: accountCode) != nil else { return name }
        return String(name[..<space]).trimmingCharacters(in: CharacterSet(charactersIn: " -–_"))
    }
    nonisolated(unsafe) private static let accountCode = #/#\d{2,6}|[A-Z]{1,3}-?\d{3,6}|[(\[（【](?:#|[A-Z]{1,3}-?)?\d{2,6}[)\]）】]/#
}
