#!/usr/bin/env python3
"""Rebuild zhtrad.py (simplified -> traditional table used by scalegen.py) with OpenCC.

Development tool only: needs the `opencc` command (Debian package opencc).  scalegen.py itself
needs only the Python standard library and the generated zhtrad.py.

    python3 tools/scalegen/make_zhtrad.py [--docs 30000]

1. Every CJK character in scalegen.py is converted on its own with OpenCC s2tw.json (Taiwan
   standard characters): that is the character table.
2. Documents are rendered as traditional (their simplified source) and converted both ways:
   with the table and with OpenCC on the whole text.  Where they differ, a short window around
   the difference becomes a fix (wrong -> right, applied after the table).  Repeated until the
   table + fixes reproduce OpenCC on every sampled document.
3. Reports how many characters of the traditional texts do not fold back to the source with
   OpenCC t2s.json (kb's folding): ideally none.
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # leave no __pycache__ next to the scripts
SEP = "\n\u2063\u2063\n"


def opencc(text, config):
    return subprocess.run(["opencc", "-c", config], input=text.encode("utf-8"), capture_output=True,
                          check=True).stdout.decode("utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=30000)
    a = ap.parse_args()
    src_code = open(os.path.join(HERE, "scalegen.py"), encoding="utf-8").read()
    chars = sorted({c for c in src_code if "\u3400" <= c <= "\u9fff"})
    conv = opencc("\n".join(chars), "s2tw.json").split("\n")
    assert len(conv) >= len(chars), (len(conv), len(chars))
    table = {s: t for s, t in zip(chars, conv) if len(t) == 1 and s != t}
    write(table, [])

    import importlib
    import zhtrad
    import scalegen
    w = scalegen.World(1)
    sources = []
    for i in range(a.docs):
        doc, _enc = scalegen.make_doc(w, i, 1, force_lang="zh-Hant")
        sources.append(doc.b.text())
    # names and everything else static that may reach a traditional document
    sources += [cu.name + "\n" + "\n".join(cu.aliases + cu.short) + "\n" + cu.addr for cu in w.customers]
    # every name that the lists can make, not only those of the sampled customers
    cities = [x[0] + y[0] for x in scalegen.CITY_A for y in scalegen.CITY_B]
    brands = [x[0] + y[0] for x in scalegen.BRAND_A for y in scalegen.BRAND_B]
    sources.append("\n".join(c + "市第一人民医院检验科 " + c + "县中医院 " + c + "大学生科院" for c in cities))
    sources.append("\n".join(b + "医学检验实验室 " + b + "科技 " + b + "新能源 " + b + "医院检验科 " + b + "化验所" for b in brands))
    sources.append("\n".join(t + b + "医院" for t, _e in scalegen.TW_CITIES for b in brands))
    sources.append("\n".join(sn + gv + "（" + r + "）" for sn, _a in scalegen.SURNAMES for gv, _b in scalegen.GIVEN
                             for r, _c in scalegen.ROLES_LAB[:1]))
    sources.append("\n".join(e[0] for e in scalegen.ENGINEERS))
    sources += [f.zh + "\n" + f.detail_zh + "\n" + "\n".join(p[0] + p[1] + p[2] for p in f.pairs) for f in scalegen.FAULTS]
    blob = SEP.join(sources)
    ref = opencc(blob, "s2tw.json")
    # OpenCC phrase artifacts that are not Taiwan usage in this vocabulary: 液面 is not 液麵
    # (noodles), 胡子豪 is a name (not 鬍子), 朱俊 is not 朱儁, 干化学 is 乾化學 (dry chemistry).
    for bad, good in (("麵", "面"), ("鬍", "胡"), ("儁", "俊"), ("幹化學", "乾化學")):
        ref = ref.replace(bad, good)
    ref = ref.split(SEP)
    assert len(ref) == len(sources)
    # the table: per character, the traditional form OpenCC gives most often in these texts
    seen = {}
    for s, r in zip(sources, ref):
        if len(s) == len(r):
            for x, y in zip(s, r):
                if cjk(x):
                    seen.setdefault(x, {}).setdefault(y, 0)
                    seen[x][y] += 1
    for x, ys in seen.items():
        best = max(sorted(ys), key=lambda y: ys[y])
        if best != x:
            table[x] = best
        else:
            table.pop(x, None)
    fixes = {}
    write(table, [])
    pairs_ok = [(s, r) for s, r in zip(sources, ref) if len(s) == len(r)]
    rblob = SEP.join(r for _s, r in pairs_ok)
    for rnd in range(12):
        importlib.reload(zhtrad)
        conv = [zhtrad.convert(s) for s, _r in pairs_ok]
        mblob = SEP.join(conv)
        assert len(mblob) == len(rblob)
        cache = {}

        def consistent(key, val):
            if key in cache:
                return cache[key]
            k = mblob.find(key)
            ok = True
            while k >= 0:
                if rblob[k:k + len(key)] != val:
                    ok = False
                    break
                k = mblob.find(key, k + 1)
            cache[key] = ok
            return ok
        bad = 0
        new = 0
        order = list(fixes.items())
        start_n = len(fixes)
        T = zhtrad._T
        for m, (s, r) in zip(conv, pairs_ok):
            if m == r:
                continue
            if len(fixes) > start_n:  # apply the fixes added in this round too
                if len(order) != len(fixes):
                    order = list(fixes.items())
                m = s.translate(T)
                for fa, fb in order:
                    if fa in m:
                        m = m.replace(fa, fb)
                if m == r:
                    continue
            bad += 1
            for p in range(len(m)):
                if m[p] == r[p]:
                    continue
                a0 = p
                while a0 > 0 and cjk(m[a0 - 1]):
                    a0 -= 1
                b0 = p + 1
                while b0 < len(m) and cjk(m[b0]):
                    b0 += 1
                done = False
                for size in range(2, 9):
                    for lo in range(p - size + 1, p + 1):
                        hi = lo + size
                        if lo < a0 or hi > b0:
                            continue
                        key, val = m[lo:hi], r[lo:hi]
                        if key in fixes:
                            continue
                        if consistent(key, val):
                            fixes[key] = val
                            new += 1
                            done = True
                            break
                    if done:
                        break
        print(f"round {rnd}: {bad} documents differ, {new} new fixes", file=sys.stderr)
        write(table, list(fixes.items()))
        if not bad or not new:
            break
    importlib.reload(zhtrad)
    trad = [zhtrad.convert(s) for s in sources]
    wrong = sum(1 for t, (s, r) in zip(trad, zip(sources, ref)) if len(s) == len(r) and t != r)
    print(f"final: {wrong} documents differ from OpenCC s2tw", file=sys.stderr)
    back = opencc(SEP.join(trad), "t2s.json").split(SEP)
    diff = sum(1 for s, b in zip(sources, back) for x, y in zip(s, b) if x != y)
    pairs = {}
    for s, b in zip(sources, back):
        for k, (x, y) in enumerate(zip(s, b)):
            if x != y:
                pairs[s[max(0, k - 2):k + 3] + " -> " + b[max(0, k - 2):k + 3]] = 1
    print(f"table {len(table)} characters, {len(fixes)} fixes; {diff} characters do not fold back with t2s", file=sys.stderr)
    for p in list(pairs)[:40]:
        print("  ", p, file=sys.stderr)


def cjk(c):
    return "\u3400" <= c <= "\u9fff"


def write(table, fixes):
    with open(os.path.join(HERE, "zhtrad.py"), "w", encoding="utf-8") as f:
        f.write('"""Simplified -> traditional (Taiwan) conversion for scalegen.  Generated by make_zhtrad.py\n'
                'from OpenCC s2tw.json; do not edit by hand."""\n')
        pairs = "".join(s + t for s, t in sorted(table.items()))
        f.write("CHARS = (\n")
        for k in range(0, len(pairs), 80):
            f.write(f'    "{pairs[k:k + 80]}"\n')
        f.write(")\n")
        f.write("FIXES = [\n")
        for a, b in fixes:
            f.write(f"    ({a!r}, {b!r}),\n")
        f.write("]\n")
        f.write("_T = {ord(CHARS[k]): CHARS[k + 1] for k in range(0, len(CHARS), 2)}\n")
        f.write("# fixes grouped by the first character they change, so a text is only searched for the\n"
                "# fixes whose trigger character it contains\n")
        f.write("_GROUPS = {}\n")
        f.write("for _a, _b in FIXES:\n")
        f.write("    _GROUPS.setdefault(next(x for x, y in zip(_a, _b) if x != y), []).append((_a, _b))\n")
        f.write("_GROUPS = list(_GROUPS.items())\n\n\n")
        f.write("def convert(s):\n    s = s.translate(_T)\n    for t, group in _GROUPS:\n        if t in s:\n"
                "            for a, b in group:\n                if a in s:\n                    s = s.replace(a, b)\n"
                "    return s\n")


if __name__ == "__main__":
    main()
