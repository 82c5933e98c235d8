#!/usr/bin/env python3
"""scalegen: a deterministic, invented after-sales service archive for kb benchmarks.

    python3 tools/scalegen/scalegen.py --docs N --out DIR [--seed 1] [--queries]

Writes DIR/docs/<kind>/<bucket>/<name>.txt|.md (the documents), DIR/truth.jsonl (one line of
ground truth per document), DIR/meta.json (counts, bytes, seed, version, serial statistics) and,
with --queries, DIR/queries.jsonl (judged queries; only for N <= 20000).  Python 3 standard
library only.  See tools/scalegen/README.md.
"""
import argparse
import bisect
import json
import os
import random
import re
import statistics
import sys
import time
import unicodedata
import zlib
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # leave no __pycache__ next to the scripts
import zhtrad  # noqa: E402  (simplified -> traditional table, made by make_zhtrad.py with OpenCC)

VERSION = "scalegen 1.0"
MAX_QUERY_DOCS = 20000
END = date(2025, 12, 31).toordinal()
START = date(2015, 1, 1).toordinal()

# =============================================================================================
# Vocabulary.  Every Chinese word of a fault phrase, the tracked domain words and the other
# words the text uses, with toneless pinyin.  Tracked words (TRACKED) are reported in
# truth.jsonl "words" and may be pinyin query targets; GENERIC words only compose fault phrases
# and take part in the pinyin collision check (two words with one pinyin are never targets).
# =============================================================================================
TRACKED = """
离心机 li xin ji|生化分析仪 sheng hua fen xi yi|血液细胞分析仪 xue ye xi bao fen xi yi|血液分析仪 xue ye fen xi yi
交换机 jiao huan ji|服务器 fu wu qi|投影机 tou ying ji|电池包 dian chi bao|不间断电源 bu jian duan dian yuan
尿液分析仪 niao ye fen xi yi|生物安全柜 sheng wu an quan gui|冷藏箱 leng cang xiang|血凝分析仪 xue ning fen xi yi
电子天平 dian zi tian ping|精密空调 jing mi kong tiao|分析天平 fen xi tian ping|分析仪 fen xi yi
样本针 yang ben zhen|液面检测 ye mian jian ce|试剂针 shi ji zhen|堵塞 du se|比色杯 bi se bei|污染 wu ran
能量 neng liang|反应盘 fan ying pan|温度 wen du|定标 ding biao|清洗站 qing xi zhan|漏液 lou ye|试剂仓 shi ji cang
吸光度 xi guang du|漂移 piao yi|通讯 tong xun|堵孔 du kong|本底 ben di|稀释液 xi shi ye|激光器 ji guang qi
功率 gong lv|进样针 jin yang zhen|撞针 zhuang zhen|负压 fu ya|质控 zhi kong|失控 shi kong|计数池 ji shu chi
转速 zhuan su|转子 zhuan zi|不平衡 bu ping heng|传感器 chuan gan qi|碳刷 tan shua|磨损 mo sun|门锁 men suo
制冷 zhi leng|振动 zhen dong|电机 dian ji|过热 guo re|转头 zhuan tou|识别 shi bie|电池 dian chi|自检 zi jian
旁路 pang lu|切换 qie huan|逆变器 ni bian qi|过载 guo zai|风扇 feng shan|后备 hou bei|充电器 chong dian qi
端口 duan kou|断线 duan xian|光模块 guang mo kuai|重启 chong qi|网线 wang xian|长度 chang du|配置 pei zhi
环路 huan lu|广播风暴 guang bo feng bao|供电 gong dian|充电 chong dian|单体 dan ti|压差 ya cha|容量 rong liang
衰减 shuai jian|过温 guo wen|外壳 wai ke|鼓包 gu bao|绝缘电阻 jue yuan dian zu|降级 jiang ji
电源模块 dian yuan mo kuai|内存 nei cun|灯泡 deng pao|寿命 shou ming|信号 xin hao|画面 hua mian|偏色 pian se
梯形校正 ti xing jiao zheng|试纸条 shi zhi tiao|卡纸 ka zhi|比重 bi zhong|校准 jiao zhun|光源 guang yuan
风速 feng su|高效过滤器 gao xiao guo lv qi|紫外灯 zi wai deng|压缩机 ya suo ji|温度传感器 wen du chuan gan qi
门封 men feng|漏冷 lou leng|光路 guang lu|磁珠 ci zhu|条码 tiao ma|重量 zhong liang|读数 du shu|内校 nei jiao
显示屏 xian shi ping|高压 gao ya|加湿器 jia shi qi|漏水 lou shui|卤素灯 lu su deng|信号线 xin hao xian
拖链 tuo lian|加热膜 jia re mo|电磁阀 dian ci fa|密封圈 mi feng quan|制冷片 zhi leng pian|滤网 lv wang
滤光片 lv guang pian|干燥剂 gan zao ji|串口线 chuan kou xian|宝石孔 bao shi kong|热敏电阻 re min dian zu
真空泵 zhen kong beng|膜片 mo pian|吊篮 diao lan|减震垫 jian zhen dian|驱动板 qu dong ban|换向器 huan xiang qi
冷凝器 leng ning qi|启动电容 qi dong dian rong|轴承 zhou cheng|磁钢 ci gang|调整 tiao zheng|配平 pei ping
称量 cheng liang|检测板 jian ce ban|配线架 pei xian jia|光纤 guang xian|跳线 tiao xian|固件 gu jian
均衡板 jun heng ban|电芯 dian xin|终端电阻 zhong duan dian zu|排风扇 pai feng shan|硬盘 ying pan
内存条 nei cun tiao|主板 zhu ban|液晶板 ye jing ban|调速板 tiao su ban|镇流器 zhen liu qi
启动继电器 qi dong ji dian qi|门封条 men feng tiao|检测线圈 jian ce xian quan|折射计 zhe she ji|棱镜 leng jing
加湿罐 jia shi guan|排水管 pai shui guan|排液管 pai ye guan|防风罩 fang feng zhao|砝码 fa ma|排线 pai xian
光度计 guang du ji|蛋白结晶 dan bai jie jing|灵敏度 ling min du|功率管 gong lv guan|吸液管 xi ye guan
预热器 yu re qi|冷凝水 leng ning shui|散热 san re|冷却 leng que
"""
GENERIC = """
异常 yi chang|失败 shi bai|故障 gu zhang|低 di|偏高 pian gao|中断 zhong duan|高 gao|不足 bu zu|大 da
不良 bu liang|错误 cuo wu|机身 ji shen|输出 shu chu|机内 ji nei|过高 guo gao|时间 shi jian|反复 fan fu
告警 gao jing|设备 she bei|超标 chao biao|丢失 diu shi|保护 bao hu|无法 wu fa|报错 bao cuo|开机 kai ji
系统 xi tong|到期 dao qi|无 wu|输入 shu ru|关机 guan ji|失灵 shi ling|报警 bao jing|不亮 bu liang
箱内 xiang nei|不启动 bu qi dong|检测 jian ce|读取 du qu|无显示 wu xian shi|灯 deng|实测 shi ce
本地 ben di|实际 shi ji|维修 wei xiu|更换 geng huan|清洗 qing xi|客户 ke hu|保养 bao yang|试机 shi ji
处理 chu li|正常 zheng chang|检查 jian cha|工程师 gong cheng shi|合同 he tong|报价 bao jia|现场 xian chang
"""


def _parse_vocab(block):
    out = {}
    for item in block.replace("\n", "|").split("|"):
        item = item.strip()
        if item:
            w, py = item.split(" ", 1)
            assert w not in out, w
            out[w] = py.strip()
    return out


PY_TRACKED = _parse_vocab(TRACKED)
PY_GENERIC = _parse_vocab(GENERIC)
PINYIN = dict(PY_GENERIC)
PINYIN.update(PY_TRACKED)
for _w, _p in PINYIN.items():
    assert len(_p.split()) == len(_w), (_w, _p)

# =============================================================================================
# Families and models.  fmt: how a serial is built (see make_serial); zh / en: device names.
# =============================================================================================
# family: (code, zh device names, en device names, models [(display, weight, zh override, en override)], fmt)
FAMILIES = [
    ("BIO", ["全自动生化分析仪", "生化分析仪"], ["chemistry analyzer", "biochemistry analyzer"],
     [("DA-7600", 6), ("DA-7610", 3), ("DA-7620", 2), ("DA-7680", 1), ("DA-7690", 1), ("BS-420", 2), ("BS-460", 1)], "A"),
    ("HEM", ["五分类血液细胞分析仪", "血液细胞分析仪", "血液分析仪"], ["hematology analyzer", "5-part hematology analyzer"],
     [("HX-5", 4), ("HX-5S", 2), ("HX-3", 2), ("HA-5180", 3), ("HA-5160", 1)], "B"),
    ("CEN", ["台式高速离心机", "离心机"], ["centrifuge", "benchtop centrifuge"],
     [("TG16", 4), ("TG16W", 3), ("TG20", 2), ("TDL-5M", 4, "台式低速大容量离心机", "low-speed centrifuge"),
      ("TDL-5A", 1, "台式低速离心机", "low-speed centrifuge"),
      ("H1850R", 3, "台式高速冷冻离心机", "refrigerated centrifuge"),
      ("H2050R", 1, "台式高速冷冻离心机", "refrigerated centrifuge")], "C"),
    ("UPS", ["在线式UPS电源", "不间断电源"], ["online UPS", "UPS"],
     [("UPS-3K", 4), ("UPS-6K", 3), ("UPS-10K", 2), ("PW3320", 3), ("PW3340", 1)], "D"),
    ("SW", ["千兆接入交换机", "交换机"], ["access switch", "network switch"],
     [("S5720", 4), ("S5730", 2), ("S6720", 1), ("XG2848", 3), ("XG2824", 2)], "E"),
    ("BAT", ["磷酸铁锂电池包", "电池包"], ["LiFePO4 battery pack", "battery pack"],
     [("LFP48100", 5), ("LFP48200", 2), ("LFP51100", 2), ("LFP24100", 1)], "F"),
    ("SRV", ["机架式服务器", "服务器"], ["rack server", "server"],
     [("RS2290", 4), ("RS2190", 2), ("RS2390", 1)], "G"),
    ("PRJ", ["工程投影机", "投影机"], ["projector", "installation projector"],
     [("EP-X560", 4), ("EP-X580", 2), ("EP-W420", 1)], "H"),
    ("URI", ["尿液干化学分析仪", "尿液分析仪"], ["urine analyzer"],
     [("UA-600", 3), ("UA-660", 2), ("UA-680", 1)], "A"),
    ("BSC", ["二级生物安全柜", "生物安全柜"], ["biosafety cabinet", "class II biosafety cabinet"],
     [("BSC-1300", 3), ("BSC-1600", 2), ("BSC-1800", 1)], "D"),
    ("REF", ["医用冷藏箱", "药品冷藏箱"], ["medical refrigerator", "pharmacy refrigerator"],
     [("MR-280", 3), ("MR-400", 2), ("MR-650", 1)], "C"),
    ("COA", ["全自动血凝分析仪", "血凝分析仪"], ["coagulation analyzer"],
     [("CA-800", 3), ("CA-820", 2), ("CA-1500", 1)], "B"),
    ("BAL", ["电子分析天平", "电子天平"], ["analytical balance", "electronic balance"],
     [("AB-220", 3), ("AB-320", 2), ("AB-520", 1)], "H"),
    ("PAC", ["机房精密空调", "精密空调"], ["precision air conditioner", "CRAC unit"],
     [("PAC-25", 3), ("PAC-40", 2), ("PAC-60", 1)], "D"),
]
FAM_INDEX = {f[0]: i for i, f in enumerate(FAMILIES)}


def compact_model(display):
    return display.replace("-", "").upper()


class Model:
    __slots__ = ("idx", "display", "compact", "fam", "weight", "zh", "en")


MODELS = []
for _fi, (_code, _zh, _en, _models, _fmt) in enumerate(FAMILIES):
    for _m in _models:
        mo = Model()
        mo.idx, mo.display, mo.compact, mo.fam, mo.weight = len(MODELS), _m[0], compact_model(_m[0]), _fi, _m[1]
        mo.zh = [_m[2]] if len(_m) > 2 else _zh
        mo.en = [_m[3]] if len(_m) > 3 else _en
        MODELS.append(mo)
FAM_MODELS = [[m for m in MODELS if m.fam == fi] for fi in range(len(FAMILIES))]

# =============================================================================================
# Faults.  (family, Chinese words joined by '|', English phrase, code, weight, symptom detail
# zh / en, [(cause zh, fix zh, parts zh, cause en, fix en, parts en), ...]).  Traditional text is
# made from the simplified one (zhtrad).  No fault phrase is part of another (checked below), so
# "the document contains the phrase" is unambiguous.
# =============================================================================================
FAULT_DATA = [
    # ---------------------------------------------------------------- biochemistry analyzers
    ("BIO", "样本针|液面检测|异常", "sample probe level detection error", "E23", 6,
     "开机做质控时频繁报 E23，加样中断，急诊标本积压。", "frequent E23 alarms during QC runs, sampling stops and samples pile up.",
     [("样本针外壁有蛋白结晶，液面检测信号不稳。", "用 0.5% 次氯酸钠浸泡样本针 10 分钟，纯水冲洗后做液面检测灵敏度校准，连续吸样 200 次无报警。", "无",
       "protein deposit on the outside of the sample probe makes the level signal unstable.",
       "soaked the probe in 0.5% hypochlorite for 10 minutes, rinsed it and ran the level sensitivity calibration; 200 aspirations without alarm.", "none"),
      ("样本针信号线在拖链出口处折损，接触时好时坏。", "更换样本针信号线，重新整理走线并固定，完成液面检测校准。", "样本针信号线 1 根",
       "the probe signal cable is kinked where it leaves the cable chain.",
       "replaced the probe signal cable, re-routed and fixed it, then calibrated level detection.", "probe signal cable x1")]),
    ("BIO", "试剂针|堵塞", "reagent probe clogged", "E31", 3,
     "试剂加样量不足，多个项目结果偏低，仪器报 E31。", "reagent volume short, several assays read low, the analyzer shows E31.",
     [("试剂针内有结晶和纤维状异物，吸液阻力大。", "拆下试剂针用通针和清洗液疏通，超声清洗后复装，调整针高度并做加样精度检查。", "无",
       "crystals and fibres inside the reagent probe restrict aspiration.",
       "removed the probe and cleared it with a stylet and cleaning solution, ultrasonic clean, adjusted probe height and checked dispensing precision.", "none"),
      ("试剂针针尖变形，清洗无效。", "更换试剂针组件并做水平调整，加样重复性 CV 小于 1%。", "试剂针组件 1 套",
       "the reagent probe tip is bent and cleaning does not help.",
       "replaced the reagent probe assembly and adjusted its level; dispensing CV below 1%.", "reagent probe assembly x1")]),
    ("BIO", "比色杯|污染", "cuvette contamination", None, 4,
     "杯空白超限，肝功能项目重复性差，部分结果偏高。", "cuvette blank out of range, poor repeatability on the liver panel, some results high.",
     [("清洗液配比错误，比色杯内壁发雾。", "按 1:20 重新配制原厂清洗液，手工清洗全部比色杯，杯空白检测全部通过。", "无",
       "a wrong cleaning solution dilution left the cuvette walls cloudy.",
       "mixed the original cleaning solution again at 1:20 and cleaned all cuvettes by hand; cuvette blank passed.", "none"),
      ("一段比色杯划痕严重，清洗后仍超限。", "更换比色杯 3 段，重做杯空白和相关项目定标。", "比色杯 3 段",
       "one cuvette segment is badly scratched and still fails after cleaning.",
       "replaced 3 cuvette segments, repeated the cuvette blank and recalibrated the affected assays.", "cuvette segments x3")]),
    ("BIO", "灯|能量|低", "lamp energy low", "E07", 3,
     "开机自检报 E07，340nm 通道吸光度超限。", "the start-up check stops with E07 on the 340nm channel.",
     [("卤素灯使用超过 3000 小时，亮度下降。", "更换卤素灯，预热 30 分钟后调整光度计增益，重做杯空白。", "卤素灯 12V/20W 1 只",
       "the halogen lamp has run more than 3000 hours and has dimmed.",
       "replaced the halogen lamp, warmed up for 30 minutes, adjusted the photometer gain and repeated the cuvette blank.", "halogen lamp 12V/20W x1"),
      ("灯座接触不良，灯电压波动。", "清洁灯座触点并紧固，测量灯电压稳定在 12V。", "无",
       "poor contact at the lamp socket makes the lamp voltage fluctuate.",
       "cleaned and tightened the lamp socket contacts; lamp voltage stable at 12V.", "none")]),
    ("BIO", "反应盘|温度|异常", "reaction disk temperature abnormal", "E12", 2,
     "反应盘升不到 37℃，仪器报 E12 并暂停测试。", "the reaction disk does not reach 37 C, E12 is shown and tests are paused.",
     [("反应盘加热膜开路。", "更换加热膜，完成温度校准，30 分钟内稳定在 37.0±0.1℃。", "加热膜 1 片",
       "the reaction disk heater film is open-circuit.",
       "replaced the heater film and calibrated the temperature; stable at 37.0 C within 30 minutes.", "heater film x1"),
      ("温控板上的温度探头接头氧化。", "清洁接头并涂保护剂，重新校准温度。", "无",
       "the connector of the temperature probe on the control board has oxidised.",
       "cleaned the connector, applied contact protectant and recalibrated the temperature.", "none")]),
    ("BIO", "定标|失败", "calibration error", "E45", 3,
     "多个项目报 E45，定标曲线斜率超出范围。", "several assays stop with E45, calibration slope out of range.",
     [("定标品复溶后放置过久，浓度已变化。", "更换新批号定标品，按说明复溶后重新定标，质控在控。", "定标品 1 盒",
       "the calibrator stood too long after reconstitution.",
       "used a new calibrator lot, reconstituted it as instructed and recalibrated; QC in range.", "calibrator x1 box"),
      ("试剂批号更换后未更新定标参数。", "在系统中更新试剂批号参数，重新定标并做质控验证。", "无",
       "the reagent lot was changed without updating the calibration parameters.",
       "updated the lot parameters, recalibrated and verified with QC.", "none")]),
    ("BIO", "清洗站|漏液", "wash station leak", None, 2,
     "仪器底部有积水，清洗站附近管路渗液。", "water under the analyzer, seepage near the wash station.",
     [("清洗站排液管老化开裂。", "更换排液管和管路卡箍，试运行 1 小时无渗漏。", "排液管 1 米",
       "the wash station drain tube is aged and cracked.",
       "replaced the drain tube and clamps; no leak after a one hour test run.", "drain tube 1 m"),
      ("电磁阀密封圈磨损。", "更换电磁阀密封圈，检查各接头紧固。", "密封圈 2 只",
       "the seal in the solenoid valve is worn.",
       "replaced the valve seals and checked that all fittings are tight.", "seals x2")]),
    ("BIO", "试剂仓|温度|偏高", "reagent compartment too warm", None, 2,
     "试剂仓温度显示 14℃，高于 2~8℃ 的要求。", "the reagent compartment reads 14 C, above the 2-8 C range.",
     [("试剂仓制冷片老化，散热风扇积灰。", "更换制冷片，清洁散热风扇和滤网，2 小时内降到 6℃。", "制冷片 2 片",
       "aged Peltier elements and a dusty heat sink fan in the reagent compartment.",
       "replaced the Peltier elements and cleaned the fan and the dust screen; 6 C within two hours.", "Peltier element x2")]),
    ("BIO", "吸光度|漂移", "absorbance drift", None, 2,
     "同一质控品一天内结果逐渐偏移，基线不稳。", "QC results creep during the day, the baseline is unstable.",
     [("光度计受潮，滤光片表面有霉斑。", "清洁光度计滤光片，更换干燥剂，调整增益后读数稳定。", "干燥剂 1 包",
       "the photometer is damp and there is mould on the filters.",
       "cleaned the photometer filters, replaced the desiccant and adjusted the gain; readings stable.", "desiccant x1")]),
    ("BIO", "LIS|通讯|中断", "LIS connection lost", None, 2,
     "结果无法上传 LIS，需要手工录入。", "results no longer upload to the LIS and have to be typed in.",
     [("医院网络改造后工作站 IP 地址变化。", "与信息科核对并重新设置 IP 和端口，测试双向通讯正常。", "无",
       "the workstation IP address changed after the hospital rebuilt its network.",
       "set the IP address and port again with the IT department; bidirectional communication tested OK.", "none"),
      ("串口线接头松动。", "更换串口线并固定，重启工作站后通讯恢复。", "串口线 1 根",
       "the serial cable connector is loose.",
       "replaced and secured the serial cable; communication came back after restarting the workstation.", "serial cable x1")]),
    # ---------------------------------------------------------------- hematology analyzers
    ("HEM", "WBC|堵孔", "WBC clog", "E51", 4,
     "白细胞计数频繁报 E51，需反复执行排堵。", "frequent E51 on the white cell count, the remove-clog routine has to be run again and again.",
     [("标本混匀不足，含微凝块。", "执行排堵程序 3 次，探头清洁液浸泡计数池 20 分钟，指导科室规范标本混匀。", "无",
       "under-mixed samples with micro-clots.",
       "ran remove clog three times, soaked the bath with probe cleanser for 20 minutes and coached the lab on sample mixing.", "none"),
      ("关机清洗长期未做，宝石孔有蛋白沉积。", "浸泡清洗宝石孔并灼烧排堵，恢复每日关机清洗。", "无",
       "the daily shutdown cleaning was skipped and protein built up on the aperture.",
       "soaked and burned the aperture clear and restored the daily shutdown cleaning.", "none")]),
    ("HEM", "RBC|堵孔", "RBC clog", "E52", 2,
     "红细胞和血小板计数报 E52，结果不可用。", "E52 on the red cell and platelet counts, results unusable.",
     [("稀释液含颗粒，宝石孔被堵。", "更换稀释液，清洗计数池和宝石孔，本底计数合格。", "稀释液 1 桶",
       "particles in the diluent blocked the aperture.",
       "changed the diluent and cleaned the bath and the aperture; background count passed.", "diluent x1")]),
    ("HEM", "本底|高", "high background", None, 3,
     "开机本底检查不过，PLT 本底 18~30。", "the start-up background check fails, PLT background 18-30.",
     [("稀释液吸液管过滤头贴底，吸入沉淀。", "剪短吸液管 2 cm，清洗计数池后本底合格。", "无",
       "the diluent pick-up filter touches the bottom of the container.",
       "trimmed the pick-up tube by 2 cm and cleaned the baths; background passed.", "none"),
      ("预热器接头松动产生微气泡。", "紧固预热器接头并排气，连续 3 次本底合格。", "无",
       "a loose pre-heater fitting creates micro-bubbles.",
       "tightened the pre-heater fitting and purged the air; three clean backgrounds in a row.", "none")]),
    ("HEM", "稀释液|温度|异常", "diluent temperature abnormal", "E14", 2,
     "仪器报 E14，测试被暂停。", "E14 shown and testing suspended.",
     [("预热器热敏电阻间歇性开路。", "更换热敏电阻，25℃ 下阻值 10 千欧，温度恢复 30℃。", "热敏电阻 1 只",
       "the pre-heater thermistor opens intermittently.",
       "replaced the thermistor (10 kOhm at 25 C); the diluent is back at 30 C.", "thermistor x1")]),
    ("HEM", "激光器|功率|低", "laser power low", None, 1,
     "五分类散点图分群不清，结果需人工复核。", "the 5-diff scattergram is poorly separated and results need manual review.",
     [("激光器使用年限长，输出功率衰减。", "更换激光器组件并调整光路，质控散点图恢复正常。", "激光器组件 1 套",
       "the laser module is old and its output has decayed.",
       "replaced the laser module and aligned the optics; the QC scattergram is normal.", "laser module x1")]),
    ("HEM", "进样针|撞针", "sample probe crash", None, 1,
     "进样针下降时撞到试管底部，发出异响后停机。", "the probe hits the tube bottom with a bang and the analyzer stops.",
     [("试管架位置传感器偏移。", "调整试管架位置传感器并校准进样针高度，更换弯曲的进样针。", "进样针 1 支",
       "the rack position sensor has shifted.",
       "adjusted the rack sensor, calibrated the probe height and replaced the bent probe.", "sample probe x1")]),
    ("HEM", "负压|不足", "insufficient vacuum", "E60", 2,
     "仪器报 E60，计数时间延长。", "E60 shown, counting time too long.",
     [("真空泵膜片破损。", "更换真空泵膜片，负压恢复到 -40kPa。", "膜片 1 片",
       "the diaphragm in the vacuum pump is torn.",
       "replaced the pump diaphragm; vacuum back to -40 kPa.", "diaphragm x1"),
      ("废液瓶盖密封不严。", "更换废液瓶盖密封圈，检查管路无漏气。", "密封圈 1 只",
       "the waste bottle cap does not seal.",
       "replaced the cap seal; no air leaks in the tubing.", "seal x1")]),
    ("HEM", "质控|失控", "QC out of control", None, 2,
     "连续两天质控 HGB 偏高 3SD。", "HGB high by 3 SD on QC for two days.",
     [("HGB 比色池有污物，空白值偏高。", "清洗 HGB 比色池，重新校准 HGB，质控在控。", "无",
       "the HGB cell is dirty and its blank reads high.",
       "cleaned the HGB cell and recalibrated HGB; QC in control.", "none")]),
    ("HEM", "计数池|漏液", "counting bath leak", None, 1,
     "计数池下方有盐结晶，仪器内部有液体。", "salt crystals under the counting bath and fluid inside the analyzer.",
     [("计数池密封圈老化。", "更换计数池密封圈并清理盐结晶，试运行无渗漏。", "密封圈 2 只",
       "the bath seals have aged.",
       "replaced the bath seals and cleaned off the salt; no leak on test.", "seals x2")]),
    # ---------------------------------------------------------------- centrifuges
    ("CEN", "转速|异常", "abnormal rotor speed", "E03", 4,
     "设定 4000 rpm，升速到约 2600 rpm 后停住不升，2 分钟后报 E03 停机。", "set to 4000 rpm it climbs to about 2600 rpm, stalls and stops with E03 after two minutes.",
     [("电机碳刷磨损到极限，接触不良。", "更换碳刷一对，清理换向器碳粉，空载和满载试机转速正常。", "碳刷 2 只",
       "the motor brushes are worn down to the limit.",
       "replaced the pair of brushes and cleaned the carbon dust off the commutator; speed normal empty and loaded.", "carbon brush x2"),
      ("驱动板功率管老化，电机供电不足。", "更换驱动板，重新设置电机参数，试机 30 分钟转速稳定。", "驱动板 1 块",
       "aged power transistors on the drive board starve the motor.",
       "replaced the drive board and entered the motor parameters again; speed stable for 30 minutes.", "drive board x1")]),
    ("CEN", "转子|不平衡", "rotor imbalance", "E05", 4,
     "离心时机身抖动，常跳 E05，声音很大。", "the unit shakes during runs, trips E05 and is very noisy.",
     [("吊篮转轴磨损，转动卡滞。", "更换吊篮并润滑转轴，调整减震垫，满载试机正常。", "吊篮 1 只",
       "a worn bucket pivot makes the bucket swing stiffly.",
       "replaced the bucket, greased the pivots and adjusted the dampers; full-load run OK.", "bucket x1"),
      ("操作人员配平不当，对称位管重相差较大。", "现场指导配平方法，称量后对称管重量差小于 0.5 g。", "无",
       "the tubes were not balanced, opposite positions differed a lot in weight.",
       "showed the staff how to balance the tubes; opposite tubes now within 0.5 g.", "none")]),
    ("CEN", "转速|传感器|故障", "speed sensor failure", "E04", 2,
     "启动后立即报 E04，显示转速为 0。", "E04 right after start, the display shows 0 rpm.",
     [("转速传感器探头积油污，信号弱。", "清洁并更换转速传感器，10000 rpm 实测偏差小于 20 rpm。", "转速传感器 1 只",
       "oil on the sensor head weakens the signal.",
       "cleaned the mount and replaced the sensor; deviation below 20 rpm at 10000 rpm.", "speed sensor x1")]),
    ("CEN", "碳刷|磨损", "carbon brush wear", None, 3,
     "电机运转有火花声，启动缓慢。", "sparking noise from the motor and a slow start.",
     [("碳刷磨损超过三分之二，换向器有积碳。", "更换碳刷并打磨换向器，建议每 1000 小时检查碳刷长度。", "碳刷 2 只",
       "the brushes are more than two thirds gone and there is carbon on the commutator.",
       "replaced the brushes and dressed the commutator; check the brush length every 1000 hours.", "carbon brush x2")]),
    ("CEN", "门锁|故障", "lid lock failure", "E08", 2,
     "运行结束后门盖打不开，提示 E08。", "the lid will not open after the run, E08 shown.",
     [("门锁电磁铁线圈烧毁。", "更换门锁组件，调整锁舌位置，开关门 50 次正常。", "门锁组件 1 套",
       "the solenoid coil in the lock is burnt.",
       "replaced the lock assembly and adjusted the latch; 50 open and close cycles OK.", "lid lock assembly x1")]),
    ("CEN", "制冷|不良", "cooling failure", "E12", 2,
     "设定 4℃，腔体温度只能降到 15℃，报 E12。", "set to 4 C the chamber only reaches 15 C, E12 shown.",
     [("冷凝器积灰严重，散热差。", "清洗冷凝器和滤网，腔体 20 分钟降到 4℃。", "无",
       "the condenser is thick with dust.",
       "cleaned the condenser and the dust screen; chamber at 4 C in 20 minutes.", "none"),
      ("压缩机启动电容失效。", "更换启动电容，压缩机运行电流正常。", "启动电容 1 只",
       "the compressor start capacitor has failed.",
       "replaced the start capacitor; compressor current normal.", "start capacitor x1")]),
    ("CEN", "机身|振动|大", "excessive vibration", None, 2,
     "离心过程中机身晃动并在台面上移位。", "the unit rocks and walks on the bench during runs.",
     [("减震垫老化变硬，台面不平。", "更换减震垫，调整机脚水平，试机晃动明显减小。", "减震垫 4 只",
       "the dampers have aged and hardened and the bench is uneven.",
       "replaced the dampers and levelled the feet; the unit now runs quietly.", "dampers x4")]),
    ("CEN", "电机|过热", "motor overheating", "E09", 1,
     "连续运行一小时后报 E09。", "E09 after an hour of continuous runs.",
     [("电机轴承缺油，运行阻力大。", "更换电机轴承并清理风道，连续运行 2 小时温升正常。", "轴承 2 只",
       "the motor bearings have run dry.",
       "replaced the motor bearings and cleaned the air path; temperature rise normal over two hours.", "bearings x2")]),
    ("CEN", "转头|识别|错误", "rotor ID error", "E11", 1,
     "装上转头后提示 E11，无法启动。", "E11 after fitting the rotor, it will not start.",
     [("转头底部识别磁钢脱落。", "重新粘接识别磁钢，校准转头识别，试机正常。", "无",
       "the ID magnet under the rotor has come off.",
       "bonded the ID magnet again and checked that the rotor is recognised; test run OK.", "none")]),
    # ---------------------------------------------------------------- UPS
    ("UPS", "电池|自检|失败", "battery self-test failed", None, 4,
     "面板报警，电池指示灯闪烁。", "the front panel alarms and the battery LED flashes.",
     [("铅酸电池组使用超过 5 年，内阻增大。", "更换整组电池，重新做电池自检和放电测试。", "电池 16 节",
       "the lead-acid string is over 5 years old with high internal resistance.",
       "replaced the whole string and repeated the self-test and a discharge test.", "batteries x16"),
      ("电池连接线端子松动。", "紧固电池端子，测量各节电压均衡后重新自检通过。", "无",
       "a battery terminal is loose.",
       "tightened the terminals and checked the block voltages; the self-test passed.", "none")]),
    ("UPS", "旁路|切换|异常", "bypass transfer abnormal", "ERR-04", 2,
     "市电波动时频繁切到旁路，面板报 ERR-04。", "keeps transferring to bypass when the mains fluctuates, ERR-04 on the panel.",
     [("旁路输入电压检测板故障。", "更换检测板并重新设置旁路电压范围。", "检测板 1 块",
       "the bypass voltage sensing board is faulty.",
       "replaced the sensing board and set the bypass voltage window.", "sensing board x1")]),
    ("UPS", "逆变器|故障", "inverter fault", "ERR-07", 2,
     "面板报 ERR-07，负载转旁路供电。", "ERR-07 on the panel, load on bypass.",
     [("逆变 IGBT 模块击穿。", "更换 IGBT 模块和驱动板，带载测试 1 小时后重启 UPS 转逆变供电。", "IGBT 模块 1 只",
       "an IGBT module in the inverter has shorted.",
       "replaced the IGBT module and its driver board; after a one hour load test the UPS was restarted on inverter.", "IGBT module x1")]),
    ("UPS", "输出|过载", "output overload", "ERR-09", 2,
     "面板报 ERR-09，负载率超过 105%。", "ERR-09 on the panel, load above 105%.",
     [("客户新增服务器后负载超出容量。", "与客户核对负载清单，将部分设备迁移到另一台 UPS，负载率降到 70%。", "无",
       "the customer added servers beyond the capacity.",
       "went through the load list with the customer and moved part of the load to another UPS; load now 70%.", "none")]),
    ("UPS", "风扇|故障", "fan failure", None, 3,
     "有一只风扇不转，机内温度上升。", "one fan does not turn and the temperature inside rises.",
     [("风扇轴承磨损卡死。", "更换风扇 2 只，清理进风口灰尘。", "风扇 2 只",
       "a fan bearing has seized.",
       "replaced two fans and cleaned the air inlet.", "fans x2")]),
    ("UPS", "机内|温度|过高", "internal over-temperature", "ERR-11", 2,
     "面板报 ERR-11 后转旁路。", "ERR-11 on the panel, then transfer to bypass.",
     [("机房空调停机，环境温度达 38℃。", "协助客户恢复机房空调，清理 UPS 滤网，温度恢复正常。", "无",
       "the room air conditioning stopped and the room reached 38 C.",
       "helped restore the room cooling and cleaned the UPS dust screens; temperature normal.", "none")]),
    ("UPS", "后备|时间|不足", "short backup time", None, 2,
     "停电演练时只支撑 5 分钟，设计为 30 分钟。", "only 5 minutes in a power-cut drill against a design of 30 minutes.",
     [("电池容量衰减，部分电池鼓包。", "更换老化电池，调整电池告警阈值，放电测试达到 32 分钟。", "电池 32 节",
       "the batteries have lost capacity and some blocks are swollen.",
       "replaced the aged batteries and adjusted the battery alarm threshold; discharge test 32 minutes.", "batteries x32")]),
    ("UPS", "充电器|故障", "charger fault", None, 1,
     "市电恢复后电池长时间不充电，电池电压持续下降。", "the batteries do not recharge after the mains returns and their voltage keeps dropping.",
     [("充电器模块输出保险丝熔断。", "更换充电器模块，充电电流恢复到 4A。", "充电器模块 1 块",
       "the output fuse of the charger module has blown.",
       "replaced the charger module; charge current back to 4 A.", "charger module x1")]),
    # ---------------------------------------------------------------- switches
    ("SW", "端口|反复|断线", "port flapping", None, 3,
     "多个接入口反复 up/down，日志里大量 link down 记录。", "several access ports go up and down, the log is full of link down events.",
     [("对端网卡自协商异常。", "将速率双工固定为 1000M 全双工，观察 24 小时未再掉线。", "无",
       "auto-negotiation problem with the far-end network card.",
       "fixed speed and duplex at 1000M full; no link drops over 24 hours.", "none"),
      ("配线架模块氧化接触不良。", "重新打线并更换配线架模块，测试链路合格。", "配线架模块 2 个",
       "an oxidised patch panel module.",
       "terminated the cables again and replaced the patch panel modules; links certified.", "patch panel modules x2")]),
    ("SW", "光模块|告警", "optical module alarm", None, 2,
     "上联光口告警，收光功率低于 -20dBm。", "uplink optical port alarm, receive power below -20 dBm.",
     [("光纤跳线端面污染。", "清洁光纤端面并更换跳线，收光功率恢复到 -6dBm。", "光纤跳线 1 根",
       "the end face of the fibre patch cord is dirty.",
       "cleaned the end faces and replaced the patch cord; receive power back to -6 dBm.", "fibre patch cord x1"),
      ("光模块老化。", "更换光模块，链路恢复。", "光模块 1 只",
       "the transceiver has aged.",
       "replaced the transceiver; link restored.", "transceiver x1")]),
    ("SW", "风扇|告警", "fan alarm", None, 2,
     "面板风扇灯红，日志报风扇告警。", "the fan LED is red and the log shows a fan alarm.",
     [("风扇模块积灰，转速下降。", "更换风扇模块，清理机柜灰尘。", "风扇模块 1 个",
       "the fan tray is dusty and slows down.",
       "replaced the fan tray and cleaned the cabinet.", "fan tray x1")]),
    ("SW", "设备|反复|重启", "random reboots", None, 2,
     "交换机每天无规律重启数次，业务中断。", "the switch reboots several times a day at random and traffic stops.",
     [("电源模块输出纹波大。", "更换电源模块，升级固件到最新版本，观察一周未再重启。", "电源模块 1 个",
       "the power module has a large output ripple.",
       "replaced the power module and upgraded the firmware; no reboot in a week.", "power module x1")]),
    ("SW", "网线|长度|超标", "cable length exceeded", None, 1,
     "远端 AP 时断时续，测试网线长度约 130 米。", "the remote AP drops in and out, the cable measures about 130 m.",
     [("网线长度超过 100 米，信号衰减大。", "增加一台接入交换机中继，网线长度控制在 90 米以内。", "网线 1 箱",
       "the cable run is longer than 100 m with too much attenuation.",
       "added an access switch midway so that each run stays under 90 m.", "cable x1 box")]),
    ("SW", "配置|丢失", "configuration lost", None, 1,
     "停电恢复后回到出厂配置，VLAN 全部丢失。", "after a power cut it came back with factory settings and no VLANs.",
     [("配置修改后未保存。", "从备份恢复配置并保存，重启验证配置保持。", "无",
       "changes were never saved.",
       "restored the configuration from backup, saved it and verified it after a reboot.", "none")]),
    ("SW", "环路|广播风暴", "broadcast storm", None, 1,
     "全楼网络卡顿，交换机 CPU 占用 100%。", "the whole building network crawls, switch CPU at 100%.",
     [("办公室有人把两根网线接到同一台小交换机，形成环路。", "拆除环路，开启环路检测和风暴抑制功能。", "无",
       "someone plugged two cables into the same desk switch and made a loop.",
       "removed the loop and enabled loop detection and storm control.", "none")]),
    ("SW", "PoE|供电|异常", "PoE power failure", None, 1,
     "部分摄像头和 AP 无法上电。", "some cameras and access points do not power up.",
     [("PoE 总功率超出预算。", "调整端口 PoE 优先级，将部分设备改为本地供电。", "无",
       "the PoE budget is exceeded.",
       "adjusted the PoE port priorities and moved some devices to local power.", "none")]),
    # ---------------------------------------------------------------- battery packs
    ("BAT", "BMS|保护|无法|充电", "BMS protection lockout", None, 3,
     "电池包进入保护状态，充电机接上后电流为 0。", "the pack is in protection, the charger is connected but there is no current.",
     [("单体电压过放低于 2.5V 触发 BMS 保护。", "用均衡仪对低压单体单独补电，复位 BMS 后恢复充电。", "无",
       "a cell was over-discharged below 2.5 V and tripped the BMS.",
       "charged the low cell separately with the balancer and reset the BMS; charging resumed.", "none")]),
    ("BAT", "单体|压差|大", "cell voltage imbalance", None, 2,
     "BMS 显示最大单体压差 180mV，告警值为 50mV。", "the BMS shows a 180 mV maximum cell difference, the alarm is at 50 mV.",
     [("均衡电路失效，个别电芯自放电偏大。", "更换 BMS 均衡板并对电芯做均衡充电，压差降到 20mV。", "均衡板 1 块",
       "the balancing circuit failed and one cell self-discharges faster.",
       "replaced the balancing board and balanced the cells; difference down to 20 mV.", "balancing board x1")]),
    ("BAT", "容量|衰减", "capacity fade", None, 2,
     "满充后放电只有标称的 72%。", "only 72% of the rated capacity after a full charge.",
     [("电池长期在高温环境运行，循环次数超过 3000 次。", "做容量测试并出具报告，建议更换电池包。", "无",
       "long operation at high temperature and more than 3000 cycles.",
       "ran a capacity test, issued the report and advised replacing the pack.", "none")]),
    ("BAT", "BMS|通讯|故障", "BMS communication fault", None, 2,
     "监控后台显示电池包离线，无法读取数据。", "the monitoring shows the pack offline with no data.",
     [("CAN 通讯线终端电阻未接。", "补接终端电阻，修改地址拨码，通讯恢复。", "终端电阻 1 只",
       "the CAN bus terminating resistor is missing.",
       "fitted the terminator and corrected the address switch; data back.", "terminator x1")]),
    ("BAT", "充电|过温", "charging over-temperature", None, 1,
     "充电过程中 BMS 停止充电。", "the BMS stops charging halfway.",
     [("储能柜通风不良，充电时柜内温度达 45℃。", "清理进风口并加装排风扇，调整充电电流上限。", "排风扇 1 台",
       "poor ventilation in the cabinet, 45 C inside while charging.",
       "cleared the inlet, added an exhaust fan and lowered the charge current limit.", "exhaust fan x1")]),
    ("BAT", "外壳|鼓包", "swollen casing", None, 1,
     "电池包外壳侧面明显鼓起。", "the side of the pack clearly bulges.",
     [("电芯胀气。", "立即停用隔离，更换电池包，旧包按危险品返厂。", "电池包 1 个",
       "the cells are gassing.",
       "isolated the pack at once and replaced it; the old pack went back as dangerous goods.", "battery pack x1")]),
    ("BAT", "绝缘电阻|低", "low insulation resistance", None, 1,
     "绝缘检测报警，正极对地 0.3 兆欧。", "the insulation monitor alarms, 0.3 MOhm positive to ground.",
     [("电池包进水，接线端子受潮。", "烘干端子并更换密封件，绝缘恢复到 50 兆欧以上。", "密封件 1 套",
       "water got into the pack and the terminals are damp.",
       "dried the terminals and replaced the seals; above 50 MOhm again.", "seal kit x1")]),
    # ---------------------------------------------------------------- servers
    ("SRV", "RAID|降级", "RAID degraded", None, 3,
     "前面板硬盘灯橘色，阵列管理界面显示 Degraded。", "a drive LED is amber and the array manager shows Degraded.",
     [("3 号槽位硬盘 SMART 预警后离线。", "热插拔更换硬盘，阵列自动重建约 6 小时完成，状态 Optimal。", "硬盘 2.4TB 1 块",
       "the drive in slot 3 went offline after a SMART warning.",
       "hot-swapped the drive; the rebuild took about 6 hours and the array is Optimal.", "2.4TB drive x1")]),
    ("SRV", "电源模块|故障", "power supply failure", None, 2,
     "一路电源指示灯熄灭，BMC 报冗余丢失。", "one PSU LED is off and the BMC reports lost redundancy.",
     [("电源电容老化鼓包。", "热插拔更换电源模块，冗余恢复。", "电源模块 1 个",
       "aged, bulging capacitors in the PSU.",
       "hot-swapped the PSU; redundancy restored.", "PSU x1")]),
    ("SRV", "内存|报错", "memory ECC error", None, 1,
     "BMC 日志大量可纠正内存错误。", "the BMC log is full of correctable memory errors.",
     [("一条内存颗粒故障。", "定位并更换故障内存条，运行内存测试 4 小时无报错。", "内存条 32GB 1 条",
       "one DIMM has a bad chip.",
       "found and replaced the DIMM; a 4 hour memory test ran clean.", "32GB DIMM x1")]),
    ("SRV", "无法|开机", "fails to power on", None, 1,
     "按电源键无反应，BMC 可登录。", "nothing happens on the power button, the BMC is reachable.",
     [("主板供电电路故障。", "更换主板并刷写 BIOS 和 BMC 固件，恢复原配置后开机正常。", "主板 1 块",
       "a power circuit fault on the mainboard.",
       "replaced the mainboard, flashed BIOS and BMC and restored the settings; boots normally.", "mainboard x1")]),
    ("SRV", "风扇|转速|低", "fan speed low", None, 1,
     "BMC 报 4 号风扇低于阈值。", "the BMC reports fan 4 below threshold.",
     [("风扇积灰且轴承磨损。", "更换风扇并清理机箱灰尘。", "风扇 1 只",
       "dust and a worn bearing in the fan.",
       "replaced the fan and cleaned the chassis.", "fan x1")]),
    ("SRV", "系统|反复|重启", "system reboot loop", None, 1,
     "操作系统启动到一半自动重启，循环往复。", "the OS restarts halfway through boot, over and over.",
     [("系统更新后驱动不兼容。", "进入安全模式回退驱动，重启后系统稳定运行。", "无",
       "a driver is incompatible after an OS update.",
       "rolled the driver back in safe mode; stable after restart.", "none")]),
    # ---------------------------------------------------------------- projectors
    ("PRJ", "灯泡|寿命|到期", "lamp end of life", None, 3,
     "开机提示更换灯泡，画面亮度明显下降。", "a replace-lamp message at power-on and a much dimmer picture.",
     [("灯泡使用超过 3000 小时。", "更换原装灯泡并清零灯时，清洁滤网。", "灯泡 1 只",
       "the lamp has run over 3000 hours.",
       "fitted a genuine lamp, reset the lamp timer and cleaned the dust screen.", "lamp x1")]),
    ("PRJ", "无|信号|输入", "no input signal", None, 2,
     "电脑连接后投影显示无信号。", "the projector shows no signal with the PC connected.",
     [("HDMI 线过长且接头松动。", "更换 HDMI 线并加装信号放大器。", "HDMI 线 1 根",
       "the HDMI cable is too long and its plug is loose.",
       "replaced the HDMI cable and added a booster.", "HDMI cable x1")]),
    ("PRJ", "画面|偏色", "color cast", None, 1,
     "投影画面整体偏黄。", "the whole picture looks yellow.",
     [("液晶板老化。", "更换液晶板组件，调整色彩参数。", "液晶板组件 1 套",
       "the LCD panel has aged.",
       "replaced the LCD panel block and adjusted the colour settings.", "LCD panel block x1")]),
    ("PRJ", "过热|关机", "overheat shutdown", None, 2,
     "投影机使用 30 分钟后自动断电，温度灯亮。", "the projector switches off after 30 minutes with the temperature LED on.",
     [("滤网堵塞，进风不足。", "清洗滤网和风道，建议每季度清洁一次。", "无",
       "the dust screen is blocked and air cannot get in.",
       "cleaned the dust screen and air path; clean it every quarter.", "none")]),
    ("PRJ", "梯形校正|失灵", "keystone correction not working", None, 1,
     "调节无效，画面呈梯形。", "adjusting has no effect and the picture stays a trapezoid.",
     [("吊装角度超出校正范围。", "重新调整吊架角度后再做梯形校正。", "无",
       "the ceiling mount angle is beyond the correction range.",
       "set the mount angle again and redid the keystone setting.", "none")]),
    # ---------------------------------------------------------------- urine analyzers
    ("URI", "试纸条|卡纸", "strip jam", None, 2,
     "送条机构卡住，试纸条折弯。", "the strip feeder jams and bends the strips.",
     [("送条皮带磨损打滑。", "更换送条皮带，调整皮带张力。", "皮带 1 条",
       "the feed belt is worn and slips.",
       "replaced the feed belt and adjusted its tension.", "belt x1")]),
    ("URI", "比重|校准|失败", "specific gravity calibration failed", None, 1,
     "SG 结果偏差大，无法完成。", "large SG bias, the procedure cannot finish.",
     [("折射计棱镜有污物。", "清洁折射计棱镜，用标准液重新校准比重。", "无",
       "the refractometer prism is dirty.",
       "cleaned the prism and recalibrated SG with standard solution.", "none")]),
    ("URI", "光源|异常", "light source abnormal", None, 1,
     "自检报警，多个项目无结果。", "the self-check alarms and several items give no result.",
     [("LED 光源板老化。", "更换光源板，完成校准。", "光源板 1 块",
       "the LED light board has aged.",
       "replaced the light board and calibrated.", "light board x1")]),
    # ---------------------------------------------------------------- biosafety cabinets
    ("BSC", "风速|报警", "airflow alarm", None, 2,
     "下降风速低于 0.25m/s 时蜂鸣。", "the buzzer sounds when downflow is below 0.25 m/s.",
     [("风机调速板故障。", "更换调速板，重新标定风速。", "调速板 1 块",
       "the blower speed controller board is faulty.",
       "replaced the controller board and set the downflow again.", "controller board x1")]),
    ("BSC", "高效过滤器|堵塞", "HEPA filter clogged", None, 1,
     "风速持续下降，压力表读数升高。", "downflow keeps falling while the pressure gauge rises.",
     [("高效过滤器使用超过 5 年。", "更换高效过滤器并做检漏测试。", "高效过滤器 1 只",
       "the HEPA filter is over 5 years old.",
       "replaced the HEPA filter and leak tested it.", "HEPA filter x1")]),
    ("BSC", "紫外灯|不亮", "UV lamp not lighting", None, 1,
     "开关打开后无反应。", "nothing happens at the switch.",
     [("紫外灯管老化，镇流器损坏。", "更换紫外灯管和镇流器。", "紫外灯管 1 支",
       "the UV tube has aged and the ballast is damaged.",
       "replaced the UV tube and the ballast.", "UV tube x1")]),
    # ---------------------------------------------------------------- medical refrigerators
    ("REF", "箱内|温度|偏高", "cabinet temperature high", None, 2,
     "显示 11℃，超出 2~8℃ 范围报警。", "11 C on the display, outside 2-8 C, alarm.",
     [("冷凝器积灰，散热差。", "清洁冷凝器，检查制冷剂压力正常。", "无",
       "the condenser is dusty.",
       "cleaned the condenser; refrigerant pressure OK.", "none")]),
    ("REF", "压缩机|不启动", "compressor not starting", None, 1,
     "箱温持续上升，听不到运行声。", "the temperature keeps rising and nothing can be heard running.",
     [("启动继电器触点烧蚀。", "更换启动继电器，压缩机运行正常。", "启动继电器 1 只",
       "the start relay contacts are burnt.",
       "replaced the start relay; the compressor runs.", "start relay x1")]),
    ("REF", "温度传感器|故障", "temperature sensor failure", None, 1,
     "显示值跳变，与校准温度计相差 5℃。", "the displayed value jumps and is 5 C off the reference thermometer.",
     [("温度传感器探头受潮。", "更换温度传感器并做温度校准。", "温度传感器 1 只",
       "the probe is damp.",
       "replaced the probe and calibrated.", "probe x1")]),
    ("REF", "门封|漏冷", "door seal leak", None, 1,
     "门边结霜，压缩机频繁启停。", "frost at the door edge and the compressor cycles often.",
     [("门封条老化变形。", "更换门封条，调整门铰链。", "门封条 1 条",
       "the door gasket has aged and deformed.",
       "replaced the gasket and adjusted the hinges.", "door gasket x1")]),
    # ---------------------------------------------------------------- coagulation analyzers
    ("COA", "光路|校准|失败", "optical calibration failure", None, 2,
     "开机自检不过，无法进入测试。", "the start-up check fails and testing cannot start.",
     [("检测通道光纤接头松动。", "紧固光纤接头，调整光路后重新校准。", "无",
       "a fibre connector in the measuring channel is loose.",
       "tightened the connector, aligned the optics and recalibrated.", "none")]),
    ("COA", "磁珠|检测|异常", "steel ball detection error", None, 1,
     "凝固时间结果无规律延长。", "clotting times are randomly long.",
     [("检测位磁场线圈老化。", "更换检测线圈，用质控品验证。", "检测线圈 1 只",
       "the magnetic coil at the test position has aged.",
       "replaced the coil and verified with QC.", "coil x1")]),
    ("COA", "条码|读取|失败", "barcode read failure", None, 1,
     "试剂和样本条码经常读不出，需要手工输入。", "reagent and sample barcodes are often not read and have to be typed.",
     [("条码扫描头玻璃窗有污渍。", "清洁扫描窗并调整扫描角度。", "无",
       "the scanner window is dirty.",
       "cleaned the window and adjusted the scan angle.", "none")]),
    # ---------------------------------------------------------------- balances
    ("BAL", "重量|读数|漂移", "weight reading drift", None, 2,
     "空载时读数不断变化，称量结果不稳定。", "the reading changes with nothing on the pan.",
     [("天平放置处有气流和振动。", "移到稳固台面，加防风罩，重新调整水平。", "无",
       "there are draughts and vibration at the bench.",
       "moved it to a solid bench, added a draft shield and levelled it again.", "none")]),
    ("BAL", "内校|失败", "internal calibration failed", None, 1,
     "执行后提示出错。", "the procedure aborts with a message.",
     [("内校砝码机构卡滞。", "清洁内校砝码机构，外部砝码校准合格。", "无",
       "the built-in weight mechanism sticks.",
       "cleaned the mechanism; the external weight check passed.", "none")]),
    ("BAL", "显示屏|无显示", "blank display", None, 1,
     "开机后屏幕不亮。", "the screen stays dark at power-on.",
     [("显示屏排线松脱。", "重新插接排线并固定。", "无",
       "the display ribbon cable is loose.",
       "seated the ribbon cable again and secured it.", "none")]),
    # ---------------------------------------------------------------- precision air conditioners
    ("PAC", "高压|报警", "high pressure alarm", None, 2,
     "压缩机频繁停机。", "the compressor trips often.",
     [("室外冷凝器脏堵。", "清洗室外冷凝器，检查风机运行正常。", "无",
       "the outdoor condenser is blocked with dirt.",
       "cleaned the outdoor condenser; the fans run normally.", "none")]),
    ("PAC", "加湿器|故障", "humidifier fault", None, 1,
     "机房湿度低于 35%，加湿不工作。", "room humidity below 35% and no humidification.",
     [("加湿罐结垢。", "更换加湿罐并检查进水电磁阀。", "加湿罐 1 个",
       "the canister is scaled.",
       "replaced the canister and checked the inlet valve.", "canister x1")]),
    ("PAC", "漏水|报警", "water leak alarm", None, 1,
     "空调底部漏水检测绳报警。", "the leak detection cable under the unit alarms.",
     [("冷凝水排水管堵塞。", "疏通排水管并加装存水弯。", "无",
       "the condensate drain is blocked.",
       "cleared the drain and fitted a trap.", "none")]),
]


class Fault:
    __slots__ = ("idx", "id", "fam", "words", "zh", "en", "code", "weight", "detail_zh", "detail_en", "pairs")


FAULTS = []
for _i, (_fam, _w, _en, _code, _wt, _dz, _de, _pairs) in enumerate(FAULT_DATA):
    f = Fault()
    f.idx, f.id, f.fam = _i, "F%03d" % (_i + 1), FAM_INDEX[_fam]
    f.words = _w.split("|")
    f.zh, f.en, f.code, f.weight = "".join(f.words), _en, _code, _wt
    f.detail_zh, f.detail_en, f.pairs = _dz, _de, _pairs
    FAULTS.append(f)
FAM_FAULTS = [[f for f in FAULTS if f.fam == fi] for fi in range(len(FAMILIES))]


def _check_faults():
    zh = [f.zh for f in FAULTS]
    en = [f.en.lower() for f in FAULTS]
    for a in range(len(FAULTS)):
        for b in range(len(FAULTS)):
            if a != b:
                assert zh[a] not in zh[b], (zh[a], zh[b])
                assert en[a] not in en[b], (en[a], en[b])
        for w in FAULTS[a].words:
            assert w in PINYIN or w.isascii(), w
    codes = {}
    for f in FAULTS:
        if f.code:
            assert (f.fam, f.code) not in codes, f.code
            codes[(f.fam, f.code)] = f


_check_faults()

# =============================================================================================
# Names and places (all invented).  Pinyin is given for the English forms.
# =============================================================================================
CITY_A = ("岳Yue 柳Liu 望Wang 东Dong 南Nan 青Qing 云Yun 澄Cheng 白Bai 江Jiang 清Qing 安An 兴Xing 宁Ning "
          "平Ping 金Jin 松Song 梅Mei 枫Feng 石Shi 河He 凤Feng 盘Pan 临Lin 北Bei 新Xin 玉Yu 泉Quan 龙Long "
          "鹤He 桐Tong 乐Le 永Yong 瑞Rui 德De 丰Feng 嘉Jia 华Hua 秀Xiu 宜Yi 荷He 蓝Lan 海Hai 汇Hui 宝Bao 碧Bi 晴Qing "
          "春Chun 秋Qiu 银Yin 翠Cui 紫Zi 赤Chi 黎Li 沂Yi 汶Wen 沐Mu 渝Yu 湘Xiang 浔Xun 潞Lu").split()
CITY_B = ("川chuan 溪xi 岭ling 湖hu 泽ze 阳yang 平ping 远yuan 沙sha 原yuan 桥qiao 门men 州zhou 塘tang "
          "山shan 城cheng 亭ting 林lin 田tian 口kou 浦pu 峰feng 陵ling 津jin 都du 丘qiu 港gang 湾wan 坪ping 岗gang "
          "坝ba 滨bin 池chi 庄zhuang 集ji 店dian 渡du 营ying 堡bao 屯tun").split()
TW_CITIES = [("台北", "Taipei"), ("新竹", "Hsinchu"), ("台中", "Taichung"), ("高雄", "Kaohsiung"), ("桃园", "Taoyuan"),
             ("台南", "Tainan"), ("基隆", "Keelung"), ("嘉义", "Chiayi"), ("彰化", "Changhua"), ("屏东", "Pingtung")]
TW_DISTRICTS = "中正 大安 信义 松山 内湖 东区 北区 西屯 南屯 苓雅 前镇 中坜 龟山 安南 永康".split()
BRAND_A = ("澄Cheng 昱Yu 岳Yue 恒Heng 澜Lan 华Hua 明Ming 瑞Rui 康Kang 博Bo 嘉Jia 泰Tai 鼎Ding 宏Hong 睿Rui "
           "锦Jin 润Run 鸿Hong 德De 卓Zhuo 天Tian 星Xing 恩En 晨Chen 启Qi 越Yue 朗Lang 逸Yi 禾He 韵Yun").split()
BRAND_B = ("心xin 晟sheng 澜lan 澔hao 铂bo 岭ling 源yuan 达da 诚cheng 宇yu 辉hui 邦bang 远yuan 和he 盛sheng "
           "通tong 腾teng 威wei 航hang 誉yu 翔xiang 凯kai 瀚han 弘hong 祥xiang 峻jun 晖hui 合he").split()
ORD = [("一", "First", 1), ("二", "Second", 2), ("三", "Third", 3), ("四", "Fourth", 4), ("五", "Fifth", 5),
       ("六", "Sixth", 6), ("七", "Seventh", 7), ("八", "Eighth", 8), ("九", "Ninth", 9)]
ROADS = [("中山路", "Zhongshan Rd"), ("人民路", "Renmin Rd"), ("建设路", "Jianshe Rd"), ("解放路", "Jiefang Rd"),
         ("滨江路", "Binjiang Rd"), ("学府路", "Xuefu Rd"), ("科技园路", "Science Park Rd"), ("新华路", "Xinhua Rd"),
         ("和平路", "Heping Rd"), ("文化路", "Wenhua Rd"), ("朝阳路", "Chaoyang Rd"), ("光明路", "Guangming Rd"),
         ("东风路", "Dongfeng Rd"), ("长江路", "Changjiang Rd"), ("工业大道", "Industrial Ave"), ("健康路", "Jiankang Rd")]
TW_ROADS = ["民生东路五段", "忠孝东路四段", "中山北路二段", "光复路一段", "文心路三段", "中华路一段", "研发二路", "公园路"]
HK_AREAS = [("旺角", "Mong Kok"), ("铜锣湾", "Causeway Bay"), ("尖沙咀", "Tsim Sha Tsui"), ("荃湾", "Tsuen Wan"),
            ("沙田", "Sha Tin"), ("观塘", "Kwun Tong"), ("元朗", "Yuen Long"), ("屯门", "Tuen Mun")]
HK_STREETS = [("弥敦道", "Nathan Road"), ("皇后大道中", "Queen's Road Central"), ("亚皆老街", "Argyle Street"),
              ("荷李活道", "Hollywood Road")]
SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
            ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
            ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("罗", "Luo"), ("高", "Gao"), ("郑", "Zheng"),
            ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("许", "Xu"), ("邓", "Deng"), ("冯", "Feng"),
            ("韩", "Han"), ("曹", "Cao"), ("蔡", "Cai"), ("顾", "Gu")]
GIVEN = [("建军", "Jianjun"), ("晓燕", "Xiaoyan"), ("慧敏", "Huimin"), ("志强", "Zhiqiang"), ("丽娟", "Lijuan"),
         ("海涛", "Haitao"), ("秀英", "Xiuying"), ("立新", "Lixin"), ("佳怡", "Jiayi"), ("俊杰", "Junjie"),
         ("淑芬", "Shufen"), ("冠宇", "Guanyu"), ("雅婷", "Yating"), ("文斌", "Wenbin"), ("春梅", "Chunmei"),
         ("国平", "Guoping"), ("晓东", "Xiaodong"), ("静怡", "Jingyi"), ("宏伟", "Hongwei"), ("美玲", "Meiling"),
         ("子豪", "Zihao"), ("欣怡", "Xinyi"), ("明", "Ming"), ("静", "Jing"), ("伟", "Wei"), ("敏", "Min"),
         ("涛", "Tao"), ("磊", "Lei"), ("洁", "Jie"), ("勇", "Yong")]
ROLES_LAB = [("设备科", "equipment dept."), ("检验科主任", "head of laboratory"), ("生化室组长", "chemistry team lead"),
             ("检验科", "laboratory"), ("临检组", "clinical lab team"), ("医学装备部", "medical equipment dept.")]
ROLES_IT = [("信息中心", "IT centre"), ("运维主管", "operations supervisor"), ("机房管理员", "server room admin"),
            ("网络组", "network team"), ("行政部", "admin office")]
ROLES_PLANT = [("设备部", "maintenance dept."), ("动力车间", "utilities"), ("储能项目组", "storage project team"),
               ("品质部", "quality dept.")]
# Engineers of the service department: (zh, en, region)
ENGINEERS = [("王建军", "Wang Jianjun", "cn"), ("李涛", "Li Tao", "cn"), ("陈晓峰", "Chen Xiaofeng", "cn"),
             ("周静", "Zhou Jing", "cn"), ("张伟", "Zhang Wei", "cn"), ("刘洋", "Liu Yang", "cn"),
             ("赵磊", "Zhao Lei", "cn"), ("孙丽", "Sun Li", "cn"), ("吴昊", "Wu Hao", "cn"), ("郑凯", "Zheng Kai", "cn"),
             ("何军", "He Jun", "cn"), ("高翔", "Gao Xiang", "cn"), ("马骏", "Ma Jun", "cn"), ("胡斌", "Hu Bin", "cn"),
             ("罗敏", "Luo Min", "cn"), ("梁超", "Liang Chao", "cn"), ("宋健", "Song Jian", "cn"), ("谢宇", "Xie Yu", "cn"),
             ("韩冰", "Han Bing", "cn"), ("唐浩", "Tang Hao", "cn"), ("冯涛", "Feng Tao", "cn"), ("董鹏", "Dong Peng", "cn"),
             ("黄怡君", "Huang Yi-chun", "tw"), ("林志明", "Lin Chih-ming", "tw"), ("张家豪", "Chang Chia-hao", "tw"),
             ("蔡佳蓉", "Tsai Chia-jung", "tw"), ("陈冠宇", "Chen Kuan-yu", "tw"), ("萧志豪", "Hsiao Chih-hao", "tw"),
             ("张志强", "Kelvin Cheung", "tw"), ("陈慧仪", "Winnie Chan", "tw")]
ENG_CN = [e for e in ENGINEERS if e[2] == "cn"]
ENG_TW = [e for e in ENGINEERS if e[2] == "tw"]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

# Customer kinds: (key, weight, region, families with weights, role table)
LABFAM = {"BIO": 5, "HEM": 4, "CEN": 4, "URI": 2, "COA": 2, "BSC": 1, "REF": 2}
CUST_KINDS = [
    ("hosp", 26, "cn", LABFAM, ROLES_LAB),
    ("tcm", 8, "cn", LABFAM, ROLES_LAB),
    ("mch", 5, "cn", {"BIO": 3, "HEM": 3, "CEN": 2, "URI": 2, "COA": 1, "REF": 1}, ROLES_LAB),
    ("central", 7, "cn", LABFAM, ROLES_LAB),
    ("cdc", 4, "cn", {"CEN": 3, "BSC": 3, "REF": 3, "BIO": 1, "HEM": 1, "BAL": 1}, ROLES_LAB),
    ("blood", 3, "cn", {"CEN": 4, "REF": 3, "BSC": 1, "HEM": 1}, ROLES_LAB),
    ("lab", 8, "cn", {"BIO": 4, "HEM": 3, "CEN": 3, "COA": 2, "URI": 1, "REF": 1}, ROLES_LAB),
    ("univ", 5, "cn", {"CEN": 4, "BAL": 3, "BSC": 2, "REF": 2, "SW": 1, "PRJ": 2}, ROLES_LAB),
    ("idc", 5, "cn", {"UPS": 4, "SW": 4, "SRV": 4, "PAC": 3, "BAT": 2}, ROLES_IT),
    ("tech", 8, "cn", {"SRV": 3, "SW": 3, "UPS": 3, "PRJ": 2, "PAC": 1}, ROLES_IT),
    ("energy", 6, "cn", {"BAT": 5, "UPS": 2, "BAL": 1, "SW": 1}, ROLES_PLANT),
    ("college", 5, "cn", {"PRJ": 4, "SW": 3, "SRV": 2, "UPS": 1}, ROLES_IT),
    ("mfg", 4, "cn", {"BAL": 3, "UPS": 2, "SW": 2, "SRV": 1, "PAC": 1}, ROLES_PLANT),
    ("tw_hosp", 10, "tw", LABFAM, ROLES_LAB),
    ("tw_tech", 7, "tw", {"SRV": 3, "SW": 3, "UPS": 3, "PRJ": 1, "PAC": 1}, ROLES_IT),
    ("hk_lab", 3, "tw", {"HEM": 3, "BIO": 3, "CEN": 2, "COA": 1}, ROLES_LAB),
]

# =============================================================================================
# Boilerplate sentences (static, so their words are known).  Per language and context.
# =============================================================================================
FILL_ZH = {
    "any": [
        "到场后先查看报警日志和运行记录，再与操作人员确认问题出现的时间和频率。",
        "维修前已与客户确认保修状态，保外更换配件已报价并获同意。",
        "工程师离场前清理了作业现场，恢复了客户原有的参数设置。",
        "客户对本次处理结果表示满意，同意结案。",
        "本次服务已录入服务信息台帐，后续按季度巡检计划跟进。",
        "如同类问题一周内复发，请直接联系区域服务主管。",
        "旧件已由工程师带回，按公司规定返厂分析。",
        "试运行过程中设备平稳，无异常噪音。",
        "客户要求提供书面报告，已在系统中生成电子版发送。",
        "现场无备件，先做临时处理，配件到货后二次上门更换。",
        "已将现场情况拍照留存，附在工单后。",
        "与客户约定下次预防性维护时间，届时一并检查易损件。",
        "操作人员反映问题偶发，到场时未能复现，已调取日志确认。",
        "已向客户说明保外配件价格和供货周期。",
        "已提醒客户做好使用登记，出现报警时记录代码和时间。",
        "同型号设备近期有类似报修，已反馈技术支持部汇总分析。",
        "本次上门距报修时间约 4 小时，符合合同约定的响应时限。",
        "工单关闭前已由客户在服务报告单上签字确认。",
    ],
    "lab": [
        "现场环境温度约 24℃，相对湿度 55%，供电电压稳定。",
        "已向科室操作人员讲解日常保养要点，并提醒按说明书做好每日清洁。",
        "停机期间科室已安排标本分流，对门诊报告影响较小。",
        "处理完毕后由科室用质控品验证，结果在控。",
        "建议科室把日常保养记录贴在仪器旁，便于交接班核对。",
        "科室新来两名操作人员，已现场讲解开关机流程。",
    ],
    "it": [
        "机房温度 22℃，市电输入正常，接地良好。",
        "作业前已确认客户完成数据备份，并在变更窗口内操作。",
        "已更新客户的设备资产清单和配置备份。",
        "按客户运维流程登记变更单，操作全程有值班人员陪同。",
        "已向客户提供本次变更的操作记录和回退方案。",
    ],
    "plant": [
        "现场按安全规范佩戴绝缘手套，操作前断开直流输出。",
        "储能柜环境温度 28℃，通风正常。",
        "已向客户值班电工交代日常巡检要点。",
        "作业前办理了动火和电气作业许可。",
    ],
}
FILL_EN = {
    "any": [
        "Checked the alarm log and the run history first, then confirmed with the operator when the problem started.",
        "Warranty status confirmed with the customer before work; parts outside warranty were quoted and approved.",
        "Work area cleaned up and the customer's settings restored before leaving.",
        "Customer satisfied with the result and agreed to close the call.",
        "Visit logged in the service ledger; next check as per the quarterly inspection plan.",
        "If the same problem comes back within a week, call the regional service manager directly.",
        "Old parts taken back for return-to-factory analysis.",
        "Test run smooth, no unusual noise.",
        "Customer asked for a written report; a PDF copy was sent from the system.",
        "No spare on site, temporary fix first; a second visit is booked when the part arrives.",
        "Photos of the site attached to the work order.",
        "Next preventive maintenance agreed with the customer; wear parts will be checked then.",
        "Operator says the problem is intermittent; could not reproduce on site, confirmed from the log.",
        "Explained the price and lead time of out-of-warranty parts.",
        "Asked the customer to note the alarm code and time whenever it happens again.",
        "Similar calls on the same model recently; passed to technical support for analysis.",
        "On site about 4 hours after the call, within the contract response time.",
        "Service report signed by the customer before the ticket was closed.",
    ],
    "lab": [
        "Room about 24 C, humidity 55%, mains stable.",
        "Went through the daily maintenance with the lab staff and reminded them to clean as the manual says.",
        "The lab sent samples to the backup analyzer during the downtime.",
        "Lab verified with QC material after the repair, results in range.",
        "Suggested the lab keeps the maintenance log next to the instrument for shift handover.",
    ],
    "it": [
        "Server room 22 C, mains input normal, earthing good.",
        "Customer confirmed a fresh backup before work; done inside the change window.",
        "Customer asset list and configuration backup updated.",
        "Change ticket raised in the customer's ITSM; their on-duty staff stayed with us throughout.",
    ],
    "plant": [
        "Insulated gloves worn as per safety rules; DC output isolated before work.",
        "Cabinet ambient 28 C, ventilation normal.",
        "Briefed the customer's electrician on the daily checks.",
    ],
}
FAM_CTX = {"BIO": "lab", "HEM": "lab", "CEN": "lab", "URI": "lab", "COA": "lab", "BSC": "lab", "REF": "lab", "BAL": "lab",
           "UPS": "it", "SW": "it", "SRV": "it", "PRJ": "it", "PAC": "it", "BAT": "plant"}
CUST_NOTES_ZH = [
    "标本量大，急诊多，对停机时间非常敏感。", "科室主任重视预防性维护，每年签订保养合同。",
    "付款流程较长，保外维修需提前走采购审批。", "有自己的设备工程师，简单问题可电话指导处理。",
    "机房管理规范，进场需提前一天预约。", "客户希望每季度提供一次设备运行报告。",
    "曾对响应时间提出意见，已安排就近工程师对接。", "新院区在建，预计明年增加设备。",
]
CUST_NOTES_EN = [
    "High sample volume, very sensitive to downtime.", "Values preventive maintenance; renews the service contract every year.",
    "Slow purchasing; out-of-warranty work needs approval in advance.", "Has an in-house engineer who can follow phone guidance.",
    "Access must be booked a day ahead.", "Asks for a quarterly equipment report.",
    "Once complained about response time; a nearby engineer is now assigned.", "New site under construction, more units expected next year.",
]
COMPLAINT_TAIL_ZH = [
    "科主任电话投诉，要求当天派人。", "客户对上次维修质量提出质疑，要求说明原因。",
    "同一问题一个月内第二次出现，客户要求更换整机。", "影响日常工作，客户要求尽快处理并书面答复。",
    "客户认为响应太慢，要求主管出面沟通。",
]
COMPLAINT_TAIL_EN = [
    "The head of department phoned in the complaint and wants someone today.",
    "The customer questions the quality of the last repair and wants an explanation.",
    "Second time in a month; the customer asks for a replacement unit.",
    "Daily work is affected; the customer wants a quick fix and a written reply.",
    "The customer finds the response too slow and asks for a manager to call.",
]
QA_ZH = ["质量部结论：该批次抽检合格，判定为使用环境问题，已补充使用说明。",
         "质量部结论：该批次存在工艺偏差，已通知供应商整改，库存已隔离。",
         "质量部结论：寄回件分析中，预计两周内回复。"]
QA_EN = ["QA reply: lot sampling passed; treated as an environment issue, the instructions were updated.",
         "QA reply: process deviation in this lot; supplier notified, stock quarantined.",
         "QA reply: returned parts under analysis, answer expected within two weeks."]
TRAIN_NOTES_ZH = ["处理前先确认保修状态，保外更换配件必须先报价。", "同一台设备 3 个月内同一问题复发，必须上报主管。",
                  "服务报告单当场填写，请客户签字，回公司后 24 小时内录入系统。", "不要在未断电的情况下插拔板卡。",
                  "更换配件后必须做功能验证并记录结果。"]
TRAIN_NOTES_EN = ["Check the warranty state first; quote before replacing parts outside warranty.",
                  "Report to your supervisor if the same fault returns on one unit within 3 months.",
                  "Fill in the service report on site and have it signed; enter it within 24 hours.",
                  "Never unplug boards with the power on.", "Verify and record the function after every part replacement."]

# =============================================================================================
# Scanning static text: which tracked words and which fault phrases a fragment holds.  Every
# piece of text that comes from the tables above is "static" and scanned once (cached); names,
# numbers and dates are "dynamic" and by construction hold no tracked word.
# =============================================================================================
ZH_SCAN = sorted(set(PY_TRACKED) | {f.zh for f in FAULTS}, key=lambda w: (-len(w), w))
EN_STOP = {"the", "and", "not", "no", "of", "to", "on", "in", "a", "5-part", "class", "ii", "id", "too",
           # generic words of the phrases, which boilerplate uses too: not key words of a document
           "analyzer", "system", "part", "high", "low", "power", "input", "error", "fault", "failure", "failed",
           "fails", "abnormal", "alarm", "lost", "loop", "starting", "lighting", "working", "short", "time",
           "random", "backup", "installation", "configuration", "server", "internal", "excessive", "insufficient"}
EN_TRACKED = set()
for _f in FAULTS:
    EN_TRACKED.update(w for w in re.findall(r"[a-z][a-z0-9\-]*", _f.en.lower()) if w not in EN_STOP)
for _fam in FAMILIES:
    for _n in _fam[2]:
        EN_TRACKED.update(w for w in re.findall(r"[a-z][a-z0-9\-]*", _n.lower()) if w not in EN_STOP)
EN_TOKEN = re.compile(r"[a-z][a-z0-9\-]*")
_SCAN = {}


def scan(t):
    r = _SCAN.get(t)
    if r is None:
        tl = t.lower()
        words = [w for w in ZH_SCAN if w in t]
        words += sorted(set(EN_TOKEN.findall(tl)) & EN_TRACKED)
        fz = [f.idx for f in FAULTS if f.zh in t]
        fe = [f.idx for f in FAULTS if f.en.lower() in tl]
        r = (frozenset(words), frozenset(fz), frozenset(fe)) if (words or fz or fe) else ()
        if len(_SCAN) < 500000:
            _SCAN[t] = r
    return r


class B:
    """A document being written: its text parts, the subject-zone parts, the words and fault
    phrases of its static text (zh and en phrases separately)."""
    __slots__ = ("parts", "subj", "words", "fzh", "fen", "n")

    def __init__(self):
        self.parts, self.subj, self.words, self.fzh, self.fen, self.n = [], [], set(), set(), set(), 0

    def s(self, t, z=False):
        self.parts.append(t)
        self.n += len(t)
        if z:
            self.subj.append(t)
        r = _SCAN.get(t)
        if r is None:
            r = scan(t)
        if r:
            self.words |= r[0]
            self.fzh |= r[1]
            self.fen |= r[2]

    def d(self, t, z=False):
        self.parts.append(t)
        self.n += len(t)
        if z:
            self.subj.append(t)

    def text(self):
        return "".join(self.parts)


# =============================================================================================
# The world: customers (about one per 20 documents, at least 50) and their units (1-6 each).
# Entities are created in id order as documents need them, each from its own seeded Random, so
# document i is the same in every run with more than i documents.
# =============================================================================================
def wchoice(rng, items, weights):
    return rng.choices(items, weights)[0]


def cum(weights):
    out, t = [], 0
    for w in weights:
        t += w
        out.append(t)
    return out


def pick_cum(rng, items, cw):
    return items[bisect.bisect_right(cw, rng.random() * cw[-1])]


class Customer:
    __slots__ = ("id", "cid", "region", "kind", "name", "aliases", "short", "en", "en_short", "city", "city_en",
                 "roles", "fams", "fam_cw", "unit0", "nunits", "addr", "addr_en", "contact", "contact_en", "phone",
                 "klass", "contract")


class Unit:
    __slots__ = ("id", "cust", "model", "plate", "groups", "key", "mfg", "install", "purchase", "wyears", "profile")


TRACKED_ALL = ZH_SCAN
TRACKED_HEADS = {w[:2] for w in ZH_SCAN}


def holds_tracked(t):
    """Whether a name holds a tracked word (cheap test on the words' first two characters first)."""
    if not any(t[k:k + 2] in TRACKED_HEADS for k in range(len(t) - 1)):
        return False
    return any(w in t for w in TRACKED_ALL)
KIND_IDX = {k[0]: k for k in CUST_KINDS}
CN_KINDS = [k for k in CUST_KINDS if k[2] == "cn"]
TW_KINDS = [k for k in CUST_KINDS if k[2] == "tw"]
CN_KINDS_CW = cum([k[1] for k in CN_KINDS])
TW_KINDS_CW = cum([k[1] for k in TW_KINDS])
NUNITS = [1, 2, 3, 4, 5, 6]
NUNITS_CW = cum([30, 28, 20, 12, 6, 4])
ORD_CW = cum([30, 22, 16, 10, 8, 5, 4, 3, 2])
FAM_MODEL_CW = [cum([m.weight for m in ms]) for ms in FAM_MODELS]
FAM_FAULT_CW = [cum([f.weight for f in fs]) for fs in FAM_FAULTS]
SERIAL_LL = ["JX", "KS", "HZ", "WX", "SZ", "DG", "NB", "QD"]


def _split(tok):
    return tok[0], tok[1:]


class World:
    def __init__(self, seed):
        self.seed = seed
        self.customers = []
        self.units = []
        self.names = set()
        self.aliases = set()
        self.counters = {}

    # ------------------------------------------------------------------ customers
    def ensure(self, n):
        while len(self.customers) < n:
            self._new_customer(len(self.customers))

    def _new_customer(self, c):
        rng = random.Random(f"{self.seed}:C:{c}")
        cu = Customer()
        cu.id, cu.cid = c, "C%05d" % c
        cu.region = "tw" if c % 5 == 1 else "cn"
        kinds, cw = (TW_KINDS, TW_KINDS_CW) if cu.region == "tw" else (CN_KINDS, CN_KINDS_CW)
        kind = pick_cum(rng, kinds, cw)
        cu.kind = kind[0]
        for attempt in range(80):
            made = self._name(rng, cu.kind, attempt)
            name, aliases = made[0], made[1]
            if name in self.names or holds_tracked(name + "|" + "|".join(aliases)):
                continue
            if attempt < 8 and any(a in self.aliases for a in aliases):
                continue
            break
        else:
            name = name + "（%s部）" % "东西南北"[c % 4]
            made = (name,) + made[1:]
        cu.name, cu.aliases, cu.short, cu.en, cu.en_short, cu.city, cu.city_en = made
        if cu.region == "cn" and cu.kind in ("hosp", "tcm", "mch", "central", "cdc", "blood") and rng.random() < 0.5:
            cu.en = cu.en_short = None  # many local hospitals have no English name in use
        self.names.add(name)
        self.aliases.update(cu.aliases)
        cu.roles = kind[4]
        fams = sorted(kind[3].items())
        cu.fams = [FAM_INDEX[f] for f, _w in fams]
        cu.fam_cw = cum([w for _f, w in fams])
        # address, contact, phone, class, contract
        if cu.region == "tw":
            if cu.kind == "hk_lab":
                st, st_en = rng.choice(HK_STREETS)
                n = rng.randint(8, 420)
                fl = rng.randint(2, 28)
                cu.addr = f"香港九龙{st} {n} 号 {fl} 楼"
                cu.addr_en = f"{fl}/F, {n} {st_en}, Kowloon, Hong Kong"
                cu.phone = f"+852 {rng.randint(2000, 3999)} {rng.randint(1000, 9999)}"
            else:
                n = rng.randint(3, 388)
                cu.addr = f"{cu.city}市{rng.choice(TW_DISTRICTS)}区{rng.choice(TW_ROADS)} {n} 号"
                cu.addr_en = f"No. {n}, {cu.city_en} City"
                cu.phone = f"(0{rng.randint(2, 8)}){rng.randint(2000, 8999)}-{rng.randint(1000, 9999)}"
        else:
            road, road_en = rng.choice(ROADS)
            n = rng.randint(1, 999)
            city = cu.city or rng.choice(CITY_A)[0] + rng.choice(CITY_B)[0]
            cu.addr = f"{city}市{road}{n}号"
            cu.addr_en = f"{n} {road_en}, {cu.city_en or 'Mou City'}"
            cu.phone = f"0{rng.randint(310, 939)}-{rng.randint(5000, 8999)} {rng.randint(1000, 9999)}"
        sn, sn_en = rng.choice(SURNAMES)
        gv, gv_en = rng.choice(GIVEN)
        role, role_en = rng.choice(cu.roles)
        cu.contact = f"{sn}{gv}（{role}）"
        cu.contact_en = f"{rng.choice(['Mr.', 'Ms.'])} {sn_en} ({role_en})"
        if not cu.city_en:
            cu.city_en = "Mou"
        cu.klass = wchoice(rng, "ABC", [3, 5, 2])
        cu.contract = rng.random() < 0.55
        # units
        cu.unit0 = len(self.units)
        cu.nunits = pick_cum(rng, NUNITS, NUNITS_CW)
        self.customers.append(cu)
        for _k in range(cu.nunits):
            self._new_unit(cu)

    def _name(self, rng, kind, attempt=0):
        a = rng.choice(CITY_A)
        b = rng.choice(CITY_B)
        city, city_en = a[0] + b[0], a[1:] + b[1:]
        ba, bb = rng.choice(BRAND_A), rng.choice(BRAND_B)
        brand, brand_en = ba[0] + bb[0], ba[1:] + bb[1:]
        if kind == "hosp":
            o, o_en, o_n = pick_cum(rng, ORD, ORD_CW)
            name = f"{city}市第{o}人民医院检验科"
            aliases = [f"{city}{o}院检验科", f"{city}市{o}院"]
            short = aliases + [f"{o}院检验科"]
            en = f"{city_en} {o_en} People's Hospital"
            return name, aliases, short, en, f"{city_en} No.{o_n} Hospital", city, city_en
        if kind == "tcm":
            lv, lv_en = rng.choice([("县", "County"), ("市", "City")])
            return (f"{city}{lv}中医院检验科", [f"{city}中医院", f"{city}{lv}中医院"], [f"{city}中医院", f"{city}{lv}中医院"],
                    f"{city_en} {lv_en} Hospital of TCM", f"{city_en} TCM Hospital", city, city_en)
        if kind == "mch":
            return (f"{city}市妇幼保健院检验科", [f"{city}妇幼", f"{city}市妇幼保健院"], [f"{city}妇幼", f"{city}市妇幼保健院"],
                    f"{city_en} Maternal and Child Health Hospital", f"{city_en} MCH Hospital", city, city_en)
        if kind == "central":
            q, q_en = rng.choice([("", ""), ("", ""), ("东区", "East "), ("西区", "West "), ("南区", "South "), ("北区", "North ")])
            return (f"{city}市{q}中心医院检验科", [f"{city}{q}中心医院", f"{city}市{q}中心医院"],
                    [f"{city}{q}中心医院", f"{city}市{q}中心医院 检验科"],
                    f"{city_en} {q_en}Central Hospital", f"{city_en} {q_en}Central", city, city_en)
        if kind == "cdc":
            return (f"{city}市疾病预防控制中心", [f"{city}疾控", f"{city}市疾控中心"], [f"{city}疾控", f"{city}市疾控中心"],
                    f"{city_en} Center for Disease Control", f"{city_en} CDC", city, city_en)
        if kind == "blood":
            return (f"{city}市中心血站", [f"{city}血站"], [f"{city}血站"], f"{city_en} Blood Center", f"{city_en} Blood Center", city, city_en)
        if kind == "lab":
            pre = city if rng.random() < 0.5 else ""
            return (f"{pre}{brand}医学检验实验室", [f"{brand}检验", f"{brand}医检"], [f"{brand}检验", f"{brand}医检", f"{brand}医学检验"],
                    f"{brand_en} Medical Laboratory", f"{brand_en} Lab", city, city_en)
        if kind == "univ":
            return (f"{city}大学生命科学学院", [f"{city}大学生科院"], [f"{city}大学生科院", f"{city}大学 生命科学学院"],
                    f"{city_en} University School of Life Sciences", f"{city_en} University", city, city_en)
        if kind == "idc":
            pre = city if rng.random() < 0.5 else ""
            return (f"{pre}{brand}云数据中心", [f"{brand}IDC", f"{brand}云计算"], [f"{brand}IDC", f"{brand}云"],
                    f"{brand_en} Cloud Data Center", f"{brand_en} Cloud DC", city, city_en)
        if kind == "tech":
            return (f"{city}{brand}科技有限公司", [f"{brand}科技", f"{city}{brand}科技"], [f"{brand}科技", f"{city}{brand}科技"],
                    f"{brand_en} Technology Co., Ltd.", f"{brand_en} Tech", city, city_en)
        if kind == "energy":
            pre = city if rng.random() < 0.5 else ""
            return (f"{pre}{brand}新能源材料有限公司", [f"{brand}新能源", f"{brand}新材"], [f"{brand}新能源", f"{brand}新材"],
                    f"{brand_en} New Energy Materials Co., Ltd.", f"{brand_en} New Energy", city, city_en)
        if kind == "college":
            return (f"{city}职业技术学院", [f"{city}职院"], [f"{city}职院", f"{city}职业技术学院信息中心"],
                    f"{city_en} Vocational College", f"{city_en} College", city, city_en)
        if kind == "mfg":
            pre = city if rng.random() < 0.5 else ""
            return (f"{pre}{brand}电子制造有限公司", [f"{brand}电子", f"{brand}电子制造"], [f"{brand}电子", f"{brand}电子制造"],
                    f"{brand_en} Electronics Manufacturing Co., Ltd.", f"{brand_en} Electronics", city, city_en)
        tc, tc_en = rng.choice(TW_CITIES)
        if kind == "tw_hosp":
            return (f"{tc}{brand}医院检验科", [f"{brand}医院", f"{tc}{brand}医院"], [f"{brand}医院检验科", f"{brand}医院", f"{tc}{brand}医院 检验科"],
                    f"{brand_en} Hospital {tc_en}", f"{brand_en} Hospital", tc, tc_en)
        if kind == "tw_tech":
            return (f"{tc}{brand}科技股份有限公司", [f"{brand}科技", f"{tc}{brand}科技"], [f"{brand}科技", f"{tc}{brand}科技"],
                    f"{brand_en} Technology Corp.", f"{brand_en} Tech", tc, tc_en)
        # hk_lab (a branch name once the plain names run out)
        if attempt < 10:
            return (f"{brand}医学化验所", [f"{brand}化验所"], [f"{brand}化验所"],
                    f"{brand_en} Medical Laboratory", f"{brand_en} Med Lab", "香港", "Hong Kong")
        ar, ar_en = rng.choice(HK_AREAS)
        return (f"{brand}医学化验所{ar}分所", [f"{brand}化验所{ar}", f"{brand}{ar}分所"], [f"{brand}化验所{ar}", f"{brand}{ar}分所"],
                f"{brand_en} Medical Laboratory {ar_en}", f"{brand_en} Med Lab {ar_en}", "香港", "Hong Kong")

    # ------------------------------------------------------------------ units
    def _new_unit(self, cu):
        u = len(self.units)
        rng = random.Random(f"{self.seed}:U:{u}")
        un = Unit()
        un.id, un.cust = u, cu.id
        fam = pick_cum(rng, cu.fams, cu.fam_cw)
        un.model = pick_cum(rng, FAM_MODELS[fam], FAM_MODEL_CW[fam])
        y = rng.randint(2014, 2024)
        m = rng.randint(1, 12)
        un.mfg = date(y, m, 1).toordinal()
        un.install = min(un.mfg + rng.randint(20, 200), END - 200)
        un.purchase = un.install - rng.randint(3, 40)
        un.wyears = wchoice(rng, (1, 2, 3), (5, 3, 2))
        fs, cw = FAM_FAULTS[fam], FAM_FAULT_CW[fam]
        prof = []
        for _k in range(rng.randint(2, 3)):
            f = pick_cum(rng, fs, cw)
            if f not in prof:
                prof.append(f)
        un.profile = prof
        un.groups = self._serial(rng, un.model, y, m, cu.region)
        sep = "" if FAMILIES[fam][4] in "CF" else "-"
        un.plate = sep.join(un.groups)
        un.key = "".join(un.groups).upper()
        self.units.append(un)

    def _seq(self, ctx, digits):
        n = self.counters.get(ctx, 0)
        self.counters[ctx] = n + 1
        mod = 10 ** digits
        h = zlib.crc32(f"{self.seed}:{ctx}".encode())
        a, b = h % mod, (h // mod) % mod | 1
        if b % 5 == 0:
            b += 2
        return str((a + n * b) % mod).zfill(digits)

    def _serial(self, rng, model, y, m, region):
        fmt = FAMILIES[model.fam][4]
        c = model.compact
        yy, mm = "%02d" % (y % 100), "%02d" % m
        if fmt == "A":
            return [c, str(y), self._seq((c, y), 4)]
        if fmt == "B":
            L = rng.choice("ABCD")
            return [c, yy + L, self._seq((c, yy, L), 4)]
        if fmt == "C":
            return [c, yy + mm, self._seq((c, yy, mm), 3)]
        if fmt == "D":
            return [c, yy + mm, self._seq((c, yy, mm), 4)]
        if fmt == "E":
            L = rng.choice("ABC")
            return [c, "0" + L + yy, self._seq((c, L, yy), 4)]
        if fmt == "F":
            L = rng.choice("ABCD")
            return [c, L + yy + mm, self._seq((c, L, yy, mm), 4)]
        if fmt == "G":
            cc = "TW" if region == "tw" else rng.choice(["CN", "SZ", "HZ"])
            return [c, cc + yy, self._seq((c, cc, yy), 5)]
        ll = rng.choice(SERIAL_LL)
        return [c, ll, self._seq((c, ll), 4)]

    def units_of(self, cu):
        return self.units[cu.unit0:cu.unit0 + cu.nunits]


# =============================================================================================
# Formatting: dates, serials and models as people write them.
# =============================================================================================
def fullwidth(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in s)


SERIAL_FORMS = ["plate", "nosep", "space", "lower", "lower_space", "fw", "fw_nosep", "sn"]
SERIAL_FORMS_CW = cum([45, 12, 12, 8, 5, 5, 2, 11])


def serial_form(un, form):
    """(written text, format descriptor).  The descriptor says width, case, separator, prefix."""
    g = un.groups
    plate = un.plate
    sep = "-" if "-" in plate else ""
    if form == "plate":
        return plate, ("h", "u", sep, "")
    if form == "nosep":
        return "".join(g), ("h", "u", "", "")
    if form == "space":
        return " ".join(g), ("h", "u", " ", "")
    if form == "lower":
        return plate.lower(), ("h", "l", sep, "")
    if form == "lower_space":
        return " ".join(g).lower(), ("h", "l", " ", "")
    if form == "fw":
        return fullwidth(plate), ("f", "u", sep, "")
    if form == "fw_nosep":
        return fullwidth("".join(g)), ("f", "u", "", "")
    return None


SN_PREFIXES = ["SN: ", "S/N ", "No. ", "SN:", "S/N: "]


def write_serial(rng, un):
    form = pick_cum(rng, SERIAL_FORMS, SERIAL_FORMS_CW)
    if form == "sn":
        p = rng.choice(SN_PREFIXES)
        text, desc = serial_form(un, rng.choice(["plate", "plate", "space", "lower"]))
        return p + text, desc[:3] + (p.strip().rstrip(":"),)
    return serial_form(un, form)


def write_model(rng, mo):
    r = rng.random()
    if r < 0.55:
        return mo.display
    if r < 0.85:
        return mo.compact
    if r < 0.90:
        return fullwidth(mo.display)
    if r < 0.95:
        return mo.compact.lower()
    return mo.display.replace("-", " ") if "-" in mo.display else mo.display


def fmt_date_zh(rng, o, tw=False):
    d = date.fromordinal(o)
    r = rng.random()
    if tw and r < 0.2:
        return f"民国{d.year - 1911}年{d.month}月{d.day}日"
    if r < 0.5:
        return d.isoformat()
    if r < 0.7:
        return f"{d.year}/{d.month}/{d.day}"
    if r < 0.85:
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def fmt_date_en(rng, o):
    d = date.fromordinal(o)
    r = rng.random()
    if r < 0.4:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if r < 0.7:
        return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    return d.isoformat()


def add_workdays(o, n):
    while n > 0:
        o += 1
        if date.fromordinal(o).weekday() < 5:
            n -= 1
    return o

# =============================================================================================
# Documents.  Each renderer writes into a B and returns the truth fields it knows.  Chinese
# renderers write simplified text; a traditional document (tw=True) uses Taiwan labels and is
# converted afterwards.  Subject zone (z=True): title lines, the device field, and for repair,
# complaint and quality forms the fault / cause / action fields; for articles and training the
# title, keyword line and headings.
# =============================================================================================
ZH_RESULTS = ["已修复，设备运行正常。", "已修复，试机正常，客户确认。", "正常", "已恢复使用，观察一周。", "处理完毕，运行稳定。"]
EN_RESULTS = ["fixed, running", "fixed, test run OK, customer confirmed", "OK", "back in use, monitoring for a week",
              "resolved, stable"]
ZH_FOLLOW = ["电话回访，运行正常。", "回访客户，问题未再出现。", "回访，客户表示满意。"]
EN_FOLLOW = ["phone check, running fine.", "called the customer, no recurrence.", "customer satisfied on follow-up call."]
ZH_CONFIG = {"lab": ["标准配置；LIS 双向接口；UPS 由科室自备。", "标准配置，另配条码阅读器。", "标准配置；纯水机为科室自购。"],
             "it": ["标准配置；接入客户监控平台。", "双电源冗余；远程管理口已开通。", "标准配置；SNMP 卡一块。"],
             "plant": ["标准配置；接入储能监控后台。", "标准配置；并柜运行。"]}
EN_CONFIG = {"lab": ["standard configuration, bidirectional LIS", "standard configuration with barcode reader"],
             "it": ["dual PSU, remote management enabled", "standard configuration, SNMP card"],
             "plant": ["standard configuration, connected to the storage monitoring", "parallel cabinets"]}
URGENCY_ZH = [("紧急（1 个工作日内处理）", 1), ("一般（3 个工作日内处理）", 3), ("复杂（10 个工作日内处理）", 10)]
URGENCY_TW = [("紧急（1 个工作天）", 1), ("一般（3 个工作天）", 3), ("复杂（10 个工作天）", 10)]
URGENCY_EN = [("urgent (1 working day)", 1), ("normal (3 working days)", 3), ("complex (10 working days)", 10)]
FAM_PART_ZH = {"BIO": "比色杯", "HEM": "稀释液", "CEN": "碳刷", "UPS": "蓄电池", "SW": "光模块", "BAT": "电芯", "SRV": "硬盘",
               "PRJ": "灯泡", "URI": "试纸条", "BSC": "高效过滤器", "REF": "门封条", "COA": "反应杯", "BAL": "砝码", "PAC": "加湿罐"}
FAM_PART_EN = {"BIO": "cuvette segments", "HEM": "diluent", "CEN": "carbon brushes", "UPS": "battery blocks", "SW": "transceivers",
               "BAT": "cells", "SRV": "hard drives", "PRJ": "lamps", "URI": "test strips", "BSC": "HEPA filters",
               "REF": "door gaskets", "COA": "reaction cuvettes", "BAL": "calibration weights", "PAC": "humidifier canisters"}
LOT_PREFIX = {"BIO": "CUV", "HEM": "DL", "CEN": "CB", "UPS": "VB", "SW": "OM", "BAT": "LC", "SRV": "HD", "PRJ": "LP", "URI": "US",
              "BSC": "HF", "REF": "DG", "COA": "RC", "BAL": "CW", "PAC": "HC"}


def short_zh(t):
    return re.split("[，；。]", t)[0]


def short_en(t):
    return re.split("[,;.]", t)[0]


def cap(t):
    return t[:1].upper() + t[1:]


def cust_name_zh(rng, cu):
    return cu.name if rng.random() < 0.55 else rng.choice(cu.short)


def cust_name_en(rng, cu):
    r = rng.random()
    if cu.en and r < 0.6:
        return cu.en
    if cu.en and r < 0.75:
        return cu.en_short
    if cu.en and r < 0.85:
        return f"{cu.name} ({cu.en})"
    return cu.name


def eng_of(rng, tw):
    return rng.choice(ENG_TW if tw else ENG_CN)


def code_note_zh(f):
    return "" if not f.code or f.code in f.detail_zh else f"面板显示 {f.code}，"


def code_note_en(f):
    return "" if not f.code or f.code in f.detail_en else f" ({f.code})"


def fill(b, rng, pool, target, sep, least=1):
    used = set()
    k = 0
    while (b.n < target or len(used) < least) and k < 10:
        t = rng.choice(pool)
        k += 1
        if t in used:
            continue
        used.add(t)
        b.d(sep)
        b.s(t)


class Doc:
    __slots__ = ("kind", "lang", "cust", "unit", "model", "fault", "faults", "date", "units", "models", "serial_forms",
                 "custfield", "b", "ext")

    def __init__(self, kind, lang):
        self.kind, self.lang = kind, lang
        self.cust = self.unit = self.model = self.fault = self.date = None
        self.faults, self.units, self.models, self.serial_forms = [], [], [], []
        self.custfield = False
        self.b = B()
        self.ext = "txt"


def fill_pools(fam, lang):
    ctx = FAM_CTX[FAMILIES[fam][0]]
    src = FILL_EN if lang == "en" else FILL_ZH
    return src["any"] + src[ctx]


def warranty_end(un):
    return un.install + 365 * un.wyears


# ------------------------------------------------------------------ repair card / service report
def r_repair(doc, rng, w, cu, un, f, o):
    b, tw, mo = doc.b, doc.lang == "zh-Hant", un.model
    fam = mo.fam
    pair = rng.choice(f.pairs)
    eng = eng_of(rng, cu.region == "tw")
    d = date.fromordinal(o)
    inw = o <= warranty_end(un)
    sn_text, sn_desc = write_serial(rng, un)
    doc.serial_forms.append((un.id, sn_desc))
    if doc.lang != "en":
        if tw:
            b.s(rng.choice(["修护卡", "服务报告单", "维修单"]), True)
            b.d(f"\n单号：TW-R-{d.year % 100:02d}{d.month:02d}{rng.randint(1, 99):02d}{rng.randint(0, 9)}\n")
        else:
            b.s(rng.choice(["维修服务报告单", "设备维修单", "服务报告单", "维修单", "现场服务报告单"]), True)
            no = f"FW-{d.year}-{rng.randint(1, 9999):04d}" if rng.random() < 0.6 else f"WX-{d.strftime('%y%m%d')}-{rng.randint(1, 30):02d}"
            b.d(f"\n单号：{no}\n")
        b.d(f"{'客户名称' if tw else rng.choice(['客户名称', '客户名称', '用户单位', '使用单位'])}：{cust_name_zh(rng, cu)}\n")
        if rng.random() < 0.7:
            b.d(f"{'客户地址' if tw else rng.choice(['地址', '客户地址'])}：{cu.addr}\n")
        b.d(f"{'联络人' if tw else '联系人'}：{cu.contact}\n{'联络电话' if tw else '联系电话'}：{cu.phone}\n")
        b.d("设备名称：")
        b.s(rng.choice(mo.zh), True)
        b.d(f"\n{'型号' if tw else rng.choice(['型号', '产品型号', '设备型号', '规格型号'])}：{write_model(rng, mo)}\n")
        b.d(f"{rng.choice(['序号', '出厂编号', '机身编号']) if tw else rng.choice(['出厂编号', '出厂编号', '序列号', '机身编号'])}：{sn_text}\n")
        b.d(f"{rng.choice(['服务日期', '维修日期', '日期'])}：{fmt_date_zh(rng, o, tw)}\n")
        if tw:
            b.s("保修状态：保固内\n" if inw else "保修状态：保固外\n")
        else:
            b.s("保修状态：" + (rng.choice(["保修期内", "保内"]) if inw else rng.choice(["保修期外", "保外"])) + "\n")
        if rng.random() < 0.3:
            b.s("服务方式：" + rng.choice(["上门服务", "返厂维修", "远程指导后上门"]) + "\n")
        b.d(rng.choice(["故障现象", "客户反映", "故障描述"]) + "：")
        if rng.random() < 0.4:
            b.s(FAMILIES[fam][1][-1], True)
        b.s(f.zh, True)
        if rng.random() < 0.15:
            b.s(f"（{f.en}）", True)
        b.s("，" + code_note_zh(f) + f.detail_zh, True)
        b.d("\n" + rng.choice(["故障原因", "原因分析"]) + "：")
        b.s(pair[0], True)
        b.d("\n" + rng.choice(["处理方法", "处理措施"]) + "：")
        b.s(pair[1], True)
        if rng.random() < 0.4:
            b.d("\n")
            b.s(rng.choice(["试机 30 分钟，运行正常。", "处理后连续运行观察，未再出现。", "已向操作人员说明原因。"]), True)
        b.d("\n" + ("配换零件" if tw else rng.choice(["更换配件", "更换零件"])) + "：")
        b.s(pair[2])
        h = rng.choice(["1", "1.5", "2", "2.5", "3", "4"])
        b.d(f"\n工时：{h}{rng.choice(['h', ' 小时'])}\n")
        if inw:
            b.s("费用：0（保内）\n" if not tw else "费用：0（保固内）\n")
        else:
            amt = rng.randint(3, 60) * 100
            b.d(f"费用：NT$ {amt * 4:,}\n" if tw else f"费用：{amt} 元\n")
        b.d("处理结果：")
        b.s(rng.choice(ZH_RESULTS))
        b.d(f"\n{rng.choice(['技术员', '工程师']) if tw else rng.choice(['工程师', '服务工程师', '维修人员'])}：{eng[0]}\n")
        if rng.random() < 0.5:
            fo = date.fromordinal(min(o + rng.randint(2, 10), END))
            b.d(f"回访记录：{fo.month}/{fo.day} ")
            b.s(rng.choice(ZH_FOLLOW))
            b.d("\n")
        b.d("\n备注：")
        fill(b, rng, fill_pools(fam, doc.lang), 400, "")
        b.d(f"\n客户签字：{rng.choice(['________', cu.contact.split('（')[0]])}\n")
    else:
        b.s(rng.choice(["Service Report", "Field Service Report", "Repair Card", "Service Report (on-site)"]), True)
        b.d(f"\nReport No.: SR-{d.year}-{rng.randint(1, 9999):04d}\n")
        b.d(f"{rng.choice(['Customer', 'Customer Name'])}: {cust_name_en(rng, cu)}\n")
        if rng.random() < 0.6:
            b.d(f"Address: {cu.addr_en}\n")
        b.d(f"Contact: {cu.contact_en}\n{rng.choice(['Tel', 'Phone'])}: {cu.phone}\n")
        b.d(rng.choice(["Instrument", "Equipment"]) + ": ")
        b.s(rng.choice(mo.en), True)
        if rng.random() < 0.15:
            b.s(f" ({FAMILIES[fam][1][-1]})", True)
        b.d(f"\nModel: {write_model(rng, mo)}\n{rng.choice(['S/N', 'Serial No.', 'Serial Number', 'SN'])}: {sn_text}\n")
        b.d(f"{rng.choice(['Service Date', 'Date'])}: {fmt_date_en(rng, o)}\n")
        if inw:
            b.s("Warranty: In warranty\n")
        else:
            b.d(f"Warranty: Out of warranty (expired {date.fromordinal(warranty_end(un)).isoformat()})\n")
        b.d(rng.choice(["Problem", "Fault", "Symptom"]) + ": ")
        b.s(cap(f.en) + code_note_en(f) + ". " + cap(f.detail_en), True)
        b.d("\nCause: ")
        b.s(cap(pair[3]), True)
        b.d("\n" + rng.choice(["Action Taken", "Action", "Resolution"]) + ": ")
        b.s(pair[4], True)
        b.d("\nParts Replaced: ")
        b.s(pair[5])
        b.d(f"\nHours: {rng.choice(['1', '1.5', '2', '2.5', '3', '4'])}\n")
        if inw:
            b.s("Fee: 0 (warranty)\n")
        else:
            b.d(f"Fee: RMB {rng.randint(3, 60) * 100:,}\n")
        b.d("Result: ")
        b.s(rng.choice(EN_RESULTS))
        b.d(f"\nEngineer: {eng[1]}\n")
        if rng.random() < 0.5:
            b.d(f"Follow-up: {fmt_date_en(rng, min(o + rng.randint(2, 10), END))}, ")
            b.s(rng.choice(EN_FOLLOW))
            b.d("\n")
        b.d("\nNotes:")
        fill(b, rng, fill_pools(fam, "en"), 1050, " ")
        b.d("\nCustomer signature: ________\n")
    doc.cust, doc.unit, doc.model, doc.fault, doc.date = cu, un, mo, f, o
    doc.units, doc.models, doc.custfield = [un], [mo], True


# ------------------------------------------------------------------ equipment record
def r_equipment(doc, rng, w, cu, un):
    b, tw, mo = doc.b, doc.lang == "zh-Hant", un.model
    fam = mo.fam
    sn_text, sn_desc = write_serial(rng, un)
    doc.serial_forms.append((un.id, sn_desc))
    # 2-4 history entries between install and the record date
    nh = rng.randint(2, 4)
    span = END - un.install
    rec = un.install + int(span * (0.3 + 0.7 * rng.random()))
    rec = max(rec, un.install + 60)
    dates = sorted(rng.randint(un.install + 10, rec - 5) for _ in range(nh))
    hist = []
    for dd in dates:
        for _t in range(4):
            f = rng.choice(un.profile) if rng.random() < 0.6 else pick_cum(rng, FAM_FAULTS[fam], FAM_FAULT_CW[fam])
            if all(f is not h[1] for h in hist):
                break
        else:
            left = [x for x in FAM_FAULTS[fam] if all(x is not h[1] for h in hist)]
            if left and rng.random() < 0.8:
                f = rng.choice(left)
        hist.append((dd, f, rng.choice(f.pairs)))
    ctx = FAM_CTX[FAMILIES[fam][0]]
    if doc.lang != "en":
        b.s(rng.choice(["设备档案", "设备履历卡"]) if tw else rng.choice(["设备档案", "设备履历卡", "仪器档案"]), True)
        b.d(f"\n档案编号：SB-{date.fromordinal(un.install).year}-{rng.randint(1, 9999):04d}\n设备名称：")
        b.s(rng.choice(mo.zh), True)
        b.d(f"\n产品型号：{write_model(rng, mo)}\n{rng.choice(['出厂编号', '出厂编号 / SN', '序号' if tw else '序列号'])}：{sn_text}\n")
        b.d(f"使用单位：{cust_name_zh(rng, cu)}\n客户地址：{cu.addr}\n{'联络人' if tw else '联系人'}：{cu.contact}\n")
        b.d(f"{'联络电话' if tw else '联系电话'}：{cu.phone}\n")
        b.d(f"购买日期：{fmt_date_zh(rng, un.purchase, tw)}\n安装日期：{fmt_date_zh(rng, un.install, tw)}\n")
        b.d(f"保修期至：{fmt_date_zh(rng, warranty_end(un), tw)}\n日期：{fmt_date_zh(rng, rec, tw)}\n配置：")
        b.s(rng.choice(ZH_CONFIG[ctx]))
        b.d("\n\n维修履历：\n")
        b.d(f"{date.fromordinal(un.install).isoformat()}  ")
        b.s("装机验收，培训操作人员\n")
        for dd, f, pair in hist:
            b.d(f"{date.fromordinal(dd).isoformat()}  ")
            b.s(f.zh + "，" + short_zh(pair[1]))
            b.d(f"（FW-{date.fromordinal(dd).year}-{rng.randint(1, 9999):04d}）\n")
        b.d("\n备注：")
        fill(b, rng, fill_pools(fam, doc.lang), 470, "")
        b.d("\n")
    else:
        b.s(rng.choice(["Equipment Record", "Equipment History"]), True)
        b.d(f"\nRecord No.: EQ-{rng.randint(1, 99999):05d}\nEquipment: ")
        b.s(rng.choice(mo.en), True)
        b.d(f"\nModel: {write_model(rng, mo)}\nSerial Number: {sn_text}\nCustomer: {cust_name_en(rng, cu)}\n")
        b.d(f"Address: {cu.addr_en}\nPurchase Date: {fmt_date_en(rng, un.purchase)}\nInstall Date: {fmt_date_en(rng, un.install)}\n")
        b.d(f"Warranty Until: {fmt_date_en(rng, warranty_end(un))}\nDate: {fmt_date_en(rng, rec)}\nConfiguration: ")
        b.s(rng.choice(EN_CONFIG[ctx]))
        b.d("\n\nHistory\n")
        b.d(f"- {fmt_date_en(rng, un.install)}  ")
        b.s("installation, operator training\n")
        for dd, f, pair in hist:
            b.d(f"- {date.fromordinal(dd).isoformat()}  ")
            b.s(f.en + ", " + short_en(pair[4]))
            b.d(f" (SR-{date.fromordinal(dd).year}-{rng.randint(1, 9999):04d})\n")
        b.d("\nNotes:")
        fill(b, rng, fill_pools(fam, "en"), 1050, " ")
        b.d("\n")
    doc.cust, doc.unit, doc.model, doc.date = cu, un, mo, rec
    doc.units, doc.models, doc.custfield = [un], [mo], True
    doc.faults = [h[1] for h in hist]


# ------------------------------------------------------------------ customer file
def r_customer(doc, rng, w, cu):
    b, tw = doc.b, doc.lang == "zh-Hant"
    units = w.units_of(cu)
    forms = []
    for un in units:
        t, desc = serial_form(un, pick_cum(rng, SERIAL_FORMS[:-1], SERIAL_FORMS_CW[:-1]))
        forms.append(t)
        doc.serial_forms.append((un.id, desc))
    if doc.lang != "en":
        b.s("客户资料卡" if tw else rng.choice(["客户档案", "客户信息卡"]), True)
        b.d(f"\n客户编号：KH-{cu.id:05d}\n客户名称：{cu.name}\n{'别名' if tw else '别名/简称'}：{'、'.join(cu.aliases)}\n")
        b.d(f"客户地址：{cu.addr}\n客户等级：{cu.klass}\n{'联络人' if tw else '联系人'}：{cu.contact}\n{'联络电话' if tw else '联系电话'}：{cu.phone}\n")
        if cu.contract:
            y = 2016 + (cu.id * 7 + 3) % 10
            b.d(f"合同到期：{y}-12-31（年度保养合同 HT-{y - 1}-{cu.id % 1000:03d}）\n")
        b.d("在用设备：\n")
        for k, (un, t) in enumerate(zip(units, forms), 1):
            ins = date.fromordinal(un.install)
            b.d(f"  {k}. ")
            b.s(un.model.zh[-1] if len(un.model.zh) == 1 else un.model.zh[0])
            b.d(f" {un.model.display}，出厂编号 {t}，{ins.year}.{ins.month:02d} 装机\n")
        b.d("客户特点：")
        b.s(rng.choice(CUST_NOTES_ZH))
        b.d("\n拜访计划：")
        b.s(rng.choice(["每季度一次巡检。", "每半年一次巡检，科主任每年拜访。", "按合同每年两次预防性维护。"]))
        b.d("\n")
        fill(b, rng, FILL_ZH["any"][:8], 420, "")
        b.d("\n")
    else:
        b.s(rng.choice(["Customer File", "Customer Profile"]), True)
        b.d(f"\nCustomer ID: KH-{cu.id:05d}\nCustomer Name: {cu.en or cu.name}\n")
        aka = ([cu.name] if cu.en else []) + cu.aliases + ([cu.en_short] if cu.en else [])
        b.d(f"Also known as: {' / '.join(aka)}\nAddress: {cu.addr_en}\nClass: {cu.klass}\nContact: {cu.contact_en}\nPhone: {cu.phone}\n")
        if cu.contract:
            y = 2016 + (cu.id * 7 + 3) % 10
            b.d(f"Contract Expiry: {y}-12-31 (annual service contract HT-{y - 1}-{cu.id % 1000:03d})\n")
        b.d("Installed base:\n")
        for un, t in zip(units, forms):
            ins = date.fromordinal(un.install)
            b.d("  - ")
            b.s(un.model.en[0])
            b.d(f" {un.model.display}, S/N {t}, installed {MONTHS[ins.month - 1]} {ins.year}\n")
        b.d("Notes: ")
        b.s(rng.choice(CUST_NOTES_EN))
        fill(b, rng, FILL_EN["any"][:6], 950, " ")
        b.d("\n")
    doc.cust, doc.custfield = cu, True
    doc.units = list(units)
    doc.models = []
    for un in units:
        if un.model not in doc.models:
            doc.models.append(un.model)


# ------------------------------------------------------------------ complaint
def r_complaint(doc, rng, w, cu, un, f, o):
    b, tw, mo = doc.b, doc.lang == "zh-Hant", un.model
    fam = mo.fam
    pair = rng.choice(f.pairs)
    eng = eng_of(rng, cu.region == "tw")
    staff = eng_of(rng, cu.region == "tw")
    d = date.fromordinal(o)
    sn_text, sn_desc = write_serial(rng, un)
    doc.serial_forms.append((un.id, sn_desc))
    hhmm = f"{rng.randint(8, 17):02d}:{rng.choice(['05', '20', '35', '40', '55'])}"
    if doc.lang != "en":
        urg, days = rng.choice(URGENCY_TW if tw else URGENCY_ZH)
        if tw:
            b.s("客诉处理单", True)
            b.d(f"\n单号：TW-C-{d.year % 100:02d}{d.month:02d}-{rng.randint(1, 30):02d}\n受理时间：{fmt_date_zh(rng, o, tw)} {hhmm}\n")
        else:
            b.s(rng.choice(["投诉(问题)反馈表", "客户投诉处理单"]), True)
            b.d(f"\n单号：TS-{d.year}-{rng.randint(1, 999):03d}\n受理日期：{fmt_date_zh(rng, o)} {hhmm}\n")
        b.d(f"受理人：{staff[0]}\n客户名称：{cust_name_zh(rng, cu)}\n{'联络人' if tw else '联系人'}：{cu.contact}\n")
        b.d(f"{'联络电话' if tw else '联系电话'}：{cu.phone}\n产品型号：{write_model(rng, mo)}\n")
        b.d(f"{'S/N' if tw else '出厂编号'}：{sn_text}\n客户反映：")
        b.s(FAMILIES[fam][1][-1], True)
        b.s(f.zh, True)
        b.s("，" + code_note_zh(f) + f.detail_zh, True)
        b.s(rng.choice(COMPLAINT_TAIL_ZH), True)
        b.d("\n紧急程度：")
        b.s(urg)
        b.d(f"\n处理时限：{date.fromordinal(add_workdays(o, days)).isoformat()} 前\n")
        b.d(f"责任部门：{'台湾服务处 技术组' if tw else '技术服务部'}（{'技术员' if tw else '工程师'} {eng[0]}）\n原因分析：")
        b.s(pair[0], True)
        b.d("\n处理措施：")
        b.s(pair[1], True)
        b.d("\n处理结果：")
        b.s(rng.choice(["已结案，客户签字确认。", "已恢复使用，待回访后关闭。", "已处理，客户表示认可。"]))
        fo = date.fromordinal(min(add_workdays(o, days + rng.randint(2, 5)), END))
        b.d(f"\n回访记录：{fo.month}/{fo.day} ")
        b.s(rng.choice(["回访（一周内），客户满意，投诉关闭。", "电话回访，问题未再出现。"]))
        b.d("\n\n备注：")
        fill(b, rng, fill_pools(fam, doc.lang), 400, "")
        b.d("\n")
    else:
        urg, days = rng.choice(URGENCY_EN)
        b.s(rng.choice(["Complaint Resolution", "Customer Complaint Form"]), True)
        b.d(f"\nNo.: CR-{d.year % 100:02d}-{rng.randint(1, 999):03d}\nReceived: {fmt_date_en(rng, o)}, {hhmm}\n")
        b.d(f"Customer: {cust_name_en(rng, cu)}\nContact: {cu.contact_en}\nModel: {write_model(rng, mo)}\n")
        b.d(f"{rng.choice(['SN ', 'S/N: '])}{sn_text}\nProblem: ")
        b.s(cap(f.en) + code_note_en(f) + ". " + cap(f.detail_en) + " ", True)
        b.s(rng.choice(COMPLAINT_TAIL_EN), True)
        b.d("\nUrgency: ")
        b.s(urg)
        b.d(f"\nDeadline: {date.fromordinal(add_workdays(o, days)).isoformat()}\nResponsible: service team ({eng[1]})\nCause: ")
        b.s(cap(pair[3]), True)
        b.d("\nResolution: ")
        b.s(pair[4], True)
        b.d(f"\nFollow-up: {fmt_date_en(rng, min(add_workdays(o, days + 3), END))} ")
        b.s(rng.choice(["(within one week), customer satisfied, complaint closed.", "phone check, no recurrence."]))
        b.d("\n\nNotes:")
        fill(b, rng, fill_pools(fam, "en"), 1050, " ")
        b.d("\n")
    doc.cust, doc.unit, doc.model, doc.fault, doc.date = cu, un, mo, f, o
    doc.units, doc.models, doc.custfield = [un], [mo], True


# ------------------------------------------------------------------ quality feedback
def r_quality(doc, rng, w, cu, un, f, o):
    b, tw, mo = doc.b, doc.lang == "zh-Hant", un.model
    fam = mo.fam
    fcode = FAMILIES[fam][0]
    pair = rng.choice(f.pairs)
    eng = eng_of(rng, cu.region == "tw")
    d = date.fromordinal(o)
    sn_text, sn_desc = write_serial(rng, un)
    doc.serial_forms.append((un.id, sn_desc))
    lot = f"{LOT_PREFIX[fcode]}{d.year % 100:02d}{d.month:02d}-{rng.randint(1, 40):02d}"
    part_zh = pair[2] if pair[2] != "无" else FAM_PART_ZH[fcode]
    part_zh = re.sub(r" ?\d.*$", "", part_zh) or FAM_PART_ZH[fcode]
    part_en = pair[5] if pair[5] != "none" else FAM_PART_EN[fcode]
    part_en = re.sub(r" x\d+.*$", "", part_en)
    if doc.lang != "en":
        b.s("品质异常回馈单" if tw else rng.choice(["质量反馈单", "质量问题反馈单"]), True)
        b.d(f"\n编号：{'TW-Q' if tw else 'ZF'}-{d.year}-{rng.randint(1, 999):03d}\n日期：{fmt_date_zh(rng, o, tw)}\n")
        b.d(f"反馈人：{eng[0]}（{'台湾服务处' if tw else '技术服务部'}）\n产品：")
        b.s(part_zh, True)
        b.d(f"（{mo.display}）\n批号：{lot}\n涉及仪器：{cust_name_zh(rng, cu)} {write_model(rng, mo)}，")
        b.d(f"{rng.choice(['出厂编号', '序号'] if tw else ['出厂编号', '序列号'])} {sn_text}\n故障描述：")
        b.s(f.zh + "，" + code_note_zh(f) + f.detail_zh, True)
        b.s("同批次配件在其他客户处也有类似反馈。" if rng.random() < 0.4 else "怀疑与该批次配件有关。", True)
        b.d("\n原因分析：")
        b.s(pair[0], True)
        b.d("\n处理要求：")
        b.s(rng.choice(["请质量部检测该批次并回复。", "请评估是否需要对库存批次进行隔离。", "请供应商提供该批次的出厂检验报告。"]))
        b.d("\n")
        b.s(rng.choice(QA_ZH), True)
        b.d(f"\n联系人：质量部 {rng.choice(SURNAMES)[0]}工 内线 {rng.randint(8000, 8999)}\n\n备注：")
        fill(b, rng, fill_pools(fam, doc.lang), 400, "")
        b.d("\n")
    else:
        b.s(rng.choice(["Quality Feedback", "Quality Feedback Report"]), True)
        b.d(f"\nNo.: QF-{d.year % 100:02d}-{rng.randint(1, 99):02d}\nDate: {fmt_date_en(rng, o)}\nProduct: ")
        b.s(part_en, True)
        b.d(f" ({mo.display})\nLot: {lot}\nInstrument: {write_model(rng, mo)}, S/N: {sn_text} ({cust_name_en(rng, cu)})\nProblem: ")
        b.s(cap(f.en) + code_note_en(f) + ". " + cap(f.detail_en) + " ", True)
        b.s("Other customers report the same with this lot." if rng.random() < 0.4 else "The part lot is suspected.", True)
        b.d("\nCause: ")
        b.s(cap(pair[3]), True)
        b.d(f"\nReporter: {eng[1]}\n")
        b.s(rng.choice(QA_EN), True)
        b.d("\n\nNotes:")
        fill(b, rng, fill_pools(fam, "en"), 1050, " ")
        b.d("\n")
    doc.cust, doc.unit, doc.model, doc.fault, doc.date = cu, un, mo, f, o
    doc.units, doc.models, doc.custfield = [un], [mo], True


# ------------------------------------------------------------------ training material and knowledge-base articles
TOPIC_FAMS = list(range(len(FAMILIES)))
TOPIC_CW = cum([5, 4, 5, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1])


def pick_topic(rng):
    fam = pick_cum(rng, TOPIC_FAMS, TOPIC_CW)
    f = pick_cum(rng, FAM_FAULTS[fam], FAM_FAULT_CW[fam])
    ms = FAM_MODELS[fam]
    k = min(len(ms), rng.randint(1, 3))
    models = []
    while len(models) < k:
        m = pick_cum(rng, ms, FAM_MODEL_CW[fam])
        if m not in models:
            models.append(m)
    other = rng.choice(FAM_FAULTS[fam]) if len(FAM_FAULTS[fam]) > 1 else None
    if other is f:
        other = None
    return fam, f, models, other


def r_training(doc, rng, w, o):
    b, tw = doc.b, doc.lang == "zh-Hant"
    fam, f, models, other = pick_topic(rng)
    md = rng.random() < 0.3
    h = "## " if md else ""
    eng, eng2 = eng_of(rng, tw), eng_of(rng, tw)
    mlist = " / ".join(m.display for m in models)
    dev_zh = FAMILIES[fam][1][-1]
    if doc.lang != "en":
        b.s(("# " if md else "") + (rng.choice(["教育训练资料", "培训资料"]) if tw else rng.choice(["培训资料", "产品技术手册", "新员工培训资料"])), True)
        b.d("\n")
        b.d(models[0].display + " ", True)
        b.s(rng.choice([f"{dev_zh}{f.zh}的判断与处理", f"{dev_zh}：{f.zh}处理要点", f"{f.zh}的原因分析与维修"]), True)
        b.d("\n\n")
        if rng.random() < 0.4:
            b.s("类型：培训资料\n")
        b.d(f"适用型号：{mlist}\n")
        b.s("适用对象：" + rng.choice(["新入职服务工程师、客户科室操作人员", "现场服务工程师", "区域技术支持与服务工程师"]) + "\n")
        b.d(f"编写：{eng[0]}  审核：{eng2[0]}  版本：V{rng.randint(1, 3)}.{rng.randint(0, 9)}\n日期：{fmt_date_zh(rng, o, tw)}\n\n")
        b.s(h + "一、故障现象\n", True)
        b.s(f.zh + "：" + code_note_zh(f) + f.detail_zh + "\n\n")
        b.s(h + "二、可能原因\n", True)
        for k, p in enumerate(f.pairs, 1):
            b.d(f"{k}. ")
            b.s(p[0] + "\n")
        b.s("\n" + h + "三、处理步骤\n", True)
        for k, p in enumerate(f.pairs, 1):
            b.d(f"{k}. ")
            b.s(p[1] + "\n")
        b.s("\n" + h + "四、注意事项\n", True)
        for t in rng.sample(TRAIN_NOTES_ZH, 2):
            b.s("- " + t + "\n")
        if other:
            b.d("\n")
            b.s("相关故障：" + other.zh + "，处理方法见同系列培训资料。\n")
        b.s("\n" + h + "五、现场经验\n", True)
        fill(b, rng, fill_pools(fam, doc.lang), 420, "")
        b.d("\n")
    else:
        b.s(("# " if md else "") + rng.choice(["Training", "Training Material", "Service Training"]), True)
        b.d("\n" + models[0].display + " ", True)
        b.s(f"{FAMILIES[fam][2][0]} - {f.en}: diagnosis and repair", True)
        b.d(f"\n\nAudience: field engineers, key operators\nTrainer: {eng[1]}    Rev. {rng.choice('ABCD')}\n")
        b.d(f"Date: {fmt_date_en(rng, o)}\nModels: {mlist}\n\n")
        b.s(h + "1. Symptom\n", True)
        b.s(cap(f.en) + code_note_en(f) + ": " + f.detail_en + "\n\n")
        b.s(h + "2. Causes\n", True)
        for p in f.pairs:
            b.s("- " + cap(p[3]) + "\n")
        b.s("\n" + h + "3. Repair\n", True)
        for p in f.pairs:
            b.s("- " + cap(p[4]) + "\n")
        b.s("\n" + h + "4. Notes\n", True)
        for t in rng.sample(TRAIN_NOTES_EN, 2):
            b.s("- " + t + "\n")
        if other:
            b.s("\nRelated: " + other.en + ", see the training on the same series.\n")
        b.s("\n" + h + "5. Field experience\n", True)
        fill(b, rng, fill_pools(fam, "en"), 1050, "\n", 2)
        b.d("\n")
    doc.fault, doc.date, doc.models = f, o, list(models)
    doc.ext = "md" if md else "txt"


def r_article(doc, rng, w):
    b, tw = doc.b, doc.lang == "zh-Hant"
    fam, f, models, other = pick_topic(rng)
    eng = eng_of(rng, tw)
    mlist = " / ".join(m.display for m in models)
    dev_zh = FAMILIES[fam][1][-1]
    upd = rng.randint(START, END)
    if doc.lang != "en":
        b.d("# ", True)
        r = rng.random()
        if r < 0.4:
            b.d(models[0].display + " ", True)
            b.s(f"{f.zh}的处理", True)
        elif r < 0.7 or not f.code:
            b.s(f"{dev_zh}{f.zh}排查", True)
        else:
            b.s(f"{f.zh}（{f.code}）的原因与处理", True)
        b.d("\n\n")
        b.s("类型：知识库文章\n")
        b.d(f"适用型号：{mlist}\n关键词：")
        kw = f.zh + ("、" + f.code if f.code else "") + ("、" + f.en if rng.random() < 0.4 else "") + "、" + dev_zh
        b.s(kw, True)
        b.d(f"\n作者：{eng[0]}   更新：{date.fromordinal(upd).isoformat()}\n\n")
        b.s("## 现象\n\n", True)
        b.s(code_note_zh(f) + f.detail_zh + "\n\n")
        b.s("## 原因与处理\n\n", True)
        for k, p in enumerate(f.pairs, 1):
            b.d(f"{k}. ")
            b.s(f"**{short_zh(p[0])}**：{p[0]}处理：{p[1]}\n")
        b.s("\n## 验证\n\n", True)
        b.s(rng.choice(["处理后连续运行 1 小时并做质控或功能测试，全部通过才算修复。",
                        "处理后试机不少于 30 分钟，观察报警日志无新记录。",
                        "与客户一起确认功能正常后再关闭工单。"]) + "\n")
        if other:
            b.s("\n## 相关\n\n", True)
            b.s(f"- {other.zh}\n- 培训资料《{dev_zh}常见报警》\n")
        b.s("\n## 说明\n", True)
        fill(b, rng, fill_pools(fam, doc.lang), 420, "\n")
        b.d("\n")
    else:
        b.d("# " + models[0].display + ": ", True)
        b.s(cap(f.en), True)
        b.d("\n\n")
        b.s("Type: Knowledge Base Article\n")
        b.d(f"Models: {mlist}\nKeywords: ")
        kw = f.en + (", " + f.code if f.code else "") + (", " + f.zh if rng.random() < 0.3 else "") + ", " + FAMILIES[fam][2][0]
        b.s(kw, True)
        b.d(f"\nAuthor: {eng[1]}      Updated: {date.fromordinal(upd).isoformat()}\n\n")
        b.s("## Symptom\n\n", True)
        b.s(cap(f.detail_en) + "\n\n")
        b.s("## Cause and fix\n\n", True)
        for p in f.pairs:
            b.s(f"- **{cap(short_en(p[3]))}**: {p[4]}\n")
        b.s("\n## Check\n\n", True)
        b.s(rng.choice(["Run the unit for an hour and pass QC or a function test before closing.",
                        "Test for at least 30 minutes and make sure the alarm log stays clean.",
                        "Confirm with the customer that everything works before closing the ticket."]) + "\n")
        if other:
            b.s("\n## Related\n\n", True)
            b.s(f"- {other.en}\n")
        b.s("\n## Notes\n", True)
        fill(b, rng, fill_pools(fam, "en"), 1050, "\n", 2)
        b.d("\n")
    doc.fault, doc.models = f, list(models)
    doc.ext = "md"

# =============================================================================================
# Generation.
# =============================================================================================
KINDS = ["repair", "equipment", "complaint", "quality", "training", "article"]
KINDS_CW = cum([55, 10, 8, 7, 5, 10])
PREFIX = {"repair": "r", "equipment": "e", "customer": "c", "complaint": "p", "quality": "q", "training": "t", "article": "k"}


def n_customers(i):
    """Customers that exist when document i is written (about one per 20 documents, at least 50)."""
    return max(50, i // 20 + 1)


def pick_customer(rng, w, i, lang):
    C = n_customers(i)
    w.ensure(C)
    if rng.random() < 0.6:
        c = rng.randrange(C)
    else:
        win = max(50, C // 10)
        c = rng.randrange(max(0, C - win), C)
    if lang == "zh-Hant":
        c = c - c % 5 + 1
        if c >= C:
            c -= 5
    elif lang == "zh-Hans" and c % 5 == 1:
        c = c + 1 if c + 1 < C else c - 1
    return w.customers[c]


def make_doc(w, i, seed, force_lang=None):
    """Document i: a Doc with its B (simplified text for Chinese documents) and truth fields."""
    rng = random.Random(seed * 1_000_003 + i)
    if i % 20 == 10:
        kind = "customer"
        w.ensure(n_customers(i))
        cu = w.customers[i // 20]
        r = rng.random()
        lang = ("zh-Hant" if cu.region == "tw" else "zh-Hans") if r < 0.7 else "en"
    else:
        kind = pick_cum(rng, KINDS, KINDS_CW)
        r = rng.random()
        lang = "zh-Hans" if r < 0.55 else ("zh-Hant" if r < 0.75 else "en")
    if force_lang:
        lang = force_lang
    doc = Doc(kind, lang)
    if kind == "customer":
        r_customer(doc, rng, w, cu)
    elif kind in ("training", "article"):
        o = rng.randint(START, END)
        if kind == "training":
            r_training(doc, rng, w, o)
        else:
            r_article(doc, rng, w)
    else:
        cu = pick_customer(rng, w, i, lang)
        un = w.units_of(cu)[rng.randrange(cu.nunits)]
        if kind == "equipment":
            r_equipment(doc, rng, w, cu, un)
        else:
            fam = un.model.fam
            f = rng.choice(un.profile) if rng.random() < 0.6 else pick_cum(rng, FAM_FAULTS[fam], FAM_FAULT_CW[fam])
            o = rng.randint(un.install, END)
            {"repair": r_repair, "complaint": r_complaint, "quality": r_quality}[kind](doc, rng, w, cu, un, f, o)
    # encoding, drawn last so that it does not disturb the content
    re_ = rng.random()
    if lang == "zh-Hans" and re_ < 0.055:
        enc = "gb18030"
    elif lang == "zh-Hant" and re_ < 0.15:
        enc = "big5"
    elif rng.random() < 0.04:
        enc = "utf-8-bom"
    else:
        enc = "utf-8"
    return doc, enc


def to_traditional(text):
    return zhtrad.convert(text)


def encode(text, enc):
    """Bytes and the encoding actually used (Big5 falls back to UTF-8 when a character is missing)."""
    if enc == "utf-8":
        return text.encode("utf-8"), enc
    if enc == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8"), enc
    if enc == "gb18030":
        return text.encode("gb18030"), enc
    try:
        return text.encode("big5"), enc
    except UnicodeEncodeError:
        return text.encode("utf-8"), "utf-8"


def doc_path(kind, i, ext):
    return f"{kind}/{i // 1000:04d}/{PREFIX[kind]}{i:06d}.{ext}"


def truth_line(doc, path, enc, nbytes):
    f = doc.fault
    faults = set(doc.b.fzh) | set(doc.b.fen) | {x.idx for x in doc.faults}
    if f is not None:
        faults.add(f.idx)
    return {
        "path": path, "kind": doc.kind, "lang": doc.lang, "encoding": enc,
        "customer": doc.cust.cid if doc.cust else None,
        "serial": doc.unit.plate if doc.unit else None,
        "model": doc.model.display if doc.model else None,
        "fault": f.id if f else None,
        "faults": ["F%03d" % (k + 1) for k in sorted(faults)],
        "words": sorted(doc.b.words),
        "date": date.fromordinal(doc.date).isoformat() if doc.date else None,
        "bytes": nbytes,
        "serials": [u.plate for u in doc.units],
        "models": [m.display for m in doc.models],
    }


def generate(n, out, seed, want_queries):
    t0 = time.time()
    docs_dir = os.path.join(out, "docs")
    os.makedirs(docs_dir, exist_ok=True)
    w = World(seed)
    made_dirs = set()
    counts = {"kind": {}, "lang": {}, "encoding": {}, "ext": {}}
    total = 0
    mentioned = set()
    keep = [] if want_queries else None
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as tf:
        for i in range(n):
            doc, enc = make_doc(w, i, seed)
            src = doc.b.text()
            text = to_traditional(src) if doc.lang == "zh-Hant" else src
            data, enc = encode(text, enc)
            path = doc_path(doc.kind, i, doc.ext)
            d = os.path.join(docs_dir, os.path.dirname(path))
            if d not in made_dirs:
                os.makedirs(d, exist_ok=True)
                made_dirs.add(d)
            fd = os.open(docs_dir + "/" + path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.write(fd, data)
            os.close(fd)
            total += len(data)
            tr = truth_line(doc, path, enc, len(data))
            tf.write(json.dumps(tr, ensure_ascii=False) + "\n")
            for key, v in (("kind", doc.kind), ("lang", doc.lang), ("encoding", enc), ("ext", doc.ext)):
                counts[key][v] = counts[key].get(v, 0) + 1
            for un in doc.units:
                mentioned.add(un.id)
            if keep is not None:
                keep.append(QDoc(doc, path, src))
    # serial statistics over the units that occur in the documents
    keys = [w.units[u].key for u in sorted(mentioned)]

    def suffix_stats(k):
        c = {}
        for s in keys:
            c[s[-k:]] = c.get(s[-k:], 0) + 1
        shared = sum(v for v in c.values() if v > 1)
        return {"distinct": len(c), "units_sharing": shared,
                "unique_fraction": round(1 - shared / len(keys), 4) if keys else None}
    meta = {
        "generator": VERSION, "seed": seed, "documents": n,
        "customers": len(w.customers), "units": len(w.units), "units_in_documents": len(keys),
        "total_bytes": total, "bytes_per_document": round(total / n, 1) if n else 0,
        "counts": {k: dict(sorted(v.items())) for k, v in counts.items()},
        "serials": {"last4": suffix_stats(4), "last6": suffix_stats(6),
                    "last4_all_unique": suffix_stats(4)["units_sharing"] == 0},
        "faults": len(FAULTS), "models": len(MODELS),
        "paths": "relative to DIR/docs (kb's source names when kb ingests DIR/docs)",
    }
    nq = None
    if want_queries:
        queries = make_queries(keep, w, seed)
        with open(os.path.join(out, "queries.jsonl"), "w", encoding="utf-8", newline="\n") as qf:
            for q in queries:
                qf.write(json.dumps(q, ensure_ascii=False) + "\n")
        nq = len(queries)
        meta["queries"] = {}
        for q in queries:
            meta["queries"][q["category"]] = meta["queries"].get(q["category"], 0) + 1
    with open(os.path.join(out, "meta.json"), "w", encoding="utf-8", newline="\n") as mf:
        json.dump(meta, mf, ensure_ascii=False, indent=1, sort_keys=True)
        mf.write("\n")
    el = time.time() - t0
    print(f"scalegen: {n} documents, {total / 1e6:.1f} MB ({total / max(n, 1):.0f} B/doc), "
          f"{len(w.customers)} customers, {len(w.units)} units" + (f", {nq} queries" if nq is not None else "")
          + f", {el:.1f}s -> {out}", file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Deterministic synthetic after-sales service archive for kb benchmarks.",
        epilog=f"--queries needs --docs <= {MAX_QUERY_DOCS} (the judged queries keep every document's text in memory). "
               "The same --docs and --seed always give byte-identical output; document i is the same in every run "
               "with more than i documents.")
    ap.add_argument("--docs", type=int, required=True, help="number of documents")
    ap.add_argument("--out", required=True, help="output directory (DIR/docs, DIR/truth.jsonl, DIR/meta.json)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--queries", action="store_true", help=f"also write DIR/queries.jsonl (N <= {MAX_QUERY_DOCS})")
    a = ap.parse_args(argv)
    if a.docs < 1:
        ap.error("--docs must be at least 1")
    if a.queries and a.docs > MAX_QUERY_DOCS:
        ap.error(f"--queries is only supported for --docs <= {MAX_QUERY_DOCS}")
    if os.path.isdir(os.path.join(a.out, "docs")) and os.listdir(os.path.join(a.out, "docs")):
        ap.error(f"{a.out}/docs is not empty; use a fresh directory")
    generate(a.docs, a.out, a.seed, a.queries)

# =============================================================================================
# Judged queries (--queries).  Relevance follows the rules of bench/quality (README there):
#  words (Chinese in either script, pinyin targets, English stem families, codes): the document
#    contains the term; gain 2 when it is in the subject zone, else 1;
#  serials: 2 = a repair / equipment / complaint / quality document of that unit alone,
#    1 = another document carrying the serial (customer files);
#  models: every model whose name starts with the query (folded); 2 = the document is about the
#    model (its unit, model field or title), not a customer file; 1 = it only mentions it;
#  customers: 2 = the document's customer field names the customer (ground truth), 1 = it
#    carries the serial of one of the customer's units.
# Everything is computed from the generator's own knowledge of each document, never from kb.
# =============================================================================================
def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def fold_zh(s):
    return "".join(nfkc(s).lower().split())


def fold_code(s):
    return re.sub(r"[\s\-/:]", "", nfkc(s).upper())


class QDoc:
    __slots__ = ("path", "kind", "lang", "cust", "unit", "units", "model", "models", "fault", "title",
                 "fz", "sz", "fe", "se", "fcode", "scode", "tcode", "serial_forms", "custfield", "text")

    def __init__(self, doc, path, src):
        self.path, self.kind, self.lang = path, doc.kind, doc.lang
        self.cust = doc.cust.id if doc.cust else None
        self.unit = doc.unit.id if doc.unit else None
        self.units = [u.id for u in doc.units]
        self.model = doc.model.idx if doc.model else None
        self.models = [m.idx for m in doc.models]
        self.fault = doc.fault.idx if doc.fault else None
        subj = "\n".join(doc.b.subj)
        first = src.split("\n", 2)
        self.title = "\n".join(first[:2] if doc.kind == "training" else first[:1])
        self.fz, self.sz = fold_zh(src), fold_zh(subj)
        self.fe, self.se = nfkc(src).lower(), nfkc(subj).lower()
        self.fcode, self.tcode = fold_code(src), fold_code(self.title)
        self.serial_forms = list(doc.serial_forms)
        self.custfield = doc.custfield
        self.text = src


# English stem families (hand-made, as in bench/quality): every form listed counts as the word.
FAMILY_LIST = """
calibrate calibrates calibrated calibrating calibration calibrations
clog clogs clogged clogging
imbalance imbalances imbalanced
error errors
failure failures
fail fails failed failing
leak leaks leaked leaking
drift drifts drifted drifting
flap flaps flapped flapping
reboot reboots rebooted rebooting
exceed exceeds exceeded exceeding
degrade degrades degraded degrading degradation
overheat overheats overheated overheating
start starts started starting
light lights lit lighting
read reads reading readings
work works worked working
correct corrects corrected correcting correction corrections
detect detects detected detecting detection detections
contaminate contaminates contaminated contaminating contamination
connect connects connected connecting connection connections
transfer transfers transferred transferring
overload overloads overloaded overloading
charge charges charged charging
communicate communicates communicated communicating communication communications
protect protects protected protecting protection
vibrate vibrates vibrated vibrating vibration vibrations
cool cools cooled cooling
jam jams jammed jamming
fade fades faded fading
crash crashes crashed crashing
lose loses losing lost
swell swells swelled swelling swollen
shutdown shutdowns
temperature temperatures
sensor sensors
probe probes
lamp lamps
alarm alarms
module modules
fan fans
rotor rotors
brush brushes
lock locks locked locking
cell cells
signal signals
filter filters
display displays
bath baths
storm storms
casing casings
cable cables
port ports
seal seals
thermistor thermistors
condenser condensers
diluent diluents
aperture apertures
commutator commutators
bearing bearings
damper dampers
gasket gaskets
capacitor capacitors
transceiver transceivers
balancer balancers
ballast ballasts
desiccant desiccants
photometer photometers
refractometer refractometers
cuvette cuvettes
compressor compressors
humidifier humidifiers
barcode barcodes
background backgrounds
"""
FAMILY = {}
for _line in FAMILY_LIST.strip().split("\n"):
    _forms = _line.split()
    for _f in _forms:
        FAMILY[_f] = _forms
# Snowball (Porter2) English stems of the family forms, computed once with libstemmer (check.py
# verifies them when libstemmer is installed): a stem query only swaps a word for a form with
# the same stem, so stemming search engines treat both alike.
SNOWBALL_STEMS = """
calibr:calibrate,calibrates,calibrated,calibrating,calibration,calibrations clog:clog,clogs,clogged,clogging
imbal:imbalance,imbalances imbalanc:imbalanced error:error,errors failur:failure,failures
fail:fail,fails,failed,failing leak:leak,leaks,leaked,leaking drift:drift,drifts,drifted,drifting
flap:flap,flaps,flapped,flapping reboot:reboot,reboots,rebooted,rebooting
exceed:exceed,exceeds,exceeded,exceeding degrad:degrade,degrades,degraded,degrading,degradation
overheat:overheat,overheats overh:overheated,overheating start:start,starts,started,starting
light:light,lights,lighting lit:lit read:read,reads,reading,readings work:work,works,worked,working
correct:correct,corrects,corrected,correcting,correction,corrections
detect:detect,detects,detected,detecting,detection,detections
contamin:contaminate,contaminates,contaminated,contaminating,contamination
connect:connect,connects,connected,connecting,connection,connections
transfer:transfer,transfers,transferred,transferring overload:overload,overloads,overloaded,overloading
charg:charge,charges,charged,charging
communic:communicate,communicates,communicated,communicating,communication,communications
protect:protect,protects,protected,protecting,protection
vibrat:vibrate,vibrates,vibrated,vibrating,vibration,vibrations cool:cool,cools,cooled,cooling
jam:jam,jams,jammed,jamming fade:fade,fades,faded,fading crash:crash,crashes,crashed,crashing
lose:lose,loses,losing lost:lost swell:swell,swells,swelled,swelling swollen:swollen
shutdown:shutdown,shutdowns temperatur:temperature,temperatures sensor:sensor,sensors probe:probe,probes
lamp:lamp,lamps alarm:alarm,alarms modul:module,modules fan:fan,fans rotor:rotor,rotors brush:brush,brushes
lock:lock,locks,locked,locking cell:cell,cells signal:signal,signals filter:filter,filters
display:display,displays bath:bath,baths storm:storm,storms case:casing,casings cabl:cable,cables
port:port,ports seal:seal,seals thermistor:thermistor,thermistors condens:condenser,condensers
diluent:diluent,diluents apertur:aperture,apertures commut:commutator,commutators bear:bearing,bearings
damper:damper,dampers gasket:gasket,gaskets capacitor:capacitor,capacitors transceiv:transceiver,transceivers
balanc:balancer,balancers ballast:ballast,ballasts desicc:desiccant,desiccants photomet:photometer,photometers
refractomet:refractometer,refractometers cuvett:cuvette,cuvettes compressor:compressor,compressors
humidifi:humidifier,humidifiers barcod:barcode,barcodes background:background,backgrounds
"""
STEM = {}
for _tok in SNOWBALL_STEMS.split():
    _s, _fs = _tok.split(":")
    for _f in _fs.split(","):
        STEM[_f] = _s
EN_COMPONENTS = ["thermistor", "condenser", "halogen lamp", "diluent", "commutator", "aperture", "firmware", "bypass",
                 "transceiver", "dampers", "bearings", "heater film", "drive board", "patch cord", "ballast", "gasket",
                 "start capacitor", "refractometer", "desiccant", "photometer", "hot-swapped", "probe cleanser",
                 "cuvette blank", "pick-up filter", "balancing board", "terminator", "ribbon cable", "feed belt",
                 "start relay", "canister", "Peltier elements", "sensing board", "drain tube"]
GENERIC_EN = {"error", "alarm", "fault", "problem", "issue"}
EN_VAGUE = GENERIC_EN | {"failure", "failed", "fails", "abnormal", "high", "low", "lost", "not", "power", "temperature",
                         "working", "starting", "lighting", "exceeded", "insufficient", "excessive"}
NOT_PARTS = {"调整", "校准", "配平", "称量", "散热", "冷却", "温度", "信号", "污染", "磨损", "漂移", "衰减", "识别", "切换", "供电",
             "充电", "重启", "长度", "重量", "配置", "能量", "功率", "容量", "寿命", "读数", "灵敏度", "质控", "失控", "过热"}


def en_words(phrase):
    return re.findall(r"[a-z0-9]+", phrase.lower())


class ZhT:
    def __init__(self, w):
        self.w = fold_zh(w)

    def gain(self, d):
        if self.w not in d.fz:
            return 0
        return 2 if self.w in d.sz else 1

    def present(self, d):
        return self.w in d.fz

    def subject(self, d):
        return self.w in d.sz


class EnT:
    def __init__(self, phrase):
        ws = en_words(phrase)
        alts = []
        for wd in ws:
            forms = FAMILY.get(wd, [wd])
            alts.append("(?:%s)" % "|".join(re.escape(x) for x in sorted(forms, key=len, reverse=True)))
        self.rx = re.compile(r"(?<![a-z0-9])" + r"[\s\-_]+".join(alts) + r"(?![a-z0-9])")
        self.pre = min((x for x in FAMILY.get(ws[0], [ws[0]])), key=len)[:4]

    def present(self, d):
        return self.pre in d.fe and self.rx.search(d.fe) is not None

    def subject(self, d):
        return self.pre in d.se and self.rx.search(d.se) is not None

    def gain(self, d):
        if not self.present(d):
            return 0
        return 2 if self.subject(d) else 1


class CodeT:
    def __init__(self, code):
        self.rx = re.compile(r"(?<![0-9A-Z])%s(?![0-9])" % re.escape(code.upper()))
        self.code = code.upper()

    def present(self, d):
        return self.code.replace("-", "") in d.fcode and self.rx.search(d.text.upper()) is not None

    def subject(self, d):
        return self.rx.search(d.se.upper()) is not None

    def gain(self, d):
        if not self.present(d):
            return 0
        return 2 if self.subject(d) else 1


def model_gain(d, compact):
    if compact not in d.fcode:
        return 0
    own = {MODELS[d.model].compact} if d.model is not None else set()
    about = own == {compact} or compact in d.tcode or (d.kind == "article" and any(MODELS[m].compact == compact for m in d.models))
    return 2 if about and d.kind != "customer" else 1


def unit_gain(d, u):
    if u not in d.units:
        return 0
    return 2 if d.kind in ("repair", "equipment", "complaint", "quality") and d.units == [u] else 1


def judge(docs, fn):
    rel = {}
    for d in docs:
        g = fn(d)
        if g:
            rel[d.path] = g
    return dict(sorted(rel.items(), key=lambda kv: (-kv[1], kv[0])))


def n2(rel):
    return sum(1 for g in rel.values() if g == 2)


def damerau(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


KEYBOARD = "qwertyuiop asdfghjkl zxcvbnm".split()


def typo(rng, word, vocab, edits):
    for _attempt in range(50):
        t = word
        for _e in range(edits):
            k = rng.randrange(1, len(t)) if len(t) > 1 else 0
            op = rng.random()
            if op < 0.35 and k < len(t) - 1:          # swap two neighbours
                t = t[:k] + t[k + 1] + t[k] + t[k + 2:]
            elif op < 0.6:                            # drop a letter
                t = t[:k] + t[k + 1:]
            elif op < 0.85:                           # a neighbouring key
                row = next((r for r in KEYBOARD if t[k] in r), None)
                if row:
                    j = row.index(t[k])
                    nb = row[j - 1] if j > 0 and (rng.random() < 0.5 or j == len(row) - 1) else row[min(j + 1, len(row) - 1)]
                    t = t[:k] + nb + t[k + 1:]
            else:                                     # a doubled letter
                t = t[:k] + t[k] + t[k:]
        if t != word and t not in vocab and 1 <= damerau(t, word) <= 2 and t.isalpha():
            return t
    return None


def hanzi_only(w):
    return all("\u4e00" <= ch <= "\u9fff" for ch in w)


def make_queries(docs, w, seed):
    by_cat = {}
    seen = set()
    vocab = set()
    for d in docs:
        vocab.update(re.findall(r"[a-z]+", d.fe))
    zh_docs = docs
    def choose(cat, cands, k=24, lo=1, hi=30, must=()):
        """Deterministic pick of k candidates (query, relevant, note): the 'must' ones first,
        then those whose gain-2 set has lo..hi documents, then the smallest others."""
        rng = random.Random(f"{seed}:queries:{cat}")
        cands = [c for c in cands if c[1] and c[0] not in seen]
        rng.shuffle(cands)
        good = [c for c in cands if lo <= n2(c[1]) <= hi]
        rest = sorted((c for c in cands if not (lo <= n2(c[1]) <= hi)), key=lambda c: (n2(c[1]) == 0, len(c[1])))
        out = []
        for c in [c for c in cands if c[0] in must] + good + rest:
            if len(out) >= k:
                break
            if c[0] in seen:
                continue
            seen.add(c[0])
            out.append(c)
        by_cat[cat] = out

    # ------------------------------------------------------------------ Chinese words
    zh_terms = [f.zh for f in FAULTS] + [t for t in PY_TRACKED if len(t) >= 2]
    zh_terms = sorted(set(zh_terms))
    def zh_judge(t):
        f = fold_zh(t)
        return judge([d for d in zh_docs if f in d.fz], lambda d: 2 if f in d.sz else 1)
    zh_rel = {t: zh_judge(t) for t in zh_terms}
    trad = {t: zhtrad.convert(t) for t in zh_terms}

    def has_lang(rel, lang):
        return any(docs_by_path[p].lang == lang for p, g in rel.items() if g == 2)
    docs_by_path = {d.path: d for d in docs}
    choose("exact_chinese", [(t, zh_rel[t], t) for t in zh_terms])
    choose("trad_to_simp", [(trad[t], zh_rel[t], t) for t in zh_terms
                            if trad[t] != t and has_lang(zh_rel[t], "zh-Hans")])
    choose("simp_to_trad", [(t, zh_rel[t], t) for t in zh_terms
                            if trad[t] != t and has_lang(zh_rel[t], "zh-Hant")])

    # ------------------------------------------------------------------ pinyin
    entries = dict(PINYIN)
    for f in FAULTS:
        if hanzi_only(f.zh):
            entries[f.zh] = " | ".join(PINYIN[x] for x in f.words)
    joined, initials = {}, {}
    for h, py in entries.items():
        syl = py.replace("|", " ").split()
        joined.setdefault("".join(syl), set()).add(h)
        initials.setdefault("".join(s[0] for s in syl), set()).add(h)
    pin_full, pin_init = [], []
    prng = random.Random(f"{seed}:pinyin")
    for h in sorted(entries):
        if h not in zh_rel or not hanzi_only(h):
            continue
        py = entries[h]
        syl = py.replace("|", " ").split()
        if len(joined["".join(syl)]) == 1:
            r = prng.random()
            if "|" in py:
                form = " ".join(x.replace(" ", "") for x in py.split("|")) if r < 0.6 else "".join(syl)
            else:
                form = "".join(syl) if r < 0.7 else " ".join(syl)
            pin_full.append((form, zh_rel[h], h))
        ini = "".join(s[0] for s in syl)
        if len(syl) >= 3 and len(initials[ini]) == 1:
            pin_init.append((ini, zh_rel[h], h))
    poly = [c[0] for c in pin_full if c[2] in ("重启", "校准", "调整", "长度", "重量", "转速异常", "离心机")]
    choose("pinyin_full", pin_full, must=poly)
    choose("pinyin_initials", pin_init, must=[c[0] for c in pin_init if c[2] in ("离心机", "转速异常")])

    # ------------------------------------------------------------------ English
    en_terms = sorted({f.en for f in FAULTS} | set(EN_COMPONENTS))
    def en_judge(t):
        term = EnT(t)
        return judge([d for d in docs if term.pre in d.fe], term.gain)
    en_rel = {t: en_judge(t) for t in en_terms}
    choose("english_exact", [(t.lower() if prng.random() < 0.7 else t, en_rel[t], t) for t in en_terms])
    typos = []
    trng = random.Random(f"{seed}:typos")
    for t in en_terms:
        ws = t.split()
        out, changed = [], False
        for wd in ws:
            lw = wd.lower()
            if len(lw) >= 5 and lw.isalpha() and (trng.random() < 0.7 or not changed):
                ty = typo(trng, lw, vocab, 1 if len(lw) < 8 else trng.choice((1, 2)))
                if ty:
                    out.append(ty)
                    changed = True
                    continue
            out.append(lw)
        if changed:
            typos.append((" ".join(out), en_rel[t], t))
    choose("english_typo", typos)
    stems = []
    for t in en_terms:
        ws = en_words(t)
        if " ".join(ws) != t.lower().replace("-", " "):
            continue
        opts = [(k, v) for k, wd in enumerate(ws) for v in FAMILY.get(wd, [])
                if v != wd and v not in vocab and STEM.get(v) == STEM.get(wd)]
        # the most natural change first: a plural / singular flip, on the last word that has one
        flips = [(k, v) for k, v in opts if v in (ws[k] + "s", ws[k] + "es") or ws[k] in (v + "s", v + "es")]
        if flips:
            opts = [o for o in flips if o[0] == max(k for k, _v in flips)]
        if opts:
            k, v = opts[trng.randrange(len(opts))]
            q = " ".join(ws[:k] + [v] + ws[k + 1:])
            stems.append((q, en_rel[t], t))
    choose("english_stem", stems)

    # ------------------------------------------------------------------ serials
    in_corpus = sorted({u for d in docs for u in d.units})
    used_forms = {}
    for d in docs:
        for u, desc in d.serial_forms:
            used_forms.setdefault(u, set()).add(desc)
    unit_rel = {u: None for u in in_corpus}
    by_unit = {}
    for d in docs:
        for u in d.units:
            by_unit.setdefault(u, []).append(d)
    for u in in_corpus:
        unit_rel[u] = judge(by_unit[u], lambda d, u=u: unit_gain(d, u))
    srng = random.Random(f"{seed}:serials")
    variants = [(("h", "l", "/", ""), lambda g: "/".join(g).lower()),
                (("h", "u", "/", ""), lambda g: "/".join(g)),
                (("h", "l", "", ""), lambda g: "".join(g).lower()),
                (("h", "l", " ", "SN"), lambda g: "SN: " + " ".join(g).lower()),
                (("f", "u", " ", ""), lambda g: fullwidth(" ".join(g))),
                (("f", "l", "-", ""), lambda g: fullwidth("-".join(g).lower())),
                (("h", "u", " ", "S/N"), lambda g: "S/N " + " ".join(g)),
                (("h", "l", "-", "SN"), lambda g: "sn:" + "-".join(g).lower())]
    sv = []
    for u in in_corpus:
        un = w.units[u]
        opts = [(desc, fn) for desc, fn in variants if desc not in used_forms.get(u, set())]
        desc, fn = opts[srng.randrange(len(opts))]
        sv.append((fn(un.groups), unit_rel[u], un.plate))
    choose("serial_variant", sv)
    look = {}
    for u in in_corpus:
        lk = lookalike(w.units[u].key)
        look[u] = lk
    ps = []
    tails = {}
    for L in (4, 5, 6):
        for u in in_corpus:
            tails.setdefault((L, look[u][-L:]), []).append(u)
    for u in in_corpus:
        for L in (4, 5, 6):
            if len(tails[(L, look[u][-L:])]) == 1:
                q = w.units[u].key[-L:]
                if srng.random() < 0.1:
                    q = fullwidth(q)
                ps.append((q, unit_rel[u], w.units[u].plate))
                break
    choose("partial_serial", ps)

    # ------------------------------------------------------------------ models
    mv = []
    mrng = random.Random(f"{seed}:models")
    def model_rel(prefix):
        ms = [m.compact for m in MODELS if m.compact.startswith(prefix)]
        cand = [d for d in docs if prefix in d.fcode]
        return judge(cand, lambda d: max(model_gain(d, m) for m in ms))
    for mo in MODELS:
        rel = model_rel(mo.compact)
        disp = mo.display
        letters = re.match(r"[A-Z]+", mo.compact).group(0)
        forms = [mo.compact.lower(), fullwidth(disp), letters + " " + mo.compact[len(letters):],
                 disp.lower(), (letters + "-" + mo.compact[len(letters):]) if "-" not in disp else mo.compact.lower()]
        mv.append((forms[mrng.randrange(len(forms))], rel, mo.display))
    prefixes = {}
    for mo in MODELS:
        for L in range(3, len(mo.compact)):
            prefixes.setdefault(mo.compact[:L], set()).add(mo.display)
    pref = []
    longest = {}
    for p_, ms in sorted(prefixes.items()):  # one prefix per set of models: the longest
        key = tuple(sorted(ms))
        if len(ms) >= 2 and len(p_) >= 3 and any(ch.isdigit() for ch in p_) and len(p_) > len(longest.get(key, "")):
            longest[key] = p_
    for ms, p_ in sorted(longest.items()):
        if True:
            rel = model_rel(p_)
            pref.append((p_ if mrng.random() < 0.5 else p_.lower(), rel, "prefix of " + ", ".join(sorted(ms))))
    mrng.shuffle(pref)
    pref = [c for c in pref if 1 <= n2(c[1]) <= 60][:4]
    choose("model_variant", mv + pref, must=[c[0] for c in pref])

    # ------------------------------------------------------------------ mixed
    mx = []
    xr = random.Random(f"{seed}:mixed")
    for f in FAULTS:
        dev = FAMILIES[f.fam][1][-1]
        if f.code:
            terms = [ZhT(dev), CodeT(f.code)]
            q = f"{dev} {f.code}" + (" " + xr.choice(["error", "alarm", "报警"]) if xr.random() < 0.5 else "")
            mx.append((q, terms, None))
        for mo in FAM_MODELS[f.fam][:2]:
            mx.append((f"{xr.choice([mo.display, mo.compact])} {f.zh}", [ZhT(f.zh)], mo.compact))
        # a part named in a cause, with the alarm code or with the specific English word of the fault
        comp = [x for x in ZH_SCAN if x in PY_TRACKED and len(x) >= 2 and x not in NOT_PARTS
                and any(x in p[0] for p in f.pairs) and x not in f.zh]
        key_en = [x for x in en_words(f.en) if x not in EN_VAGUE and len(x) >= 4]
        if comp and f.code:
            c = comp[xr.randrange(len(comp))]
            mx.append((f"{f.code} {c}", [CodeT(f.code), ZhT(c)], None))
        elif comp and key_en:
            c, e = comp[xr.randrange(len(comp))], key_en[xr.randrange(len(key_en))]
            mx.append((f"{c} {e}", [ZhT(c), EnT(e)], None))
    mixed = []
    for q, terms, model in mx:
        def g(d, terms=terms, model=model):
            if not all(t.present(d) for t in terms):
                return 0
            if model is not None:
                mg = model_gain(d, model)
                if not mg:
                    return 0
                return 2 if mg == 2 and any(t.subject(d) for t in terms) else 1
            return 2 if any(t.subject(d) for t in terms) else 1
        first = terms[0]
        if isinstance(first, ZhT):
            cand = [d for d in docs if first.w in d.fz]
        elif isinstance(first, CodeT):
            key = first.code.replace("-", "")
            cand = [d for d in docs if key in d.fcode]
        else:
            cand = [d for d in docs if first.pre in d.fe]
        mixed.append((q, judge(cand, g), q))
    choose("mixed", mixed)

    # ------------------------------------------------------------------ customers
    names = {}
    for cu in w.customers:
        names[cu.id] = {fold_zh(x) for x in [cu.name] + cu.aliases + cu.short + [cu.en, cu.en_short] if x}
    by_cust = {}
    for d in docs:
        if d.cust is not None:
            by_cust.setdefault(d.cust, []).append(d)
    cf = []
    crng = random.Random(f"{seed}:customers")
    for cu in w.customers:
        if cu.id not in by_cust:
            continue
        own_units = set(range(cu.unit0, cu.unit0 + cu.nunits))
        cand = {id(d): d for d in by_cust[cu.id]}
        for u in own_units:
            for d in by_unit.get(u, []):
                cand[id(d)] = d
        rel = judge(list(cand.values()), lambda d, c=cu.id, ou=own_units: 2 if (d.custfield and d.cust == c) else (1 if ou & set(d.units) else 0))
        frags = [a for a in cu.short + cu.aliases + [cu.en_short] if a and " " not in a.strip() or (a and a.isascii())]
        crng.shuffle(frags)
        for fr in frags:
            ff = fold_zh(fr)
            if len(ff) < 2:
                continue
            hits = [c for c, ns in names.items() if any(ff in n for n in ns)]
            if hits == [cu.id]:
                cf.append((fr, rel, cu.name))
                break
    choose("customer_fragment", cf)

    # ------------------------------------------------------------------ across languages
    # A fault asked in one language, judged by every document that states it, in either: the
    # English name of a fault must reach its Chinese reports, and the other way round. Kept
    # only where the query's own language has fewer than ten documents of the fault and the
    # other has some, so that the first ten cannot be filled without reaching across.
    # (Before 2026-12-02 only the other language's documents were judged relevant, so a
    # system that ranked the query's own language first, as it must, could not score.)
    cross_en, cross_zh = [], []
    for f in FAULTS:
        zt, et = ZhT(f.zh), EnT(f.en)
        rel = judge([d for d in docs if zt.present(d) or et.present(d)], lambda d: max(zt.gain(d), et.gain(d)))
        en = sum(1 for d in docs if et.present(d))
        zh = sum(1 for d in docs if zt.present(d))
        if en < 10 and len(rel) > en:
            cross_en.append((f.en.lower(), rel, f.zh))
        if zh < 10 and len(rel) > zh:
            cross_zh.append((f.zh, rel, f.en))
    choose("cross_english_to_chinese", cross_en, hi=20)
    choose("cross_chinese_to_english", cross_zh, hi=20)

    # Initials as input methods take them (appended, so the kinds above keep their queries):
    # every syllable's first letter, the vowel of one with no consonant (安 a, 二 e, 欧 o) and
    # z/c/s for zh/ch/sh; and initials mixed with the last syllable whole (离心机 lxji).
    ime, mixed_pinyin = [], []
    mixed_forms = {}
    for h, py in entries.items():
        syl = py.replace("|", " ").split()
        mixed_forms.setdefault("".join(x[0] for x in syl[:-1]) + syl[-1], set()).add(h)
    for h in sorted(entries):
        if h not in zh_rel or not hanzi_only(h):
            continue
        syl = entries[h].replace("|", " ").split()
        if len(syl) < 3:
            continue
        ini = "".join(x[0] for x in syl)
        if len(initials[ini]) == 1 and any(x[0] in "aeo" or x[:2] in ("zh", "ch", "sh") for x in syl):
            ime.append((ini, zh_rel[h], h))
        form = "".join(x[0] for x in syl[:-1]) + syl[-1]
        if len(mixed_forms[form]) == 1:
            mixed_pinyin.append((form, zh_rel[h], h))
    choose("pinyin_initials_ime", ime)
    choose("pinyin_mixed", mixed_pinyin)

    out = []
    for cat in ["exact_chinese", "trad_to_simp", "simp_to_trad", "pinyin_full", "pinyin_initials", "english_exact",
                "english_typo", "english_stem", "serial_variant", "partial_serial", "model_variant", "mixed",
                "customer_fragment", "cross_english_to_chinese", "cross_chinese_to_english",
                "pinyin_initials_ime", "pinyin_mixed"]:
        for k, (q, rel, note) in enumerate(by_cat.get(cat, []), 1):
            out.append({"id": f"g-{cat}-{k:03d}", "category": cat, "query": q, "relevant": rel, "target": note})
    return out


def fault_words(h):
    """The vocabulary words of a pinyin target (a fault phrase is several words)."""
    for f in FAULTS:
        if f.zh == h:
            return f.words
    return [h]


def lookalike(s):
    """kb's look-alike folding of a canonical serial (Normalizer.lookAlike): O->0, I/L->1, S->5, B->8."""
    return s.translate(str.maketrans({"O": "0", "I": "1", "L": "1", "S": "5", "B": "8"}))


if __name__ == "__main__":
    main()
