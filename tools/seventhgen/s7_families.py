"""seventhgen: equipment families, models, serial styles and the fault catalogue.

Fourteen families that none of the other generators' READMEs list: dental treatment units,
intraoral scanners, OCT, auto refractor-keratometers, dry laser film imagers, diagnostic displays,
endoscope washer-disinfectors, cold-room condensing units, clean-room air handling units, DC fast
chargers, cash-recycling ATMs, vertical machining centres, PLC control cabinets and pneumatic
tube systems.
"""

LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"   # no I, no O

# key: (zh name, en name, zh-Hant TW name override or None, models, group)
FAMILIES = {
    "dental_chair": ("牙科综合治疗台", "dental treatment unit", None, ["DU-760", "OralStar S8"], "med"),
    "ios": ("口腔数字印模仪", "intraoral scanner", None, ["IOS-300", "ScanPro i5"], "med"),
    "oct": ("光学相干断层扫描仪", "OCT scanner", None, ["OCT-5200", "RetiView 80"], "med"),
    "refractor": ("电脑验光仪", "auto refractor-keratometer", None, ["ARK-690", "VisuRef 7"], "med"),
    "film_printer": ("医用干式激光相机", "dry laser film imager", None, ["DL-8300", "ImageDry 5950"], "med"),
    "med_display": ("医用诊断显示器", "diagnostic display", None, ["MD-5MP21", "RadView C3"], "med"),
    "endo_washer": ("内镜清洗消毒机", "endoscope washer-disinfector", None, ["EW-4200", "EndoClean Duo"], "med"),
    "cold_room": ("冷库制冷机组", "cold-room condensing unit", None, ["LK-60M", "FrostLine CR40"], "fac"),
    "clean_ahu": ("洁净空调机组", "clean-room air handling unit", None, ["ZK-30J", "PuraAir AH-25"], "fac"),
    "ev_charger": ("直流充电桩", "DC fast charger", None, ["EVC-160", "VoltHub D180"], "fac"),
    "atm": ("存取款一体机", "cash recycling ATM", None, ["CRS-9680", "TellerMax 560"], "fin"),
    "cnc": ("立式加工中心", "vertical machining centre", None, ["VMC-850B", "MillForce V11"], "ind"),
    "plc": ("PLC控制柜", "PLC control cabinet", None, ["KZG-300", "LogiCab 1200"], "ind"),
    "pneumatic": ("气动物流传输系统", "pneumatic tube system", None, ["QW-160", "TubeLink 4000"], "fac"),
}

FAMILY_KEYS = list(FAMILIES)


def make_serial(fam, rng, year, month):
    L = lambda: rng.choice(LETTERS)
    yy = "%02d" % (year % 100)
    mm = "%02d" % month
    s4 = "%04d" % rng.randint(1, 9999)
    s5 = "%05d" % rng.randint(1, 99999)
    if fam == "dental_chair":
        return "D7%s%s-%s%s" % (yy, mm, s4, L())
    if fam == "ios":
        return "IOS%sW%02d%s" % (yy, rng.randint(1, 52), s4)
    if fam == "oct":
        return "OCT52-%s-%s" % (s5, yy)
    if fam == "refractor":
        return "ARK%s%s%s" % (yy, L(), s4)
    if fam == "film_printer":
        return "%s%sDL%s" % (yy, mm, s4)
    if fam == "med_display":
        return "M5%s%s%s" % (L(), yy, s5)
    if fam == "endo_washer":
        return "EW-%s%s-%s%s" % (L(), L(), yy, s4)
    if fam == "cold_room":
        return "LK%s%s%03d-%s" % (yy, mm, rng.randint(1, 999), L())
    if fam == "clean_ahu":
        return "ZK%s-%03d-%02d" % (yy, rng.randint(1, 999), rng.randint(1, 12))
    if fam == "ev_charger":
        return "EVC%s%s%s%06d" % (yy, L(), L(), rng.randint(1, 999999))
    if fam == "atm":
        return "CR%s%s%s" % (yy, mm, s5)
    if fam == "cnc":
        return "VMC%s-%s%s" % (yy, L(), s4)
    if fam == "plc":
        return "KZG%s%s%s" % (s4, yy, L())
    if fam == "pneumatic":
        return "QW%s%s%03d%s" % (yy, L(), rng.randint(1, 999), L())
    raise KeyError(fam)


# Fault catalogue: (code, zh fault, zh cause, zh action, en fault, en cause, en action)
FAULTS = {
    "dental_chair": [
        ("E12", "牙椅升降无反应", "升降电机继电器触点烧蚀", "更换升降继电器，检查脚控开关，升降测试正常",
         "chair lift does not respond", "lift motor relay contacts burnt", "replaced lift relay, checked foot control, lift tested OK"),
        ("W03", "三用枪出水不畅", "水路过滤器堵塞", "清洗更换水路过滤器，冲洗管路",
         "air-water syringe gives little water", "water line filter clogged", "cleaned and replaced the water filter, flushed the lines"),
        ("E31", "手机回吸后漏水", "防回吸阀膜片老化", "更换防回吸阀膜片，压力测试合格",
         "handpiece drips after suck-back", "anti-retraction valve diaphragm aged", "replaced the anti-retraction valve diaphragm, pressure test passed"),
        ("L07", "手术灯闪烁", "灯头驱动板电容鼓包", "更换灯头驱动板，照度复测合格",
         "operating light flickers", "bulging capacitor on the lamp driver board", "replaced the lamp driver board, illuminance re-measured OK"),
        ("E45", "强吸负压不足", "吸唾管路积垢、负压阀卡滞", "拆洗吸唾管路和负压阀，负压恢复正常",
         "high-volume suction too weak", "scale in the suction line, vacuum valve sticking", "cleaned the suction line and vacuum valve, suction back to normal"),
    ],
    "ios": [
        ("S-104", "扫描头无法识别", "扫描头连接线插针氧化", "清洁插针并更换连接线，扫描头识别正常",
         "scanner tip not recognised", "oxidised pins on the tip cable", "cleaned the pins and replaced the cable, tip recognised"),
        ("S-220", "扫描时图像严重拼接错位", "校准数据丢失", "重新执行三维校准，拼接测试通过",
         "severe stitching errors while scanning", "calibration data lost", "ran the 3D calibration again, stitching test passed"),
        ("S-051", "加热镜片起雾", "镜片加热模块故障", "更换加热模块，防雾功能恢复",
         "mirror fogs up during scans", "mirror heater module failed", "replaced the heater module, anti-fog restored"),
        ("S-318", "软件启动报许可证错误", "加密狗授权文件损坏", "重新导入授权文件并升级软件，启动正常",
         "software reports a licence error at start", "licence file on the dongle corrupted", "re-imported the licence and updated the software, starts normally"),
        ("S-402", "数据无法上传云端", "工作站代理设置被改动", "恢复代理设置，上传测试成功",
         "scans fail to upload to the cloud", "workstation proxy settings changed", "restored the proxy settings, upload test succeeded"),
    ],
    "oct": [
        ("OC-17", "开机自检提示参考臂错误", "参考臂电机限位开关松动", "紧固限位开关并重新标定参考臂，自检通过",
         "self-test reports a reference arm error", "reference arm limit switch loose", "tightened the limit switch and re-homed the reference arm, self-test passed"),
        ("OC-42", "扫描图像信号强度低", "光纤耦合器端面污染", "清洁光纤端面，信号强度恢复至9/10",
         "scan signal strength low", "dirty fibre coupler end face", "cleaned the fibre end face, signal strength back to 9/10"),
        ("OC-08", "下颌托无法升降", "下颌托驱动齿轮磨损", "更换下颌托齿轮组，运行平稳",
         "chin rest will not move", "chin rest drive gear worn", "replaced the chin rest gear set, runs smoothly"),
        ("OC-63", "报告无法导出到PACS", "DICOM节点AE标题配置错误", "修正DICOM配置，导出测试成功",
         "reports cannot be exported to PACS", "wrong DICOM AE title", "corrected the DICOM settings, export test succeeded"),
        ("OC-25", "眼底相机图像偏暗", "闪光灯管老化", "更换闪光灯管，图像亮度正常",
         "fundus images too dark", "flash tube aged", "replaced the flash tube, image brightness normal"),
    ],
    "refractor": [
        ("R-02", "测量时提示眼位对准失败", "对准摄像头焦距偏移", "重新调整摄像头焦距并校准，对准正常",
         "measurement fails with an alignment error", "alignment camera out of focus", "refocused and calibrated the alignment camera"),
        ("R-15", "打印机不出纸", "热敏打印头排线脱落", "重新插接排线并固定，打印正常",
         "printer does not feed paper", "thermal print head ribbon cable loose", "reseated and secured the ribbon cable, printing OK"),
        ("R-21", "角膜曲率读数偏差大", "曲率环光源亮度衰减", "更换曲率环LED并用模型眼校准",
         "keratometry readings off", "keratometer ring LEDs dimmed", "replaced the ring LEDs and calibrated with the model eye"),
        ("R-33", "触摸屏无响应", "触摸屏控制板故障", "更换触摸屏控制板，触控正常",
         "touch screen does not respond", "touch controller board failed", "replaced the touch controller board"),
        ("R-40", "电动台升降异响", "升降丝杆缺油", "清洁丝杆并加注润滑脂，运行无异响",
         "noise from the motorised table", "table lead screw dry", "cleaned and greased the lead screw, no more noise"),
    ],
    "film_printer": [
        ("P110", "胶片卡片", "搓片轮磨损打滑", "更换搓片轮组件，连续打印50张无卡片",
         "film jams", "pick-up rollers worn", "replaced the pick-up roller assembly, 50 films printed without a jam"),
        ("P205", "胶片出现横向白线", "激光扫描镜片积尘", "清洁激光光学组件，打印测试片正常",
         "white lines across the film", "dust on the laser scanning optics", "cleaned the laser optics, test film OK"),
        ("P318", "密度偏淡", "显影鼓温度传感器漂移", "更换温度传感器并做密度校准",
         "films too light", "processor drum temperature sensor drifting", "replaced the temperature sensor and calibrated the density"),
        ("P402", "网络打印任务排队不出片", "DICOM打印服务进程异常", "重启打印服务并升级固件，任务恢复",
         "network print jobs queue but nothing prints", "DICOM print service hung", "restarted the print service and updated the firmware"),
        ("P051", "开机报显影鼓加热超时", "加热器固态继电器损坏", "更换固态继电器，加热时间正常",
         "drum heating time-out at start", "heater solid-state relay failed", "replaced the solid-state relay, warm-up time normal"),
    ],
    "med_display": [
        ("D-11", "屏幕亮度达不到校准目标值", "背光模组老化", "更换背光模组并重新做DICOM校准",
         "cannot reach the calibration luminance target", "backlight module aged", "replaced the backlight module and recalibrated to DICOM"),
        ("D-24", "画面出现竖线", "屏线接触不良", "更换屏线，画面正常",
         "vertical lines on the screen", "panel cable poor contact", "replaced the panel cable, picture normal"),
        ("D-30", "前置传感器无法自检", "前置亮度传感器故障", "更换前置传感器并重新标定",
         "front sensor self-check fails", "front luminance sensor failed", "replaced the front sensor and re-calibrated"),
        ("D-05", "显示器频繁黑屏", "显卡驱动与显示器固件不兼容", "升级显卡驱动和显示器固件，观察无复现",
         "display goes black repeatedly", "graphics driver incompatible with display firmware", "updated the graphics driver and display firmware, no recurrence"),
        ("D-47", "QA软件无法连接显示器", "USB通讯线损坏", "更换USB线并重装QA软件，连接正常",
         "QA software cannot reach the display", "USB cable damaged", "replaced the USB cable and reinstalled the QA software"),
    ],
    "endo_washer": [
        ("EW07", "清洗过程中报漏水", "清洗槽排水阀密封圈老化", "更换排水阀密封圈，漏水消除",
         "leak alarm during a cycle", "drain valve seal aged", "replaced the drain valve seal, no more leak"),
        ("EW15", "消毒液浓度检测不合格", "浓度传感器探头结垢", "清洗并校准浓度探头，检测合格",
         "disinfectant concentration test fails", "scale on the concentration probe", "cleaned and calibrated the concentration probe"),
        ("EW22", "测漏报警", "测漏接头O型圈破损", "更换测漏接头O型圈，测漏通过",
         "leak-test alarm", "O-ring of the leak-test connector torn", "replaced the O-ring, leak test passed"),
        ("EW31", "酒精干燥不出液", "酒精泵管路堵塞", "疏通酒精管路并更换泵管",
         "no alcohol during the drying step", "alcohol pump line blocked", "cleared the alcohol line and replaced the pump tube"),
        ("EW40", "追溯打印记录丢失", "主板时钟电池耗尽", "更换时钟电池并校正时间，记录正常",
         "traceability printouts missing", "mainboard clock battery flat", "replaced the clock battery and set the time"),
    ],
    "cold_room": [
        ("HP", "高压报警停机", "冷凝器翅片积灰，散热不良", "清洗冷凝器翅片，高压恢复正常",
         "high-pressure trip", "dirty condenser fins", "cleaned the condenser fins, head pressure normal"),
        ("LP", "低压报警，库温降不下来", "系统缺氟，膨胀阀接口泄漏", "补焊泄漏点并加注制冷剂，库温恢复",
         "low-pressure alarm, room will not cool down", "refrigerant leak at the expansion valve joint", "brazed the leak and recharged refrigerant, temperature recovered"),
        ("E6", "化霜不彻底，蒸发器结冰", "化霜加热管烧断", "更换化霜加热管，化霜正常",
         "defrost incomplete, evaporator iced", "defrost heater burnt out", "replaced the defrost heater, defrost normal"),
        ("AL2", "温度记录仪报超温", "门帘破损、门封条老化", "更换门封条与PVC门帘，温度稳定",
         "temperature logger reports over-temperature", "torn strip curtain and aged door seal", "replaced the door seal and PVC strip curtain"),
        ("OL", "压缩机过载保护", "压缩机接触器触点粘连", "更换接触器，测量电流正常",
         "compressor overload trip", "compressor contactor contacts welded", "replaced the contactor, current measured normal"),
    ],
    "clean_ahu": [
        ("F-DP", "初效过滤器压差报警", "过滤器积尘堵塞", "更换初效和中效过滤器，压差恢复",
         "pre-filter differential pressure alarm", "filters clogged with dust", "replaced the pre- and medium filters, pressure drop normal"),
        ("VFD-OC", "送风机变频器过流跳闸", "风机皮带打滑、轴承磨损", "更换皮带和轴承，变频器复位",
         "supply fan drive over-current trip", "slipping belt and worn bearing", "replaced belt and bearings, reset the drive"),
        ("RH-H", "洁净区湿度超标", "加湿器电磁阀关闭不严", "更换加湿电磁阀，湿度回到范围内",
         "clean-room humidity out of range", "humidifier solenoid valve not closing", "replaced the humidifier solenoid valve"),
        ("DP-L", "洁净区压差偏低", "回风阀执行器卡死", "更换风阀执行器并重新平衡风量",
         "room pressure differential too low", "return damper actuator seized", "replaced the damper actuator and rebalanced the airflow"),
        ("T-SEN", "温度显示跳变", "温度传感器接线端子松动", "紧固接线并校准传感器",
         "temperature reading jumps", "loose sensor terminal", "tightened the terminal and calibrated the sensor"),
    ],
    "ev_charger": [
        ("ER-32", "充电枪锁止失败", "电子锁微动开关损坏", "更换枪头电子锁，充电测试正常",
         "gun lock fails", "electronic lock micro-switch broken", "replaced the connector lock, charging test OK"),
        ("ER-14", "绝缘检测故障", "直流输出接触器绝缘下降", "更换直流接触器，绝缘电阻合格",
         "insulation check fault", "DC output contactor insulation degraded", "replaced the DC contactor, insulation resistance OK"),
        ("ER-51", "充电模块过温降功率", "模块风扇停转", "更换模块风扇并清灰",
         "power module derates on over-temperature", "module fan stopped", "replaced the module fan and cleaned out dust"),
        ("ER-07", "刷卡无反应", "读卡器通讯线断", "更换读卡器通讯线，刷卡正常",
         "card reader does not respond", "reader cable broken", "replaced the reader cable, card start OK"),
        ("ER-66", "桩离线，平台无数据", "4G模块SIM卡接触不良", "重新安装SIM卡并升级通讯固件",
         "charger offline, no data on the platform", "4G module SIM card poor contact", "reseated the SIM card and updated the modem firmware"),
    ],
    "atm": [
        ("C0113", "取款时出钞模块卡钞", "出钞通道皮带老化", "更换出钞通道皮带，测试出钞正常",
         "notes jam in the dispenser", "dispenser belt aged", "replaced the dispenser belt, dispense test OK"),
        ("C0508", "存款识别率低，频繁退钞", "鉴伪模块传感器脏污", "清洁鉴伪传感器并做校准",
         "deposits often rejected", "dirty validator sensors", "cleaned and calibrated the note validator"),
        ("C0720", "读卡器吞卡", "读卡器闸门电磁铁故障", "更换读卡器闸门组件",
         "card reader retains cards", "card reader shutter solenoid failed", "replaced the card reader shutter assembly"),
        ("C0931", "凭条打印机缺纸误报", "纸量传感器偏移", "调整纸量传感器位置",
         "receipt printer reports paper out wrongly", "paper sensor out of position", "re-positioned the paper sensor"),
        ("C1102", "交易后主机重启", "主机电源老化输出不稳", "更换主机电源，观察运行稳定",
         "PC core reboots after transactions", "ageing PC power supply", "replaced the PC power supply, stable"),
    ],
    "cnc": [
        ("AL-1001", "主轴异响，加工面有振纹", "主轴前轴承磨损", "更换主轴轴承并动平衡",
         "spindle noise, chatter marks on the work", "front spindle bearing worn", "replaced the spindle bearings and balanced the spindle"),
        ("AL-2042", "刀库换刀卡刀", "刀库定位销磨损", "更换定位销并重新调整换刀点",
         "tool changer jams", "tool magazine locating pin worn", "replaced the locating pin and reset the tool change point"),
        ("AL-0410", "X轴跟随误差超差", "X轴伺服电机编码器线缆破损", "更换编码器线缆，回零正常",
         "X axis following error", "damaged X axis encoder cable", "replaced the encoder cable, homing OK"),
        ("AL-3005", "冷却液泵不出水", "冷却泵电机烧毁", "更换冷却泵", "coolant pump gives no flow",
         "coolant pump motor burnt out", "replaced the coolant pump"),
        ("AL-1520", "润滑油压力低报警", "润滑泵分配器堵塞", "清洗分配器并更换润滑油",
         "low lubrication pressure alarm", "lubrication distributor blocked", "cleaned the distributor and changed the oil"),
    ],
    "plc": [
        ("BF", "CPU报总线故障，生产线停机", "PROFINET网线水晶头松脱", "重新压接水晶头并固定，总线恢复",
         "CPU bus fault, line stopped", "loose PROFINET connector", "re-crimped and secured the connector, bus restored"),
        ("SF-AI", "模拟量输入值跳变", "信号线屏蔽层未接地", "重新接地屏蔽层，读数稳定",
         "analogue input value jumps", "signal cable shield not earthed", "earthed the shield, readings stable"),
        ("PS-24", "24V电源输出电压偏低", "开关电源电容老化", "更换24V开关电源",
         "24 V supply output low", "aged capacitors in the power supply", "replaced the 24 V power supply"),
        ("HMI-05", "触摸屏与PLC通讯中断", "触摸屏IP地址冲突", "修改IP地址并恢复通讯",
         "HMI loses contact with the PLC", "IP address conflict on the HMI", "changed the IP address, communication restored"),
        ("FAN", "柜内温度高报警", "柜门风扇滤网堵塞", "清洗滤网并更换风扇",
         "cabinet over-temperature alarm", "door fan filter clogged", "cleaned the filter and replaced the fan"),
    ],
    "pneumatic": [
        ("T-08", "传输瓶卡在管道中", "管道弯头处异物堵塞", "清理管道异物，传输测试正常",
         "carrier stuck in the tube", "foreign object in a bend", "cleared the tube, transfer test OK"),
        ("T-21", "站点无法发送", "站点光电传感器脏污", "清洁光电传感器并调整灵敏度",
         "station cannot send", "dirty photo sensor at the station", "cleaned the photo sensor and adjusted it"),
        ("T-33", "换向器动作不到位", "换向器电机齿轮磨损", "更换换向器电机",
         "diverter does not reach position", "worn diverter motor gear", "replaced the diverter motor"),
        ("T-40", "风机运行噪音大", "风机叶轮积尘失衡", "清洁叶轮并更换减震垫",
         "blower very noisy", "dust on the impeller, out of balance", "cleaned the impeller and replaced the dampers"),
        ("T-52", "系统报通讯超时", "控制器网络交换机端口故障", "更换交换机端口模块，通讯恢复",
         "system communication time-out", "faulty port on the controller switch", "replaced the switch port module"),
    ],
}

# check items for maintenance / inspection records: (zh, en, value-kind)
CHECKS = {
    "dental_chair": [("气压", "air pressure", "0.55 MPa"), ("水压", "water pressure", "0.25 MPa"), ("手术灯照度", "light illuminance", "22000 lx"), ("吸唾负压", "suction vacuum", "-0.07 MPa")],
    "ios": [("扫描精度", "scan accuracy", "≤20 μm"), ("镜片加热", "mirror heating", "正常"), ("软件版本", "software version", "V5.3.201")],
    "oct": [("信号强度", "signal strength", "9/10"), ("参考臂", "reference arm", "正常"), ("模型眼测量", "model eye", "合格")],
    "refractor": [("球镜误差", "sphere error", "±0.12 D"), ("曲率误差", "K error", "±0.03 mm"), ("打印", "printer", "正常")],
    "film_printer": [("最大密度Dmax", "Dmax", "3.05"), ("基础灰雾", "base+fog", "0.19"), ("显影温度", "drum temperature", "123 ℃")],
    "med_display": [("最大亮度", "max luminance", "500 cd/m²"), ("亮度均匀性", "uniformity", "8%"), ("GSDF偏差", "GSDF error", "6.5%")],
    "endo_washer": [("消毒液浓度", "disinfectant concentration", "合格"), ("测漏", "leak test", "通过"), ("水温", "water temperature", "40 ℃")],
    "cold_room": [("库温", "room temperature", "-18 ℃"), ("吸气压力", "suction pressure", "0.12 MPa"), ("排气压力", "discharge pressure", "1.65 MPa"), ("运行电流", "running current", "18.5 A")],
    "clean_ahu": [("送风量", "supply airflow", "12500 m³/h"), ("初效压差", "pre-filter ΔP", "85 Pa"), ("洁净区压差", "room ΔP", "+12 Pa"), ("相对湿度", "RH", "52%")],
    "ev_charger": [("输出电压", "output voltage", "750 V"), ("绝缘电阻", "insulation", ">10 MΩ"), ("急停", "emergency stop", "正常"), ("接地电阻", "earth resistance", "1.8 Ω")],
    "atm": [("出钞测试", "dispense test", "正常"), ("鉴伪", "validator", "正常"), ("凭条打印", "receipt printer", "正常"), ("读卡器", "card reader", "正常")],
    "cnc": [("主轴跳动", "spindle runout", "0.003 mm"), ("反向间隙X", "backlash X", "0.006 mm"), ("润滑压力", "lube pressure", "1.8 MPa")],
    "plc": [("24V电源", "24 V supply", "24.1 V"), ("柜内温度", "cabinet temperature", "31 ℃"), ("接地", "earthing", "正常")],
    "pneumatic": [("传输速度", "carrier speed", "6 m/s"), ("风机电流", "blower current", "7.2 A"), ("站点测试", "station test", "正常")],
}

# families with a yearly calibration / QC visit, and with firmware or software upgrades
CALIBRATED = {"med_display", "refractor", "oct", "film_printer", "endo_washer"}
UPGRADABLE = {"ios", "oct", "atm", "ev_charger", "plc", "med_display", "film_printer"}
INSPECTED = {"cold_room", "clean_ahu", "ev_charger", "pneumatic"}
