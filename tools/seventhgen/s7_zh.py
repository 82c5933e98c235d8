"""seventhgen: simplified <-> traditional conversion.

The character tables in s7_zhdata.py were made once with ICU (`uconv -x Simplified-Traditional`
and `Traditional-Simplified`) over every Han character of seventhgen's sources, with ambiguous
characters left out; rebuild with `python3 tools/seventhgen/s7_zh.py --rebuild` after adding
Chinese text. Taiwan and Hong Kong term tables are applied first.
"""
import os
import re
import subprocess
import sys

try:
    from s7_zhdata import S2T, T2S
except ImportError:          # during --rebuild
    S2T, T2S = {}, {}

# characters whose conversion depends on the word: never converted character by character
KEEP = set("干台面里只系制周志余谷斗松云范准冲复钟划征于吁咸朴卜丑党汇才表")

# phrase tables, simplified -> traditional (applied before the character table)
COMMON = [("标准", "標準"), ("准确", "準確"), ("准备", "準備"), ("批准", "批准"), ("干扰", "干擾"),
          ("干燥", "乾燥"), ("干式", "乾式"), ("面板", "面板"), ("里面", "裡面"), ("系统", "系統"),
          ("控制", "控制"), ("机制", "機制"), ("制药", "製藥"), ("制造", "製造"), ("制冷", "製冷"),
          ("复位", "復位"), ("恢复", "恢復"), ("复测", "複測"), ("复查", "複查"), ("回复", "回覆"),
          ("答复", "答覆"), ("重复", "重複"), ("一周", "一週"), ("周期", "週期"), ("周一", "週一"),
          ("周二", "週二"), ("周三", "週三"), ("周四", "週四"), ("周五", "週五"), ("周六", "週六"),
          ("松动", "鬆動"), ("松脱", "鬆脫"), ("冲洗", "沖洗"), ("冲击", "衝擊"), ("台面", "檯面"),
          ("一台", "一台"), ("只有", "只有"), ("钟", "鐘"), ("汇报", "匯報"), ("范围", "範圍"),
          ("规范", "規範"), ("示范", "示範"), ("发现", "發現"), ("出发", "出發"), ("余量", "餘量"),
          ("剩余", "剩餘"), ("表面", "表面"), ("仪表", "儀表"), ("电表", "電表"), ("手表", "手錶"),
          ("压力表", "壓力錶"), ("表格", "表格"), ("代表", "代表"), ("划伤", "劃傷"), ("计划", "計劃"),
          ("规划", "規劃"), ("于", "於"), ("才", "才"), ("云端", "雲端"), ("日志", "日誌"), ("标志", "標誌"),
          ("杂志", "雜誌"), ("检查", "檢查"), ("斗门", "斗門"), ("复现", "復現"),
          ("重启", "重啟"), ("启动", "啟動"), ("启用", "啟用"), ("开启", "開啟"), ("复核", "複核"), ("复校", "複校")]
TW = [("软件", "軟體"), ("网络", "網路"), ("数据", "資料"), ("信息", "資訊"), ("固件", "韌體"),
      ("打印机", "印表機"), ("打印", "列印"), ("传感器", "感測器"), ("服务器", "伺服器"), ("内存", "記憶體"),
      ("硬盘", "硬碟"), ("程序", "程式"), ("屏幕", "螢幕"), ("触摸屏", "觸控螢幕"), ("激光", "雷射"),
      ("默认", "預設"), ("接口", "介面"), ("校准", "校正"), ("质控", "品管"), ("模块", "模組"),
      ("U盘", "隨身碟"), ("视频", "視訊"), ("短信", "簡訊"), ("在线", "線上"), ("离线", "離線"),
      ("工程师", "工程師"), ("设置", "設定"), ("配置", "設定"), ("地址", "位址"), ("通讯", "通訊"),
      ("许可证", "授權"), ("升级", "更新"), ("电源", "電源"), ("制冷剂", "冷媒"), ("空调", "空調"),
      ("变频器", "變頻器"), ("主板", "主機板"), ("驱动", "驅動"), ("显卡", "顯示卡"), ("鼠标", "滑鼠"),
      ("保修", "保固"), ("质保", "保固"), ("客户", "客戶"), ("维护", "維護"), ("出租车", "計程車")]
HK = [("软件", "軟件"), ("网络", "網絡"), ("数据", "數據"), ("信息", "資訊"), ("固件", "韌件"),
      ("打印机", "打印機"), ("传感器", "感應器"), ("服务器", "伺服器"), ("内存", "記憶體"),
      ("硬盘", "硬碟"), ("程序", "程式"), ("屏幕", "屏幕"), ("触摸屏", "觸控屏"), ("激光", "激光"),
      ("默认", "預設"), ("接口", "接口"), ("校准", "校準"), ("质控", "質控"), ("模块", "模組"),
      ("U盘", "USB手指"), ("短信", "短訊"), ("设置", "設定"), ("配置", "設定"), ("通讯", "通訊"),
      ("许可证", "授權"), ("制冷剂", "雪種"), ("空调", "冷氣"), ("出租车", "的士"), ("停车场", "停車場")]


def _phrase(text, table):
    # longest first, no re-conversion of what a phrase produced
    out = []
    i = 0
    keys = sorted(table, key=lambda kv: -len(kv[0]))
    while i < len(text):
        for s, t in keys:
            if text.startswith(s, i):
                out.append("\x00" + t + "\x01")
                i += len(s)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def s2t(text, variant="tw"):
    if text is None:
        return None
    table = COMMON + (TW if variant == "tw" else HK)
    marked = _phrase(text, table)
    res = []
    protected = False
    for ch in marked:
        if ch == "\x00":
            protected = True
            continue
        if ch == "\x01":
            protected = False
            continue
        if protected or ch in KEEP:
            res.append(ch)
        else:
            res.append(S2T.get(ch, ch))
    return "".join(res)


def t2s(text):
    if text is None:
        return None
    return "".join(T2S.get(ch, ch) for ch in text)


def _rebuild():
    here = os.path.dirname(os.path.abspath(__file__))
    chars = set()
    for fn in sorted(os.listdir(here)):
        if fn.endswith(".py") and fn != "s7_zhdata.py":
            for ch in open(os.path.join(here, fn), encoding="utf-8").read():
                if "\u3400" <= ch <= "\u9fff":
                    chars.add(ch)
    for _, t in COMMON + TW + HK:
        chars.update(t)
    chars = sorted(chars)
    src = "\n".join(chars)

    def run(tr):
        out = subprocess.run(["uconv", "-x", tr], input=src.encode(), capture_output=True, check=True).stdout.decode()
        return out.split("\n")

    t = run("Simplified-Traditional")
    s = run("Traditional-Simplified")
    s2t_map = {}
    t2s_map = {}
    for a, b, c in zip(chars, t, s):
        if len(b) == 1 and b != a and a not in KEEP:
            s2t_map[a] = b
        if len(c) == 1 and c != a:
            t2s_map[a] = c
    for _, trad in COMMON + TW + HK:
        pass
    with open(os.path.join(here, "s7_zhdata.py"), "w", encoding="utf-8") as f:
        f.write("# generated by s7_zh.py --rebuild (ICU uconv); do not edit by hand\n")
        f.write("S2T = {\n")
        for k in sorted(s2t_map):
            f.write(" %r: %r,\n" % (k, s2t_map[k]))
        f.write("}\nT2S = {\n")
        for k in sorted(t2s_map):
            f.write(" %r: %r,\n" % (k, t2s_map[k]))
        f.write("}\n")
    print("s2t", len(s2t_map), "t2s", len(t2s_map))


if __name__ == "__main__" and "--rebuild" in sys.argv:
    _rebuild()
