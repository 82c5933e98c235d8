#!/usr/bin/env python3
"""thirdgen — a third, independently written generator of synthetic after-sales paperwork.

Writes DIR/docs/..., DIR/truth.jsonl, DIR/customers.json, DIR/units.json and the marker
DIR/.thirdgen, in the output format of tools/tunegen (see README.md next to this file).

Python 3 standard library only.  Deterministic: every object has its own random.Random seeded
from a string such as "thirdgen/<seed>/doc/<i>"; nothing reads the clock or iterates over a set;
zip entries carry a fixed timestamp.
"""

import argparse
import calendar
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import sys
import unicodedata
import zipfile
import zlib
from xml.sax.saxutils import escape as xml_escape

SEED = 1
WINDOW_START = dt.date(2018, 1, 1)
WINDOW_END = dt.date(2025, 10, 31)


def rng(*parts):
    return random.Random("thirdgen/%s/%s" % (SEED, "/".join(str(p) for p in parts)))


def wpick(r, pairs):
    """pairs: [(item, weight), ...] -> item"""
    total = sum(w for _, w in pairs)
    x = r.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

def add_days(d, n):
    return d + dt.timedelta(days=n)


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def weekday_shift(d, r):
    """Service visits are mostly on working days."""
    if d.weekday() == 6 and r.random() < 0.9:
        return add_days(d, 1)
    if d.weekday() == 5 and r.random() < 0.6:
        return add_days(d, 2)
    return d


CN_DIGIT = "〇一二三四五六七八九"
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_CN = "一二三四五六日"


def cn_small(n):
    if n < 10:
        return CN_DIGIT[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIGIT[n - 10]
    t, u = divmod(n, 10)
    return CN_DIGIT[t] + "十" + (CN_DIGIT[u] if u else "")


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    roc = y - 1911
    f = {
        "iso": "%04d-%02d-%02d" % (y, m, dd),
        "iso_nz": "%d-%d-%d" % (y, m, dd),
        "slash": "%d/%d/%d" % (y, m, dd),
        "slash0": "%04d/%02d/%02d" % (y, m, dd),
        "dot": "%d.%d.%d" % (y, m, dd),
        "dot0": "%04d.%02d.%02d" % (y, m, dd),
        "cn": "%d年%d月%d日" % (y, m, dd),
        "cn0": "%d年%02d月%02d日" % (y, m, dd),
        "cnhao": "%d年%d月%d号" % (y, m, dd),
        "cnwk": "%d年%d月%d日（星期%s）" % (y, m, dd, WD_CN[d.weekday()]),
        "cnzhou": "%d年%d月%d日 周%s" % (y, m, dd, WD_CN[d.weekday()]),
        "cnnum": "%s年%s月%s日" % ("".join(CN_DIGIT[int(c)] for c in str(y)), cn_small(m), cn_small(dd)),
        "compact": "%04d%02d%02d" % (y, m, dd),
        "roc": "%d年%d月%d日" % (roc, m, dd),
        "roc0": "%d年%02d月%02d日" % (roc, m, dd),
        "minguo": "民國%d年%d月%d日" % (roc, m, dd),
        "rocslash0": "%d/%02d/%02d" % (roc, m, dd),
        "rocslash": "%d/%d/%d" % (roc, m, dd),
        "rocdot0": "%d.%02d.%02d" % (roc, m, dd),
        "d_mon_y": "%d %s %d" % (dd, MON3[m - 1], y),
        "d_month_y": "%d %s %d" % (dd, MONTHS[m - 1], y),
        "dd_mon_yyyy": "%02d-%s-%d" % (dd, MON3[m - 1], y),
        "d_mon_yyyy": "%d-%s-%d" % (dd, MON3[m - 1], y),
        "DD_MON_YY": "%02d-%s-%02d" % (dd, MON3[m - 1].upper(), y % 100),
        "mon_d_y": "%s. %d, %d" % (MON3[m - 1], dd, y) if m != 5 else "May %d, %d" % (dd, y),
        "month_d_y": "%s %d, %d" % (MONTHS[m - 1], dd, y),
        "month_dth_y": "%s %s %d" % (MONTHS[m - 1], ordinal(dd), y),
        "dth_of_month_y": "%s of %s, %d" % (ordinal(dd), MONTHS[m - 1], y),
        "yyyy_mon_dd": "%d-%s-%02d" % (y, MON3[m - 1], dd),
        "de": "%02d.%02d.%d" % (dd, m, y),
        "us": "%02d/%02d/%d" % (m, dd, y),
        "uk": "%02d/%02d/%d" % (dd, m, y),
        "uk_nz": "%d/%d/%d" % (dd, m, y),
        "wd_d_mon_y": "%s %d %s %d" % (WD3[d.weekday()], dd, MON3[m - 1], y),
        "wd_month_d_y": "%s, %s %d, %d" % (WDAYS[d.weekday()], MONTHS[m - 1], dd, y),
    }
    return f[style]


def fmt_time(r, style="hm", hour_range=(8, 17)):
    h = r.randint(*hour_range)
    mi = r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]) if style != "hms" else r.randint(0, 59)
    s = r.randint(0, 59)
    if style == "hms":
        return "%02d:%02d:%02d" % (h, mi, s)
    if style == "cnpm":
        if h < 12:
            return "上午%d:%02d" % (h, mi)
        return "下午%d:%02d" % (h - 12 if h > 12 else h, mi)
    if style == "ampm":
        hh = h % 12 or 12
        return "%d:%02d %s" % (hh, mi, "AM" if h < 12 else "PM")
    return "%02d:%02d" % (h, mi)


# Date styles per writing habit.  Each document picks one habit for its visit date.
STYLES_HANS = [("cn", 5), ("iso", 5), ("dot", 3), ("dot0", 2), ("slash", 3), ("slash0", 2),
               ("iso_nz", 2), ("cn0", 1), ("cnnum", 1)]
STYLES_TW = [("roc", 4), ("rocslash0", 4), ("rocdot0", 3), ("minguo", 2), ("roc0", 1),
             ("rocslash", 1), ("slash0", 2)]
STYLES_HK = [("uk", 4), ("uk_nz", 2), ("cn", 3), ("iso", 1)]
STYLES_EN = [("d_mon_y", 3), ("dd_mon_yyyy", 3), ("d_mon_yyyy", 2), ("DD_MON_YY", 2), ("mon_d_y", 2),
             ("month_d_y", 2), ("month_dth_y", 2), ("dth_of_month_y", 1), ("yyyy_mon_dd", 2),
             ("iso", 3), ("d_month_y", 2)]


# --------------------------------------------------------------------------------------------
# Simplified -> traditional.  The character table was made once with ICU
# (uconv -x Simplified-Traditional) over every Han character of this file, then fixed by hand;
# phrase tables carry the Taiwan and Hong Kong terms.
# --------------------------------------------------------------------------------------------

S2T_PAIRS = (  # S2T-TABLE
    "与與业業东東丝絲丢丟两兩严嚴个個丰豐为為丽麗么麼义義习習书書乱亂于於亏虧云雲产產仓倉仪儀价價会會伟偉传傳体體余餘侧側储儲"
    "儿兒兰蘭关關兴興养養内內写寫军軍农農冯馮冲沖决決况況准準减減几幾划劃刘劉刚剛别別剂劑办辦务務动動区區医醫华華协協单單占佔"
    "卤鹵卫衛厂廠历歷压壓厦廈参參发發变變号號后後启啟吴吳员員响響喷噴团團园園围圍国國图圖场場坏壞块塊垫墊声聲壳殼处處备備复復"
    "头頭孙孫学學宁寧实實审審对對导導寿壽尔爾尘塵尽盡层層属屬岗崗岛島崂嶗师師带帶并並广廣庄莊库庫应應开開异異张張强強当當录錄"
    "彻徹征徵态態总總恒恆户戶执執扬揚扰擾抢搶护護报報损損换換据據搅攪数數断斷无無旧舊时時显顯晓曉术術机機杆桿条條来來杨楊杰傑"
    "松鬆构構枢樞柜櫃标標样樣档檔检檢楼樓毕畢气氣汇匯泽澤洁潔测測济濟浓濃涛濤涧澗温溫湿濕滞滯满滿滤濾滨濱潍濰灯燈灾災点點烟煙"
    "热熱状狀环環现現瓯甌电電疗療监監盖蓋盘盤着著码碼确確禅禪离離积積称稱稳穩签簽类類紧緊纠糾红紅纤纖级級纪紀纯純线線练練组組"
    "细細绍紹经經结結给給络絡绝絕统統继繼续續维維绵綿缆纜缓緩编編缘緣缩縮网網罗羅职職联聯肃肅胀脹脏髒脑腦艳艷芜蕪苏蘇范範荫蔭"
    "蓝藍蚀蝕补補装裝见見观觀规規视視触觸计計认認训訓议議讯訊记記讲講许許论論设設访訪证證评評诉訴诊診试試话話询詢详詳误誤说說"
    "请請诺諾课課调調谱譜负負贡貢财財贤賢败敗账賬货貨质質购購贵貴资資赣贛赵趙踪蹤轨軌转轉软軟轴軸输輸辽遼达達迁遷过過运運这這"
    "进進远遠违違连連迟遲适適遗遺邓鄧郑鄭采採释釋里裡针針钉釘钟鐘铁鐵铅鉛铠鎧银銀链鏈锂鋰错錯键鍵镜鏡长長门門闭閉问問间間阀閥"
    "阳陽阵陣陈陳随隨静靜韩韓项項顿頓预預频頻颖穎题題风風馈饋马馬驱驅驻駐验驗骏駿鸣鳴鹏鵬黄黃齐齊龙龍"
)

S2T = {}

PHRASES_COMMON = [
    ("干燥", "乾燥"), ("制冷", "製冷"), ("制造", "製造"), ("制作", "製作"), ("复查", "複查"),
    ("重复", "重複"), ("复核", "複核"), ("周期", "週期"), ("每周", "每週"), ("下周", "下週"),
    ("本周", "本週"), ("冲洗", "沖洗"), ("里面", "裡面"), ("这里", "這裡"), ("哪里", "哪裡"),
    ("公里", "公里"), ("只有", "只有"), ("一只", "一隻"), ("两只", "兩隻"), ("头发", "頭髮"),
    ("发现", "發現"), ("出发", "出發"), ("松动", "鬆動"), ("松开", "鬆開"), ("余量", "餘量"),
    ("其余", "其餘"), ("剩余", "剩餘"), ("卷", "卷"), ("系统", "系統"), ("联系", "聯繫"),
    ("关系", "關係"), ("台", "台"), ("后台", "後台"), ("面板", "面板"), ("表面", "表面"),
    ("准确", "準確"), ("标准", "標準"), ("批准", "批准"), ("准时", "準時"), ("干扰", "干擾"),
    ("若干", "若干"), ("征求", "徵求"), ("特征", "特徵"), ("症状", "症狀"), ("采样", "採樣"),
    ("采购", "採購"), ("采集", "採集"), ("签字", "簽字"), ("签名", "簽名"), ("据", "據"),
    ("脏污", "髒污"), ("脏", "髒"), ("着", "著"), ("了解", "了解"), ("钟", "鐘"), ("历史", "歷史"),
    ("日历", "日曆"), ("划", "劃"), ("范围", "範圍"), ("游离", "游離"), ("回复", "回覆"),
    ("答复", "答覆"), ("恢复", "恢復"), ("复位", "復位"), ("复印", "影印"), ("占用", "佔用"),
    ("汇总", "彙總"), ("汇报", "匯報"), ("几", "幾"), ("云", "雲"), ("尽快", "儘快"),
    ("托盘", "托盤"), ("委托", "委託"), ("日志", "日誌"), ("杆", "桿"), ("搅拌杆", "攪拌桿"), ("并", "並"),
    ("合并", "合併"), ("板", "板"), ("升级", "升級"), ("线", "線"), ("里", "裡"),
]

TW_TERMS = [
    ("服务器", "伺服器"), ("软件", "軟體"), ("硬件", "硬體"), ("硬盘", "硬碟"), ("磁盘", "磁碟"),
    ("内存条", "記憶體"), ("内存", "記憶體"), ("网络", "網路"), ("网线", "網路線"), ("信息", "資訊"),
    ("数据", "資料"), ("程序", "程式"), ("接口", "介面"), ("默认", "預設"), ("文件", "檔案"),
    ("固件", "韌體"), ("缓存", "快取"), ("传感器", "感測器"), ("打印", "列印"), ("质控", "品管"),
    ("视频", "視訊"), ("主板", "主機板"), ("激光", "雷射"), ("屏幕", "螢幕"), ("支持", "支援"),
    ("模块", "模組"), ("短信", "簡訊"), ("质量", "品質"), ("工控机", "工業電腦"), ("光模块", "光纖模組"),
    ("交换机", "交換器"), ("风扇", "風扇"), ("电芯", "電芯"), ("通讯", "通訊"), ("通信", "通訊"),
    ("客户", "客戶"), ("用户", "使用者"), ("链路", "鏈路"), ("补丁", "修補程式"),
    ("快照", "快照"), ("光纤", "光纖"), ("跳线", "跳線"), ("液位", "液位"), ("反映", "反應"),
    ("排线", "排線"), ("驱动", "驅動程式"), ("网卡", "網卡"), ("管理口", "管理埠"), ("端口", "埠"),
    ("网口", "網路埠"), ("光口", "光纖埠"), ("蓄电池", "蓄電池"), ("工程师", "工程師"),
    ("巡检", "巡檢"), ("保养", "保養"), ("维修", "維修"), ("定标", "校正"), ("校准", "校正"),
    ("远程", "遠端"), ("登录", "登入"), ("存储", "儲存"), ("界面", "介面"),
]

HK_TERMS = [
    ("服务器", "伺服器"), ("软件", "軟件"), ("硬件", "硬件"), ("硬盘", "硬碟"), ("磁盘", "磁碟"),
    ("内存条", "記憶體"), ("内存", "記憶體"), ("网络", "網絡"), ("网线", "網線"), ("信息", "資訊"),
    ("数据", "數據"), ("程序", "程式"), ("默认", "預設"), ("文件", "檔案"), ("固件", "韌體"),
    ("传感器", "感應器"), ("打印", "打印"), ("质控", "質控"), ("视频", "視像"), ("支持", "支援"),
    ("模块", "模組"), ("短信", "短訊"), ("工控机", "工業電腦"), ("交换机", "交換機"), ("通讯", "通訊"),
    ("客户", "客戶"), ("用户", "用戶"), ("反映", "反映"), ("驱动", "驅動程式"), ("端口", "端口"),
    ("定标", "校準"), ("校准", "校準"), ("质量", "質量"), ("存储", "儲存"),
]

_PHRASE_INDEX = {}


def _build_phrase_index():
    for variant, terms in (("tw", TW_TERMS), ("hk", HK_TERMS), ("name", [])):
        idx = {}
        for s, t in terms + PHRASES_COMMON:
            if variant == "name" and len(s) > 1 and s not in ("里面",):
                continue
            idx.setdefault(s[0], [])
            if (s, t) not in idx[s[0]]:
                idx[s[0]].append((s, t))
        for k in idx:
            idx[k].sort(key=lambda p: -len(p[0]))
        _PHRASE_INDEX[variant] = idx


def to_trad(s, variant="tw"):
    """variant: 'tw' / 'hk' for free text (with the region's terms), 'name' char by char."""
    if s is None:
        return None
    idx = _PHRASE_INDEX[variant]
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        done = False
        if variant != "name":
            for p, t in idx.get(ch, ()):
                if s.startswith(p, i):
                    out.append(t)
                    i += len(p)
                    done = True
                    break
        if not done:
            out.append(S2T.get(ch, ch))
            i += 1
    return "".join(out)


T2S = {}


def to_simp(s):
    return "".join(T2S.get(c, c) for c in s)


# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------

# city, pinyin, province, province pinyin, capital?, [(district, pinyin)]
CN_CITIES = [
    ("佛山", "Foshan", "广东", "Guangdong", False, [("禅城区", "Chancheng District"), ("南海区", "Nanhai District")]),
    ("东莞", "Dongguan", "广东", "Guangdong", False, [("南城街道", "Nancheng Subdistrict"), ("东城街道", "Dongcheng Subdistrict")]),
    ("广州", "Guangzhou", "广东", "Guangdong", True, [("越秀区", "Yuexiu District"), ("天河区", "Tianhe District")]),
    ("珠海", "Zhuhai", "广东", "Guangdong", False, [("香洲区", "Xiangzhou District")]),
    ("温州", "Wenzhou", "浙江", "Zhejiang", False, [("鹿城区", "Lucheng District"), ("瓯海区", "Ouhai District")]),
    ("宁波", "Ningbo", "浙江", "Zhejiang", False, [("海曙区", "Haishu District"), ("鄞州区", "Yinzhou District")]),
    ("绍兴", "Shaoxing", "浙江", "Zhejiang", False, [("越城区", "Yuecheng District")]),
    ("济南", "Jinan", "山东", "Shandong", True, [("历下区", "Lixia District"), ("槐荫区", "Huaiyin District")]),
    ("青岛", "Qingdao", "山东", "Shandong", False, [("市南区", "Shinan District"), ("崂山区", "Laoshan District")]),
    ("烟台", "Yantai", "山东", "Shandong", False, [("芝罘区", "Zhifu District")]),
    ("潍坊", "Weifang", "山东", "Shandong", False, [("奎文区", "Kuiwen District")]),
    ("郑州", "Zhengzhou", "河南", "Henan", True, [("金水区", "Jinshui District"), ("二七区", "Erqi District")]),
    ("洛阳", "Luoyang", "河南", "Henan", False, [("涧西区", "Jianxi District")]),
    ("长沙", "Changsha", "湖南", "Hunan", True, [("开福区", "Kaifu District"), ("岳麓区", "Yuelu District")]),
    ("株洲", "Zhuzhou", "湖南", "Hunan", False, [("天元区", "Tianyuan District")]),
    ("南昌", "Nanchang", "江西", "Jiangxi", True, [("东湖区", "Donghu District")]),
    ("赣州", "Ganzhou", "江西", "Jiangxi", False, [("章贡区", "Zhanggong District")]),
    ("贵阳", "Guiyang", "贵州", "Guizhou", True, [("云岩区", "Yunyan District")]),
    ("遵义", "Zunyi", "贵州", "Guizhou", False, [("汇川区", "Huichuan District")]),
    ("兰州", "Lanzhou", "甘肃", "Gansu", True, [("城关区", "Chengguan District")]),
    ("沈阳", "Shenyang", "辽宁", "Liaoning", True, [("和平区", "Heping District")]),
    ("大连", "Dalian", "辽宁", "Liaoning", False, [("中山区", "Zhongshan District")]),
    ("哈尔滨", "Harbin", "黑龙江", "Heilongjiang", True, [("南岗区", "Nangang District")]),
    ("石家庄", "Shijiazhuang", "河北", "Hebei", True, [("长安区", "Chang'an District")]),
    ("唐山", "Tangshan", "河北", "Hebei", False, [("路北区", "Lubei District")]),
    ("太原", "Taiyuan", "山西", "Shanxi", True, [("迎泽区", "Yingze District")]),
    ("厦门", "Xiamen", "福建", "Fujian", False, [("思明区", "Siming District")]),
    ("泉州", "Quanzhou", "福建", "Fujian", False, [("丰泽区", "Fengze District")]),
    ("扬州", "Yangzhou", "江苏", "Jiangsu", False, [("广陵区", "Guangling District")]),
    ("徐州", "Xuzhou", "江苏", "Jiangsu", False, [("云龙区", "Yunlong District")]),
    ("芜湖", "Wuhu", "安徽", "Anhui", False, [("镜湖区", "Jinghu District")]),
    ("绵阳", "Mianyang", "四川", "Sichuan", False, [("涪城区", "Fucheng District")]),
    ("宜昌", "Yichang", "湖北", "Hubei", False, [("西陵区", "Xiling District")]),
]
CN_ROADS = [("人民路", "Renmin Road"), ("解放路", "Jiefang Road"), ("建设大道", "Jianshe Avenue"),
            ("中山路", "Zhongshan Road"), ("健康路", "Jiankang Road"), ("学府路", "Xuefu Road"),
            ("文化路", "Wenhua Road"), ("科技路", "Keji Road"), ("滨江路", "Binjiang Road"),
            ("新华路", "Xinhua Road"), ("金融街", "Jinrong Street"), ("工业大道", "Gongye Avenue")]

# simplified, formal traditional, everyday traditional, English, [(district trad, English)]
TW_CITIES = [
    ("台北", "臺北", "台北", "Taipei", [("中正區", "Zhongzheng Dist."), ("大安區", "Da'an Dist.")]),
    ("台中", "臺中", "台中", "Taichung", [("北屯區", "Beitun Dist."), ("西屯區", "Xitun Dist.")]),
    ("台南", "臺南", "台南", "Tainan", [("東區", "East Dist.")]),
    ("高雄", "高雄", "高雄", "Kaohsiung", [("苓雅區", "Lingya Dist.")]),
    ("桃园", "桃園", "桃園", "Taoyuan", [("桃園區", "Taoyuan Dist.")]),
    ("新竹", "新竹", "新竹", "Hsinchu", [("東區", "East Dist.")]),
]
TW_ROADS = [("中山路", "Zhongshan Rd."), ("民生路", "Minsheng Rd."), ("文心路", "Wenxin Rd."),
            ("中華路", "Zhonghua Rd."), ("復興路", "Fuxing Rd."), ("建國路", "Jianguo Rd.")]
HK_PLACES = [("九龍觀塘", "巧明街", "How Ming Street, Kwun Tong, Kowloon"),
             ("九龍灣", "宏光道", "Wang Kwong Road, Kowloon Bay, Kowloon"),
             ("新界沙田", "小瀝源路", "Siu Lek Yuen Road, Sha Tin, New Territories"),
             ("新界荃灣", "沙咀道", "Sha Tsui Road, Tsuen Wan, New Territories"),
             ("香港黃竹坑", "黃竹坑道", "Wong Chuk Hang Road, Wong Chuk Hang, Hong Kong"),
             ("香港柴灣", "嘉業街", "Ka Yip Street, Chai Wan, Hong Kong")]

CN_BRANDS = [("康泰", "Kangtai"), ("华检", "Huajian"), ("睿博", "Ruibo"), ("安诺", "Annuo"),
             ("正源", "Zhengyuan"), ("启明", "Qiming"), ("云枢", "Yunshu"), ("鼎信", "Dingxin"),
             ("恒储", "Hengchu"), ("瑞能", "Ruineng"), ("数智", "Shuzhi"), ("天衡", "Tianheng"),
             ("博越", "Boyue"), ("科瑞", "Kerui"), ("致远", "Zhiyuan"), ("汇智", "Huizhi"),
             ("中衡", "Zhongheng"), ("远景", "Yuanjing"), ("国检", "Guojian"), ("新元", "Xinyuan"),
             ("明科", "Mingke"), ("英诺", "Yingnuo"), ("华铠", "Huakai"), ("泰联", "Tailian"), ("卓越", "Zhuoyue"),
             ("蓝海", "Lanhai"), ("嘉禾", "Jiahe"), ("迅达", "Xunda")]
TW_BRANDS = [("晶毅", "Ching Yi"), ("群陽", "Chun Yang"), ("聯晟", "Lien Sheng"), ("亞泰", "Ya Tai"),
             ("宏碩", "Hung Shuo"), ("鼎豐", "Ting Feng")]
TW_NAMES = [("慈恩", "Tzu En"), ("博仁", "Po Jen"), ("仁德", "Jen Te"), ("安康", "An Kang"),
            ("德生", "Te Sheng"), ("佑民", "Yu Min")]
HK_BRANDS = [("康和", "Hong Wo"), ("德信", "Tak Shun"), ("恒安", "Hang On"), ("信誠", "Shun Shing"),
             ("僑光", "Kiu Kwong"), ("寶康", "Po Hong"), ("永泰", "Wing Tai"), ("明德", "Ming Tak"),
             ("安泰", "On Tai"), ("偉信", "Wai Shun"), ("華健", "Wah Kin"), ("嘉諾", "Ka Lok"), ("富康", "Fu Hong"),
             ("順昌", "Shun Cheong"), ("永安", "Wing On"), ("聯和", "Luen Wo")]

NUM_CN = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八"}
ORD_EN = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth", 7: "Seventh", 8: "Eighth"}


# --------------------------------------------------------------------------------------------
# Equipment
# --------------------------------------------------------------------------------------------

LAB = ["chem", "hema", "immuno", "coag", "hplc", "ult"]
IT = ["server", "storage", "switch", "ups"]
BAT = ["vrla", "lfp", "dcpower"]
GROUP = {f: "lab" for f in LAB}
GROUP.update({f: "it" for f in IT})
GROUP.update({f: "battery" for f in BAT})

# family: (Chinese name, English name, models, PM interval in months, calibration?)
FAMILIES = {
    "chem": ("全自动生化分析仪", "chemistry analyzer", ["CS-1600", "CS-2400i"], 6, True),
    "hema": ("血细胞分析仪", "hematology analyzer", ["HX-5600", "HX-3100 CRP"], 6, True),
    "immuno": ("化学发光免疫分析仪", "chemiluminescence immunoassay analyzer", ["LumiQ 800", "LQ-1200"], 6, True),
    "coag": ("全自动凝血分析仪", "coagulation analyzer", ["CX-9000", "CX-6500"], 12, True),
    "hplc": ("高效液相色谱仪", "HPLC system", ["UHP-7000", "HPLC-5100"], 12, True),
    "ult": ("超低温冰箱", "ultra-low temperature freezer", ["ULT-86V728", "ULT-86V490"], 12, False),
    "server": ("机架式服务器", "rack server", ["TS-2280 G5", "TS-4860 G6"], 6, False),
    "storage": ("存储阵列", "storage array", ["DS-5300 V3", "DS-7600"], 6, False),
    "switch": ("核心交换机", "core switch", ["NX-9310-48Y", "NX-8850"], 12, False),
    "ups": ("UPS不间断电源", "UPS", ["PW-9395-60K", "EPX 80"], 6, False),
    "vrla": ("阀控式铅酸蓄电池组", "VRLA battery string", ["6-GFM-200", "GFM-1000"], 3, False),
    "lfp": ("磷酸铁锂储能电池柜", "LFP battery cabinet", ["ESS-215", "LFP-48100"], 6, False),
    "dcpower": ("通信开关电源", "-48 V DC power system", ["PS-4830", "DCP-48/300"], 6, False),
}
FAMILY_TW = {"chem": "全自動生化分析儀", "hema": "血球計數儀", "immuno": "化學冷光免疫分析儀",
             "coag": "全自動凝血分析儀", "hplc": "高效液相層析儀", "ult": "超低溫冷凍櫃",
             "server": "機架式伺服器", "storage": "儲存陣列", "switch": "核心交換器", "ups": "UPS不斷電系統",
             "vrla": "閥控式鉛酸蓄電池組", "lfp": "磷酸鋰鐵儲能電池櫃", "dcpower": "通訊直流電源"}
FAMILY_HK = {"chem": "全自動生化分析儀", "hema": "血液分析儀", "immuno": "化學發光免疫分析儀",
             "coag": "全自動凝血分析儀", "hplc": "高效液相色譜儀", "ult": "超低溫冰箱",
             "server": "機架式伺服器", "storage": "儲存陣列", "switch": "核心交換機", "ups": "UPS不斷電源",
             "vrla": "閥控式鉛酸蓄電池組", "lfp": "磷酸鐵鋰儲能電池櫃", "dcpower": "直流電源系統"}
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # manufacturers leave out I and O


def make_serial(family, model, made, r):
    """-> (canonical serial, groups used when people space or dash it)"""
    yy = made.year % 100
    mm = made.month
    ww = min(52, made.timetuple().tm_yday // 7 + 1)
    L = lambda: r.choice(LETTERS)
    n = lambda k: "".join(r.choice("0123456789") for _ in range(k))
    if family == "chem":
        g = ["K" + ("A" if model == "CS-1600" else "B"), "%02d%02d" % (yy, mm), n(4)]
        return "".join(g), g
    if family == "hema":
        g = ["%02d%02d" % (yy, ww), L(), n(5)]
        return "".join(g), [g[0], g[1] + g[2]]
    if family == "immuno":
        g = ["LQ%02d" % yy, n(5)]
        return "-".join(g), g
    if family == "coag":
        g = ["C" + ("9" if model == "CX-9000" else "6"), "%02d%s" % (yy, L()), n(4)]
        return "".join(g), g
    if family == "hplc":
        g = ["".join(L() for _ in range(4)), n(6)]
        return "".join(g), g
    if family == "ult":
        g = ["8%02d%02d" % (yy, mm), L() + n(4)]
        return "".join(g), g
    if family == "server":
        if model == "TS-2280 G5":
            s = r.choice("123456789") + "".join(r.choice(LETTERS + "0123456789") for _ in range(6))
            return s, [s[:3], s[3:]]
        g = ["CN%d%s" % (yy % 10, n(2)), n(3), L() + L() + L()]
        return "".join(g), g
    if family == "storage":
        g = ["2102", n(4), L() + L() + "%02d" % yy, n(5)]
        return "".join(g), g
    if family == "switch":
        g = ["F" + L() + L(), "%02d%02d" % (yy, ww), L() + r.choice("0123456789") + L() + L()]
        return "".join(g), g
    if family == "ups":
        g = ["%02d%s%s" % (yy, L(), L()), n(6)]
        return "".join(g), g
    if family == "vrla":
        g = ["GF" + ("200" if model == "6-GFM-200" else "1000"), "%02d%02d" % (yy, mm), n(3)]
        return "-".join(g), g
    if family == "lfp":
        g = ["LFP", "%02d%02d" % (yy, mm), n(4)]
        return "".join(g), g
    if family == "dcpower":
        g = ["PS%02d%s" % (yy, L()), n(5)]
        return "".join(g), g
    raise ValueError(family)


def fullwidth(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def serial_forms(unit, lang):
    """[(form, weight)] — every form canonicalises (NFKC, upper case, letters and digits) to the serial."""
    s = unit["serial"]
    g = unit["groups"]
    forms = [(s, 6), ("".join(g), 2), ("-".join(g), 2), (" ".join(g), 2), (s.lower(), 1.5),
             ("".join(g).lower(), 1)]
    if len(g) >= 3:
        forms.append((g[0] + "-" + "".join(g[1:]), 1))
        forms.append((g[0] + " " + "".join(g[1:]), 1))
    if lang == "zh-Hans":
        forms.append((fullwidth(s), 0.6))
    out = []
    seen = []
    for f, w in forms:
        if f not in seen:
            seen.append(f)
            out.append((f, w))
    return out


def model_forms(model, lang):
    base = model
    forms = [(base, 6), (re.sub(r"[- /]", "", base), 2), (base.replace("-", " "), 1),
             (base.lower(), 1), (base.upper(), 1), (base.replace(" ", "-"), 1)]
    if lang == "zh-Hans":
        forms.append((fullwidth(base), 0.5))
    out, seen = [], []
    for f, w in forms:
        if f not in seen:
            seen.append(f)
            out.append((f, w))
    return out


def canon(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(c for c in s if c.isascii() and c.isalnum())


# --------------------------------------------------------------------------------------------
# What goes wrong, why, and what was done: (fault, cause, action) in Chinese and in English,
# plus the alarm code the unit shows (or "").
# --------------------------------------------------------------------------------------------

FAULTS = {
    "chem": [
        ("反应盘温度报警，温度在36.2℃左右波动", "反应盘加热片老化，温控不稳", "更换反应盘加热片并重新校准温度",
         "Reaction disc temperature alarm, reading drifts around 36.2 °C", "Ageing reaction disc heater, unstable temperature control",
         "Replaced the reaction disc heater and recalibrated the temperature", "T-102"),
        ("样本针频繁报堵针", "样本中纤维蛋白丝堵塞针管，清洗液浓度偏低", "疏通并清洗样本针，更换清洗液，提醒科室规范离心",
         "Frequent sample probe clot alarms", "Fibrin strands blocking the probe; wash solution too dilute",
         "Cleared and cleaned the sample probe, replaced the wash solution, advised the lab on centrifugation", "S-217"),
        ("比色杯空白值超限", "比色杯内壁污染，清洗站喷嘴部分堵塞", "清洗比色杯和清洗站喷嘴，杯空白检查通过",
         "Cuvette blank out of range", "Contaminated cuvettes and partly blocked wash-station nozzles",
         "Cleaned the cuvettes and wash nozzles; cuvette blank check passed", "P-031"),
        ("光源灯能量低，多个项目吸光度异常", "卤素灯使用已超过2000小时", "更换卤素灯，做光度计检查并重新定标",
         "Lamp energy low, absorbance abnormal on several tests", "Halogen lamp past 2000 hours of use",
         "Replaced the halogen lamp, ran a photometer check and recalibrated", "P-044"),
        ("试剂针液面检测失败", "液面检测板排线接触不良", "重新插接液面检测板排线，测试正常",
         "Reagent probe level detection fails", "Loose ribbon cable on the level detection board",
         "Reseated the level detection board cable; tested OK", "R-120"),
        ("搅拌杆不转，报搅拌电机错误", "搅拌电机碳刷磨损", "更换搅拌电机",
         "Mixer does not turn, stirring motor error", "Worn carbon brushes in the stirring motor",
         "Replaced the stirring motor", "M-305"),
        ("质控结果整体偏高", "去离子水电导率超标", "更换纯水机滤芯，重新定标后质控在控",
         "QC results biased high on all tests", "Conductivity of the deionised water too high",
         "Replaced the water purifier cartridges; recalibrated, QC back in range", ""),
    ],
    "hema": [
        ("计数池堵孔报警，WBC结果偏低", "小孔管被蛋白沉积物堵塞", "用探头清洁液浸泡小孔管并执行排堵",
         "Aperture clog alarm, WBC counts low", "Protein deposits in the aperture",
         "Soaked the aperture in probe cleanser and ran a clog removal", "E-0412"),
        ("本底计数PLT偏高", "稀释液受污染", "更换稀释液并冲洗管路，本底合格",
         "Background PLT count too high", "Contaminated diluent",
         "Replaced the diluent and flushed the lines; background passed", "E-0230"),
        ("吸样时报负压异常", "负压泵老化，气密性下降", "更换负压泵及密封圈",
         "Vacuum error while aspirating", "Worn vacuum pump, poor seal",
         "Replaced the vacuum pump and seals", "E-0117"),
        ("自动进样器卡管", "试管架导轨积尘，试管检测传感器脏污", "清洁导轨和试管检测传感器，调整进样位置",
         "Autoloader jams on tubes", "Dusty rack rail and dirty tube sensor",
         "Cleaned the rail and the tube sensor, adjusted the loading position", "E-0651"),
        ("激光器功率低，散点图分群不清", "激光器老化", "更换激光器组件并调整光路",
         "Laser power low, scattergram clusters poorly separated", "Ageing laser diode",
         "Replaced the laser assembly and aligned the optics", "E-0802"),
        ("HGB结果不稳定", "HGB比色池污染", "清洗HGB比色池并重新校准",
         "HGB results unstable", "Dirty HGB flow cell",
         "Cleaned the HGB cell and recalibrated", "E-0333"),
    ],
    "immuno": [
        ("发光值整体偏低", "光电倍增管暗计数异常", "更换光电倍增管，重新做仪器校准",
         "Luminescence counts low across all assays", "Abnormal dark count of the photomultiplier",
         "Replaced the photomultiplier and recalibrated the instrument", "L-501"),
        ("磁珠分离不彻底，重复性差", "磁分离模块磁铁位置偏移", "调整磁分离模块位置并紧固",
         "Incomplete bead separation, poor precision", "Magnet of the separation module out of position",
         "Realigned and tightened the separation module", "L-214"),
        ("孵育盘卡住，报运动超时", "孵育盘同步带松动", "更换同步带并调整张力",
         "Incubator stuck, motion timeout", "Loose incubator timing belt",
         "Replaced the timing belt and adjusted the tension", "L-318"),
        ("底物余量显示错误", "底物瓶液位传感器故障", "更换液位传感器",
         "Substrate volume shown wrongly", "Faulty substrate level sensor",
         "Replaced the level sensor", "L-122"),
        ("软件频繁死机，与LIS通讯中断", "工控机硬盘出现坏道", "更换工控机硬盘，重装软件并恢复LIS设置",
         "Software freezes, LIS link drops", "Bad sectors on the embedded PC's hard disk",
         "Replaced the PC hard disk, reinstalled the software and restored the LIS settings", ""),
        ("反应杯供给报警", "反应杯料斗内杯子卡住", "清理料斗，调整送杯机构",
         "Cuvette supply alarm", "Cuvettes jammed in the hopper",
         "Cleared the hopper and adjusted the cuvette feeder", "L-407"),
    ],
    "coag": [
        ("PT结果偏长，质控失控", "检测通道光路污染", "清洁检测通道光路，重新定标",
         "PT prolonged, QC out of control", "Dirty optical path in the measuring channel",
         "Cleaned the measuring channel optics and recalibrated", "C-21"),
        ("试剂仓温度过高报警", "试剂仓制冷片失效", "更换试剂仓制冷片",
         "Reagent compartment temperature too high", "Failed Peltier cooler in the reagent compartment",
         "Replaced the Peltier element", "C-45"),
        ("样本针撞针", "针垂直位置传感器松动", "更换样本针并调整传感器",
         "Sample probe crash", "Loose vertical position sensor on the probe arm",
         "Replaced the probe and adjusted the sensor", "C-63"),
        ("补充反应杯后无法继续上杯", "上杯机构皮带断裂", "更换上杯机构皮带",
         "Cannot load cuvettes after a refill", "Broken belt in the cuvette loader",
         "Replaced the loader belt", "C-70"),
        ("清洗液不足误报", "浮子开关卡滞", "清洗浮子开关",
         "False wash solution low message", "Sticking float switch",
         "Cleaned the float switch", "C-12"),
    ],
    "hplc": [
        ("系统压力波动大，基线噪声高", "单向阀污染，泵头内有气泡", "超声清洗单向阀并排气",
         "Pressure ripple and a noisy baseline", "Dirty check valves, air in the pump head",
         "Cleaned the check valves ultrasonically and purged the pump", ""),
        ("压力过高报警", "在线过滤器堵塞", "更换在线过滤器及保护柱",
         "High pressure alarm", "Blocked in-line filter",
         "Replaced the in-line filter and the guard column", "P-MAX"),
        ("检测器氘灯无法点亮", "氘灯寿命耗尽", "更换氘灯并做波长校正",
         "Detector deuterium lamp will not ignite", "Deuterium lamp at end of life",
         "Replaced the D2 lamp and ran a wavelength calibration", "D2-OFF"),
        ("自动进样器漏液", "进样阀转子密封垫磨损", "更换转子密封垫",
         "Autosampler leaks", "Worn injection valve rotor seal",
         "Replaced the rotor seal", "LEAK"),
        ("保留时间漂移", "柱温箱控温不稳", "更换柱温箱温度传感器",
         "Retention times drift", "Unstable column oven temperature",
         "Replaced the column oven temperature sensor", ""),
    ],
    "ult": [
        ("箱内温度升至-65℃报警", "冷凝器积尘，散热不良", "清洁冷凝器和过滤网，温度恢复至-80℃",
         "Cabinet warmed to -65 °C, alarm", "Dusty condenser, poor heat rejection",
         "Cleaned the condenser and filter; cabinet back to -80 °C", "HI-T"),
        ("压缩机频繁启停", "启动继电器故障", "更换启动继电器",
         "Compressor short-cycling", "Faulty start relay",
         "Replaced the start relay", ""),
        ("门封处结霜严重", "门封条老化变形", "更换门封条",
         "Heavy frost on the door gasket", "Worn and deformed door gasket",
         "Replaced the door gasket", ""),
        ("显示温度与实测不符", "温度探头漂移", "更换温度探头并校准显示",
         "Displayed temperature differs from a reference reading", "Temperature probe drift",
         "Replaced the probe and calibrated the display", "SEN"),
        ("断电报警无声", "蜂鸣器损坏，报警备用电池亏电", "更换蜂鸣器和报警备用电池",
         "No sound on power-failure alarm", "Failed buzzer and flat alarm backup battery",
         "Replaced the buzzer and the alarm backup battery", "BAT"),
    ],
    "server": [
        ("前面板告警灯亮黄灯，管理口报电源冗余丢失", "2号电源模块故障", "更换电源模块，冗余恢复",
         "Amber health LED, BMC reports power redundancy lost", "Power supply 2 failed",
         "Replaced the power supply; redundancy restored", "PSU0002"),
        ("系统日志报内存可纠正错误", "DIMM B3内存条故障", "更换故障内存条并运行内存诊断",
         "Correctable memory errors in the system log", "Faulty DIMM B3",
         "Replaced the DIMM and ran memory diagnostics", "MEM0701"),
        ("RAID阵列降级，一块硬盘离线", "4号槽位硬盘故障", "热插拔更换硬盘，阵列重建完成",
         "RAID degraded, one disk offline", "Disk in slot 4 failed",
         "Hot-swapped the disk; rebuild completed", "PDR1016"),
        ("服务器无法开机，无任何显示", "主板故障", "更换主板，恢复BIOS和BMC配置",
         "Server will not power on, no display", "Failed system board",
         "Replaced the system board, restored BIOS and BMC settings", ""),
        ("风扇转速告警，机箱温度偏高", "3号风扇故障", "更换风扇模块",
         "Fan speed warning, chassis temperature high", "Fan 3 failed",
         "Replaced the fan module", "FAN0003"),
        ("业务网口频繁掉线", "网卡固件版本过旧", "升级网卡固件和驱动",
         "Data port keeps dropping its link", "Outdated NIC firmware",
         "Updated the NIC firmware and driver", "NIC100"),
    ],
    "storage": [
        ("控制器A故障，业务切换到控制器B", "控制器A缓存电池失效", "更换控制器A缓存电池",
         "Controller A failed, I/O moved to controller B", "Cache battery of controller A failed",
         "Replaced the controller A cache battery", "0x3F0010"),
        ("硬盘框告警，两块硬盘预失效", "磁盘坏道增多", "更换预失效硬盘，重构完成",
         "Enclosure alert, two disks flagged predictive failure", "Growing number of bad sectors",
         "Replaced both disks; reconstruction completed", "0x3F0021"),
        ("主机到存储链路间歇中断", "光模块衰减过大", "更换光模块和光纤跳线",
         "Intermittent loss of the host-to-array link", "Optical module with excessive attenuation",
         "Replaced the SFP and the fibre patch cord", ""),
        ("管理界面无法登录", "管理软件进程异常", "重启管理进程，升级存储系统补丁",
         "Cannot log into the management GUI", "Management process hung",
         "Restarted the management process and applied the latest patch", ""),
        ("存储容量告警", "快照占用空间过多", "清理过期快照并调整快照策略",
         "Capacity warning", "Old snapshots consuming space",
         "Removed expired snapshots and adjusted the snapshot schedule", "0x2A0005"),
    ],
    "switch": [
        ("核心交换机主控板倒换", "主用主控板内存故障", "更换主控板",
         "Core switch failed over to the standby supervisor", "Memory fault on the active supervisor",
         "Replaced the supervisor module", ""),
        ("多个端口CRC错误", "网线质量问题", "更换网线并重新端接",
         "CRC errors on several ports", "Poor-quality patch cables",
         "Replaced and re-terminated the cables", ""),
        ("环路导致全网卡顿", "接入层私接设备形成环路", "配置环路检测并关闭违规端口",
         "Network-wide slowdown caused by a loop", "Unauthorised device at the access layer created a loop",
         "Enabled loop detection and shut the offending port", ""),
        ("风扇框告警", "风扇框故障", "更换风扇框",
         "Fan tray alarm", "Fan tray failed",
         "Replaced the fan tray", "FAN-TRAY"),
        ("光口不亮", "光模块型号不匹配", "更换匹配的光模块",
         "Fibre port stays down", "Wrong type of optical module",
         "Fitted a matching optical module", ""),
    ],
    "ups": [
        ("UPS转旁路运行，报逆变器故障", "逆变器IGBT模块损坏", "更换逆变器功率模块",
         "UPS on bypass, inverter fault", "Failed inverter IGBT module",
         "Replaced the inverter power module", "F21"),
        ("电池自检失败", "电池组内阻过高", "更换整组电池",
         "Battery self-test failed", "High internal resistance of the battery string",
         "Replaced the whole battery string", "A14"),
        ("风扇噪音大", "风扇轴承磨损", "更换风扇",
         "Noisy cooling fans", "Worn fan bearings",
         "Replaced the fans", ""),
        ("市电正常时频繁切换到电池", "输入电压检测板故障", "更换输入检测板",
         "Transfers to battery although the mains is good", "Faulty input voltage sensing board",
         "Replaced the input sensing board", "A03"),
        ("面板显示乱码", "显示板排线接触不良", "重新插接显示板排线",
         "Garbled front panel display", "Loose display board cable",
         "Reseated the display board cable", ""),
    ],
    "vrla": [
        ("单体电压不均衡，个别电池浮充电压偏低", "个别单体容量衰减", "更换落后单体并均衡充电",
         "Unbalanced cell voltages, low float voltage on some cells", "Capacity loss in individual cells",
         "Replaced the weak cells and ran an equalising charge", ""),
        ("电池外壳鼓胀", "浮充电压设置过高导致热失控", "更换鼓胀电池，调整浮充电压",
         "Swollen battery cases", "Float voltage set too high, thermal runaway",
         "Replaced the swollen units and corrected the float voltage", ""),
        ("连接条发热", "连接螺栓松动", "紧固全部连接螺栓并测量压降",
         "Hot inter-cell connector", "Loose terminal bolts",
         "Torqued all connections and measured the voltage drop", ""),
        ("放电时间不足", "电池组老化，容量低于80%", "做核对性放电测试，建议整组更换",
         "Backup time too short", "Aged string, capacity below 80 %",
         "Ran a capacity test and recommended replacing the string", ""),
        ("电池漏液，端子腐蚀", "安全阀失效", "更换漏液电池并清洁端子",
         "Electrolyte leak, corroded terminals", "Failed safety valve",
         "Replaced the leaking units and cleaned the terminals", ""),
    ],
    "lfp": [
        ("BMS报单体过压保护", "电芯一致性差", "执行主动均衡，更新BMS参数",
         "BMS cell over-voltage protection", "Poor cell consistency",
         "Ran active balancing and updated the BMS parameters", "OVP-01"),
        ("电池柜与PCS通讯中断", "CAN通讯线接头松动", "重新压接CAN线，通讯恢复",
         "Loss of communication between battery rack and PCS", "Loose CAN connector",
         "Re-crimped the CAN cable; communication restored", "COM-03"),
        ("温差过大告警", "柜内风扇故障，散热不均", "更换柜内风扇",
         "Excessive temperature spread", "Rack fan failed, uneven cooling",
         "Replaced the rack fan", "TMP-05"),
        ("SOC显示跳变", "SOC校准参数丢失", "满充满放校准SOC",
         "SOC reading jumps", "SOC calibration lost",
         "Recalibrated SOC with a full charge and discharge", ""),
        ("绝缘检测告警", "直流侧线缆绝缘破损", "更换破损线缆，绝缘测试合格",
         "Insulation fault alarm", "Damaged DC cable insulation",
         "Replaced the damaged cable; insulation test passed", "ISO-02"),
    ],
    "dcpower": [
        ("整流模块告警，输出电流为零", "整流模块故障", "更换整流模块",
         "Rectifier alarm, zero output current", "Failed rectifier module",
         "Replaced the rectifier module", "RECT"),
        ("监控单元无法上传数据", "监控单元通信口损坏", "更换监控单元",
         "Controller does not report to the NMS", "Damaged controller communication port",
         "Replaced the controller", ""),
        ("直流输出电压偏低", "浮充电压参数被误改", "恢复浮充电压参数",
         "DC output voltage low", "Float voltage setting changed by mistake",
         "Restored the float voltage setting", ""),
        ("电池熔丝告警", "电池熔丝熔断", "更换熔丝并检查电池回路",
         "Battery fuse alarm", "Blown battery fuse",
         "Replaced the fuse and checked the battery circuit", "BFUSE"),
        ("交流输入缺相告警", "交流配电空开接触不良", "更换空开",
         "AC phase loss alarm", "Poor contact in the AC breaker",
         "Replaced the breaker", "AC-PH"),
    ],
}

# Visits without a fault: what was done, per group.
ROUTINE = {
    "install": {
        "lab": ("完成开箱验收、安装调试及操作人员培训", "Unpacked, installed and commissioned; operators trained"),
        "it": ("完成上架安装、加电测试及初始化配置", "Racked, powered up and configured; acceptance tests passed"),
        "battery": ("完成电池组安装、连接及首次均衡充电", "Installed and connected the string; initial equalising charge done"),
    },
    "pm": {
        "lab": ("按保养规程完成预防性维护，各项指标正常", "Preventive maintenance done per checklist; all checks passed"),
        "it": ("完成例行巡检，检查硬件状态和日志，未见异常", "Routine health check of hardware status and logs; no issues found"),
        "battery": ("完成巡检，测量单体电压和内阻，均在正常范围", "Inspection done; cell voltages and internal resistance within limits"),
    },
    "calibration": {
        "lab": ("完成年度校准（温度、加样量、光度），出具校准报告", "Annual calibration (temperature, pipetting volume, photometry); certificate issued"),
    },
    "upgrade": {
        "lab": ("升级仪器软件至V3.2并验证", "Upgraded the instrument software to V3.2 and verified it"),
        "it": ("升级BMC及BIOS固件至最新版本", "Updated BMC and BIOS firmware to the current release"),
        "battery": ("升级监控软件至V2.6", "Updated the monitoring firmware to V2.6"),
    },
    "relocation": {
        "lab": ("设备搬迁至新实验室后重新安装调试", "Relocated to the new laboratory, reinstalled and tested"),
        "it": ("设备迁移至新机房，重新上架加电测试", "Moved to the new machine room, re-racked and tested"),
        "battery": ("电池组迁移至新机房并重新连接", "Moved the string to the new room and reconnected it"),
    },
}

VISIT_KIND_ZH = {"repair": "维修", "pm": "保养", "install": "安装", "calibration": "校准", "upgrade": "升级",
                 "relocation": "移机"}
VISIT_KIND_EN = {"repair": "Corrective", "pm": "Preventive maintenance", "install": "Installation",
                 "calibration": "Calibration", "upgrade": "Upgrade", "relocation": "Relocation"}


# --------------------------------------------------------------------------------------------
# Engineers
# --------------------------------------------------------------------------------------------

# id, Chinese (simplified), surname, given (pinyin or own romanisation), region
ENGINEERS = [
    ("E01", "王建国", "王", "Wang", "Jianguo", "cn"),
    ("E02", "刘洋", "刘", "Liu", "Yang", "cn"),
    ("E03", "郭晓东", "郭", "Guo", "Xiaodong", "cn"),
    ("E04", "赵磊", "赵", "Zhao", "Lei", "cn"),
    ("E05", "黄志强", "黄", "Huang", "Zhiqiang", "cn"),
    ("E06", "周敏", "周", "Zhou", "Min", "cn"),
    ("E07", "吴海涛", "吴", "Wu", "Haitao", "cn"),
    ("E08", "孙鹏", "孙", "Sun", "Peng", "cn"),
    ("E09", "马骏", "马", "Ma", "Jun", "cn"),
    ("E10", "胡斌", "胡", "Hu", "Bin", "cn"),
    ("E11", "林育贤", "林", "Lin", "Yu-Hsien", "tw"),
    ("E12", "蔡佩君", "蔡", "Tsai", "Pei-Chun", "tw"),
    ("E13", "陈家豪", "陈", "Chan", "Ka Ho", "hk"),
    ("E14", None, None, "Weber", "Markus", "de"),
    ("E15", None, None, "Nair", "Priya", "sg"),
]
ENG = {e[0]: e for e in ENGINEERS}


def engineer_forms(eid, lang, chat=False):
    _, zh, sur, fam, given, region = ENG[eid]
    if region == "de":
        forms = [("Markus Weber", 5), ("M. Weber", 1)] + ([("Weber, Markus", 1)] if lang == "en" else [])
        return forms
    if region == "sg":
        return [("Priya Nair", 5), ("P. Nair", 1)]
    if region == "cn":
        if lang == "en":
            initials = ".".join(p[0] for p in re.findall(r"[A-Z][a-z]+|[a-z]+", given)).upper()
            return [("%s %s" % (fam, given), 3), ("%s %s" % (given, fam), 2), ("%s. %s" % (given[0], fam), 1),
                    ("%s %s" % (fam.upper(), given), 1), ("%s %s." % (fam, initials if "." not in initials else initials), 0.7)]
        return [(zh, 6), (sur + "工", 2), (zh + "工程师", 0.5)]
    tr = to_trad(zh, "name")
    if region == "tw":
        if lang == "en":
            g1, g2 = given.split("-")
            return [("%s %s" % (given, fam), 3), ("%s %s" % (fam, given), 2), ("%s.%s. %s" % (g1[0], g2[0], fam), 1),
                    ("%s, %s" % (fam.upper(), given), 1)]
        return [(tr, 6), (to_trad(sur, "name") + "工程師", 1.5)]
    # Hong Kong
    if lang == "en":
        return [("Ken Chan", 3), ("Chan Ka Ho", 2), ("Ken CHAN Ka-ho", 1), ("K.H. Chan", 1)]
    f = [(tr, 5), ("Ken Chan", 1)]
    if chat:
        f.append(("陳生", 2))
    return f


REGION_ENGINEERS = {
    "cn": [("E01", 1), ("E02", 1), ("E03", 1), ("E04", 1), ("E05", 1), ("E06", 1), ("E07", 1), ("E08", 1),
           ("E09", 1), ("E10", 1), ("E14", 0.5), ("E15", 0.3)],
    "tw": [("E11", 4), ("E12", 4), ("E15", 1)],
    "hk": [("E13", 7), ("E15", 2), ("E14", 0.5)],
}

CONTACT_SURNAMES = ["李", "张", "杨", "何", "罗", "梁", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖",
                    "田", "董", "袁", "潘"]
CONTACT_PINYIN = {"李": "Li", "张": "Zhang", "杨": "Yang", "何": "He", "罗": "Luo", "梁": "Liang", "宋": "Song",
                  "唐": "Tang", "许": "Xu", "韩": "Han", "冯": "Feng", "邓": "Deng", "曹": "Cao", "彭": "Peng",
                  "曾": "Zeng", "肖": "Xiao", "田": "Tian", "董": "Dong", "袁": "Yuan", "潘": "Pan"}
TW_CONTACT_EN = {"李": "Lee", "张": "Chang", "杨": "Yang", "何": "Ho", "罗": "Lo", "梁": "Liang", "宋": "Sung",
                 "唐": "Tang", "许": "Hsu", "韩": "Han", "冯": "Feng", "邓": "Teng", "曹": "Tsao", "彭": "Peng",
                 "曾": "Tseng", "肖": "Hsiao", "田": "Tien", "董": "Tung", "袁": "Yuan", "潘": "Pan"}
HK_CONTACTS = [("黃", "Mary Wong"), ("劉", "Peter Lau"), ("張", "Winnie Cheung"), ("梁", "Eric Leung"),
               ("李", "Karen Lee"), ("何", "Tony Ho"), ("鄭", "Grace Cheng"), ("吳", "Raymond Ng")]
GIVEN_CHARS = "红丽华敏静芳伟强军磊洋勇艳杰娟涛明超秀霞平刚桂英慧燕"
CONTACT_TITLES = {"hospital": ["主任", "老师", "护士长", "组长"], "company": ["经理", "主管", "工"],
                  "gov": ["主任", "科长", "老师"]}


# --------------------------------------------------------------------------------------------
# Institutions and their names
# --------------------------------------------------------------------------------------------

# department key: (Chinese, [English variants], families)
DEPTS = {
    "lab": ("检验科", ["Clinical Laboratory", "Dept. of Laboratory Medicine", "Clinical Lab"], ["chem", "hema", "immuno", "coag", "ult"]),
    "labctr": ("检验医学中心", ["Laboratory Medicine Center", "Lab Medicine Centre"], ["chem", "hema", "immuno", "coag"]),
    "trans": ("输血科", ["Blood Transfusion Dept.", "Transfusion Medicine"], ["coag", "hema", "ult"]),
    "info": ("信息科", ["Information Center", "IT Dept."], ["server", "storage", "switch", "ups"]),
    "equip": ("设备科", ["Medical Equipment Dept.", "Biomedical Engineering"], ["chem", "hema", "immuno", "coag", "ult", "ups"]),
    "path": ("病理科", ["Pathology Dept.", "Dept. of Pathology"], ["ult", "immuno", "hplc"]),
    "central": ("中心实验室", ["Central Laboratory", "Central Lab"], ["ult", "hplc", "immuno", "chem"]),
    "physchem": ("理化检验所", ["Physical & Chemical Testing Lab", "Phys-Chem Lab"], ["hplc", "ult", "chem"]),
    "micro": ("微生物检验所", ["Microbiology Lab", "Microbiology Dept."], ["ult", "immuno", "hplc"]),
    "food": ("食品检测实验室", ["Food Testing Lab", "Food Safety Lab"], ["hplc", "ult"]),
    "core": ("公共技术平台", ["Core Facility", "Core Facilities"], ["hplc", "ult", "immuno"]),
    "bankit": ("信息科技部", ["IT Department", "Information Technology Dept."], ["server", "storage", "switch", "ups", "vrla"]),
    "comsig": ("通信信号中心", ["Communication & Signal Center", "Comms & Signalling Centre"], ["switch", "ups", "vrla", "dcpower"]),
    "power": ("供电中心", ["Power Supply Center", "Power Centre"], ["vrla", "lfp", "dcpower", "ups"]),
    "om": ("运维部", ["O&M Dept.", "Operations & Maintenance"], ["server", "storage", "switch", "ups", "vrla", "lfp"]),
    "tw_lab": ("检验医学科", ["Dept. of Laboratory Medicine", "Laboratory Medicine"], ["chem", "hema", "immuno", "coag"]),
    "tw_it": ("资讯室", ["IT Office", "Information Technology Office"], ["server", "storage", "switch", "ups"]),
    "tw_path": ("病理检验部", ["Dept. of Pathology and Laboratory Medicine", "Pathology & Lab Medicine"], ["ult", "immuno", "hplc", "chem"]),
    "tw_fac": ("厂务部", ["Facilities Dept.", "Facility Division"], ["ups", "vrla", "lfp", "dcpower"]),
    "tw_itd": ("资讯部", ["IT Dept.", "IT Division"], ["server", "storage", "switch", "ups"]),
    "hk_path": ("病理部", ["Pathology Department", "Pathology Dept."], ["chem", "hema", "immuno", "coag", "ult"]),
    "hk_it": ("资讯科技部", ["IT Department", "Information Technology Department"], ["server", "storage", "switch", "ups"]),
}

# kind: (region, institution value, department keys (None = no department), families when no
#        department, sector, weight)
KINDS = {
    "people": ("cn", "人民医院", ["lab", "labctr", "trans", "info", "equip", "path"], None, "hospital", 20),
    "affil": ("cn", "附属医院", ["lab", "central", "info", "path", "trans"], None, "hospital", 8),
    "prov": ("cn", "省人民医院", ["lab", "info", "equip"], None, "hospital", 4),
    "central": ("cn", "中心医院", ["lab", "info", "equip"], None, "hospital", 6),
    "child": ("cn", "儿童医院", ["lab", "info"], None, "hospital", 4),
    "cdc": ("cn", "疾病预防控制中心", ["physchem", "micro"], None, "gov", 5),
    "blood": ("cn", "中心血站", [None], ["coag", "immuno", "ult", "hema"], "gov", 3),
    "customs": ("cn", "海关技术中心", ["food"], None, "gov", 3),
    "labco": ("cn", "医学检验实验室有限公司", [None], ["chem", "hema", "immuno", "hplc", "ult"], "company", 5),
    "medschool": ("cn", "大学医学院", ["core", "central"], None, "gov", 3),
    "bank": ("cn", "农村商业银行", ["bankit"], None, "company", 5),
    "metro": ("cn", "地铁集团有限公司", ["comsig", "power"], None, "company", 4),
    "edu": ("cn", "教育信息化中心", [None], ["server", "switch", "ups", "vrla"], "gov", 3),
    "dataco": ("cn", "数据科技有限公司", [None, "om"], ["server", "storage", "switch", "ups", "vrla", "lfp"], "company", 6),
    "essco": ("cn", "储能科技有限公司", [None], ["lfp", "dcpower", "vrla"], "company", 4),
    "mohw": ("tw", "部立医院", ["tw_lab", "tw_it", "tw_path"], None, "hospital", 4),
    "memorial": ("tw", "纪念医院", ["tw_lab", "tw_it"], None, "hospital", 3),
    "twelec": ("tw", "电子股份有限公司", ["tw_fac", "tw_itd"], None, "company", 3),
    "twlab": ("tw", "医事检验所", [None], ["chem", "hema", "immuno", "coag"], "company", 2),
    "hklab": ("hk", "医学化验所有限公司", [None], ["chem", "hema", "immuno", "coag", "ult"], "company", 3),
    "hkdc": ("hk", "数据中心有限公司", [None], ["server", "storage", "switch", "ups", "lfp"], "company", 2),
    "hkhosp": ("hk", "医院", ["hk_path", "hk_it"], None, "hospital", 2),
}


def _en_dept_joins(i, d_variants):
    out = []
    for k, d in enumerate(d_variants):
        w = 1.0 if k == 0 else 0.6
        out += [("%s, %s" % (i, d), 2 * w), ("%s – %s" % (i, d), w), ("%s (%s)" % (i, d), w),
                ("%s, %s" % (d, i), w)]
    return out


def _zh_dept_joins(i, d, trad=False):
    lb, rb = "（", "）"
    return [(i + d, 4), (i + lb + d + rb, 2), (i + " " + d, 1), (i + "·" + d, 0.5), (d + lb + i + rb, 1),
            (i + "-" + d, 0.5)]


def institution_names(c):
    """-> dict with registered names and lists of institution-level forms:
       zh: [(text, needs_city)], en: [(text, needs_city)] ; zh texts are in the customer's script
       (simplified on the mainland, traditional in Taiwan and Hong Kong)."""
    k = c["kind"]
    C = c["city"]
    Cp = c["city_pinyin"]
    n = c["number"]
    B, Bp = c.get("brand_zh"), c.get("brand_en")
    X, Xp = c.get("xname"), c.get("xname_en")
    c1 = C[0]
    zh, en = [], []
    if k == "people":
        N = NUM_CN[n]
        reg = "%s市第%s人民医院" % (C, N)
        reg_en = "The %s People's Hospital of %s" % (ORD_EN[n], Cp)
        zh = [(reg, False), ("%s第%s人民医院" % (C, N), False), ("%s%s院" % (C, N), False), ("%s市%s院" % (C, N), False),
              ("市第%s人民医院" % N, True), ("第%s人民医院" % N, True), ("市%s院" % N, True), ("%s院" % N, True)]
        en = [("%s No.%d People's Hospital" % (Cp, n), False), ("%s Municipal No.%d People's Hospital" % (Cp, n), False),
              (reg_en, False), ("%s %s People's Hosp." % (Cp, ordinal(n)), False),
              ("No.%d People's Hospital" % n, True), ("The %s People's Hospital" % ORD_EN[n], True)]
    elif k == "affil":
        N = NUM_CN[n]
        if c["med"]:
            reg = "%s医科大学附属第%s医院" % (C, N)
            reg_en = "The %s Affiliated Hospital of %s Medical University" % (ORD_EN[n], Cp)
            zh = [(reg, False), ("%s医附%s院" % (c1, N), True), ("%s医大附%s院" % (C, N), False),
                  ("%s医科大学%s附院" % (C, N), False), ("附%s院" % N, True), ("医大附%s院" % N, True)]
            en = [(reg_en, False), ("%s Medical University %s Affiliated Hospital" % (Cp, ORD_EN[n]), False),
                  ("%s Affil. Hosp. of %s Med. Univ." % (ORD_EN[n], Cp), False),
                  ("The %s Affiliated Hospital" % ORD_EN[n], True)]
        else:
            reg = "%s大学第%s附属医院" % (C, N)
            reg_en = "The %s Affiliated Hospital of %s University" % (ORD_EN[n], Cp)
            zh = [(reg, False), ("%s大学附属第%s医院" % (C, N), False), ("%s大%s附院" % (c1, N), True),
                  ("%s大%s院" % (c1, N), True), ("%s大学%s附院" % (C, N), False), ("%s附院" % N, True)]
            en = [(reg_en, False), ("%s Affiliated Hospital of %s Univ." % (ORD_EN[n], Cp), False),
                  ("%s University %s Affiliated Hospital" % (Cp, ORD_EN[n]), False),
                  ("The %s Affiliated Hospital" % ORD_EN[n], True)]
    elif k == "prov":
        P, Pp = c["province"], c["province_pinyin"]
        reg = "%s省人民医院" % P
        reg_en = "%s Provincial People's Hospital" % Pp
        zh = [(reg, False), ("%s省医" % P, False), ("省人民医院", True), ("省医", True)]
        en = [(reg_en, False), ("%s Prov. People's Hosp." % Pp, False), ("People's Hospital of %s Province" % Pp, False),
              ("Provincial People's Hospital", True)]
        if Pp == "Guangdong":
            en.append(("GDPH", True))
    elif k == "central":
        reg = "%s市中心医院" % C
        reg_en = "%s Central Hospital" % Cp
        zh = [(reg, False), ("%s中心医院" % C, False), ("市中心医院", True), ("中心医院", True)]
        en = [(reg_en, False), ("Central Hospital of %s" % Cp, False), ("%s Municipal Central Hospital" % Cp, False),
              ("Central Hospital", True)]
    elif k == "child":
        reg = "%s市儿童医院" % C
        reg_en = "%s Children's Hospital" % Cp
        zh = [(reg, False), ("%s儿童医院" % C, False), ("市儿童医院", True), ("儿童医院", True)]
        en = [(reg_en, False), ("Children's Hospital of %s" % Cp, False), ("%s Municipal Children's Hospital" % Cp, False),
              ("Children's Hospital", True)]
    elif k == "cdc":
        reg = "%s市疾病预防控制中心" % C
        reg_en = "%s Center for Disease Control and Prevention" % Cp
        zh = [(reg, False), ("%s市疾控中心" % C, False), ("%s疾控" % C, False), ("%s市CDC" % C, False),
              ("市疾控中心", True), ("市疾控", True)]
        en = [(reg_en, False), ("%s CDC" % Cp, False), ("%s Municipal CDC" % Cp, False), ("Municipal CDC", True)]
    elif k == "blood":
        reg = "%s市中心血站" % C
        reg_en = "%s Central Blood Station" % Cp
        zh = [(reg, False), ("%s中心血站" % C, False), ("%s血站" % C, False), ("市血站", True), ("中心血站", True)]
        en = [(reg_en, False), ("%s Blood Center" % Cp, False), ("%s Blood Station" % Cp, False), ("Central Blood Station", True)]
    elif k == "customs":
        reg = "%s海关技术中心" % C
        reg_en = "Technical Center of %s Customs" % Cp
        zh = [(reg, False), ("%s海关" % C, False), ("海关技术中心", True)]
        en = [(reg_en, False), ("%s Customs Technical Center" % Cp, False), ("%s Customs" % Cp, False),
              ("Customs Technical Center", True)]
    elif k == "labco":
        reg = "%s%s医学检验实验室有限公司" % (C, B)
        reg_en = "%s %s Medical Laboratory Co., Ltd." % (Cp, Bp)
        zh = [(reg, False), ("%s%s医学检验实验室" % (C, B), False), ("%s医检" % B, False), ("%s检验" % B, False),
              ("%s%s" % (C, B), False), ("%s医学检验所" % B, False)]
        en = [(reg_en, False), ("%s Medical Laboratory" % Bp, False), ("%s Med Lab" % Bp, False),
              ("%s Medical Laboratory (%s)" % (Bp, Cp), False), ("%s LAB" % Bp.upper(), False)]
    elif k == "medschool":
        reg = "%s大学医学院" % C
        reg_en = "%s University School of Medicine" % Cp
        zh = [(reg, False), ("%s大医学院" % c1, True), ("医学院", True)]
        en = [(reg_en, False), ("School of Medicine, %s University" % Cp, False), ("%s Univ. School of Medicine" % Cp, False),
              ("School of Medicine", True)]
    elif k == "bank":
        reg = "%s农村商业银行股份有限公司" % C
        reg_en = "%s Rural Commercial Bank Co., Ltd." % Cp
        zh = [(reg, False), ("%s农村商业银行" % C, False), ("%s农商银行" % C, False), ("%s农商行" % C, False),
              ("农商行", True), ("农商银行", True)]
        en = [(reg_en, False), ("%s Rural Commercial Bank" % Cp, False), ("%s RCB" % Cp, False), ("Rural Commercial Bank", True)]
    elif k == "metro":
        reg = "%s地铁集团有限公司" % C
        reg_en = "%s Metro Group Co., Ltd." % Cp
        zh = [(reg, False), ("%s地铁集团" % C, False), ("%s地铁" % C, False), ("地铁集团", True), ("地铁公司", True)]
        en = [(reg_en, False), ("%s Metro" % Cp, False), ("%s Metro Group" % Cp, False), ("Metro Group", True)]
    elif k == "edu":
        reg = "%s市教育信息化中心" % C
        reg_en = "%s Education Informatization Center" % Cp
        zh = [(reg, False), ("%s教育信息化中心" % C, False), ("%s市教育信息中心" % C, False),
              ("市教育信息化中心", True), ("教育信息中心", True)]
        en = [(reg_en, False), ("%s Education IT Center" % Cp, False), ("Education IT Center", True)]
    elif k == "dataco":
        reg = "%s%s数据科技有限公司" % (C, B)
        reg_en = "%s %s Data Technology Co., Ltd." % (Cp, Bp)
        zh = [(reg, False), ("%s数据科技" % B, False), ("%s数据" % B, False), ("%s%s" % (C, B), False),
              ("%s科技" % B, False), ("%s公司" % B, False)]
        en = [(reg_en, False), ("%s Data Technology" % Bp, False), ("%s Data" % Bp, False), ("%s Data Tech Co." % Bp, False)]
    elif k == "essco":
        reg = "%s储能科技（%s）有限公司" % (B, C)
        reg_en = "%s Energy Storage Technology (%s) Co., Ltd." % (Bp, Cp)
        zh = [(reg, False), ("%s储能科技" % B, False), ("%s储能" % B, False), ("%s储能（%s）" % (B, C), False),
              ("%s（%s）" % (B, C), False)]
        en = [(reg_en, False), ("%s Energy Storage" % Bp, False), ("%s ESS" % Bp, False),
              ("%s Energy Storage Tech. (%s)" % (Bp, Cp), False)]
    elif k == "mohw":
        Cf, Ce = c["city_formal"], c["city_everyday"]
        reg = "卫生福利部%s医院" % C
        reg_t = "衛生福利部%s醫院" % Cf
        reg_en = "%s Hospital, Ministry of Health and Welfare" % Cp
        zh = [(reg_t, False), ("衛生福利部%s醫院" % Ce, False), ("衛福部%s醫院" % Cf, False), ("衛福部%s醫院" % Ce, False),
              ("部立%s醫院" % Ce, False), ("部%s" % to_trad(c1, "name"), True), ("%s醫院" % Ce, False)]
        en = [(reg_en, False), ("MOHW %s Hospital" % Cp, False), ("%s Hospital (MOHW)" % Cp, False),
              ("Ministry of Health and Welfare %s Hospital" % Cp, False)]
    elif k == "memorial":
        reg = "财团法人%s纪念医院" % to_simp(X)
        reg_t = "財團法人%s紀念醫院" % X
        reg_en = "%s Memorial Hospital" % Xp
        zh = [(reg_t, False), ("%s紀念醫院" % X, False), ("%s醫院" % X, False)]
        en = [(reg_en, False), ("%s Memorial Hosp." % Xp, False), ("%s Hospital" % Xp, False)]
    elif k == "twelec":
        reg = "%s电子股份有限公司" % to_simp(B)
        reg_t = "%s電子股份有限公司" % B
        reg_en = "%s Electronics Co., Ltd." % Bp
        zh = [(reg_t, False), ("%s電子" % B, False), ("%s公司" % B, False), (B, False)]
        en = [(reg_en, False), ("%s Electronics Corp." % Bp, False), ("%s Electronics" % Bp, False)]
    elif k == "twlab":
        reg = "私立%s医事检验所" % to_simp(X)
        reg_t = "私立%s醫事檢驗所" % X
        reg_en = "%s Clinical Laboratory" % Xp
        zh = [(reg_t, False), ("%s醫事檢驗所" % X, False), ("%s檢驗所" % X, False), ("%s醫檢所" % X, False)]
        en = [(reg_en, False), ("%s Medical Lab" % Xp, False), ("%s Clinical Lab" % Xp, False)]
    elif k == "hklab":
        reg = "%s医学化验所有限公司" % to_simp(B)
        reg_t = "%s醫學化驗所有限公司" % B
        reg_en = "%s Medical Laboratory Limited" % Bp
        zh = [(reg_t, False), ("%s醫學化驗所" % B, False), ("%s化驗所" % B, False)]
        en = [(reg_en, False), ("%s Medical Laboratory Ltd." % Bp, False), ("%s Medical Lab" % Bp, False),
              ("%s Lab" % Bp, False)]
    elif k == "hkdc":
        reg = "%s数据中心有限公司" % to_simp(B)
        reg_t = "%s數據中心有限公司" % B
        reg_en = "%s Data Centre Limited" % Bp
        zh = [(reg_t, False), ("%s數據中心" % B, False), ("%sDC" % B, False)]
        en = [(reg_en, False), ("%s Data Centre" % Bp, False), ("%s DC" % Bp, False)]
    elif k == "hkhosp":
        reg = "%s医院" % to_simp(X)
        reg_t = "%s醫院" % X
        reg_en = "%s Hospital" % Xp
        zh = [(reg_t, False)]
        en = [(reg_en, False), ("%s Hosp." % Xp, False)]
    else:
        raise ValueError(k)
    if c["region"] == "cn":
        reg_t = to_trad(reg, "name")
    return reg, reg_t, reg_en, zh, en


def norm_name(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = to_simp(s)
    return "".join(ch for ch in s if ch.isalnum())


class Form:
    __slots__ = ("text", "script", "needs_city", "registered", "w", "key")

    def __init__(self, text, script, needs_city, registered, w):
        self.text, self.script, self.needs_city, self.registered, self.w = text, script, needs_city, registered, w
        self.key = norm_name(text)


def customer_forms(c):
    reg, reg_t, reg_en, zh_inst, en_inst = institution_names(c)
    cn = c["region"] == "cn"
    dkey = c["dept_key"]
    D = DEPTS[dkey][0] if dkey else None
    Den = DEPTS[dkey][1] if dkey else None
    script = "hans" if cn else "hant"
    d_zh = (D if cn else to_trad(D, "name")) if D else None
    forms = []

    def add(t, sc, nc, regd, w):
        for f in forms:
            if f.text == t:
                return
        forms.append(Form(t, sc, nc, regd, w))

    full_zh = (reg if cn else reg_t) + (d_zh or "")
    add(full_zh, script, False, True, 3)
    for text, nc in zh_inst:
        if D:
            for t, w in _zh_dept_joins(text, d_zh):
                add(t, script, nc, False, w)
        add(text, script, nc, False, 1.5 if not D else 1)
    full_en = reg_en + (" (%s)" % Den[0] if D else "")
    add(full_en, "en", False, True, 3)
    for text, nc in en_inst:
        if D:
            for t, w in _en_dept_joins(text, Den):
                add(t, "en", nc, False, w)
        add(text, "en", nc, False, 1.5 if not D else 1)
    # both languages
    en_short = [t for t, nc in en_inst if not nc][1:2] or [en_inst[0][0]]
    zh_short = [t for t, nc in zh_inst if not nc][1:2] or [zh_inst[0][0]]
    dz = d_zh or ""
    de = (", " + Den[0]) if D else ""
    add("%s (%s%s)" % (full_zh, reg_en, de), "bi", False, False, 1.5)
    add("%s%s %s%s" % (en_short[0], de, zh_short[0], dz), "bi", False, False, 1)
    add("%s%s / %s%s" % (zh_short[0], dz, reg_en, de), "bi", False, False, 1)
    add("%s%s（%s%s）" % (reg_en, de, zh_short[0], dz), "bi", False, False, 1)
    c["name"] = reg + (D or "")
    c["traditional"] = reg_t + (to_trad(D, "name") if D else "")
    c["english"] = full_en
    return forms


def dedupe_forms(customers):
    """Drop every written form that another customer could also produce."""
    owners = {}
    for c in customers:
        for f in c["forms"]:
            owners.setdefault(f.key, [])
            owners[f.key].append((c["id"], c["city"], f.needs_city))
    for c in customers:
        kept = []
        for f in c["forms"]:
            clash = False
            for cid, city, nc in owners[f.key]:
                if cid == c["id"]:
                    continue
                if not f.needs_city or not nc or city == c["city"]:
                    clash = True
                    break
            if not clash and len(f.key) >= 2:
                kept.append(f)
        c["forms"] = kept


# --------------------------------------------------------------------------------------------
# The world: customers, units, and each unit's service life
# --------------------------------------------------------------------------------------------

def rand_date(r, a, b):
    return dt.date.fromordinal(r.randint(a.toordinal(), b.toordinal()))


def build_world(ndocs):
    r = rng("world")
    C = max(12, min(120, ndocs // 22))
    n_tw = max(2, int(round(C * 0.15)))
    n_hk = max(2, int(round(C * 0.11)))
    n_cn = C - n_tw - n_hk
    cities = list(CN_CITIES)
    r.shuffle(cities)
    capitals = [x for x in cities if x[4]]
    noncap = [x for x in cities if not x[4]]
    A, Bc, K = noncap[0], noncap[1], capitals[0]
    med_univ = {}
    med_univ[Bc[0]] = False
    brands = list(CN_BRANDS)
    r.shuffle(brands)
    seeds = [
        dict(kind="people", city=A, number=1, dept="lab"),
        dict(kind="people", city=A, number=3, dept="lab"),
        dict(kind="people", city=A, number=3, dept="info"),
        dict(kind="prov", city=K, number=None, dept="lab"),
        dict(kind="people", city=K, number=1, dept="lab"),
        dict(kind="affil", city=Bc, number=1, dept="lab"),
        dict(kind="affil", city=Bc, number=2, dept="lab"),
        dict(kind="medschool", city=Bc, number=None, dept="core"),
        dict(kind="cdc", city=A, number=None, dept="physchem"),
        dict(kind="cdc", city=Bc, number=None, dept="physchem"),
        dict(kind="dataco", city=A, number=None, dept=None),
    ]
    specs = []
    seen = []

    def spec_key(s):
        return (s["kind"], s["city"][0], s["number"], s["dept"], s.get("brand", (None,))[0])

    for s in seeds[:n_cn]:
        if s["kind"] in ("dataco", "labco", "essco"):
            s["brand"] = brands.pop()
        specs.append(s)
        seen.append(spec_key(s))
    used = [A, Bc, K]
    cn_kinds = [(k, v[5]) for k, v in KINDS.items() if v[0] == "cn"]
    guard = 0
    while len(specs) < n_cn and guard < 10000:
        guard += 1
        city = r.choice(used) if r.random() < 0.45 else r.choice(cities)
        kind = wpick(r, cn_kinds)
        if kind == "prov" and not city[4]:
            continue
        if kind in ("labco", "dataco", "essco") and not brands:
            continue
        if kind in ("affil", "medschool") and city[0] not in med_univ:
            med_univ[city[0]] = r.random() < 0.5
        if kind == "medschool" and med_univ[city[0]]:
            continue
        s = dict(kind=kind, city=city, dept=r.choice(KINDS[kind][2]),
                 number=(r.choice([1, 1, 2, 2, 3, 4, 5, 6]) if kind == "people" else
                         r.choice([1, 1, 2, 3]) if kind == "affil" else None))
        if kind in ("labco", "dataco", "essco"):
            s["brand"] = brands[-1]
        if spec_key(s) in seen:
            continue
        if "brand" in s:
            brands.pop()
        seen.append(spec_key(s))
        specs.append(s)
        if city not in used:
            used.append(city)
    # Taiwan
    tw_names = list(TW_NAMES)
    tw_brands = list(TW_BRANDS)
    r.shuffle(tw_names)
    r.shuffle(tw_brands)
    twc = list(TW_CITIES)
    r.shuffle(twc)
    tw_specs = [dict(kind="mohw", tw=twc[0], dept="tw_lab"), dict(kind="mohw", tw=twc[0], dept="tw_it")]
    tw_seen = [("mohw", twc[0][0], "tw_lab"), ("mohw", twc[0][0], "tw_it")]
    guard = 0
    while len(tw_specs) < n_tw and guard < 10000:
        guard += 1
        kind = wpick(r, [(k, v[5]) for k, v in KINDS.items() if v[0] == "tw"])
        city = r.choice(twc)
        s = dict(kind=kind, tw=city, dept=r.choice(KINDS[kind][2]))
        if kind == "mohw":
            key = ("mohw", city[0], s["dept"])
            if key in tw_seen:
                continue
            tw_seen.append(key)
        elif kind in ("memorial", "twlab"):
            if not tw_names:
                continue
            s["x"] = tw_names.pop()
        else:
            if not tw_brands:
                continue
            s["b"] = tw_brands.pop()
        tw_specs.append(s)
    tw_specs = tw_specs[:n_tw]
    # Hong Kong
    hk_pool = list(HK_BRANDS)
    r.shuffle(hk_pool)
    hk_specs = [dict(kind="hklab", dept=None, b=hk_pool.pop()), dict(kind="hkdc", dept=None, b=hk_pool.pop())]
    guard = 0
    while len(hk_specs) < n_hk and guard < 10000 and hk_pool:
        guard += 1
        kind = wpick(r, [(k, v[5]) for k, v in KINDS.items() if v[0] == "hk"])
        hk_specs.append(dict(kind=kind, dept=r.choice(KINDS[kind][2]), b=hk_pool.pop()))
    hk_specs = hk_specs[:n_hk]

    customers = []
    inst_addr = {}
    for s in specs + tw_specs + hk_specs:
        cid = "KH%03d" % (len(customers) + 1)
        cr = rng("customer", cid)
        kind = s["kind"]
        region = KINDS[kind][0]
        c = dict(id=cid, region=region, kind=kind, number=s.get("number"), dept_key=s["dept"],
                 institution=KINDS[kind][1], sector=KINDS[kind][4], brand=None)
        if region == "cn":
            city = s["city"]
            c.update(city=city[0], city_pinyin=city[1], province=city[2], province_pinyin=city[3])
            if kind == "affil":
                c["med"] = med_univ.get(city[0], False)
            if "brand" in s:
                c["brand_zh"], c["brand_en"] = s["brand"]
                c["brand"] = s["brand"][0]
            dist, dist_en = cr.choice(city[5])
            road, road_en = cr.choice(CN_ROADS)
            no = cr.randint(3, 688)
            ikey = (kind, city[0], s.get("number"), s.get("brand", (None,))[0])
            if kind in ("prov", "affil", "people", "central", "child", "cdc", "medschool", "metro", "bank") and ikey in inst_addr:
                dist, dist_en, road, road_en, no, prov_prefix = inst_addr[ikey]
            else:
                prov_prefix = cr.random() < 0.5
                inst_addr[ikey] = (dist, dist_en, road, road_en, no, prov_prefix)
            c["address"] = ("%s省" % city[2] if prov_prefix else "") + "%s市%s%s%d号" % (city[0], dist, road, no)
            c["address_en"] = "No. %d, %s, %s, %s, %s" % (no, road_en, dist_en, city[1], city[3])
        elif region == "tw":
            tw = s["tw"]
            c.update(city=tw[0], city_pinyin=tw[3], city_formal=tw[1], city_everyday=tw[2], province=None,
                     province_pinyin=None)
            if "x" in s:
                c["xname"], c["xname_en"] = s["x"]
                c["brand"] = to_simp(s["x"][0])
            if "b" in s:
                c["brand_zh"], c["brand_en"] = s["b"]
                c["brand"] = to_simp(s["b"][0])
            if kind == "twlab":
                c["brand"] = to_simp(c["xname"])
            dist, dist_en = cr.choice(tw[4])
            road, road_en = cr.choice(TW_ROADS)
            no = cr.randint(2, 420)
            sec = cr.choice(["", "一段", "二段", "三段"])
            ikey = (kind, tw[0], s.get("x", (None,))[0], s.get("b", (None,))[0])
            if ikey in inst_addr:
                dist, dist_en, road, road_en, no, sec = inst_addr[ikey]
            inst_addr[ikey] = (dist, dist_en, road, road_en, no, sec)
            sec_en = {"": "", "一段": "Sec. 1, ", "二段": "Sec. 2, ", "三段": "Sec. 3, "}[sec]
            c["address"] = "%s市%s%s%s%d號" % (tw[1], dist, road, sec, no)
            c["address_en"] = "No. %d, %s%s, %s, %s City" % (no, sec_en, road_en, dist_en, tw[3])
        else:
            c.update(city="香港", city_pinyin="Hong Kong", province=None, province_pinyin=None)
            b = s["b"]
            if kind == "hkhosp":
                c["xname"], c["xname_en"] = b
            else:
                c["brand_zh"], c["brand_en"] = b
                c["brand"] = to_simp(b[0])
            place, street, street_en = cr.choice(HK_PLACES)
            no = cr.randint(2, 188)
            fl = cr.randint(2, 28)
            if kind == "hkhosp":
                c["brand"] = to_simp(b[0])
            c["address"] = "%s%s%d號%d樓" % (place, street, no, fl)
            c["address_en"] = "%d/F, %d %s" % (fl, no, street_en)
        c["department"] = DEPTS[s["dept"]][0] if s["dept"] else None
        c["forms"] = customer_forms(c)
        # contacts
        if region == "hk":
            sur, en_name = cr.choice(HK_CONTACTS)
            c["contact"] = dict(zh=sur + cr.choice(["小姐", "生", "主任"]), en=en_name, full=en_name)
        else:
            sur = cr.choice(CONTACT_SURNAMES)
            given = "".join(cr.choice(GIVEN_CHARS) for _ in range(cr.choice([1, 2])))
            title = cr.choice(CONTACT_TITLES[c["sector"]])
            full = sur + given
            if region == "tw":
                c["contact"] = dict(zh=to_trad(sur, "name") + cr.choice(["組長", "主任", "小姐", "先生"]),
                                    full=to_trad(full, "name"), en="%s %s" % (cr.choice(["Ms.", "Mr."]), TW_CONTACT_EN[sur]))
            else:
                c["contact"] = dict(zh=sur + title, full=full,
                                    en="%s %s" % ("Dr." if c["sector"] == "hospital" and cr.random() < 0.5 else
                                                  cr.choice(["Ms.", "Mr."]), CONTACT_PINYIN[sur]))
        c["phone"] = ("0%d-%d" % (cr.randint(20, 999), cr.randint(20000000, 89999999)) if region == "cn" else
                      "0%d-%d" % (cr.randint(2, 8), cr.randint(2000000, 8999999)) if region == "tw" else
                      "%d %d" % (cr.randint(2100, 3999), cr.randint(1000, 9999)))
        c["engineer"] = wpick(cr, REGION_ENGINEERS[region])
        c["grade"] = wpick(cr, [("A", 3), ("B", 4), ("C", 2)])
        customers.append(c)
    dedupe_forms(customers)

    units = []
    serials = []
    for c in customers:
        cr = rng("customer", c["id"], "units")
        fams = DEPTS[c["dept_key"]][2] if c["dept_key"] else KINDS[c["kind"]][3]
        c["units"] = []
        for k in range(cr.randint(2, 6)):
            fam = cr.choice(fams) if k else fams[0]
            model = cr.choice(FAMILIES[fam][2])
            install = rand_date(cr, dt.date(2015, 3, 1), dt.date(2024, 9, 30))
            install = weekday_shift(install, cr)
            made = add_days(install, -cr.randint(30, 200))
            for _ in range(100):
                sn, groups = make_serial(fam, model, made, cr)
                if canon(sn) not in serials:
                    break
            serials.append(canon(sn))
            u = dict(serial=sn, model=model, owner=c["id"], install_date=install,
                     purchase_date=add_days(install, -cr.randint(7, 120)),
                     warranty_until=add_days(add_months(install, 12 * cr.choice([1, 2, 2, 3, 3, 5])), -1),
                     family=fam, groups=groups, asset="ZC%d-%04d" % (install.year, cr.randint(1, 9999)))
            u["contract"] = cr.random() < 0.7
            c["units"].append(u)
            units.append(u)
    for u in units:
        build_timeline(u, next(c for c in customers if c["id"] == u["owner"]))
    return customers, units


def pick_engineer(r, c):
    if r.random() < 0.6:
        return c["engineer"]
    return wpick(r, REGION_ENGINEERS[c["region"]])


def build_timeline(u, c):
    r = rng("unit", u["serial"])
    fam = u["family"]
    grp = GROUP[fam]
    I = u["install_date"]
    dates = []  # (date, type)
    if I >= WINDOW_START:
        dates.append((I, "install"))
    pm = FAMILIES[fam][3]
    if grp == "it" and c["kind"] in ("bank", "dataco", "hkdc") and r.random() < 0.5:
        pm = 3
    d = add_months(I, pm)
    while d <= WINDOW_END:
        if d >= WINDOW_START and (u["contract"] or d <= u["warranty_until"]):
            dates.append((weekday_shift(add_days(d, r.randint(-12, 12)), r), "pm"))
        d = add_months(d, pm)
    if FAMILIES[fam][4] and r.random() < 0.7:
        d = add_months(I, 12)
        while d <= WINDOW_END:
            if d >= WINDOW_START:
                dates.append((weekday_shift(add_days(d, r.randint(-20, 20)), r), "calibration"))
            d = add_months(d, 12)
    d = add_days(I, r.randint(20, 400))
    while d <= WINDOW_END:
        if d >= WINDOW_START:
            dates.append((weekday_shift(d, r), "repair"))
        d = add_days(d, int(r.expovariate(1 / 200.0)) + 15)
    for _ in range(r.choice([0, 0, 1, 1, 2])):
        dates.append((weekday_shift(rand_date(r, max(I, WINDOW_START), WINDOW_END), r), "upgrade"))
    if r.random() < 0.08:
        dates.append((weekday_shift(rand_date(r, max(add_days(I, 300), WINDOW_START), WINDOW_END), r), "relocation"))
    dates.sort(key=lambda x: (x[0], x[1]))
    visits = []
    taken = []
    for d, typ in dates:
        if d < I or d > WINDOW_END + dt.timedelta(days=3):
            continue
        while d in taken:
            d = add_days(d, 1)
        taken.append(d)
        v = dict(unit=u["serial"], date=d, type=typ, eng=pick_engineer(r, c), seq=r.randint(1, 48),
                 hour=r.randint(8, 16), minute=r.choice([0, 10, 15, 20, 30, 40, 45, 50]),
                 dur=r.choice([1, 1, 2, 2, 3, 4]), fault=None, cause=False, complaint=None, id=None)
        if typ == "repair":
            v["fault"] = r.randrange(len(FAULTS[fam]))
            v["cause"] = r.random() < 0.78
        visits.append(v)
    visits.sort(key=lambda v: v["date"])
    for k, v in enumerate(visits):
        v["id"] = "%s#%d" % (u["serial"], k)
    u["visits"] = visits
    # complaints: some repairs were preceded by a complaint; some complaints were settled by phone
    comps = []
    for v in visits:
        if v["type"] == "repair" and r.random() < 0.3:
            rec = add_days(v["date"], -r.choice([0, 0, 1, 1, 2, 3, 5]))
            if rec < I:
                rec = v["date"]
            comp = dict(received=rec, visit=v, fault=v["fault"], handler=v["eng"] if r.random() < 0.7 else pick_engineer(r, c),
                        channel=r.choice(["phone", "mail", "letter", "wechat"]), seq=r.randint(1, 40))
            v["complaint"] = comp
            comps.append(comp)
    start = max(I, WINDOW_START)
    if start < WINDOW_END:
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            d = weekday_shift(rand_date(r, start, WINDOW_END), r)
            if any(abs((v["date"] - d).days) < 2 for v in visits):
                continue
            comps.append(dict(received=d, visit=None, fault=r.randrange(len(FAULTS[fam])), handler=pick_engineer(r, c),
                              channel=r.choice(["phone", "mail", "wechat"]), seq=r.randint(1, 40)))
    comps.sort(key=lambda x: x["received"])
    u["complaints"] = comps


# --------------------------------------------------------------------------------------------
# File formats.  A document body for .docx and .pdf is a list of blocks:
#   ("title", text) ("h", text) ("p", text) ("pb", [(text, bold), ...]) ("tabs", [seg, ...])
#   ("table", rows, header?) ("blank",) ("right", text) ("rule",)
# --------------------------------------------------------------------------------------------

ZIP_TIME = (2001, 1, 1, 0, 0, 0)


def _zip(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def _x(s):
    return xml_escape(s)


def _run(text, bold=False, r=None):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    pieces = [text]
    if r is not None and len(text) > 6 and r.random() < 0.25:
        cut = r.randint(1, len(text) - 1)
        pieces = [text[:cut], text[cut:]]
    return "".join('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(p)) for p in pieces)


def _para(content, style=None, align=None):
    ppr = ""
    if style or align:
        ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "",
                                       '<w:jc w:val="%s"/>' % align if align else "")
    return "<w:p>%s%s</w:p>" % (ppr, content)


def docx_bytes(blocks, header_text, r, cjk=True):
    body = []
    for b in blocks:
        t = b[0]
        if t == "title":
            body.append(_para(_run(b[1], True), "Title", "center"))
        elif t == "h":
            body.append(_para(_run(b[1], True), "Heading1"))
        elif t == "p":
            body.append(_para(_run(b[1], False, r)))
        elif t == "right":
            body.append(_para(_run(b[1]), None, "right"))
        elif t == "pb":
            body.append(_para("".join(_run(txt, bold, r if not bold else None) for txt, bold in b[1])))
        elif t == "tabs":
            segs = []
            for k, seg in enumerate(b[1]):
                if k:
                    segs.append("<w:r><w:tab/></w:r>")
                segs.append(_run(seg, False, r))
            body.append(_para("".join(segs)))
        elif t == "blank":
            body.append("<w:p/>")
        elif t == "rule":
            body.append('<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr></w:pPr></w:p>')
        elif t == "table":
            rows = b[1]
            ncol = max(len(x) for x in rows)
            w = 9000 // ncol
            out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                   '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                   '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                   '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                   '</w:tblPr><w:tblGrid>']
            out.append("".join('<w:gridCol w:w="%d"/>' % w for _ in range(ncol)))
            out.append("</w:tblGrid>")
            for ri, row in enumerate(rows):
                out.append("<w:tr>")
                for ci in range(ncol):
                    cell = row[ci] if ci < len(row) else ""
                    bold = (len(b) > 2 and b[2] and ri == 0)
                    lines = cell.split("\n") if cell else [""]
                    paras = "".join(_para(_run(ln, bold, r if not bold else None)) if ln else "<w:p/>" for ln in lines)
                    out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (w, paras))
                out.append("</w:tr>")
            out.append("</w:tbl>")
            body.append("".join(out))
            body.append("<w:p/>")
        else:
            raise ValueError(t)
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
                '<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1200" w:bottom="1440" w:left="1200" w:header="720" w:footer="720" w:gutter="0"/>'
                '</w:sectPr></w:body></w:document>' % (ns, "".join(body)))
    east = "宋体" if cjk else "Calibri"
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="%s"/>'
              '<w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>' % (ns, east))
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>%s</w:hdr>'
              % (ns, "".join(_para(_run(line), None, "center") for line in header_text.split("\n"))))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '</Relationships>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document),
                 ("word/styles.xml", styles), ("word/header1.xml", header), ("word/_rels/document.xml.rels", drels)])


def xlsx_bytes(rows, sheet="Sheet1"):
    strings = []
    sidx = {}
    out_rows = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri + 1)
            if v is None or v == "":
                continue
            if re.fullmatch(r"[1-9]\d{0,5}", v):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                continue
            if v not in sidx:
                sidx[v] = len(strings)
                strings.append(v)
            cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sidx[v]))
        out_rows.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s><sheetData>%s</sheetData></worksheet>'
                 % (ns, "".join(out_rows)))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">%s</sst>'
           % (ns, len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % _x(s) for s in strings)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, _x(sheet)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet %s>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
              '<cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>' % ns)
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '</Relationships>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wrels), ("xl/worksheets/sheet1.xml", sheet_xml),
                 ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        s = chr(65 + rem) + s
    return s


# ---- PDF: a text layer only, like a report printed to PDF by a service system ----

def _is_latin(text):
    try:
        text.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def _tw(text, latin):
    """text width in em"""
    if latin:
        w = 0.0
        for ch in text:
            w += 0.3 if ch in " .,:;'|!il1-()/" else 0.72 if ch.isupper() or ch in "mwMW@%&" else 0.56
        return w
    return sum(0.5 if ord(ch) < 0x2000 and unicodedata.east_asian_width(ch) not in "WF" else 1.0 for ch in text)


def _pdf_str(text, latin):
    if latin:
        b = text.encode("cp1252")
        out = []
        for x in b:
            ch = chr(x)
            if ch in "\\()":
                out.append("\\" + ch)
            elif 32 <= x < 127:
                out.append(ch)
            else:
                out.append("\\%03o" % x)
        return "(" + "".join(out) + ")"
    return "<" + text.encode("utf-16-be").hex().upper() + ">"


def block_texts(blocks):
    out = []
    for b in blocks:
        if b[0] in ("title", "h", "p", "right"):
            out.append(b[1])
        elif b[0] == "pb":
            out += [t for t, _ in b[1]]
        elif b[0] == "tabs":
            out += list(b[1])
        elif b[0] == "table":
            out += [c for row in b[1] for c in row]
    return out


def _pdf_layout(blocks, header_text, latin, W, H):
    M = 48
    pages = [[]]
    y = [H - M]
    overflow = [False]

    def newline(h):
        if y[0] - h < M + 20:
            pages.append([])
            y[0] = H - M
        y[0] -= h

    def put(x, size, text, bold=False):
        if text:
            if x + _tw(text, latin) * size > W - 12 or x < 12:
                overflow[0] = True
            pages[-1].append((x, y[0], size, text, bold))

    for line in header_text.split("\n"):
        newline(13)
        put((W - _tw(line, latin) * 9) / 2, 9, line)
    newline(6)
    for b in blocks:
        t = b[0]
        if t == "title":
            size = 15
            newline(size * 1.9)
            put(max(M, (W - _tw(b[1], latin) * size) / 2), size, b[1], True)
            newline(4)
        elif t == "h":
            newline(11 * 1.8)
            put(M, 11, b[1], True)
        elif t in ("p", "right"):
            size = 9.5
            while size > 6.5 and _tw(b[1], latin) * size > W - 2 * M:
                size -= 0.5
            newline(size * 1.55)
            x = M if t == "p" else max(M, W - M - _tw(b[1], latin) * size)
            put(x, size, b[1])
        elif t == "pb":
            size = 9.5
            newline(size * 1.55)
            x = M
            for txt, bold in b[1]:
                put(x, size, txt, bold)
                x += _tw(txt, latin) * size + (2 if latin else 0)
        elif t == "tabs":
            size = 9.5
            segs = b[1]
            while size > 6.5 and sum(_tw(s, latin) for s in segs) * size + 16 * (len(segs) - 1) > W - 2 * M:
                size -= 0.5
            newline(size * 1.55)
            colw = (W - 2 * M) / len(segs)
            x = M
            for k, s in enumerate(segs):
                put(x, size, s)
                x = max(x + _tw(s, latin) * size + 16, M + colw * (k + 1))
        elif t == "blank":
            newline(8)
        elif t == "rule":
            newline(6)
            pages[-1].append(("rule", y[0]))
        elif t == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            widths = [max(_tw(r[c], latin) if c < len(r) else 0 for r in rows) for c in range(ncol)]
            size = 9.0
            gap = 12
            while size > 5.5 and sum(widths) * size + gap * (ncol - 1) > W - 2 * M:
                size -= 0.5
            if sum(widths) * size + gap * (ncol - 1) > W - 2 * M:
                gap = 6
            for ri, row in enumerate(rows):
                newline(size * 1.6)
                x = M
                for c in range(ncol):
                    cell = row[c] if c < len(row) else ""
                    put(x, size, cell, bool(len(b) > 2 and b[2] and ri == 0))
                    x += widths[c] * size + gap
        else:
            raise ValueError(t)
    if overflow[0]:
        return None
    return pages


def pdf_bytes(blocks, header_text, lang):
    alltext = "".join(block_texts(blocks)) + header_text
    latin = _is_latin(alltext)
    pages = None
    for W, H in ((595, 842), (842, 595)):
        pages = _pdf_layout(blocks, header_text, latin, W, H)
        if pages is not None:
            break
    if pages is None:
        raise ValueError("PDF content does not fit the page")
    M = 48
    # objects
    objs = []

    def obj(s):
        objs.append(s)
        return len(objs)

    cat = obj(None)
    pages_id = obj(None)
    if latin:
        f1 = obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        f2 = obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    else:
        trad = lang == "zh-Hant"
        base = "MSung-Light" if trad else "STSong-Light"
        order = "CNS1" if trad else "GB1"
        enc = "UniCNS-UCS2-H" if trad else "UniGB-UCS2-H"
        highs = sorted(set(ord(ch) >> 8 for ch in alltext + "0123456789:-/ ."))
        ranges = ["<%02X00> <%02XFF> <%02X00>" % (h, h, h) for h in highs]
        cmap_lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                      "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                      "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        for k in range(0, len(ranges), 100):
            part = ranges[k:k + 100]
            cmap_lines.append("%d beginbfrange" % len(part))
            cmap_lines += part
            cmap_lines.append("endbfrange")
        cmap_lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        cm = "\n".join(cmap_lines).encode("ascii")
        cmz = zlib.compress(cm, 6)
        tu = obj(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cmz) + cmz + b"\nendstream")
        fd = obj("<< /Type /FontDescriptor /FontName /%s /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
                 "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>" % base)
        cid = obj("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
                  "/Ordering (%s) /Supplement 2 >> /FontDescriptor %d 0 R /DW 1000 /W [1 95 500] >>" % (base, order, fd))
        f1 = obj("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /%s /DescendantFonts [%d 0 R] "
                 "/ToUnicode %d 0 R >>" % (base, enc, cid, tu))
        f2 = f1
    page_ids = []
    for pg in pages:
        ops = []
        for item in pg:
            if item[0] == "rule":
                ops.append("0.6 w %d %.1f m %d %.1f l S" % (M, item[1] + 3, W - M, item[1] + 3))
                continue
            x, yy, size, text, bold = item
            ops.append("BT /%s %.1f Tf 1 0 0 1 %.1f %.1f Tm %s Tj ET" % ("F2" if bold else "F1", size, x, yy, _pdf_str(text, latin)))
        content = zlib.compress("\n".join(ops).encode("ascii"), 6)
        cs = obj(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(obj("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> "
                            "/Contents %d 0 R >>" % (pages_id, W, H, f1, f2, cs)))
    objs[cat - 1] = "<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, o in enumerate(objs):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % (k + 1))
        out.write(o if isinstance(o, bytes) else o.encode("ascii"))
        out.write(b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, xref))
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# Service providers (letterheads)
# --------------------------------------------------------------------------------------------

VENDOR_CN = {"lab": ("广州瑞检医疗设备有限公司", "售后服务部", "400-830-6618"),
             "it": ("深圳市科联信息技术有限公司", "客户服务中心", "400-860-2299"),
             "battery": ("湖南恒力电源科技有限公司", "技术服务部", "0731-8562 3300")}
VENDOR_EN = {"lab": ("Hanseatic Labtech (Shanghai) Co., Ltd.", "Customer Service & Support", "+86 21 6105 8800", "hanseatic-labtech.com"),
             "it": ("Northbridge Systems Asia Pte Ltd", "Global Services", "+65 6812 4400", "northbridge-systems.com"),
             "battery": ("Voltaris Energy Solutions Ltd.", "Field Service", "+44 1908 552 100", "voltaris-energy.com")}
VENDOR_TW = {"lab": ("聯科儀器股份有限公司", "技術服務處", "(02)2788-5566"),
             "it": ("宏聯資訊股份有限公司", "客服中心", "0800-088-168"),
             "battery": ("台灣能源科技股份有限公司", "技術服務部", "(03)351-2288")}
VENDOR_HK = {"lab": ("太平洋科學儀器（香港）有限公司", "Pacific Scientific Instruments (HK) Ltd.", "2763 8800"),
             "it": ("港聯系統服務有限公司", "Harbourlink System Services Ltd.", "2880 1668"),
             "battery": ("環能電力工程有限公司", "Globalpower Engineering Ltd.", "2419 3322")}
COORDINATORS = ["许婷", "韩雪", "曹颖", "潘琳"]


class Doc:
    def __init__(self, i, tpl):
        self.i = i
        self.r = rng("doc", i)
        self.tpl = tpl
        self.kind, self.template, self.lang = tpl["kind"], tpl["id"], tpl["lang"]
        self.region = "cn"
        self.cust = self.unit = None
        self.t = dict(customer=None, customer_as_written=None, serial=None, serial_as_written=None, model=None,
                      model_as_written=None, visit_date=None, visit_date_as_written=None, other_dates=[],
                      date_ambiguous=False, fault=None, cause=None, action=None, engineer=None, engineer_id=None,
                      number=None, visits=[], serials=[], serials_as_written=[])
        self.fmt = "txt"
        self.path = None
        self.encoding = "utf-8"
        self.crlf = False
        self.text = None
        self.blocks = None
        self.rows = None
        self.header = ""
        self.used_visits = []
        self.csv_delim = ","

    # ---- scripts and words ----
    def zh(self, s):
        if s is None:
            return None
        if self.lang == "zh-Hant":
            return to_trad(s, self.region)
        return s

    def style(self, table=None):
        if table is None:
            table = {"zh-Hans": STYLES_HANS, "en": STYLES_EN}.get(self.lang) or (STYLES_TW if self.region == "tw" else STYLES_HK)
        return wpick(self.r, table)

    # ---- customer, unit ----
    def cname(self, scripts, cityless=False, registered=False):
        forms = [f for f in self.cust["forms"] if f.script in scripts and (cityless or not f.needs_city)]
        if registered:
            reg = [f for f in forms if f.registered]
            if reg:
                forms = reg
        if not forms:
            forms = [f for f in self.cust["forms"] if f.registered and f.script in scripts] or \
                    [f for f in self.cust["forms"] if f.registered]
        f = wpick(self.r, [(f, f.w) for f in forms])
        self.t["customer"] = self.cust["id"]
        self.t["customer_as_written"] = f.text
        return f.text

    def en_or_bi(self, cityless=False):
        return self.cname(("en",) if self.r.random() < 0.8 else ("bi",), cityless)

    def sn(self, unit=None, record=True):
        u = unit or self.unit
        s = wpick(self.r, [(f, w) for f, w in serial_forms(u, self.lang) if self.fmt != "pdf" or "\u3000" not in f])
        if record:
            self.t["serial"] = u["serial"]
            self.t["serial_as_written"] = s
            self.t["model"] = u["model"]
        return s

    def mdl(self, unit=None, record=True):
        u = unit or self.unit
        m = wpick(self.r, [(f, w) for f, w in model_forms(u["model"], self.lang) if self.fmt != "pdf" or "\u3000" not in f])
        if record:
            self.t["model"] = u["model"]
            self.t["model_as_written"] = m
        return m

    def fam(self, unit=None):
        f = (unit or self.unit)["family"]
        if self.lang == "en":
            return FAMILIES[f][1]
        if self.lang == "zh-Hant":
            return FAMILY_TW[f] if self.region == "tw" else FAMILY_HK[f]
        return FAMILIES[f][0]

    def Fam(self, unit=None):
        f = self.fam(unit)
        return f[0].upper() + f[1:]

    def vendor(self):
        g = GROUP[self.unit["family"]] if self.unit else "lab"
        if self.lang == "en":
            v = VENDOR_EN[g]
            if g == "lab" and self.region != "cn":
                return ("Hanseatic Labtech Asia Pacific Ltd.", v[1], "+852 2110 3300", v[3])
            return v
        if self.lang == "zh-Hant":
            return VENDOR_TW[g] if self.region == "tw" else VENDOR_HK[g]
        return VENDOR_CN[g]

    # ---- dates ----
    def other(self, role, d, aw):
        self.t["other_dates"].append(dict(role=role, date=d.isoformat(), as_written=aw))
        return aw

    # ---- what happened ----
    def fault_raw(self, fam, idx):
        e = FAULTS[fam][idx]
        return e[3] if self.lang == "en" else self.zh(e[0])

    def cause_raw(self, fam, idx):
        e = FAULTS[fam][idx]
        return e[4] if self.lang == "en" else self.zh(e[1])

    def action_raw(self, fam, idx):
        e = FAULTS[fam][idx]
        return e[5] if self.lang == "en" else self.zh(e[2])

    def fault_text(self, v, wrap=True):
        if v["fault"] is None:
            return None
        f = self.fault_raw(self.unit_of(v)["family"], v["fault"])
        if not wrap:
            return f
        r = self.r
        if self.lang == "en":
            return wpick(r, [("%s" % f, 5), ("User states: %s" % f, 1), ("Customer called in – %s" % f, 1),
                             ("%s (intermittent)" % f, 1), ("Reported by lab supervisor: %s" % f, 0.6)])
        if self.lang == "zh-Hant":
            if self.region == "tw":
                return wpick(r, [(f, 5), ("使用者反應" + f, 1.5), (f + "，請儘速派員", 1), (f + "（間歇性）", 1)])
            return wpick(r, [(f, 5), ("用戶表示" + f, 1.5), (f + "，需盡快處理", 1)])
        return wpick(r, [(f, 5), ("科室反映：" + f, 1), ("用户电话报修，称" + f, 1), ("据操作人员描述，" + f, 1),
                         (f + "，已持续两天", 1), (f + "，请尽快安排", 0.7)])

    def cause_text(self, v):
        if v["fault"] is None or not v["cause"]:
            return None
        c = self.cause_raw(self.unit_of(v)["family"], v["fault"])
        r = self.r
        if self.lang == "en":
            return c
        if self.lang == "zh-Hant":
            return wpick(r, [(c, 5), ("經檢查為" + c, 1)])
        return wpick(r, [(c, 5), ("经检查为" + c, 1), ("初步判断：" + c, 1)])

    def action_text(self, v, wrap=True):
        u = self.unit_of(v)
        g = GROUP[u["family"]]
        if v["fault"] is not None:
            a = self.action_raw(u["family"], v["fault"])
        else:
            pair = ROUTINE[v["type"]].get(g) or ROUTINE[v["type"]]["lab"]
            a = pair[1] if self.lang == "en" else self.zh(pair[0])
        if not wrap or v["fault"] is None:
            return a
        r = self.r
        if self.lang == "en":
            return wpick(r, [(a, 5), ("%s. Unit tested OK and handed back" % a, 1), ("%s; monitored for 1 h, no recurrence" % a, 1)])
        if self.lang == "zh-Hant":
            return wpick(r, [(a, 5), (a + "，測試正常", 1.5)])
        return wpick(r, [(a, 5), (a + "，试机正常", 1.5), (a + "。测试正常，交付使用", 1), (a + "，运行观察2小时无异常", 1)])

    def remote_action(self, comp):
        fam = self.unit["family"]
        g = GROUP[fam]
        if fam == "ult":
            g = "ult"
        elif fam == "hplc":
            g = "hplc"
        zh = {"ult": ("电话指导用户清洁冷凝器过滤网并复位报警，温度恢复正常",
                      "Guided the user by phone to clean the condenser filter and reset the alarm; temperature back to normal"),
              "hplc": ("电话指导用户排气并冲洗流路，压力恢复稳定",
                       "Talked the user through purging the pump and flushing the flow path; pressure stable again"),
              "lab": ("电话指导科室执行清洗维护程序并重新定标，结果恢复正常",
                      "Talked the lab through the cleaning routine and a recalibration by phone; results back to normal"),
              "it": ("远程登录排查，调整配置后业务恢复", "Remote session: adjusted the configuration, service restored"),
              "battery": ("电话指导值班人员复位告警并核对参数，恢复正常",
                          "Guided the duty staff by phone to reset the alarm and check the settings; back to normal")}[g]
        return zh[1] if self.lang == "en" else self.zh(zh[0])

    def unit_of(self, v):
        return UNIT_BY_SERIAL[v["unit"]]

    def eng(self, eid, chat=False, label=False):
        """label: the name stands after a label, where "Surname, Given" is usual; elsewhere it is not"""
        lang = self.lang if self.lang == "en" else ("zh-Hant" if self.lang == "zh-Hant" else "zh")
        return wpick(self.r, [(f, w) for f, w in engineer_forms(eid, lang, chat) if label or "," not in f])

    # ---- truth ----
    def visit(self, v, date_aw, fault, cause, action, eng_aw, number=None, top=True):
        e = dict(date=v["date"].isoformat(), date_as_written=date_aw, fault=fault, cause=cause, action=action,
                 engineer=eng_aw, engineer_id=v["eng"], number=number)
        self.t["visits"].append(e)
        self.used_visits.append(v["id"])
        if top:
            self.set_top(e)
        return e

    def set_top(self, e):
        self.t["visit_date"] = e["date"]
        self.t["visit_date_as_written"] = e["date_as_written"]
        for k in ("fault", "cause", "action", "engineer", "engineer_id", "number"):
            self.t[k] = e[k]


UNIT_BY_SERIAL = {}


def seq_no(v, width=4):
    return "%0*d" % (width, v["seq"])


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

TEMPLATES = []


def template(tid, kind, lang, regions, weight, need=None, groups=None, families=None):
    def deco(fn):
        TEMPLATES.append(dict(id=tid, kind=kind, lang=lang, regions=regions, weight=weight, need=need,
                              groups=groups, families=families, fn=fn))
        return fn
    return deco


def short_name(c, script="hans"):
    fs = [f.text for f in c["forms"] if f.script == script and not f.needs_city and len(f.text) <= 12]
    if not fs:
        fs = [f.text for f in c["forms"] if f.registered and f.script in (script, "en")]
    return min(fs, key=lambda x: (len(x), x)).replace("/", "_").replace(" ", "_")


def safe(s):
    return re.sub(r"[\\/:*?\"<>| ]+", "_", s)


def hm(v, plus_h=0, plus_m=0):
    h = v["hour"] + plus_h
    mi = v["minute"] + plus_m
    h += mi // 60
    mi %= 60
    return "%02d:%02d" % (min(h, 21), mi)


def checkbox(options, chosen):
    return " ".join(("☑" if o == chosen else "□") + o for o in options)


@template("T01", "repair", "zh-Hans", ("cn",), 3.0, need="repair")
def t01(d, c, u, v):
    r = d.r
    d.fmt = "docx"
    vn, dept, tel = d.vendor()
    d.header = "%s\n%s　服务热线：%s" % (vn, dept, tel)
    st = d.style()
    vd = fmt_date(v["date"], st)
    call_aw = "%s %s" % (vd, hm(v, -r.randint(1, 2), r.choice([0, 7, 13, 26])))
    arr_aw = "%s %s" % (vd, hm(v))
    done_aw = "%s %s" % (vd, hm(v, v["dur"]))
    name = d.cname(("hans",))
    fam, m, s = d.fam(), d.mdl(), d.sn()
    fault, cause, action, eng = d.fault_text(v), d.cause_text(v), d.action_text(v), d.eng(v["eng"])
    number = "%07d" % r.randint(12000, 998000)
    in_w = v["date"] <= u["warranty_until"]
    inst = d.other("install", u["install_date"], fmt_date(u["install_date"], st))
    if r.random() < 0.5:
        unit_row = ["装机日期", inst, "保修状态", checkbox(["保内", "保外"], "保内" if in_w else "保外"), "资产编号", u["asset"]]
    else:
        w = d.other("warranty_until", u["warranty_until"], fmt_date(u["warranty_until"], st))
        unit_row = ["装机日期", inst, "保修截止", w, "资产编号", u["asset"]]
    time_row = ["报修时间", call_aw, "到场时间", arr_aw, "完成时间", done_aw]
    rows = [[r.choice(["客户全称", "报修单位", "委托单位", "用户单位"]), name, "联系人", c["contact"]["zh"], "电话", c["phone"]],
            ["设备名称", fam, "规格型号", m, r.choice(["出厂编号", "机身号", "序列号"]), s]]
    rows += [unit_row, time_row] if r.random() < 0.5 else [time_row, unit_row]
    rows.append([r.choice(["故障描述", "故障现象", "用户反映"]), fault, "", "", "", ""])
    if cause:
        rows.append([r.choice(["原因分析", "故障原因"]), cause, "", "", "", ""])
    rows.append([r.choice(["维修过程", "处理过程", "维修内容"]), action, "", "", "", ""])
    rows.append(["更换配件", r.choice(["见维修过程", "无", "详见配件出库单"]), "", "", "", ""])
    rows.append([r.choice(["服务工程师", "维修工程师"]), eng, "工时", "%.1f h" % v["dur"], "客户签字", ""])
    title = "医疗设备维修服务报告" if GROUP[u["family"]] == "lab" else "设备维修服务报告"
    d.blocks = [("title", title), ("right", "编号：%s" % number), ("table", rows),
                ("p", "客户意见：" + checkbox(["满意", "基本满意", "不满意"], r.choice(["满意", "满意", "基本满意"]))),
                ("p", "备注：本报告一式两联，客户联与公司联各执一联。")]
    d.visit(v, arr_aw, fault, cause, action, eng, number)
    d.path = "售后服务部/维修报告/%d/%02d月/维修报告_%s_%s_%s.docx" % (
        v["date"].year, v["date"].month, short_name(c), safe(u["model"]), fmt_date(v["date"], "compact"))


@template("T02", "repair", "zh-Hans", ("cn",), 2.5, need="repair")
def t02(d, c, u, v):
    r = d.r
    st = wpick(r, [("iso", 5), ("slash0", 2), ("slash", 1)])
    vd = fmt_date(v["date"], st)
    number = "WX%s%03d" % (fmt_date(v["date"], "compact"), v["seq"])
    arr = "%s %s:%02d" % (vd, hm(v), r.randint(0, 59))
    rec = "%s %s:%02d" % (vd, hm(v, -1, -r.randint(5, 40)), r.randint(0, 59))
    colon = r.random() < 0.4
    pairs = [("工单编号", number), ("工单类型", "维修"), ("工单状态", "已完工"),
             (r.choice(["客户全称", "客户名称", "报修单位", "联系单位"]), d.cname(("hans",))),
             ("联系人", "%s %s" % (c["contact"]["zh"], c["phone"])),
             ("设备名称", d.fam()), ("规格型号", d.mdl()), (r.choice(["机器序列号", "出厂编号", "产品序列号"]), d.sn()),
             ("受理时间", rec), ("到场时间", arr)]
    fault, cause, action, eng = d.fault_text(v), d.cause_text(v), d.action_text(v), d.eng(v["eng"])
    pairs.append((r.choice(["用户反映", "现象描述", "故障描述"]), fault))
    if cause:
        pairs.append(("故障原因", cause))
    pairs.append((r.choice(["处理结果", "处理措施", "维修过程"]), action))
    pairs.append(("服务工程师", eng))
    if r.random() < 0.5:
        pairs.append(("保修状态", "保内" if v["date"] <= u["warranty_until"] else "保外"))
    pairs.append(("完工确认", "客户已确认"))
    bar = "=" * 32
    lines = [bar, "服务工单（已完工）", bar]
    for k, val in pairs:
        lines.append(k + ("：" if colon else ""))
        lines.append(val)
        if r.random() < 0.15:
            lines.append("")
    lines.append(bar)
    d.text = "\n".join(lines) + "\n"
    d.visit(v, arr, fault, cause, action, eng, number)
    d.path = "工单导出/%d/%s_%s.txt" % (v["date"].year, number, safe(u["serial"]))


@template("T03", "repair", "zh-Hans", ("cn",), 2.5, need="repair")
def t03(d, c, u, v):
    r = d.r
    d.fmt = "pdf"
    vn, dept, tel = d.vendor()
    d.header = "%s　%s\n全国服务热线：%s" % (vn, dept, tel)
    st = d.style()
    number = "FW%02d%02d%04d" % (v["date"].year % 100, v["date"].month, v["seq"] * 37 % 10000)
    vd = fmt_date(v["date"], st)
    addr = r.random() < 0.5
    name = d.cname(("hans",), cityless=addr)
    fault, cause, action, eng = d.fault_text(v), d.cause_text(v), d.action_text(v), d.eng(v["eng"])
    b = [("title", "售后服务单"), ("right", "单号：" + number),
         ("tabs", ["客户名称：" + name, "服务类型：" + checkbox(["维修", "保养", "安装"], "维修")])]
    if addr:
        b.append(("p", "客户地址：" + c["address"]))
    b.append(("tabs", ["联系人：" + c["contact"]["zh"], "联系电话：" + c["phone"]]))
    b.append(("tabs", ["设备型号：" + d.mdl(), r.choice(["序列号：", "SN：", "出厂编号："]) + d.sn()]))
    unit = ("tabs", ["安装日期：" + d.other("install", u["install_date"], fmt_date(u["install_date"], st)),
                     "保修到期：" + d.other("warranty_until", u["warranty_until"], fmt_date(u["warranty_until"], st))])
    svc = ("tabs", ["服务日期：" + vd, "服务工程师：" + eng])
    if r.random() < 0.35:
        b += [unit, svc]
    else:
        d.t["other_dates"] = []
        b.append(svc)
        b.append(("tabs", ["安装日期：" + d.other("install", u["install_date"], fmt_date(u["install_date"], st)),
                           "保修到期：" + d.other("warranty_until", u["warranty_until"], fmt_date(u["warranty_until"], st))]))
    b.append(("p", "故障现象：" + fault))
    if cause:
        b.append(("p", "原因分析：" + cause))
    b.append(("p", "处理措施：" + action))
    b.append(("p", "服务结果：" + checkbox(["已解决", "待跟进"], "已解决")))
    b.append(("rule",))
    b.append(("tabs", ["客户签字：", "工程师签字："]))
    p = add_days(v["date"], r.choice([0, 0, 1, 2, 3, 6]))
    paw = "%s %s" % (fmt_date(p, "iso"), "%02d:%02d" % (r.randint(8, 18), r.randint(0, 59)))
    if p != v["date"]:
        d.other("report_printed", p, paw)
    b.append(("right", "打印时间：" + paw))
    d.blocks = b
    d.visit(v, vd, fault, cause, action, eng, number)
    d.path = "客服中心/售后服务单/%d/%s.pdf" % (v["date"].year, number)


@template("T04", "repair", "zh-Hans", ("cn",), 2.0, need="repair")
def t04(d, c, u, v):
    r = d.r
    d.fmt = "csv"
    st = wpick(r, [("iso", 4), ("slash", 2), ("compact", 2), ("slash0", 1)])
    vd = fmt_date(v["date"], st)
    number = "SR%02d%02d%04d" % (v["date"].year % 100, v["date"].month, v["seq"] * 53 % 10000)
    exp = add_days(v["date"], r.randint(1, 30))
    exp_aw = "%s %02d:%02d:%02d" % (fmt_date(exp, "iso"), r.randint(8, 18), r.randint(0, 59), r.randint(0, 59))
    d.other("report_printed", exp, exp_aw)
    fault, cause, action, eng = d.fault_text(v, wrap=False), d.cause_text(v), d.action_text(v, wrap=False), d.eng(v["eng"])
    header = ["序号", "单据编号", r.choice(["服务日期", "上门日期", "完工日期", "维修日期"]), r.choice(["委托单位", "客户名称", "报修单位"]),
              "产品名称", "机器型号", "机器序列号", "故障现象（客户描述）"]
    row = ["1", number, vd, d.cname(("hans",)), d.fam(), d.mdl(), d.sn(), fault]
    if cause:
        header.append("故障原因")
        row.append(cause)
    header += ["处理措施", "服务人员", "单据状态"]
    row += [action, eng, "已关闭"]
    rows = [["报表名称：服务工单明细表"], ["导出时间：" + exp_aw], ["查询条件：单据状态=已关闭"], [], header, row, ["合计：1条"]]
    d.rows = rows
    d.visit(v, vd, fault, cause, action, eng, number)
    d.path = "CRM导出/服务工单明细_%s.csv" % number
    x = r.random()
    d.encoding = "gb18030" if x < 0.55 else ("utf-8-sig" if x < 0.8 else "utf-8")
    d.crlf = r.random() < 0.6


@template("T05", "repair", "zh-Hans", ("cn",), 2.0, need="repair")
def t05(d, c, u, v):
    r = d.r
    st = wpick(r, [("cnwk", 3), ("cn", 2), ("iso", 1)])
    vd = fmt_date(v["date"], st)
    number = "%s%02d%02d%06d" % (fmt_date(v["date"], "compact"), r.randint(8, 17), r.randint(0, 59), r.randint(1, 999999))
    eng = d.eng(v["eng"])
    fault, cause, action = d.fault_text(v), d.cause_text(v), d.action_text(v)
    prev = add_days(v["date"], -1)
    lines = ["外出服务申请", "", "审批编号：" + number, "发起人：%s（技术服务部）" % eng, "所在部门：技术服务部",
             "审批状态：已通过", "", "服务类型：维修", "客户名称（报修单位）：" + d.cname(("hans",)),
             "设备型号：" + d.mdl(), "设备序列号：" + d.sn(), "上门日期：" + vd,
             "预计时长：%d小时" % v["dur"], "故障说明：" + fault]
    if cause:
        lines.append("原因：" + cause)
    lines += ["处理情况：" + action, "现场照片：[图片]", "", "审批流程",
              "%s 发起申请 %02d-%02d %02d:%02d" % (eng, prev.month, prev.day, r.randint(16, 19), r.randint(0, 59)),
              "何经理（主管） 已同意 %02d-%02d %02d:%02d" % (prev.month, prev.day, r.randint(19, 21), r.randint(0, 59)),
              "%s 已完成 %02d-%02d %s" % (eng, v["date"].month, v["date"].day, hm(v, v["dur"]))]
    d.text = "\n".join(lines) + "\n"
    d.visit(v, vd, fault, cause, action, eng, number)
    d.path = "钉钉审批导出/外出服务申请_%s.txt" % number
    d.crlf = r.random() < 0.3


@template("T06", "repair", "zh-Hant", ("tw",), 2.0, need="repair")
def t06(d, c, u, v):
    r = d.r
    d.fmt = "docx"
    vn, dept, tel = d.vendor()
    d.header = "%s　%s\n客服專線 %s" % (vn, dept, tel)
    st = d.style()
    vd = fmt_date(v["date"], st)
    roc = v["date"].year - 1911
    number = "%d%02d%02d-%02d" % (roc, v["date"].month, v["date"].day, v["seq"] % 30 + 1)
    call = "%s %s" % (vd, hm(v, -1, -r.randint(0, 40)))
    arr = "%s %s" % (vd, hm(v))
    done = "%s %s" % (vd, hm(v, v["dur"]))
    fault, cause, action, eng = d.fault_text(v), d.cause_text(v), d.action_text(v), d.eng(v["eng"])
    b = [("title", "叫修服務紀錄表"),
         ("tabs", ["叫修單號：" + number, "報修時間：" + call]),
         ("tabs", [r.choice(["機構名稱：", "客戶名稱：", "用戶名稱："]) + d.cname(("hant",)), "聯絡人：" + c["contact"]["zh"]]),
         ("tabs", ["儀器名稱：" + d.fam(), "型號：" + d.mdl()])]
    w = d.other("warranty_until", u["warranty_until"], fmt_date(u["warranty_until"], st))
    b.append(("tabs", [r.choice(["機身序號：", "序號：", "機號："]) + d.sn(), "保固期限：" + w]))
    b.append(("p", r.choice(["問題描述：", "故障情形："]) + fault))
    if cause:
        b.append(("p", "原因：" + cause))
    b.append(("p", r.choice(["處理過程：", "處理情形："]) + action))
    b.append(("tabs", ["技術員：" + eng, "到場時間：" + arr, "完修時間：" + done]))
    b.append(("p", "收費：" + ("保固內免費" if v["date"] <= u["warranty_until"] else "依報價單")))
    b.append(("p", "客戶簽章："))
    d.blocks = b
    d.visit(v, arr, fault, cause, action, eng, number)
    d.path = "台灣分公司/叫修單/%d年/%s.docx" % (roc, number)


@template("T07", "repair", "zh-Hant", ("hk",), 2.0, need="repair")
def t07(d, c, u, v):
    r = d.r
    as_pdf = r.random() < 0.5
    if as_pdf:
        d.fmt = "pdf"
    st = wpick(r, [("uk", 3), ("uk_nz", 2)])
    vd = fmt_date(v["date"], st)
    vn, ven, tel = d.vendor()
    number = "HK-%02d-%04d" % (v["date"].year % 100, v["seq"] * 61 % 10000)
    fault, cause, action, eng = d.fault_text(v), d.cause_text(v), d.action_text(v), d.eng(v["eng"])
    name = d.cname(("hant", "hant", "en", "bi"))
    rows = [("客戶 Customer", name), ("地址 Address", c["address"] if r.random() < 0.6 else c["address_en"]),
            ("日期 Date (DD/MM/YYYY)", vd), ("儀器 Instrument", d.fam()), ("型號 Model", d.mdl()),
            (r.choice(["機身編號 Serial No.", "序號 S/N"]), d.sn()), ("故障 Fault", fault)]
    if cause:
        rows.append(("原因 Cause", cause))
    rows += [("維修 Work Done", action), ("技術員 Technician", eng), ("客戶簽署 Customer Signature", "")]
    if as_pdf:
        d.header = "%s\n%s　Tel: %s" % (vn, ven, tel)
        d.blocks = [("title", "工作單 JOB SHEET"), ("right", "No. " + number)] + [("p", "%s：%s" % (k, x)) for k, x in rows]
        d.path = "HK/Job Sheets/%d/%s.pdf" % (v["date"].year, number)
    else:
        lines = [vn, ven, "", "工作單 JOB SHEET" + " " * 20 + "No. " + number, "-" * 48]
        lines += ["%s：%s" % (k, x) for k, x in rows]
        d.text = "\n".join(lines) + "\n"
        d.path = "HK/Job Sheets/%d/%s.txt" % (v["date"].year, number)
        d.crlf = r.random() < 0.5
    d.visit(v, vd, fault, cause, action, eng, number)


@template("T08", "repair", "en", ("cn", "tw", "hk"), 3.0, need="repair")
def t08(d, c, u, v):
    r = d.r
    d.fmt = "pdf"
    vn, dept, tel, dom = d.vendor()
    d.header = "%s — %s\nService hotline %s" % (vn, dept, tel)
    de = r.random() < 0.5
    st = "de" if de else d.style()
    vd = fmt_date(v["date"], st)
    number = "45%08d" % r.randint(100000, 99999999)
    addr = True
    name = d.en_or_bi(cityless=addr)
    fault, cause, action, eng = d.fault_text(v), d.cause_text(v), d.action_text(v), d.eng(v["eng"], label=True)
    dealer = {"cn": "Guangzhou Ruijian Medical Equipment Co., Ltd. (distributor)",
              "tw": "Lianke Instruments Co., Ltd. (distributor)",
              "hk": "Pacific Scientific Instruments (HK) Ltd. (distributor)"}[c["region"]]
    b = [("title", "FIELD SERVICE REPORT"), ("tabs", ["FSR No.: " + number, "Order type: Corrective maintenance"]),
         ("h", "Customer")]
    if r.random() < 0.5:
        b += [("p", r.choice(["Sold-to: ", "Bill-to: "]) + dealer),
              ("p", r.choice(["Ship-to / End customer: ", "End customer: ", "Site name: "]) + name)]
    else:
        b += [("p", r.choice(["Customer: ", "Institution: ", "Ship-to: "] + (["Hospital: "] if c["sector"] == "hospital" else [])) + name)]
    b.append(("p", "Address: " + c["address_en"]))
    b.append(("h", "Equipment"))
    b.append(("tabs", ["Instrument: " + d.Fam(), "Model: " + d.mdl(), r.choice(["S/N: ", "SN# ", "Serial No.: "]) + d.sn()]))
    unit = ("tabs", ["Installed: " + d.other("install", u["install_date"], fmt_date(u["install_date"], st)),
                     "Warranty end: " + d.other("warranty_until", u["warranty_until"], fmt_date(u["warranty_until"], st))])
    b.append(unit)
    b.append(("h", "Service"))
    b.append(("tabs", [r.choice(["Date attended: ", "Date of service: ", "Service date: "]) + vd,
                       r.choice(["Serviced by: CSE ", "Field engineer: ", "Serviced by: "]) + eng]))
    b.append(("p", r.choice(["Fault found: ", "Reported issue: ", "Complaint: "]) + fault))
    if cause:
        b.append(("p", "Root cause: " + cause))
    b.append(("p", r.choice(["Repair performed: ", "Corrective action: ", "Work done: ", "Service performed: "]) + action))
    b.append(("p", "Labour: %.1f h    Travel: %.1f h" % (v["dur"], r.choice([0.5, 1.0, 1.5]))))
    if r.random() < 0.5:
        f = add_months(v["date"], 6)
        b.append(("p", "Next PM due: " + d.other("follow_up", f, fmt_date(f, st))))
    if de:
        b.append(("p", "All dates DD.MM.YYYY."))
    b.append(("rule",))
    b.append(("tabs", ["Customer signature:", "Engineer signature:"]))
    d.blocks = b
    d.visit(v, vd, fault, cause, action, eng, number)
    d.path = "Service Reports/FSR/%d/FSR_%s.pdf" % (v["date"].year, number)


@template("T09", "repair", "en", ("cn", "tw", "hk"), 2.0, need="repair")
def t09(d, c, u, v):
    r = d.r
    vn, dept, tel, dom = d.vendor()
    number = "INC%07d" % r.randint(10000, 9999999)
    us = GROUP[u["family"]] == "it" and r.random() < 0.5
    if us:
        day = fmt_date(v["date"], "us")
        h0 = max(7, v["hour"] - 1)
        opened = "%s %d:%02d %s" % (day, h0 % 12 or 12, r.randint(0, 59), "AM" if h0 < 12 else "PM")
        onsite = "%s %d:%02d %s" % (day, v["hour"] % 12 or 12, v["minute"], "AM" if v["hour"] < 12 else "PM")
    else:
        iso = fmt_date(v["date"], "iso")
        opened = "%s %s:%02d" % (iso, hm(v, -1, -r.randint(0, 50)), r.randint(0, 59))
        onsite = "%s %s" % (iso, hm(v))
    sent = add_days(v["date"], r.choice([0, 0, 1, 2]))
    sent_aw = "%s, %d %s %d %02d:%02d:%02d +0800" % (WD3[sent.weekday()], sent.day, MON3[sent.month - 1], sent.year,
                                                      r.randint(17, 22) if sent == v["date"] else r.randint(8, 18),
                                                      r.randint(0, 59), r.randint(0, 59))
    if sent != v["date"]:
        d.other("report_printed", sent, "%d %s %d" % (sent.day, MON3[sent.month - 1], sent.year))
    name = d.en_or_bi()
    fault, cause, action, eng = d.fault_text(v, wrap=False), d.cause_text(v), d.action_text(v), d.eng(v["eng"], label=True)
    m, s = d.mdl(), d.sn()
    lines = ["From: %s Service Desk <servicedesk@%s>" % (vn.split()[0], dom), "To: %s" % c["contact"]["en"],
             "Date: " + sent_aw, "Subject: %s resolved - %s" % (number, m), "",
             "Incident %s has been resolved." % number, "",
             "Caller: " + c["contact"]["en"], "Company: " + name, "Configuration item: %s / S/N %s" % (m, s),
             "Short description: " + fault, "Opened: " + opened, "On-site: " + onsite,
             "Assigned to: " + eng, "Resolution code: Solved (Permanently)", "Resolution notes: " + action]
    if cause:
        lines.append("Cause: " + cause)
    if us:
        lines += ["", "All dates MM/DD/YYYY, local time of the site."]
    lines += ["", "If you believe this incident is not resolved, reply to this e-mail within 5 days to reopen it.",
              "", "-- ", "%s | %s | %s" % (vn, dept, tel)]
    d.text = "\n".join(lines) + "\n"
    d.visit(v, onsite, fault, cause, action, eng, number)
    d.path = "Mailbox/servicedesk/%s.txt" % number
    d.crlf = r.random() < 0.4


@template("T10", "repair", "en", ("cn", "tw", "hk"), 1.6, need="repair")
def t10(d, c, u, v):
    r = d.r
    vd = fmt_date(v["date"], "de")
    number = "%09d" % r.randint(300000000, 399999999)
    name = d.cname(("hans",) if c["region"] == "cn" else ("hant",), registered=True) if r.random() < 0.6 else d.cname(("en",), registered=True)
    fault, cause, action, eng = d.fault_text(v, wrap=False), d.cause_text(v), d.action_text(v, wrap=False), d.eng(v["eng"])
    header = ["Notification", "Notif.date", "Sold-to pt", "Name 1", "City", "Equipment", "Serial number", "Material",
              "Description", "Long text", "Completn", "Techn.", "User status"]
    city = c["city_pinyin"] if r.random() < 0.5 else (c["city"] if c["region"] == "cn" else c["city_pinyin"])
    row = [number, vd, "%d" % r.randint(100000, 199999), name, city, "%d" % r.randint(10000000, 19999999), d.sn(),
           d.mdl(), fault, action + ((". Cause: " + cause) if cause else ""), vd, eng, "NOCO"]
    d.rows = [header, row]
    d.visit(v, vd, fault, cause, action, eng, number)
    if r.random() < 0.4:
        d.fmt = "xlsx"
        d.path = "exports/SAP_IW29/IW29_%s.xlsx" % number
    else:
        d.fmt = "csv"
        d.path = "exports/SAP_IW29/IW29_%s.csv" % number
        d.encoding = "utf-8-sig" if r.random() < 0.5 else "utf-8"
        d.csv_delim = ";" if r.random() < 0.5 else ","


@template("T11", "repair", "zh-Hans", ("cn",), 1.6, need="repair", groups=("it",))
def t11(d, c, u, v):
    r = d.r
    d.fmt = "md"
    st = wpick(r, [("cn", 3), ("iso", 2), ("dot", 1)])
    vd = fmt_date(v["date"], st)
    occ = "%s %s" % (vd, hm(v, -1, -r.randint(10, 50)))
    fault, cause, action, eng = d.fault_text(v, wrap=False), d.cause_text(v), d.action_text(v, wrap=False), d.eng(v["eng"])
    name = d.cname(("hans",))
    number = "IT-FR-%d-%03d" % (v["date"].year, v["seq"] * 7 % 1000)
    loc = r.choice(["信息中心机房A区", "主机房2排", "灾备机房", "核心机房"])
    lines = ["# %s故障处理报告" % d.fam(), "", "报告编号：" + number, "",
             "## 一、事件概述", "", "- 发生时间：" + occ, "- 用户单位：" + name,
             "- 设备信息：%s，%s：%s，位置：%s" % (d.mdl(), r.choice(["SN", "序列号"]), d.sn(), loc),
             "- 影响范围：" + r.choice(["部分业务系统访问缓慢", "业务未中断，冗余链路运行", "夜间批处理作业延迟"]), "",
             "## 二、处理经过", "", "| 时间 | 事项 |", "|---|---|",
             "| %s | 值班人员发现：%s |" % (hm(v, -1), fault),
             "| %s | 工程师%s到达现场 |" % (hm(v), eng),
             "| %s | %s |" % (hm(v, 0, 35), action),
             "| %s | 业务恢复正常，用户确认 |" % hm(v, v["dur"]), ""]
    if cause:
        lines += ["## 三、原因分析", "", cause, "", "## 四、整改建议", ""]
    else:
        lines += ["## 三、整改建议", ""]
    lines += ["1. 加强日常巡检，关注硬件告警。", "2. 关键部件保持备件库存。", "",
              "报告人：%s　　%s" % (eng, vd)]
    d.text = "\n".join(lines) + "\n"
    d.visit(v, occ, fault, cause, action, eng, number)
    d.path = "运维文档/故障报告/%d/%s_%s.md" % (v["date"].year, number, short_name(c))


@template("T12", "repair", "zh-Hans", ("cn",), 1.6, need="repair", groups=("battery",))
def t12(d, c, u, v):
    r = d.r
    st = wpick(r, [("iso", 3), ("dot", 2), ("cn", 2)])
    vd = fmt_date(v["date"], st)
    fault, cause, action, eng = d.fault_text(v), d.cause_text(v), d.action_text(v), d.eng(v["eng"])
    site = r.choice(["1号变电所通信机房", "控制中心电源室", "数据中心电池间", "2号楼弱电间"])
    m = d.mdl()
    lines = ["%s 抢修记录" % d.fam(), "", "单位：" + d.cname(("hans",)), "站点/机房：" + site,
             "%s：%s" % ("电池组编号" if u["family"] == "vrla" else "设备序列号", d.sn()), "型号：" + m,
             "抢修日期：" + vd, "告警内容：" + fault, "", "现场测量："]
    lines.append("  序号    电压(V)    内阻(mΩ)")
    for k in range(1, r.randint(4, 7)):
        lines.append("  %-6d  %.3f      %.2f" % (k, r.uniform(2.18, 2.26) if u["family"] == "vrla" else r.uniform(3.28, 3.34),
                                                 r.uniform(0.35, 0.9)))
    lines.append("")
    if cause:
        lines.append("原因：" + cause)
    lines += ["处理措施：" + action, "抢修人员：%s    配合人员：值班员%s" % (eng, r.choice(["田明", "袁强", "董丽"]))]
    d.text = "\n".join(lines) + "\n"
    d.visit(v, vd, fault, cause, action, eng)
    d.path = "动力运维/抢修记录/%s_%s_%s.txt" % (short_name(c), safe(u["serial"]), fmt_date(v["date"], "compact"))
    d.encoding = "gb18030" if r.random() < 0.2 else "utf-8"
    d.crlf = r.random() < 0.5


PM_ITEMS = {
    "lab": [("外观及台面清洁", "Exterior and work surface cleaning"), ("加样系统检查", "Sampling system check"),
            ("温控系统检查", "Temperature control check"), ("光路/检测系统检查", "Optics / detection check"),
            ("液路及管路检查", "Fluidics and tubing check"), ("软件及数据备份", "Software and data backup")],
    "it": [("硬件告警灯检查", "Hardware status LEDs"), ("电源冗余检查", "Power redundancy"),
           ("风扇状态检查", "Fan status"), ("磁盘/阵列状态", "Disk and array status"),
           ("系统日志检查", "System log review"), ("固件版本核对", "Firmware level check")],
    "battery": [("外观检查（鼓胀、漏液）", "Visual check (swelling, leaks)"), ("连接紧固检查", "Connection torque check"),
                ("浮充电压测量", "Float voltage measurement"), ("单体电压测量", "Cell voltage measurement"),
                ("内阻测试", "Internal resistance test"), ("环境温度记录", "Ambient temperature")],
}


@template("T43", "repair", "zh-Hans", ("cn",), 1.6, need="repair")
def t43(d, c, u, v):
    r = d.r
    st = wpick(r, [("dot", 3), ("cnhao", 2), ("slash", 1), ("cn", 1)])
    vd = fmt_date(v["date"], st)
    eng = d.eng(v["eng"])
    fault, cause, action = d.fault_text(v, wrap=False), d.cause_text(v), d.action_text(v)
    lines = [r.choice(["【维修完成】", "【完工反馈】", "【售后日报】"]), "客户：" + d.cname(("hans",)),
             "设备：%s（%s%s）" % (d.mdl(), r.choice(["SN：", "SN#", "S/N:", "出厂编号"]), d.sn()),
             "时间：%s %s" % (vd, "上午" if v["hour"] < 12 else "下午"), "问题：" + fault]
    if cause:
        lines.append("原因：" + cause)
    lines += ["处理：" + action, "状态：" + r.choice(["已恢复使用，客户已签字", "已恢复，继续观察", "正常"]),
              "@%s 请知悉" % c["contact"]["zh"] if r.random() < 0.5 else "", "——" + eng]
    d.text = "\n".join(x for x in lines if x) + "\n"
    d.visit(v, vd, fault, cause, action, eng)
    d.path = "微信群记录/售后服务群/%d-%02d/%s_%s.txt" % (v["date"].year, v["date"].month, short_name(c), d.i)


@template("T13", "service_report", "zh-Hans", ("cn",), 2.0, need="install")
def t13(d, c, u, v):
    r = d.r
    d.fmt = "docx"
    vn, dept, tel = d.vendor()
    d.header = "%s\n%s" % (vn, dept)
    st = d.style()
    vd = fmt_date(v["date"], st)
    eng = d.eng(v["eng"])
    action = d.action_text(v)
    years = (u["warranty_until"] - u["install_date"]).days // 365 + 1
    pur = d.other("purchase", u["purchase_date"], fmt_date(u["purchase_date"], st))
    rows = [[r.choice(["用户名称", "使用单位", "客户全称"]), d.cname(("hans",))], ["设备名称", d.fam()], ["规格型号", d.mdl()],
            [r.choice(["出厂编号", "机身号", "序列号"]), d.sn()], ["购置日期", pur], ["安装日期", vd], ["验收日期", vd]]
    w = d.other("warranty_until", u["warranty_until"], fmt_date(u["warranty_until"], st))
    rows.append(["保修期限", "自验收之日起%d年，至%s止" % (years, w)])
    rows.append(["安装工程师", eng])
    checks = [["序号", "验收项目", "结果"]] + [[str(k + 1), x, "✓"] for k, x in enumerate(
        ["外包装及设备外观完好", "随机附件及资料齐全", "通电自检通过", "性能验证符合要求", "操作人员培训完成"])]
    d.blocks = [("title", "设备安装验收报告"), ("table", rows), ("h", "验收项目"), ("table", checks, True),
                ("p", "安装情况：" + action), ("p", "验收结论：设备安装调试完毕，各项性能指标符合要求，同意验收。"),
                ("tabs", ["用户签字：", "工程师签字："])]
    d.visit(v, vd, None, None, action, eng)
    d.path = "装机资料/%s/%s_验收报告.docx" % (short_name(c), safe(u["serial"]))


@template("T14", "service_report", "zh-Hans", ("cn",), 2.5, need="pm")
def t14(d, c, u, v):
    r = d.r
    d.fmt = "pdf"
    vn, dept, tel = d.vendor()
    d.header = "%s　%s" % (vn, dept)
    g = GROUP[u["family"]]
    st = d.style()
    vd = fmt_date(v["date"], st)
    eng = d.eng(v["eng"])
    action = d.action_text(v)
    word = "巡检" if g != "lab" else "保养"
    number = "PM%02d%02d-%03d" % (v["date"].year % 100, v["date"].month, v["seq"])
    addr = r.random() < 0.4
    b = [("title", "预防性维护（PM）报告" if g == "lab" else "设备巡检报告"),
         ("tabs", ["报告编号：" + number, "%s日期：%s" % (word, vd)]),
         ("tabs", ["客户：" + d.cname(("hans",), cityless=addr), "设备：%s %s" % (d.fam(), d.mdl())])]
    if addr:
        b.append(("p", "地址：" + c["address"]))
    b.append(("tabs", [r.choice(["序列号：", "SN：", "出厂编号："]) + d.sn(), "资产编号：" + u["asset"]]))
    rows = [["序号", "检查项目", "结果", "备注"]] + [[str(k + 1), it[0], "✓ 正常", ""] for k, it in enumerate(PM_ITEMS[g])]
    b.append(("table", rows, True))
    b.append(("p", "%s结论：%s" % (word, action)))
    f = add_months(v["date"], FAMILIES[u["family"]][3])
    b.append(("p", "下次%s日期：%s" % (word, d.other("follow_up", f, fmt_date(f, st)))))
    b.append(("tabs", ["%s工程师：%s" % (word, eng), "用户确认："]))
    d.blocks = b
    d.visit(v, vd, None, None, action, eng, number)
    d.path = "售后服务部/PM报告/%d/%s_%s.pdf" % (v["date"].year, number, safe(u["serial"]))


@template("T15", "service_report", "en", ("cn", "tw", "hk"), 1.8, need="calibration")
def t15(d, c, u, v):
    r = d.r
    d.fmt = "pdf"
    vn, dept, tel, dom = d.vendor()
    d.header = "%s\n%s  ·  %s" % (vn, dept, tel)
    st = d.style()
    vd = fmt_date(v["date"], st)
    eng = d.eng(v["eng"])
    action = d.action_text(v)
    number = "CAL-%02d-%04d" % (v["date"].year % 100, v["seq"] * 83 % 10000)
    f = add_days(add_months(v["date"], 12), -1)
    b = [("title", "CERTIFICATE OF CALIBRATION"), ("tabs", ["Certificate No.: " + number, "Page 1 of 1"]),
         ("p", "Customer: " + d.en_or_bi(cityless=True)), ("p", "Address: " + c["address_en"]),
         ("tabs", ["Instrument: " + d.Fam(), "Model: " + d.mdl(), "Serial No.: " + d.sn()]),
         ("tabs", ["Date of calibration: " + vd, "Next calibration due: " + d.other("follow_up", f, fmt_date(f, st))])]
    rows = [["Parameter", "Nominal", "Measured", "Tolerance", "Result"],
            ["Incubation temperature", "37.0 °C", "%.1f °C" % r.uniform(36.8, 37.2), "±0.3 °C", "Pass"],
            ["Pipetting volume", "10.0 µL", "%.2f µL" % r.uniform(9.9, 10.1), "±2 %", "Pass"],
            ["Photometric linearity", "—", "r = 0.99%d" % r.randint(5, 9), "≥ 0.995", "Pass"]]
    b += [("table", rows, True), ("p", "Statement: " + action + "."),
          ("p", "Reference standards are traceable to national standards."),
          ("tabs", ["Calibrated by: " + eng, "Approved by: Quality Manager"])]
    d.blocks = b
    d.visit(v, vd, None, None, action, eng, number)
    d.path = "Service Reports/Calibration/%d/%s.pdf" % (v["date"].year, number)


@template("T16", "service_report", "en", ("cn", "tw", "hk"), 2.2, need="service")
def t16(d, c, u, v):
    r = d.r
    vn, dept, tel, dom = d.vendor()
    eng = d.eng(v["eng"])
    cont = c["contact"]["en"]
    sent1 = add_days(v["date"], r.choice([0, 0, 0, 1]))
    sent2 = add_days(sent1, r.choice([0, 1, 1, 2, 4]))
    st = d.style()
    vd = fmt_date(v["date"], st)
    q_hdr = "On %s, %d %s %d at %02d:%02d, %s <service@%s> wrote:" % (
        WD3[sent1.weekday()], sent1.day, MON3[sent1.month - 1], sent1.year, r.randint(17, 21), r.randint(0, 59), eng, dom)
    top_date = "%s, %d %s %d %02d:%02d:%02d +0800" % (WD3[sent2.weekday()], sent2.day, MON3[sent2.month - 1], sent2.year,
                                                        r.randint(8, 17), r.randint(0, 59), r.randint(0, 59))
    for dd in (sent1, sent2):
        aw = "%d %s %d" % (dd.day, MON3[dd.month - 1], dd.year)
        if dd != v["date"] and not any(o["as_written"] == aw for o in d.t["other_dates"]):
            d.other("report_printed", dd, aw)
    name = d.en_or_bi()
    fault, cause, action = d.fault_text(v), d.cause_text(v), d.action_text(v)
    summary = ["Dear %s," % cont, "", "Please find below the summary of %s visit to %s." %
               ("today's" if sent1 == v["date"] else "the", name), "",
               "Date of visit: " + vd, "Instrument: %s, S/N %s" % (d.mdl(), d.sn())]
    if fault:
        summary.append("Reported issue: " + fault)
    if cause:
        summary.append("Findings: " + cause)
    summary.append("Work performed: " + action)
    summary += ["", "Best regards,", eng, "%s | %s" % (vn, tel)]
    lines = ["From: %s <%s@%s>" % (cont, cont.split()[-1].lower(), "customer-mail.cn" if c["region"] == "cn" else "mail.example.org"),
             "To: %s <service@%s>" % (eng, dom), "Cc: service-desk@%s" % dom, "Date: " + top_date,
             "Subject: Re: Service visit summary – %s" % u["model"], "",
             "Hi %s," % eng, "",
             r.choice(["Thanks, noted. The instrument has been running fine since your visit.",
                       "Thank you. We will keep an eye on it and let you know if the problem comes back.",
                       "Received with thanks. Please send the signed service report for our records."]),
             "", "Regards,", cont, "", q_hdr]
    lines += [("> " + x) if x else ">" for x in summary]
    d.text = "\n".join(lines) + "\n"
    d.visit(v, vd, fault, cause, action, eng)
    d.path = "Mailbox/%s/Re_ Service visit summary %s %s.txt" % (safe(short_name(c, "en")), safe(u["model"]), fmt_date(sent2, "iso"))
    d.crlf = r.random() < 0.5


@template("T17", "service_report", "zh-Hant", ("tw",), 2.0, need="pm")
def t17(d, c, u, v):
    r = d.r
    vn, dept, tel = d.vendor()
    st = d.style()
    vd = fmt_date(v["date"], st)
    eng = d.eng(v["eng"])
    action = d.action_text(v)
    roc = v["date"].year - 1911
    number = "PM%d%02d%02d-%d" % (roc, v["date"].month, v["date"].day, v["seq"] % 9 + 1)
    f = add_months(v["date"], FAMILIES[u["family"]][3])
    g = GROUP[u["family"]]
    items = {"lab": "1.外觀清潔 2.管路檢查 3.溫度校正 4.軟體備份", "it": "1.硬體燈號 2.電源備援 3.風扇 4.磁碟陣列 5.日誌",
             "battery": "1.外觀 2.端子鎖固 3.浮充電壓 4.單電池電壓 5.內阻"}[g]
    pairs = [("保養單號", number), ("客戶名稱", d.cname(("hant",))), ("儀器名稱", d.fam()), ("型　　號", d.mdl()),
             ("序　　號", d.sn()), ("保養日期", vd), ("保養項目", items), ("保養結果", action), ("異常說明", "無"),
             ("下次保養", d.other("follow_up", f, fmt_date(f, st))), ("保養人員", eng), ("客戶簽認", "")]
    lines = ["　　　　%s　定期保養紀錄" % vn, ""] + ["%s　：%s" % (k, x) for k, x in pairs]
    d.text = "\n".join(lines) + "\n"
    d.visit(v, vd, None, None, action, eng, number)
    d.path = "台灣分公司/定期保養/%d年/%s.txt" % (roc, number)
    d.crlf = r.random() < 0.6
    if r.random() < 0.35:
        d.encoding = "big5"


@template("T18", "service_report", "zh-Hans", ("cn",), 1.5, need="service", groups=("it",))
def t18(d, c, u, v):
    r = d.r
    d.fmt = "md"
    st = wpick(r, [("cnwk", 3), ("cn", 1), ("iso", 1)])
    vd = fmt_date(v["date"], st)
    eng = d.eng(v["eng"])
    fault, cause, action = d.fault_text(v, wrap=False), d.cause_text(v), d.action_text(v, wrap=False)
    what = fault if fault else "对%s进行例行巡检" % d.fam()
    lines = ["# 驻场值守日报", "", "- 值守单位：" + d.cname(("hans",)), "- 值守日期：" + vd, "- 值守工程师：" + eng, "",
             "| 序号 | 时间 | 工作内容 | 涉及设备 | 处理结果 |", "|---|---|---|---|---|",
             "| 1 | 08:30 | 机房例行巡视，温湿度正常 | — | 正常 |",
             "| 2 | %s | %s | %s（SN：%s） | %s |" % (hm(v), what, d.mdl(), d.sn(), action),
             "| 3 | 15:%02d | 协助用户处理办公电脑打印问题 | — | 已解决 |" % r.randint(0, 59), ""]
    if cause:
        lines += ["**原因分析**：" + cause, ""]
    lines += ["**遗留问题**：无", "", "**明日计划**：继续跟踪%s运行状态" % u["model"]]
    d.text = "\n".join(lines) + "\n"
    d.visit(v, vd, fault, cause, action, eng)
    d.path = "驻场/%s/值守日报_%s.md" % (short_name(c), fmt_date(v["date"], "iso"))


@template("T19", "service_report", "zh-Hans", ("cn",), 1.8, need="service")
def t19(d, c, u, v):
    r = d.r
    st = d.style()
    vd = fmt_date(v["date"], st)
    eng = d.eng(v["eng"])
    fault, action = d.fault_text(v, wrap=False), d.action_text(v, wrap=False)
    f = add_days(v["date"], r.randint(2, 7))
    number = "HF%02d%02d%03d" % (v["date"].year % 100, v["date"].month, v["seq"] * 3 % 1000)
    lines = ["客户服务回访记录表", "", "回访编号：" + number, "客户名称：" + d.cname(("hans",)),
             "联系人：%s　电话：%s" % (c["contact"]["zh"], c["phone"]), "设备：%s（%s）" % (d.mdl(), d.sn()),
             "服务工程师：" + eng, "服务日期：" + vd]
    if fault:
        lines.append("故障现象：" + fault)
    lines += ["服务内容：" + action, "回访日期：" + d.other("follow_up", f, fmt_date(f, st)), "回访方式：电话",
              "回访人：客服" + r.choice(COORDINATORS),
              "满意度：" + checkbox(["非常满意", "满意", "一般", "不满意"], r.choice(["非常满意", "满意", "满意"])),
              "客户意见：" + r.choice(["工程师响应及时，问题已解决。", "无", "希望备件到货再快一些。"])]
    d.text = "\n".join(lines) + "\n"
    d.visit(v, vd, fault, None, action, eng, number)
    d.path = "客服中心/回访记录/%d/%s.txt" % (v["date"].year, number)
    d.encoding = "gb18030" if r.random() < 0.25 else "utf-8"
    d.crlf = r.random() < 0.4


@template("T20", "service_report", "en", ("cn", "tw", "hk"), 1.6, need="service", groups=("battery",))
def t20(d, c, u, v):
    r = d.r
    d.fmt = "md"
    vn, dept, tel, dom = d.vendor()
    uk = r.random() < 0.4
    st = "uk" if uk else d.style()
    vd = fmt_date(v["date"], st)
    eng = d.eng(v["eng"])
    fault, cause, action = d.fault_text(v), d.cause_text(v), d.action_text(v)
    name = d.en_or_bi(cityless=True)
    front = ["---", "title: Battery system site visit", "site: \"%s\"" % name, "address: \"%s\"" % c["address_en"],
             "date_attended: \"%s\"" % vd, "engineer: \"%s\"" % eng, "system: \"%s %s\"" % (d.Fam(), d.mdl()),
             "serial: \"%s\"" % d.sn()]
    if r.random() < 0.5:
        front.append("commissioned: \"%s\"" % d.other("install", u["install_date"], fmt_date(u["install_date"], st)))
    if uk:
        front.append("date_format: DD/MM/YYYY")
    front.append("---")
    lines = front + ["", "## Readings", "", "| String | Float V | Cells below limit | Max IR (mΩ) |", "|---|---|---|---|"]
    for k in range(1, r.randint(2, 4)):
        lines.append("| %d | %.1f | %d | %.2f |" % (k, r.uniform(53.6, 54.6), r.choice([0, 0, 1]), r.uniform(0.4, 0.9)))
    lines += ["", "## Findings", "", fault if fault else "No abnormality found.", ""]
    if cause:
        lines += ["Cause: " + cause, ""]
    lines += ["## Work carried out", "", action, ""]
    f = add_months(v["date"], FAMILIES[u["family"]][3])
    lines += ["## Recommendations", "", "Next inspection due %s." % d.other("follow_up", f, fmt_date(f, st))]
    d.text = "\n".join(lines) + "\n"
    d.visit(v, vd, fault, cause, action, eng)
    d.path = "Field Service/Battery/%d/%s_%s.md" % (v["date"].year, safe(u["serial"]), fmt_date(v["date"], "iso"))


@template("T21", "service_report", "zh-Hant", ("hk",), 1.8, need="service")
def t21(d, c, u, v):
    r = d.r
    d.fmt = "pdf"
    vn, ven, tel = d.vendor()
    d.header = "%s\n%s　電話 Tel：%s" % (vn, ven, tel)
    marker = r.random() < 0.6
    st = wpick(r, [("uk", 3), ("uk_nz", 1)]) if marker else wpick(r, [("cn", 3), ("iso", 1)])
    vd = fmt_date(v["date"], st)
    eng = d.eng(v["eng"])
    fault, cause, action = d.fault_text(v), d.cause_text(v), d.action_text(v)
    number = "SR%02d%05d" % (v["date"].year % 100, v["seq"] * 97 % 100000)
    kindw = {"repair": "維修 Repair", "pm": "保養 Maintenance", "calibration": "校準 Calibration",
             "upgrade": "升級 Upgrade", "relocation": "搬遷 Relocation"}[v["type"]]
    rows = [["項目 Item", "內容 Details"], ["報告編號 Report No.", number],
            ["客戶 Customer", d.cname(("hant", "hant", "bi"))],
            ["日期 Date (DD/MM/YYYY)" if marker else "日期 Date", vd], ["服務類別 Type", kindw],
            ["儀器 / 型號 Model", "%s / %s" % (d.fam(), d.mdl())], ["機身編號 S/N", d.sn()]]
    if fault:
        rows.append(["問題描述 Problem", fault])
    if cause:
        rows.append(["原因 Cause", cause])
    rows += [["處理 Action taken", action], ["工程師 Engineer", eng]]
    d.blocks = [("title", "服務報告 SERVICE REPORT"), ("table", rows, True),
                ("p", "客戶簽署 Customer signature：______________")]
    d.visit(v, vd, fault, cause, action, eng, number)
    d.path = "HK/Service Reports/%d/%s.pdf" % (v["date"].year, number)


@template("T22", "service_report", "zh-Hans", ("cn",), 2.6, need="service")
def t22(d, c, u, v):
    r = d.r
    d.fmt = "docx"
    vn, dept, tel = d.vendor()
    d.header = "%s\n%s　%s" % (vn, dept, tel)
    st = d.style()
    vd = fmt_date(v["date"], st)
    eng = d.eng(v["eng"])
    fault, cause, action = d.fault_text(v), d.cause_text(v), d.action_text(v)
    number = "%07d" % r.randint(20000, 990000)
    typ = {"repair": "维修", "pm": "保养", "calibration": "校准", "upgrade": "其他", "relocation": "其他"}[v["type"]]
    content = []
    if fault:
        content.append("故障现象：" + fault)
    if cause:
        content.append("原因：" + cause)
    content.append(("处理方法：" if fault else "") + action)
    rows = [["服务类型", checkbox(["维修", "保养", "安装", "校准", "其他"], typ)],
            [r.choice(["用户名称", "客户名称", "使用单位"]), d.cname(("hans",))], ["设备/型号", "%s / %s" % (d.fam(), d.mdl())],
            [r.choice(["机身号", "出厂编号", "仪器编号"]), d.sn()], [r.choice(["服务日期", "到场日期"]), vd], ["服务内容", "\n".join(content)],
            ["服务结果", checkbox(["完成", "未完成"], "完成")], ["工程师", eng], ["用户评价", checkbox(["满意", "一般", "不满意"], "满意")]]
    if r.random() < 0.3:
        rows.insert(4, ["保修截止", d.other("warranty_until", u["warranty_until"], fmt_date(u["warranty_until"], st))])
    d.blocks = [("title", "技术服务单"), ("right", "№ " + number), ("table", rows), ("tabs", ["用户签字：", "日期："])]
    d.visit(v, vd, fault, cause, action, eng, number)
    d.path = "售后服务部/技术服务单/%d/%s_%s.docx" % (v["date"].year, number, short_name(c))


def comp_visit(comp, u):
    """the complaint's site visit, or a stand-in carrying its fault for a complaint settled remotely"""
    if comp["visit"] is not None:
        return comp["visit"]
    return dict(unit=u["serial"], fault=comp["fault"], cause=False, type="repair", eng=comp["handler"])


def complaint_truth(d, comp, u, rec_aw, fault, cause, action, handler_aw, number, visit_aw=None, visit_eng_aw=None):
    d.t["visit_date"] = comp["received"].isoformat()
    d.t["visit_date_as_written"] = rec_aw
    d.t.update(fault=fault, cause=cause, action=action, engineer=handler_aw, engineer_id=comp["handler"], number=number)
    if comp["visit"] is not None:
        v = comp["visit"]
        d.visit(v, visit_aw, fault, cause, action, visit_eng_aw, number, top=False)


@template("T23", "complaint", "zh-Hans", ("cn",), 2.0, need="complaint")
def t23(d, c, u, comp):
    r = d.r
    v = comp_visit(comp, u)
    st = wpick(r, [("cn", 4), ("cnnum", 2), ("cn0", 1)])
    rec_aw = fmt_date(comp["received"], st)
    vn = VENDOR_CN[GROUP[u["family"]]][0]
    fault = d.fault_text(v, wrap=False)
    sig = d.cname(("hans",), registered=r.random() < 0.6)
    we = "我科" if c["department"] and c["department"].endswith("科") else "我单位"
    body = ("    %s于%d年购置贵司%s一台（型号：%s，出厂编号：%s），近期出现%s等问题，已影响%s日常工作。"
            "经多次电话联系，问题仍未彻底解决。现致函贵司，请于收函后三个工作日内派工程师到现场处理，并给予书面答复。"
            % (we, u["purchase_date"].year, d.fam(), d.mdl(), d.sn(), fault, we))
    lines = ["关于%s故障问题的函" % d.fam(), "", "%s：" % vn, "", body, "",
             "    联系人：%s，电话：%s" % (c["contact"]["full"], c["phone"]), "",
             " " * 30 + sig + "（盖章）", " " * 30 + rec_aw, "", "-" * 40, "处理意见（售后服务部填写）："]
    handler = d.eng(comp["handler"])
    number = "KS%02d%03d" % (comp["received"].year % 100, comp["seq"] * 11 % 1000)
    if comp["visit"] is not None:
        vst = wpick(r, [("cn", 3), ("iso", 1)])
        vaw = fmt_date(v["date"], vst)
        veng = handler if v["eng"] == comp["handler"] else d.eng(v["eng"])
        cause, action = d.cause_text(v), d.action_text(v)
        lines.append("已安排%s于%s到现场处理，%s。" % (veng, vaw, action))
        if cause:
            lines.append("原因：" + cause)
        lines.append("客诉编号：%s　　经办人：%s" % (number, handler))
        complaint_truth(d, comp, u, rec_aw, fault, cause, action, handler, number, vaw, veng)
    else:
        action = d.remote_action(comp)
        lines.append("收函当日电话联系科室，%s。" % action)
        lines.append("客诉编号：%s　　经办人：%s" % (number, handler))
        complaint_truth(d, comp, u, rec_aw, fault, None, action, handler, number)
    d.text = "\n".join(lines) + "\n"
    d.path = "客服中心/客户来函/%d/%s_%s.txt" % (comp["received"].year, number, short_name(c))
    d.encoding = "gb18030" if r.random() < 0.3 else "utf-8"
    d.crlf = r.random() < 0.5


@template("T24", "complaint", "en", ("cn", "tw", "hk"), 2.0, need="complaint")
def t24(d, c, u, comp):
    r = d.r
    d.fmt = "pdf"
    v = comp_visit(comp, u)
    vn, dept, tel, dom = d.vendor()
    d.header = "%s\n%s" % (vn, dept)
    st = d.style()
    rec_aw = fmt_date(comp["received"], st)
    last = comp["visit"]["date"] if comp["visit"] is not None else comp["received"]
    letter = add_days(last, r.randint(1, 8))
    letter_aw = d.other("report_printed", letter, fmt_date(letter, st))
    number = "CC-%02d-%04d" % (comp["received"].year % 100, comp["seq"] * 131 % 10000)
    name = d.en_or_bi(cityless=True)
    fault = d.fault_text(v, wrap=False)
    handler = d.eng(comp["handler"])
    cont = c["contact"]["en"]
    b = [("right", letter_aw), ("p", name), ("p", c["address_en"]), ("p", "Attn: " + cont), ("blank",),
         ("p", "Our ref.: " + number),
         ("pb", [("Re: Your complaint of %s concerning the %s (S/N %s)" % (rec_aw, d.mdl(), d.sn()), True)]), ("blank",),
         ("p", "Dear %s," % cont), ("blank",),
         ("p", "Thank you for informing us of the following issue with your %s: %s." % (d.fam(), fault))]
    if comp["visit"] is not None:
        vaw = fmt_date(v["date"], st)
        veng = handler if v["eng"] == comp["handler"] else d.eng(v["eng"])
        cause, action = d.cause_text(v), d.action_text(v)
        b.append(("p", "Our field service engineer %s attended on %s." % (veng, vaw)))
        if cause:
            b.append(("p", "Root cause: %s." % cause))
        b.append(("p", "Corrective action: %s." % action))
        if veng != handler:
            b.append(("p", "Your case was handled by %s of our customer care team." % handler))
        complaint_truth(d, comp, u, rec_aw, fault, cause, action, handler, number, vaw, veng)
    else:
        action = d.remote_action(comp)
        b.append(("p", "Our specialist %s contacted your team the same day. %s." % (handler, action)))
        complaint_truth(d, comp, u, rec_aw, fault, None, action, handler, number)
    b += [("p", "We apologise for the inconvenience and will follow up on the instrument's performance."), ("blank",),
          ("p", "Yours sincerely,"), ("blank",), ("p", "Claudia Hoffmann"), ("p", "Customer Care Manager, " + vn)]
    d.blocks = b
    d.path = "Customer Care/Complaints/%d/%s.pdf" % (comp["received"].year, number)


@template("T25", "complaint", "zh-Hant", ("tw",), 1.6, need="complaint")
def t25(d, c, u, comp):
    r = d.r
    d.fmt = "docx"
    v = comp_visit(comp, u)
    vn, dept, tel = d.vendor()
    d.header = "%s　%s" % (vn, dept)
    st = d.style()
    rec_aw = fmt_date(comp["received"], st)
    last = comp["visit"]["date"] if comp["visit"] is not None else comp["received"]
    meet = weekday_shift(add_days(last, r.randint(2, 10)), r)
    handler = d.eng(comp["handler"])
    fault = d.fault_text(v)
    number = "CS%d%02d-%02d" % (comp["received"].year - 1911, comp["received"].month, comp["seq"] % 40 + 1)
    b = [("title", "客訴檢討會議紀錄"),
         ("tabs", ["會議日期：" + d.other("report_printed", meet, fmt_date(meet, st)), "地點：本公司三樓會議室"]),
         ("p", "出席人員：服務處何經理、%s、品保江專員" % handler), ("p", "紀錄：江專員"),
         ("h", "一、客訴內容"),
         ("p", "客訴編號：%s；客戶：%s；客訴日期：%s" % (number, d.cname(("hant",)), rec_aw)),
         ("p", "機型：%s；機身序號：%s" % (d.mdl(), d.sn())), ("p", "問題描述：" + fault), ("h", "二、處理經過")]
    if comp["visit"] is not None:
        vaw = fmt_date(v["date"], st)
        veng = handler if v["eng"] == comp["handler"] else d.eng(v["eng"])
        cause, action = d.cause_text(v), d.action_text(v)
        b.append(("p", "%s由%s到場處理：%s。" % (vaw, veng, action)))
        b.append(("h", "三、原因分析"))
        b.append(("p", cause if cause else "待原廠分析。"))
        complaint_truth(d, comp, u, rec_aw, fault, cause, action, handler, number, vaw, veng)
    else:
        action = d.remote_action(comp)
        b.append(("p", "由%s電話指導處理：%s。" % (handler, action)))
        b.append(("h", "三、原因分析"))
        b.append(("p", "待原廠分析。"))
        complaint_truth(d, comp, u, rec_aw, fault, None, action, handler, number)
    b += [("h", "四、決議事項"), ("p", "1. 相同機型列入下次定期保養重點檢查項目。"), ("p", "2. 一週內由客服電話回訪客戶。")]
    d.blocks = b
    d.path = "台灣分公司/客訴/%s_會議紀錄.docx" % number


CHAT_OPEN = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."


@template("T26", "complaint", "en", ("hk",), 2.0, need="complaint")
def t26(d, c, u, comp):
    r = d.r
    v = comp_visit(comp, u)
    cont = c["contact"]["en"]
    handler = wpick(r, [(x, w) for x, w in engineer_forms(comp["handler"], "en") if "," not in x])
    name = d.en_or_bi()
    st = "uk" if r.random() < 0.8 else "uk_nz"
    R = comp["received"]

    def ts(day, h, m):
        return "%s, %02d:%02d" % (fmt_date(day, st), h, m)

    fault = d.fault_text(v, wrap=False)
    h0 = r.randint(8, 10)
    lines = ["%s - %s" % (ts(R, h0, 0), CHAT_OPEN),
             "%s - %s created group \"%s – service\"" % (ts(R, h0, 1), cont, name),
             "%s - %s added %s" % (ts(R, h0, 1), cont, handler),
             "%s - %s: Hi %s, our %s (%s) shows this since this morning: %s" % (ts(R, h0, 3), cont, handler.split()[0], d.fam(), d.mdl(), fault),
             "%s - %s: Noted. Can you send me the serial number?" % (ts(R, h0, 9), handler),
             "%s - %s: %s" % (ts(R, h0, 12), cont, d.sn()),
             "%s - %s: <Media omitted>" % (ts(R, h0, 12), cont)]
    number = None
    if comp["visit"] is not None:
        V = v["date"]
        veng = handler if v["eng"] == comp["handler"] else wpick(r, [(x, w) for x, w in engineer_forms(v["eng"], "en") if "," not in x])
        cause, action = d.cause_text(v), d.action_text(v, wrap=False)
        if V != R:
            lines.append("%s - %s: We will send an engineer %s." % (ts(R, h0, 20), handler, "tomorrow morning" if (V - R).days == 1 else "as soon as possible"))
        lines.append("%s - %s: On site now" % (ts(V, v["hour"], v["minute"]), veng))
        if cause:
            lines.append("%s - %s: Found it. %s" % (ts(V, v["hour"] + 1, 5), veng, cause))
        g = GROUP[u["family"]]
        lines.append("%s - %s: Done. %s. %s" % (ts(V, v["hour"] + 1, 40), veng, action,
                                                 {"lab": "Please run QC again.", "it": "Please check your applications.",
                                                  "battery": "Please keep an eye on the alarm panel."}[g]))
        lines.append("%s - %s: %s" % (ts(V, v["hour"] + 2, 2), cont, "QC ok now, thanks!" if g == "lab" else "All good now, thanks!"))
        complaint_truth(d, comp, u, fmt_date(R, st), fault, cause, action, handler, number, fmt_date(V, st), veng)
    else:
        action = d.remote_action(comp)
        lines.append("%s - %s: %s" % (ts(R, h0 + 1, 15), handler, action))
        lines.append("%s - %s: Working now. Thanks a lot" % (ts(R, h0 + 2, 30), cont))
        complaint_truth(d, comp, u, fmt_date(R, st), fault, None, action, handler, number)
    d.text = "\n".join(lines) + "\n"
    d.t["date_ambiguous"] = ambiguous(d.text, d.t["visit_date_as_written"])
    d.path = "HK/WhatsApp exports/WhatsApp Chat with %s – service %d.txt" % (safe(short_name(c, "en")), d.i)


@template("T27", "complaint", "zh-Hans", ("cn",), 1.8, need="complaint", groups=("lab",))
def t27(d, c, u, comp):
    r = d.r
    d.fmt = "md"
    v = comp_visit(comp, u)
    st = d.style()
    rec_aw = fmt_date(comp["received"], st)
    number = "QF-%02d-%04d" % (comp["received"].year % 100, comp["seq"] * 29 % 10000)
    fault = d.fault_text(v)
    handler = d.eng(comp["handler"])
    lot = "%d%02d%03d" % (r.randint(3, 9), r.randint(1, 12), r.randint(1, 999))
    lines = ["# 产品质量信息反馈单", "", "【反馈编号】" + number, "【反馈日期】" + rec_aw, "【反馈单位】" + d.cname(("hans",)),
             "【联系人】%s %s" % (c["contact"]["zh"], c["phone"]), "【产品名称】%s　【型号】%s　【仪器编号】%s" % (d.fam(), d.mdl(), d.sn()),
             "【相关试剂批号】" + lot, "【问题描述】" + fault]
    if comp["visit"] is not None:
        vaw = fmt_date(v["date"], st)
        veng = handler if v["eng"] == comp["handler"] else d.eng(v["eng"])
        cause, action = d.cause_text(v), d.action_text(v)
        lines += ["【处理方式】" + checkbox(["现场", "电话", "寄回"], "现场"), "【上门日期】" + vaw, "【上门工程师】" + veng,
                  "【处理结果】" + action]
        if cause:
            lines.append("【原因分析】" + cause)
        complaint_truth(d, comp, u, rec_aw, fault, cause, action, handler, number, vaw, veng)
    else:
        action = d.remote_action(comp)
        lines += ["【处理方式】" + checkbox(["现场", "电话", "寄回"], "电话"), "【处理结果】" + action]
        complaint_truth(d, comp, u, rec_aw, fault, None, action, handler, number)
    lines += ["【处理人】" + handler, "【结案】" + checkbox(["是", "否"], "是")]
    d.text = "\n".join(lines) + "\n"
    d.path = "质量部/质量反馈/%s.md" % number


# numeric day/month dates and the markers that settle their order
NUM_DATE_RE = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.])")
MARKERS = ("DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "日/月/年", "月/日/年")


def ambiguous(text, aw):
    m = NUM_DATE_RE.fullmatch(aw)
    if not m or m.group(2) != "/":
        return False
    a, b = int(m.group(1)), int(m.group(3))
    if a > 12 or b > 12 or a == b:
        return False
    up = text.upper()
    if any(x.upper() in up for x in MARKERS):
        return False
    for mm in NUM_DATE_RE.finditer(text):
        if int(mm.group(1)) > 12 or int(mm.group(3)) > 12:
            return False
    return True


def history_entries(d, u, nmin=2, nmax=10):
    vs = u["visits"]
    if len(vs) < nmin:
        return None
    k = d.r.randint(nmin - 1, len(vs) - 1)
    n = d.r.randint(nmin, min(nmax, k + 1))
    return vs[k - n + 1:k + 1]


def close_history(d, entries_truth):
    newest = max(entries_truth, key=lambda e: e["date"])
    d.set_top(newest)


@template("T28", "equipment_history", "zh-Hans", ("cn",), 2.2, need="history")
def t28(d, c, u, _):
    r = d.r
    es = history_entries(d, u)
    st = wpick(r, [("iso", 4), ("slash", 2), ("compact", 1), ("dot0", 1)])
    rows = [["设备维修保养台账"], ["设备名称", d.fam(), "规格型号", d.mdl()],
            [r.choice(["出厂编号", "机身号"]), d.sn(), r.choice(["使用单位", "使用科室", "所属单位"]), d.cname(("hans",))],
            ["启用日期", d.other("install", u["install_date"], fmt_date(u["install_date"], st)), "资产编号", u["asset"]], [],
            ["序号", "日期", "类别", "故障/保养内容", "处理情况", "工程师", "验收人"]]
    for k, v in enumerate(es):
        aw = fmt_date(v["date"], st)
        eng = d.eng(v["eng"])
        fault = d.fault_text(v, wrap=False)
        action = d.action_text(v, wrap=False)
        rows.append([str(k + 1), aw, VISIT_KIND_ZH[v["type"]], fault or "例行%s" % VISIT_KIND_ZH[v["type"]], action, eng,
                     c["contact"]["zh"]])
        d.visit(v, aw, fault, None, action, eng, top=False)
    close_history(d, d.t["visits"])
    d.rows = rows
    if r.random() < 0.35:
        d.fmt = "xlsx"
        d.path = "设备科/一机一档/%s/%s_维修保养台账.xlsx" % (short_name(c), safe(u["serial"]))
    else:
        d.fmt = "csv"
        d.path = "设备科/一机一档/%s/%s_维修保养台账.csv" % (short_name(c), safe(u["serial"]))
        d.encoding = "gb18030" if r.random() < 0.6 else "utf-8-sig"
        d.crlf = True


@template("T29", "equipment_history", "zh-Hans", ("cn",), 2.2, need="history")
def t29(d, c, u, _):
    r = d.r
    d.fmt = "docx"
    es = history_entries(d, u)
    st = d.style()
    d.header = "设备档案（一机一档）"
    info = [["档案编号", "DA-%s" % u["asset"]], ["设备名称", d.fam()], ["规格型号", d.mdl()], ["出厂编号", d.sn()],
            ["使用单位", d.cname(("hans",))],
            ["购置日期", d.other("purchase", u["purchase_date"], fmt_date(u["purchase_date"], st))],
            ["启用日期", d.other("install", u["install_date"], fmt_date(u["install_date"], st))],
            ["保修截止", d.other("warranty_until", u["warranty_until"], fmt_date(u["warranty_until"], st))],
            ["资产编号", u["asset"]]]
    rec = [["序号", "日期", "类别", "内容", "工程师", "验收人"]]
    newest_first = r.random() < 0.3
    for k, v in enumerate(es):
        aw = fmt_date(v["date"], st)
        eng = d.eng(v["eng"])
        fault, cause, action = d.fault_text(v, wrap=False), d.cause_text(v), d.action_text(v, wrap=False)
        txt = ("故障：%s\n" % fault if fault else "") + ("原因：%s\n" % cause if cause else "") + ("处理：" if fault else "") + action
        rec.append([str(k + 1), aw, VISIT_KIND_ZH[v["type"]], txt, eng, c["contact"]["zh"]])
        d.visit(v, aw, fault, cause, action, eng, top=False)
    if newest_first:
        rec = [rec[0]] + rec[1:][::-1]
        d.t["visits"].reverse()
    close_history(d, d.t["visits"])
    d.blocks = [("title", "设备档案"), ("table", info), ("h", "维修保养记录"), ("table", rec, True)]
    d.path = "设备科/设备档案/%s/%s.docx" % (short_name(c), safe(u["serial"]))


@template("T30", "equipment_history", "en", ("cn", "tw", "hk"), 2.2, need="history")
def t30(d, c, u, _):
    r = d.r
    d.fmt = "pdf"
    vn, dept, tel, dom = d.vendor()
    d.header = vn
    es = history_entries(d, u)
    st = wpick(r, [("DD_MON_YY", 3), ("dd_mon_yyyy", 3), ("yyyy_mon_dd", 1), ("iso", 1)])
    p = add_days(es[-1]["date"], r.randint(1, 90))
    paw = d.other("report_printed", p, fmt_date(p, st))
    b = [("title", "Service History – Installed Product"), ("tabs", ["Account: " + d.en_or_bi(cityless=True), "Printed on: " + paw]),
         ("p", "Site address: " + c["address_en"]),
         ("tabs", ["Product: " + d.mdl(), "Serial: " + d.sn()]),
         ("tabs", ["Install date: " + d.other("install", u["install_date"], fmt_date(u["install_date"], st)),
                   "Warranty end: " + d.other("warranty_until", u["warranty_until"], fmt_date(u["warranty_until"], st))])]
    rows = [["Date", "WO number", "Type", "Problem", "Resolution", "Engineer"]]
    for v in reversed(es):
        aw = fmt_date(v["date"], st)
        eng = wpick(r, [(x, w) for x, w in engineer_forms(v["eng"], "en") if "," not in x])
        fault, action = d.fault_text(v, wrap=False), d.action_text(v, wrap=False)
        wo = "WO-%07d" % r.randint(100000, 9999999)
        rows.append([aw, wo, VISIT_KIND_EN[v["type"]], fault or "—", action, eng])
        d.visit(v, aw, fault, None, action, eng, wo, top=False)
    close_history(d, d.t["visits"])
    b.append(("table", rows, True))
    b.append(("p", "%d work orders." % len(es)))
    d.blocks = b
    d.path = "CRM/Service History/%s.pdf" % safe(u["serial"])


@template("T31", "equipment_history", "zh-Hant", ("tw", "hk"), 1.8, need="history")
def t31(d, c, u, _):
    r = d.r
    es = history_entries(d, u)
    st = d.style() if c["region"] == "tw" else wpick(r, [("cn", 3), ("iso", 1)])
    lines = ["%s　儀器維修履歷" % d.cname(("hant",)), "儀器：%s（%s）　%s：%s" % (d.fam(), d.mdl(), r.choice(["機身序號", "序號"]), d.sn()),
             "裝機日期：" + d.other("install", u["install_date"], fmt_date(u["install_date"], st)), ""]
    order = list(es) if r.random() < 0.6 else list(reversed(es))
    for v in order:
        aw = fmt_date(v["date"], st)
        eng = d.eng(v["eng"])
        fault, action = d.fault_text(v, wrap=False), d.action_text(v, wrap=False)
        if fault:
            lines.append("▲%s　%s→%s（技術員：%s）" % (aw, fault, action, eng))
        else:
            lines.append("▲%s　%s：%s（技術員：%s）" % (aw, {"pm": "定期保養", "install": "裝機", "calibration": "校正",
                                                         "upgrade": "軟體升級", "relocation": "移機"}[v["type"]], action, eng))
        d.visit(v, aw, fault, None, action, eng, top=False)
    close_history(d, d.t["visits"])
    d.text = "\n".join(lines) + "\n"
    d.path = "%s/儀器履歷/%s.txt" % ("台灣分公司" if c["region"] == "tw" else "HK", safe(u["serial"]))
    d.crlf = r.random() < 0.5
    if c["region"] == "tw" and r.random() < 0.3:
        d.encoding = "big5"


@template("T32", "equipment_history", "en", ("cn", "tw", "hk"), 1.6, need="history")
def t32(d, c, u, _):
    r = d.r
    vn, dept, tel, dom = d.vendor()
    es = history_entries(d, u)
    st = wpick(r, [("d_mon_y", 4), ("d_month_y", 2), ("mon_d_y", 2)])
    sent = add_days(es[-1]["date"], r.randint(3, 120))
    sent_aw = d.other("report_printed", sent, fmt_date(sent, "d_mon_y"))
    name = d.en_or_bi()
    lines = ["From: Service Coordination <dispatch@%s>" % dom, "To: field-team@%s" % dom,
             "Date: %s, %s %02d:%02d" % (WD3[sent.weekday()], sent_aw, r.randint(8, 18), r.randint(0, 59)),
             "Subject: History for S/N %s (%s) before the next visit" % (d.sn(), name), "",
             "Hi all,", "", "Here is what we have on the %s at %s:" % (d.mdl(), name), ""]
    for v in reversed(es):
        aw = fmt_date(v["date"], st)
        eng = wpick(r, [(x, w) for x, w in engineer_forms(v["eng"], "en") if "," not in x])
        fault, action = d.fault_text(v, wrap=False), d.action_text(v, wrap=False)
        if fault:
            lines.append("  * %s – %s – %s (%s)" % (aw, fault, action, eng))
        else:
            lines.append("  * %s – %s – %s (%s)" % (aw, VISIT_KIND_EN[v["type"]], action, eng))
        d.visit(v, aw, fault, None, action, eng, top=False)
    close_history(d, d.t["visits"])
    lines += ["", "Customer contact: %s, tel. %s" % (c["contact"]["en"], c["phone"]), "", "Thanks,", "Service Coordination"]
    d.text = "\n".join(lines) + "\n"
    d.path = "Mailbox/dispatch/History %s %s.txt" % (safe(u["serial"]), fmt_date(sent, "iso"))
    d.crlf = r.random() < 0.4


def list_units(d, c, style, with_dates=("install", "warranty_until")):
    """-> [(unit, family text, model as written, serial as written, {role: date as written})]"""
    out = []
    for u in c["units"]:
        m = d.mdl(u, record=False)
        s = d.sn(u, record=False)
        d.t["serials"].append(u["serial"])
        d.t["serials_as_written"].append(s)
        ds = {}
        for role in with_dates:
            dd = {"install": u["install_date"], "warranty_until": u["warranty_until"], "purchase": u["purchase_date"]}[role]
            ds[role] = d.other(role, dd, fmt_date(dd, style))
        out.append((u, d.Fam(u) if d.lang == "en" else d.fam(u), m, s, ds))
    return out


def social_code(c, r):
    head = "12" if c["sector"] in ("hospital", "gov") else "91"
    return head + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16))


@template("T33", "customer_file", "zh-Hans", ("cn",), 0, need="master")
def t33(d, c, u, _):
    r = d.r
    d.fmt = "docx"
    st = d.style()
    d.header = VENDOR_CN["lab"][0] + "　客户服务档案"
    name = d.cname(("hans",), registered=True)
    info = [["客户全称", name], ["统一社会信用代码", social_code(c, r)], ["英文名称", c["english"]], ["地址", c["address"]],
            ["主要联系人", "%s（%s）" % (c["contact"]["full"], c["contact"]["zh"])], ["联系电话", c["phone"]],
            ["维保合同", "%d年—%d年 %s" % (2023, 2025, r.choice(["全保合同", "人工保合同", "巡检合同"]))]]
    rows = [["序号", "设备名称", "型号", "出厂编号", "装机日期", "保修截止"]]
    for k, (uu, fam, m, s, ds) in enumerate(list_units(d, c, st)):
        rows.append([str(k + 1), fam, m, s, ds["install"], ds["warranty_until"]])
    d.blocks = [("title", "客户信息卡"), ("tabs", ["客户编号：%s-%03d" % (c["city_pinyin"][:2].upper(), int(c["id"][2:])),
                                                 "客户等级：%s类" % c["grade"]]),
                ("table", info), ("h", "装机设备清单"), ("table", rows, True),
                ("p", "备注：" + r.choice(["重点客户，报修两小时内响应。", "按季度巡检。", "无"]))]
    d.path = "客户档案/%s/%s_客户信息卡.docx" % (c["city"], safe(name))


@template("T34", "customer_file", "en", ("cn", "tw", "hk"), 0, need="master")
def t34(d, c, u, _):
    r = d.r
    d.fmt = "pdf"
    st = wpick(r, [("de", 2), ("dd_mon_yyyy", 2), ("iso", 2)])
    d.header = "CUSTOMER MASTER DATA – extract"
    name = d.cname(("en",), registered=True)
    local = c["name"] if c["region"] == "cn" else c["traditional"]
    industry = {"hospital": "Healthcare – hospital", "gov": "Public sector – laboratory", "company": "Private company"}[c["sector"]]
    b = [("title", "CUSTOMER MASTER DATA"),
         ("tabs", ["Customer No.: %d" % (100000 + int(c["id"][2:]) * 17), "Account group: Z001 End customer"]),
         ("p", "Name 1: " + name), ("p", "Name 2 (local): " + local), ("p", "Street / City: " + c["address_en"]),
         ("p", "Industry: " + industry), ("p", "Customer class: " + c["grade"])]
    if st == "de":
        b.append(("p", "Date format: DD.MM.YYYY"))
    rows = [["Material", "Serial number", "Description", "Installed", "Warranty end"]]
    for uu, fam, m, s, ds in list_units(d, c, st):
        rows.append([m, s, fam, ds["install"], ds["warranty_until"]])
    b += [("h", "Installed base"), ("table", rows, True)]
    d.blocks = b
    d.path = "Customer Master/%s.pdf" % safe(c["english"])[:80]


@template("T35", "customer_file", "zh-Hant", ("tw", "hk"), 0, need="master")
def t35(d, c, u, _):
    r = d.r
    d.fmt = "md"
    st = d.style() if c["region"] == "tw" else wpick(r, [("cn", 2), ("iso", 1)])
    name = d.cname(("hant",), registered=True)
    taxid = "%d%07d" % (r.randint(3, 9), r.randint(0, 9999999))
    lines = ["# 客戶基本資料表", "", "- 基本資料", "  - 客戶名稱：" + name, "  - 英文名稱：" + c["english"],
             "  - %s：%s" % ("統一編號" if c["region"] == "tw" else "商業登記號碼", taxid), "  - 地址：" + c["address"],
             "  - 電話：" + c["phone"], "- 聯絡窗口", "  - %s（%s）" % (c["contact"]["zh"], c["contact"]["en"]), "- 設備清單"]
    for k, (uu, fam, m, s, ds) in enumerate(list_units(d, c, st)):
        lines.append("  %d. %s %s，%s %s，裝機 %s，保固至 %s" % (k + 1, fam, m, r.choice(["機身序號", "序號", "S/N"]), s,
                                                        ds["install"], ds["warranty_until"]))
    lines += ["- 備註", "  - 客戶等級：%s" % c["grade"]]
    d.text = "\n".join(lines) + "\n"
    d.path = "%s/客戶資料/%s.md" % ("台灣分公司" if c["region"] == "tw" else "HK", safe(name))


@template("T36", "customer_file", "zh-Hans", ("cn",), 1.0, need="customer")
def t36(d, c, u, _):
    r = d.r
    d.fmt = "csv"
    st = wpick(r, [("iso", 3), ("slash", 2), ("compact", 1)])
    name = d.cname(("hans",))
    rows = [["客户", "设备名称", "型号", "序列号", "装机日期", "保修到期", "状态", "备注"]]
    for uu, fam, m, s, ds in list_units(d, c, st):
        status = "在保" if uu["warranty_until"] >= dt.date(2025, 6, 30) else "已过保"
        rows.append([name, fam, m, s, ds["install"], ds["warranty_until"], status, "建议续签维保" if status == "已过保" else ""])
    d.rows = rows
    d.path = "客服中心/保修到期提醒/%s_保修清单.csv" % short_name(c)
    x = r.random()
    d.encoding = "gb18030" if x < 0.5 else ("utf-8-sig" if x < 0.75 else "utf-8")
    d.crlf = r.random() < 0.7


@template("T37", "customer_file", "en", ("cn", "tw", "hk"), 1.0, need="customer")
def t37(d, c, u, _):
    r = d.r
    st = d.style()
    name = d.cname(("en",), cityless=True)
    lines = ["ACCOUNT HANDOVER NOTES", "=" * 22, "", "Account: " + name, "Site address: " + c["address_en"],
             "Main contact: %s (tel. %s)" % (c["contact"]["en"], c["phone"]), "Prepared by: Key Account Manager", "",
             "Installed base:"]
    for uu, fam, m, s, ds in list_units(d, c, st):
        lines.append("  - %s %s, S/N %s, installed %s, warranty until %s" % (fam, m, s, ds["install"], ds["warranty_until"]))
    lines += ["", "Notes:", "  - " + r.choice(["Contract renewal is due at year end.", "Customer prefers visits on Tuesday afternoons.",
                                                  "Lab manager asks for a call before every visit."])]
    d.text = "\n".join(lines) + "\n"
    d.path = "Accounts/Handover/%s.txt" % safe(short_name(c, "en"))
    d.crlf = r.random() < 0.4


@template("T38", "customer_file", "zh-Hans", ("cn",), 1.0, need="customer")
def t38(d, c, u, _):
    r = d.r
    name = d.cname(("hans",))
    vn = VENDOR_CN[GROUP[c["units"][0]["family"]]][0]
    lines = ["附件一：维保设备清单", "", "甲方：" + name, "乙方：" + vn, "合同期限：%d年度" % r.choice([2023, 2024, 2025]), "",
             "序号\t设备名称\t型号\t出厂编号\t装机年份\t服务内容"]
    for k, (uu, fam, m, s, ds) in enumerate(list_units(d, c, None, with_dates=())):
        lines.append("%d\t%s\t%s\t%s\t%d年\t%s" % (k + 1, fam, m, s, uu["install_date"].year,
                                                 r.choice(["全保（含配件）", "人工保", "巡检+人工"])))
    lines += ["", "甲方（盖章）：　　　　　　　乙方（盖章）："]
    d.text = "\n".join(lines) + "\n"
    d.path = "合同/维保合同附件/%s_设备清单.txt" % short_name(c)
    d.encoding = "gb18030" if r.random() < 0.3 else "utf-8"
    d.crlf = r.random() < 0.5


# ---- training ----

def training_setup(d, fam, model):
    d.t["model"] = model
    d.t["model_as_written"] = wpick(d.r, [(f, w) for f, w in model_forms(model, d.lang) if d.fmt != "pdf" or "\u3000" not in f])
    return d.t["model_as_written"]


@template("T39", "training", "zh-Hans", None, 2.5)
def t39(d, fam, model):
    r = d.r
    d.fmt = "pdf"
    d.header = VENDOR_CN[GROUP[fam]][0] + "　技术培训资料（内部）"
    m = training_setup(d, fam, model)
    n = r.randint(2, 9)
    b = [("title", "%s %s常见故障处理（第%s讲）" % (m, FAMILIES[fam][0], NUM_CN.get(n, "九"))),
         ("p", "适用对象：新入职服务工程师、区域技术支持"), ("blank",)]
    for k, e in enumerate(r.sample(FAULTS[fam], min(len(FAULTS[fam]), r.randint(3, 5)))):
        b.append(("p", "问%d：%s，怎么办？" % (k + 1, e[0])))
        b.append(("p", "答：常见原因是%s。处理：%s。" % (e[1], e[2])))
        b.append(("blank",))
    b.append(("p", "课后练习：结合本讲内容，整理一份所在区域的典型案例。"))
    d.blocks = b
    d.path = "培训资料/讲义/%s_常见故障第%d讲.pdf" % (safe(model), n)


@template("T40", "training", "en", None, 2.5)
def t40(d, fam, model):
    r = d.r
    d.fmt = "md"
    m = training_setup(d, fam, model)
    e = r.choice(FAULTS[fam])
    no = r.randint(100, 480)
    lines = ["# Service Bulletin SB-%d: %s" % (no, e[3]), "", "**Affected models:** " + m, "",
             "**Category:** Troubleshooting", "", "## Symptom", "", e[3] + ".", "", "## Root cause", "", e[4] + ".", "",
             "## Corrective action", "", e[5] + ".", ""]
    if e[6]:
        lines += ["## Related alarm code", "", "`%s`" % e[6], ""]
    lines += ["*Internal use only. Distribute to field engineers and distributors.*"]
    d.text = "\n".join(lines) + "\n"
    d.path = "Knowledge Base/Service Bulletins/SB-%d_%s.md" % (no, safe(model))


@template("T41", "training", "zh-Hant", None, 2.0)
def t41(d, fam, model):
    r = d.r
    d.region = "tw"
    d.fmt = "docx"
    d.header = VENDOR_TW[GROUP[fam]][0] + "　教育訓練"
    m = training_setup(d, fam, model)
    es = r.sample(FAULTS[fam], min(len(FAULTS[fam]), 3))
    b = [("title", "%s 維修工程師認證題庫" % m), ("h", "一、選擇題")]
    for k, e in enumerate(es):
        others = [x for x in FAULTS[fam] if x is not e]
        opts = [e] + r.sample(others, 2)
        r.shuffle(opts)
        ans = "ABC"[opts.index(e)]
        b.append(("p", "%d. 當儀器出現「%s」時，最可能的原因是？" % (k + 1, to_trad(e[0], "tw"))))
        b.append(("p", "　".join("(%s) %s" % ("ABC"[j], to_trad(o[1], "tw")) for j, o in enumerate(opts))))
        b.append(("p", "答案：%s　處置：%s" % (ans, to_trad(e[2], "tw"))))
    b.append(("h", "二、問答題"))
    b.append(("p", "請說明本機型定期保養的主要項目。"))
    d.blocks = b
    d.path = "教育訓練/認證題庫/%s.docx" % safe(model)


@template("T42", "training", "zh-Hans", None, 1.5)
def t42(d, fam, model):
    r = d.r
    m = training_setup(d, fam, model)
    es = [e for e in FAULTS[fam] if e[6]] or FAULTS[fam]
    lines = ["%s 报警代码速查表" % m, "", "代码\t含义\t处理建议"]
    for e in es:
        lines.append("%s\t%s\t%s" % (e[6] or "—", e[0], e[2]))
    lines += ["", "注：表中未列出的代码请联系技术支持。"]
    d.text = "\n".join(lines) + "\n"
    d.path = "培训资料/速查表/%s_报警代码.txt" % safe(model)
    d.encoding = "gb18030" if r.random() < 0.2 else "utf-8"


# --------------------------------------------------------------------------------------------
# Planning and writing
# --------------------------------------------------------------------------------------------

KIND_SHARES = [("repair", 0.30), ("service_report", 0.25), ("complaint", 0.12), ("equipment_history", 0.13),
               ("customer_file", 0.10)]
VISIT_NEEDS = {
    "repair": ("repair",),
    "service": ("pm", "calibration", "upgrade", "relocation", "repair"),
    "pm": ("pm",),
    "install": ("install",),
    "calibration": ("calibration",),
}


def candidates(need, u):
    if need in VISIT_NEEDS:
        return [v for v in u["visits"] if v["type"] in VISIT_NEEDS[need]]
    if need == "complaint":
        return list(u["complaints"])
    if need == "history":
        return [None] if len(u["visits"]) >= 2 else []
    raise ValueError(need)


def weighted_order(r, items):
    items = list(items)
    out = []
    while items:
        t = wpick(r, [(x, x["weight"]) for x in items])
        out.append(t)
        items.remove(t)
    return out


class State:
    def __init__(self, customers):
        self.used = {}
        self.nd = {c["id"]: 0 for c in customers}
        self.paths = {}


def pick_target(pr, tpl, customers, st):
    elig = [c for c in customers if c["region"] in tpl["regions"]]
    if not elig:
        return None
    for _ in range(30):
        trio = [pr.choice(elig) for _ in range(3)]
        c = min(trio, key=lambda x: st.nd[x["id"]])
        units = [u for u in c["units"] if (tpl["groups"] is None or GROUP[u["family"]] in tpl["groups"])]
        if not units:
            continue
        u = pr.choice(units)
        cands = candidates(tpl["need"], u)
        if not cands:
            continue
        if tpl["need"] == "history":
            return c, u, None
        key = (lambda x: x["id"]) if tpl["need"] != "complaint" else (lambda x: x["cid"])
        used = [x for x in cands if st.used.get(key(x))]
        fresh = [x for x in cands if not st.used.get(key(x))]
        if used and (not fresh or pr.random() < 0.15):
            return c, u, pr.choice(used)
        return c, u, pr.choice(fresh)
    return None


def make_doc(i, kind, master, customers, st):
    pr = rng("pick", i)
    tpls = [t for t in TEMPLATES if t["kind"] == kind]
    if kind == "training":
        tpl = wpick(pr, [(t, t["weight"]) for t in tpls])
        fam = pr.choice(sorted(FAMILIES))
        model = pr.choice(FAMILIES[fam][2])
        d = Doc(i, tpl)
        tpl["fn"](d, fam, model)
        return d
    if kind == "customer_file":
        if master is not None:
            c = master
            if c["region"] == "cn":
                tid = wpick(pr, [("T33", 7), ("T34", 3)])
            else:
                tid = wpick(pr, [("T35", 7), ("T34", 3)])
            tpl = next(t for t in TEMPLATES if t["id"] == tid)
        else:
            trio = [pr.choice(customers) for _ in range(3)]
            c = min(trio, key=lambda x: st.nd[x["id"]])
            tpl = wpick(pr, [(t, t["weight"]) for t in tpls if t["need"] == "customer" and c["region"] in t["regions"]])
        d = Doc(i, tpl)
        d.cust, d.region = c, c["region"]
        tpl["fn"](d, c, None, None)
        st.nd[c["id"]] += 1
        return d
    for tpl in weighted_order(pr, tpls):
        tgt = pick_target(pr, tpl, customers, st)
        if tgt is None:
            continue
        c, u, obj = tgt
        d = Doc(i, tpl)
        d.cust, d.unit, d.region = c, u, c["region"]
        tpl["fn"](d, c, u, obj)
        st.nd[c["id"]] += 1
        for vid in d.used_visits:
            st.used[vid] = st.used.get(vid, 0) + 1
        if tpl["need"] == "complaint":
            st.used[obj["cid"]] = st.used.get(obj["cid"], 0) + 1
        return d
    raise RuntimeError("no template of kind %s fits" % kind)


TRUTH_KEYS = ["path", "kind", "template", "lang", "encoding", "customer", "customer_as_written", "serial",
              "serial_as_written", "model", "model_as_written", "visit_date", "visit_date_as_written", "other_dates",
              "date_ambiguous", "fault", "cause", "action", "engineer", "engineer_id", "number", "visits", "serials",
              "serials_as_written"]


def render(d):
    if d.fmt in ("txt", "md", "csv"):
        if d.fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf, delimiter=d.csv_delim, lineterminator="\n")
            for row in d.rows:
                w.writerow(row)
            text = buf.getvalue()
        else:
            text = d.text
        if d.crlf:
            text = text.replace("\n", "\r\n")
        if d.encoding == "big5":
            try:
                return text.encode("big5")
            except UnicodeEncodeError:
                d.encoding = "utf-8"
        return text.encode(d.encoding)
    d.encoding = "utf-8"
    if d.fmt == "docx":
        return docx_bytes(d.blocks, d.header, rng("docx", d.i), cjk=d.lang != "en")
    if d.fmt == "pdf":
        return pdf_bytes(d.blocks, d.header, d.lang)
    if d.fmt == "xlsx":
        return xlsx_bytes(d.rows)
    raise ValueError(d.fmt)


def generate(ndocs, out):
    customers, units = build_world(ndocs)
    UNIT_BY_SERIAL.clear()
    for u in units:
        UNIT_BY_SERIAL[u["serial"]] = u
        for k, comp in enumerate(u["complaints"]):
            comp["cid"] = "%s!%d" % (u["serial"], k)
    pr = rng("plan")
    kinds = []
    for k, share in KIND_SHARES:
        kinds += [k] * int(round(ndocs * share))
    kinds += ["training"] * max(0, ndocs - len(kinds))
    kinds = kinds[:ndocs]
    pr.shuffle(kinds)
    masters = list(customers)
    pr.shuffle(masters)
    masters = masters[:min(int(round(len(customers) * 0.7)), kinds.count("customer_file"))]
    st = State(customers)
    docs_dir = os.path.join(out, "docs")
    truth = []
    mi = 0
    for i, kind in enumerate(kinds):
        master = None
        if kind == "customer_file" and mi < len(masters):
            master = masters[mi]
            mi += 1
        d = make_doc(i, kind, master, customers, st)
        data = render(d)
        path = d.path
        if path in st.paths:
            base, ext = os.path.splitext(path)
            k = 2
            while "%s_%d%s" % (base, k, ext) in st.paths:
                k += 1
            path = "%s_%d%s" % (base, k, ext)
        st.paths[path] = True
        full = os.path.join(docs_dir, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data)
        t = dict(d.t)
        t.update(path=path, kind=d.kind, template=d.template, lang=d.lang, encoding=d.encoding)
        truth.append({k: t[k] for k in TRUTH_KEYS})
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    cust_out = []
    for c in customers:
        cust_out.append({k: c[k] for k in ("id", "name", "city", "city_pinyin", "number", "institution", "department",
                                           "english", "brand", "traditional", "address")})
    with open(os.path.join(out, "customers.json"), "w", encoding="utf-8") as fh:
        json.dump({"customers": cust_out}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    unit_out = []
    for u in units:
        unit_out.append(dict(serial=u["serial"], model=u["model"], owner=u["owner"], install_date=u["install_date"].isoformat(),
                             purchase_date=u["purchase_date"].isoformat(), warranty_until=u["warranty_until"].isoformat(),
                             family=u["family"]))
    with open(os.path.join(out, "units.json"), "w", encoding="utf-8") as fh:
        json.dump({"units": unit_out}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return truth, customers, units


def init_script_tables():
    S2T.clear()
    T2S.clear()
    for k in range(0, len(S2T_PAIRS), 2):
        S2T[S2T_PAIRS[k]] = S2T_PAIRS[k + 1]
    for k in range(0, len(T2S_PAIRS), 2):
        T2S[T2S_PAIRS[k]] = T2S_PAIRS[k + 1]
    for s, t in S2T.items():
        T2S.setdefault(t, s)
    _build_phrase_index()


def main(argv=None):
    global SEED
    ap = argparse.ArgumentParser(description="Write synthetic after-sales documents and their ground truth.")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="1")
    a = ap.parse_args(argv)
    if a.docs < 20:
        ap.error("--docs must be at least 20")
    SEED = a.seed
    out = a.out
    if os.path.exists(out):
        if not os.path.isdir(out):
            ap.error("%s is not a folder" % out)
        if os.listdir(out) and not os.path.exists(os.path.join(out, ".thirdgen")):
            ap.error("%s is neither empty nor an earlier thirdgen output (no .thirdgen marker)" % out)
        if os.path.isdir(os.path.join(out, "docs")):
            shutil.rmtree(os.path.join(out, "docs"))
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, ".thirdgen"), "w", encoding="utf-8") as fh:
        fh.write("thirdgen output; --docs %d --seed %s\n" % (a.docs, a.seed))
    init_script_tables()
    truth, customers, units = generate(a.docs, out)
    print("thirdgen: %d documents, %d customers, %d units -> %s" % (len(truth), len(customers), len(units), out))


T2S_PAIRS = (  # T2S-TABLE
    "並并乾干亞亚佔占併并係系偉伟備备僑侨價价儀仪儘尽儲储內内兩两凍冻別别劃划劉刘動动務务匯汇區区吳吴員员問问單单國国圍围園园"
    "團团報报場场壓压學学寶宝專专導导層层師师幾几庫库廠厂張张彙汇後后復复徵征憶忆應应戶户採采換换擇择據据擾扰攪搅數数斷断時时"
    "曆历會会東东桿杆業业構构樓楼標标樣样機机檔档檢检櫃柜歷历決决沖冲測测準准溫温潔洁瀝沥灣湾為为無无燈灯狀状現现環环異异當当"
    "發发盡尽盤盘碩硕確确碼码稱称範范簡简簽签紀纪級级組组結结絡络統统經经維维網网線线編编練练總总繫系纖纤聯联腦脑臺台興兴華华"
    "著着處处號号螢萤術术衛卫補补裝装裡里製制複复視视觀观計计訊讯討讨訓训託托記记訪访設设訴诉註注試试話话誌志認认誠诚說说請请"
    "諾诺證证譜谱議议豐丰財财費费資资質质購购軟软這这週周過过遠远遷迁選选鄭郑醫医鉛铅鋰锂錄录鎖锁鏈链鐘钟鐵铁長长開开間间閥阀"
    "關关陣阵陳陈陽阳隻只離离雲云電电韌韧項项順顺預预頭头題题類类風风養养餘余驅驱驗验髒脏體体髮发鬆松黃黄點点龍龙"
)

if __name__ == "__main__":
    main()
