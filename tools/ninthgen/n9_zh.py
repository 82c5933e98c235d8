# -*- coding: utf-8 -*-
"""Script conversion for ninthgen. The per-character table n9_zhdata.py was made once with ICU:
    python3 n9_zh.py --rebuild     (runs `uconv -x Hans-Hant` and `uconv -x Hant-Hans` on the characters
                                    used by the n9_*.py files)"""
import os
import sys

try:
    from n9_zhdata import S2T, T2S
except ImportError:  # during --rebuild
    S2T, T2S = {}, {}

PHRASES_TW = [("軟件", "軟體"), ("網絡", "網路"), ("數據", "資料"), ("校準", "校正"), ("信息", "資訊"),
              ("打印", "列印"), ("硬盤", "硬碟"), ("視頻", "視訊"), ("質控", "品管"), ("傳感器", "感測器"),
              ("探測器", "偵測器"), ("程序", "程式"), ("屏幕", "螢幕"), ("顯示器", "螢幕"), ("激活", "啟用"),
              ("服務器", "伺服器"), ("默認", "預設"), ("電池供電", "電池供電"), ("觸摸屏", "觸控螢幕"), ("松動", "鬆動")]
PHRASES_HK = [("傳感器", "感應器"), ("打印", "打印"), ("質控", "質控"), ("觸摸屏", "觸控屏"), ("松動", "鬆動")]


def to_hant(s, region="tw"):
    if s is None:
        return None
    t = "".join(S2T.get(ch, ch) for ch in s)
    for a, b in (PHRASES_TW if region == "tw" else PHRASES_HK):
        t = t.replace(a, b)
    return t


def to_hans(s):
    return "".join(T2S.get(ch, ch) for ch in s)


def _rebuild():
    import subprocess
    here = os.path.dirname(os.path.abspath(__file__))
    chars = set()
    for fn in sorted(os.listdir(here)):
        if fn.startswith("n9_") and fn.endswith(".py") and fn != "n9_zhdata.py":
            for ch in open(os.path.join(here, fn), encoding="utf-8").read():
                if "\u3400" <= ch <= "\u9fff":
                    chars.add(ch)
    chars = sorted(chars)
    s2t, t2s = {}, {}
    for tr, out in (("Hans-Hant", s2t), ("Hant-Hans", t2s)):
        res = subprocess.run(["uconv", "-x", tr], input="\n".join(chars) + "\n", capture_output=True,
                             text=True, check=True).stdout.split("\n")
        for a, b in zip(chars, res):
            if len(b) == 1 and b != a:
                out[a] = b
    # characters produced by S2T must map back
    extra = sorted(set(s2t.values()) - set(chars))
    if extra:
        res = subprocess.run(["uconv", "-x", "Hant-Hans"], input="\n".join(extra) + "\n", capture_output=True,
                             text=True, check=True).stdout.split("\n")
        for a, b in zip(extra, res):
            if len(b) == 1 and b != a:
                t2s[a] = b
    with open(os.path.join(here, "n9_zhdata.py"), "w", encoding="utf-8") as f:
        f.write("# -*- coding: utf-8 -*-\n# generated once by `python3 n9_zh.py --rebuild` (ICU uconv)\n")
        f.write("S2T = {\n")
        for k in sorted(s2t):
            f.write(" %r: %r,\n" % (k, s2t[k]))
        f.write("}\nT2S = {\n")
        for k in sorted(t2s):
            f.write(" %r: %r,\n" % (k, t2s[k]))
        f.write("}\n")
    print("S2T", len(s2t), "T2S", len(t2s))


if __name__ == "__main__":
    if "--rebuild" in sys.argv:
        _rebuild()
