#!/usr/bin/env python3
"""othergen: held-out synthetic after-sales service paperwork for benchmarking kb.

Produces repair cards, service reports, complaints, equipment history files,
customer files and training material "written by other hands": templates,
label wordings, layouts, date formats and customer-name spellings chosen
independently of the code that reads them.  See README.md.

    python3 tools/othergen/othergen.py --docs 2000 --out /tmp/other --seed 1

Standard library only.  Deterministic: every customer, unit and document has
its own random.Random seeded from a string, so the same --docs/--seed give
byte-identical output.
"""

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import shutil
import sys

D = dt.date
DAY = dt.timedelta(days=1)
LAST_DAY = D(2025, 6, 30)
MARKER = ".othergen"

# =============================================================================
# World data: cities, institutions, departments
# =============================================================================

# zh, pinyin, telephone area code, two districts (zh, en)
CITIES = [
    ("南京", "Nanjing", "025", (("鼓楼区", "Gulou District"), ("秦淮区", "Qinhuai District"))),
    ("重庆", "Chongqing", "023", (("渝中区", "Yuzhong District"), ("江北区", "Jiangbei District"))),
    ("苏州", "Suzhou", "0512", (("姑苏区", "Gusu District"), ("吴中区", "Wuzhong District"))),
    ("成都", "Chengdu", "028", (("武侯区", "Wuhou District"), ("锦江区", "Jinjiang District"))),
    ("武汉", "Wuhan", "027", (("江岸区", "Jiang'an District"), ("洪山区", "Hongshan District"))),
    ("长沙", "Changsha", "0731", (("岳麓区", "Yuelu District"), ("芙蓉区", "Furong District"))),
    ("郑州", "Zhengzhou", "0371", (("金水区", "Jinshui District"), ("中原区", "Zhongyuan District"))),
    ("济南", "Jinan", "0531", (("历下区", "Lixia District"), ("槐荫区", "Huaiyin District"))),
    ("合肥", "Hefei", "0551", (("蜀山区", "Shushan District"), ("包河区", "Baohe District"))),
    ("昆明", "Kunming", "0871", (("五华区", "Wuhua District"), ("盘龙区", "Panlong District"))),
    ("福州", "Fuzhou", "0591", (("鼓楼区", "Gulou District"), ("台江区", "Taijiang District"))),
    ("西安", "Xi'an", "029", (("雁塔区", "Yanta District"), ("碑林区", "Beilin District"))),
    ("杭州", "Hangzhou", "0571", (("西湖区", "Xihu District"), ("上城区", "Shangcheng District"))),
    ("青岛", "Qingdao", "0532", (("市南区", "Shinan District"), ("崂山区", "Laoshan District"))),
]
ROADS = [("中山路", "Zhongshan Road"), ("解放路", "Jiefang Road"), ("建设路", "Jianshe Road"),
         ("健康路", "Jiankang Road"), ("文化路", "Wenhua Road"), ("学府路", "Xuefu Road"),
         ("长江路", "Changjiang Road"), ("和平路", "Heping Road")]
NUM_ZH = {1: "一", 2: "二", 3: "三"}
ORD_EN = {1: "First", 2: "Second", 3: "Third"}
SFX_EN = {1: "st", 2: "nd", 3: "rd"}
BRANDS = [("瑞康", "Ruikang"), ("中衡", "Zhongheng"), ("天诚", "Tiancheng"), ("恒信", "Hengxin"),
          ("远景", "Yuanjing"), ("博越", "Boyue"), ("正源", "Zhengyuan"), ("科创", "Kechuang"),
          ("鼎力", "Dingli"), ("启明", "Qiming"), ("金桥", "Jinqiao"), ("通达", "Tongda"),
          ("新锐", "Xinrui"), ("安泰", "Antai")]


def _inst(zh, zh_full, zh_short, en, depts, numbered=False, shi=True, hospital=False, company=False,
          fams=()):
    return dict(zh=zh, zh_full=zh_full, zh_short=zh_short, en=en, depts=depts, numbered=numbered,
                shi=shi, hospital=hospital, company=company, fams=fams)


# en forms: first one is the registered English name.  {City} {n} {Ord} {sfx} {Brand}
INST = {
    "renmin": _inst("人民医院", "第{num}人民医院", ("{num}院", "第{num}医院"),
                    ("{City} No.{n} People's Hospital", "The {Ord} People's Hospital of {City}",
                     "{City} {Ord} People's Hospital", "{City} {n}{sfx} People's Hospital"),
                    ("检验科", "放射科", "病理科", "信息科"), numbered=True, hospital=True),
    "zhongyi": _inst("中医医院", "中医医院", ("中医院",),
                     ("{City} Hospital of Traditional Chinese Medicine", "{City} TCM Hospital",
                      "{City} Traditional Chinese Medicine Hospital"),
                     ("放射科", "检验科", "信息科"), hospital=True),
    "fuyou": _inst("妇幼保健院", "妇幼保健院", ("妇幼", "妇保院"),
                   ("{City} Maternal and Child Health Hospital", "{City} Maternal & Child Health Care Hospital",
                    "{City} MCH Hospital"),
                   ("检验科", "中心实验室"), hospital=True),
    "zhongxin": _inst("中心医院", "中心医院", (),
                      ("{City} Central Hospital", "Central Hospital of {City}"),
                      ("检验科", "病理科", "放射科"), hospital=True),
    "cdc": _inst("疾病预防控制中心", "疾病预防控制中心", ("疾控中心", "疾控"),
                 ("{City} Center for Disease Control and Prevention", "{City} CDC",
                  "{City} Centre for Disease Control"),
                 ("微生物检验科", "理化检验科")),
    "medu": _inst("医科大学", "医科大学", ("医大",),
                  ("{City} Medical University", "{City} Med. Univ."),
                  ("基础医学实验中心", "网络信息中心"), shi=False),
    "tech": _inst("理工大学", "理工大学", ("理工大", "理工"),
                  ("{City} University of Technology", "{City} Univ. of Technology"),
                  ("网络信息中心", "化学实验中心", "新能源材料实验室"), shi=False),
    "school": _inst("中学", "第{num}中学", ("{num}中",),
                    ("{City} No.{n} Middle School", "{City} {Ord} Middle School", "No.{n} Middle School of {City}"),
                    ("信息中心",), numbered=True),
    "testco": _inst("检测技术有限公司", "{brand}检测技术有限公司", ("{brand}检测", "{brand}检测公司"),
                    ("{City} {Brand} Testing Technology Co., Ltd.", "{Brand} Testing Technology ({City})",
                     "{Brand} Testing, {City}"),
                    ("理化实验室", None), shi=False, company=True, fams=("aas", "gc", "centrifuge")),
    "energyco": _inst("新能源科技有限公司", "{brand}新能源科技有限公司", ("{brand}新能源", "{brand}公司"),
                      ("{City} {Brand} New Energy Technology Co., Ltd.", "{Brand} New Energy ({City})"),
                      ("储能事业部", "电池检测中心"), shi=False, company=True, fams=("battery", "ups")),
}


def _dept(en, en_alt, zh_short, fam, lab=False):
    return dict(en=en, en_alt=en_alt, zh_short=zh_short, fam=fam, lab=lab)


DEPTS = {
    "检验科": _dept("Clinical Laboratory", ("Dept. of Laboratory Medicine", "Clinical Lab"), ("检验",),
                 ("pcr", "centrifuge", "chem", "haem", "ups"), lab=True),
    "放射科": _dept("Radiology Department", ("Dept. of Radiology", "Radiology"), ("放射",),
                 ("imager", "server", "ups")),
    "病理科": _dept("Pathology Department", ("Dept. of Pathology", "Pathology"), ("病理",),
                 ("tissue", "microtome", "centrifuge"), lab=True),
    "信息科": _dept("Information Department", ("IT Department", "Information Dept."), (),
                 ("server", "switch", "ups")),
    "中心实验室": _dept("Central Laboratory", ("Central Lab",), (), ("pcr", "centrifuge", "chem"), lab=True),
    "微生物检验科": _dept("Microbiology Laboratory", ("Microbiology Lab",), ("微生物室",),
                    ("pcr", "centrifuge"), lab=True),
    "理化检验科": _dept("Physical and Chemical Testing Laboratory", ("Phys-Chem Lab",), ("理化科",),
                   ("aas", "gc"), lab=True),
    "基础医学实验中心": _dept("Basic Medical Sciences Laboratory Center", ("Basic Medicine Lab",), (),
                      ("pcr", "centrifuge", "microtome"), lab=True),
    "网络信息中心": _dept("Network and Information Center", ("Network Center",), ("网络中心",),
                    ("server", "switch", "ups")),
    "化学实验中心": _dept("Chemistry Laboratory Center", ("Chemistry Lab",), (),
                    ("aas", "gc", "centrifuge"), lab=True),
    "新能源材料实验室": _dept("New Energy Materials Laboratory", ("Energy Materials Lab",), ("新能源实验室",),
                      ("battery", "ups"), lab=True),
    "信息中心": _dept("Information Center", ("IT Center",), (), ("projector", "switch", "ups")),
    "理化实验室": _dept("Physical & Chemical Laboratory", ("Phys-Chem Laboratory",), (),
                   ("aas", "gc", "centrifuge"), lab=True),
    "储能事业部": _dept("Energy Storage Division", ("Energy Storage Dept.",), ("储能部",), ("battery", "ups")),
    "电池检测中心": _dept("Battery Testing Center", ("Battery Lab",), ("电池中心",), ("battery",), lab=True),
}

# The first cities of every world get these customers, so that confusable
# customers always coexist (No.1/No.2 of one city, two departments of one
# hospital, Medical University vs University of Technology, the same kind in
# two cities, a company and a hospital in one city).
FORCED_CITIES = [
    [("renmin", 1, "检验科"), ("renmin", 2, "检验科"), ("zhongyi", None, "放射科"), ("zhongyi", None, "检验科"),
     ("testco", None, "理化实验室"), ("fuyou", None, "检验科")],
    [("medu", None, "基础医学实验中心"), ("tech", None, "网络信息中心"), ("medu", None, "网络信息中心"),
     ("zhongyi", None, "放射科"), ("renmin", 1, "放射科"), ("cdc", None, "微生物检验科")],
    [("renmin", 1, "检验科"), ("renmin", 2, "检验科"), ("renmin", 3, "信息科"), ("school", 1, "信息中心"),
     ("energyco", None, "储能事业部"), ("fuyou", None, "中心实验室")],
]

# =============================================================================
# Equipment: families, models, serial patterns, faults
# =============================================================================

# serial pattern fields: {m} model code w/o punctuation, {Y} {y} {M} year/month, {nK} K digits,
# {aK} K alphanumerics, {A} one letter
FAMILIES = {
    "pcr": ("荧光定量PCR仪", "real-time PCR system", [("DA7600", "DA7600-{Y}-{n4}"), ("DA3600", "DA3600-{Y}-{n4}")]),
    "centrifuge": ("高速冷冻离心机", "refrigerated centrifuge",
                   [("TGL-16M", "TG16M{y}{n5}"), ("H1850R", "H1850R-{y}{n4}")]),
    "chem": ("全自动生化分析仪", "chemistry analyser", [("HC-2200", "HC22-{Y}{M}-{n3}"), ("HC-800", "HC08-{Y}{M}-{n3}")]),
    "haem": ("血细胞分析仪", "haematology analyser", [("XH-5200", "XH52{y}{n6}")]),
    "tissue": ("全自动组织脱水机", "tissue processor", [("TP-1020", "TP1020-{y}-{n4}")]),
    "microtome": ("轮转式切片机", "rotary microtome", [("RM-2235", "RM2235{Y}{n4}")]),
    "imager": ("医用干式激光相机", "dry laser imager", [("DL-660", "DL660-{Y}-{n5}")]),
    "server": ("服务器", "server", [("TS-860 V3", "{a10}")]),
    "switch": ("交换机", "network switch", [("NS-5130-28S", "2102{a12}")]),
    "ups": ("UPS电源", "UPS", [("UPS-C3KS", "UPS3K-{y}-{A}{n4}"), ("UPS-C10KS", "UPS10K-{y}-{A}{n4}")]),
    "battery": ("锂电池组", "lithium battery pack", [("LB48100", "LB48100-{y}{M}-{n4}"),
                                                  ("LB51200", "LB51200-{y}{M}-{n4}")]),
    "projector": ("投影机", "projector", [("PJ-X520", "PX5{y}{a6}")]),
    "aas": ("原子吸收分光光度计", "atomic absorption spectrophotometer", [("AAS-990", "AAS990-{Y}-{n3}")]),
    "gc": ("气相色谱仪", "gas chromatograph", [("GC-9860", "GC9860{y}{n5}")]),
}

# (fault zh, fault en, cause zh, cause en, action zh, action en); {code} = an error code
FAULTS = {
    "pcr": [
        ("荧光信号弱，扩增曲线异常", "weak fluorescence signal and abnormal amplification curves", "卤素灯老化",
         "ageing halogen lamp", "更换卤素灯并做荧光校准", "replaced the halogen lamp and ran a fluorescence calibration"),
        ("热盖温度报警", "heated lid temperature alarm", "热盖加热膜损坏", "failed heated-lid heater film",
         "更换热盖加热膜", "replaced the heated-lid heater film"),
        ("开机自检报错{code}", "self-test error {code} at start-up", "主控板与温控模块通讯不良",
         "poor contact between main board and thermal module", "重新插拔排线并升级固件",
         "reseated the ribbon cables and updated the firmware"),
        ("样品孔温度不均", "uneven block temperature across wells", "导热硅脂干涸", "dried-out thermal paste",
         "重新涂抹导热硅脂并做温度验证", "re-applied thermal paste and verified the block temperature"),
    ],
    "centrifuge": [
        ("离心机不升速", "centrifuge won't spin up", "碳刷磨损", "worn carbon brushes", "更换碳刷",
         "replaced the carbon brushes"),
        ("运行时噪音大、震动明显", "loud noise and vibration during runs", "电机轴承磨损", "worn motor bearing",
         "更换电机轴承并做动平衡", "replaced the motor bearing and balanced the rotor"),
        ("门盖无法打开", "lid will not open", "门锁电磁阀卡死", "stuck lid-lock solenoid", "更换门锁组件",
         "replaced the lid lock assembly"),
        ("制冷效果差，温度降不下来", "poor cooling, chamber temperature will not drop", "冷凝器积尘严重",
         "dust-clogged condenser", "清洁冷凝器并补充制冷剂", "cleaned the condenser and recharged the refrigerant"),
        ("显示{code}不平衡报警", "imbalance alarm {code}", "转子安装不到位", "rotor not seated correctly",
         "重新安装转子并培训操作人员", "reseated the rotor and briefed the users"),
    ],
    "chem": [
        ("加样针堵塞报警", "sample probe clog alarm", "加样针内壁蛋白沉积", "protein build-up inside the probe",
         "疏通并清洗加样针", "unblocked and cleaned the sample probe"),
        ("反应盘温度偏高", "reaction disc temperature too high", "温控传感器漂移", "drifting temperature sensor",
         "更换温控传感器", "replaced the temperature sensor"),
        ("比色杯空白值超限", "cuvette blank out of range", "比色杯污染", "contaminated cuvettes", "清洗并更换比色杯",
         "cleaned and replaced the cuvettes"),
        ("报警{code}，机械臂复位失败", "error {code}, arm fails to home", "同步带松动", "loose timing belt",
         "调整同步带张力", "adjusted the timing belt tension"),
    ],
    "haem": [
        ("本底计数偏高", "high background counts", "稀释液污染", "contaminated diluent", "更换稀释液并冲洗管路",
         "replaced the diluent and flushed the fluidics"),
        ("WBC通道堵孔", "WBC aperture clog", "小孔蛋白沉积", "protein deposit on the aperture", "浸泡清洗小孔",
         "soaked and cleaned the aperture"),
        ("吸样量不足报警", "insufficient aspiration alarm", "吸样泵密封圈老化", "aged aspiration pump seal",
         "更换泵密封圈", "replaced the pump seal"),
    ],
    "tissue": [
        ("脱水机漏液", "reagent leak on the tissue processor", "缸体密封圈老化", "aged retort seal", "更换缸体密封圈",
         "replaced the retort seal"),
        ("程序中途停止，报{code}", "program stops midway with {code}", "液位传感器误报", "faulty level sensor",
         "更换液位传感器", "replaced the level sensor"),
        ("石蜡缸不加热", "paraffin bath not heating", "加热管烧断", "burnt-out heating element", "更换加热管",
         "replaced the heating element"),
    ],
    "microtome": [
        ("切片厚度不均", "uneven section thickness", "刀架松动", "loose blade holder", "紧固刀架并校准进给",
         "tightened the blade holder and recalibrated the feed"),
        ("手轮转动卡顿", "handwheel sticks when turning", "导轨缺油", "dry guide rails", "清洁并润滑导轨",
         "cleaned and lubricated the guide rails"),
    ],
    "imager": [
        ("胶片打印有横纹", "horizontal streaks on printed film", "热敏头脏污", "dirty thermal print head",
         "清洁打印头并校正灰阶", "cleaned the print head and recalibrated the greyscale"),
        ("频繁卡片", "frequent film jams", "搓片轮磨损", "worn pick-up roller", "更换搓片轮", "replaced the pick-up roller"),
        ("无法接收工作站打印任务", "print jobs from the workstation not received", "DICOM节点配置丢失",
         "lost DICOM node configuration", "重新配置DICOM节点", "reconfigured the DICOM node"),
    ],
    "server": [
        ("硬盘故障灯亮", "disk fault LED on", "硬盘坏道", "failed hard disk", "更换硬盘并重建RAID",
         "replaced the disk and rebuilt the RAID"),
        ("无法开机", "will not power on", "电源模块损坏", "failed power supply module", "更换电源模块",
         "replaced the power supply module"),
        ("频繁死机", "frequent hangs", "内存条故障", "faulty memory module", "更换内存条", "replaced the memory module"),
    ],
    "switch": [
        ("部分端口不通", "several ports down", "光模块损坏", "faulty SFP module", "更换光模块", "replaced the SFP module"),
        ("设备频繁重启", "switch reboots repeatedly", "固件缺陷", "firmware defect", "升级固件", "upgraded the firmware"),
    ],
    "ups": [
        ("电池放电时间短", "short battery runtime", "蓄电池老化", "aged batteries", "更换整组蓄电池",
         "replaced the whole battery string"),
        ("市电异常告警，频繁切换电池", "mains fault alarm, keeps switching to battery", "输入检测板故障",
         "faulty input sensing board", "更换输入检测板", "replaced the input sensing board"),
        ("风扇异响", "noisy fan", "风扇轴承磨损", "worn fan bearing", "更换风扇", "replaced the fan"),
    ],
    "battery": [
        ("电芯压差大", "large cell voltage imbalance", "单体电芯衰减", "degraded cell", "均衡维护并更换单体电芯",
         "balanced the pack and replaced the weak cell"),
        ("BMS通讯故障", "BMS communication fault", "通讯线接触不良", "loose communication cable", "重新压接通讯线",
         "re-crimped the communication cable"),
        ("电池鼓包", "swollen battery", "长期过充", "prolonged overcharging", "更换电池并调整充电参数",
         "replaced the battery and corrected the charge settings"),
    ],
    "projector": [
        ("灯泡不亮", "lamp will not light", "灯泡寿命到期", "lamp at end of life", "更换灯泡", "replaced the lamp"),
        ("过热自动关机", "shuts down on overheating", "滤网积尘堵塞", "dust-clogged air filter", "深度除尘并清洗滤网",
         "deep-cleaned the dust and the air filter"),
        ("画面偏色", "colour cast on the image", "LCD板老化", "aged LCD panel", "更换LCD组件", "replaced the LCD assembly"),
    ],
    "aas": [
        ("空心阴极灯能量低", "low hollow cathode lamp energy", "灯老化", "aged lamp", "更换空心阴极灯",
         "replaced the hollow cathode lamp"),
        ("点火失败", "ignition failure", "点火针积碳", "carbon deposit on the igniter", "清理点火针", "cleaned the igniter"),
    ],
    "gc": [
        ("基线漂移", "baseline drift", "检测器污染", "contaminated detector", "清洗检测器并老化色谱柱",
         "cleaned the detector and conditioned the column"),
        ("进样口漏气", "inlet leak", "隔垫老化", "worn septum", "更换隔垫和衬管", "replaced the septum and liner"),
    ],
}
ERROR_CODES = ["E27", "E31", "E-105", "Err 12", "E07", "E44", "E-203", "Err 58"]
US_SPELLING = [("analyser", "analyzer"), ("colour", "color"), ("greyscale", "grayscale"), ("ageing", "aging"),
               ("haematology", "hematology"), ("Centre", "Center")]

# =============================================================================
# People and companies
# =============================================================================

# id, zh (None = no Chinese name), surname, given name (pinyin), English given name
ENGINEERS = [
    ("E01", "王伟", "Wang", "Wei", None), ("E02", "李娜", "Li", "Na", None), ("E03", "张强", "Zhang", "Qiang", None),
    ("E04", "刘洋", "Liu", "Yang", None), ("E05", "陈静", "Chen", "Jing", "Jenny"), ("E06", "杨磊", "Yang", "Lei", None),
    ("E07", "赵敏", "Zhao", "Min", None), ("E08", "黄涛", "Huang", "Tao", None), ("E09", "周杰", "Zhou", "Jie", None),
    ("E10", "吴昊", "Wu", "Hao", None), ("E11", "徐丽", "Xu", "Li", None), ("E12", "孙鹏", "Sun", "Peng", None),
    ("E13", "马超", "Ma", "Chao", None), ("E14", "郭晓峰", "Guo", "Xiaofeng", "Kevin"),
    ("E15", "林志明", "Lin", "Zhiming", "Jimmy"), ("E16", None, "Evans", "Mark", "Mark"),
    ("E17", None, "Clarke", "Sophie", "Sophie"),
]
CONTACT_SURNAMES = [("何", "He"), ("邓", "Deng"), ("冯", "Feng"), ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"),
                    ("田", "Tian"), ("董", "Dong"), ("潘", "Pan"), ("袁", "Yuan"), ("蔡", "Cai"), ("蒋", "Jiang"),
                    ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng")]
CONTACT_TITLES = {"hospital": ["主任", "老师", "科长", "护士长"], "school": ["老师", "主任"],
                  "company": ["经理", "主管"], "other": ["老师", "主任"]}
CONTACT_TITLES_EN = ["Dr.", "Ms.", "Mr."]
CONTACT_ROLES_EN = ["the lab manager", "the head of department", "the duty technician", "the equipment officer"]

COMPANIES = {
    "zh-Hans": ["华康医疗科技有限公司 客户服务中心", "江苏恒通医疗设备有限公司 技术支持部",
                "蓝海信息系统集成有限公司 售后服务部", "远航电源科技有限公司 服务部", "市场营销中心技术支持部"],
    "zh-Hant": ["康睿醫療儀器股份有限公司 技術服務處", "宏達系統整合有限公司 客服部", "建昇電源科技 服務中心"],
    "en": ["Huakang Medical Technology Co., Ltd. - Customer Service", "Meditech Support Services",
           "Bluesea Systems Integration - After-sales Dept."],
    "uk": ["BrightLab Services Ltd · Unit 4, Trafford Park, Manchester M17 1AB, United Kingdom",
           "Northgate Scientific Ltd · 12 Ferry Lane, Cambridge CB4 1NS, United Kingdom"],
    "us": ["Meridian Diagnostics Inc. · 2150 Zanker Rd, San Jose, CA 95131, USA",
           "Keystone Lab Systems Inc. · 400 Market St, Philadelphia, PA 19106, USA"],
    "dist": ["Jiangsu Hengtong Medical Equipment Co., Ltd.", "Sichuan Ruida Instrument Trading Co.",
             "Eastline Distribution (Shanghai)"],
}

# =============================================================================
# Label wordings.  LABELS[field][lang] = entries; an entry is a string or
# (string, tag) where tag restricts it to a kind of customer or document.
# =============================================================================

LABELS = {
    "customer": {
        "zh-Hans": ["客户名称", "报修单位", "使用单位", ("送修单位", "repair"), "用户单位", "装机单位", "服务对象",
                    "客户单位", "单位名称", ("院方", "hospital"), ("投诉客户", "complaint"), ("投诉单位", "complaint"),
                    "客户"],
        "zh-Hant": ["客戶名稱", "使用單位", ("送修單位", "repair"), "用戶單位", "報修單位", "客戶", "服務對象",
                    ("叫修單位", "repair"), ("客訴單位", "complaint"), ("院方", "hospital")],
        "en": ["Customer", "Client", "Account", "End user", "Site", "Customer site", ("Hospital", "hospital"),
               "Institution", ("Requesting lab", "lab"), "Customer name", "Facility", ("Complainant", "complaint")],
    },
    "customer_reg": {
        "zh-Hans": ["客户名称", "单位名称", "登记名称", "客户全称"],
        "zh-Hant": ["客戶名稱", "登記名稱", "客戶全稱"],
        "en": ["Registered name", "Customer name", "Legal name"],
    },
    "fault": {
        "zh-Hans": ["故障现象", "故障描述", "问题描述", "客户反映", "报修内容", "故障情况", ("投诉内容", "complaint"),
                    ("投诉事项", "complaint")],
        "zh-Hant": ["故障現象", "問題描述", "客戶反映", "故障描述", "叫修內容", ("客訴內容", "complaint")],
        "en": ["Problem reported", "Symptom", "Issue", "Fault description", "Reported fault", "Fault",
               ("Complaint", "complaint"), ("Nature of complaint", "complaint")],
    },
    "cause": {
        "zh-Hans": ["故障原因", "原因分析", "原因", "检查结果"],
        "zh-Hant": ["故障原因", "原因分析", "檢查結果"],
        "en": ["Cause", "Root cause", "Diagnosis", "Finding"],
    },
    "action": {
        "zh-Hans": ["处理方法", "处理措施", "维修内容", "处理过程", "维修措施", "服务内容"],
        "zh-Hant": ["處理方法", "處理措施", "維修內容", "修護內容", "處理經過"],
        "en": ["Action taken", "Resolution", "Work performed", "Corrective action", "Work done", "Repair action"],
    },
    "engineer": {
        "zh-Hans": ["服务人员", "维修工程师", "工程师", "维修人员", "服务工程师", "技术员", ("处理人", "complaint"),
                    "经办人"],
        "zh-Hant": ["服務工程師", "維修人員", "技術員", "工程師", "服務人員", "修護人員"],
        "en": ["Service engineer", "Technician", "FSE", "Engineer", "Field engineer", "Serviced by", "Attended by"],
    },
    "date_repair": {
        "zh-Hans": ["报修日期", "维修日期", "送修日期", "到场日期", "服务日期", "上门日期", "日期"],
        "zh-Hant": ["維修日期", "叫修日期", "送修日期", "到場日期", "服務日期", "日期"],
        "en": ["Date received", "Visit date", "Service date", "Date of visit", "Date", "Call date", "Repair date"],
    },
    "date_service": {
        "zh-Hans": ["服务日期", "到场日期", "上门日期", "报告日期", "日期", "服务时间"],
        "zh-Hant": ["服務日期", "到場日期", "報告日期", "日期"],
        "en": ["Date of visit", "Visit date", "Service date", "Report date", "Date", "Attendance date"],
    },
    "date_complaint": {
        "zh-Hans": ["投诉日期", "受理日期", "反馈日期", "接诉日期", "投诉时间"],
        "zh-Hant": ["客訴日期", "受理日期", "反映日期"],
        "en": ["Date received", "Complaint date", "Received on", "Date logged"],
    },
    "date_cvisit": {
        "zh-Hans": ["上门日期", "到场日期", "处理日期", "现场处理日期"],
        "zh-Hant": ["到場日期", "處理日期"],
        "en": ["Site visit", "Visit date", "Engineer on site", "Date of visit"],
    },
    "install": {
        "zh-Hans": ["安装日期", "装机日期", "安装调试日期"],
        "zh-Hant": ["裝機日期", "安裝日期"],
        "en": ["Installation date", "Install date", "Installed on", "Date installed"],
    },
    "purchase": {
        "zh-Hans": ["购买日期", "购置日期", "采购日期", "购机日期"],
        "zh-Hant": ["購買日期", "購置日期"],
        "en": ["Purchase date", "Date of purchase", "Purchased"],
    },
    "warranty_until": {
        "zh-Hans": ["保修期至", "保修截止", "保修到期日"],
        "zh-Hant": ["保固期限", "保固至", "保修期至"],
        "en": ["Warranty until", "Warranty expiry", "Warranty ends", "Warranty expires"],
    },
    "follow_up": {
        "zh-Hans": ["回访日期", "回访时间"],
        "zh-Hant": ["回訪日期", "追蹤日期"],
        "en": ["Follow-up date", "Follow-up call", "Callback date"],
    },
    "report_printed": {
        "zh-Hans": ["打印日期", "打印时间", "导出时间"],
        "zh-Hant": ["列印日期", "列印時間"],
        "en": ["Printed on", "Print date", "Exported"],
    },
    "serial": {
        "zh-Hans": ["出厂编号", "序列号", "机身编号", "仪器编号", "设备序列号", "SN"],
        "zh-Hant": ["序列號", "出廠編號", "機號", "機身序號"],
        "en": ["Serial No.", "S/N", "Instrument S/N", "Serial number", "SN", "Unit serial"],
    },
    "model": {
        "zh-Hans": ["型号", "设备型号", "规格型号", "仪器型号"],
        "zh-Hant": ["型號", "機型", "規格型號"],
        "en": ["Model", "Model No.", "Instrument model", "Product code"],
    },
    "number": {
        "zh-Hans": ["单号", "维修单号", "工单号", "服务单号", "编号", "报告编号"],
        "zh-Hant": ["單號", "服務單號", "修護卡號", "編號"],
        "en": ["Ticket No.", "Work order", "Report No.", "Ref.", "Job number", "Case ID"],
    },
    "contact": {
        "zh-Hans": ["联系人", "报修人", "科室联系人", "管理老师"],
        "zh-Hant": ["聯絡人", "叫修人"],
        "en": ["Contact", "Reported by", "Site contact"],
    },
    "device": {"zh-Hans": ["设备名称", "仪器名称", "产品名称"], "zh-Hant": ["設備名稱", "儀器名稱"],
               "en": ["Instrument", "Equipment", "Product name"]},
    "channel": {"zh-Hans": ["投诉方式", "受理方式"], "zh-Hant": ["反映方式"], "en": ["Channel", "Received via"]},
    "satisfaction": {"zh-Hans": ["客户意见", "满意度"], "zh-Hant": ["客戶意見"], "en": ["Customer feedback"]},
    "eng_name": {"zh-Hans": ["英文名称", "英文名"], "zh-Hant": ["英文名稱"], "en": ["English name", "Name (English)"]},
    "cust_code": {"zh-Hans": ["客户编号", "档案编号"], "zh-Hant": ["客戶編號"], "en": ["Account code", "Account ID"]},
    "grade": {"zh-Hans": ["客户等级", "客户类别", "评定等级"], "zh-Hant": ["客戶等級"], "en": ["Customer class", "Tier"]},
    "phone": {"zh-Hans": ["联系电话", "电话"], "zh-Hant": ["聯絡電話", "電話"], "en": ["Phone", "Tel."]},
    "address": {"zh-Hans": ["地址", "单位地址", "所在地"], "zh-Hant": ["地址", "單位地址"],
                "en": ["Address", "Site address"]},
    "region": {"zh-Hans": ["区域", "所属片区", "服务网点"], "zh-Hant": ["區域", "服務據點"],
               "en": ["Region", "Territory"]},
    "result": {"zh-Hans": ["处理结果", "维修结果"], "zh-Hant": ["處理結果"], "en": ["Result", "Outcome"]},
    "hours": {"zh-Hans": ["工时"], "zh-Hant": ["工時"], "en": ["Labour hours", "Hours on site"]},
    "fee": {"zh-Hans": ["费用", "收费金额"], "zh-Hant": ["費用"], "en": ["Charge", "Amount"]},
    "wstatus": {"zh-Hans": ["保修状态", "是否保修"], "zh-Hant": ["保固狀態"], "en": ["Warranty status", "Coverage"]},
    "signature": {"zh-Hans": ["客户签字", "客户确认"], "zh-Hant": ["客戶簽章"], "en": ["Customer signature"]},
    "urgency": {"zh-Hans": ["紧急程度"], "zh-Hant": ["緊急程度"], "en": ["Priority"]},
    "responsible": {"zh-Hans": ["责任部门", "责任方"], "zh-Hant": ["責任單位"], "en": ["Responsible"]},
}

SECTION_TITLES = {
    "cust": {"zh-Hans": ["客户信息", "用户信息", "报修单位信息"], "zh-Hant": ["客戶資料", "用戶資料"],
             "en": ["Customer", "Customer details", "Site information"]},
    "unit": {"zh-Hans": ["设备信息", "仪器信息"], "zh-Hant": ["設備資料", "儀器資料"],
             "en": ["Equipment", "Instrument details"]},
    "fault": {"zh-Hans": ["故障信息", "报修内容"], "zh-Hant": ["故障情形"], "en": ["Problem", "Fault details"]},
    "work": {"zh-Hans": ["处理情况", "维修记录"], "zh-Hant": ["處理情形", "修護紀錄"],
             "en": ["Work performed", "Service details"]},
    "sign": {"zh-Hans": ["服务确认", "签字确认"], "zh-Hant": ["簽認"], "en": ["Sign-off", "Completion"]},
    "follow": {"zh-Hans": ["回访"], "zh-Hant": ["回訪"], "en": ["Follow-up"]},
}

# =============================================================================
# Simplified -> traditional script (character map generated once with ICU's
# Simplified-Traditional transform, plus phrase fixes and Taiwan wording).
# =============================================================================

S2T_PAIRS = (
    "与與专專业業丢丟两兩严嚴个個为為丽麗买買于於产產仪儀伟偉传傳体體储儲关關内內写寫冯馮冲沖决決况況冻凍减減刘劉创創别別剂劑办辦务務动動区區医醫华華单單卤鹵厂廠历歷"
    "压壓参參发發叶葉号號后後启啟吴吳员員响響场場坏壞块塊垫墊处處备備复復头頭妇婦孙孫学學实實对對导導寿壽尘塵属屬岗崗岛島崂嶗师師带帶干乾并並庆慶应應开開异異张張强強"
    "当當录錄态態恒恆户戶扩擴扫掃护護报報损損换換数數断斷无無时時显顯晓曉术術机機杂雜条條来來杨楊杰傑松鬆极極栏欄样樣档檔桥橋检檢楼樓横橫气氣汉漢洁潔测測济濟涂塗涛濤"
    "润潤温溫满滿滤濾灯燈点點烧燒热熱状狀现現电電画畫疗療盖蓋盘盤础礎确確离離积積称稱签簽类類紧緊约約级級纹紋线線组組细細织織经經结結给給络絡统統维維编編网網联聯胶膠"
    "脏髒脱脫节節苏蘇荧螢荫蔭营營蒋蔣蓝藍蜡蠟补補衬襯装裝见見规規触觸计計认認训訓讯訊记記设設访訪证證评評诉訴试試诚誠话話该該误誤说說请請调調谱譜责責败敗质質购購费費"
    "资資赵趙踪蹤轨軌转轉轮輪轴軸输輸达達过過运運进進远遠适適邓鄧邮郵郑鄭采採释釋针針销銷锁鎖锂鋰锐銳错錯锦錦长長门門问問间間阀閥阴陰阶階陈陳静靜项項须須顿頓预預频頻"
    "题題额額风風馈饋马馬验驗鹏鵬黄黃龙龍"
)
HANT_PHRASES = [("干涸", "乾涸"), ("联系", "聯繫"), ("制冷", "製冷"), ("复杂", "複雜"), ("校准", "校準")]
TW_PHRASES = [("服务器", "伺服器"), ("硬盘", "硬碟"), ("内存条", "記憶體"), ("固件", "韌體"), ("光模块", "光模組"),
              ("电源模块", "電源模組"), ("程序", "程式"), ("打印", "列印"), ("网络", "網路")]
_S2T = {}


def to_hant(text, tw=False):
    """Simplified to traditional script; tw=True also uses Taiwan wording."""
    if not _S2T:
        _S2T.update({S2T_PAIRS[i]: S2T_PAIRS[i + 1] for i in range(0, len(S2T_PAIRS), 2)})
    phrases = (TW_PHRASES if tw else []) + HANT_PHRASES
    out, i = [], 0
    while i < len(text):
        for s, t in phrases:
            if text.startswith(s, i):
                out.append(t)
                i += len(s)
                break
        else:
            out.append(_S2T.get(text[i], text[i]))
            i += 1
    return "".join(out)


# =============================================================================
# Dates
# =============================================================================

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
CN_DIGITS = "〇一二三四五六七八九"
NUMERIC_STYLES = ("dmy_num", "mdy_num")
STYLE_POOLS = {
    "zh-Hans": [("iso", 25), ("slash", 20), ("slash0", 8), ("dot", 10), ("zh", 25), ("zh0", 4), ("compact", 4),
                ("iso_np", 4)],
    "zh-Hant": [("roc", 30), ("roc_min", 8), ("roc_slash", 12), ("zh", 20), ("slash", 15), ("iso", 10), ("dot", 5)],
    "en": [("dmy_text", 30), ("mdy_text", 25), ("iso", 20), ("dmy_long", 10), ("mdy_long", 10), ("dmy_dash", 5)],
    "uk": [("dmy_num", 60), ("dmy_text", 25), ("dmy_dash", 15)],
    "us": [("mdy_num", 75), ("mdy_text", 25)],
    "ambig": [("dmy_num", 50), ("mdy_num", 50)],
    "csv": [("iso", 40), ("slash", 25), ("compact", 15), ("slash0", 20)],
}


def cn_number(n):
    if n < 10:
        return CN_DIGITS[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[units] if units else "")


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    table = {
        "iso": f"{y:04d}-{m:02d}-{dd:02d}", "iso_np": f"{y}-{m}-{dd}", "slash": f"{y}/{m}/{dd}",
        "slash0": f"{y}/{m:02d}/{dd:02d}", "dot": f"{y}.{m:02d}.{dd:02d}", "zh": f"{y}年{m}月{dd}日",
        "zh0": f"{y}年{m:02d}月{dd:02d}日", "compact": f"{y:04d}{m:02d}{dd:02d}",
        "zhnum": "".join(CN_DIGITS[int(ch)] for ch in str(y)) + f"年{cn_number(m)}月{cn_number(dd)}日",
        "roc": f"{y - 1911}年{m}月{dd}日", "roc_min": f"民國{y - 1911}年{m}月{dd}日",
        "roc_slash": f"{y - 1911}/{m:02d}/{dd:02d}",
        "dmy_text": f"{dd} {MON[m - 1]} {y}", "dmy_long": f"{dd} {MONTH[m - 1]} {y}",
        "dmy_dash": f"{dd:02d}-{MON[m - 1]}-{y}", "mdy_text": f"{MON[m - 1]} {dd}, {y}",
        "mdy_long": f"{MONTH[m - 1]} {dd}, {y}", "dmy_num": f"{dd:02d}/{m:02d}/{y}", "mdy_num": f"{m:02d}/{dd:02d}/{y}",
    }
    return table[style]


def wchoice(rng, pairs):
    """Weighted choice from [(value, weight), ...]."""
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def rand_date(rng, lo, hi):
    if hi < lo:
        hi = lo
    return lo + DAY * rng.randint(0, (hi - lo).days)


def cap(s):
    return s[:1].upper() + s[1:]


def us_spelling(s):
    for a, b in US_SPELLING:
        s = s.replace(a, b)
    return s

# =============================================================================
# World: customers, units, engineers
# =============================================================================


def customer_specs(rng, n_cust):
    """(city, institution key, number, department) for every customer, confusables first."""
    cities = list(CITIES)
    rng.shuffle(cities)
    combos = []
    for ikey, inst in INST.items():
        for num in ((1, 2, 3) if inst["numbered"] else (None,)):
            combos.extend((ikey, num, dept) for dept in inst["depts"])
    specs, seen = [], set()
    for ci in range(len(cities) * 4):
        if len(specs) >= n_cust:
            break
        city = cities[ci % len(cities)]
        if ci < len(FORCED_CITIES):
            picks = FORCED_CITIES[ci]
        else:
            pool = list(combos)
            rng.shuffle(pool)
            picks = pool[:rng.randint(3, 7)]
        for ikey, num, dept in picks:
            key = (city[0], ikey, num, dept)
            if key not in seen:
                seen.add(key)
                specs.append((city, ikey, num, dept))
    return specs[:n_cust]


def make_customer(seed, i, city, ikey, num, dept, brand):
    inst = INST[ikey]
    cid = f"K{i + 1:04d}"
    rng = random.Random(f"othergen/{seed}/customer/{cid}")
    czh, cpy, area, districts = city
    numz = NUM_ZH.get(num, "")
    bzh, bpy = brand if brand else ("", "")
    full_inst = inst["zh_full"].format(num=numz, brand=bzh)
    name = czh + ("市" if inst["shi"] else "") + full_inst + (dept or "")
    en_inst = inst["en"][0].format(City=cpy, n=num or "", Ord=ORD_EN.get(num, ""), sfx=SFX_EN.get(num, ""), Brand=bpy)
    english = f"{DEPTS[dept]['en']}, {en_inst}" if dept else en_inst
    (dzh, den), (rzh, ren), hn = rng.choice(districts), rng.choice(ROADS), rng.randint(1, 899)
    kind = "hospital" if inst["hospital"] else "company" if inst["company"] else (
        "school" if ikey == "school" else "other")
    contacts = []
    for sz, sp in rng.sample(CONTACT_SURNAMES, 2):
        contacts.append((sz + rng.choice(CONTACT_TITLES[kind]), f"{rng.choice(CONTACT_TITLES_EN)} {sp}"))
    return {
        "id": cid, "name": name, "city": czh, "city_pinyin": cpy, "number": num, "institution": inst["zh"],
        "department": dept, "english": english, "brand": bzh or None, "traditional": to_hant(name),
        "address": f"{czh}市{dzh}{rzh}{hn}号",
        "_ikey": ikey, "_brand_py": bpy, "_address_en": f"{hn} {ren}, {den}, {cpy}", "_area": area,
        "_contacts": contacts, "_grade": rng.choice("AABBBC"), "_weight": rng.uniform(0.3, 3.0),
        "_phone": f"{area}-{rng.randint(5000, 8999)}{rng.randint(1000, 9999)}",
        "_mobile": f"1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}",
    }


def make_serial(rng, pattern, model, when):
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] != "{":
            out.append(pattern[i])
            i += 1
            continue
        j = pattern.index("}", i)
        f = pattern[i + 1:j]
        i = j + 1
        if f == "Y":
            out.append(f"{when.year}")
        elif f == "y":
            out.append(f"{when.year % 100:02d}")
        elif f == "M":
            out.append(f"{when.month:02d}")
        elif f == "A":
            out.append(rng.choice("ABCDEFGHJK"))
        elif f[0] == "n":
            out.append(f"{rng.randint(1, 10 ** int(f[1:]) - 1):0{f[1:]}d}")
        elif f[0] == "a":
            out.append("".join(rng.choice(alnum) for _ in range(int(f[1:]))))
    return "".join(out)


def make_units(seed, cust, taken):
    rng = random.Random(f"othergen/{seed}/units/{cust['id']}")
    dept = cust["department"]
    fams = DEPTS[dept]["fam"] if dept else INST[cust["_ikey"]]["fams"]
    units = []
    for k in range(rng.randint(2, 6)):
        urng = random.Random(f"othergen/{seed}/unit/{cust['id']}/{k}")
        fam = urng.choice(fams)
        model, pattern = urng.choice(FAMILIES[fam][2])
        install = rand_date(urng, D(2014, 1, 1), D(2023, 6, 30))
        purchase = install - DAY * urng.randint(7, 90)
        years = urng.choice([1, 2, 3, 3, 5])
        warranty = D(install.year + years, install.month, min(install.day, 28)) - DAY
        serial = make_serial(urng, pattern, model, purchase)
        while serial in taken:
            serial = make_serial(urng, pattern, model, purchase)
        taken.add(serial)
        units.append({"serial": serial, "model": model, "owner": cust["id"], "install_date": install.isoformat(),
                      "purchase_date": purchase.isoformat(), "warranty_until": warranty.isoformat(),
                      "family": fam, "_install": install, "_purchase": purchase, "_warranty": warranty})
    return units


class World:
    def __init__(self, n_docs, seed):
        self.seed = seed
        rng = random.Random(f"othergen/{seed}/world")
        n_cust = max(12, min(120, round(n_docs / 22)))
        brands = list(BRANDS)
        rng.shuffle(brands)
        brand_of, self.customers = {}, []
        for i, (city, ikey, num, dept) in enumerate(customer_specs(rng, n_cust)):
            brand = None
            if INST[ikey]["company"]:
                brand = brand_of.setdefault((city[0], ikey), brands[len(brand_of) % len(brands)])
            self.customers.append(make_customer(seed, i, city, ikey, num, dept, brand))
        taken = set()
        self.units = []
        for c in self.customers:
            c["_units"] = make_units(seed, c, taken)
            self.units.extend(c["_units"])
        zh_engineers = [e for e in ENGINEERS if e[1]]
        self.city_engineers = {}
        for city in CITIES:
            self.city_engineers[city[0]] = rng.sample(zh_engineers, 3)
        build_name_forms(self.customers)
        self.rng = rng


# =============================================================================
# Customer names as people write them
# =============================================================================


def zh_forms(c, sole):
    """[(form, needs_city_context, weight)] in simplified script."""
    inst, city, d = INST[c["_ikey"]], c["city"], c["department"] or ""
    numz, brand = NUM_ZH.get(c["number"], ""), c["brand"] or ""
    full = inst["zh_full"].format(num=numz, brand=brand)
    shi = "市" if inst["shi"] else ""
    out = [(c["name"], False, 8)]
    if shi:
        out.append((f"{city}{full}{d}", False, 3))
    shorts = [s.format(num=numz, brand=brand) for s in inst["zh_short"]]
    for s in shorts:
        out.append((f"{city}{s}{d}", False, 3))
        out.append((f"{s}{d}", not inst["company"], 1))
        if inst["numbered"]:
            out.append((f"{city}{shi}{s}{d}", False, 1))
            out.append((f"市{s}{d}", True, 1))
    if d:
        short0 = shorts[0] if shorts else full
        for ds in DEPTS[d]["zh_short"]:
            out.append((f"{city}{short0}{ds}", False, 1))
        for sep in (" ", "（", "-"):
            out.append((f"{city}{shi}{full}{sep}{d}" + ("）" if sep == "（" else ""), False, 1))
        if sole:
            out.append((f"{city}{short0}", False, 1))
    return out


def en_forms(c, sole):
    inst, n = INST[c["_ikey"]], c["number"]
    vals = dict(City=c["city_pinyin"], n=n or "", Ord=ORD_EN.get(n, ""), sfx=SFX_EN.get(n, ""), Brand=c["_brand_py"])
    insts = [f.format(**vals) for f in inst["en"]]
    out = [(c["english"], False, 10)]
    d = c["department"]
    if not d or sole:
        out += [(x, False, 1) for x in insts[1:]]
    if not d:
        return out
    de = DEPTS[d]
    for i, iname in enumerate(insts):
        for j, dn in enumerate((de["en"],) + de["en_alt"]):
            for pat in ("{d}, {i}", "{i} - {d}", "{i} – {d}", "{i}, {d}", "{i} ({d})"):
                form = pat.format(d=dn, i=iname)
                if form != c["english"]:
                    out.append((form, False, 1))
    if inst["numbered"] and c["_ikey"] == "renmin":
        out.append((f"No.{n} People's Hospital, {de['en']}", True, 2))
    return out


def build_name_forms(customers):
    """Attach per-customer written forms, dropping any form two customers could share."""
    inst_count = {}
    for c in customers:
        key = (c["city"], c["_ikey"], c["number"], c["brand"])
        inst_count[key] = inst_count.get(key, 0) + 1
    per = []
    for c in customers:
        sole = inst_count[(c["city"], c["_ikey"], c["number"], c["brand"])] == 1
        per.append((zh_forms(c, sole), en_forms(c, sole)))
    counts = {}
    for c, (zf, ef) in zip(customers, per):
        for form, needs, _ in zf + ef:
            key = (form.casefold(), c["city"] if needs else None)
            counts[key] = counts.get(key, 0) + 1
    for c, (zf, ef) in zip(customers, per):
        def keep(forms):
            seen, res = set(), []
            for form, needs, w in forms:
                key = (form.casefold(), c["city"] if needs else None)
                if counts[key] == 1 and form not in seen:
                    seen.add(form)
                    res.append((form, needs, w))
            return res
        c["_zh_forms"], c["_en_forms"] = keep(zf), keep(ef)


# =============================================================================
# Serial numbers and models as written
# =============================================================================


def serial_forms(serial, lang):
    groups = serial.split("-")
    hyphenated = len(groups) > 1
    if not hyphenated and len(serial) > 8:
        groups = [serial[i:i + 4] for i in range(0, len(serial), 4)]
    forms = [(serial, 40), (serial.lower(), 8), (" ".join(groups), 14), (" ".join(groups).lower(), 5)]
    if hyphenated:
        forms += [("".join(groups), 8), ("/".join(groups), 3), (" - ".join(groups), 2)]
    if lang != "en":
        fw = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" for ch in serial)
        forms.append((fw, 3))
    return forms


def model_forms(model):
    plain = model.replace("-", "")
    return [(model, 50), (plain, 15), (model.lower(), 5), (model.replace("-", " "), 8)]


def canon(s):
    """Canonical serial/model form: NFKC-ish, upper case, no separators."""
    out = []
    for ch in s:
        if "\uff01" <= ch <= "\uff5e":
            ch = chr(ord(ch) - 0xFEE0)
        if ch.isalnum() and ch.isascii():
            out.append(ch.upper())
    return "".join(out)

# =============================================================================
# A document being written, and its truth record
# =============================================================================


class Doc:
    def __init__(self, world, idx, kind, tid, lang):
        self.w, self.idx, self.kind, self.tid, self.lang = world, idx, kind, tid, lang
        self.rng = random.Random(f"othergen/{world.seed}/doc/{idx}")
        self.style = wchoice(self.rng, STYLE_POOLS[lang])
        self.locale_hint = False
        self.cust = self.unit = self.eng = None
        self.need_city = False
        self.dates_first = False
        self.rendered = []            # (style, date) of every date written
        self.encoding = "utf-8"
        self.newline = "\n"
        self.t = {"path": None, "kind": kind, "template": tid, "lang": lang, "customer": None,
                  "customer_as_written": None, "serial": None, "serial_as_written": None, "model": None,
                  "model_as_written": None, "visit_date": None, "visit_date_as_written": None, "other_dates": [],
                  "date_ambiguous": False, "fault": None, "cause": None, "action": None, "engineer": None,
                  "engineer_id": None, "number": None, "visits": [], "serials": [], "encoding": "utf-8"}

    # ---- labels -------------------------------------------------------------
    def label(self, field, lang=None):
        if getattr(self, "bilingual", False) and lang is None:
            return f"{self.label(field, 'zh-Hans')} / {self.label(field, 'en')}"
        ok = {"repair": self.kind == "repair", "complaint": self.kind == "complaint",
              "hospital": bool(self.cust) and INST[self.cust["_ikey"]]["hospital"],
              "lab": bool(self.cust) and bool(self.cust["department"]) and DEPTS[self.cust["department"]]["lab"]}
        entries = LABELS[field][lang or self.lang]
        pool = [e for e in entries if isinstance(e, str) or ok[e[1]]]
        entry = self.rng.choice(pool)
        return entry if isinstance(entry, str) else entry[0]

    def title(self, key):
        if getattr(self, "bilingual", False):
            return f"{self.rng.choice(SECTION_TITLES[key]['zh-Hans'])} {self.rng.choice(SECTION_TITLES[key]['en'])}"
        return self.rng.choice(SECTION_TITLES[key][self.lang])

    # ---- dates ----------------------------------------------------------------
    def fmt(self, d, style=None):
        style = style or self.style
        self.rendered.append((style, d))
        return fmt_date(d, style)

    def visit_date(self, d, style=None):
        s = self.fmt(d, style)
        self.t["visit_date"], self.t["visit_date_as_written"] = d.isoformat(), s
        return s

    def other(self, role, d, style=None):
        s = self.fmt(d, style)
        self.t["other_dates"].append({"role": role, "date": d.isoformat(), "as_written": s})
        return s

    def add_visit(self, d, fault, action, eng, eng_written, number=None, style=None):
        s = self.fmt(d, style)
        self.t["visits"].append({"date": d.isoformat(), "date_as_written": s, "fault": fault, "action": action,
                                 "engineer": eng_written, "engineer_id": eng[0], "number": number})
        return s

    # ---- written forms ------------------------------------------------------
    def customer_str(self, allow_cityless=True, registered=False):
        c, rng = self.cust, self.rng
        if registered:
            s = c["traditional"] if self.lang == "zh-Hant" else c["name"]
        elif self.lang == "en":
            s = self._en_customer(allow_cityless)
        else:
            forms = [f for f in c["_zh_forms"] if allow_cityless or not f[1]]
            form = wchoice(rng, [(f, f[2]) for f in forms])
            self.need_city = form[1]
            s = to_hant(form[0]) if self.lang == "zh-Hant" else form[0]
        self.t["customer"], self.t["customer_as_written"] = c["id"], s
        return s

    def _en_customer(self, allow_cityless):
        c, rng = self.cust, self.rng
        mode = wchoice(rng, [("en", 70), ("zh", 12), ("bi", 18)])
        if mode == "zh":
            return c["name"]
        forms = [f for f in c["_en_forms"] if (allow_cityless and mode == "en") or not f[1]]
        form = wchoice(rng, [(f, f[2]) for f in forms])
        self.need_city = form[1]
        s = form[0].upper() if rng.random() < 0.06 else form[0]
        return f"{s} ({c['name']})" if mode == "bi" else s

    def serial_str(self):
        s = wchoice(self.rng, serial_forms(self.unit["serial"], self.lang))
        self.t["serial"], self.t["serial_as_written"] = self.unit["serial"], s
        self.t["model"] = self.unit["model"]  # implied by the serial even when not written
        return s

    def model_str(self):
        s = wchoice(self.rng, model_forms(self.unit["model"]))
        self.t["model"], self.t["model_as_written"] = self.unit["model"], s
        return s

    def eng_str(self, eng=None):
        eid, zh, sur, given, en_given = eng or self.eng
        rng = self.rng
        if self.lang != "en" and zh:
            s = wchoice(rng, [(zh, 80), (zh[0] + "工", 12), (f"{zh}（{sur} {given}）", 3)])
            return to_hant(s) if self.lang == "zh-Hant" else s
        forms = [(f"{sur} {given}", 40), (f"{given} {sur}", 15), (f"{given[0]}. {sur}", 10),
                 (f"{sur.upper()} {given}", 8)]
        if en_given and zh:
            forms.append((f"{en_given} {sur}", 30))
        if zh:
            forms.append((f"{sur} {given} ({zh})", 6))
        else:
            forms = [(f"{given} {sur}", 70), (f"{given[0]}. {sur}", 30)]
        return wchoice(rng, forms)

    def put(self, field, value):
        """Record a truth field (fault/cause/action/engineer/number) exactly as written."""
        self.t[field] = value
        return value

    def where(self):
        """(label, value) giving the customer's city: an address or a region."""
        c = self.cust
        if self.rng.random() < 0.65:
            val = {"zh-Hans": c["address"], "zh-Hant": to_hant(c["address"]), "en": c["_address_en"]}[self.lang]
            return (self.label("address"), val)
        val = {"zh-Hans": c["city"] + self.rng.choice(["", "办事处", "片区"]),
               "zh-Hant": to_hant(c["city"]) + self.rng.choice(["", "辦事處"]),
               "en": c["city_pinyin"] + self.rng.choice(["", " office", " area"])}[self.lang]
        return (self.label("region"), val)

    # ---- closing --------------------------------------------------------------
    def finish(self):
        self.t["date_ambiguous"] = self._ambiguous()
        self.t["encoding"] = self.encoding
        if self.kind in ("repair", "service_report") and self.t["visit_date"]:
            self.t["visits"] = [{"date": self.t["visit_date"], "date_as_written": self.t["visit_date_as_written"],
                                 "fault": self.t["fault"], "action": self.t["action"],
                                 "engineer": self.t["engineer"], "engineer_id": self.t["engineer_id"],
                                 "number": self.t["number"]}]
        return self.t

    def _ambiguous(self):
        vd = self.t["visit_date"]
        if not vd or self.locale_hint:
            return False
        d = D.fromisoformat(vd)
        written = self.t["visit_date_as_written"]
        if written not in [fmt_date(d, s) for s in NUMERIC_STYLES] or d.day > 12 or d.day == d.month:
            return False
        return not any(x.day > 12 for s, x in self.rendered if s in NUMERIC_STYLES)

# =============================================================================
# Layouts.  rows = [(label, value) | (SEC, section title)]
# =============================================================================

SEC = "§"
KV_HEADS = {"zh-Hans": [("项目", "内容"), ("栏目", "填写内容"), ("字段", "信息")],
            "zh-Hant": [("項目", "內容"), ("欄位", "資料")], "en": [("Field", "Value"), ("Item", "Details")]}
BOLD_PATTERNS = {"zh-Hans": ["**{l}**：{v}", "**{l}：** {v}", "**{l}**: {v}"],
                 "zh-Hant": ["**{l}**：{v}", "**{l}：**{v}"], "en": ["**{l}:** {v}", "**{l}**: {v}"]}
LIST_PATTERNS = {"zh-Hans": ["- **{l}**：{v}", "- {l}：{v}", "* **{l}**: {v}", "· {l}：{v}"],
                 "zh-Hant": ["- **{l}**：{v}", "- {l}：{v}", "* {l}：{v}"],
                 "en": ["* {l} - {v}", "- **{l}**: {v}", "- {l}: {v}", "+ {l} — {v}"]}
PLAIN_PATTERNS = {"zh-Hans": ["{l}：{v}", "{l}: {v}", "【{l}】{v}", "{l}\t{v}", "{l} ： {v}"],
                  "zh-Hant": ["{l}：{v}", "【{l}】{v}", "{l}：　{v}"],
                  "en": ["{l}: {v}", "{l}:\t{v}", "[{l}] {v}", "{l} .......... {v}"]}
PLAIN_SECTIONS = ["〔{t}〕", "—— {t} ——", "{t}", "[{t}]"]


def r_kv_table(rng, rows, lang):
    """Two-column key/value Markdown table; the header is a generic pair or the first field."""
    first_pair = rng.random() < 0.35
    body = []
    for a, b in rows:
        if a != SEC:
            body.append((a, b))
        elif not first_pair:
            body.append((f"**{b}**", ""))
    head = body.pop(0) if first_pair else rng.choice(KV_HEADS[lang])
    lines = [f"| {head[0]} | {head[1]} |", rng.choice(["|---|---|", "| --- | --- |", "|:---|:---|"])]
    lines += [f"| {a} | {b} |" for a, b in body]
    return "\n".join(lines)


def r_wide_table(rng, rows, per_row=None):
    """Several label/value pairs per table row."""
    pairs = [r for r in rows if r[0] != SEC]
    per_row = per_row or rng.choice([2, 2, 3])
    table = []
    for i in range(0, len(pairs), per_row):
        cells = [x for pair in pairs[i:i + per_row] for x in pair]
        table.append(cells + [""] * (2 * per_row - len(cells)))
    header = table.pop(0) if rng.random() < 0.6 else [" "] * (2 * per_row)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * (2 * per_row)]
    lines += ["| " + " | ".join(r) + " |" for r in table]
    return "\n".join(lines)


def r_lines(rng, rows, patterns, sections, joiner="\n"):
    """One field per line with a label pattern; section titles as their own lines."""
    pat, sec = rng.choice(patterns), rng.choice(sections)
    out = []
    for a, b in rows:
        if a == SEC:
            if out:
                out.append("")
            out += [sec.format(t=b), ""]
        else:
            out.append(pat.format(l=a, v=b))
    return joiner.join(out).replace("\n\n\n", "\n\n")


def r_bold(rng, rows, lang):
    return r_lines(rng, rows, BOLD_PATTERNS[lang], ["### {t}", "**{t}**", "#### {t}"], rng.choice(["\n", "  \n"]))


def r_list(rng, rows, lang):
    return r_lines(rng, rows, LIST_PATTERNS[lang], ["**{t}**", "#### {t}"])


def r_headings(rng, rows, lang, level="##"):
    return r_lines(rng, rows, PLAIN_PATTERNS[lang], [level + " {t}"])


def r_plain(rng, rows, lang):
    spaced = lang != "en" and rng.random() < 0.15
    if spaced:
        rows = [(a if a == SEC or len(a) > 4 else "　".join(a), b) for a, b in rows]
    return r_lines(rng, rows, PLAIN_PATTERNS[lang], PLAIN_SECTIONS)


# =============================================================================
# Shared content for documents about one unit
# =============================================================================

RESULTS = {"zh-Hans": ["设备恢复正常", "已修复，运行正常", "维修完成，客户验收合格"],
           "zh-Hant": ["已修復，運作正常", "恢復正常，客戶驗收"],
           "en": ["Instrument back in service", "Fixed, verified OK", "Completed, handed over to user"]}
WSTATUS = {"zh-Hans": ("保内", "保外"), "zh-Hant": ("保固內", "保固外"), "en": ("In warranty", "Out of warranty")}
SIGNED = {"zh-Hans": ["（已签字）", "已签字盖章", "√"], "zh-Hant": ["（已簽章）"], "en": ["signed", "(signature on file)"]}


def pick_engineer(doc, foreign_ok=False):
    rng = doc.rng
    if foreign_ok and rng.random() < 0.35:
        return rng.choice([e for e in ENGINEERS if not e[1]])
    if doc.cust and rng.random() < 0.8:
        return rng.choice(doc.w.city_engineers[doc.cust["city"]])
    return rng.choice([e for e in ENGINEERS if e[1]])


def fault_texts(doc, fam, us=False):
    e = doc.rng.choice(FAULTS[fam])
    code = doc.rng.choice(ERROR_CODES)
    x = [part.replace("{code}", code) for part in e]
    if doc.lang == "en":
        f, c, a = (us_spelling(v) if us else v for v in (x[1], x[3], x[5]))
    elif doc.lang == "zh-Hant":
        f, c, a = (to_hant(v, tw=True) for v in (x[0], x[2], x[4]))
    else:
        f, c, a = x[0], x[2], x[4]
    return {"fault": f, "cause": c, "action": a}


def fam_name(doc, fam, us=False):
    zh, en, _ = FAMILIES[fam]
    if doc.lang == "en":
        return us_spelling(en) if us else en
    return to_hant(zh, tw=True) if doc.lang == "zh-Hant" else zh


def contact_name(doc, k=None):
    zh, en = doc.cust["_contacts"][doc.rng.randint(0, 1) if k is None else k]
    return {"zh-Hans": zh, "zh-Hant": to_hant(zh), "en": en}[doc.lang]


def pick_customer(doc):
    cs = doc.w.customers
    return doc.rng.choices(cs, weights=[c["_weight"] for c in cs])[0]


def setup_service(doc, us=False, foreign_ok=False):
    """Customer, unit, visit date, fault and engineer for a document about one service visit."""
    rng = doc.rng
    doc.cust = pick_customer(doc)
    doc.unit = rng.choice(doc.cust["_units"])
    doc.vdate = rand_date(rng, max(doc.unit["_install"] + 20 * DAY, D(2017, 1, 1)), LAST_DAY)
    doc.eng = pick_engineer(doc, foreign_ok)
    doc.fx = fault_texts(doc, doc.unit["family"], us)
    doc.us = us
    doc.dates_first = rng.random() < 0.25


def slip_number(doc, pattern):
    d, seq = doc.vdate, doc.idx + 1
    return pattern.format(Y=d.year, y=f"{d.year % 100:02d}", M=f"{d.month:02d}", D=f"{d.day:02d}",
                          s3=f"{seq % 1000:03d}", s4=f"{seq:04d}", s5=f"{seq:05d}", s6=f"{seq:06d}",
                          roc=d.year - 1911)


def block_cust(doc, allow_cityless=True):
    rng, L = doc.rng, doc.label
    rows = [(L("customer"), doc.customer_str(allow_cityless))]
    if rng.random() < 0.55:
        rows.append((L("contact"), contact_name(doc)))
    if rng.random() < 0.45:
        rows.append((L("phone"), rng.choice([doc.cust["_phone"], doc.cust["_mobile"]])))
    if doc.need_city or rng.random() < 0.35:
        rows.append(doc.where())
    return rows


def block_unit(doc):
    rng, L, u = doc.rng, doc.label, doc.unit
    rows = []
    if rng.random() < 0.5:
        rows.append((L("device"), fam_name(doc, u["family"], getattr(doc, "us", False))))
    rows.append((L("model"), doc.model_str()))
    if rng.random() < 0.95:
        rows.append((L("serial"), doc.serial_str()))
    install, purchase = rng.random() < 0.45, rng.random() < 0.2
    if doc.dates_first and not (install or purchase):
        install = True
    if purchase:
        rows.append((L("purchase"), doc.other("purchase", u["_purchase"])))
    if install:
        rows.append((L("install"), doc.other("install", u["_install"])))
    if rng.random() < 0.25:
        rows.append((L("warranty_until"), doc.other("warranty_until", u["_warranty"])))
    return rows


def block_fault(doc, cause_p=0.5):
    rows = [(doc.label("fault"), doc.put("fault", cap(doc.fx["fault"])))]
    if doc.rng.random() < cause_p:
        rows.append((doc.label("cause"), doc.put("cause", cap(doc.fx["cause"]))))
    return rows


def block_work(doc):
    rows = [(doc.label("action"), doc.put("action", cap(doc.fx["action"])))]
    if doc.rng.random() < 0.4:
        rows.append((doc.label("result"), doc.rng.choice(RESULTS[doc.lang])))
    return rows


def block_sign(doc):
    rng, L = doc.rng, doc.label
    doc.t["engineer_id"] = doc.eng[0]
    rows = [(L("engineer"), doc.put("engineer", doc.eng_str()))]
    if rng.random() < 0.4:
        h = rng.choice(["1", "1.5", "2", "2.5", "3", "4"])
        rows.append((L("hours"), {"en": f"{h} h", "zh-Hant": f"{h}小時"}.get(doc.lang, f"{h}小时")))
    in_w = doc.vdate <= doc.unit["_warranty"]
    if rng.random() < 0.3:
        rows.append((L("wstatus"), WSTATUS[doc.lang][0 if in_w else 1]))
    if rng.random() < 0.25:
        fee = "0" if in_w else str(rng.choice([200, 350, 480, 800, 1200]))
        rows.append((L("fee"), ("¥" if doc.lang != "en" else "CNY ") + fee))
    if rng.random() < 0.3:
        rows.append((L("signature"), rng.choice(SIGNED[doc.lang])))
    if rng.random() < 0.12:
        printed = doc.vdate + DAY * rng.randint(0, 20)
        if rng.random() < 0.4:  # a system timestamp, whatever the document's own date style
            stamp = f"{doc.other('report_printed', printed, 'iso')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        else:
            stamp = doc.other("report_printed", printed)
        rows.append((L("report_printed"), stamp))
    return rows


def block_follow(doc):
    rng, rows = doc.rng, []
    if rng.random() < 0.2:
        rows.append((doc.label("follow_up"), doc.other("follow_up", doc.vdate + DAY * rng.randint(2, 7))))
    return rows


def card_rows(doc, date_field, titles=True, number_fmt=None, allow_cityless=True):
    """All fields of a repair card / service report, in an order that honours doc.dates_first."""
    rng = doc.rng
    date_value = doc.visit_date(doc.vdate, getattr(doc, "visit_style", None))
    blocks = {"head": [], "date": [(doc.label(date_field), date_value)]}
    if number_fmt and rng.random() < 0.8:
        blocks["head"].append((doc.label("number"), doc.put("number", slip_number(doc, number_fmt))))
    blocks["cust"] = block_cust(doc, allow_cityless)
    blocks["unit"] = block_unit(doc)
    blocks["fault"] = block_fault(doc)
    blocks["work"] = block_work(doc)
    blocks["sign"] = block_sign(doc)
    blocks["follow"] = block_follow(doc)
    if doc.dates_first:
        order = ["head", "cust", "unit", "date", "fault", "work", "sign", "follow"]
    else:
        order = rng.choice([["head", "date", "cust", "unit", "fault", "work", "sign", "follow"],
                            ["date", "head", "cust", "unit", "fault", "work", "sign", "follow"],
                            ["head", "cust", "date", "unit", "fault", "work", "sign", "follow"]])
    rows = []
    for key in order:
        if not blocks[key]:
            continue
        if titles and key in SECTION_TITLES:
            rows.append((SEC, doc.title(key)))
        rows.extend(blocks[key])
    return rows

# =============================================================================
# Templates: repair cards (T01-T10)
# Each returns (text, path under docs/ without de-duplication).
# =============================================================================


def stem(doc, prefix):
    return f"{prefix}_{doc.t['number']}" if doc.t["number"] else f"{prefix}_{doc.idx + 1:05d}"


def t01_card_kv_table(doc):
    setup_service(doc)
    rng = doc.rng
    title = rng.choice(["维修单", "售后维修单", "设备维修记录单", "维修服务单"])
    rows = card_rows(doc, "date_repair", titles=rng.random() < 0.6, number_fmt="FW-{Y}-{s4}")
    text = f"# {rng.choice(COMPANIES['zh-Hans'])}\n\n## {title}\n\n{r_kv_table(rng, rows, doc.lang)}\n"
    return text, f"维修单/{doc.vdate.year}/{stem(doc, title)}.md"


def t02_card_wide_table(doc):
    setup_service(doc)
    rng = doc.rng
    rows = card_rows(doc, "date_repair", titles=False, number_fmt="WX{s6}")
    title = rng.choice(["设备维修服务单", "售后服务派工单", "维修登记表"])
    foot = rng.choice(["", "\n\n注：本单一式两联，客户联与存档联。", "\n\n（白联存档 / 黄联客户）"])
    text = f"## {title}\n\n{r_wide_table(rng, rows)}{foot}\n"
    return text, f"售后/派工单/{doc.vdate.year}-{doc.vdate.month:02d}/{stem(doc, 'WX')}.md"


def t03_card_bold(doc):
    setup_service(doc)
    rng = doc.rng
    rows = card_rows(doc, "date_repair", titles=rng.random() < 0.5, number_fmt="BX{y}{M}{D}{s3}")
    title = rng.choice(["报修记录", "维修记录", "售后维修记录"])
    text = f"# {title}\n\n{r_bold(rng, rows, doc.lang)}\n"
    return text, f"报修记录/{doc.cust['city']}/{stem(doc, title)}.md"


def t04_card_hant_list(doc):
    setup_service(doc)
    rng = doc.rng
    rows = card_rows(doc, "date_repair", titles=rng.random() < 0.5, number_fmt="修字第{roc}{s4}號")
    company = rng.choice(COMPANIES["zh-Hant"])
    text = f"# 修護卡\n\n{company}\n\n{r_list(rng, rows, doc.lang)}\n"
    return text, f"修護卡/{doc.vdate.year - 1911}年/修護卡_{doc.idx + 1:05d}.md"


def t05_card_en_list(doc):
    setup_service(doc)
    rng = doc.rng
    rows = card_rows(doc, "date_repair", titles=rng.random() < 0.4, number_fmt="RT-{y}{s5}")
    title = rng.choice(["Repair ticket", "Repair card", "Service call sheet"])
    text = f"# {title}\n\n_{rng.choice(COMPANIES['en'])}_\n\n{r_list(rng, rows, doc.lang)}\n"
    return text, f"repair-cards/{doc.vdate.year}/{stem(doc, 'ticket')}.md"


def t06_card_plain_txt(doc):
    setup_service(doc)
    rng = doc.rng
    rows = card_rows(doc, "date_repair", titles=rng.random() < 0.5, number_fmt="NO.{Y}{s5}")
    title = rng.choice(["维修单", "叫修登记", "售后维修单"])
    text = f"{rng.choice(COMPANIES['zh-Hans'])}\n{title}\n\n{r_plain(rng, rows, doc.lang)}\n"
    doc.encoding = wchoice(rng, [("utf-8", 70), ("gb18030", 30)])
    doc.newline = "\r\n" if rng.random() < 0.4 else "\n"
    return text, f"扫描录入/{title}/{stem(doc, title)}.txt"


def t07_card_headings(doc):
    setup_service(doc)
    rng = doc.rng
    rows = card_rows(doc, "date_repair", titles=True, number_fmt="GD-{Y}{M}-{s4}")
    title = rng.choice(["维修服务记录", "现场维修单", "设备报修处理单"])
    text = f"# {title}\n\n{r_headings(rng, rows, doc.lang)}\n"
    return text, f"维修记录/{doc.cust['city']}/{doc.vdate.year}/{stem(doc, 'GD')}.md"


CSV_COLUMNS = {
    "zh-Hans": [("number", "工单号"), ("date", "受理日期"), ("customer", "客户名称"), ("model", "设备型号"),
                ("serial", "出厂编号"), ("install", "安装日期"), ("fault", "故障描述"), ("cause", "故障原因"),
                ("action", "处理结果"), ("engineer", "工程师")],
    "en": [("number", "Ticket"), ("date", "Opened"), ("customer", "Account name"), ("model", "Product"),
           ("serial", "Serial"), ("install", "Installed"), ("fault", "Symptom"), ("cause", "Root cause"),
           ("action", "Resolution"), ("engineer", "Assigned to")],
}


def csv_text(rows, newline):
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerows(rows)
    return buf.getvalue()


def t08_card_csv(doc):
    setup_service(doc)
    rng = doc.rng
    doc.style = wchoice(rng, STYLE_POOLS["csv"])
    cols = [c for c in CSV_COLUMNS["zh-Hans"] if c[0] in ("date", "customer", "fault", "action", "engineer")
            or rng.random() < 0.7]
    doc.dates_first = doc.dates_first and any(c[0] == "install" for c in cols)
    if doc.dates_first:  # put the installation column before the date column
        cols = [c for c in cols if c[0] == "install"] + [c for c in cols if c[0] != "install"]
    doc.t["engineer_id"] = doc.eng[0]
    values = {"number": lambda: doc.put("number", slip_number(doc, "{Y}{M}-{s4}")),
              "date": lambda: doc.visit_date(doc.vdate), "customer": lambda: doc.customer_str(False),
              "model": doc.model_str, "serial": doc.serial_str,
              "install": lambda: doc.other("install", doc.unit["_install"]),
              "fault": lambda: doc.put("fault", doc.fx["fault"]), "cause": lambda: doc.put("cause", doc.fx["cause"]),
              "action": lambda: doc.put("action", doc.fx["action"]), "engineer": lambda: doc.put("engineer", doc.eng_str())}
    row = [values[key]() for key, _ in cols]
    doc.encoding = wchoice(rng, [("utf-8", 55), ("utf-8-sig", 25), ("gb18030", 20)])
    doc.newline = "\r\n"
    return csv_text([[h for _, h in cols], row], "\n"), f"导出/工单导出_{doc.idx + 1:05d}.csv"


def t09_card_hant_txt(doc):
    setup_service(doc)
    rng = doc.rng
    rows = card_rows(doc, "date_repair", titles=rng.random() < 0.4, number_fmt="{roc}-{s4}")
    title = rng.choice(["叫修登記", "維修紀錄單", "服務憑證"])
    text = f"{rng.choice(COMPANIES['zh-Hant'])}\n{title}\n\n{r_plain(rng, rows, doc.lang)}\n"
    doc.encoding = wchoice(rng, [("utf-8", 60), ("big5", 40)])
    doc.newline = "\r\n" if rng.random() < 0.5 else "\n"
    return text, f"叫修登記簿/{doc.vdate.year - 1911}/{title}_{doc.idx + 1:05d}.txt"


def t10_us_work_order(doc):
    setup_service(doc, us=True)
    rng = doc.rng
    doc.style, doc.locale_hint = wchoice(rng, STYLE_POOLS["us"]), True
    rows = card_rows(doc, "date_repair", titles=True, number_fmt="WO-{s6}")
    company = rng.choice(COMPANIES["us"])
    text = f"# Field Service Work Order\n\n{company}\n\n{r_headings(rng, rows, doc.lang, '###')}\n"
    return text, f"work-orders/US/{stem(doc, 'WO')}.md"

# =============================================================================
# Templates: service reports (T11-T17)
# =============================================================================


def t11_zh_service_report(doc):
    setup_service(doc)
    rng = doc.rng
    if rng.random() < 0.12:
        doc.visit_style = "zhnum"
    rows = card_rows(doc, "date_service", titles=True, number_fmt="SR{y}{M}{D}-{s3}")
    company = rng.choice(COMPANIES["zh-Hans"])
    note = rng.choice(["", "\n\n> 本报告一式两份，客户签字确认后首联寄回客户服务部存档。"])
    text = f"# 服务报告单\n\n{company}\n\n{r_headings(rng, rows, doc.lang)}{note}\n"
    return text, f"服务报告/{doc.cust['city']}/{doc.vdate.year}/{stem(doc, '服务报告')}.md"


def t12_uk_service_report(doc):
    setup_service(doc, foreign_ok=True)
    rng = doc.rng
    doc.style, doc.locale_hint = wchoice(rng, STYLE_POOLS["uk"]), True
    rows = card_rows(doc, "date_service", titles=True, number_fmt="TS/{Y}/{s4}")
    company = rng.choice(COMPANIES["uk"])
    note = rng.choice(["", "\n_All dates DD/MM/YYYY._\n"])
    text = f"# Service Report\n\n{company}\n{note}\n{r_headings(rng, rows, doc.lang)}\n"
    return text, f"Service Reports/{doc.vdate.year}/{stem(doc, 'SR').replace('/', '-')}.md"


def narrative_install(doc, force):
    """Maybe mention the installation (or purchase) date; returns (role, written date) or (None, None)."""
    if force or doc.rng.random() < 0.3:
        role = doc.rng.choice(["install", "install", "purchase"])
        return role, doc.other(role, doc.unit["_install"] if role == "install" else doc.unit["_purchase"])
    return None, None


def t13_en_narrative(doc):
    setup_service(doc)
    rng = doc.rng
    cust, fam = doc.customer_str(allow_cityless=False), fam_name(doc, doc.unit["family"])
    model, serial, who = doc.model_str(), doc.serial_str(), rng.choice(CONTACT_ROLES_EN)
    fault = doc.put("fault", doc.fx["fault"])
    doc.t["engineer_id"] = doc.eng[0]
    eng, d = doc.put("engineer", doc.eng_str()), doc.visit_date(doc.vdate)
    role, inst = narrative_install(doc, doc.dates_first)
    verb = "purchased" if role == "purchase" else "installed"
    if doc.dates_first:
        parts = [f"The {fam} at {cust} ({model}, serial {serial}) was {verb} on {inst}.",
                 f"On {d} {who} reported: {fault}. {eng} attended the same day."]
    else:
        parts = [f"On {d} {who} of {cust} reported that the {fam} ({model}, S/N {serial}) had a problem: {fault}.",
                 f"{eng} attended the same day."]
        if inst:
            parts.append(f"The unit was {verb} on {inst}.")
    if rng.random() < 0.6:
        parts.append(f"Inspection found {doc.put('cause', doc.fx['cause'])}.")
    parts.append(f"Action taken: {doc.put('action', doc.fx['action'])}.")
    parts.append(rng.choice(["The instrument was returned to service.", "Customer confirmed normal operation.", ""]))
    title = rng.choice(["Visit note", "Service summary", "Field visit report"])
    text = f"# {title}\n\n{' '.join(p for p in parts if p)}\n"
    return text, f"visit-notes/{doc.cust['city_pinyin'].replace(chr(39), '')}/{title.replace(' ', '_')}_{doc.idx + 1:05d}.md"


def t14_zh_narrative(doc):
    setup_service(doc)
    rng = doc.rng
    cust, fam = doc.customer_str(allow_cityless=False), fam_name(doc, doc.unit["family"])
    model, serial = doc.model_str(), doc.serial_str()
    fault = doc.put("fault", doc.fx["fault"])
    doc.t["engineer_id"] = doc.eng[0]
    eng, d = doc.put("engineer", doc.eng_str()), doc.visit_date(doc.vdate)
    role, inst = narrative_install(doc, doc.dates_first)
    verb = "购置" if role == "purchase" else "装机"
    contact = contact_name(doc)
    cause = f"发现{doc.put('cause', doc.fx['cause'])}，" if rng.random() < 0.6 else ""
    action = doc.put("action", doc.fx["action"])
    if doc.dates_first:
        parts = [f"该{fam}（型号{model}，出厂编号{serial}）于{inst}{verb}。",
                 f"{d}，{cust}{contact}来电反映设备{fault}。"]
    else:
        parts = [f"{d}，{cust}{contact}来电反映{fam}（型号：{model}，序列号：{serial}）{fault}。"]
    parts.append(f"{eng}当日到场检查，{cause}现场{action}后设备恢复正常，客户签字确认。")
    if inst and not doc.dates_first:
        parts.append(f"（备注：该设备{verb}日期为{inst}。）")
    title = rng.choice(["服务报告", "现场服务情况说明", "上门服务小结"])
    text = f"## {title}\n\n{''.join(parts)}\n"
    return text, f"服务报告/情况说明/{title}_{doc.idx + 1:05d}.md"


def t15_hant_service_table(doc):
    setup_service(doc)
    rng = doc.rng
    rows = card_rows(doc, "date_service", titles=rng.random() < 0.5, number_fmt="服{roc}{M}{s4}")
    text = f"# 服務報告\n\n{rng.choice(COMPANIES['zh-Hant'])}\n\n{r_kv_table(rng, rows, doc.lang)}\n"
    return text, f"服務報告/{doc.vdate.year - 1911}年/服務報告_{doc.idx + 1:05d}.md"


def t16_bilingual_table(doc):
    setup_service(doc)
    rng = doc.rng
    doc.bilingual = True
    rows = card_rows(doc, "date_service", titles=False, number_fmt="BR-{Y}-{s4}")
    text = f"# 服务报告 Service Report\n\n{r_kv_table(rng, rows, 'en')}\n"
    return text, f"Service Reports/bilingual/BR_{doc.idx + 1:05d}.md"


def t17_distributor_memo(doc):
    setup_service(doc)
    rng = doc.rng
    doc.style = wchoice(rng, STYLE_POOLS["ambig"])
    cust, fam = doc.customer_str(allow_cityless=False), fam_name(doc, doc.unit["family"])
    model, serial = doc.model_str(), doc.serial_str()
    number = doc.put("number", slip_number(doc, "SC{s5}"))
    d, fault = doc.visit_date(doc.vdate), doc.put("fault", doc.fx["fault"])
    doc.t["engineer_id"] = doc.eng[0]
    eng = doc.put("engineer", doc.eng_str())
    role, inst = narrative_install(doc, doc.dates_first)
    verb = "purchased" if role == "purchase" else "installed"
    body = [f"Visited {cust} on {d} about the {fam} ({model}, SN {serial})." if not doc.dates_first else
            f"Unit {model} SN {serial} at {cust} ({verb} {inst}): visited on {d}."]
    body.append(f"Issue: {fault}.")
    if rng.random() < 0.5:
        body.append(f"Found {doc.put('cause', doc.fx['cause'])}.")
    body.append(f"Fixed: {doc.put('action', doc.fx['action'])}.")
    if inst and not doc.dates_first:
        body.append(f"(Unit {verb} {inst}.)")
    head = f"From: {rng.choice(COMPANIES['dist'])}\nTo: Service Dept.\nSubject: Service call {number} - {cust}\n"
    text = f"{head}\nHi all,\n\n{' '.join(body)}\n\nRegards,\n{eng}\n"
    return text, f"mail/service-calls/{number}.txt"

# =============================================================================
# Templates: complaints (T18-T21)
# =============================================================================

COMPLAINT_SUFFIX = {"zh-Hans": ["，维修后再次出现", "，多次报修仍未解决", "，影响科室正常工作", "，工程师未按约定时间到场"],
                    "en": [", recurring after the last repair", ", still not fixed after several calls",
                           ", disrupting routine work", "; engineer did not arrive as agreed"]}
ACTION_SUFFIX = {"zh-Hans": ["", "，并免收本次维修费用", "，并安排专人跟踪"],
                 "en": ["", "; labour charge waived", "; account manager to follow up"]}
PHONE_ACTION = {"zh-Hans": "电话指导用户", "zh-Hant": "電話指導用戶", "en": "talked the user through it by phone: "}
URGENCY = {"zh-Hans": ["紧急（1个工作日内）", "一般（3个工作日内）", "复杂（10个工作日内）"],
           "en": ["Urgent (1 working day)", "Normal (3 working days)", "Complex (10 working days)"]}
RESPONSIBLE = {"zh-Hans": ["技术支持部", "区域服务工程师", "质量部", "销售工程师"],
               "en": ["Technical Support", "Regional FSE", "Quality", "Sales"]}
CHANNEL = {"zh-Hans": ["电话", "邮件", "现场", "微信"], "en": ["Phone", "E-mail", "On site"]}
SATISFACTION = {"zh-Hans": ["满意", "基本满意", "不满意"], "en": ["Satisfied", "Partly satisfied", "Not satisfied"]}


def zh_pick(doc, table):
    """Pick from a {zh-Hans, en} table; traditional documents convert the simplified entry."""
    if doc.lang == "en":
        return doc.rng.choice(table["en"])
    v = doc.rng.choice(table["zh-Hans"])
    return to_hant(v, tw=True) if doc.lang == "zh-Hant" else v


def setup_complaint(doc):
    setup_service(doc)
    rng = doc.rng
    doc.visited = rng.random() < 0.75
    doc.cvdate = doc.vdate + DAY * rng.randint(0, 5)
    doc.t["engineer_id"] = doc.eng[0]
    fault = cap(doc.fx["fault"]) + zh_pick(doc, COMPLAINT_SUFFIX)
    action = doc.fx["action"] if doc.visited else PHONE_ACTION[doc.lang] + doc.fx["action"]
    doc.cfault = doc.put("fault", fault)
    doc.caction = doc.put("action", cap(action) + zh_pick(doc, ACTION_SUFFIX))
    doc.ceng = doc.put("engineer", doc.eng_str())


def complaint_rows(doc, titles=False):
    rng, L = doc.rng, doc.label
    head = [(L("number"), doc.put("number", slip_number(doc, "CS-{Y}{M}-{s3}")))] if rng.random() < 0.8 else []
    date = [(L("date_complaint"), doc.visit_date(doc.vdate))]
    if rng.random() < 0.5:
        date.append((L("channel"), zh_pick(doc, CHANNEL)))
    date.append((L("urgency"), zh_pick(doc, URGENCY)))
    cust, unit = block_cust(doc), block_unit(doc)
    body = [(L("fault"), doc.cfault), (L("responsible"), zh_pick(doc, RESPONSIBLE))]
    if rng.random() < 0.7:
        body.append((L("cause"), doc.put("cause", cap(doc.fx["cause"]))))
    body.append((L("action"), doc.caction))
    if doc.visited:
        body.append((L("date_cvisit"), doc.add_visit(doc.cvdate, doc.cfault, doc.caction, doc.eng, doc.ceng)))
    body.append((L("engineer"), doc.ceng))
    if rng.random() < 0.5:
        body.append((L("follow_up"), doc.other("follow_up", doc.cvdate + DAY * rng.randint(2, 7))))
    body.append((L("satisfaction"), zh_pick(doc, SATISFACTION)))
    order = [head, cust, unit, date, body] if doc.dates_first else [head, date, cust, unit, body]
    keys = ["head", "cust", "unit", "date", "work"] if doc.dates_first else ["head", "date", "cust", "unit", "work"]
    rows = []
    for key, block in zip(keys, order):
        if titles and key in ("cust", "unit", "work") and block:
            rows.append((SEC, doc.title(key)))
        rows.extend(block)
    return rows


def t18_zh_complaint_form(doc):
    setup_complaint(doc)
    rng = doc.rng
    rows = complaint_rows(doc)
    title = rng.choice(["投诉(问题)反馈表", "客户投诉(问题)反馈表", "投诉处理单"])
    layout = r_wide_table(rng, rows) if rng.random() < 0.5 else r_kv_table(rng, rows, doc.lang)
    text = f"# {title}\n\n{layout}\n"
    return text, f"投诉/{doc.vdate.year}/{title.replace('(', '').replace(')', '')}_{doc.idx + 1:05d}.md"


def t19_zh_complaint_record(doc):
    setup_complaint(doc)
    rng, L = doc.rng, doc.label
    rows = [(L("customer"), doc.customer_str()), (L("date_complaint"), doc.visit_date(doc.vdate)),
            (L("urgency"), zh_pick(doc, URGENCY))]
    if doc.need_city:
        rows.append(doc.where())
    unit = [(L("model"), doc.model_str()), (L("serial"), doc.serial_str())]
    if doc.dates_first:
        unit.append((L("install"), doc.other("install", doc.unit["_install"])))
        rows = rows[:1] + unit + rows[1:]
    else:
        rows += unit
    parts = [f"### {L('fault')}\n\n{doc.cfault}。\n", f"### {rng.choice(['处理经过', '处理情况'])}\n"]
    cause = f"经检查{doc.put('cause', doc.fx['cause'])}，" if rng.random() < 0.6 else ""
    if doc.visited:
        cv = doc.add_visit(doc.cvdate, doc.cfault, doc.caction, doc.eng, doc.ceng)
        parts.append(f"{cv}，{doc.ceng}上门处理。{cause}{doc.caction}。\n")
    else:
        parts.append(f"{cause}{doc.caction}。（{L('engineer')}：{doc.ceng}）\n")
    if rng.random() < 0.5:
        parts.append(f"{L('follow_up')}：{doc.other('follow_up', doc.cvdate + DAY * rng.randint(2, 7))}，客户表示满意。\n")
    text = f"# 客户投诉处理记录\n\n{r_list(rng, rows, doc.lang)}\n\n" + "\n".join(parts)
    return text, f"投诉/处理记录/{doc.cust['city']}/记录_{doc.idx + 1:05d}.md"


def t20_en_complaint(doc):
    setup_complaint(doc)
    rng = doc.rng
    rows = complaint_rows(doc, titles=rng.random() < 0.5)
    title = rng.choice(["Customer Complaint Record", "Complaint / Issue Feedback Form", "Escalation record"])
    text = f"# {title}\n\n{r_plain(rng, rows, doc.lang)}\n"
    return text, f"complaints/{doc.vdate.year}/{title.split()[0].lower()}_{doc.idx + 1:05d}.md"


def t21_hant_complaint(doc):
    setup_complaint(doc)
    rng = doc.rng
    rows = complaint_rows(doc)
    text = f"# 客訴處理單\n\n{rng.choice(COMPANIES['zh-Hant'])}\n\n{r_wide_table(rng, rows)}\n"
    return text, f"客訴/{doc.vdate.year - 1911}/客訴_{doc.idx + 1:05d}.md"

# =============================================================================
# Templates: equipment history files with a repair log (T22-T26)
# =============================================================================


def setup_history(doc, us=False, foreign_ok=False):
    """One unit and 3-10 service visits on it, oldest first (doc.entries)."""
    setup_service(doc, us, foreign_ok)
    rng = doc.rng
    lo = max(doc.unit["_install"] + 20 * DAY, D(2016, 1, 1))
    offsets = sorted(rng.sample(range((LAST_DAY - lo).days + 1), rng.randint(3, 10)))
    doc.entries = []
    for k in offsets:
        eng = pick_engineer(doc, foreign_ok)
        doc.entries.append((lo + DAY * k, fault_texts(doc, doc.unit["family"], us), eng))
    doc.newest_first = rng.random() < 0.3
    doc.vdate = doc.entries[-1][0]


def history_entries(doc):
    """Entries in the order they are written, each (date, fault, action, engineer tuple, engineer as written)."""
    out = []
    for d, fx, eng in doc.entries:
        out.append((d, cap(fx["fault"]), fx["action"], eng, doc.eng_str(eng)))
    return list(reversed(out)) if doc.newest_first else out


def finish_history(doc):
    latest = max(doc.t["visits"], key=lambda v: v["date"])
    doc.t["visit_date"], doc.t["visit_date_as_written"] = latest["date"], latest["date_as_written"]
    for key in ("fault", "action", "engineer", "engineer_id"):
        doc.t[key] = latest[key]


def history_header(doc):
    rng, L, u = doc.rng, doc.label, doc.unit
    rows = [(L("customer"), doc.customer_str())]
    if doc.need_city:
        rows.append(doc.where())
    rows += [(L("device"), fam_name(doc, u["family"], doc.us)), (L("model"), doc.model_str()),
             (L("serial"), doc.serial_str())]
    if rng.random() < 0.2:
        rows.append((L("purchase"), doc.other("purchase", u["_purchase"])))
    if rng.random() < 0.75:
        rows.append((L("install"), doc.other("install", u["_install"])))
    if rng.random() < 0.3:
        rows.append((L("warranty_until"), doc.other("warranty_until", u["_warranty"])))
    return rows


ZH_LOG_LINES = ["{d}  {f}；处理：{a}；工程师：{e}", "{d}　{f} → {a}（{e}）", "[{d}] 故障：{f}  处理：{a}  人员：{e}"]
EN_LOG_LINES = ["- {d}: {f}. Action: {a}. Engineer: {e}", "- {d} — {f}; {a} ({e})", "* {d} | {f} | {a} | {e}"]
HANT_LOG_LINES = ["{n}. {d}　{f}；處理：{a}；工程師：{e}", "（{cn}）{d}，{f}，{a}。（技術員：{e}）"]


def log_lines(doc, patterns):
    pat = doc.rng.choice(patterns)
    lines = []
    for n, (d, f, a, eng, ew) in enumerate(history_entries(doc), 1):
        ds = doc.add_visit(d, f, a, eng, ew)
        lines.append(pat.format(d=ds, f=f, a=a, e=ew, n=n, cn=cn_number(n)))
    finish_history(doc)
    return "\n".join(lines)


def t22_zh_history_lines(doc):
    setup_history(doc)
    rng = doc.rng
    head = r_plain(rng, history_header(doc), doc.lang)
    title = rng.choice(["设备档案", "仪器维修履历", "设备服务档案"])
    log = log_lines(doc, ZH_LOG_LINES)
    text = f"{title}\n\n{head}\n\n{rng.choice(['维修记录：', '服务记录', '—— 维修履历 ——'])}\n{log}\n"
    doc.encoding = wchoice(rng, [("utf-8", 85), ("gb18030", 15)])
    return text, f"设备档案/{doc.cust['city']}/{doc.unit['serial']}.txt"


def t23_uk_history(doc):
    setup_history(doc, foreign_ok=True)
    rng = doc.rng
    doc.style, doc.locale_hint = wchoice(rng, STYLE_POOLS["uk"]), True
    head = r_bold(rng, history_header(doc), doc.lang)
    log = log_lines(doc, EN_LOG_LINES)
    company = rng.choice(COMPANIES["uk"])
    text = f"# Equipment history\n\n{company}\n\n{head}\n\n## Service log\n\n{log}\n"
    return text, f"Equipment/{canon(doc.unit['serial'])}/history.md"


HIST_COLUMNS = {"zh-Hans": ["日期", "故障现象", "处理方法", "工程师"], "zh-Hant": ["日期", "故障現象", "處理方法", "服務工程師"],
                "en": ["Date", "Fault", "Action", "Engineer"]}


def t24_history_table(doc):
    setup_history(doc)
    rng = doc.rng
    head = r_list(rng, history_header(doc), doc.lang)
    cols = HIST_COLUMNS[doc.lang]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for d, f, a, eng, ew in history_entries(doc):
        lines.append(f"| {doc.add_visit(d, f, a, eng, ew)} | {f} | {a} | {ew} |")
    finish_history(doc)
    title = {"zh-Hans": "设备维修履历", "zh-Hant": "設備維修履歷", "en": "Unit service history"}[doc.lang]
    sub = {"zh-Hans": "维修记录", "zh-Hant": "維修紀錄", "en": "Repair log"}[doc.lang]
    text = f"# {title}\n\n{head}\n\n## {sub}\n\n" + "\n".join(lines) + "\n"
    return text, f"history/{doc.lang}/{doc.unit['model'].replace(' ', '_')}/{doc.idx + 1:05d}.md"


def t25_hant_numbered(doc):
    setup_history(doc)
    rng = doc.rng
    head = r_plain(rng, history_header(doc), doc.lang)
    log = log_lines(doc, HANT_LOG_LINES)
    text = f"# 儀器履歷表\n\n{head}\n\n## 維修紀錄\n\n{log}\n"
    doc.encoding = wchoice(rng, [("utf-8", 75), ("big5", 25)])
    return text, f"儀器履歷/{to_hant(doc.cust['city'])}/{doc.idx + 1:05d}.md"


def t26_history_csv(doc):
    setup_history(doc)
    rng = doc.rng
    doc.style = wchoice(rng, STYLE_POOLS["csv"])
    zh = doc.lang == "zh-Hans"
    header = ["日期", "客户", "型号", "序列号", "故障", "处理", "人员"] if zh else \
        ["Date", "Account", "Model", "Serial", "Problem", "Fix", "Tech"]
    cust = doc.customer_str(allow_cityless=False)
    model, serial = doc.model_str(), doc.serial_str()
    rows = [header]
    for d, f, a, eng, ew in history_entries(doc):
        rows.append([doc.add_visit(d, f, a, eng, ew), cust, model, serial, f, a, ew])
    finish_history(doc)
    doc.encoding = wchoice(rng, [("utf-8", 60), ("utf-8-sig", 25), ("gb18030", 15)] if zh else [("utf-8", 1)])
    doc.newline = "\r\n" if rng.random() < 0.6 else "\n"
    return csv_text(rows, "\n"), f"exports/service-history/{canon(doc.unit['serial'])}_{doc.idx + 1:05d}.csv"

# =============================================================================
# Templates: customer files (T27-T32).  T27-T29 are the master file of a
# customer and carry the registered name; T30-T32 are later additions.
# =============================================================================


def master_rows(doc):
    rng, L, c = doc.rng, doc.label, doc.cust
    rows = [(L("customer_reg"), doc.customer_str(registered=True))]
    if doc.lang != "en" and rng.random() < 0.5:
        rows.append((L("eng_name"), c["english"]))
    if doc.lang == "en":
        rows.append((L("eng_name"), c["english"]))
    rows.append((L("cust_code"), f"KH-{int(c['id'][1:]) * 7 + 1000:05d}"))
    grade = {"zh-Hans": "{}类", "zh-Hant": "{}類", "en": "Class {}"}[doc.lang].format(c["_grade"])
    rows += [(L("grade"), grade), doc.where() if rng.random() < 0.3 else
             (L("address"), {"zh-Hans": c["address"], "zh-Hant": to_hant(c["address"]), "en": c["_address_en"]}[doc.lang])]
    for k in range(2 if rng.random() < 0.5 else 1):
        rows.append((L("contact"), contact_name(doc, k)))
    rows.append((L("phone"), c["_phone"]))
    return rows


def unit_listing(doc, install_p=0.85, warranty_p=0.5):
    """Units of doc.cust as (model, serial, install, warranty) strings; dates recorded as other_dates."""
    rng = doc.rng
    show_i, show_w = rng.random() < install_p, rng.random() < warranty_p
    out = []
    for u in doc.cust["_units"]:
        serial = wchoice(rng, serial_forms(u["serial"], doc.lang)[:4])
        doc.t["serials"].append(u["serial"])
        doc.t.setdefault("serials_as_written", []).append(serial)
        inst = doc.other("install", u["_install"]) if show_i else None
        warr = doc.other("warranty_until", u["_warranty"]) if show_w else None
        out.append((u["model"], serial, inst, warr))
    return out, show_i, show_w


def md_unit_table(doc, units, show_i, show_w):
    L = doc.label
    cols = [L("model"), L("serial")] + ([L("install")] if show_i else []) + ([L("warranty_until")] if show_w else [])
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for m, s, i, w in units:
        lines.append("| " + " | ".join([m, s] + ([i] if show_i else []) + ([w] if show_w else [])) + " |")
    return "\n".join(lines)


def t27_zh_master(doc):
    rng = doc.rng
    rows = master_rows(doc)
    units, si, sw = unit_listing(doc)
    text = (f"# {rng.choice(['客户档案', '客户信息卡', '客户服务档案'])}\n\n{r_kv_table(rng, rows, doc.lang)}\n\n"
            f"## {rng.choice(['设备清单', '在用设备', '装机明细'])}\n\n{md_unit_table(doc, units, si, sw)}\n")
    return text, f"客户档案/{doc.cust['city']}/{doc.cust['name']}.md"


def t28_hant_master(doc):
    rng, L = doc.rng, doc.label
    rows = master_rows(doc)
    units, si, sw = unit_listing(doc)
    lm, ls, li, lw = L("model"), L("serial"), L("install"), L("warranty_until")
    lines = []
    for m, s, i, w in units:
        extra = (f"　{li}：{i}" if si else "") + (f"　{lw}：{w}" if sw else "")
        lines.append(f"- {lm}：{m}　{ls}：{s}{extra}")
    text = f"# 客戶資料卡\n\n{r_bold(rng, rows, doc.lang)}\n\n## 設備一覽\n\n" + "\n".join(lines) + "\n"
    return text, f"客戶資料/{doc.cust['traditional']}.md"


def t29_en_master(doc):
    rng = doc.rng
    rows = [(SEC, "Account")] + master_rows(doc)
    units, si, sw = unit_listing(doc)
    lines = []
    for m, s, i, w in units:
        lines.append(f"- {m}, S/N {s}" + (f", installed {i}" if si else "") + (f", warranty until {w}" if sw else ""))
    text = f"# Account profile\n\n{r_headings(rng, rows, doc.lang)}\n\n## Installed base\n\n" + "\n".join(lines) + "\n"
    return text, f"accounts/{doc.cust['id'].replace('K', 'ACC-')}.md"


def t30_zh_grading(doc):
    rng, L = doc.rng, doc.label
    rows = [(L("customer"), doc.customer_str())]
    if doc.need_city:
        rows.append(doc.where())
    year = rng.randint(2019, 2024)
    rows += [("评定年度", f"{year}年度"), ("装机台数", f"{len(doc.cust['_units'])}台"),
             ("年度报修次数", f"{rng.randint(0, 12)}次"), (L("grade"), f"{doc.cust['_grade']}类"),
             ("评定部门", rng.choice(["客户服务管理组", "客服中心", "技术支持部"]))]
    text = f"# 客户分级评定表\n\n{r_wide_table(rng, rows, 2)}\n\n说明：A类客户每季度巡检一次，B类每半年一次，C类按需服务。\n"
    return text, f"客户管理/分级评定/{year}/评定_{doc.idx + 1:05d}.md"


def t31_en_agreement(doc):
    rng = doc.rng
    cust = doc.customer_str(allow_cityless=False)
    units, si, sw = unit_listing(doc, 0.9, 0.7)
    ref = f"SA-{rng.randint(2019, 2024)}-{doc.idx + 1:04d}"
    text = (f"# Service agreement schedule\n\n**{doc.label('customer')}:** {cust}\n\n**Agreement ref:** {ref}\n\n"
            f"Covered equipment:\n\n{md_unit_table(doc, units, si, sw)}\n\n"
            "Response time: 24 h (urban), 48 h (remote). Preventive maintenance twice a year.\n")
    return text, f"contracts/{ref}.md"


def t32_hant_contact_update(doc):
    rng, L = doc.rng, doc.label
    rows = [(L("customer"), doc.customer_str())]
    if doc.need_city:
        rows.append(doc.where())
    rows += [("原聯絡人", contact_name(doc, 0)), ("新聯絡人", contact_name(doc, 1)), (L("phone"), doc.cust["_mobile"])]
    if rng.random() < 0.5:
        rows.append((L("report_printed"), doc.other("report_printed", rand_date(rng, D(2019, 1, 1), LAST_DAY))))
    text = f"# 聯絡人資料更新\n\n{r_plain(rng, rows, doc.lang)}\n"
    return text, f"客戶資料/異動/更新_{doc.idx + 1:05d}.md"


# =============================================================================
# Templates: training material (T33-T35); no customer, no visit
# =============================================================================


def setup_training(doc):
    rng = doc.rng
    doc.fam = rng.choice(list(FAMILIES))
    doc.unit = {"model": rng.choice(FAMILIES[doc.fam][2])[0]}
    doc.model_w = doc.model_str()
    doc.t["serial"] = doc.t["serial_as_written"] = None
    doc.items = []
    for entry in FAULTS[doc.fam]:
        x = [part.replace("{code}", rng.choice(ERROR_CODES)) for part in entry]
        if doc.lang == "en":
            doc.items.append((x[1], x[3], x[5]))
        elif doc.lang == "zh-Hant":
            doc.items.append(tuple(to_hant(v, tw=True) for v in (x[0], x[2], x[4])))
        else:
            doc.items.append((x[0], x[2], x[4]))


def training_footer(doc):
    if doc.rng.random() < 0.3:
        d = rand_date(doc.rng, D(2018, 1, 1), LAST_DAY)
        return f"\n{doc.label('report_printed')}: {doc.other('report_printed', d)}\n"
    return ""


def t33_zh_training(doc):
    setup_training(doc)
    rng = doc.rng
    fam = fam_name(doc, doc.fam)
    out = [f"# {doc.model_w} {fam}常见故障处理（培训资料）", "",
           f"版本：V{rng.randint(1, 3)}.{rng.randint(0, 9)}　编制：技术支持部产品技术支持组", "",
           "## 一、设备概述", "", f"本资料适用于{doc.model_w}型{fam}，供区域服务工程师上岗培训及现场排障参考。", "",
           "## 二、常见故障及处理", ""]
    for n, (f, c, a) in enumerate(doc.items, 1):
        out += [f"### {n}. {f}", "", f"- 可能原因：{c}", f"- 处理方法：{a}", ""]
    out += ["## 三、注意事项", "", "维修完成后须填写服务报告单，请客户签字确认，并在两个工作日内交回客服中心登记。"]
    return "\n".join(out) + "\n" + training_footer(doc), f"培训资料/{fam}/{doc.unit['model'].replace(' ', '_')}_培训_{doc.idx + 1:05d}.md"


def t34_en_kb(doc):
    setup_training(doc)
    rng = doc.rng
    f, c, a = rng.choice(doc.items)
    fam = fam_name(doc, doc.fam)
    kb = f"KB-{1000 + doc.idx}"
    out = [f"# {kb}: {cap(f)} ({doc.model_w})", "", f"**Applies to:** {fam}, model {doc.model_w}", "",
           "## Symptom", "", cap(f) + ".", "", "## Likely cause", "", cap(c) + ".", "", "## Fix", "", cap(a) + ".", "",
           "## Notes", "", "Record the serial number and the fault on the service report before closing the call."]
    return "\n".join(out) + "\n" + training_footer(doc), f"kb/{kb}.md"


def t35_hant_training(doc):
    setup_training(doc)
    rng = doc.rng
    fam = fam_name(doc, doc.fam)
    out = [f"# 教育訓練講義：{doc.model_w} {fam}", "", "## 課程大綱", "", "1. 產品結構與原理", "2. 常見故障排除", "3. 保養要點", "",
           "## 常見故障排除", ""]
    for f, c, a in doc.items:
        out.append(f"- **{f}**：可能原因為{c}，建議{a}。")
    return "\n".join(out) + "\n" + training_footer(doc), f"教育訓練/{fam}/講義_{doc.idx + 1:05d}.md"

# =============================================================================
# Template registry and document plan
# =============================================================================

# id: (kind, [(lang, weight)], function, weight within kind)
TEMPLATES = {
    "T01": ("repair", [("zh-Hans", 1)], t01_card_kv_table, 14),
    "T02": ("repair", [("zh-Hans", 1)], t02_card_wide_table, 12),
    "T03": ("repair", [("zh-Hans", 1)], t03_card_bold, 12),
    "T04": ("repair", [("zh-Hant", 1)], t04_card_hant_list, 9),
    "T05": ("repair", [("en", 1)], t05_card_en_list, 10),
    "T06": ("repair", [("zh-Hans", 1)], t06_card_plain_txt, 10),
    "T07": ("repair", [("zh-Hans", 1)], t07_card_headings, 10),
    "T08": ("repair", [("zh-Hans", 1)], t08_card_csv, 8),
    "T09": ("repair", [("zh-Hant", 1)], t09_card_hant_txt, 7),
    "T10": ("repair", [("en", 1)], t10_us_work_order, 8),
    "T11": ("service_report", [("zh-Hans", 1)], t11_zh_service_report, 18),
    "T12": ("service_report", [("en", 1)], t12_uk_service_report, 15),
    "T13": ("service_report", [("en", 1)], t13_en_narrative, 14),
    "T14": ("service_report", [("zh-Hans", 1)], t14_zh_narrative, 14),
    "T15": ("service_report", [("zh-Hant", 1)], t15_hant_service_table, 12),
    "T16": ("service_report", [("en", 1)], t16_bilingual_table, 13),
    "T17": ("service_report", [("en", 1)], t17_distributor_memo, 14),
    "T18": ("complaint", [("zh-Hans", 1)], t18_zh_complaint_form, 32),
    "T19": ("complaint", [("zh-Hans", 1)], t19_zh_complaint_record, 24),
    "T20": ("complaint", [("en", 1)], t20_en_complaint, 26),
    "T21": ("complaint", [("zh-Hant", 1)], t21_hant_complaint, 18),
    "T22": ("equipment_history", [("zh-Hans", 1)], t22_zh_history_lines, 24),
    "T23": ("equipment_history", [("en", 1)], t23_uk_history, 20),
    "T24": ("equipment_history", [("zh-Hans", 4), ("en", 3), ("zh-Hant", 3)], t24_history_table, 24),
    "T25": ("equipment_history", [("zh-Hant", 1)], t25_hant_numbered, 16),
    "T26": ("equipment_history", [("zh-Hans", 1), ("en", 1)], t26_history_csv, 16),
    "T27": ("customer_file", [("zh-Hans", 1)], t27_zh_master, 50),
    "T28": ("customer_file", [("zh-Hant", 1)], t28_hant_master, 20),
    "T29": ("customer_file", [("en", 1)], t29_en_master, 30),
    "T30": ("customer_file", [("zh-Hans", 1)], t30_zh_grading, 40),
    "T31": ("customer_file", [("en", 1)], t31_en_agreement, 35),
    "T32": ("customer_file", [("zh-Hant", 1)], t32_hant_contact_update, 25),
    "T33": ("training", [("zh-Hans", 1)], t33_zh_training, 45),
    "T34": ("training", [("en", 1)], t34_en_kb, 35),
    "T35": ("training", [("zh-Hant", 1)], t35_hant_training, 20),
}
MASTER_TEMPLATES = ("T27", "T28", "T29")
KIND_SHARES = [("repair", 30), ("service_report", 25), ("complaint", 12), ("equipment_history", 13),
               ("customer_file", 10), ("training", 10)]


def plan_kinds(n, rng):
    """Kinds for documents 0..n-1: exact shares by largest remainder, shuffled."""
    total = sum(w for _, w in KIND_SHARES)
    raw = [(k, n * w / total) for k, w in KIND_SHARES]
    counts = {k: int(x) for k, x in raw}
    rest = sorted(raw, key=lambda kx: -(kx[1] - int(kx[1])))
    for k, _ in rest[:n - sum(counts.values())]:
        counts[k] += 1
    plan = [k for k, _ in KIND_SHARES for _ in range(counts[k])]
    rng.shuffle(plan)
    return plan


def choose_template(rng, kind, master):
    ids = [t for t, v in TEMPLATES.items() if v[0] == kind]
    if kind == "customer_file":
        ids = [t for t in ids if (t in MASTER_TEMPLATES) == master]
    tid = wchoice(rng, [(t, TEMPLATES[t][3]) for t in ids])
    return tid, wchoice(rng, TEMPLATES[tid][1])


def make_doc(world, idx, kind, master_cust):
    rng = random.Random(f"othergen/{world.seed}/pick/{idx}")
    tid, lang = choose_template(rng, kind, master_cust is not None)
    doc = Doc(world, idx, kind, tid, lang)
    if kind == "customer_file":
        doc.master = master_cust is not None
        doc.cust = master_cust or pick_customer(doc)
    text, path = TEMPLATES[tid][2](doc)
    return doc, text, path


# =============================================================================
# Output
# =============================================================================


def encode(doc, text):
    """Bytes of the document in its encoding; falls back to UTF-8 if a character cannot be encoded."""
    text = text.replace("\n", doc.newline)
    try:
        return text.encode(doc.encoding)
    except UnicodeEncodeError:
        doc.encoding = "utf-8"
        return text.encode("utf-8")


def unique_path(path, used):
    base, ext = os.path.splitext(path)
    candidate, n = path, 2
    while candidate in used:
        candidate = f"{base}_{n}{ext}"
        n += 1
    used.add(candidate)
    return candidate


def prepare_out(out):
    if os.path.exists(out) and os.listdir(out) and not os.path.exists(os.path.join(out, MARKER)):
        sys.exit(f"othergen: {out} is not empty and was not made by othergen; refusing to overwrite")
    if os.path.exists(os.path.join(out, "docs")):
        shutil.rmtree(os.path.join(out, "docs"))
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    with open(os.path.join(out, MARKER), "w", encoding="utf-8") as fh:
        fh.write("made by tools/othergen/othergen.py\n")


def public(record):
    return {k: v for k, v in record.items() if not k.startswith("_")}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def generate(n_docs, seed, out):
    prepare_out(out)
    world = World(n_docs, seed)
    kinds = plan_kinds(n_docs, world.rng)
    n_master = min(kinds.count("customer_file"), round(0.7 * len(world.customers)))
    masters = sorted(world.rng.sample(world.customers, n_master), key=lambda c: c["id"])
    used, truths = set(), []
    for idx, kind in enumerate(kinds):
        master = masters.pop(0) if kind == "customer_file" and masters else None
        doc, text, path = make_doc(world, idx, kind, master)
        data = encode(doc, text)
        path = unique_path(path, used)
        full = os.path.join(out, "docs", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data)
        truth = doc.finish()
        truth["path"] = path
        truths.append(truth)
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for t in truths:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    write_json(os.path.join(out, "customers.json"), {"customers": [public(c) for c in world.customers]})
    write_json(os.path.join(out, "units.json"), {"units": [public(u) for u in world.units]})
    return truths


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate held-out after-sales service paperwork for kb benchmarks.")
    ap.add_argument("--docs", type=int, default=2000, help="number of documents (default 2000)")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = ap.parse_args(argv)
    if args.docs < 1:
        ap.error("--docs must be positive")
    truths = generate(args.docs, args.seed, args.out)
    counts = {}
    for t in truths:
        counts[t["kind"]] = counts.get(t["kind"], 0) + 1
    print(f"othergen: {len(truths)} documents in {args.out}: " +
          ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
