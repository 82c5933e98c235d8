# -*- coding: utf-8 -*-
"""eighthgen world data: company, families, models, serial styles, faults, engineers, customers."""

COMPANY = {
    'cn': '栎川分析仪器技术服务有限公司',
    'cn_short': '栎川仪器',
    'tw': '櫟川儀器股份有限公司',
    'hk': '櫟川分析儀器（香港）有限公司',
    'en': 'Lichuan Analytical Services Co., Ltd.',
    'en_intl': 'Lichuan Analytical Services (Asia) Pte. Ltd.',
    'hotline': '400-812-6630',
}

# family id -> (zh name, en name, models, serial style, pm months, calibration yearly?, online?)
FAMILIES = {
    'gcms':  ('气相色谱质谱联用仪', 'GC-MS system', ['GM-7820', 'ChromaQuad 59'], 6, True, False),
    'icp':   ('电感耦合等离子体发射光谱仪', 'ICP-OES spectrometer', ['ICP-7300E', 'PlasmaView 6'], 6, True, False),
    'uv':    ('紫外可见分光光度计', 'UV-Vis spectrophotometer', ['UV-2850', 'LumiSpec 1900'], 12, True, False),
    'toc':   ('总有机碳分析仪', 'TOC analyser', ['TOC-L3', 'CarbonTrace 500'], 6, True, False),
    'diss':  ('药物溶出度仪', 'dissolution tester', ['RC-12D', 'DissoPro 8'], 6, True, False),
    'kf':    ('卡尔费休水分测定仪', 'Karl Fischer titrator', ['KF-860', 'AquaTitre C30'], 12, True, False),
    'ftir':  ('傅里叶变换红外光谱仪', 'FTIR spectrometer', ['FT-4600', 'InfraScan 20'], 12, True, False),
    'aas':   ('原子吸收分光光度计', 'atomic absorption spectrometer', ['AA-7020', 'FlameLine 240'], 6, True, False),
    'ic':    ('离子色谱仪', 'ion chromatograph', ['IC-2100', 'IonPath 930'], 6, True, False),
    'cod':   ('COD在线自动监测仪', 'online COD analyser', ['CODmax III', 'HydroCOD 4'], 6, True, True),
    'nh3':   ('氨氮在线分析仪', 'online ammonia analyser', ['NH3N-2000', 'AmmoLine 7'], 6, True, True),
    'cems':  ('烟气排放连续监测系统', 'CEMS stack gas monitor', ['CEMS-2000B', 'StackGuard S3'], 6, True, True),
    'pm':    ('β射线颗粒物监测仪', 'beta-attenuation PM monitor', ['PM-630B', 'AeroBeta 25'], 6, True, True),
    'stab':  ('药品稳定性试验箱', 'stability test chamber', ['SHH-500GD', 'StabiCell 1000'], 12, True, False),
}
FAM_ORDER = list(FAMILIES)

# short zh names people use
FAM_SHORT = {'gcms': 'GC-MS', 'icp': 'ICP', 'uv': '紫外', 'toc': 'TOC仪', 'diss': '溶出仪', 'kf': '水分仪',
             'ftir': '红外', 'aas': '原吸', 'ic': '离子色谱', 'cod': 'COD仪', 'nh3': '氨氮仪', 'cems': 'CEMS',
             'pm': '颗粒物监测仪', 'stab': '稳定性箱'}

LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'  # no I, O


def serial_for(fam, yy, seq, r):
    L = lambda: r.choice(LETTERS)
    if fam == 'gcms':
        return 'Q%02d%s%04dMS' % (yy, L(), seq)
    if fam == 'icp':
        return 'EP%02d-%05d' % (yy, seq)
    if fam == 'uv':
        return 'A1%04d%02d%s' % (seq, yy, L())
    if fam == 'toc':
        return 'TC%02dW%05d' % (yy, seq)
    if fam == 'diss':
        return 'DS%02d%03d-%s%s' % (yy, seq % 1000, L(), L())
    if fam == 'kf':
        return '%02d%sKF%04d' % (yy, L(), seq)
    if fam == 'ftir':
        return 'FT%04d%s%02d' % (seq, L(), yy)
    if fam == 'aas':
        return 'AS-%02d%s-%04d' % (yy, L(), seq)
    if fam == 'ic':
        return 'IC%02d%05d%s' % (yy, seq, L())
    if fam == 'cod':
        return 'CD%s%02d%04d' % (L(), yy, seq)
    if fam == 'nh3':
        return 'AN-%02d-%04d-%s' % (yy, seq, L())
    if fam == 'cems':
        return 'CE%02d%s%s%04d' % (yy, L(), L(), seq)
    if fam == 'pm':
        return 'B%02d%s%04d' % (yy, L(), seq)
    if fam == 'stab':
        return 'WS%04d-%02d%s' % (seq, yy, L())
    raise KeyError(fam)


# faults: code, zh fault, zh cause, zh action, en fault, en cause, en action
FAULTS = {
 'gcms': [
  ('E-131', '开机后真空度达不到要求，高真空报警', '离子源腔体O形圈老化漏气', '更换O形圈并检漏，真空恢复正常', 'high-vacuum alarm after start-up, vacuum never reached spec', 'aged O-ring on the ion source housing was leaking', 'replaced the O-ring and leak-checked, vacuum back to normal'),
  ('T-22', '调谐报告中灯丝电流为零，无法完成自动调谐', '灯丝1烧断', '更换灯丝组件后重新调谐，调谐通过', 'filament current zero in the tune report, autotune fails', 'filament 1 burnt out', 'fitted a new filament assembly and re-tuned, tune passed'),
  ('F-05', '色谱峰拖尾严重，灵敏度下降约一半', '进样口衬管污染、隔垫碎屑落入', '更换衬管和隔垫，切除柱头约20厘米', 'severe peak tailing, sensitivity down by about half', 'contaminated inlet liner with septum debris', 'replaced liner and septum and trimmed about 20 cm off the column head'),
  ('P-410', '载气压力波动，保留时间漂移', '电子流量控制模块传感器故障', '更换EPC模块并校准流量', 'carrier gas pressure fluctuates, retention times drift', 'faulty sensor in the electronic pressure control module', 'replaced the EPC module and calibrated the flows'),
  ('C-07', '工作站与主机通讯中断，序列运行中途停止', '网卡接口接触不良', '重新压制网线水晶头并更换交换机端口，通讯恢复', 'workstation loses connection to the instrument, sequences stop midway', 'poor contact at the network port', 're-terminated the LAN cable and moved it to another switch port, link restored'),
 ],
 'icp': [
  ('PL-12', '点火失败，等离子体无法维持', '炬管积盐、中心管部分堵塞', '清洗炬管和中心管，调整雾化气流量后点火正常', 'torch fails to ignite, plasma will not hold', 'salt build-up in the torch, injector partly blocked', 'cleaned torch and injector, adjusted nebuliser flow, plasma ignites normally'),
  ('R-301', 'RF发生器报警，功率输出不稳', 'RF功率管老化', '更换RF功率管，满功率运行一小时无异常', 'RF generator alarm, unstable forward power', 'RF power tube worn out', 'replaced the RF power tube, ran one hour at full power without fault'),
  ('W-04', '检出限变差，空白信号偏高', '雾化室和雾化器污染', '拆洗雾化器与雾化室，重新做标准曲线', 'detection limits worse, blank signal high', 'nebuliser and spray chamber contaminated', 'cleaned nebuliser and spray chamber and re-ran the calibration curve'),
  ('CCD-3', '检测器温度报警，无法开始测量', '检测器制冷半导体损坏', '更换检测器制冷组件并吹扫光室', 'detector temperature alarm, measurement blocked', 'failed Peltier cooler on the detector', 'replaced the detector cooling assembly and purged the optics'),
  ('G-18', '氩气消耗异常，开机一天用掉一瓶', '气路接头漏气', '查出漏点并更换接头，保压测试合格', 'argon consumption abnormal, a cylinder a day', 'leaking gas fitting', 'found the leak, replaced the fitting, pressure hold test passed'),
 ],
 'uv': [
  ('L-01', '开机后基线漂移严重，检查发现氘灯能量低', '氘灯已超过使用寿命', '更换氘灯并做波长校正', 'heavy baseline drift after start-up, deuterium lamp energy low', 'deuterium lamp past its rated life', 'replaced the deuterium lamp and ran wavelength calibration'),
  ('E-20', '自检卡在钨灯检测，提示钨灯错误', '钨灯灯丝断', '更换钨灯，自检通过', 'self-test stops at the tungsten lamp check', 'tungsten lamp filament broken', 'replaced the tungsten lamp, self-test passed'),
  ('WL-9', '波长准确度超差约1.5 nm', '光栅驱动机构磨损', '调整光栅驱动并重新校准波长', 'wavelength accuracy out by about 1.5 nm', 'grating drive worn', 'adjusted the grating drive and recalibrated wavelength'),
  ('N-33', '吸光度读数跳动，噪声大', '样品室有试剂腐蚀，检测器窗口脏污', '清洁样品室和检测器窗口，更换干燥剂', 'absorbance readings jump, high noise', 'reagent corrosion in the sample compartment, dirty detector window', 'cleaned sample compartment and detector window, replaced desiccant'),
  ('S-40', '自动进样器取样位置不准，样品洒出', '进样臂定位传感器松动', '紧固并重新标定进样臂位置', 'autosampler arm misses the cuvette, sample spilled', 'loose positioning sensor on the sampler arm', 'tightened and re-taught the sampler arm positions'),
 ],
 'toc': [
  ('TC-11', 'TOC测定结果偏高且重复性差', '燃烧管催化剂失效', '更换燃烧管和催化剂，用标准溶液验证合格', 'TOC results high and poorly repeatable', 'catalyst in the combustion tube exhausted', 'replaced combustion tube and catalyst, verified with standard'),
  ('UV-6', '紫外灯报警，氧化效率下降', '紫外氧化灯老化', '更换紫外灯并做系统适用性测试', 'UV lamp alarm, oxidation efficiency down', 'UV oxidation lamp aged', 'replaced the UV lamp and ran the system suitability test'),
  ('NDIR-2', 'NDIR检测器信号噪声大', '除湿器冷凝水进入检测池', '干燥检测池，更换除湿膜管', 'noisy NDIR detector signal', 'condensate from the dehumidifier entered the cell', 'dried the detector cell and replaced the dehumidifier membrane tube'),
  ('SY-5', '注射泵动作异常，吸液量不足', '注射泵柱塞密封磨损', '更换注射泵柱塞和密封圈', 'syringe pump draws too little sample', 'worn plunger seal in the syringe pump', 'replaced syringe plunger and seals'),
  ('G-02', '载气流量低报警', '载气过滤器堵塞', '更换载气过滤器并检查气源压力', 'low carrier gas flow alarm', 'clogged carrier gas filter', 'replaced the carrier gas filter and checked supply pressure'),
 ],
 'diss': [
  ('RPM-4', '6号位转速偏差超过±4%', '6号位驱动皮带打滑', '更换驱动皮带并校准转速', 'vessel 6 speed deviation beyond ±4 %', 'drive belt slipping at position 6', 'replaced the drive belt and calibrated speed'),
  ('H-15', '水浴升温慢，30分钟达不到37℃', '加热器一组损坏', '更换加热器，温度校准合格', 'water bath heats slowly, not at 37 °C after 30 min', 'one heater element failed', 'replaced the heater, temperature calibration passed'),
  ('W-08', '桨叶摆动明显，摆动度超标', '桨杆弯曲', '更换桨杆并做机械验证', 'visible paddle wobble, out of tolerance', 'bent paddle shaft', 'replaced the shaft and repeated mechanical qualification'),
  ('P-21', '自动取样针堵塞，取样体积不足', '取样管路滤头堵塞', '疏通管路并更换滤头', 'sampling probe blocked, short sample volume', 'filter tips in the sampling line clogged', 'cleared the lines and replaced the filter tips'),
  ('D-03', '显示屏花屏，按键无响应', '主控板排线松脱', '重新插接排线并固定，功能恢复', 'garbled display, keys unresponsive', 'ribbon cable to the controller board loose', 're-seated and secured the ribbon cable, unit works again'),
 ],
 'kf': [
  ('EP-1', '滴定终点判断不稳，结果偏高', '双铂电极污染', '清洗并活化双铂电极', 'unstable end point, results high', 'contaminated double platinum electrode', 'cleaned and conditioned the electrode'),
  ('DR-7', '漂移值一直大于20 μg/min', '干燥管分子筛失效，滴定池进潮', '更换分子筛并检查滴定池密封', 'drift stays above 20 µg/min', 'molecular sieve exhausted, moisture entering the cell', 'replaced the molecular sieve and checked cell seals'),
  ('B-12', '滴定管有气泡，加液不准', '滴定管活塞密封磨损', '更换滴定管活塞组件并标定', 'bubbles in the burette, dosing inaccurate', 'worn burette piston seal', 'replaced the burette piston unit and calibrated'),
  ('GN-3', '电解池发生电极无电流', '发生电极隔膜破损', '更换发生电极', 'no current at the generator electrode', 'diaphragm of the generator electrode cracked', 'replaced the generator electrode'),
  ('ST-5', '搅拌子不转', '磁力搅拌电机损坏', '更换搅拌电机', 'stirrer bar does not turn', 'magnetic stirrer motor failed', 'replaced the stirrer motor'),
 ],
 'ftir': [
  ('IR-2', '干涉图信号弱，能量只有正常的三成', '分束器受潮', '更换分束器干燥剂并烘干光学台', 'weak interferogram, energy at a third of normal', 'beamsplitter affected by humidity', 'replaced desiccant and dried the optical bench'),
  ('LS-8', '激光器报警，无法扫描', '氦氖激光器老化', '更换激光器并校准', 'laser alarm, no scans possible', 'He-Ne laser worn out', 'replaced the laser and calibrated'),
  ('ATR-1', 'ATR附件谱图出现杂峰', 'ATR晶体表面划伤', '更换ATR晶体', 'spurious peaks from the ATR accessory', 'scratched ATR crystal', 'replaced the ATR crystal'),
  ('D-55', 'DTGS检测器噪声大', '检测器窗口污染', '清洁检测器窗口并做性能验证', 'noisy DTGS detector', 'dirty detector window', 'cleaned detector window and ran performance check'),
  ('SW-4', '软件升级后无法识别仪器', '驱动版本不匹配', '重装驱动并更新固件', 'software no longer finds the instrument after an update', 'driver version mismatch', 'reinstalled driver and updated firmware'),
 ],
 'aas': [
  ('HCL-1', '空心阴极灯能量低，铅灯无法点亮', '灯座接触不良', '清理灯座触点并更换铅灯', 'low hollow-cathode lamp energy, lead lamp will not light', 'poor contact in the lamp socket', 'cleaned socket contacts and replaced the lead lamp'),
  ('FL-6', '火焰点不着，点火器打火无反应', '点火电极积碳', '清理点火电极并调整间隙', 'flame will not ignite', 'carbon on the igniter electrode', 'cleaned the igniter and reset the gap'),
  ('GF-9', '石墨炉温度报警，升温程序中断', '石墨管烧穿', '更换石墨管和石墨锥，重新优化升温程序', 'graphite furnace temperature alarm, program aborted', 'graphite tube burnt through', 'replaced tube and cones, re-optimised the heating program'),
  ('A-14', '乙炔压力低报警但气瓶压力正常', '减压阀膜片老化', '更换乙炔减压阀', 'low acetylene alarm although cylinder is full', 'aged regulator diaphragm', 'replaced the acetylene regulator'),
  ('SP-2', '吸光度灵敏度下降', '雾化器毛细管堵塞', '疏通毛细管，调整雾化器', 'sensitivity down', 'nebuliser capillary blocked', 'cleared the capillary and adjusted the nebuliser'),
 ],
 'ic': [
  ('P-16', '系统压力升高到18 MPa', '保护柱堵塞', '更换保护柱并冲洗系统', 'system pressure up to 18 MPa', 'guard column blocked', 'replaced guard column and flushed the system'),
  ('SUP-3', '抑制器电流报警，背景电导偏高', '抑制器膜损坏', '更换抑制器', 'suppressor current alarm, high background conductivity', 'damaged suppressor membrane', 'replaced the suppressor'),
  ('PU-7', '泵压力波动大，基线呈周期性波动', '单向阀有气泡、密封圈磨损', '排气并更换泵头密封圈和单向阀', 'pump pressure ripples, periodic baseline', 'air in the check valve, worn seals', 'purged and replaced pump seals and check valves'),
  ('EG-2', '淋洗液发生器报错', '淋洗液罐寿命到期', '更换淋洗液罐', 'eluent generator error', 'eluent cartridge life expired', 'replaced the eluent cartridge'),
  ('AS-11', '自动进样器漏进样', '进样针针尖变形', '更换进样针并校准位置', 'autosampler skips injections', 'bent needle tip', 'replaced the needle and re-calibrated positions'),
 ],
 'cod': [
  ('A01', 'COD数据长时间恒值不变，平台报数据异常', '消解池进样管堵塞', '拆洗进样管路并更换蠕动泵管', 'COD value flat for hours, platform flags abnormal data', 'sample line to the digestion cell blocked', 'cleaned sample lines and replaced pump tubing'),
  ('A07', '消解温度达不到165℃', '消解加热丝断', '更换加热丝并核查标液', 'digestion does not reach 165 °C', 'digestion heater wire broken', 'replaced the heater and checked with standard solution'),
  ('A12', '标液核查相对误差超过10%', '光度计光源衰减', '更换光源模块并重新标定', 'standard check error above 10 %', 'photometer light source faded', 'replaced the light source module and recalibrated'),
  ('A15', '仪器频繁提示试剂不足', '试剂液位检测失灵', '清洁液位传感器并调整阈值', 'frequent reagent-low warnings', 'reagent level sensing failed', 'cleaned the level sensor and adjusted the threshold'),
  ('A20', '数采仪收不到COD数据', 'RS485通讯线被老鼠咬断', '重新敷设通讯线并加装护管', 'data logger receives no COD values', 'RS485 cable chewed through by rats', 're-ran the cable in conduit'),
 ],
 'nh3': [
  ('N-02', '氨氮电极斜率低于50 mV', '氨气敏电极膜老化', '更换电极膜和内充液', 'electrode slope below 50 mV', 'gas-sensing membrane aged', 'replaced membrane and filling solution'),
  ('N-09', '测量值跳变，与实验室比对偏差大', '预处理过滤器堵塞', '清洗预处理单元，更换滤芯', 'readings jump, poor agreement with lab values', 'clogged pretreatment filter', 'cleaned pretreatment, replaced filter cartridge'),
  ('N-14', '计量泵不出液', '泵管老化破裂', '更换泵管', 'dosing pump delivers nothing', 'pump tubing cracked', 'replaced pump tubing'),
  ('N-21', '站房断电后仪器无法自启', '电源板保险烧毁', '更换保险并加装稳压电源', 'analyser does not restart after a power cut', 'fuse on the power board blown', 'replaced the fuse and added a stabilised supply'),
  ('N-30', '比色池有气泡，吸光度异常', '比色池密封垫老化', '更换密封垫并排气', 'bubbles in the cuvette, absorbance erratic', 'cuvette gasket aged', 'replaced the gasket and purged air'),
 ],
 'cems': [
  ('S-101', 'SO2示值偏低，与比对监测相差大', '伴热管线温度不足，冷凝吸收', '更换伴热管温控器并校准', 'SO2 reads low against comparison testing', 'heated line too cold, SO2 lost in condensate', 'replaced the heat-trace controller and calibrated'),
  ('S-117', '探头反吹后流量仍然偏低', '探头过滤器堵塞', '更换探头滤芯', 'sample flow still low after blow-back', 'probe filter clogged', 'replaced the probe filter element'),
  ('S-122', '颗粒物仪读数为零', '激光发射器污染', '清洁光学镜片并校零', 'dust monitor reads zero', 'laser emitter window dirty', 'cleaned optics and re-zeroed'),
  ('S-130', '冷凝器温度报警', '压缩机启动电容损坏', '更换启动电容', 'cooler temperature alarm', 'failed start capacitor on the compressor', 'replaced the capacitor'),
  ('S-145', 'NOx转换炉效率低', '钼转换炉老化', '更换转换炉并验证效率', 'low NOx converter efficiency', 'aged molybdenum converter', 'replaced converter and verified efficiency'),
 ],
 'pm': [
  ('B-3', '纸带不走，采样中断', '纸带驱动轮打滑', '更换驱动轮并重新装纸', 'filter tape stuck, sampling stops', 'tape drive roller slipping', 'replaced the roller and reloaded tape'),
  ('B-8', '流量偏差超过5%', '流量传感器漂移', '校准流量并更换采样泵膜片', 'flow deviation above 5 %', 'flow sensor drifted', 'calibrated flow and replaced the pump diaphragm'),
  ('B-12', '小时浓度出现负值', '切割器积尘、加热管温度不稳', '清洗切割器并更换加热管温控', 'negative hourly concentrations', 'dirty inlet head, unstable heater', 'cleaned the size-selective inlet and replaced the heater control'),
  ('B-15', 'β源计数异常', '检测器高压模块故障', '更换高压模块并做膜片检查', 'beta count abnormal', 'detector HV module faulty', 'replaced the HV module and ran membrane check'),
  ('B-20', '站房数据不上传', '4G模块卡欠费停机', '协助站方续费并重启通讯', 'data not uploaded from the station', 'SIM for the 4G module suspended', 'helped the site renew the SIM and restarted comms'),
 ],
 'stab': [
  ('H-01', '湿度达不到75%RH', '加湿器水垢堵塞', '清除水垢，更换加湿器电极', 'humidity cannot reach 75 %RH', 'scale in the humidifier', 'descaled and replaced humidifier electrodes'),
  ('H-04', '温度超温报警，箱内40℃以上', '固态继电器击穿', '更换固态继电器并做温度分布验证', 'over-temperature alarm, above 40 °C inside', 'solid-state relay shorted', 'replaced the SSR and repeated temperature mapping'),
  ('H-09', '压缩机频繁启停', '制冷剂泄漏', '补漏并充注制冷剂', 'compressor short-cycling', 'refrigerant leak', 'repaired the leak and recharged refrigerant'),
  ('H-13', '光照强度不足', '照明灯管老化', '更换光照灯管并校准照度', 'light intensity too low', 'aged light tubes', 'replaced the tubes and calibrated illuminance'),
  ('H-18', '记录仪数据缺失', '记录仪存储卡损坏', '更换存储卡并恢复数据采集', 'gaps in the recorder data', 'recorder memory card failed', 'replaced the card and restored logging'),
 ],
}

# routine work descriptions per visit type, zh / en
ROUTINE = {
    'install': ('完成开箱验收、安装调试，性能测试合格并对操作人员进行培训', 'unpacked, installed and commissioned; performance tests passed; operators trained'),
    'pm': ('按保养规程完成清洁、易损件检查和性能核查，运行正常', 'cleaned, checked wear parts and verified performance per the PM procedure; running normally'),
    'calibration': ('按检定规程完成计量校准，各项指标符合要求', 'calibrated against the procedure; all points within tolerance'),
    'inspection': ('完成巡检、标液核查和管路清洗，数据传输正常', 'routine inspection, standard check and line flushing done; data transfer normal'),
    'upgrade': ('工作站软件和仪器固件升级，升级后功能验证通过', 'upgraded workstation software and firmware; functional check passed'),
    'relocation': ('仪器移机后重新安装调试，性能验证合格', 'reinstalled and re-commissioned after the move; performance verified'),
    'qualification': ('完成年度OQ/PQ确认，测试项目全部符合', 'annual OQ/PQ completed; all test items passed'),
}
ROUTINE_ALT = {
    'pm': [('定期维护：清洁光路和气路，更换易损件，开机测试正常', 'preventive maintenance: optics and gas path cleaned, consumables replaced, test run OK'),
           ('季度保养，检查各部件状态良好，无需更换配件', 'scheduled service, all parts in good condition, nothing replaced')],
    'calibration': [('年度计量校准完成，出具校准证书', 'annual calibration done, certificate issued')],
    'inspection': [('例行巡检：清洗采样管路，核查标液，比对合格', 'routine visit: sample lines flushed, standard checked, comparison passed')],
}

VISIT_ZH = {'install': '安装调试', 'pm': '预防性维护', 'calibration': '计量校准', 'inspection': '运维巡检',
            'upgrade': '软件升级', 'relocation': '移机', 'qualification': '验证确认', 'repair': '故障维修'}
VISIT_EN = {'install': 'Installation', 'pm': 'Preventive maintenance', 'calibration': 'Calibration',
            'inspection': 'Inspection', 'upgrade': 'Upgrade', 'relocation': 'Relocation',
            'qualification': 'Qualification (OQ/PQ)', 'repair': 'Repair'}

# engineers: id, zh, pinyin given, pinyin surname, english name, region, employee no
ENGINEERS = [
    ('E01', '覃立诚', 'Licheng', 'Qin', None, 'cn', 'LC0311'),
    ('E02', '汤晓川', 'Xiaochuan', 'Tang', 'Sean Tang', 'cn', 'LC0327'),
    ('E03', '俞振华', 'Zhenhua', 'Yu', None, 'cn', 'LC0342'),
    ('E04', '祁文亮', 'Wenliang', 'Qi', None, 'cn', 'LC0358'),
    ('E05', '甘露', 'Lu', 'Gan', 'Lucy Gan', 'cn', 'LC0366'),
    ('E06', '蓝海波', 'Haibo', 'Lan', None, 'cn', 'LC0379'),
    ('E07', '凌云飞', 'Yunfei', 'Ling', None, 'cn', 'LC0385'),
    ('E08', '童思敏', 'Simin', 'Tong', 'Cindy Tong', 'cn', 'LC0402'),
    ('E09', '郝建业', 'Jianye', 'Hao', None, 'cn', 'LC0418'),
    ('E10', '米朝阳', 'Chaoyang', 'Mi', None, 'cn', 'LC0431'),
    ('E11', '车卫东', 'Weidong', 'Che', None, 'cn', 'LC0447'),
    ('E12', '卓冠廷', 'Kuan-ting', 'Cho', 'Kevin Cho', 'tw', 'TW0105'),
    ('E13', '阮淑惠', 'Shu-hui', 'Juan', 'Sophie Juan', 'tw', 'TW0112'),
    ('E14', '巫國強', 'Kwok Keung', 'Mo', 'Ricky Mo', 'hk', 'HK0207'),
    ('E15', 'Nguyen Van Duc', None, 'Nguyen', 'Duc Nguyen', 'intl', 'VN0031'),
    ('E16', 'Mark Anthony Reyes', None, 'Reyes', 'Mark Reyes', 'intl', 'PH0044'),
    ('E17', 'Arjun Mehta', None, 'Mehta', 'Arjun Mehta', 'all', 'SG0009'),
]
ENG_TRAD = {'E12': '卓冠廷', 'E13': '阮淑惠', 'E14': '巫國強'}

# people who are never engineers
CONTACTS_CN = ['周主任', '刘老师', '陈科长', '张站长', '李工（站方）', '吴老师', '何主任', '郑经理', '孙老师', '钱主任', '赵组长', '黄老师']
CONTACTS_TW = ['陳組長', '林小姐', '黃主任', '王技正', '許先生']
CONTACTS_HK = ['陳小姐', 'Mr. Wong', '李主任', 'Ms. Cheung', '梁先生']
CONTACTS_EN = ['Ms. Tran Thi Mai', 'Mr. Le Hoang', 'Engr. Joy Santos', 'Ms. Maricel Cruz', 'Khun Somchai', 'Dr. Pham Quoc Bao']
COORDINATORS = ['尚佳', '鲁晓雯', 'Vivian Shang', 'Amy Lu']
MANAGERS = ['单经理', '欧主管']

# curated customers.  keys: region, name, inst, dept, city, cp, en, short (zh forms), en_forms,
# trad (TW/HK registered), hant (other traditional forms), addr, brand, number, former, placeless, sector
CUSTOMERS = [
 # --- look-alikes: two departments of one university in 扬州
 dict(region='cn', inst='扬州大学', dept='测试中心', city='扬州', cp='Yangzhou', sector='univ',
      en='Testing Center, Yangzhou University', short=['扬大测试中心', '扬大分析测试中心', '扬州大学分析测试中心'],
      en_forms=['Yangzhou Univ. Testing Centre', 'YZU Testing Center', 'Analysis & Testing Center of Yangzhou University'],
      addr='江苏省扬州市大学南路88号'),
 dict(region='cn', inst='扬州大学', dept='化学化工学院', city='扬州', cp='Yangzhou', sector='univ',
      en='School of Chemistry and Chemical Engineering, Yangzhou University', short=['扬大化工学院', '扬大化学化工学院'],
      en_forms=['YZU Chem. Eng. School', 'Yangzhou Univ. – School of Chemistry'], addr='江苏省扬州市四望亭路180号'),
 # --- renamed environment centre
 dict(region='cn', inst='江苏省扬州环境监测中心', dept=None, city='扬州', cp='Yangzhou', sector='env',
      en='Jiangsu Yangzhou Environmental Monitoring Center', short=['扬州环境监测中心', '扬州环境监测', '扬州监测中心'],
      en_forms=['Yangzhou EMC', 'Yangzhou Env. Monitoring Centre'], addr='江苏省扬州市文昌西路218号',
      former=[('扬州市环境监测中心站', 'Yangzhou Environmental Monitoring Central Station', '2020-06-30', ['扬州市监测站', '扬州监测站'])]),
 # --- two env stations with parallel names
 dict(region='cn', inst='湖州市生态环境监测站', dept=None, city='湖州', cp='Huzhou', sector='env',
      en='Huzhou Ecological Environment Monitoring Station', short=['湖州监测站', '湖州市监测站', '湖州环境监测站'],
      en_forms=['Huzhou EEMS', 'Huzhou Env. Monitoring Stn.'], addr='浙江省湖州市吴兴区仁皇山路299号',
      placeless=['市监测站']),
 dict(region='cn', inst='嘉兴市生态环境监测站', dept=None, city='嘉兴', cp='Jiaxing', sector='env',
      en='Jiaxing Ecological Environment Monitoring Station', short=['嘉兴监测站', '嘉兴市监测站', '嘉兴环境监测站'],
      en_forms=['Jiaxing Env. Monitoring Station'], addr='浙江省嘉兴市南湖区广益路1139号', placeless=['监测站']),
 # --- water utility renamed, two plants
 dict(region='cn', inst='岳阳市水务集团有限公司', dept='水质检测中心', city='岳阳', cp='Yueyang', sector='water',
      en='Yueyang Water Group Co., Ltd. – Water Quality Testing Center', short=['岳阳水务水质中心', '岳阳水务集团水质检测中心', '岳阳水务 水质检测中心'],
      en_forms=['Yueyang Water Group WQ Lab', 'Yueyang Water Quality Center'], addr='湖南省岳阳市岳阳楼区巴陵中路57号',
      former=[('岳阳市自来水公司水质检测中心', 'Yueyang Tap Water Company Water Quality Center', '2021-06-30', ['岳阳自来水公司', '岳阳自来水'])]),
 dict(region='cn', inst='岳阳市水务集团有限公司', dept='第三水厂', city='岳阳', cp='Yueyang', sector='sewage',
      en='Yueyang Water Group – No.3 Water Works', short=['岳阳水务三水厂', '岳阳三水厂', '岳阳水务第三水厂'],
      en_forms=['Yueyang No.3 Water Works'], addr='湖南省岳阳市经开区金鹗东路3号', placeless=['三水厂', '第三水厂'],
      former=[('岳阳市自来水公司第三水厂', 'Yueyang Tap Water Company No.3 Works', '2021-06-30', ['自来水公司三水厂'])]),
 # --- food institutes in two Hunan cities
 dict(region='cn', inst='岳阳市食品药品检验所', dept=None, city='岳阳', cp='Yueyang', sector='food',
      en='Yueyang Institute for Food and Drug Control', short=['岳阳食药检所', '岳阳药检所', '岳阳市药检所'],
      en_forms=['Yueyang IFDC'], addr='湖南省岳阳市岳阳楼区东茅岭路41号', placeless=['市药检所']),
 dict(region='cn', inst='衡阳市食品药品检验所', dept=None, city='衡阳', cp='Hengyang', sector='food',
      en='Hengyang Institute for Food and Drug Control', short=['衡阳食药检所', '衡阳药检所'],
      en_forms=['Hengyang IFDC'], addr='湖南省衡阳市蒸湘区船山大道12号'),
 # --- one pharma brand, two sites
 dict(region='cn', inst='山东瑞弘制药有限公司', dept='质量控制部', city='淄博', cp='Zibo', sector='pharma', brand='瑞弘',
      en='Shandong Ruihong Pharmaceutical Co., Ltd. QC Dept.', short=['瑞弘制药QC', '瑞弘淄博QC', '瑞弘制药质量部'],
      en_forms=['Ruihong Pharma Zibo QC', 'Ruihong Pharmaceutical (Zibo) – Quality Control'], addr='山东省淄博市张店区华光路366号'),
 dict(region='cn', inst='瑞弘制药（济宁）有限公司', dept='QC实验室', city='济宁', cp='Jining', sector='pharma', brand='瑞弘',
      en='Ruihong Pharmaceutical (Jining) Co., Ltd. QC Lab', short=['瑞弘济宁QC', '济宁瑞弘QC实验室', '瑞弘（济宁）QC'],
      en_forms=['Ruihong Jining QC Lab', 'RH Pharma Jining'], addr='山东省济宁市高新区崇文大道7号'),
 # --- universities, customs, testing companies
 dict(region='cn', inst='临沂海关综合技术中心', dept=None, city='临沂', cp='Linyi', sector='customs',
      en='Linyi Customs Comprehensive Technical Center', short=['临沂海关技术中心', '临沂关技术中心'],
      en_forms=['Linyi Customs Tech Centre'], addr='山东省临沂市兰山区沂蒙路198号'),
 dict(region='cn', inst='宜宾学院', dept='分析测试中心', city='宜宾', cp='Yibin', sector='univ',
      en='Analysis and Testing Center, Yibin University', short=['宜宾学院测试中心', '宜院分析测试中心'],
      en_forms=['Yibin Univ. Analysis Center', 'YBU Testing Center'], addr='四川省宜宾市翠屏区酒圣路8号'),
 dict(region='cn', inst='五粮液集团', dept='质量检测中心', city='宜宾', cp='Yibin', sector='food', brand='五粮液',
      en='Wuliangye Group Quality Testing Center', short=['五粮液质检中心', '五粮液检测中心'],
      en_forms=['WLY Quality Lab'], addr='四川省宜宾市翠屏区岷江西路150号'),
 dict(region='cn', inst='自贡市疾病预防控制中心', dept='理化检验科', city='自贡', cp='Zigong', sector='cdc',
      en='Zigong CDC – Physical & Chemical Lab', short=['自贡疾控理化科', '自贡CDC理化', '自贡市疾控中心理化检验科'],
      en_forms=['Zigong CDC Chem Lab'], addr='四川省自贡市自流井区檀木林街22号'),
 dict(region='cn', inst='天水华源检测技术有限公司', dept=None, city='天水', cp='Tianshui', sector='lab', brand='华源',
      en='Tianshui Huayuan Testing Technology Co., Ltd.', short=['华源检测', '天水华源', '华源检测（天水）'],
      en_forms=['Huayuan Testing', 'Tianshui Huayuan Testing'], addr='甘肃省天水市秦州区羲皇大道中路55号'),
 dict(region='cn', inst='榆林市环境监测总站', dept=None, city='榆林', cp='Yulin', sector='env',
      en='Yulin Environmental Monitoring General Station', short=['榆林监测总站', '榆林环境监测站', '榆林市监测总站'],
      en_forms=['Yulin EMGS'], addr='陕西省榆林市榆阳区长城北路9号', placeless=['监测总站']),
 dict(region='cn', inst='陕西榆能化工有限公司', dept='环保部', city='榆林', cp='Yulin', sector='plant', brand='榆能',
      en='Shaanxi Yuneng Chemical Co., Ltd. – EHS Dept.', short=['榆能化工环保部', '榆能化工', '榆能'],
      en_forms=['Yuneng Chemical', 'Yuneng Chem EHS'], addr='陕西省榆林市榆神工业区清水工业园'),
 dict(region='cn', inst='咸阳市自来水有限公司', dept='水质化验室', city='咸阳', cp='Xianyang', sector='water',
      en='Xianyang Tap Water Co., Ltd. Water Lab', short=['咸阳自来水化验室', '咸阳自来水公司', '咸阳水司化验室'],
      en_forms=['Xianyang Water Co. Lab'], addr='陕西省咸阳市秦都区人民西路30号'),
 dict(region='cn', inst='鞍山钢铁集团有限公司', dept='能源环保部', city='鞍山', cp='Anshan', sector='plant', brand='鞍钢',
      en='Ansteel Group – Energy & Environmental Protection Dept.', short=['鞍钢能源环保部', '鞍钢环保', '鞍钢集团能环部'],
      en_forms=['Ansteel EEP Dept', 'Ansteel Environmental'], addr='辽宁省鞍山市铁东区环钢路1号'),
 dict(region='cn', inst='营口港务集团有限公司', dept='检测中心', city='营口', cp='Yingkou', sector='lab', brand='营口港',
      en='Yingkou Port Group Testing Center', short=['营口港检测中心', '营口港务检测'], en_forms=['Yingkou Port Lab'],
      addr='辽宁省营口市鲅鱼圈区营港路1号'),
 dict(region='cn', inst='大庆油田有限责任公司', dept='勘探开发研究院实验中心', city='大庆', cp='Daqing', sector='lab', brand='大庆油田',
      en='Daqing Oilfield E&D Research Institute Laboratory', short=['大庆油田研究院实验中心', '大庆油田实验中心', '油田研究院实验中心'],
      en_forms=['Daqing Oilfield RI Lab'], addr='黑龙江省大庆市让胡路区西宾路18号'),
 dict(region='cn', inst='内蒙古自治区食品检验检测中心', dept=None, city='呼和浩特', cp='Hohhot', sector='food',
      en='Inner Mongolia Food Inspection and Testing Center', short=['内蒙古食检中心', '区食检中心', '内蒙食品检验中心'],
      en_forms=['IM Food Testing Center', 'Inner Mongolia FITC'], addr='内蒙古呼和浩特市赛罕区昭乌达路70号'),
 dict(region='cn', inst='丽水市水利局', dept='水文站化验室', city='丽水', cp='Lishui', sector='water',
      en='Lishui Water Resources Bureau Hydrology Lab', short=['丽水水文站', '丽水水利局化验室'], en_forms=['Lishui Hydrology Lab'],
      addr='浙江省丽水市莲都区紫金路3号'),
 dict(region='cn', inst='莆田学院', dept='药学与医学技术学院', city='莆田', cp='Putian', sector='univ',
      en='School of Pharmacy and Medical Technology, Putian University', short=['莆田学院药学院', '莆院药学院'],
      en_forms=['Putian Univ. School of Pharmacy'], addr='福建省莆田市城厢区学园中街1133号'),
 dict(region='cn', inst='景德镇陶瓷大学', dept='材料科学与工程学院', city='景德镇', cp='Jingdezhen', sector='univ',
      en='School of Materials Science and Engineering, Jingdezhen Ceramic University', short=['景德镇陶大材料学院', '陶大材料学院', '景陶大材料学院'],
      en_forms=['JCU Materials School', 'Jingdezhen Ceramic Univ.'], addr='江西省景德镇市浮梁县湘湖镇'),
 dict(region='cn', inst='开封市第二污水处理厂', dept=None, city='开封', cp='Kaifeng', sector='sewage',
      en='Kaifeng No.2 Wastewater Treatment Plant', short=['开封二污', '开封第二污水厂', '开封市二污厂'],
      en_forms=['Kaifeng WWTP 2'], number=2, addr='河南省开封市禹王台区汴京大道北段', placeless=['二污厂']),
 dict(region='cn', inst='开封市第一污水处理厂', dept=None, city='开封', cp='Kaifeng', sector='sewage',
      en='Kaifeng No.1 Wastewater Treatment Plant', short=['开封一污', '开封第一污水厂', '开封市一污厂'],
      en_forms=['Kaifeng WWTP 1'], number=1, addr='河南省开封市龙亭区北郊乡'),
 dict(region='cn', inst='东风汽车有限公司', dept='十堰涂装厂环保站', city='十堰', cp='Shiyan', sector='plant', brand='东风',
      en='Dongfeng Motor Co. – Shiyan Paint Shop EHS Station', short=['东风十堰涂装厂', '东风涂装厂环保站'], en_forms=['Dongfeng Shiyan Paint Shop'],
      addr='湖北省十堰市张湾区车城西路2号'),
 dict(region='cn', inst='长江大学', dept='农学院', city='荆州', cp='Jingzhou', sector='univ',
      en='College of Agriculture, Yangtze University', short=['长大农学院', '长江大学农学院'], en_forms=['Yangtze Univ. Agriculture'],
      addr='湖北省荆州市荆州区荆秘路88号'),
 dict(region='cn', inst='玉溪卷烟厂', dept='技术中心理化室', city='玉溪', cp='Yuxi', sector='lab', brand='玉烟',
      en='Yuxi Cigarette Factory Technology Center Lab', short=['玉烟技术中心', '玉溪卷烟厂理化室'], en_forms=['Yuxi Cigarette Factory Lab'],
      addr='云南省玉溪市红塔区红塔大道118号'),
 dict(region='cn', inst='连云港康瑞达药业有限公司', dept='QC中心', city='连云港', cp='Lianyungang', sector='pharma', brand='康瑞达',
      en='Lianyungang Kangruida Pharmaceutical Co., Ltd. QC', short=['康瑞达药业', '康瑞达QC', '康瑞达'], en_forms=['Kangruida Pharma', 'KRD Pharma QC'],
      addr='江苏省连云港市经济技术开发区黄河路27号',
      former=[('连云港康瑞达化学制药有限公司', 'Lianyungang Kangruida Chemical Pharmaceutical Co., Ltd.', '2022-03-31', ['康瑞达化学制药'])]),
 dict(region='cn', inst='泰州市产品质量监督检验所', dept=None, city='泰州', cp='Taizhou', sector='lab',
      en='Taizhou Product Quality Supervision and Inspection Institute', short=['泰州质检所', '泰州市质检所'], en_forms=['Taizhou PQSI'],
      addr='江苏省泰州市海陵区鼓楼南路318号'),
 dict(region='cn', inst='蚌埠医学院第一附属医院', dept='药剂科', city='蚌埠', cp='Bengbu', sector='hosp', number=1,
      en='First Affiliated Hospital of Bengbu Medical College – Pharmacy', short=['蚌医一附院药剂科', '蚌医附院药剂科', '蚌埠医学院一附院药剂科'],
      en_forms=['Bengbu Medical College 1st Hospital Pharmacy'], addr='安徽省蚌埠市长淮路287号',
      ),
 dict(region='cn', inst='日照市环境监测站', dept=None, city='日照', cp='Rizhao', sector='env',
      en='Rizhao Environmental Monitoring Station', short=['日照监测站', '日照市监测站'], en_forms=['Rizhao EMS'],
      addr='山东省日照市东港区烟台路99号'),
 dict(region='cn', inst='威海市食品药品检验检测研究院', dept=None, city='威海', cp='Weihai', sector='food',
      en='Weihai Institute for Food and Drug Inspection', short=['威海食药检院', '威海检验院', '威海市食药检'],
      en_forms=['Weihai IFDI'], addr='山东省威海市环翠区青岛中路106号'),
 dict(region='cn', inst='东营市海河环保科技有限公司', dept='运维部', city='东营', cp='Dongying', sector='opco', brand='海河环保',
      en='Dongying Haihe Environmental Technology Co., Ltd.', short=['海河环保', '东营海河环保', '海河环保运维部'], en_forms=['Haihe Env Tech'],
      addr='山东省东营市东营区府前大街55号'),
 # --- Taiwan
 dict(region='tw', inst='國立成功大學', dept='貴重儀器中心', city='台南', cp='Tainan', sector='univ',
      en='Core Facility Center, National Cheng Kung University', trad='國立成功大學貴重儀器中心',
      hant=['成大貴儀中心', '成大貴重儀器中心', '成功大學貴儀'], en_forms=['NCKU Core Facility', 'NCKU Instrument Center', 'Cheng Kung Univ. Core Facility'],
      addr='臺南市東區大學路1號'),
 dict(region='tw', inst='臺南市政府環境保護局', dept='環境檢驗所', city='台南', cp='Tainan', sector='env',
      en='Tainan City EPB Environmental Laboratory', trad='臺南市政府環境保護局環境檢驗所',
      hant=['台南環保局檢驗所', '南市環保局', '臺南環保局檢驗室'], en_forms=['Tainan EPB Lab'], addr='臺南市新營區民治路36號'),
 dict(region='tw', inst='彰化基督教醫院', dept='藥劑部', city='彰化', cp='Changhua', sector='hosp',
      en='Changhua Christian Hospital Pharmacy', trad='彰化基督教醫院藥劑部',
      hant=['彰基藥劑部', '彰基藥劑', '彰化基督教醫院 藥劑部'], en_forms=['CCH Pharmacy', 'Changhua Christian Hosp. – Pharmacy'],
      addr='彰化縣彰化市南校街135號'),
 dict(region='tw', inst='永信藥品工業股份有限公司', dept='品保部', city='台中', cp='Taichung', sector='pharma', brand='永信',
      en='Yung Shin Pharm. Ind. Co., Ltd. QA', trad='永信藥品工業股份有限公司品保部',
      hant=['永信藥品', '永信品保', '永信藥廠'], en_forms=['Yung Shin Pharm', 'YSP QA'], addr='臺中市大甲區幼獅工業區幼五路1號'),
 dict(region='tw', inst='南投縣政府衛生局', dept='檢驗科', city='南投', cp='Nantou', sector='food',
      en='Nantou County Public Health Bureau Laboratory', trad='南投縣政府衛生局檢驗科',
      hant=['南投衛生局檢驗科', '投縣衛生局'], en_forms=['Nantou PHB Lab'], addr='南投縣南投市復興路6號'),
 dict(region='tw', inst='台東縣環保局', dept='監測站', city='台东', cp='Taitung', sector='env',
      en='Taitung County EPB Monitoring Station', trad='臺東縣環境保護局監測站',
      hant=['台東環保局', '東縣環保局監測站'], en_forms=['Taitung EPB'], addr='臺東縣臺東市中興路二段729號'),
 dict(region='tw', inst='佳聯檢驗科技股份有限公司', dept=None, city='台南', cp='Tainan', sector='lab', brand='佳聯',
      en='Chia Lien Testing Technology Co., Ltd.', trad='佳聯檢驗科技股份有限公司', hant=['佳聯檢驗', '佳聯科技'],
      en_forms=['Chia-Lien Testing', 'CL Testing Tech'], addr='臺南市安南區工業一路15號',
      former=[('佳聯環境檢驗股份有限公司', 'Chia Lien Environmental Testing Co., Ltd.', '2021-12-31', ['佳聯環檢'])]),
 # --- Hong Kong
 dict(region='hk', inst='香港科技園', dept='共享實驗室', city='香港', cp='Hong Kong', sector='lab',
      en='HKSTP Shared Laboratory, Sha Tin', trad='香港科技園共享實驗室', hant=['科學園共享實驗室', '科技園 Shared Lab'],
      en_forms=['HKSTP Lab', 'Science Park Shared Lab (Sha Tin)'], addr='新界沙田香港科學園科技大道西12號'),
 dict(region='hk', inst='水務署', dept='水質科學部', city='香港', cp='Hong Kong', sector='water',
      en='Water Supplies Department – Water Science Division', trad='水務署水質科學部', hant=['水務署化驗室', '水務署 水質科學'],
      en_forms=['WSD Water Science', 'WSD Lab Tai Po'], addr='新界大埔大埔工業邨大發街'),
 dict(region='hk', inst='環境保護署', dept='空氣質素監測組', city='香港', cp='Hong Kong', sector='env',
      en='EPD Air Quality Monitoring Group', trad='環境保護署空氣質素監測組', hant=['環保署空氣監測', '環保署'],
      en_forms=['EPD AQM', 'HK EPD Air Monitoring'], addr='九龍長沙灣道303號'),
 dict(region='hk', inst='偉信化驗有限公司', dept=None, city='香港', cp='Hong Kong', sector='lab', brand='偉信',
      en='Wai Shun Laboratory Ltd.', trad='偉信化驗有限公司', hant=['偉信化驗', '偉信 Lab'], en_forms=['Wai Shun Lab', 'WSL Tseung Kwan O'],
      addr='新界將軍澳工業邨駿昌街8號'),
 dict(region='hk', inst='香港大學', dept='化學系', city='香港', cp='Hong Kong', sector='univ',
      en='Department of Chemistry, The University of Hong Kong', trad='香港大學化學系', hant=['港大化學系', '港大 Chemistry'],
      en_forms=['HKU Chemistry', 'Dept. of Chemistry, HKU'], addr='香港薄扶林道香港大學周亦卿樓'),
 # --- English-only sites
 dict(region='intl', inst='Saigon Pharma JSC', dept='QC Laboratory', city='胡志明市', cp='Ho Chi Minh City', sector='pharma', brand='Saigon Pharma',
      en='Saigon Pharma JSC – QC Laboratory', en_forms=['Saigon Pharma QC', 'SGP QC Lab', 'Saigon Pharmaceutical JSC'],
      addr='Lot 12, Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam'),
 dict(region='intl', inst='Binh Duong Water Environment JSC', dept='Water Quality Lab', city='平阳', cp='Binh Duong', sector='water', brand='BIWASE',
      en='Binh Duong Water Environment JSC (BIWASE) – Water Quality Lab', en_forms=['BIWASE Lab', 'Binh Duong Water Lab'],
      addr='11 Ngo Van Tri, Thu Dau Mot City, Binh Duong, Vietnam',
      former=[('Binh Duong Water Supply Sewerage Environment Co., Ltd.', 'Binh Duong Water Supply Sewerage Environment Co., Ltd.', '2019-12-31', ['BWSE Co.'])]),
 dict(region='intl', inst='Laguna Bioscience Inc.', dept='Quality Control', city='拉古纳', cp='Laguna', sector='pharma', brand='Laguna Bioscience',
      en='Laguna Bioscience Inc. – Quality Control', en_forms=['Laguna Bio QC', 'LBI Quality Control'],
      addr='Lot 5 Block 2, Laguna Technopark, Binan, Laguna, Philippines'),
 dict(region='intl', inst='Metro Pacific Water Testing Corp.', dept=None, city='马尼拉', cp='Manila', sector='lab', brand='Metro Pacific',
      en='Metro Pacific Water Testing Corp.', en_forms=['MPWT Corp.', 'Metro Pacific Water Testing'],
      addr='2F Aguirre Bldg., 108 Aguirre St., Legaspi Village, Makati City, Philippines'),
 dict(region='intl', inst='Chonburi Analytical Services Co., Ltd.', dept=None, city='春武里', cp='Chonburi', sector='lab', brand='Chonburi Analytical',
      en='Chonburi Analytical Services Co., Ltd.', en_forms=['CAS Chonburi', 'Chonburi Analytical'],
      addr='88/9 Moo 5, Amata City Industrial Estate, Chonburi, Thailand'),
]

SECTOR_FAMS = {
    'univ': ['gcms', 'icp', 'ftir', 'uv', 'aas', 'ic'],
    'env': ['icp', 'gcms', 'ic', 'aas', 'uv', 'toc', 'pm', 'cod'],
    'water': ['toc', 'icp', 'ic', 'uv', 'gcms', 'cod', 'nh3'],
    'sewage': ['cod', 'nh3', 'uv', 'toc'],
    'food': ['gcms', 'aas', 'icp', 'ic', 'uv', 'kf'],
    'pharma': ['diss', 'kf', 'uv', 'ftir', 'toc', 'stab'],
    'cdc': ['gcms', 'icp', 'aas', 'ic', 'uv'],
    'lab': ['gcms', 'icp', 'ic', 'aas', 'ftir', 'uv', 'toc'],
    'customs': ['gcms', 'icp', 'ftir', 'kf'],
    'plant': ['cems', 'cod', 'nh3', 'ic'],
    'opco': ['cod', 'nh3', 'pm', 'cems'],
    'hosp': ['diss', 'uv', 'kf', 'stab'],
}

FILLER_CITIES = [('济宁', 'Jining'), ('常德', 'Changde'), ('南充', 'Nanchong'), ('德阳', 'Deyang'), ('宝鸡', 'Baoji'),
                 ('锦州', 'Jinzhou'), ('赤峰', 'Chifeng'), ('衢州', 'Quzhou'), ('三明', 'Sanming'), ('上饶', 'Shangrao'),
                 ('新乡', 'Xinxiang'), ('许昌', 'Xuchang'), ('黄石', 'Huangshi'), ('北海', 'Beihai'), ('曲靖', 'Qujing'),
                 ('攀枝花', 'Panzhihua'), ('克拉玛依', 'Karamay'), ('舟山', 'Zhoushan'), ('龙岩', 'Longyan'), ('马鞍山', 'Ma\'anshan')]
FILLER_KINDS = [
    ('{c}市生态环境监测站', None, 'env', '{C} Ecological Environment Monitoring Station', ['{c}环境监测站', '{c}生态监测站']),
    ('{c}市产品质量检验所', None, 'lab', '{C} Product Quality Inspection Institute', ['{c}质检所', '{c}市质检所']),
    ('{c}市自来水有限公司', '水质检测站', 'water', '{C} Tap Water Co., Ltd. Water Quality Station', ['{c}自来水水质站', '{c}水司水质站']),
    ('{c}市食品检验检测中心', None, 'food', '{C} Food Inspection and Testing Center', ['{c}食检中心', '{c}食品检测中心']),
    ('{c}{b}检测技术有限公司', None, 'lab', '{C} {B} Testing Technology Co., Ltd.', ['{b}检测', '{c}{b}检测']),
    ('{c}{b}药业有限公司', '质量部', 'pharma', '{C} {B} Pharmaceutical Co., Ltd. QA', ['{b}药业', '{b}药业质量部']),
    ('{c}市城市排水有限公司', '污水处理厂', 'sewage', '{C} Urban Drainage Co. WWTP', ['{c}排水公司', '{c}污水厂']),
    ('{c}市疾病预防控制中心', '理化检验所', 'cdc', '{C} CDC Physical and Chemical Lab', ['{c}疾控理化所', '{c}CDC理化所']),
    ('{c}{b}热电有限公司', '化学车间', 'plant', '{C} {B} Thermal Power Co. Chemistry Shop', ['{b}热电', '{c}{b}热电']),
]
FILLER_BRANDS = [('恒澜', 'Henglan'), ('禾信', 'Hexin'), ('嘉朗', 'Jialang'), ('正衡', 'Zhengheng'), ('博润', 'Borun'),
                 ('润中', 'Runzhong'), ('和谱', 'Hepu'), ('清越', 'Qingyue'), ('泓源', 'Hongyuan'), ('天衡', 'Tianheng')]
