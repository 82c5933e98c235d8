"""Simplified <-> traditional conversion for sixthgen.

to_trad(text, variant) converts simplified text for Taiwan ("tw") or Hong Kong / Macau ("hk"):
first the term table of the variant (longest terms first; the targets are already traditional),
then character by character.  to_trad(text, None) is the plain character conversion used for
customers.json "traditional" of mainland customers.  to_simp(text) converts traditional names to
simplified (customers.json "name" of Taiwan, Hong Kong and Macau customers).

The character tables live in s6_zhdata.py.  They were made with ICU's transforms over every Han
character of this folder's sources (`uconv -x Simplified-Traditional` / `Traditional-Simplified`),
then the FIXES below were applied.  Rebuild them after adding Chinese text:

    python3 tools/sixthgen/s6_zh.py --rebuild        # needs uconv (ICU); development only
"""
import os
import re
import subprocess
import sys

try:
    from s6_zhdata import S2T, T2S
except ImportError:  # first rebuild
    S2T, T2S = {}, {}

# Characters ICU converts in a way that is wrong for the words sixthgen writes, or that are
# proper in both scripts.  Phrases that need the other reading are in the term tables.
FIXES_S2T = {
    "台": "台", "面": "面", "干": "干", "里": "裡", "只": "只", "系": "系", "制": "制", "志": "志",
    "余": "餘", "周": "周", "谷": "谷", "斗": "斗", "范": "范", "表": "表", "板": "板", "卷": "卷",
    "准": "準", "复": "復", "历": "歷", "冲": "沖", "松": "鬆", "签": "簽", "采": "採", "钟": "鐘",
    "发": "發", "后": "後", "沉": "沉", "峰": "峰", "云": "雲", "涂": "塗", "于": "於", "占": "佔", "才": "才", "向": "向",
    "只": "只", "致": "致", "出": "出", "划": "劃", "尽": "盡", "蒙": "蒙", "游": "游", "借": "借",
}
FIXES_T2S = {"著": "着", "瞭": "了", "乾": "干", "於": "于", "裏": "里", "檯": "台", "臺": "台"}

# Phrases for both traditional variants (applied after the variant's own table).
COMMON_TERMS = {
    "烘干": "烘乾", "干燥": "乾燥", "复测": "複測", "重复": "重複", "复核": "複核", "复查": "複查",
    "复印": "影印", "批准": "批准", "控制面板": "控制面板", "面板": "面板", "系统": "系統",
    "只有": "只有", "制定": "制定", "制度": "制度", "控制": "控制", "标准": "標準", "准确": "準確",
    "复位": "復位", "恢复": "恢復", "日历": "日曆", "周二": "週二", "周期": "週期", "每周": "每週",
    "本周": "本週", "上周": "上週", "下周": "下週", "一周": "一週", "周末": "週末", "周一": "週一",
    "周三": "週三", "周四": "週四", "周五": "週五", "周六": "週六", "周日": "週日",
    "里程": "里程", "公里": "公里", "松动": "鬆動", "涂抹": "塗抹", "冲洗": "沖洗", "冲突": "衝突",
    "采样": "採樣", "采购": "採購", "签字": "簽字", "签名": "簽名", "签收": "簽收",
    "出厂": "出廠", "于": "於", "范围": "範圍", "模范": "模範", "规范": "規範",
}
TW_TERMS = {
    "软件": "軟體", "硬件": "硬體", "固件": "韌體", "网络": "網路", "数据库": "資料庫", "数据中心": "資料中心",
    "数据": "資料", "信息": "資訊", "硬盘": "硬碟", "磁盘": "磁碟", "服务器": "伺服器", "内存条": "記憶體模組",
    "内存": "記憶體", "打印机": "印表機", "打印头": "列印頭", "打印": "列印", "质控品": "品管液", "质控": "品管",
    "校准": "校正", "定标": "校正", "传感器": "感測器", "短信猫": "簡訊數據機", "短信": "簡訊", "程序": "程式",
    "设置": "設定", "光模块": "光收發模組", "模块": "模組", "交换机": "交換器", "默认": "預設", "登录": "登入",
    "界面": "介面", "质量": "品質", "视频": "視訊", "激光": "雷射", "U盘": "隨身碟", "晶闸管": "閘流體",
    "熔断器": "保險絲", "硅链": "矽鏈", "等离子体": "電漿", "条码": "條碼", "机柜": "機櫃", "光纤": "光纖",
    "运营商": "電信業者", "证书": "憑證", "升级": "升級", "远程": "遠端", "配置": "組態", "主板": "主機板",
    "线缆": "纜線", "接口": "介面", "工程师": "工程師", "电话": "電話", "水平": "水平", "菜单": "選單",
    "文件": "檔案", "项目": "項目", "视频会议": "視訊會議", "扫描": "掃描", "蓄电池": "蓄電池",
    "纯化柱": "純化管柱", "色谱柱": "層析管柱", "缓冲液": "緩衝液", "分子泵": "渦輪分子幫浦", "真空泵": "真空幫浦",
    "增压泵": "加壓馬達", "泵": "幫浦", "雾化器": "霧化器", "试剂": "試劑", "样本": "檢體", "标本": "檢體",
}
HK_TERMS = {
    "软件": "軟件", "硬件": "硬件", "固件": "韌件", "网络": "網絡", "数据库": "數據庫", "数据中心": "數據中心",
    "数据": "數據", "信息": "資訊", "硬盘": "硬碟", "磁盘": "磁碟", "服务器": "伺服器", "内存条": "記憶體",
    "内存": "記憶體", "打印机": "打印機", "质控": "質控", "校准": "校準", "传感器": "感應器", "短信猫": "短訊數據機",
    "短信": "短訊", "程序": "程式", "设置": "設定", "光模块": "光模組", "模块": "模組", "默认": "預設",
    "登录": "登入", "视频": "視像", "激光": "鐳射", "U盘": "USB手指", "晶闸管": "可控硅", "熔断器": "保險絲",
    "等离子体": "等離子體", "条码": "條碼", "机柜": "機櫃", "光纤": "光纖", "证书": "證書", "远程": "遙距",
    "主板": "主機板", "线缆": "線纜", "接口": "接口", "工程师": "工程師", "文件": "文件", "样本": "樣本",
    "泵": "泵",
}

_term_re_cache = {}


def _term_regex(table):
    key = id(table)
    if key not in _term_re_cache:
        terms = sorted(table, key=lambda t: (-len(t), t))
        _term_re_cache[key] = re.compile("|".join(re.escape(t) for t in terms))
    return _term_re_cache[key]


def to_trad(text, variant="tw"):
    """Simplified -> traditional.  variant: "tw", "hk" or None (characters only)."""
    if text is None:
        return None
    if variant:
        table = dict(COMMON_TERMS)
        table.update(TW_TERMS if variant == "tw" else HK_TERMS)
        rx = _term_re_cache.get(variant)
        if rx is None:
            terms = sorted(table, key=lambda t: (-len(t), t))
            rx = re.compile("|".join(re.escape(t) for t in terms))
            _term_re_cache[variant] = rx
        parts = []
        last = 0
        for m in rx.finditer(text):
            parts.append(_chars(text[last:m.start()]))
            parts.append(table[m.group(0)])
            last = m.end()
        parts.append(_chars(text[last:]))
        return "".join(parts)
    return _chars(text)


def _chars(s):
    return "".join(S2T.get(c, c) for c in s)


def to_simp(text):
    if text is None:
        return None
    return "".join(T2S.get(c, c) for c in text)


# ---------------------------------------------------------------------------------------------
def _rebuild():
    here = os.path.dirname(os.path.abspath(__file__))
    chars = set()
    for name in sorted(os.listdir(here)):
        if name.endswith(".py") and name != "s6_zhdata.py":
            with open(os.path.join(here, name), encoding="utf-8") as f:
                for c in f.read():
                    if "\u3400" <= c <= "\u9fff":
                        chars.add(c)
    ordered = sorted(chars)
    src = "\n".join(ordered) + "\n"

    def run(tr):
        out = subprocess.run(["uconv", "-x", tr], input=src.encode("utf-8"), capture_output=True, check=True)
        return out.stdout.decode("utf-8").split("\n")

    trad = run("Simplified-Traditional")
    simp = run("Traditional-Simplified")
    s2t, t2s = {}, {}
    for c, t, s in zip(ordered, trad, simp):
        if t and t != c and len(t) == 1:
            s2t[c] = t
        if s and s != c and len(s) == 1:
            t2s[c] = s
    for k, v in FIXES_S2T.items():
        if v == k:
            s2t.pop(k, None)
        else:
            s2t[k] = v
    for k, v in FIXES_T2S.items():
        t2s[k] = v
    with open(os.path.join(here, "s6_zhdata.py"), "w", encoding="utf-8") as f:
        f.write('"""Generated by `python3 s6_zh.py --rebuild` (ICU uconv + s6_zh FIXES). Do not edit."""\n')
        f.write("S2T = {\n")
        for k in sorted(s2t):
            f.write(f"    {k!r}: {s2t[k]!r},\n")
        f.write("}\nT2S = {\n")
        for k in sorted(t2s):
            f.write(f"    {k!r}: {t2s[k]!r},\n")
        f.write("}\n")
    print(f"s6_zhdata.py: {len(s2t)} S2T, {len(t2s)} T2S entries from {len(ordered)} characters")


if __name__ == "__main__":
    if sys.argv[1:] == ["--rebuild"]:
        _rebuild()
    else:
        print(__doc__)
