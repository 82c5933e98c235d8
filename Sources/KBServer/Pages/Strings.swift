import Foundation
import HTTPTypes
import Hummingbird

/// The pages' languages: simplified Chinese by default, traditional Chinese and English
/// selectable (the `kb_lang` cookie, else Accept-Language).
enum Language: String, CaseIterable, Sendable {
    case zhHans = "zh-Hans", zhHant = "zh-Hant", en

    /// The language a request asks for.
    static func of(_ request: Request) -> Language {
        if let chosen = request.cookies["kb_lang"]?.value, let l = Language(rawValue: chosen) { return l }
        let accept = (request.headers[.acceptLanguage] ?? "").lowercased()
        for part in accept.split(separator: ",") {
            let tag = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if tag.hasPrefix("zh-tw") || tag.hasPrefix("zh-hk") || tag.hasPrefix("zh-hant") { return .zhHant }
            if tag.hasPrefix("zh") { return .zhHans }
            if tag.hasPrefix("en") { return .en }
        }
        return .zhHans
    }

    var htmlTag: String { self == .en ? "en" : rawValue }
    var label: String { switch self { case .zhHans: "简体"; case .zhHant: "繁體"; case .en: "English" } }
}

/// Every string the pages show, in each language: one catalogue.
enum Strings {
    static func text(_ key: String, _ lang: Language) -> String {
        guard let entry = catalogue[key] else { return key }
        switch lang {
        case .zhHans: return entry.0
        case .zhHant: return entry.1
        case .en: return entry.2
        }
    }

    /// A document kind's name in the language (the kind itself when the catalogue lacks it).
    static func kind(_ raw: String, _ lang: Language) -> String {
        catalogue["kind." + raw] == nil ? raw : text("kind." + raw, lang)
    }

    /// The whole catalogue for one language, as the templates read it (`{{t.search}}`).
    static func all(_ lang: Language) -> [String: String] {
        catalogue.mapValues { switch lang { case .zhHans: $0.0; case .zhHant: $0.1; case .en: $0.2 } }
    }

    /// key → (简体, 繁體, English)
    static let catalogue: [String: (String, String, String)] = [
        "appName": ("kb 售后知识库", "kb 售後知識庫", "kb service archive"),
        "search": ("搜索", "搜尋", "Search"),
        "searchPlaceholder": ("故障、序列号、型号、客户……", "故障、序號、型號、客戶……", "Fault, serial, model, customer…"),
        "searchHelp": ("简体、繁体、拼音、英文均可；序列号任意写法；可用 kind:repair、model:、customer:、date:2023..2024",
                       "簡體、繁體、拼音、英文皆可；序號任意寫法；可用 kind:repair、model:、customer:、date:2023..2024",
                       "Simplified, traditional, pinyin or English; serials in any form; kind:repair, model:, customer:, date:2023..2024"),
        "login": ("登录", "登入", "Log in"),
        "logout": ("退出", "登出", "Log out"),
        "user": ("账号", "帳號", "Account"),
        "password": ("密码", "密碼", "Password"),
        "loginFailed": ("账号或密码不对，或账号已停用", "帳號或密碼不對，或帳號已停用", "Wrong account or password, or the account is disabled"),
        "tooMany": ("失败次数太多，请稍后再试", "失敗次數太多，請稍後再試", "Too many failed logins; try again later"),
        "results": ("条结果", "筆結果", "results"),
        "result": ("条结果", "筆結果", "result"),
        "about": ("约", "約", "about"),
        "noResults": ("没有找到匹配的文档", "沒有找到符合的文件", "No documents match"),
        "pinyinRead": ("拼音读作", "拼音讀作", "Pinyin read as"),
        "showingFor": ("显示的是以下查询的结果：", "顯示的是以下查詢的結果：", "Showing results for"),
        "searchAsTyped": ("按原样搜索", "按原樣搜尋", "search as typed"),
        "kind": ("类别", "類別", "Kind"),
        "model": ("型号", "型號", "Model"),
        "customer": ("客户", "客戶", "Customer"),
        "year": ("年份", "年份", "Year"),
        "from": ("从", "從", "From"),
        "to": ("到", "到", "To"),
        "apply": ("筛选", "篩選", "Apply"),
        "clearFilters": ("清除筛选", "清除篩選", "Clear filters"),
        "next": ("下一页", "下一頁", "Next page"),
        "previous": ("上一页", "上一頁", "Previous page"),
        "fields": ("字段", "欄位", "Fields"),
        "links": ("关联", "關聯", "Links"),
        "text": ("原文", "原文", "Text as written"),
        "similar": ("相似文档", "相似文件", "Similar documents"),
        "source": ("来源", "來源", "Source"),
        "date": ("日期", "日期", "Date"),
        "unit": ("设备", "設備", "Unit"),
        "owner": ("用户单位", "用戶單位", "Owner"),
        "unknown": ("未知", "未知", "unknown"),
        "timeline": ("所有文档（由旧到新）", "所有文件（由舊到新）", "Every document, oldest first"),
        "brief": ("上门前简报", "上門前簡報", "Pre-visit brief"),
        "print": ("打印", "列印", "Print"),
        "forbidden": ("您的角色无权查看此页面", "您的角色無權檢視此頁面", "Your role may not see this page"),
        "missingRight": ("缺少权限", "缺少權限", "Missing right"),
        "forbiddenDetail": ("{role} 角色没有这个权限；拥有它的角色：{roles}。", "{role} 角色沒有這個權限；擁有它的角色：{roles}。",
                            "The {role} role does not have this right; these roles do: {roles}."),
        "filters": ("筛选", "篩選", "Filters"),
        "articles": ("知识库", "知識庫", "Knowledge base"),
        "slips": ("签字单", "簽收單", "Signed slips"),
        "uploadSlip": ("上传扫描件或 PDF", "上傳掃描檔或 PDF", "Upload a scan or PDF"),
        "readSlip": ("读取", "讀取", "Read it"),
        "checkSlip": ("核对后确认归档", "核對後確認歸檔", "Check, correct, then archive"),
        "readFrom": ("读取自", "讀取自", "Read from"),
        "confirmSlip": ("确认归档", "確認歸檔", "Archive"),
        "download": ("下载原件", "下載原件", "Download the original"),
        "versions": ("版本", "版本", "Versions"),
        "slip.number": ("单号", "單號", "Number"),
        "slip.type": ("类型", "類型", "Type"),
        "slip.date": ("日期", "日期", "Date"),
        "slip.customer": ("客户", "客戶", "Customer"),
        "slip.serial": ("出厂编号", "序號", "Serial"),
        "slip.engineer": ("工程师", "工程師", "Engineer"),
        "slip.signedBy": ("签字人", "簽名人", "Signed by"),
        "slip.stamped": ("盖有客户公章", "蓋有客戶印章", "Carries the customer's stamp"),
        "newArticle": ("写新文章", "寫新文章", "New article"),
        "articleTitle": ("标题", "標題", "Title"),
        "articleModels": ("适用型号（逗号分隔）", "適用型號（逗號分隔）", "Models (comma-separated)"),
        "articleFaults": ("故障或错误码（逗号分隔）", "故障或錯誤碼（逗號分隔）", "Faults or error codes (comma-separated)"),
        "articleBody": ("正文（Markdown）", "正文（Markdown）", "Text (Markdown)"),
        "save": ("保存", "儲存", "Save"),
        "edit": ("修改", "修改", "Edit"),
        "reason": ("原因", "原因", "Reason"),
        "history": ("版本与审核记录", "版本與審核紀錄", "Versions and review"),
        "diffPublished": ("与已发布版本的差异", "與已發佈版本的差異", "Changes against the published version"),
        "step.submit": ("提交审核", "提交審核", "Submit for review"),
        "step.approve": ("批准发布", "核准發佈", "Approve"),
        "step.reject": ("退回修改", "退回修改", "Reject"),
        "step.retire": ("停用", "停用", "Retire"),
        "state.draft": ("草稿", "草稿", "draft"),
        "state.review": ("待审核", "待審核", "in review"),
        "state.published": ("已发布", "已發佈", "published"),
        "state.retired": ("已停用", "已停用", "retired"),
        "done.submit": ("已提交审核", "已提交審核", "Submitted for review"),
        "done.approve": ("已批准发布", "已核准發佈", "Approved and published"),
        "done.reject": ("已退回作者", "已退回作者", "Sent back to its author"),
        "done.retire": ("已停用", "已停用", "Retired"),
        "kind.repair": ("维修记录", "維修紀錄", "repair"),
        "kind.equipment": ("设备档案", "設備檔案", "equipment"),
        "kind.customer": ("客户档案", "客戶檔案", "customer file"),
        "kind.complaint": ("投诉", "客訴", "complaint"),
        "kind.quality": ("质量反馈", "品質回饋", "quality"),
        "kind.training": ("培训资料", "訓練資料", "training"),
        "kind.article": ("知识库文章", "知識庫文章", "article"),
        "notFound": ("找不到", "找不到", "Not found"),
        "badRequest": ("请求有误", "請求有誤", "Bad request"),
        "language": ("语言", "語言", "Language"),
        "documents": ("文档", "文件", "Documents"),
        "how": ("依据", "依據", "How"),
    ]
}
