#!/usr/bin/env python3
"""Generate corpus/README.md from the generator metadata and the files actually written."""
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import OUT, ROOT, all_docs  # noqa: E402
from extract import file_text, find_serial, canon  # noqa: E402
from meta import CUSTOMERS, UNITS  # noqa: E402

KIND_NAMES = collections.OrderedDict([
    ("repair", "repair card / service report (维修单, 服务报告单, 修護卡, 叫修登记, Service Report)"),
    ("equipment", "equipment record (设备档案, 設備檔案, Equipment Record)"),
    ("customer", "customer file (客户档案, 客户信息卡, 客戶資料卡, Customer File)"),
    ("complaint", "complaint resolution (投诉(问题)反馈表, 客訴處理單, Complaint Resolution)"),
    ("quality", "quality feedback (质量反馈单, 品質回饋單, Quality Feedback)"),
    ("training", "training material (培训资料, 产品技术手册, Training)"),
    ("kb", "knowledge-base article (Markdown, 类型：知识库文章 / Type: Knowledge Base Article)"),
    ("ledger", "CSV ledger (服务信息台帐 and a traditional-Chinese service log)"),
])
LANG_NAMES = {"zh-Hans": "simplified Chinese", "zh-Hant": "traditional Chinese",
              "en": "English", "mixed": "mixed Chinese/English"}
ENC_NAMES = {"utf-8": "UTF-8 (no BOM)", "utf-8-sig": "UTF-8 with BOM", "gb18030": "GB18030",
             "big5": "Big5", "utf-16": "UTF-16 LE with BOM", "docx": "Word .docx", "pdf": "PDF (text layer)"}

FAULTS = [
    ("离心机转速异常 / 轉速異常 / centrifuge speed abnormal (E03)",
     r"转速异常|轉速異常|转数异常|转速不稳|转速上不去|转速波动|E03"),
    ("DA7600 报警 E23 样本针液面检测异常", r"(?<![0-9A-Z])E23(?![0-9])"),
    ("比色杯污染 / 杯空白超限 / cuvette contamination", r"比色杯污染|杯空白超限|杯空白警告|cuvette blank|比色杯.{0,6}污"),
    ("电池BMS保护无法充电 / BMS protection, won't charge",
     r"BMS ?保护|BMS 保護|欠压保护|UV protect|under-voltage protection|无法充电|充不进电"),
    ("不平衡 E05 / rotor imbalance", r"不平衡|rotor imbalance|(?<![0-9A-Z])E05(?![0-9])"),
    ("WBC 堵孔 / WBC clog", r"WBC ?堵孔|WBC clog|堵孔"),
    ("本底高 / high background", r"本底高|本底检查不过|high background|background check fail|PLT bkg"),
    ("灯能量低 / lamp energy low", r"灯能量低|lamp energy low"),
    ("碳刷磨损 / carbon brush wear", r"碳刷磨损|碳刷断裂|磨损到极限|碳刷.{0,4}磨"),
    ("制冷不良 E12 / cooling failure", r"制冷不良|(?<![0-9A-Z])E12(?![0-9])"),
    ("RAID 降级 / RAID degraded", r"RAID.{0,6}(?:降級|降级|Degraded)"),
    ("交换机端口反复断线 / port flapping", r"port flapping|flapping"),
    ("UPS 电池告警 / battery test failed", r"battery test failed|Battery test failed|电池告警|電池自檢失敗|电池自检"),
]


def md_escape(s):
    return s.replace("|", "\\|")


def main():
    docs = sorted(all_docs(), key=lambda d: d["path"])
    texts = {}
    for d in docs:
        texts[d["path"]], _ = file_text(os.path.join(OUT, d["path"]), d["enc"])

    # serial mentions, from the files as written; must equal the declared units
    mentions = collections.OrderedDict((u, []) for u in UNITS)
    for d in docs:
        t = texts[d["path"]]
        found = []
        for u, (sn, *_r) in UNITS.items():
            occ = find_serial(t, canon(sn))
            if occ:
                found.append(u)
                forms = []
                for raw, desc in occ:
                    if (raw, desc) not in forms:
                        forms.append((raw, desc))
                mentions[u].append((d["path"], forms))
        if sorted(found) != sorted(d["units"]):
            raise SystemExit("unit mismatch in %s: declared %s found %s" % (d["path"], d["units"], found))

    n = len(docs)
    L = []
    w = L.append
    w("# kb sample corpus")
    w("")
    w("A realistic, entirely **invented** after-sales service archive for testing `kb`: repair cards and")
    w("service reports, equipment records, customer files, complaint and quality-feedback forms, training")
    w("material, knowledge-base articles and CSV ledgers of a service department that looks after lab")
    w("instruments (biochemistry and hematology analyzers, centrifuges), IT / system-integration equipment")
    w("(UPS, switch, server, projector) and lithium battery packs. The forms follow the management rules in")
    w("`/work/shared/seeds/` (服务信息台帐, 维修单, 服务报告单, 修護卡, 叫修登記簿, 客户信息卡, 投诉(问题)反馈表,")
    w("质量反馈, 产品技术手册/培训资料). All customers, people, companies, addresses, phone numbers and serial")
    w("numbers are fictional; `某市` stands for an unnamed city.")
    w("")
    w("The files are generated from handwritten sources by `tools/corpus-gen/build.py` (Python 3, python-docx,")
    w("fpdf2 and the `fonts-wqy-microhei` font) and this README by `tools/corpus-gen/readme.py`;")
    w("`tools/corpus-gen/verify.py` re-reads every file and checks the tables below against it.")
    w("The generated files are committed; nothing in CI needs to run the generator.")
    w("")
    w("## Layout")
    w("")
    w("```")
    w("corpus/archive/")
    for folder in sorted({d["path"].split("/")[0] for d in docs}):
        sub = [d for d in docs if d["path"].split("/")[0] == folder]
        w("  %-12s %3d files" % (folder + "/", len(sub)))
    w("```")
    w("")
    w("Total: **%d files**." % n)
    w("")
    w("Beside the archive, `corpus/slips/` holds four customer-signed or stamped slips (PNG, JPEG, TIFF")
    w("scans and a PDF) that `scripts/setup` archives with `kb slip add`, and `corpus/incoming/` two scans")
    w("it leaves for the README's examples: a new slip (FW-2024-0415) and a re-signed copy of FW-2024-0311.")
    w("The scans are rendered by `tools/corpus-gen/slips.py`.")
    w("")
    w("## Counts")
    w("")
    w("| kind | files |")
    w("|---|---|")
    kc = collections.Counter(d["kind"] for d in docs)
    for k, name in KIND_NAMES.items():
        w("| %s | %d |" % (name, kc[k]))
    w("")
    w("| language | files | share |")
    w("|---|---|---|")
    lc = collections.Counter(d["lang"] for d in docs)
    for k in ("zh-Hans", "zh-Hant", "en", "mixed"):
        w("| %s (`%s`) | %d | %d%% |" % (LANG_NAMES[k], k, lc[k], round(100 * lc[k] / n)))
    w("")
    w("English and mixed together: %d files (%d%%)." % (lc["en"] + lc["mixed"],
                                                        round(100 * (lc["en"] + lc["mixed"]) / n)))
    w("")
    w("| encoding / container | files |")
    w("|---|---|")
    ec = collections.Counter(d["enc"] for d in docs)
    for k in ("utf-8", "utf-8-sig", "gb18030", "big5", "utf-16", "docx", "pdf"):
        w("| %s | %d |" % (ENC_NAMES[k], ec[k]))
    w("")
    fc = collections.Counter(os.path.splitext(d["path"])[1] for d in docs)
    w("By extension: " + ", ".join("`%s` %d" % (k, v) for k, v in sorted(fc.items())) + ".")
    w("")
    fw = [d["path"] for d in docs
          if any(0xFF10 <= ord(c) <= 0xFF19 or 0xFF21 <= ord(c) <= 0xFF3A or 0xFF41 <= ord(c) <= 0xFF5A
                 for c in texts[d["path"]])]
    w("Files containing full-width Latin letters or digits (e.g. `ＤＡ７６００－２０１９－０４５７`, `ＳＮ：`, `Ｎｏ．`): "
      + ", ".join("`%s`" % p for p in fw) + ".")
    w("")
    w("Conventions: every document's first line names its kind in its own language (`维修服务报告单`,")
    w("`修護卡`, `Service Report`, `设备档案`, `Customer File`, `投诉(问题)反馈表`, `客訴處理單`, `质量反馈单`,")
    w("`培训资料`, `产品技术手册`, ...; knowledge-base articles are Markdown with a `# title` and a line")
    w("`类型：知识库文章` / `類型：知識庫文章` / `Type: Knowledge Base Article`). Fields are one per line as")
    w("`标签：值` / `Label: value` using the label spellings agreed with the parser; long values continue on")
    w("the following lines. The `.docx` repair report keeps its fields in a table (label cell, value cell,")
    w("two pairs per row in places); the two PDFs are customer-signed / stamped slips with a real text layer.")
    w("CSV files are RFC 4180 (CRLF line ends, fields quoted where they contain commas or newlines; two")
    w("ledgers have a field with an embedded newline).")
    w("")

    # customers
    w("## Customers")
    w("")
    w("Name variants are listed only where they actually occur in the corpus (with the number of files).")
    w("")
    w("| id | canonical name | variants found in the corpus | files mentioning any form |")
    w("|---|---|---|---|")
    for cid, (name, variants) in CUSTOMERS.items():
        found = []
        for v in variants:
            c = sum(1 for t in texts.values() if v in t)
            if c:
                found.append("%s (%d)" % (v, c))
        allf = sum(1 for t in texts.values() if any(x in t for x in [name] + variants))
        w("| %s | %s | %s | %d |" % (cid, name, "; ".join(found), allf))
    w("")
    w("Frequent short forms that are not full names: 一院 (一院检验科), 澄心醫院, 昱晟科技, 岳澜新能源, 望川职院,")
    w("东岭IDC, 柳溪中医院, 澜铂检验, 南湖大学生科院.")
    w("")

    # units
    w("## Units")
    w("")
    w("Canonical serial = NFKC, upper case, spaces / dashes / slashes / colons removed.")
    w("")
    w("| canonical serial | nameplate serial | model | device | customer | documents |")
    w("|---|---|---|---|---|---|")
    for u, (sn, model, dev, cid) in UNITS.items():
        w("| %s | %s | %s | %s | %s | %d |" % (canon(sn), sn, model, dev, CUSTOMERS[cid][0], len(mentions[u])))
    w("")
    w("### Unit mentions (ground truth)")
    w("")
    w("One row per (unit, document): every file under `corpus/archive/` whose text, after NFKC + upper case")
    w("+ removing whitespace, `-`, `/` and `:`, contains the canonical serial, and no other file. Paths are")
    w("relative to `corpus/archive/`. *As written* is the exact text span in the document (docx: table-cell")
    w("text; pdf: `pdftotext -enc UTF-8` output); several spans are separated by ` ; `.")
    w("")
    w("| canonical serial | model | customer | document | as written | format |")
    w("|---|---|---|---|---|---|")
    for u, lst in mentions.items():
        sn, model, dev, cid = UNITS[u]
        for path, forms in lst:
            w("| %s | %s | %s | %s | %s | %s |" % (
                canon(sn), model, CUSTOMERS[cid][0], md_escape(path),
                " ; ".join("`%s`" % md_escape(r) for r, _ in forms),
                " ; ".join(ds for _, ds in forms)))
    w("")

    # models
    w("## Model spellings")
    w("")
    w("Models appear as e.g. `DA7600`, `DA-7600`, `ＤＡ７６００`, `da 7600`; `TDL-5M`, `TDL5M`, `ＴＤＬ－５Ｍ`;")
    w("`H1850R`, `Ｈ１８５０Ｒ`; `HA-5180`, `HA5180`, `HA 5180`; `LFP48100`, `LFP-48100`, `ＬＦＰ４８１００`;")
    w("`PW3320`, `PW-3320`, `PW 3320`; `XG2848`, `XG-2848`; `EP-X560`, `EPX560`; `RS2290`, `ＲＳ２２９０`.")
    w("Shared models: DA7600 ×4 units, TDL-5M ×2, H1850R ×2, HA-5180 ×2, LFP48100 ×2, PW3320 ×2.")
    w("")

    # faults
    w("## Fault phrases")
    w("")
    w("Documents that mention each recurring fault (regular expression shown, case-insensitive, on NFKC text).")
    w("Repair cards, articles and ledgers describe the fault and its fix; a few records only refer to it.")
    w("")
    w("| fault | pattern | documents |")
    w("|---|---|---|")
    for label, pat in FAULTS:
        rx = re.compile(pat, re.I)
        hits = [d["path"] for d in docs if rx.search(unicodedata.normalize("NFKC", texts[d["path"]]))]
        w("| %s | `%s` | %s |" % (label, md_escape(pat), "<br>".join(md_escape(h) for h in hits)))
    w("")

    # inventory
    w("## File inventory")
    w("")
    w("| path | kind | language | encoding | units |")
    w("|---|---|---|---|---|")
    for d in docs:
        w("| %s | %s | %s | %s | %s |" % (md_escape(d["path"]), d["kind"], d["lang"], d["enc"],
                                         " ".join(canon(UNITS[u][0]) for u in d["units"])))
    w("")
    with open(os.path.join(ROOT, "corpus", "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("README written:", n, "files")


if __name__ == "__main__":
    main()
