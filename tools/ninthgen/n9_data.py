# -*- coding: utf-8 -*-
"""ninthgen world data: company, families, models, serial styles, faults, engineers, customers."""

COMPANY = {
    "cn": "澄衡医疗设备技术服务有限公司",
    "cn_short": "澄衡医疗",
    "tw": "澄衡醫療儀器股份有限公司",
    "hk": "澄衡醫療工程（香港）有限公司",
    "en": "Chengheng Medical Engineering Services",
    "en_hk": "Chengheng Medical Engineering (HK) Ltd.",
    "en_intl": "Chengheng Medical Engineering Pty Ltd",
    "hotline": "400-820-9617",
}

# family id: (zh, en, hant-tw override or None, models, serial style, pm months, qc (yearly test), multi-day install)
FAMILIES = {
    "DR":   ("数字化X射线摄影系统", "digital radiography system", ["DRX-560S", "LumaRad 3"], "R{yy}D{s5}", 12, True, True),
    "CARM": ("移动式C形臂X射线机", "mobile C-arm", ["CA-9200", "OrbiScan M"], "CA{yy}{L}{s4}", 12, True, False),
    "CT":   ("多排螺旋CT", "multislice CT scanner", ["HCT-1680", "HelixView 64"], "HCT-{s5}-{yy}", 6, True, True),
    "US":   ("彩色多普勒超声诊断仪", "colour Doppler ultrasound", ["US-7E", "SonoVera P9"], "VU-{yy}{s4}-{L}", 12, False, False),
    "MON":  ("多参数监护仪", "patient monitor", ["PM-12T", "VitaTrack 15"], "M{yy}{L}{s5}", 12, True, False),
    "INF":  ("输液泵", "infusion pump", ["IP-300", "FlowSure 2"], "F{s5}{L}{yy}", 12, True, False),
    "VENT": ("呼吸机", "ventilator", ["VT-880", "AirCare S7"], "AV{yy}{s4}-{L}", 6, True, False),
    "ANES": ("麻醉机", "anaesthesia workstation", ["AM-650", "AnesFlow 9"], "GA{L}{yy}{s4}", 6, True, False),
    "DEF":  ("除颤监护仪", "defibrillator monitor", ["DF-220", "ShockGuard R5"], "D{L}{yy}{s4}P", 12, True, False),
    "HD":   ("血液透析机", "haemodialysis machine", ["HD-5000", "RenaPure 8"], "HDM{s5}{yy}", 6, False, False),
    "MG":   ("乳腺X射线机", "mammography system", ["MG-3000", "MammoLux D"], "MX{yy}{L}-{s3}", 12, True, True),
    "ECG":  ("十二导心电图机", "12-lead ECG machine", ["ECG-1260", "CardioLine 12"], "E{yy}{s5}", 12, False, False),
}
FAMILY_ORDER = ["DR", "CARM", "CT", "US", "MON", "INF", "VENT", "ANES", "DEF", "HD", "MG", "ECG"]
SERIAL_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# faults: family -> list of (code, zh, en, cause_zh, cause_en, action_zh, action_en)
FAULTS = {
    "DR": [
        ("DX-203", "平板探测器无图像", "flat-panel detector gives no image", "探测器电源板损坏", "detector power board failed", "更换探测器电源板并重新校准增益", "replaced the detector power board and recalibrated gain"),
        ("DX-118", "曝光后图像出现横向条纹", "horizontal stripes on images after exposure", "暗场校正数据失效", "dark-field calibration data invalid", "重新做暗场和增益校正", "redid dark-field and gain calibration"),
        ("HV-31", "高压发生器报过流", "HV generator reports overcurrent", "球管灯丝老化", "X-ray tube filament ageing", "更换X射线球管并做球管训练", "replaced the X-ray tube and ran tube seasoning"),
        ("WS-07", "工作站无法上传PACS", "workstation cannot send to PACS", "DICOM节点配置被改动", "DICOM node settings changed", "恢复DICOM节点配置并测试传输", "restored DICOM node settings and tested transfer"),
    ],
    "CARM": [
        ("CA-41", "C臂旋转卡滞", "C-arm rotation sticks", "轨道滑块磨损", "guide rail slider worn", "更换滑块并润滑轨道", "replaced the sliders and lubricated the rail"),
        ("CA-12", "透视图像噪点大", "noisy fluoroscopy image", "影像增强器老化", "image intensifier ageing", "调整ABS参数并校正增强器", "adjusted ABS parameters and calibrated the intensifier"),
        ("CA-55", "脚闸无响应", "foot switch does not respond", "脚闸线缆断线", "foot switch cable broken", "更换脚闸", "replaced the foot switch"),
        ("CA-60", "显示器黑屏", "monitor cart screen black", "显示器电源适配器损坏", "monitor power adapter failed", "更换电源适配器", "replaced the power adapter"),
    ],
    "CT": [
        ("CT-402", "扫描中断提示滑环通讯错误", "scan aborts with slip-ring communication error", "滑环碳刷磨损", "slip-ring carbon brushes worn", "更换碳刷并清洁滑环", "replaced carbon brushes and cleaned the slip ring"),
        ("CT-215", "图像出现环状伪影", "ring artefacts on images", "探测器模块通道失效", "detector module channel failed", "更换探测器模块并做空气校准", "replaced the detector module and ran air calibration"),
        ("CT-330", "球管温度过高无法连续扫描", "tube overheats, cannot scan continuously", "油冷却器风扇故障", "oil cooler fan failed", "更换冷却风扇", "replaced the cooling fan"),
        ("CT-118", "检查床无法升降", "patient table will not move up or down", "床体升降电机驱动板故障", "table lift motor driver failed", "更换升降驱动板", "replaced the table lift driver board"),
    ],
    "US": [
        ("US-23", "探头图像缺失一条暗带", "probe image shows a dark band", "探头晶片损坏", "probe elements damaged", "更换凸阵探头", "replaced the convex probe"),
        ("US-08", "开机停在启动界面", "system hangs at boot screen", "系统硬盘坏道", "system disk bad sectors", "更换硬盘并恢复系统", "replaced the hard disk and restored the system"),
        ("US-31", "多普勒无血流信号", "no Doppler flow signal", "发射板故障", "transmit board fault", "更换发射板", "replaced the transmit board"),
        ("US-44", "触摸屏失灵", "touch panel unresponsive", "触摸屏排线松动", "touch panel cable loose", "重新固定排线并校准触摸屏", "reseated the cable and calibrated the touch panel"),
    ],
    "MON": [
        ("SPO2-2", "血氧无波形", "no SpO2 waveform", "血氧模块故障", "SpO2 module failed", "更换血氧模块", "replaced the SpO2 module"),
        ("NIBP-5", "无创血压测量超时", "NIBP measurement times out", "气泵漏气", "air pump leaking", "更换气泵并做漏气检测", "replaced the pump and ran a leak test"),
        ("NET-1", "中央站收不到数据", "central station receives no data", "网口接触不良", "network port poor contact", "更换网口板并重新组网", "replaced the network board and rejoined the network"),
        ("BAT-3", "电池供电不足十分钟", "battery lasts under ten minutes", "电池老化", "battery aged", "更换锂电池", "replaced the lithium battery"),
    ],
    "INF": [
        ("OCC-1", "频繁误报阻塞", "false occlusion alarms", "压力传感器漂移", "pressure sensor drift", "校准压力传感器", "calibrated the pressure sensor"),
        ("AIR-4", "气泡报警无法消除", "air-in-line alarm will not clear", "超声气泡探头脏污", "air detector dirty", "清洁并测试气泡探头", "cleaned and tested the air detector"),
        ("FLW-2", "流速误差超限", "flow rate error out of tolerance", "泵片磨损", "pumping fingers worn", "更换泵片并做流速测试", "replaced the fingers and ran a flow test"),
        ("PWR-6", "开机无反应", "does not power on", "电源板保险丝熔断", "power board fuse blown", "更换保险丝及电源板", "replaced the fuse and power board"),
    ],
    "VENT": [
        ("O2-11", "氧浓度报警", "oxygen concentration alarm", "氧电池耗尽", "oxygen cell exhausted", "更换氧电池并标定", "replaced the O2 cell and calibrated"),
        ("FL-07", "潮气量监测偏差大", "tidal volume reading off", "流量传感器损坏", "flow sensor damaged", "更换流量传感器", "replaced the flow sensor"),
        ("TUR-3", "涡轮噪音大", "turbine noisy", "涡轮轴承磨损", "turbine bearing worn", "更换涡轮组件", "replaced the turbine assembly"),
        ("EXV-2", "呼气阀漏气", "exhalation valve leaks", "呼气阀膜片老化", "exhalation valve membrane aged", "更换呼气阀膜片并做泄漏测试", "replaced the membrane and ran a leak test"),
    ],
    "ANES": [
        ("LK-20", "手动通气漏气量大", "high leak in manual ventilation", "回路密封圈老化", "breathing circuit seals aged", "更换密封圈并做自检", "replaced the seals and ran self-test"),
        ("VAP-1", "蒸发罐读数异常", "vaporizer reading abnormal", "浓度监测模块漂移", "agent monitor drift", "校准气体模块", "calibrated the gas module"),
        ("CO2-9", "二氧化碳吸收罐报警", "CO2 absorber alarm", "吸收罐卡扣损坏", "absorber latch broken", "更换吸收罐卡扣", "replaced the absorber latch"),
        ("BEL-4", "风箱不能回升", "bellows do not rise", "驱动气压力不足", "drive gas pressure low", "调整减压阀并更换驱动气管", "adjusted the regulator and replaced the drive gas hose"),
    ],
    "DEF": [
        ("CHG-1", "充电时间过长", "charging takes too long", "高压电容老化", "HV capacitor aged", "更换高压电容并做能量测试", "replaced the HV capacitor and ran an energy test"),
        ("PAD-3", "电极板检测失败", "pads check fails", "电极线接头氧化", "pads connector oxidised", "更换电极线", "replaced the pads cable"),
        ("PRN-2", "记录仪不走纸", "recorder does not feed paper", "打印头压杆断裂", "printer latch broken", "更换打印机组件", "replaced the printer assembly"),
        ("SLF-8", "自检提示治疗电路故障", "self-test reports therapy circuit fault", "治疗板继电器损坏", "therapy board relay failed", "更换治疗板", "replaced the therapy board"),
    ],
    "HD": [
        ("CND-4", "电导度报警", "conductivity alarm", "电导电极结垢", "conductivity cell scaled", "除垢并校准电导", "descaled and calibrated conductivity"),
        ("BLD-2", "漏血报警误报", "false blood-leak alarm", "漏血探测器脏污", "blood-leak detector dirty", "清洁漏血探测器并校准", "cleaned and calibrated the blood-leak detector"),
        ("HTR-6", "透析液温度不升", "dialysate does not warm up", "加热棒损坏", "heater rod failed", "更换加热棒", "replaced the heater rod"),
        ("UF-3", "超滤量误差大", "ultrafiltration error high", "平衡腔膜片破损", "balance chamber membrane torn", "更换平衡腔膜片并做超滤测试", "replaced the membrane and ran a UF test"),
    ],
    "MG": [
        ("MG-14", "压迫板不能上升", "compression paddle will not rise", "压迫电机编码器故障", "compression motor encoder fault", "更换编码器", "replaced the encoder"),
        ("MG-27", "图像伪影", "image artefacts", "滤线栅运动异常", "grid motion fault", "更换滤线栅驱动", "replaced the grid drive"),
        ("MG-03", "曝光中断", "exposure interrupted", "高压电缆接头放电", "HV cable connector arcing", "更换高压电缆并重新灌注硅脂", "replaced the HV cable and repacked the terminals"),
        ("MG-38", "工作站报许可证过期", "workstation licence expired", "系统时间被修改", "system clock changed", "恢复系统时间并重新激活许可证", "reset the clock and reactivated the licence"),
    ],
    "ECG": [
        ("LD-1", "导联脱落提示", "lead-off message", "导联线断线", "lead wire broken", "更换导联线", "replaced the lead wires"),
        ("ECG-9", "基线漂移严重", "severe baseline drift", "滤波参数设置不当", "filter settings wrong", "恢复滤波设置", "restored filter settings"),
        ("PRN-5", "打印空白", "blank printout", "热敏打印头损坏", "thermal print head failed", "更换打印头", "replaced the print head"),
        ("NET-3", "心电网络上传失败", "ECG network upload fails", "服务器地址变更", "server address changed", "更新服务器地址并重传", "updated the server address and resent"),
    ],
}

PM_ZH = {
    "DR": "检查球管及高压电缆，平板探测器校准，机械运动检查", "CARM": "检查C臂机械运动及刹车，透视剂量检查",
    "CT": "滑环清洁，碳刷检查，空气校准，球管预热检查", "US": "探头外观及图像检查，风扇滤网清洁，系统备份",
    "MON": "参数精度检查，报警功能检查，电池测试", "INF": "流速精度测试，阻塞报警测试，电池检查",
    "VENT": "更换空气滤网，流量传感器标定，泄漏测试", "ANES": "泄漏测试，流量计校准，蒸发罐检查",
    "DEF": "能量输出测试，电池检查，自检", "HD": "电导度及温度校准，超滤测试，消毒程序检查",
    "MG": "压迫力检查，自动曝光控制检查，图像质量测试", "ECG": "灵敏度测试，打印检查，导联线检查",
}
PM_EN = {
    "DR": "tube and HV cable check, detector calibration, mechanics", "CARM": "C-arm motion and brakes, fluoro dose check",
    "CT": "slip ring cleaning, brush check, air calibration", "US": "probe and image check, filter cleaning, backup",
    "MON": "parameter accuracy, alarms, battery test", "INF": "flow accuracy, occlusion alarm, battery",
    "VENT": "air filter replaced, flow sensor calibration, leak test", "ANES": "leak test, flowmeter calibration, vaporizer check",
    "DEF": "energy output test, battery, self-test", "HD": "conductivity and temperature calibration, UF test",
    "MG": "compression force, AEC, image quality", "ECG": "sensitivity test, printer, lead wires",
}
QC_ZH = "性能及电气安全检测，结果合格"
QC_EN = "performance and electrical safety test (IEC 62353), passed"
INSTALL_ZH = "安装调试，验收合格，完成操作培训"
INSTALL_EN = "installed and commissioned, acceptance passed, users trained"
UPGRADE_ZH = "系统软件升级至V{v}，功能测试正常"
UPGRADE_EN = "system software upgraded to V{v}, function test OK"
RELOC_ZH = "拆机移装至新使用单位，重新安装调试正常"
RELOC_EN = "relocated to the new site, reinstalled and tested OK"

# engineers: id, name zh (or None), english name, pinyin surname, pinyin given, region, staff no
ENGINEERS = [
    ("E01", "骆志远", None, "Luo", "Zhiyuan", "cn", "0317"),
    ("E02", "窦海峰", "Frank Dou", "Dou", "Haifeng", "cn", "0322"),
    ("E03", "蒲红梅", None, "Pu", "Hongmei", "cn", "0340"),
    ("E04", "喻晓东", "Leo Yu", "Yu", "Xiaodong", "cn", "0358"),
    ("E05", "褚文斌", None, "Chu", "Wenbin", "cn", "0361"),
    ("E06", "柴永刚", None, "Chai", "Yonggang", "cn", "0377"),
    ("E07", "冉丽娜", "Lina Ran", "Ran", "Lina", "cn", "0389"),
    ("E08", "霍建平", None, "Huo", "Jianping", "cn", "0402"),
    ("E09", "焦宇航", None, "Jiao", "Yuhang", "cn", "0415"),
    ("E10", "向明辉", None, "Xiang", "Minghui", "cn", "0426"),
    ("E11", "詹宗翰", "Jason Jhan", "Jhan", "Tsung-han", "tw", "T106"),
    ("E12", "岑浩賢", "Terence Shum", "Shum", "Ho Yin", "hk", "H021"),
    ("E13", None, "Liam Whitford", "Whitford", "Liam", "au", "A007"),
    ("E14", None, "Carlos Medina", "Medina", "Carlos", "us", "U012"),
    ("E15", None, "Anna Kowalski", "Kowalski", "Anna", "all", "X001"),
]

# contacts (never engineers)
CONTACTS_CN = ["设备科 邱科长", "放射科 韦主任", "护士长 温老师", "ICU 晏护士长", "设备科 殷工", "超声科 邬医生", "血透室 樊护士长"]
CONTACTS_TW = ["醫工室 游組長", "放射科 賴技術長", "加護病房 涂護理長"]
CONTACTS_HK = ["Ms. Fong (EBME)", "Mr. Leung, Radiographer", "Sister Ho"]
CONTACTS_EN = ["Ms. Anjali Rao (Biomed)", "Mr. Tom Hale, Imaging Manager", "Dr. Ellen Brooks", "Ms. Rosa Alvarez"]
COORD = ["邵雅琪", "景晓月"]
MANAGERS = ["宁经理", "蔺主管"]

CITY_PINYIN = {
    "安庆": "Anqing", "湘潭": "Xiangtan", "淮安": "Huai'an", "宿迁": "Suqian", "南阳": "Nanyang", "信阳": "Xinyang",
    "周口": "Zhoukou", "孝感": "Xiaogan", "梧州": "Wuzhou", "丹东": "Dandong", "六安": "Lu'an", "延吉": "Yanji",
    "邢台": "Xingtai", "沧州": "Cangzhou", "汉中": "Hanzhong", "乐山": "Leshan", "肇庆": "Zhaoqing", "韶关": "Shaoguan",
    "三亚": "Sanya", "鄂尔多斯": "Ordos", "齐齐哈尔": "Qiqihar", "吉安": "Ji'an",
    "商丘": "Shangqiu", "六盘水": "Liupanshui", "大理": "Dali", "牡丹江": "Mudanjiang", "四平": "Siping", "本溪": "Benxi",
    "廊坊": "Langfang", "长治": "Changzhi", "运城": "Yuncheng", "晋城": "Jincheng", "安康": "Ankang", "延安": "Yan'an",
    "达州": "Dazhou", "遂宁": "Suining", "眉山": "Meishan", "阜阳": "Fuyang", "滁州": "Chuzhou", "宣城": "Xuancheng",
    "黄山": "Huangshan", "铜陵": "Tongling", "淮北": "Huaibei", "萍乡": "Pingxiang", "抚州": "Fuzhou (Jiangxi)",
    "宜春": "Yichun", "宁德": "Ningde", "潮州": "Chaozhou", "茂名": "Maoming", "清远": "Qingyuan", "梅州": "Meizhou",
    "河源": "Heyuan", "阳江": "Yangjiang", "江门": "Jiangmen", "揭阳": "Jieyang", "儋州": "Danzhou",
    "嘉義": "Chiayi", "桃園": "Taoyuan", "斗六": "Douliu",
    "深水埗": "Sham Shui Po", "香港仔": "Aberdeen", "馬鞍山": "Ma On Shan", "天水圍": "Tin Shui Wai",
    "珀斯": "Perth", "奥克兰": "Auckland", "休斯敦": "Houston",
}

# curated customers:
# (key, region, city, name, dept, institution, english, abbr, short forms zh, en forms, hant override, address, families, former)
# region: cn / tw / hk / au / nz / us
CURATED = [
    ("aq1", "cn", "安庆", "安庆市第一人民医院", "医学工程部", "hospital", "Anqing First People's Hospital", "AQFPH",
     ["安庆一院", "安庆市一院", "安庆市第一人民医院医学工程部"], [], None, "安庆市迎江区人民路42号", ["DR", "CT", "MON", "VENT"], None),
    ("aq2", "cn", "安庆", "安庆市第二人民医院", "设备科", "hospital", "Anqing No.2 People's Hospital", "AQ2H",
     ["安庆二院", "安庆市二院"], [], None, "安庆市大观区德宽路18号", ["DR", "US", "INF", "ECG"], None),
    ("xt_rad", "cn", "湘潭", "湘潭市中心医院", "放射科", "hospital", "Xiangtan Central Hospital", "XTCH",
     ["湘潭中心医院放射科", "放射科（湘潭市中心医院）", "湘潭市中心医院·放射科"], ["Radiology, Xiangtan Central Hospital", "XTCH Radiology"], None,
     "湘潭市雨湖区和平路120号", ["DR", "CT", "MG", "CARM"], None),
    ("xt_us", "cn", "湘潭", "湘潭市中心医院", "超声医学科", "hospital", "Xiangtan Central Hospital", "XTCH",
     ["湘潭中心医院超声科", "超声医学科（湘潭市中心医院）", "湘潭市中心医院·超声医学科"], ["Ultrasound Dept., Xiangtan Central Hospital", "XTCH Ultrasound"], None,
     "湘潭市雨湖区和平路120号", ["US"], None),
    ("ny_main", "cn", "南阳", "南阳市中心医院", "设备处", "hospital", "Nanyang Central Hospital", "NYCH",
     ["南阳中心医院本部", "南阳市中心医院（本部）"], ["Nanyang Central Hospital (Main Campus)"], None,
     "南阳市卧龙区工农路312号", ["CT", "DR", "ANES", "VENT", "MON"], None),
    ("ny_east", "cn", "南阳", "南阳市中心医院东院区", "设备处", "hospital", "Nanyang Central Hospital East Campus", "NYCH-E",
     ["南阳中心医院东院", "南阳市中心医院东院", "东院区（南阳市中心医院）"], ["Nanyang Central Hospital (East Campus)"], None,
     "南阳市宛城区仲景路1088号", ["DR", "MON", "INF", "DEF"], None),
    ("ha_fy", "cn", "淮安", "淮安市妇幼保健院", "设备科", "mch", "Huai'an Maternal and Child Health Hospital", "HAMCH",
     ["淮安妇幼", "淮安市妇保院"], [], None, "淮安市清江浦区健康西路10号", ["US", "MON", "INF", "MG"], None),
    ("sq_fy", "cn", "宿迁", "宿迁市妇幼保健院", "医学装备科", "mch", "Suqian Maternal and Child Health Hospital", "SQMCH",
     ["宿迁妇幼", "宿迁市妇保院"], [], None, "宿迁市宿城区发展大道66号", ["US", "MON", "INF"], None),
    ("xy3", "cn", "信阳", "信阳市第三人民医院", "设备科", "hospital", "Xinyang Third People's Hospital", "XY3H",
     ["信阳三院", "信阳市三院"], [], None, "信阳市浉河区新七大街58号", ["DR", "HD", "MON"], None),
    ("zk_zy", "cn", "周口", "周口市中医院", "设备科", "tcm", "Zhoukou Hospital of TCM", "ZKTCM",
     ["周口中医院", "周口市中医医院"], [], None, "周口市川汇区七一路80号", ["DR", "US", "ECG"], None),
    ("xg_zy", "cn", "孝感", "孝感市中医医院", "设备科", "tcm", "Xiaogan Hospital of TCM", "XGTCM",
     ["孝感中医院"], [], None, "孝感市孝南区槐荫大道255号", ["DR", "US", "MON"],
     [("孝感市中医院", "Xiaogan TCM Hospital", "2019-09-30")]),
    ("wz_gx", "cn", "梧州", "梧州市红十字会医院", "医学工程科", "hospital", "Wuzhou Red Cross Hospital", "WZRCH",
     ["梧州红会医院", "梧州红十字会医院"], [], None, "梧州市万秀区大学路3号", ["CT", "VENT", "ANES"], None),
    ("dd_zx", "cn", "丹东", "丹东市中心医院", "设备科", "hospital", "Dandong Central Hospital", "DDCH",
     ["丹东中心医院"], [], None, "丹东市振兴区锦山大街338号", ["DR", "CT", "MON", "DEF"],
     [("丹东市第一医院", "Dandong First Hospital", "2021-03-31")]),
    ("la_east", "cn", "六安", "六安市人民医院城东院区", "设备科", "hospital", "Lu'an People's Hospital East Campus", "LAPH-E",
     ["六安人民医院城东院区", "六安市医院城东院区"], [], None, "六安市金安区皖西大道21号", ["DR", "US", "INF"],
     [("六安市人民医院东区分院", "Lu'an People's Hospital East Branch", "2022-06-30")]),
    ("yj_yb", "cn", "延吉", "延边大学附属医院", "医学工程处", "hospital", "Yanbian University Hospital", "YBUH",
     ["延大附院", "延边医院"], [], None, "延吉市局子街1327号", ["CT", "MG", "HD", "ANES"], None),
    ("xt_xt", "cn", "邢台", "邢台市人民医院", "设备处", "hospital", "Xingtai People's Hospital", "XTPH",
     ["邢台人民医院", "邢台市医院"], [], None, "邢台市襄都区红星街16号", ["DR", "VENT", "MON", "DEF"], None),
    ("cz_zx", "cn", "沧州", "沧州市中心医院", "医学工程部", "hospital", "Cangzhou Central Hospital", "CZCH",
     ["沧州中心医院", "沧州市中心医院医学工程部"], [], None, "沧州市运河区新华西路16号", ["CT", "DR", "HD"], None),
    ("hz_3201", "cn", "汉中", "汉中市三二〇一医院", "设备科", "hospital", "Hanzhong 3201 Hospital", "HZ3201",
     ["三二〇一医院", "汉中3201医院", "3201医院"], [], None, "汉中市汉台区汉江路783号", ["DR", "US", "ANES"], None),
    ("ls_tj", "cn", "乐山", "乐山市第二人民医院体检中心", "", "checkup", "Leshan No.2 People's Hospital Health Check Centre", "LS2H-HCC",
     ["乐山二院体检中心", "乐山市二院体检中心"], [], None, "乐山市市中区柏杨中路76号", ["DR", "US", "ECG", "MG"], None),
    ("zq_gy", "cn", "肇庆", "肇庆市高要区人民医院", "设备科", "county", "Gaoyao District People's Hospital, Zhaoqing", "GYPH",
     ["高要人民医院", "高要区医院"], [], None, "肇庆市高要区府前大街43号", ["DR", "MON", "INF"], None),
    ("sg_yb", "cn", "韶关", "粤北人民医院", "医疗设备科", "hospital", "Yuebei People's Hospital", "YBPH",
     ["粤北医院", "粤北人民医院医疗设备科"], [], None, "韶关市武江区惠民南路133号", ["CT", "US", "VENT", "HD"], None),
    ("sy_hz", "cn", "三亚", "三亚市海棠湾康养社区卫生服务中心", "", "community", "Haitang Bay Community Health Centre, Sanya", "HTBCHC",
     ["海棠湾社区卫生服务中心", "海棠湾卫生服务中心"], [], None, "三亚市海棠区海棠北路9号", ["US", "ECG", "DEF"], None),
    ("ordos", "cn", "鄂尔多斯", "鄂尔多斯市中心医院", "设备科", "hospital", "Ordos Central Hospital", "ORCH",
     ["鄂市中心医院", "鄂尔多斯中心医院"], [], None, "鄂尔多斯市东胜区伊金霍洛西街23号", ["CT", "DR", "MON", "VENT"], None),
    ("qqhr", "cn", "齐齐哈尔", "齐齐哈尔市第一医院", "医学装备部", "hospital", "Qiqihar First Hospital", "QQFH",
     ["齐市一院", "齐齐哈尔一院"], [], None, "齐齐哈尔市龙沙区公园路30号", ["DR", "CT", "ANES", "DEF"], None),
    ("ja_zxy", "cn", "吉安", "吉安市中西医结合医院", "设备科", "tcm", "Ji'an Hospital of Integrated Medicine", "JAIM",
     ["吉安中西医结合医院", "吉安市中西医院"], [], None, "吉安市吉州区井冈山大道19号", ["DR", "US", "ECG"], None),
    ("ha_kn", "cn", "淮安", "淮安康宁健康体检中心", "", "private", "Huai'an Kangning Health Check Centre", "KNHC",
     ["康宁体检", "淮安康宁体检"], [], None, "淮安市淮安区翔宇大道2号", ["DR", "US", "ECG"], None),
    ("ny_dk", "cn", "南阳", "南阳德康口腔医院", "", "private", "Nanyang Dekang Dental Hospital", "DKDH",
     ["德康口腔", "南阳德康口腔"], [], None, "南阳市卧龙区车站南路77号", ["DR", "MON"], None),
    # Taiwan
    ("cy_sx", "tw", "嘉義", "嘉義聖心醫院", "醫工室", "hospital", "Chiayi Sacred Heart Hospital", "CYSH",
     ["嘉義聖心", "聖心醫院醫工室"], ["Sacred Heart Hospital, Chiayi"], None, "嘉義市東區民權路100號", ["DR", "US", "MON", "HD"],
     [("嘉義聖心綜合醫院", "Chiayi Sacred Heart General Hospital", "2020-12-31")]),
    ("cy_ra", "tw", "嘉義", "嘉義仁愛醫院", "醫學工程組", "hospital", "Chiayi Jen-Ai Hospital", "CYJA",
     ["嘉義仁愛", "仁愛醫院醫工組"], ["Jen-Ai Hospital, Chiayi"], None, "嘉義市西區仁愛路250號", ["DR", "VENT", "INF"], None),
    ("ty_ks", "tw", "桃園", "桃園康舒診所", "", "clinic", "Kangshu Clinic, Taoyuan", "KSC",
     ["康舒診所"], [], None, "桃園市中壢區中正路512號", ["US", "ECG"], None),
    ("dl_yl", "tw", "斗六", "雲林斗六榮民醫院", "醫工課", "hospital", "Douliu Veterans Hospital", "DLVH",
     ["斗六榮院", "斗六榮民醫院"], ["Douliu VH"], None, "雲林縣斗六市大學路三段7號", ["CT", "DR", "ANES"], None),
    # Hong Kong
    ("hk_ssp", "hk", "深水埗", "明德仁愛醫務所", "", "clinic", "Ming Tak Yan Oi Medical Centre", "MTYO",
     ["明德仁愛"], ["MTYO Medical Centre", "Ming Tak Medical Centre, Sham Shui Po"], None, "香港九龍深水埗北河街88號", ["US", "ECG", "DR"], None),
    ("hk_abd", "hk", "香港仔", "港島南區康復醫院", "物理治療部", "hospital", "Island South Rehabilitation Hospital", "ISRH",
     ["南區康復醫院"], ["ISRH Physiotherapy", "Physiotherapy Dept., Island South Rehabilitation Hospital"], None, "香港香港仔黃竹坑道31號", ["MON", "VENT", "INF", "DEF"], None),
    ("hk_mos", "hk", "馬鞍山", "馬鞍山聯合影像中心", "", "clinic", "Ma On Shan United Imaging Centre", "MOSUIC",
     ["馬鞍山影像中心"], ["MOS United Imaging"], None, "新界馬鞍山西沙路608號", ["CT", "DR", "MG", "US"], None),
    ("hk_tsw", "hk", "天水圍", "天水圍仁康醫務中心", "", "clinic", "Tin Shui Wai Yan Hong Medical Centre", "TSWYH",
     ["仁康醫務中心"], ["Yan Hong Medical Centre, TSW"], None, "新界天水圍天瑞路9號", ["US", "ECG", "MON"], None),
    # English-only
    ("au_per", "au", "珀斯", "Swan River Radiology", "", "clinic", "Swan River Radiology", "SRR",
     [], ["Swan River Radiology Pty Ltd", "SRR Perth", "Swan River Imaging, Perth"], None, "44 Hay Street, Perth WA 6000", ["DR", "CT", "US", "MG"],
     [("Swan River Imaging", "Swan River Imaging", "2021-06-30")]),
    ("nz_akl", "nz", "奥克兰", "Waitemata Day Surgery", "", "clinic", "Waitemata Day Surgery", "WDS",
     [], ["Waitemata Day Surgery Ltd", "WDS Auckland"], None, "12 Shea Terrace, Takapuna, Auckland 0622", ["ANES", "MON", "DEF", "INF"], None),
    ("us_hou", "us", "休斯敦", "Bellaire Family Medical Center", "", "clinic", "Bellaire Family Medical Center", "BFMC",
     [], ["Bellaire Family Med. Ctr.", "BFMC Houston", "Bellaire FMC"], None, "6800 Bellaire Blvd, Houston, TX 77074", ["US", "DR", "ECG", "MON"], None),
]
# hospital departments and their families
DEPT_FAMILY = {"放射科": ["DR", "CT", "MG", "CARM"], "超声科": ["US"], "重症医学科": ["VENT", "MON", "INF", "DEF"],
               "麻醉科": ["ANES", "MON"], "血液净化中心": ["HD"], "心电图室": ["ECG"]}
DEPT_EN = {"放射科": "Radiology", "超声科": "Ultrasound", "重症医学科": "ICU", "麻醉科": "Anaesthesia",
           "血液净化中心": "Dialysis Centre", "心电图室": "ECG Room", "设备科": "Equipment Dept.",
           "医学工程部": "Medical Engineering", "医学装备科": "Medical Equipment Dept.", "设备处": "Equipment Office",
           "医学工程科": "Medical Engineering", "医学工程处": "Medical Engineering", "医疗设备科": "Medical Equipment Dept.",
           "医学装备部": "Medical Equipment", "": ""}

FILLER_CITIES = ["商丘", "六盘水", "大理", "牡丹江", "四平", "本溪", "廊坊", "长治", "运城", "晋城", "安康", "延安", "达州",
                 "遂宁", "眉山", "阜阳", "滁州", "宣城", "黄山", "铜陵", "淮北", "萍乡", "抚州", "宜春", "宁德", "潮州", "茂名",
                 "清远", "梅州", "河源", "阳江", "江门", "揭阳", "儋州"]
# (suffix zh, english pattern, institution, short suffix, families)
FILLER_KINDS = [
    ("市妇幼保健院", "{c} Maternal and Child Health Hospital", "mch", "妇幼", ["US", "MON", "INF"]),
    ("市中医院", "{c} Hospital of TCM", "tcm", "中医院", ["DR", "US", "ECG"]),
    ("市第四人民医院", "{c} No.4 People's Hospital", "hospital", "四院", ["DR", "MON", "VENT", "DEF"]),
    ("市肿瘤医院", "{c} Cancer Hospital", "hospital", "肿瘤医院", ["CT", "DR", "MON"]),
    ("爱康宁体检中心", "{c} Aikangning Health Check Centre", "private", "爱康宁", ["DR", "US", "ECG"]),
    ("市急救中心", "{c} Emergency Medical Centre", "ems", "急救中心", ["DEF", "VENT", "MON"]),
    ("市肾病医院", "{c} Kidney Disease Hospital", "hospital", "肾病医院", ["HD", "MON"]),
    ("市骨科医院", "{c} Orthopaedic Hospital", "hospital", "骨科医院", ["CARM", "DR", "ANES"]),
]
FILLER_DEPTS = ["设备科", "医学装备科", "总务设备科", ""]
