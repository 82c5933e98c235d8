# -*- coding: utf-8 -*-
"""tenthgen data: company, families, models, serial styles, faults, engineers, customers."""

COMPANY = {
    "zh": "砺拓工业装备技术服务有限公司", "short": "砺拓工业", "en": "Lituo Industrial Equipment Services Co., Ltd.",
    "en_short": "Lituo Industrial", "tw": "礪拓機電股份有限公司", "tw_en": "Lituo Mechatronics (Taiwan) Co., Ltd.",
    "hk": "礪拓工業設備（香港）有限公司", "hk_en": "Lituo Industrial Equipment (Hong Kong) Ltd.",
    "hotline": "400-820-6173", "hq": "Norrvik Industrial Systems AB",
}

# family key: zh name, zh-Hant name, English name, models, serial style per model
FAMILIES = {
    "compressor": ("螺杆空压机", "螺桿空壓機", "screw air compressor", ["SK-37VF", "SK-90W"]),
    "cnc": ("加工中心", "加工中心", "CNC machining centre", ["VMC-850L", "HMX-630"]),
    "imm": ("注塑机", "射出成型機", "injection moulding machine", ["IMX-280S", "PL-1600E"]),
    "chiller": ("工业冷水机", "工業冰水機", "industrial chiller", ["CW-30AS", "WCH-120"]),
    "laser": ("光纤激光切割机", "光纖雷射切割機", "fibre laser cutter", ["LC-3015F", "FLX-6025"]),
    "ups": ("工业UPS", "工業UPS", "industrial UPS", ["PX-200K", "PX-60K"]),
    "battery": ("蓄电池组", "蓄電池組", "battery bank", ["VR-2V800", "LBC-512"]),
    "robot": ("工业机器人", "工業機器人", "industrial robot", ["RB-165L", "ARX-20"]),
    "forklift": ("电动叉车", "電動堆高機", "electric forklift", ["EF-30B", "FBX-25Li"]),
}
MODEL_ZH = {"SK-90W": "水冷螺杆空压机", "HMX-630": "卧式加工中心", "VMC-850L": "立式加工中心",
            "VR-2V800": "铅酸蓄电池组", "LBC-512": "锂电池储能柜（BMS）", "LC-3015F": "光纤激光切割机"}

CHECK_ALPHA = "ABCDEFGHJKMNPRSTUVWXYZ"   # no I, L, O in any serial


def check_letter(s):
    return CHECK_ALPHA[sum(ord(c) * (i + 3) for i, c in enumerate(s)) % len(CHECK_ALPHA)]


def make_serial(model, yy, mm, n):
    """The serial as on the nameplate."""
    if model.startswith("SK"):
        return "KS-%02d%02d-%05d" % (yy, mm, n)
    if model == "VMC-850L":
        return "VM%02d%s%05d" % (yy, "ABCDEFGHJKMN"[mm - 1], n)
    if model == "HMX-630":
        return "HX%02d%s%05d" % (yy, "ABCDEFGHJKMN"[mm - 1], n)
    if model in ("IMX-280S", "PL-1600E"):
        body = "MJ%04d-%02d" % (n % 10000, yy)
        return body + check_letter(body)
    if model in ("CW-30AS", "WCH-120"):
        return "CH%02d-%04d-%s" % (yy, n % 10000, "A" if model == "CW-30AS" else "W")
    if model in ("LC-3015F", "FLX-6025"):
        d = "%02d%05d" % (yy, n)
        return "FZ" + d + str(sum(int(c) * (2 if i % 2 else 1) for i, c in enumerate(d)) % 10)
    if model.startswith("PX"):
        return "U%02d%05dT" % (yy, n)
    if model == "VR-2V800":
        return "BT%02d-%04d-S" % (yy, n % 10000)
    if model == "LBC-512":
        return "XB%02dK%04d" % (yy, n % 10000)
    if model in ("RB-165L", "ARX-20"):
        return "RBT-%04d-%02d" % (n % 10000, yy)
    if model.startswith(("EF", "FBX")):
        body = "FK%02dS%05d" % (yy, n)
        return body + check_letter(body)
    raise KeyError(model)


# faults: (code, [zh forms], [en forms], cause zh, cause en, action zh, action en)
FAULTS = {
    "compressor": [
        ("T-12", ["排气温度高停机", "排温过高跳停", "排气温度超限报警停机"], ["high discharge temperature trip", "discharge temp too high, unit trips"],
         "油冷却器翅片积尘堵塞，散热不良", "oil cooler fins clogged with dust", "清洗油冷却器并更换油滤，试运行排温正常", "cleaned oil cooler, replaced oil filter; discharge temperature normal on test run"),
        ("P-03", ["供气压力上不去", "压力达不到设定值", "加载后压力偏低"], ["cannot reach set pressure", "low delivery pressure under load"],
         "进气阀阀片卡滞，开度不足", "inlet valve plate sticking, not fully open", "拆检进气阀更换密封组件，加载压力恢复0.75MPa", "overhauled inlet valve with new seal kit; load pressure back to 0.75 MPa"),
        ("F-21", ["变频器过流报警", "变频器报过流故障", "启动时变频器跳过流"], ["VFD overcurrent fault", "inverter overcurrent alarm at start"],
         "主电机轴承磨损，启动电流偏大", "main motor bearing worn, high starting current", "更换主电机前后轴承并重新对中，启动电流正常", "replaced motor bearings and realigned; starting current normal"),
        ("O-07", ["油气分离器压差大，耗油严重", "跑油，压缩空气带油", "油耗偏高，管路见油"], ["oil carry-over into air line", "high oil consumption, oil in compressed air"],
         "油分芯破损", "separator element ruptured", "更换油分芯及回油单向阀，运行24小时油耗正常", "replaced separator element and scavenge check valve; oil consumption normal after 24 h"),
    ],
    "cnc": [
        ("AL-414", ["X轴伺服过载报警", "X轴过载报警停机", "报414，X轴伺服报警"], ["X-axis servo overload alarm", "servo alarm 414 on X axis"],
         "X轴丝杠润滑不足，负载增大", "X-axis ballscrew under-lubricated", "疏通润滑油路，调整集中润滑周期，空运行2小时无报警", "cleared lube lines and reset lubrication interval; 2 h dry run without alarm"),
        ("SP-9", ["主轴异响", "主轴高速运转有异常噪音", "主轴转动时有尖叫声"], ["spindle noise at high speed", "abnormal spindle noise"],
         "主轴前轴承磨损", "spindle front bearing worn", "更换主轴轴承组并做动平衡，振动值合格", "replaced spindle bearing set and balanced; vibration within limits"),
        ("ATC-2", ["刀库换刀卡刀", "换刀时刀库卡住", "ATC换刀不到位"], ["tool changer jams during tool change", "ATC does not complete tool change"],
         "刀库定位传感器松动", "magazine index sensor loose", "重新固定并调整刀库定位传感器，连续换刀200次正常", "refixed and adjusted magazine sensor; 200 tool changes OK"),
        ("AC-5", ["加工尺寸超差", "工件尺寸不稳定", "孔位偏移超差"], ["parts out of tolerance", "dimensional drift on machined parts"],
         "反向间隙增大，补偿参数不符", "backlash grown beyond compensation", "激光干涉仪检测并重设反向间隙补偿，试切合格", "measured with laser interferometer, reset backlash compensation; test cut OK"),
    ],
    "imm": [
        ("H-31", ["料筒温度波动大", "加热圈温度不稳", "料筒某段升温慢"], ["barrel temperature unstable", "barrel zone slow to heat"],
         "加热圈烧毁一只，热电偶接触不良", "one heater band burnt, thermocouple loose", "更换加热圈并紧固热电偶，温控恢复±1℃", "replaced heater band and tightened thermocouple; control within ±1 °C"),
        ("HY-8", ["液压油温高", "油温过高报警", "液压系统油温超过55℃"], ["hydraulic oil overheating", "high oil temperature alarm"],
         "冷却器水垢堵塞", "oil cooler scaled up", "酸洗油冷却器，更换液压油滤芯，油温稳定在45℃", "descaled oil cooler, replaced oil filter; oil temperature stable at 45 °C"),
        ("M-15", ["开合模有异响", "锁模时有撞击声", "合模不到位报警"], ["noise during mould open/close", "clamp not fully closed alarm"],
         "拉杆铜套磨损，导轨缺油", "tie-bar bushes worn, slide lubrication poor", "更换拉杆铜套并调整模厚，开合模平稳", "replaced tie-bar bushes and adjusted mould height; clamping smooth"),
        ("S-40", ["产品缺料短射", "制品打不满", "射胶量不足"], ["short shots", "incomplete filling of parts"],
         "止逆环磨损，射胶回流", "check ring worn, melt backflow", "更换止逆环及螺杆头，试产合格", "replaced check ring and screw tip; trial production OK"),
    ],
    "chiller": [
        ("HP-1", ["高压报警停机", "冷水机高压保护", "高压开关动作跳机"], ["high pressure trip", "HP switch trips the chiller"],
         "冷凝器脏堵，冷却水量不足", "condenser fouled, low condenser water flow", "清洗冷凝器并调整冷却水阀门，高压恢复正常", "cleaned condenser and adjusted water valve; head pressure normal"),
        ("LP-2", ["低压报警", "冷水机低压保护", "制冷效果差，低压偏低"], ["low pressure alarm", "poor cooling, low suction pressure"],
         "制冷剂泄漏", "refrigerant leak", "查漏补焊并补充冷媒，出水温度达到设定", "found and brazed the leak, recharged refrigerant; leaving water at set point"),
        ("FL-4", ["水流开关报警", "断流保护", "缺水报警"], ["flow switch alarm", "no-flow protection trip"],
         "Y型过滤器堵塞", "Y-strainer blocked", "清洗过滤器并排空气，水流量恢复", "cleaned strainer and bled air; flow restored"),
        ("C-09", ["压缩机过载跳闸", "压缩机频繁启停", "压缩机过热保护"], ["compressor overload trip", "compressor short cycling"],
         "接触器触点烧蚀，缺相运行", "contactor contacts pitted, single phasing", "更换接触器并检查三相电流，运行正常", "replaced contactor, checked phase currents; running normally"),
    ],
    "laser": [
        ("LS-11", ["激光功率下降", "切不透", "切割能力明显下降"], ["laser power drop", "cannot cut through plate"],
         "保护镜片污染烧蚀", "protective window contaminated and burnt", "更换保护镜片并清洁准直镜，功率恢复额定", "replaced protective window and cleaned collimator; power back to rated"),
        ("HT-6", ["切割头调高报警", "随动报警", "调高器跟随异常"], ["height sensing alarm on cutting head", "capacitive follow error"],
         "电容传感器线缆破损", "capacitive sensor cable damaged", "更换传感器线缆并重新标定", "replaced sensor cable and recalibrated height control"),
        ("W-2", ["水冷机报警，激光器停光", "冷却水温度报警", "激光器水温高"], ["laser chiller alarm stops emission", "cooling water over-temperature"],
         "冷却水电导率超标", "coolant conductivity too high", "更换去离子水和离子交换树脂", "replaced deionised water and resin cartridge"),
        ("G-30", ["横梁运动抖动", "切割面有波纹", "X向运行抖动"], ["gantry vibration", "ripples on cut edge"],
         "齿条齿轮间隙过大", "rack and pinion backlash too large", "调整齿轮齿条啮合并润滑，切割面平整", "adjusted rack/pinion mesh and lubricated; cut edge smooth"),
    ],
    "ups": [
        ("UPS-41", ["UPS转电池运行", "市电正常但UPS报旁路", "UPS异常转旁路"], ["UPS transfers to bypass", "UPS on battery with mains present"],
         "整流模块IGBT损坏", "rectifier IGBT failed", "更换整流模块，带载测试正常", "replaced rectifier module; load test OK"),
        ("FAN-2", ["UPS风扇故障报警", "UPS风扇告警", "机柜过温告警"], ["UPS fan failure alarm", "cabinet over-temperature alarm"],
         "风扇老化停转", "aged fans stopped", "更换全部散热风扇", "replaced all cooling fans"),
        ("BAT-7", ["电池放电时间短", "后备时间不足", "停电后UPS很快关机"], ["short backup time", "UPS shuts down soon after mains loss"],
         "电池组老化，个别单体内阻偏高", "batteries aged, some cells with high internal resistance", "更换落后单体并做放电测试", "replaced weak cells and ran a discharge test"),
        ("OL-3", ["UPS过载报警", "输出过载", "负载超限告警"], ["UPS overload alarm", "output overload"],
         "新增设备未做负载核算", "new loads added without load check", "重新分配负载回路，负载率降至70%", "redistributed load circuits; load down to 70 %"),
    ],
    "battery": [
        ("CV-1", ["单体电压不均衡", "个别单体电压偏低", "电池单体压差大"], ["cell voltage imbalance", "low cell voltage on some cells"],
         "单体老化，容量衰减", "cells aged, capacity faded", "更换落后单体并做均衡充电", "replaced weak cells and ran an equalising charge"),
        ("BMS-12", ["BMS通讯中断", "电池管理系统通讯故障", "BMS离线告警"], ["BMS communication lost", "BMS offline alarm"],
         "从控板CAN接口损坏", "slave board CAN port failed", "更换从控板并升级BMS固件", "replaced slave board and updated BMS firmware"),
        ("TR-5", ["电池柜温度高", "电池温升异常", "电池仓过温告警"], ["battery cabinet over-temperature", "abnormal battery temperature rise"],
         "柜内空调滤网堵塞", "cabinet AC filter blocked", "清洗空调滤网并调整温控设定", "cleaned AC filter and adjusted thermostat"),
        ("IR-9", ["电池内阻超标", "端子发热", "连接条发热"], ["high internal resistance", "terminal overheating"],
         "连接螺栓松动", "connection bolts loose", "按力矩紧固全部连接条", "torqued all inter-cell links to spec"),
    ],
    "robot": [
        ("SRVO-50", ["J2轴碰撞检测报警", "机器人碰撞报警停机", "报碰撞检测，J2轴"], ["collision detection alarm on J2", "robot stops with collision alarm"],
         "负载参数设置与实际夹具不符", "payload setting does not match the gripper", "重新测定负载并设置碰撞灵敏度", "re-identified payload and set collision sensitivity"),
        ("ENC-3", ["编码器电池电压低", "脉冲编码器报警", "机器人零点丢失"], ["encoder battery low", "pulse coder alarm, mastering lost"],
         "编码器电池耗尽", "encoder backup batteries empty", "更换编码器电池并重新零点标定", "replaced encoder batteries and remastered"),
        ("RD-7", ["J4轴减速机漏油", "四轴漏油", "手腕处渗油"], ["J4 reducer oil leak", "oil leaking at wrist"],
         "油封老化", "oil seal aged", "更换油封并补充润滑脂", "replaced oil seal and refilled grease"),
        ("TP-2", ["示教器黑屏", "示教器无显示", "示教盒无法操作"], ["teach pendant blank screen", "teach pendant not responding"],
         "示教器电缆插头针脚损坏", "pendant cable connector pins damaged", "更换示教器电缆", "replaced pendant cable"),
    ],
    "forklift": [
        ("E-18", ["叉车无法行走", "踩油门车不走", "行走电机不转"], ["truck will not drive", "no traction when accelerator pressed"],
         "行走控制器MOS管击穿", "traction controller MOSFET failed", "更换行走控制器并设置参数", "replaced traction controller and set parameters"),
        ("LIFT-4", ["起升无力", "门架起升缓慢", "满载举升不动"], ["weak lifting", "mast lifts slowly under load"],
         "液压泵磨损，溢流阀设定偏低", "pump worn, relief valve set low", "更换液压齿轮泵并调整溢流压力", "replaced hydraulic pump and reset relief pressure"),
        ("BT-60", ["蓄电池续航短", "充满电用半天就没电", "电量下降快"], ["short battery run time", "battery flat after half a shift"],
         "牵引电池个别单格失效，电解液不足", "failed cells in traction battery, low electrolyte", "更换失效单格并补液均衡充电", "replaced failed cells, topped up and equalised"),
        ("BRK-1", ["刹车异响", "制动距离变长", "刹车不灵"], ["brake noise", "longer braking distance"],
         "制动片磨损", "brake linings worn", "更换制动片并调整制动间隙", "replaced brake linings and adjusted clearance"),
    ],
}

# work done on non-repair visits (zh, en)
WORK = {
    "install": ("设备安装调试，试运行合格，交付使用", "installed and commissioned; trial run passed, handed over"),
    "pm": ("按保养计划完成定期保养，更换易损件，运行正常", "scheduled maintenance done, wear parts replaced, running normally"),
    "inspection": ("定期检验，各项检查合格", "periodic inspection, all items passed"),
    "relocation": ("设备移机，拆机、运输后重新安装调试，运行正常", "relocated: dismantled, moved and recommissioned, running normally"),
    "captest": ("蓄电池核对性放电测试，容量符合要求", "capacity discharge test, capacity within requirement"),
}
PM_WORK = {
    "compressor": ("更换油滤、空滤、油分芯及冷却液，检查皮带", "replaced oil filter, air filter, separator and coolant; checked belts"),
    "cnc": ("清洁导轨，检查润滑与气压，校验主轴跳动", "cleaned ways, checked lubrication and air, checked spindle runout"),
    "imm": ("更换液压油滤芯，检查加热圈与安全门开关", "replaced hydraulic filter, checked heaters and safety gate switches"),
    "chiller": ("清洗冷凝器，检查冷媒压力与电气接线", "cleaned condenser, checked refrigerant pressures and wiring"),
    "laser": ("清洁光路镜片，更换冷却水，润滑导轨齿条", "cleaned optics, changed coolant, lubricated rails and racks"),
    "ups": ("清灰，检查电容与风扇，测量电池单体电压", "cleaned, checked capacitors and fans, measured cell voltages"),
    "battery": ("测量单体电压与内阻，紧固连接条", "measured cell voltages and resistance, torqued links"),
    "robot": ("更换减速机润滑脂与编码器电池，检查电缆", "changed reducer grease and encoder batteries, checked cables"),
    "forklift": ("检查制动、转向、门架链条，电池补液", "checked brakes, steering, mast chains; topped up battery"),
}

# (id, zh name, pinyin given/family, english name or None, region, employee no.)
ENGINEERS = [
    ("E01", "栾国栋", ("Guodong", "Luan"), "Gordon Luan", "cn", "LT0317"),
    ("E02", "鞠志强", ("Zhiqiang", "Ju"), None, "cn", "LT0322"),
    ("E03", "宓建新", ("Jianxin", "Mi"), None, "cn", "LT0405"),
    ("E04", "边少华", ("Shaohua", "Bian"), "Kevin Bian", "cn", "LT0411"),
    ("E05", "宫立新", ("Lixin", "Gong"), None, "cn", "LT0502"),
    ("E06", "殷俊杰", ("Junjie", "Yin"), "Jack Yin", "cn", "LT0518"),
    ("E07", "左振宇", ("Zhenyu", "Zuo"), None, "cn", "LT0603"),
    ("E08", "颜文涛", ("Wentao", "Yan"), None, "cn", "LT0614"),
    ("E09", "阚德明", ("Deming", "Kan"), None, "cn", "LT0709"),
    ("E10", "耿红旗", ("Hongqi", "Geng"), None, "cn", "LT0720"),
    ("E11", "粘耀宗", ("Yao-tsung", "Nien"), "Eric Nien", "tw", "TW0108"),
    ("E12", "廖家豪", ("Chia-hao", "Liao"), None, "tw", "TW0115"),
    ("E13", "招振邦", ("Chun-pong", "Chiu"), "Ben Chiu", "hk", "HK0021"),
    ("E14", "Henrik Solberg", None, "Henrik Solberg", "hq", "NV-2231"),
    ("E15", "Kenta Hayashida", None, "Kenta Hayashida", "hq", "NV-3107"),
]

# people who are never engineers: contacts, coordinators, managers
CONTACTS_ZH = ["设备课 闻课长", "厂务部 巩主管", "动力科 沙科长", "生产部 满经理", "采购部 晁小姐", "设备部 卢工", "车间主任 欧阳"]
CONTACTS_TW = ["廠務課 范課長", "設備組 廖組長", "生管 葉小姐"]
CONTACTS_EN = ["Mr. Tobias Wendt (Facilities)", "Ms. Yuki Morimoto (Plant Engineering)", "Mr. Alan Ho (Maintenance)"]
COORD = ["符晓蕾", "郦佳音"]           # our service desk
MANAGERS = ["区域经理 侯振东", "服务总监 冼明"]

DEALERS = {
    "cn": [("苏州德联机电设备有限公司", "Suzhou Delian M&E Equipment Co., Ltd."),
           ("合肥恒川工业设备贸易有限公司", "Hefei Hengchuan Industrial Equipment Trading Co., Ltd."),
           ("广东凯辰机电设备有限公司", "Guangdong Kaichen M&E Equipment Co., Ltd.")],
    "tw": [("鴻泰機械有限公司", "Hung Tai Machinery Co., Ltd.")],
    "hk": [("新洋機械貿易公司", "Sun Ocean Machinery Trading Co.")],
}
CONTRACTORS = [("苏州远嘉机电安装工程有限公司", "Suzhou Yuanjia M&E Installation Co., Ltd."),
               ("无锡德汇电力工程有限公司", "Wuxi Dehui Power Engineering Co., Ltd.")]

SECTOR_FAMILIES = {
    "machining": {"cnc": 5, "compressor": 3, "laser": 2, "robot": 2, "chiller": 1},
    "plastics": {"imm": 6, "chiller": 3, "compressor": 2, "robot": 1},
    "sheet": {"laser": 5, "compressor": 2, "robot": 2, "forklift": 1},
    "auto": {"robot": 4, "cnc": 3, "compressor": 2, "laser": 1, "forklift": 1},
    "electronics": {"ups": 3, "chiller": 2, "compressor": 2, "robot": 2, "imm": 1},
    "datacentre": {"ups": 5, "battery": 5, "chiller": 1},
    "energy": {"battery": 6, "ups": 2, "chiller": 1, "forklift": 1},
    "logistics": {"forklift": 7, "ups": 1, "battery": 1},
    "college": {"cnc": 3, "robot": 3, "laser": 1, "compressor": 1},
}

# curated customers: key, region, city, city_pinyin, registered, department(zh, en) or None, english,
#   brand (short form), extra short forms, sector, address, group, former [(name, english, until)]
CURATED = [
    ("ruibo2", "cn", "苏州", "Suzhou", "苏州瑞铂精密机械有限公司", ("二厂", "Plant 2"), "Suzhou Ruibo Precision Machinery Co., Ltd.",
     "瑞铂精密", ["瑞铂(苏州)", "Ruibo Precision (Suzhou) Co., Ltd.", "Ruibo Precision Suzhou"], "machining", "苏州市吴中区胥口镇孙武路118号", None, []),
    ("ruibo3", "cn", "苏州", "Suzhou", "苏州瑞铂精密机械有限公司", ("三号车间", "Workshop 3"), "Suzhou Ruibo Precision Machinery Co., Ltd.",
     "瑞铂精密", ["瑞铂(苏州)", "Ruibo Precision (Suzhou) Co., Ltd.", "Ruibo Precision Suzhou"], "plastics", "苏州市吴中区胥口镇孙武路118号", None, []),
    ("sanwa", "cn", "昆山", "Kunshan", "昆山三和精工有限公司", ("厂务部", "Facilities"), "Kunshan Sanwa Seiko Co., Ltd.",
     "三和精工", ["昆山三和", "Sanwa Seiko Kunshan", "KSS"], "electronics", "昆山市开发区富士康路以东青阳北路226号", None, []),
    ("kraemer", "cn", "太仓", "Taicang", "克莱默汽车部件(太仓)有限公司", ("B栋车间", "Building B"), "Kraemer Automotive Components (Taicang) Co., Ltd.",
     "克莱默", ["克莱默太仓", "Kraemer Taicang", "KAC Taicang"], "auto", "太仓市经济开发区北京西路66号", None, []),
    ("hanfeng_ks", "cn", "昆山", "Kunshan", "瀚峰精工(昆山)有限公司", None, "Hanfeng Precision Engineering (Kunshan) Co., Ltd.",
     "瀚峰精工", ["瀚峰昆山", "瀚峰(昆山)", "Hanfeng Kunshan"], "machining", "昆山市周市镇横长泾路399号", "hanfeng", []),
    ("hanfeng_hf", "cn", "合肥", "Hefei", "合肥瀚峰精工科技有限公司", None, "Hefei Hanfeng Precision Technology Co., Ltd.",
     "瀚峰精工", ["瀚峰合肥", "合肥瀚峰", "Hanfeng Hefei"], "auto", "合肥市经济技术开发区芙蓉路1088号", "hanfeng", []),
    ("hanfeng_cq", "cn", "重庆", "Chongqing", "瀚峰精工(重庆)有限公司", ("冲压车间", "Stamping Shop"), "Hanfeng Precision Engineering (Chongqing) Co., Ltd.",
     "瀚峰精工", ["瀚峰重庆", "瀚峰(重庆)", "Hanfeng Chongqing"], "sheet", "重庆市璧山区璧泉街道剑山路9号", "hanfeng", []),
    ("chengyuan", "cn", "无锡", "Wuxi", "无锡澄远智能装备股份有限公司", None, "Wuxi Chengyuan Intelligent Equipment Co., Ltd.",
     "澄远智能", ["澄远装备", "Chengyuan Wuxi"], "sheet", "无锡市新吴区锡梅路55号", None,
     [("无锡澄远机电有限公司", "Wuxi Chengyuan Electromechanical Co., Ltd.", "2021-06-30")]),
    ("hungsheng", "cn", "惠州", "Huizhou", "惠州鸿晟电子有限公司", ("注塑车间", "Moulding Shop"), "Huizhou Hung Sheng Electronics Co., Ltd.",
     "鸿晟电子", ["惠州鸿晟", "Hung Sheng Huizhou", "HSE Huizhou"], "plastics", "惠州市仲恺高新区和畅五路西21号", None, []),
    ("jinlan", "cn", "江阴", "Jiangyin", "江阴锦澜纺织机械有限公司", None, "Jiangyin Jinlan Textile Machinery Co., Ltd.",
     "锦澜纺机", ["锦澜机械", "Jinlan Textile Machinery"], "machining", "江阴市周庄镇长寿路18号", None, []),
    ("yongfeng", "cn", "慈溪", "Cixi", "慈溪甬丰塑业有限公司", None, "Cixi Yongfeng Plastics Co., Ltd.",
     "甬丰塑业", ["甬丰", "Yongfeng Plastics"], "plastics", "慈溪市周巷镇工业园区兴业北路7号", None, []),
    ("mingtai", "cn", "余姚", "Yuyao", "余姚明泰模具有限公司", None, "Yuyao Mingtai Mould Co., Ltd.",
     "明泰模具", ["明泰", "Mingtai Mould"], "machining", "余姚市阳明街道城东北路300号", None, []),
    ("hengda", "cn", "义乌", "Yiwu", "义乌恒达物流仓储有限公司", ("二号仓库", "Warehouse 2"), "Yiwu Hengda Logistics & Warehousing Co., Ltd.",
     "恒达物流", ["义乌恒达", "Hengda Logistics Yiwu"], "logistics", "义乌市北苑街道春华路1588号", None, []),
    ("hechang", "cn", "顺德", "Shunde", "顺德和昶电器有限公司", None, "Shunde Hechang Electric Appliance Co., Ltd.",
     "和昶电器", ["和昶", "Hechang Appliances"], "plastics", "佛山市顺德区容桂街道华口工业区12号", None, []),
    ("huayi", "cn", "晋江", "Jinjiang", "晋江华屹鞋业有限公司", None, "Jinjiang Huayi Footwear Co., Ltd.",
     "华屹鞋业", ["华屹", "Huayi Footwear"], "plastics", "晋江市陈埭镇江头工业区", None, []),
    ("yuyang", "cn", "常熟", "Changshu", "常熟虞阳汽车零部件有限公司", None, "Changshu Yuyang Auto Parts Co., Ltd.",
     "虞阳汽配", ["虞阳", "Yuyang Auto Parts"], "auto", "常熟市碧溪街道通港路9号", None, []),
    ("ganglong", "cn", "张家港", "Zhangjiagang", "张家港港隆钢构有限公司", None, "Zhangjiagang Ganglong Steel Structure Co., Ltd.",
     "港隆钢构", ["港隆", "Ganglong Steel"], "sheet", "张家港市锦丰镇兴业路21号", None, []),
    ("rongrui", "cn", "成都", "Chengdu", "成都蓉锐数据科技有限公司", ("数据中心机房", "Data Centre"), "Chengdu Rongrui Data Technology Co., Ltd.",
     "蓉锐数据", ["蓉锐", "Rongrui Data"], "datacentre", "成都市高新区天府五街200号", None, []),
    ("yuchi", "cn", "重庆", "Chongqing", "重庆渝驰摩托车配件有限公司", None, "Chongqing Yuchi Motorcycle Parts Co., Ltd.",
     "渝驰配件", ["渝驰", "Yuchi Parts"], "auto", "重庆市巴南区界石镇桥湾路66号", None, []),
    ("guanneng", "cn", "合肥", "Hefei", "合肥冠能新能源科技有限公司", ("储能电站", "ESS Station"), "Hefei Guanneng New Energy Technology Co., Ltd.",
     "冠能新能源", ["冠能", "Guanneng Energy"], "energy", "合肥市新站区魏武路1号", None, []),
    ("jycollege", "cn", "江阴", "Jiangyin", "江阴科技职业学院", ("数控实训车间", "CNC Training Workshop"), "Jiangyin Vocational College of Technology",
     "江阴科院", ["江阴科职院", "JVCT"], "college", "江阴市澄江街道学府路2号", None, []),
    ("xiling", "cn", "成都", "Chengdu", "成都西岭大学", ("先进制造实验室", "Advanced Manufacturing Lab"), "Chengdu Xiling University",
     "西岭大学", ["西岭大学机械学院", "XLU"], "college", "成都市郫都区团结路8号", None, []),
    ("shikang", "cn", "丹阳", "Danyang", "丹阳视康光学有限公司", None, "Danyang Shikang Optical Co., Ltd.",
     "视康光学", ["视康", "Shikang Optical"], "plastics", "丹阳市开发区齐梁路18号", None, []),
    # Taiwan
    ("hungshuo", "tw", "龜山", "Guishan", "弘碩精密股份有限公司", None, "Hung Shuo Precision Co., Ltd.",
     "弘碩精密", ["弘碩", "Hung Shuo"], "machining", "桃園市龜山區興邦路31號", None, []),
    ("yungsheng", "tw", "觀音", "Guanyin", "永晟塑膠工業股份有限公司", ("射出課", "Moulding Section"), "Yung Sheng Plastic Industrial Co., Ltd.",
     "永晟塑膠", ["永晟", "Yung Sheng Plastic"], "plastics", "桃園市觀音區工業五路12號", None, []),
    ("taihsiang", "tw", "湖口", "Hukou", "台翔光電股份有限公司", ("廠務課", "Facilities"), "Tai Hsiang Optoelectronics Corp.",
     "台翔光電", ["台翔", "THO"], "electronics", "新竹縣湖口鄉光復北路8號", None, []),
    ("chiulien", "tw", "楊梅", "Yangmei", "久聯金屬工業股份有限公司", None, "Chiu Lien Metal Industrial Co., Ltd.",
     "久聯金屬", ["久聯", "Chiu Lien Metal"], "sheet", "桃園市楊梅區幼獅路二段6號", None,
     [("久聯鐵工廠股份有限公司", "Chiu Lien Iron Works Co., Ltd.", "2020-12-31")]),
    ("chingyao", "tw", "竹北", "Zhubei", "晶耀材料科技股份有限公司", None, "Ching Yao Materials Technology Co., Ltd.",
     "晶耀材料", ["晶耀", "Ching Yao"], "datacentre", "新竹縣竹北市台元一街5號", None, []),
    # Hong Kong
    ("harbourline", "hk", "柴灣", "Chai Wan", "海灣塑膠製品廠有限公司", None, "Harbourline Plastic Products Factory Ltd.",
     "海灣塑膠", ["海灣廠", "Harbourline Plastics"], "plastics", "香港柴灣利眾街24號東貿廣場9樓", None, []),
    ("pacificcrest", "hk", "九龍灣", "Kowloon Bay", "太平峰數據中心有限公司", None, "Pacific Crest Data Centre Ltd.",
     "太平峰數據", ["太平峰", "PCDC"], "datacentre", "九龍灣宏照道33號國際交易中心18樓", None, []),
    ("lekyuen", "hk", "小瀝源", "Siu Lek Yuen", "瀝源五金製品有限公司", None, "Lek Yuen Metal Works Ltd.",
     "瀝源五金", ["瀝源", "Lek Yuen Metal"], "machining", "沙田小瀝源源順圍5號", None, []),
    ("fanling", "hk", "粉嶺", "Fanling", "粉嶺冷鏈物流有限公司", None, "Fanling Cold Chain Logistics Ltd.",
     "粉嶺冷鏈", ["北區冷鏈", "FCCL"], "logistics", "粉嶺安樂村業暢街11號", None, []),
]

FILLER_CITIES = [("无锡", "Wuxi"), ("苏州", "Suzhou"), ("昆山", "Kunshan"), ("太仓", "Taicang"), ("吴江", "Wujiang"),
                 ("宜兴", "Yixing"), ("常熟", "Changshu"), ("合肥", "Hefei"), ("重庆", "Chongqing"), ("成都", "Chengdu"),
                 ("惠州", "Huizhou"), ("慈溪", "Cixi"), ("余姚", "Yuyao"), ("义乌", "Yiwu"), ("丹阳", "Danyang"),
                 ("靖江", "Jingjiang"), ("海门", "Haimen"), ("平湖", "Pinghu"), ("海宁", "Haining"), ("桐乡", "Tongxiang"),
                 ("瑞安", "Rui'an"), ("乐清", "Yueqing"), ("诸暨", "Zhuji"), ("上虞", "Shangyu"), ("珠海", "Zhuhai"),
                 ("贵阳", "Guiyang"), ("南宁", "Nanning"), ("溧阳", "Liyang")]
FILLER_BRANDS = [("恒锐", "Hengrui"), ("博纳", "Bona"), ("凯润", "Kairun"), ("华锦", "Huajin"), ("泰宇", "Taiyu"),
                 ("金诺", "Jinnuo"), ("新铭", "Xinming"), ("迈科", "Maike"), ("鼎晟", "Dingsheng"), ("宏拓", "Hongtuo"),
                 ("启航", "Qihang"), ("优联", "Youlian"), ("科峰", "Kefeng"), ("永捷", "Yongjie"), ("越达", "Yueda"),
                 ("力邦", "Libang"), ("兆丰", "Zhaofeng"), ("嘉和", "Jiahe"), ("立盛", "Lisheng"), ("东研", "Dongyan"),
                 ("中岳", "Zhongyue"), ("精诚", "Jingcheng"), ("天翊", "Tianyi"), ("瑞祥", "Ruixiang"), ("协兴", "Xiexing"),
                 ("亿丰", "Yifeng"), ("汇智", "Huizhi"), ("朗固", "Langgu"), ("百川", "Baichuan"), ("鑫泽", "Xinze")]
# industry: zh suffix, short zh, English, sector
FILLER_INDUSTRY = [("精密机械有限公司", "精密", "Precision Machinery Co., Ltd.", "machining"),
                   ("塑胶制品有限公司", "塑胶", "Plastic Products Co., Ltd.", "plastics"),
                   ("汽车零部件有限公司", "汽配", "Auto Parts Co., Ltd.", "auto"),
                   ("电子科技有限公司", "电子", "Electronic Technology Co., Ltd.", "electronics"),
                   ("五金制品有限公司", "五金", "Hardware Products Co., Ltd.", "sheet"),
                   ("模具有限公司", "模具", "Mould Co., Ltd.", "machining"),
                   ("新能源科技有限公司", "新能源", "New Energy Technology Co., Ltd.", "energy"),
                   ("供应链管理有限公司", "供应链", "Supply Chain Management Co., Ltd.", "logistics"),
                   ("金属制品有限公司", "金属", "Metal Products Co., Ltd.", "sheet"),
                   ("包装材料有限公司", "包装", "Packaging Materials Co., Ltd.", "plastics")]
FILLER_DEPTS = [("一厂", "Plant 1"), ("二厂", "Plant 2"), ("机加工车间", "Machining Shop"), ("动力车间", "Utilities"),
                ("设备部", "Maintenance Dept."), ("注塑车间", "Moulding Shop"), ("厂务部", "Facilities")]
