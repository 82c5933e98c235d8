#!/usr/bin/env python3
"""tunegen — synthetic after-sales paperwork for TUNING kb's readers.

Written without reading kb's readers or the other generators' code (see README.md).
Standard library only.  Deterministic: every random choice comes from a random.Random
seeded from a string.

    python3 tools/tunegen/tunegen.py --docs 2000 --out DIR [--seed 1]
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
import unicodedata
import zipfile
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xml_escape

D = dt.date

# ---------------------------------------------------------------------------
# simplified -> traditional
# ---------------------------------------------------------------------------
# Character map made once with ICU (uconv -x Simplified-Traditional) over every
# Han character of this file, with hand fixes; see README "Known limits".
S2T_PAIRS = """与與业業东東丝絲丢丟严嚴个個丰豐临臨为為丽麗书書买買于於云雲产產仪儀们們价價众眾优優会會伟偉传傳体體储儲关關兴興养養内內写寫冲衝决決况況冻凍凯凱击擊刘劉创創别別剂劑剧劇务務动動区區医醫华華协協单單占佔卤鹵厂廠历歷压壓厦廈参參双雙发發变變号號后後启啓吴吳员員响響啸嘯团團园園图圖场場坏壞块塊声聲壳殼处處备備复復够夠头頭妇婦孙孫学學宁寧宝寶实實审審对對导導寿壽尔爾尘塵尽盡层層属屬岗崗岛島师師带帶干乾并並广廣庆慶库庫应應废廢开開异異张張弹彈强強当當录錄态態总總恒恆户戶执執扩擴扫掃护護报報损損换換据據搅攪数數断斷无無旧舊时時显顯暂暫术術机機杆桿条條来來杨楊杰傑极極构構柜櫃标標样樣档檔桥橋检檢楼樓气氣汇匯汉漢沉沈洁潔测測济濟浓濃涂塗涛濤润潤温溫湿濕滞滯满滿滤濾灯燈灵靈点點烁爍烦煩烧燒热熱状狀环環现現电電畅暢疗療监監盖蓋盘盤着著码碼确確离離积積称稱稳穩签簽篮籃类類紧緊纠糾红紅纤纖约約级級纪紀纯純纳納纹紋线線练練组組细細终終经經结結络絡绝絕统統继繼续續绳繩维維缆纜缓緩编編缘緣缩縮网網罗羅联聯肿腫胀脹脏髒脑腦脱脫节節苏蘇范範荧熒获獲蓝藍蚀蝕补補装裝见見观觀规規视視触觸计計订訂认認训訓议議讯訊记記论論设設访訪证證评評识識诉訴试試诚誠话話该該详詳误誤说說请請诺諾读讀调調谢謝负負责責败敗账賬货貨质質购購贴貼贵貴费費资資赵趙轨軌转轉软軟轴軸载載输輸达達过過运運这這进進远遠连連迟遲适適递遞邮郵郑鄭采採释釋针針钟鐘钢鋼铁鐵铅鉛链鏈锁鎖锂鋰锐銳错錯锡錫键鍵镇鎮镜鏡长長门門闪閃闭閉问問间間阀閥阴陰阵陣陈陳陕陝险險静靜韩韓页頁项項顿頓预預频頻题題额額风風馈饋马馬驱驅验驗鸣鳴黄黃"""
S2T = {}
for _i in range(0, len(S2T_PAIRS) - 1, 2):
    S2T[S2T_PAIRS[_i]] = S2T_PAIRS[_i + 1]
S2T.update({'台': '台', '后': '後', '面': '面', '里': '裡', '系': '系', '制': '制', '发': '發',
            '复': '復', '只': '只', '范': '範', '松': '鬆', '历': '歷', '表': '表', '准': '準',
            '采': '採', '冲': '沖', '余': '餘', '周': '周', '志': '志', '板': '板', '杰': '杰',
            '云': '雲', '干': '乾', '症': '症', '卷': '卷', '占': '佔', '向': '向', '致': '致',
            '游': '遊', '凯': '凱', '签': '簽', '汇': '匯', '获': '獲', '钟': '鐘', '尽': '盡',
            '着': '著', '启': '啟', '线': '線', '群': '群', '峰': '峰', '才': '才', '吃': '吃'})

# Taiwan wording in free text (applied before the character map; not to names)
TW_PHRASES = [
    ('服务器', '伺服器'), ('硬盘', '硬碟'), ('固件', '韌體'), ('打印', '列印'), ('软件', '軟體'),
    ('内存', '記憶體'), ('网络', '網路'), ('程序', '程式'), ('设置', '設定'), ('触摸屏', '觸控螢幕'),
    ('屏幕', '螢幕'), ('信息', '資訊'), ('激光', '雷射'), ('硅脂', '矽脂'), ('默认', '預設'),
    ('质控', '品管'), ('质量', '品質'), ('接口', '介面'), ('复测', '複測'), ('重复', '重複'),
    ('一周', '一週'), ('数据线', '傳輸線'), ('数据', '資料'), ('驱动', '驅動程式'), ('视频', '視訊'),
    ('电脑', '電腦'), ('短信', '簡訊'), ('客户', '客戶'), ('工程师', '工程師'), ('回复', '回覆'),
    ('传感器', '感測器'), ('复查', '複查'), ('联系人', '聯絡人'), ('联系', '聯繫'), ('缓存', '快取'),
]


def s2t_chars(s):
    return ''.join(S2T.get(ch, ch) for ch in s)


_T_CACHE = {}


def s2t(s):
    """Free text to Taiwan-style traditional."""
    if s is None:
        return None
    r = _T_CACHE.get(s)
    if r is not None:
        return r
    out = []
    i = 0
    while i < len(s):
        for a, b in TW_PHRASES:
            if s.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            out.append(S2T.get(s[i], s[i]))
            i += 1
    r = ''.join(out)
    _T_CACHE[s] = r
    return r


# ---------------------------------------------------------------------------
# world tables
# ---------------------------------------------------------------------------
# key: (zh, pinyin, province zh, province en, capital?, region)
CITIES = [
    ('南京', 'Nanjing', '江苏', 'Jiangsu', True, 'cn'),
    ('苏州', 'Suzhou', '江苏', 'Jiangsu', False, 'cn'),
    ('无锡', 'Wuxi', '江苏', 'Jiangsu', False, 'cn'),
    ('常州', 'Changzhou', '江苏', 'Jiangsu', False, 'cn'),
    ('杭州', 'Hangzhou', '浙江', 'Zhejiang', True, 'cn'),
    ('宁波', 'Ningbo', '浙江', 'Zhejiang', False, 'cn'),
    ('合肥', 'Hefei', '安徽', 'Anhui', True, 'cn'),
    ('武汉', 'Wuhan', '湖北', 'Hubei', True, 'cn'),
    ('长沙', 'Changsha', '湖南', 'Hunan', True, 'cn'),
    ('成都', 'Chengdu', '四川', 'Sichuan', True, 'cn'),
    ('重庆', 'Chongqing', None, None, False, 'cn'),
    ('郑州', 'Zhengzhou', '河南', 'Henan', True, 'cn'),
    ('济南', 'Jinan', '山东', 'Shandong', True, 'cn'),
    ('青岛', 'Qingdao', '山东', 'Shandong', False, 'cn'),
    ('西安', "Xi'an", '陕西', 'Shaanxi', True, 'cn'),
    ('福州', 'Fuzhou', '福建', 'Fujian', True, 'cn'),
    ('厦门', 'Xiamen', '福建', 'Fujian', False, 'cn'),
    ('广州', 'Guangzhou', '广东', 'Guangdong', True, 'cn'),
    ('深圳', 'Shenzhen', '广东', 'Guangdong', False, 'cn'),
    ('昆明', 'Kunming', '云南', 'Yunnan', True, 'cn'),
    ('台北', 'Taipei', None, None, False, 'tw'),
    ('台中', 'Taichung', None, None, False, 'tw'),
    ('高雄', 'Kaohsiung', None, None, False, 'tw'),
]
CITY = {c[0]: c for c in CITIES}
CN_CITIES = [c[0] for c in CITIES if c[5] == 'cn']
TW_CITIES = [c[0] for c in CITIES if c[5] == 'tw']

NUM_CN = {1: '一', 2: '二', 3: '三'}
NUM_ORD = {1: 'First', 2: 'Second', 3: 'Third'}
NUM_ORDN = {1: '1st', 2: '2nd', 3: '3rd'}

# institution kinds
INST = {
    'rmyy': dict(zh='人民医院', cat='hospital', en="People's Hospital",
                 depts=['检验科', '放射科', '信息科', '设备科', '病理科', '输血科']),
    'zyyy': dict(zh='中医医院', cat='hospital', en='Hospital of Traditional Chinese Medicine',
                 depts=['检验科', '放射科', '信息科', '设备科', '病理科']),
    'fybjy': dict(zh='妇幼保健院', cat='hospital', en='Maternal and Child Health Care Hospital',
                  depts=['检验科', '信息科', '设备科', '中心实验室']),
    'zxyy': dict(zh='中心医院', cat='hospital', en='Central Hospital',
                 depts=['检验科', '放射科', '信息科', '输血科']),
    'zlyy': dict(zh='肿瘤医院', cat='hospital', en='Cancer Hospital',
                 depts=['病理科', '检验科', '中心实验室', '放射科']),
    'srmyy': dict(zh='省人民医院', cat='hospital', en="Provincial People's Hospital",
                  depts=['检验科', '中心实验室', '信息科', '病理科']),
    'cdc': dict(zh='疾病预防控制中心', cat='cdc', en='Center for Disease Control and Prevention',
                depts=['微生物检验科', '理化检验科', None]),
    'ykdx': dict(zh='医科大学', cat='univ', en='Medical University',
                 depts=['分析测试中心', '生命科学学院', '网络信息中心', None]),
    'lgdx': dict(zh='理工大学', cat='univ', en='University of Technology',
                 depts=['分析测试中心', '网络信息中心', None]),
    'jcgs': dict(zh='检测技术有限公司', cat='company', en='Testing Technology Co., Ltd.',
                 short='检测', short_en='Testing', depts=[None]),
    'sjgs': dict(zh='数据科技有限公司', cat='company', en='Data Technology Co., Ltd.',
                 short='数据', short_en='Data', depts=[None]),
    'nygs': dict(zh='新能源科技有限公司', cat='company', en='New Energy Technology Co., Ltd.',
                 short='新能源', short_en='New Energy', depts=[None]),
    'swgs': dict(zh='水务集团有限公司', cat='company', en='Water Group Co., Ltd.',
                 short='水务', short_en='Water', depts=[None]),
    'tw_hosp': dict(zh='市立医院', cat='hospital', en='Municipal Hospital',
                    depts=['检验科', '信息室', '病理科']),
    'tw_univ': dict(zh='科技大学', cat='univ', en='University of Science and Technology',
                    depts=['贵重仪器中心', '计算机中心']),
    'tw_co': dict(zh='科技股份有限公司', cat='company', en='Technology Corp.', short='科技',
                  short_en='Tech', depts=[None]),
}

BRANDS_CN = [('华信', 'Huaxin'), ('云帆', 'Yunfan'), ('恒通', 'Hengtong'), ('博睿', 'Borui'),
             ('安诺', 'Annuo'), ('中科普瑞', 'Zhongke Purui'), ('蓝海', 'Lanhai'), ('瑞达', 'Ruida'),
             ('天衡', 'Tianheng'), ('正源', 'Zhengyuan'), ('优测', 'Youce'), ('格林', 'Gelin'),
             ('启明', 'Qiming'), ('金桥', 'Jinqiao'), ('远景', 'Yuanjing'), ('鼎盛', 'Dingsheng')]
BRANDS_TW = [('宏达', 'Hongda'), ('立晟', 'Lisheng'), ('冠宇', 'Guanyu'), ('永丰', 'Yongfeng')]

DEPT_EN = {
    '检验科': ['Clinical Laboratory', 'Clinical Lab', 'Dept. of Clinical Laboratory', 'Laboratory Medicine'],
    '放射科': ['Radiology', 'Radiology Dept.', 'Dept. of Radiology'],
    '信息科': ['IT Department', 'Information Center', 'IT Dept.'],
    '设备科': ['Medical Equipment Dept.', 'Equipment Department', 'Biomedical Engineering'],
    '病理科': ['Pathology', 'Dept. of Pathology', 'Pathology Dept.'],
    '输血科': ['Blood Transfusion Dept.', 'Transfusion Medicine'],
    '中心实验室': ['Central Laboratory', 'Central Lab'],
    '微生物检验科': ['Microbiology Lab', 'Microbiology Laboratory'],
    '理化检验科': ['Physical & Chemical Testing Lab', 'Chemistry Testing Lab'],
    '分析测试中心': ['Analysis & Testing Center', 'Instrumental Analysis Center'],
    '生命科学学院': ['School of Life Sciences', 'College of Life Sciences'],
    '网络信息中心': ['Network & Information Center', 'Network Center'],
    '信息室': ['IT Office', 'Information Office'],
    '贵重仪器中心': ['Precision Instrument Center', 'Core Instrument Facility'],
    '计算机中心': ['Computer Center', 'Computing Center'],
}

# families allowed per department / institution
DEPT_FAMILIES = {
    '检验科': ['chem', 'hema', 'immuno', 'centrifuge', 'microscope', 'ups'],
    '放射科': ['server', 'storage', 'ups'],
    '信息科': ['server', 'storage', 'ups', 'leadacid'],
    '信息室': ['server', 'storage', 'ups'],
    '设备科': ['ups', 'leadacid', 'bsc', 'centrifuge'],
    '病理科': ['microscope', 'centrifuge', 'bsc'],
    '输血科': ['centrifuge', 'immuno', 'hema'],
    '中心实验室': ['pcr', 'centrifuge', 'bsc', 'microscope'],
    '微生物检验科': ['pcr', 'bsc', 'centrifuge'],
    '理化检验科': ['chem', 'centrifuge', 'microscope'],
    '分析测试中心': ['microscope', 'pcr', 'centrifuge'],
    '生命科学学院': ['pcr', 'bsc', 'centrifuge', 'microscope'],
    '网络信息中心': ['server', 'storage', 'ups', 'leadacid'],
    '贵重仪器中心': ['microscope', 'pcr', 'centrifuge'],
    '计算机中心': ['server', 'storage', 'ups'],
}
INST_FAMILIES = {
    'cdc': ['pcr', 'bsc', 'centrifuge', 'ups'],
    'ykdx': ['pcr', 'centrifuge', 'microscope', 'server'],
    'lgdx': ['server', 'storage', 'microscope', 'ups'],
    'jcgs': ['chem', 'pcr', 'centrifuge', 'microscope', 'bsc'],
    'sjgs': ['server', 'storage', 'ups', 'leadacid', 'lithium'],
    'nygs': ['lithium', 'leadacid', 'ups'],
    'swgs': ['ups', 'leadacid', 'server'],
    'tw_co': ['server', 'storage', 'ups', 'lithium'],
}

DISTRICTS = [('高新区', 'Hi-tech Zone'), ('开发区', 'Development Zone'), ('城南区', 'Chengnan District'),
             ('城北区', 'Chengbei District'), ('中心区', 'Central District')]
ROADS = [('中山路', 'Zhongshan Rd'), ('人民路', 'Renmin Rd'), ('解放路', 'Jiefang Rd'),
         ('建设路', 'Jianshe Rd'), ('长江路', 'Changjiang Rd'), ('学府路', 'Xuefu Rd'),
         ('科技园路', 'Kejiyuan Rd'), ('和平路', 'Heping Rd')]
TW_DISTRICTS = [('西屯区', 'Xitun Dist.'), ('大安区', "Da'an Dist."), ('前镇区', 'Qianzhen Dist.'),
                ('北区', 'North Dist.')]
TW_ROADS = [('中正路', 'Zhongzheng Rd.'), ('民生路', 'Minsheng Rd.'), ('复兴路', 'Fuxing Rd.')]

# ---------------------------------------------------------------------------
# equipment
# ---------------------------------------------------------------------------
FAMILIES = {
    # family: (zh name, en name, group, [(model, serial prefix)])
    'centrifuge': ('台式高速冷冻离心机', 'refrigerated centrifuge', 'lab',
                   [('TGL-16M', 'TG16'), ('DLR-5K', 'DL5'), ('HCF-21R', 'HF21')]),
    'chem': ('全自动生化分析仪', 'chemistry analyser', 'lab',
             [('AC-680', 'AC68'), ('BKC-1200', 'BK12')]),
    'hema': ('全自动血细胞分析仪', 'haematology analyser', 'lab',
             [('HX-5310', 'HX53'), ('CBC-60', 'CB60')]),
    'immuno': ('化学发光免疫分析仪', 'chemiluminescence immunoassay analyser', 'lab',
               [('MQ-2000', 'MQ20'), ('LUMI-800', 'LU80')]),
    'microscope': ('研究级荧光显微镜', 'fluorescence microscope', 'lab',
                   [('MS-620', 'MS62'), ('FLX-8000', 'FX80')]),
    'pcr': ('荧光定量PCR仪', 'real-time PCR system', 'lab',
            [('QP-9600', 'QP96'), ('RTQ-48', 'RQ48')]),
    'bsc': ('二级生物安全柜', 'class II biosafety cabinet', 'lab',
            [('BSC-1300A2', 'BS13'), ('BSC-1500B2', 'BS15')]),
    'server': ('机架式服务器', 'rack server', 'it',
               [('NX-5280', 'NX52'), ('RS-2288', 'RS22')]),
    'storage': ('存储阵列', 'storage array', 'it',
                [('OS-5300', 'OS53'), ('DS-7200', 'DS72')]),
    'ups': ('不间断电源', 'UPS', 'it',
            [('UHA-20K', 'UH20'), ('STP-60K', 'ST60'), ('UPS-10KS', 'UP10')]),
    'leadacid': ('阀控式铅酸蓄电池组', 'VRLA battery bank', 'battery',
                 [('GFM-500', 'GF05'), ('GFM-1000', 'GF10')]),
    'lithium': ('磷酸铁锂储能柜', 'LFP battery cabinet', 'battery',
                [('ESS-215', 'ES21'), ('LB-48100', 'LB48')]),
}
MODEL_FAMILY = {m: f for f, v in FAMILIES.items() for m, _ in v[3]}

# (zh fault variants, zh cause, zh action, en fault variants, en cause, en action)
FAULTS = {
    'centrifuge': [
        ('转速上不去，停在3000转左右|升速缓慢，达不到设定转速', '电机碳刷磨损严重', '更换电机碳刷并清理换向器',
         'Fails to reach set speed, stalls around 3000 rpm|Slow to accelerate, never reaches set speed', 'Motor brushes worn down', 'Replaced motor brushes and cleaned the commutator'),
        ('运行中报E05不平衡|运行时机身剧烈抖动并报不平衡', '吊篮耳轴缺油，配平不当', '吊篮耳轴加润滑脂，指导客户对称配平',
         'Imbalance error E05 during run|Violent vibration and imbalance alarm', 'Bucket trunnions dry and loads unequal', 'Greased the trunnions and showed staff how to balance loads'),
        ('门盖打不开|运行结束后门锁无法解锁', '门锁电磁铁卡滞', '更换门锁组件',
         'Lid will not open after run|Lid stays locked at end of run', 'Lid lock solenoid sticking', 'Replaced the lid lock assembly'),
        ('制冷效果差，腔体温度降不到4℃|制冷慢，温度报警', '冷凝器积灰，散热不良', '清洁冷凝器及散热风扇，复测温度正常',
         'Poor cooling, chamber will not reach 4 °C|Slow cool-down with temperature alarm', 'Condenser clogged with dust', 'Cleaned condenser and fan; temperature retested OK'),
        ('开机无显示|按电源键无反应', '电源板保险丝熔断', '更换保险丝并检查电源板',
         'No display at power-on|Dead when switched on', 'Blown fuse on the power board', 'Replaced the fuse and checked the power board'),
        ('运行时异响|运转有尖锐啸叫声', '电机轴承磨损', '更换电机轴承',
         'Abnormal noise during run|High-pitched whine when spinning', 'Worn motor bearing', 'Replaced the motor bearing'),
        ('报E12转速传感器故障', '转速传感器插头松动', '重新插紧传感器插头并固定线束',
         'Error E12 speed sensor fault', 'Loose speed sensor connector', 'Reseated the sensor connector and secured the harness'),
        ('转子识别错误|提示转子型号不符', '转子识别磁钢脱落', '重新粘接识别磁钢，校验转子识别',
         'Rotor not recognised|Rotor type mismatch message', 'Rotor ID magnet came off', 'Re-bonded the ID magnet and verified rotor recognition'),
        ('腔体内结冰积水', '门封老化漏气', '更换门封条，除霜后试机',
         'Ice and water building up in the chamber', 'Aged lid gasket leaking', 'Replaced the lid gasket, defrosted and test-ran'),
        ('降速时间过长', '制动电阻损坏', '更换制动电阻',
         'Deceleration takes far too long', 'Braking resistor failed', 'Replaced the braking resistor'),
    ],
    'chem': [
        ('吸样针堵塞报警|样本针频繁报堵针', '样本中有纤维蛋白凝块', '疏通并清洗样本针，提醒科室离心充分',
         'Sample probe clog alarm|Frequent sample probe blockage', 'Fibrin clots in samples', 'Unblocked and washed the probe; advised thorough centrifugation'),
        ('反应杯空白值偏高', '反应杯污染，清洗液浓度不足', '更换反应杯并配置新清洗液',
         'High cuvette blank readings', 'Contaminated cuvettes and weak wash solution', 'Replaced cuvettes and made up fresh wash solution'),
        ('光源灯能量低报警|光源能量不足', '卤素灯老化', '更换卤素灯并做光度计校准',
         'Lamp energy low alarm', 'Halogen lamp at end of life', 'Replaced the halogen lamp and recalibrated the photometer'),
        ('质控结果整体偏低|ALT质控连续失控', '试剂针加样量偏差', '校准加样系统，重新定标后质控在控',
         'QC results low across the board|ALT QC repeatedly out of range', 'Reagent probe dispensing off', 'Calibrated dispensing and recalibrated assays; QC back in range'),
        ('反应盘温度异常', '反应盘加热器温控失效', '更换温控传感器',
         'Reaction disc temperature out of range', 'Heater thermostat failed', 'Replaced the temperature sensor'),
        ('液路漏水|仪器底部有积水', '注射器密封圈老化', '更换注射器密封圈',
         'Water leak in the fluidics|Water pooling under the analyser', 'Syringe seal worn', 'Replaced the syringe seal'),
        ('条码扫描失败', '条码扫描器镜头脏污', '清洁扫描器，调整角度',
         'Barcode reader fails to scan', 'Dirty scanner window', 'Cleaned the scanner and adjusted its angle'),
        ('与LIS通讯中断|结果传不到LIS', '医院网络IP变更', '重新配置接口IP，测试双向传输正常',
         'Connection to the LIS lost|Results not reaching the LIS', 'Hospital changed the network IP', 'Reconfigured the interface IP and tested two-way transfer'),
        ('搅拌杆不转', '搅拌电机损坏', '更换搅拌电机',
         'Mixer paddle not turning', 'Mixer motor failed', 'Replaced the mixer motor'),
        ('纯水供水不足报警', '进水滤芯堵塞', '更换滤芯',
         'Water supply low alarm', 'Inlet filter clogged', 'Replaced the filter cartridge'),
    ],
    'hema': [
        ('计数池堵孔|WBC计数报堵孔', '宝石孔蛋白沉积', '浓缩清洗液浸泡并排堵',
         'Aperture clog|WBC aperture clog flag', 'Protein build-up on the aperture', 'Soaked with probe cleanser and cleared the clog'),
        ('HGB本底偏高', 'HGB池污染', '清洗HGB池，本底恢复正常',
         'High HGB background', 'HGB chamber contaminated', 'Cleaned the HGB chamber; background back to normal'),
        ('真空压力不足|负压建立不起来', '真空泵膜片破损', '更换真空泵膜片',
         'Vacuum pressure low|Vacuum will not build', 'Vacuum pump diaphragm torn', 'Replaced the pump diaphragm'),
        ('血小板结果偏低且不稳定', '稀释液受污染', '更换稀释液及管路过滤器',
         'PLT counts low and unstable', 'Diluent contaminated', 'Replaced diluent and line filter'),
        ('进样器卡管', '自动进样器导轨缺油', '清洁导轨并润滑',
         'Autoloader jams on tubes', 'Autoloader rail dry', 'Cleaned and lubricated the rail'),
        ('五分类散点图异常', '激光功率下降', '调整激光功率并做校准',
         'Abnormal 5-part diff scattergram', 'Laser power dropped', 'Adjusted laser power and calibrated'),
        ('试剂余量检测错误', '浮子开关卡住', '清洗浮子开关',
         'Wrong reagent level readings', 'Float switch stuck', 'Cleaned the float switch'),
        ('开机自检不通过', '主板电池电量耗尽', '更换主板电池并恢复设置',
         'Fails power-on self test', 'Mainboard battery flat', 'Replaced the mainboard battery and restored settings'),
        ('废液桶已空仍报废液满', '废液传感器结晶', '清洗废液传感器',
         'Waste full alarm though container empty', 'Crystals on the waste sensor', 'Cleaned the waste sensor'),
        ('计数结果重复性差', '定量注射器漏气', '更换注射器活塞',
         'Poor count repeatability', 'Metering syringe leaking air', 'Replaced the syringe piston'),
    ],
    'immuno': [
        ('发光值本底偏高', '暗室漏光', '更换暗室密封圈',
         'High background RLU', 'Light leak in the measuring chamber', 'Replaced the chamber seal'),
        ('磁珠分离不充分|清洗分离报警', '清洗针堵塞', '疏通清洗针并冲洗管路',
         'Incomplete magnetic separation|Wash separation alarm', 'Wash needle clogged', 'Cleared the wash needle and flushed the lines'),
        ('孵育盘温度报警', '孵育盘加热膜老化', '更换加热膜',
         'Incubator temperature alarm', 'Heater film aged', 'Replaced the heater film'),
        ('试剂盘不转', '试剂盘皮带断裂', '更换同步带并调整张力',
         'Reagent carousel will not turn', 'Drive belt broken', 'Replaced the timing belt and set the tension'),
        ('底物液消耗异常', '底物泵单向阀失效', '更换单向阀',
         'Excessive substrate consumption', 'Substrate pump check valve failed', 'Replaced the check valve'),
        ('TSH结果偏高与临床不符', '定标曲线过期', '重新定标，复测样本',
         'TSH results high and not matching the clinical picture', 'Calibration curve expired', 'Recalibrated and reran the samples'),
        ('反应杯抓取失败|机械手抓杯报错', '机械手位置偏移', '重新校准机械手位置',
         'Cuvette gripper fails to pick|Gripper error when picking cuvettes', 'Gripper position drifted', 'Recalibrated the gripper positions'),
        ('软件频繁死机', '硬盘坏道', '更换硬盘并重装系统',
         'Software keeps freezing', 'Bad sectors on the hard disk', 'Replaced the hard disk and reinstalled the system'),
    ],
    'microscope': [
        ('视野发暗，亮度不够', '卤素灯泡老化', '更换灯泡并调整光路',
         'Dim field of view', 'Bulb ageing', 'Replaced the bulb and aligned the light path'),
        ('图像模糊，调焦不清', '物镜有油污', '清洁物镜并指导使用镜油',
         'Blurred image, will not focus', 'Oil on the objective', 'Cleaned the objective and showed correct use of immersion oil'),
        ('载物台自行下滑|载物台漂移', '调焦机构松动', '调整粗调松紧',
         'Stage drifts down on its own', 'Focus mechanism loose', 'Adjusted the coarse focus tension'),
        ('荧光激发光弱', '汞灯寿命到期', '更换汞灯并对中',
         'Weak fluorescence excitation', 'Mercury lamp beyond rated life', 'Replaced and centred the mercury lamp'),
        ('相机采图有条纹', '相机数据线接触不良', '更换数据线',
         'Stripes on captured images', 'Camera cable making poor contact', 'Replaced the camera cable'),
        ('物镜转换器卡顿', '转换器定位弹片磨损', '更换转换器定位弹片',
         'Nosepiece sticks when turning', 'Worn detent spring', 'Replaced the nosepiece detent spring'),
        ('目镜内有灰尘斑点', '目镜内部进灰', '拆洗目镜',
         'Dust specks visible in the eyepiece', 'Dust inside the eyepiece', 'Dismantled and cleaned the eyepiece'),
        ('电动载物台不响应', '控制器固件异常', '刷新控制器固件',
         'Motorised stage not responding', 'Controller firmware corrupted', 'Reflashed the controller firmware'),
    ],
    'pcr': [
        ('热盖温度达不到', '热盖加热片损坏', '更换热盖加热片',
         'Heated lid does not reach temperature', 'Heated lid element failed', 'Replaced the heated lid element'),
        ('孔间温度均一性差', '模块导热硅脂干涸', '重新涂覆导热硅脂并做温度验证',
         'Poor well-to-well temperature uniformity', 'Thermal paste dried out', 'Re-applied thermal paste and verified temperatures'),
        ('荧光信号弱|FAM通道信号偏低', '光纤头污染', '清洁光学模块并做荧光校准',
         'Weak fluorescence|Low signal in the FAM channel', 'Optical fibre tips dirty', 'Cleaned the optics and ran a dye calibration'),
        ('运行中断报通讯错误', 'USB线屏蔽不良', '更换屏蔽数据线',
         'Run aborts with a communication error', 'Poorly shielded USB cable', 'Replaced it with a shielded cable'),
        ('升降温速率慢', '半导体制冷片老化', '更换帕尔贴模块',
         'Slow ramp rate', 'Peltier elements ageing', 'Replaced the Peltier module'),
        ('扩增曲线基线异常抬升', '背景校准过期', '重新做背景校准和ROI校准',
         'Abnormal rising baseline on amplification plots', 'Background calibration out of date', 'Redid the background and ROI calibrations'),
        ('风扇噪音大', '散热风扇轴承磨损', '更换散热风扇',
         'Loud fan noise', 'Cooling fan bearing worn', 'Replaced the cooling fan'),
        ('软件无法识别仪器', '驱动丢失', '重新安装驱动',
         'Software does not detect the instrument', 'Driver missing', 'Reinstalled the driver'),
    ],
    'bsc': [
        ('下降气流风速偏低', '高效过滤器堵塞', '更换高效过滤器并做风速检测',
         'Downflow velocity low', 'HEPA filter loaded', 'Replaced the HEPA filter and measured velocities'),
        ('风机不转', '风机电容损坏', '更换风机启动电容',
         'Blower not running', 'Blower capacitor failed', 'Replaced the blower start capacitor'),
        ('前窗报警持续鸣叫', '前窗位置传感器移位', '调整窗位传感器',
         'Sash alarm keeps sounding', 'Sash position sensor out of place', 'Re-set the sash sensor'),
        ('紫外灯不亮', '紫外灯管老化', '更换紫外灯管',
         'UV lamp not lighting', 'UV tube at end of life', 'Replaced the UV tube'),
        ('照明灯闪烁', '镇流器故障', '更换镇流器',
         'Light flickers', 'Ballast faulty', 'Replaced the ballast'),
        ('气流报警频繁', '风速传感器污染', '清洁并标定风速传感器',
         'Frequent airflow alarms', 'Airflow sensor dirty', 'Cleaned and calibrated the airflow sensor'),
        ('前窗升降卡滞', '升降钢丝绳磨损', '更换钢丝绳',
         'Sash sticks when moving', 'Sash cable frayed', 'Replaced the sash cable'),
        ('年度检测流入气流不合格', '排风管道阀门半闭', '调整排风阀，复测合格',
         'Inflow failed the annual certification', 'Exhaust damper half closed', 'Adjusted the damper; retest passed'),
    ],
    'server': [
        ('前面板健康灯亮橙色|健康指示灯橙色告警', '内存条ECC错误', '更换故障内存条',
         'Amber health LED on the front panel', 'ECC errors on one DIMM', 'Replaced the faulty DIMM'),
        ('系统频繁蓝屏重启', '内存兼容性问题', '更换同批次内存并更新BIOS',
         'Repeated crashes and reboots', 'Memory compatibility issue', 'Fitted matched memory modules and updated the BIOS'),
        ('硬盘亮红灯|RAID降级告警', '硬盘物理故障', '热插拔更换硬盘并完成RAID重建',
         'Disk fault LED lit|RAID degraded alarm', 'Physical disk failure', 'Hot-swapped the disk and completed the RAID rebuild'),
        ('电源模块告警', '冗余电源模块损坏', '更换电源模块',
         'Power supply alarm', 'Redundant PSU failed', 'Replaced the PSU'),
        ('风扇转速过高噪音大', '风扇模块故障', '更换风扇模块',
         'Fans running flat out and very loud', 'Fan module failed', 'Replaced the fan module'),
        ('管理口无法访问', 'BMC固件异常', '升级BMC固件并重置管理口',
         'Management port unreachable', 'BMC firmware fault', 'Upgraded the BMC firmware and reset the management port'),
        ('开机卡在自检界面', '主板故障', '更换主板并恢复配置',
         'Hangs at POST', 'Mainboard fault', 'Replaced the mainboard and restored the configuration'),
        ('网卡频繁掉线', '网卡驱动版本过旧', '更新网卡驱动和固件',
         'NIC keeps dropping the link', 'Outdated NIC driver', 'Updated the NIC driver and firmware'),
        ('CPU温度过高告警', '散热器积灰', '清洁散热器并更换导热硅脂',
         'CPU over-temperature warning', 'Heatsink clogged with dust', 'Cleaned the heatsink and replaced the thermal paste'),
    ],
    'storage': [
        ('控制器B离线', '控制器故障', '更换控制器并同步配置',
         'Controller B offline', 'Controller failure', 'Replaced the controller and synced the configuration'),
        ('存储池容量告警', '快照占用空间过大', '清理过期快照，调整保留策略',
         'Pool capacity warning', 'Snapshots using too much space', 'Deleted expired snapshots and changed the retention policy'),
        ('主机无法识别LUN', '光纤交换机分区配置错误', '修正Zone配置',
         'Host cannot see the LUN', 'Wrong FC switch zoning', 'Corrected the zoning'),
        ('多块硬盘预警', '硬盘批次老化', '分批更换预警硬盘',
         'Predictive failure on several disks', 'Ageing disk batch', 'Replaced the flagged disks in stages'),
        ('读写延迟高|业务系统访问缓慢', '缓存电池失效导致写缓存关闭', '更换缓存电池，恢复写缓存',
         'High read/write latency|Applications very slow', 'Cache battery failed so write cache was disabled', 'Replaced the cache battery and re-enabled write cache'),
        ('扩展柜链路告警', 'SAS线缆松动', '重新插拔并固定SAS线缆',
         'Expansion shelf link alarm', 'SAS cable loose', 'Reseated and secured the SAS cable'),
        ('管理界面无法登录', '管理证书过期', '更新证书',
         'Cannot log in to the management GUI', 'Management certificate expired', 'Renewed the certificate'),
    ],
    'ups': [
        ('电池放电时间短|市电中断后很快关机', '电池组老化容量不足', '更换整组电池',
         'Short battery runtime|Shuts down soon after mains loss', 'Battery string aged with low capacity', 'Replaced the battery string'),
        ('UPS转旁路运行|旁路告警', '逆变器IGBT损坏', '更换逆变模块',
         'Running on bypass|Bypass alarm', 'Inverter IGBT failed', 'Replaced the inverter module'),
        ('输入电压异常告警', '市电零地电压偏高', '协助客户整改接地',
         'Input voltage abnormal alarm', 'High neutral-earth voltage on the mains', 'Helped the customer correct the earthing'),
        ('风扇故障告警', '风扇老化', '更换散热风扇',
         'Fan fault alarm', 'Fans worn out', 'Replaced the cooling fans'),
        ('过载告警', '负载超过额定容量', '调整负载分配，建议扩容',
         'Overload alarm', 'Load above rated capacity', 'Rebalanced the load and advised an upgrade'),
        ('液晶屏无显示', '显示板排线松脱', '重新连接显示排线',
         'LCD blank', 'Display ribbon cable loose', 'Reconnected the ribbon cable'),
        ('电池自检失败', '电池连接片氧化', '清洁并紧固连接片',
         'Battery self-test failed', 'Oxidised battery links', 'Cleaned and tightened the links'),
        ('并机不均流', '并机线接触不良', '更换并机通讯线',
         'Parallel units not sharing load', 'Parallel cable making poor contact', 'Replaced the parallel communication cable'),
    ],
    'leadacid': [
        ('单体电池电压偏低|第7节单体电压低于2.0V', '单体电池失效', '更换落后单体',
         'Low cell voltage|Cell 7 below 2.0 V', 'Cell failed', 'Replaced the weak cell'),
        ('电池外壳鼓胀', '长期过充', '更换鼓胀电池并调整浮充电压',
         'Swollen battery case', 'Long-term overcharging', 'Replaced swollen units and adjusted the float voltage'),
        ('极柱漏液腐蚀', '极柱密封失效', '更换电池，清理腐蚀',
         'Leaking, corroded terminal', 'Terminal seal failed', 'Replaced the battery and cleaned off the corrosion'),
        ('内阻偏大', '电池硫化', '活化处理后复测，内阻仍超标的予以更换',
         'High internal resistance', 'Sulphation', 'Ran a recovery charge and replaced those still out of limits'),
        ('放电测试容量不足80%', '电池老化', '建议整组更换',
         'Discharge test below 80 % capacity', 'Battery ageing', 'Recommended replacing the whole string'),
        ('连接螺栓发热', '螺栓力矩不足', '按规定力矩紧固',
         'Hot connection bolts', 'Bolts under-torqued', 'Torqued the bolts to specification'),
        ('电池巡检仪通讯中断', '采集模块损坏', '更换采集模块',
         'Battery monitor lost communication', 'Sensing module failed', 'Replaced the sensing module'),
        ('浮充电流偏大', '个别单体短路', '更换短路单体',
         'Float current too high', 'Shorted cell', 'Replaced the shorted cell'),
    ],
    'lithium': [
        ('BMS报单体压差过大', '电芯一致性下降', '执行均衡维护',
         'BMS reports excessive cell voltage spread', 'Cells drifting apart', 'Ran a balancing maintenance'),
        ('充电时温度过高告警', '柜内空调故障', '维修空调并清洁滤网',
         'Over-temperature alarm while charging', 'Cabinet air-conditioner fault', 'Repaired the air-conditioner and cleaned the filters'),
        ('BMS与PCS通讯中断', 'CAN总线终端电阻缺失', '加装终端电阻',
         'BMS lost communication with the PCS', 'Missing CAN terminator', 'Fitted the terminating resistor'),
        ('SOC显示跳变', 'SOC未校准', '满充满放校准SOC',
         'SOC reading jumps', 'SOC not calibrated', 'Calibrated SOC with a full charge/discharge cycle'),
        ('绝缘检测告警', '线缆绝缘层破损', '更换破损线缆',
         'Insulation fault alarm', 'Damaged cable insulation', 'Replaced the damaged cable'),
        ('主继电器无法闭合', '继电器触点烧蚀', '更换主继电器',
         'Main relay will not close', 'Relay contacts burnt', 'Replaced the main relay'),
        ('电池簇无法并网', '簇间电压差过大', '调整簇电压后并网',
         'Rack will not join the bus', 'Voltage difference between racks', 'Equalised rack voltages and reconnected'),
        ('消防气体探测器误报', '探测器灵敏度漂移', '标定探测器',
         'False alarm from the gas detector', 'Detector sensitivity drifted', 'Calibrated the detector'),
    ],
}
GENERIC_FAULTS = {
    'lab': [
        ('仪器无法开机', '电源线接触不良', '更换电源线',
         'Instrument will not power on', 'Faulty mains lead', 'Replaced the power cord'),
        ('触摸屏失灵|触摸屏点击无反应', '触摸屏老化', '更换触摸屏',
         'Touch screen unresponsive', 'Touch panel worn', 'Replaced the touch screen'),
        ('内置打印机不打印', '热敏打印头脏', '清洁打印头',
         'Built-in printer not printing', 'Thermal head dirty', 'Cleaned the print head'),
        ('与电脑通讯失败', '串口线松动', '重新连接通讯线',
         'Cannot communicate with the PC', 'Serial cable loose', 'Reconnected the data cable'),
        ('开机报错后自动关机', '软件配置文件损坏', '恢复软件配置',
         'Shuts down after a start-up error', 'Corrupted configuration file', 'Restored the software configuration'),
        ('机器内部有焦味', '风扇停转导致电源过热', '更换风扇和电源模块',
         'Burning smell from inside', 'Fan stopped and the PSU overheated', 'Replaced the fan and the PSU'),
    ],
    'it': [
        ('设备无法远程管理', '管理网络IP冲突', '修改管理IP',
         'Remote management unavailable', 'Management IP conflict', 'Changed the management IP'),
        ('机房断电后设备无法启动', '电源模块受冲击损坏', '更换电源模块',
         'Failed to start after a power cut', 'PSU damaged by a surge', 'Replaced the PSU'),
        ('告警邮件无法发送', '邮件服务器配置错误', '修正邮件服务器配置',
         'Alert e-mails not sent', 'Wrong mail server settings', 'Corrected the mail server settings'),
        ('固件版本过旧存在漏洞', '未及时升级', '升级至最新固件',
         'Outdated firmware with known vulnerabilities', 'Updates not applied', 'Upgraded to current firmware'),
    ],
    'battery': [
        ('监控平台告警', '采集线松动', '紧固采集线',
         'Monitoring platform alarm', 'Loose sense lead', 'Tightened the sense leads'),
        ('机房温度过高', '空调停机', '协助恢复空调，建议加装温度告警',
         'Room temperature too high', 'Air-conditioning stopped', 'Helped restore cooling and advised a temperature alarm'),
    ],
}

ZH_FAULT_WRAP = ['{}', '{}', '{}', '客户反映{}', '科室反映{}', '{}，影响正常使用', '{}（间断出现）', '用户报修：{}', '{}，已停机']
ZH_CAUSE_WRAP = ['{}', '{}', '经检查，{}', '初步判断为{}', '{}所致']
ZH_ACTION_WRAP = ['{}', '{}', '{}，试机正常', '{}，运行正常后交付使用', '{}。客户确认', '{}，观察一周无异常']
EN_FAULT_WRAP = ['{}', '{}', '{}', 'Customer reports: {}', '{} (intermittent)', '{}; unit out of use']
EN_CAUSE_WRAP = ['{}', '{}', 'Found: {}', 'Probable cause: {}']
EN_ACTION_WRAP = ['{}', '{}', '{}; tested OK', '{}. Unit returned to service', '{}, customer satisfied']
US_SPELL = [('recognised', 'recognized'), ('Sulphation', 'Sulfation'), ('centred', 'centered'),
            ('fibre', 'fiber'), ('Motorised', 'Motorized'), ('Oxidised', 'Oxidized'),
            ('analyser', 'analyzer'), ('haematology', 'hematology'), ('Tumour', 'Tumor')]

PM_ACTIONS = {
    'zh': ['完成季度预防性维护，各项指标正常', '按保养规程完成半年保养', '完成年度保养及性能验证', '例行巡检，清洁除尘并检查各部件'],
    'en': ['Completed the quarterly preventive maintenance; all checks passed', 'Six-monthly PM carried out to the checklist',
           'Annual PM and performance verification done', 'Routine inspection, cleaning and function checks'],
}

# engineers: id, simplified, traditional, surname pinyin, given pinyin, kind
ENGINEERS = [
    ('E01', '张伟', '張偉', 'Zhang', 'Wei'), ('E02', '李强', '李強', 'Li', 'Qiang'),
    ('E03', '王磊', '王磊', 'Wang', 'Lei'), ('E04', '刘洋', '劉洋', 'Liu', 'Yang'),
    ('E05', '陈静', '陳靜', 'Chen', 'Jing'), ('E06', '杨帆', '楊帆', 'Yang', 'Fan'),
    ('E07', '赵敏', '趙敏', 'Zhao', 'Min'), ('E08', '黄涛', '黃濤', 'Huang', 'Tao'),
    ('E09', '周杰', '周杰', 'Zhou', 'Jie'), ('E10', '吴昊', '吳昊', 'Wu', 'Hao'),
    ('E11', '徐明', '徐明', 'Xu', 'Ming'), ('E12', '孙丽', '孫麗', 'Sun', 'Li'),
    ('E13', '林志豪', '林志豪', 'Lin', 'Chih-hao'),
    ('E14', None, None, 'Hughes', 'Daniel'), ('E15', None, None, 'Tan', 'Kevin'),
]
ENG = {e[0]: e for e in ENGINEERS}


def eng_forms(eid, script):
    _, zh, zt, sur, giv = ENG[eid]
    if zh is None:  # foreign engineers: English forms only
        return [f'{giv} {sur}', f'{giv[0]}. {sur}', f'{sur.upper()} {giv}']
    if eid == 'E13':
        en = ['Lin Chih-hao', 'C.H. Lin', 'LIN Chih-Hao', 'Chih-hao Lin']
    else:
        en = [f'{sur} {giv}', f'{giv} {sur}', f'{giv[0]}. {sur}', f'{sur.upper()} {giv}', f'{sur} {giv[0]}.']
    if script == 'en':
        return en
    if script == 'hant':
        return [zt, zt, zt[0] + '工程師', f'{zt} ({en[0]})', zt + '工程師', en[0]]
    return [zh, zh, zh, zh[0] + '工', f'{zh}({en[0]})', f'{zh}（{en[0]}）', zh + '工程师', en[0]]


CONTACT_SURNAMES = ['何', '郭', '马', '朱', '胡', '郑', '罗', '高', '梁', '宋', '谢', '韩']
CONTACT_TITLES = ['主任', '老师', '护士长', '科长', '经理', '老师']
CONTACT_EN = ['Dr. Guo', 'Ms. He', 'Mr. Ma', 'Dr. Zhu', 'Ms. Hu', 'Mr. Zheng', 'Dr. Luo', 'Ms. Song']

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
       'October', 'November', 'December']
WD_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
WD_ZH = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日']
CN_DIG = '〇一二三四五六七八九'


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n == 10:
        return '十'
    if n < 20:
        return '十' + CN_DIG[n - 10]
    return CN_DIG[n // 10] + '十' + (CN_DIG[n % 10] if n % 10 else '')


def ordsuf(n):
    return 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')


def fmt_date(d, style, tm=None):
    y, m, dd = d.year, d.month, d.day
    hh, mi = tm if tm else (9, 30)
    roc = y - 1911
    s = style
    if s == 'iso':
        return f'{y}-{m:02d}-{dd:02d}'
    if s == 'isonp':
        return f'{y}-{m}-{dd}'
    if s == 'slash':
        return f'{y}/{m}/{dd}'
    if s == 'slashp':
        return f'{y}/{m:02d}/{dd:02d}'
    if s == 'dot':
        return f'{y}.{m:02d}.{dd:02d}'
    if s == 'dotnp':
        return f'{y}.{m}.{dd}'
    if s == 'cn':
        return f'{y}年{m}月{dd}日'
    if s == 'cnp':
        return f'{y}年{m:02d}月{dd:02d}日'
    if s == 'cnnum':
        return ''.join(CN_DIG[int(c)] for c in str(y)) + f'年{cn_num(m)}月{cn_num(dd)}日'
    if s == 'compact':
        return f'{y}{m:02d}{dd:02d}'
    if s == 'iso_t':
        return f'{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}'
    if s == 'iso_ts':
        return f'{y}-{m:02d}-{dd:02d} {hh:02d}:{mi:02d}:{(hh * 7 + mi) % 60:02d}'
    if s == 'slash_t':
        return f'{y}/{m}/{dd} {hh}:{mi:02d}'
    if s == 'slash_ampm':
        ap = '上午' if hh < 12 else '下午'
        h12 = hh if hh <= 12 else hh - 12
        return f'{y}/{m}/{dd} {ap}{h12}点' + (f'{mi}分' if mi else '')
    if s == 'cn_t':
        return f'{y}年{m}月{dd}日 {hh}:{mi:02d}'
    # traditional / ROC
    if s == 'roc':
        return f'{roc}年{m}月{dd}日'
    if s == 'rocmin':
        return f'民國{roc}年{m}月{dd}日'
    if s == 'rocslash':
        return f'{roc}/{m:02d}/{dd:02d}'
    if s == 'rocdot':
        return f'{roc}.{m}.{dd}'
    if s == 'roccn':
        return '中華民國' + ''.join(CN_DIG[int(c)] for c in str(roc)) + f'年{cn_num(m)}月{cn_num(dd)}日'
    if s == 'rocslash_t':
        return f'{roc}/{m:02d}/{dd:02d} {hh:02d}:{mi:02d}'
    if s == 'cn_tw_t':
        ap = '上午' if hh < 12 else '下午'
        h12 = hh if hh <= 12 else hh - 12
        return f'{y}年{m}月{dd}日 {ap}{h12}時{mi:02d}分'
    # English
    if s == 'dmy':
        return f'{dd} {MON[m - 1][:3]} {y}'
    if s == 'dmonthy':
        return f'{dd} {MON[m - 1]} {y}'
    if s == 'ddmony':
        return f'{dd:02d}-{MON[m - 1][:3]}-{y}'
    if s == 'mdy':
        return f'{MON[m - 1][:3]} {dd}, {y}'
    if s == 'monthdy':
        return f'{MON[m - 1]} {dd}, {y}'
    if s == 'ord':
        return f'{dd}{ordsuf(dd)} {MON[m - 1]} {y}'
    if s == 'monthord':
        return f'{MON[m - 1]} {dd}{ordsuf(dd)}, {y}'
    if s == 'weekday':
        return f'{WD_EN[d.weekday()]}, {dd} {MON[m - 1]} {y}'
    if s == 'upper':
        return f'{dd:02d} {MON[m - 1][:3].upper()} {y}'
    if s == 'uk':
        return f'{dd:02d}/{m:02d}/{y}'
    if s == 'uknp':
        return f'{dd}/{m}/{y}'
    if s == 'us':
        return f'{m:02d}/{dd:02d}/{y}'
    if s == 'us_t':
        ap = 'AM' if hh < 12 else 'PM'
        h12 = hh if hh <= 12 else hh - 12
        return f'{MON[m - 1][:3]} {dd}, {y} {h12}:{mi:02d} {ap}'
    if s == 'uk_t':
        return f'{dd:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}'
    if s == 'rfc':
        return f'{WD_EN[d.weekday()][:3]}, {dd} {MON[m - 1][:3]} {y} {hh:02d}:{mi:02d}:{(mi * 3 + 11) % 60:02d} +0800'
    raise ValueError(s)


ZH_STYLES = ['iso', 'iso', 'isonp', 'slash', 'slashp', 'dot', 'dotnp', 'cn', 'cn', 'cnp']
HANT_STYLES = ['roc', 'rocmin', 'rocslash', 'rocslash', 'rocdot', 'slashp', 'cn', 'roc']
EN_STYLES = ['dmy', 'dmonthy', 'ddmony', 'mdy', 'monthdy', 'iso', 'ord', 'upper']


# ---------------------------------------------------------------------------
# serials and models
# ---------------------------------------------------------------------------
FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def fullwidth(s):
    return ''.join(FW.get(ch, ch) for ch in s)


def serial_forms(canon, zh):
    pre, rest = canon.split('-')
    a, b = rest[:3], rest[3:]
    forms = [canon, canon, canon, canon.lower(), f'{pre} {a} {b}', pre + rest, f'{pre}/{rest}',
             f'{pre}.{a}.{b}', f'{pre}_{rest}', f'{pre}-{a}-{b}', f'{pre} - {rest}']
    if zh:
        forms += [fullwidth(canon), fullwidth(f'{pre} {a} {b}')]
    return forms


def model_forms(model, zh):
    a, b = model.split('-', 1)
    forms = [model, model, model, a + b, model.lower(), f'{a} {b}', f'{a}{b}'.lower()]
    if zh:
        forms.append(fullwidth(model))
    return forms


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def rng_for(*parts):
    return random.Random('tunegen/' + '/'.join(str(p) for p in parts))


def normkey(s):
    s = unicodedata.normalize('NFKC', s).lower()
    return ''.join(ch for ch in s if ch.isalnum())


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def rand_date(rng, lo, hi):
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


LAST_DAY = D(2025, 6, 30)


# ---------------------------------------------------------------------------
# customers: registered names and written forms
# ---------------------------------------------------------------------------
def zh_bases(c):
    """[(base form without department, needs city context)] in simplified script."""
    C = c['city']
    k = c['_inst']
    n = c['number']
    B = c['brand']
    I = INST[k]
    if k == 'rmyy' and n:
        cn = NUM_CN[n]
        return [(f'{C}市第{cn}人民医院', False), (f'{C}第{cn}人民医院', False), (f'{C}市{cn}院', False),
                (f'{C}{cn}院', False), (f'市{cn}院', True), (f'{cn}院', True), (f'市第{cn}人民医院', True)]
    if k == 'rmyy':
        return [(f'{C}市人民医院', False), (f'{C}人民医院', False), (f'{C}市人医', False), (f'市人民医院', True), (f'市人医', True)]
    if k == 'zyyy':
        return [(f'{C}市中医医院', False), (f'{C}中医医院', False), (f'{C}市中医院', False), (f'{C}中医院', False),
                (f'市中医院', True), (f'中医院', True), (f'市中医医院', True)]
    if k == 'fybjy':
        return [(f'{C}市妇幼保健院', False), (f'{C}妇幼保健院', False), (f'{C}妇幼', False), (f'{C}市妇幼', False),
                (f'市妇幼', True), (f'妇幼保健院', True)]
    if k == 'zxyy':
        return [(f'{C}市中心医院', False), (f'{C}中心医院', False), (f'市中心医院', True)]
    if k == 'zlyy':
        return [(f'{C}市肿瘤医院', False), (f'{C}肿瘤医院', False), (f'市肿瘤医院', True)]
    if k == 'srmyy':
        P = c['_province']
        return [(f'{P}省人民医院', False), (f'{P}省人医', False), ('省人民医院', True), ('省人医', True)]
    if k == 'cdc':
        return [(f'{C}市疾病预防控制中心', False), (f'{C}市疾控中心', False), (f'{C}疾控中心', False), (f'{C}疾控', False),
                ('市疾控中心', True), ('市疾控', True)]
    if k == 'ykdx':
        return [(f'{C}医科大学', False), (f'{C}医大', False)]
    if k == 'lgdx':
        return [(f'{C}理工大学', False), (f'{C}理工大', False), (f'{C}理工', False)]
    if k == 'tw_hosp':
        return [(f'{C}市立医院', False), (f'{C}市医', False), ('市立医院', True)]
    if k == 'tw_univ':
        return [(f'{C}科技大学', False), (f'{C}科大', False)]
    if k == 'tw_co':
        return [(f'{B}科技股份有限公司', False), (f'{B}科技', False), (f'{B}公司', False)]
    # mainland companies
    return [(f'{C}{B}{I["zh"]}', False), (f'{B}{I["zh"]}', False), (f'{C}{B}', False),
            (f'{B}{I["short"]}', False), (f'{B}公司', False), (f'{C}{B}{I["short"]}公司', False)]


def en_bases(c):
    C = c['city_pinyin']
    k = c['_inst']
    n = c['number']
    B = c['_brand_en']
    if k == 'rmyy' and n:
        return [(f"{C} No. {n} People's Hospital", False), (f"The {NUM_ORD[n]} People's Hospital of {C}", False),
                (f"{C} No.{n} People's Hosp.", False), (f"{C} {NUM_ORD[n]} People's Hospital", False),
                (f"{C} {NUM_ORDN[n]} People's Hospital", False),
                (f"No. {n} People's Hospital", True), (f"{NUM_ORD[n]} People's Hospital", True)]
    if k == 'rmyy':
        return [(f"{C} Municipal People's Hospital", False), (f"{C} People's Hospital", False),
                (f"People's Hospital of {C}", False), (f"Municipal People's Hospital", True)]
    if k == 'zyyy':
        return [(f'{C} Municipal Hospital of TCM', False), (f'{C} Hospital of Traditional Chinese Medicine', False),
                (f'{C} TCM Hospital', False), ('Municipal TCM Hospital', True), ('TCM Hospital', True)]
    if k == 'fybjy':
        return [(f'{C} Maternal & Child Health Care Hospital', False), (f'{C} Maternal and Child Health Hospital', False),
                (f'{C} MCH Hospital', False), ('MCH Hospital', True)]
    if k == 'zxyy':
        return [(f'{C} Central Hospital', False), (f'Central Hospital of {C}', False), ('Municipal Central Hospital', True)]
    if k == 'zlyy':
        return [(f'{C} Cancer Hospital', False), (f'{C} Tumour Hospital', False), ('Municipal Cancer Hospital', True)]
    if k == 'srmyy':
        P = c['_province_en']
        return [(f"{P} Provincial People's Hospital", False), (f"{P} Province People's Hospital", False),
                ("Provincial People's Hospital", True)]
    if k == 'cdc':
        return [(f'{C} Center for Disease Control and Prevention', False), (f'CDC {C}', False), (f'{C} CDC', False),
                (f'{C} Municipal CDC', False), ('Municipal CDC', True)]
    if k == 'ykdx':
        return [(f'{C} Medical University', False), (f'{C} Med. Univ.', False)]
    if k == 'lgdx':
        return [(f'{C} University of Technology', False), (f'{C} Univ. of Technology', False), (f'{C} Univ. of Tech.', False)]
    if k == 'tw_hosp':
        return [(f'{C} Municipal Hospital', False), (f'{C} City Hospital', False)]
    if k == 'tw_univ':
        return [(f'National {C} University of Science and Technology', False), (f'{C} Univ. of Sci. & Tech.', False)]
    if k == 'tw_co':
        return [(f'{B} Technology Corp.', False), (f'{B} Tech Co., Ltd.', False), (f'{B.upper()} TECH', False)]
    I = INST[k]
    return [(f'{C} {B} {I["en"]}', False), (f'{B} {I["short_en"]} ({C})', False), (f'{B.upper()} {I["short_en"].upper()}', False),
            (f'{B} {I["short_en"]} Co.', False)]


def all_forms(c):
    """Every written form this customer could get: [(form, script, ctx)]."""
    out = []
    dept = c['department']
    zb = zh_bases(c)
    eb = en_bases(c)
    zh_full = []
    for base, ctx in zb:
        if dept:
            zh_full += [(base + dept, ctx), (f'{base}（{dept}）', ctx), (f'{base}-{dept}', ctx), (f'{base} {dept}', ctx)]
        zh_full.append((base, ctx))  # department dropped (filtered if not unique)
    for f, ctx in zh_full:
        out.append((f, 'hans', ctx))
        out.append((s2t_chars(f), 'hant', ctx))
    en_full = []
    for base, ctx in eb:
        if dept:
            for dv in DEPT_EN[dept]:
                en_full += [(f'{base} – {dv}', ctx), (f'{base}, {dv}', ctx), (f'{base} ({dv})', ctx)]
                if dv.startswith('Dept.') or dv.startswith('School') or dv.startswith('College'):
                    en_full.append((f'{dv}, {base}', ctx))
        en_full.append((base, ctx))
    for f, ctx in en_full:
        out.append((f, 'en', ctx))
    out.append((f"{c['name']} / {c['english']}", 'bi_hans', False))
    out.append((f"{c['english']}（{c['name']}）", 'bi_hans', False))
    out.append((f"{c['traditional']} / {c['english']}", 'bi_hant', False))
    return out


def build_customers(seed, n_docs):
    wr = rng_for(seed, 'world')
    ncust = max(12, min(120, n_docs // 22))
    specs = []
    used = {}

    def base_key(s):
        return (s['city'], s['inst'], s['number'], s['brand'])

    def can_add(s):
        bk = base_key(s)
        have = used.get(bk)
        if have is None:
            return True
        if s['dept'] is None or None in have or s['dept'] in have:
            return False
        return True

    def add(city, inst, number=None, dept='?', brand=None):
        I = INST[inst]
        if dept == '?':
            dept = wr.choice(I['depts'])
        s = dict(city=city, inst=inst, number=number, dept=dept, brand=brand)
        if not can_add(s):
            return False
        used.setdefault(base_key(s), []).append(dept)
        specs.append(s)
        return True

    brands = list(BRANDS_CN)
    wr.shuffle(brands)
    cities = list(CN_CITIES)
    wr.shuffle(cities)
    capitals = [c for c in cities if CITY[c][4]]
    noncap = [c for c in cities if not CITY[c][4] and c != '重庆']
    # the confusable core of every world
    a = noncap[0]
    d1 = wr.choice(['检验科', '信息科', '放射科'])
    add(a, 'rmyy', 1, d1)
    add(a, 'rmyy', 2, d1)                                        # No.1 vs No.2 of one city
    b = cities[1] if cities[1] != a else cities[2]
    add(b, 'zyyy', None, '放射科')
    add(b, 'zyyy', None, '检验科')                                # two departments of one hospital
    cu = wr.choice(['重庆', capitals[0]])
    add(cu, 'ykdx', None, wr.choice(['分析测试中心', None]))
    add(cu, 'lgdx', None, wr.choice(['网络信息中心', None]))       # medical univ vs univ of technology
    fd = wr.choice(['检验科', '设备科'])
    add(noncap[1], 'fybjy', None, fd)
    add(capitals[1], 'fybjy', None, fd)                          # same kind in two cities
    cc = capitals[2]
    br = brands.pop()[0]
    add(cc, 'jcgs', None, None, br)
    add(cc, 'rmyy', None, '检验科')                               # company vs hospital in one city
    add(capitals[3], 'srmyy', None, wr.choice(['检验科', '中心实验室']))
    add(wr.choice(TW_CITIES), 'tw_co', None, None, BRANDS_TW[0][0])
    add(wr.choice(TW_CITIES), 'tw_hosp', None, '检验科')
    # fill
    kinds = ['rmyy'] * 6 + ['zyyy'] * 3 + ['fybjy'] * 2 + ['zxyy'] * 2 + ['zlyy', 'cdc', 'cdc', 'ykdx', 'lgdx',
                                                                         'jcgs', 'sjgs', 'nygs', 'swgs', 'srmyy',
                                                                         'tw_hosp', 'tw_univ', 'tw_co']
    tries = 0
    tw_brand_i = 1
    while len(specs) < ncust and tries < 20000:
        tries += 1
        k = wr.choice(kinds)
        if k.startswith('tw_'):
            city = wr.choice(TW_CITIES)
        elif k == 'srmyy':
            city = wr.choice(capitals)
        else:
            city = wr.choice(CN_CITIES)
        number = None
        if k == 'rmyy' and wr.random() < 0.6:
            number = wr.choice([1, 1, 2, 2, 3])
        brand = None
        if INST[k]['cat'] == 'company':
            if k == 'tw_co':
                if tw_brand_i >= len(BRANDS_TW):
                    continue
                brand = BRANDS_TW[tw_brand_i][0]
                tw_brand_i += 1
            else:
                if not brands:
                    continue
                brand = brands.pop()[0]
        if k == 'srmyy' and any(s['inst'] == 'srmyy' and CITY[s['city']][2] == CITY[city][2] for s in specs
                                if not (s['city'] == city)):
            continue
        add(city, k, number, '?', brand)
    customers = []
    for i, s in enumerate(specs):
        cid = f'C{i + 1:03d}'
        city = CITY[s['city']]
        k = s['inst']
        I = INST[k]
        cr = rng_for(seed, 'customer', cid)
        c = dict(id=cid, _inst=k, city=s['city'], city_pinyin=city[1], number=s['number'], department=s['dept'],
                 brand=s['brand'], _province=city[2], _province_en=city[3], _region=city[5], _cat=I['cat'])
        c['_brand_en'] = None
        if s['brand']:
            c['_brand_en'] = dict(BRANDS_CN + BRANDS_TW)[s['brand']]
        base = zh_bases(c)[0][0]
        c['institution'] = I['zh']
        c['name'] = base + (s['dept'] or '')
        c['traditional'] = s2t_chars(c['name'])
        eb = en_bases(c)[0][0]
        c['english'] = eb + (', ' + DEPT_EN[s['dept']][0] if s['dept'] else '')
        # address
        no = cr.randrange(8, 699)
        if city[5] == 'tw':
            dz, de = cr.choice(TW_DISTRICTS)
            rz, re_ = cr.choice(TW_ROADS)
            c['address'] = f'{s["city"]}市{dz}{rz}{no}号'
            c['_address_en'] = f'No. {no}, {re_}, {de}, {city[1]} City, Taiwan'
        else:
            dz, de = cr.choice(DISTRICTS)
            rz, re_ = cr.choice(ROADS)
            c['address'] = f'{s["city"]}市{dz}{rz}{no}号'
            c['_address_en'] = f'No. {no} {re_}, {de}, {city[1]}, China'
        c['_phone'] = f'0{cr.randrange(10, 99)}{cr.randrange(1, 9)}-{cr.randrange(1000, 9999)}{cr.randrange(1000, 9999)}'
        c['_contact'] = cr.choice(CONTACT_SURNAMES) + cr.choice(CONTACT_TITLES)
        c['_contact_en'] = cr.choice(CONTACT_EN)
        fams = DEPT_FAMILIES.get(s['dept']) or INST_FAMILIES.get(k) or ['centrifuge', 'ups']
        c['_families'] = fams
        customers.append(c)
    # written forms, filtered for ambiguity
    entries = {}
    allf = {}
    for c in customers:
        fl = all_forms(c)
        allf[c['id']] = fl
        for f, script, ctx in fl:
            key = normkey(f)
            lst = entries.setdefault(key, [])
            if not any(e[0] == c['id'] and e[2] == ctx for e in lst):
                lst.append((c['id'], c['city'], ctx))
    for c in customers:
        keep = []
        seen = set()
        for f, script, ctx in allf[c['id']]:
            ok = True
            for oid, ocity, octx in entries[normkey(f)]:
                if oid == c['id']:
                    continue
                if ctx and octx and ocity != c['city']:
                    continue
                ok = False
                break
            if ok and (f, script) not in seen:
                seen.add((f, script))
                keep.append((f, script, ctx))
        c['_forms'] = keep
    return customers


def build_units(seed, customers):
    units = []
    used = set()
    for c in customers:
        ur = rng_for(seed, 'units', c['id'])
        n = ur.randrange(2, 7)
        for j in range(n):
            fam = ur.choice(c['_families'])
            model, pre = ur.choice(FAMILIES[fam][3])
            while True:
                yy = ur.randrange(15, 24)
                ser = f'{pre}-{yy:02d}{ur.choice("ABCDEFGHJKLMNPRSTUVWXY")}{ur.randrange(100, 9999):04d}'
                if normkey(ser) not in used:
                    used.add(normkey(ser))
                    break
            inst = rand_date(ur, D(2000 + yy, 3, 1), min(D(2000 + yy + 1, 12, 31), D(2023, 12, 31)))
            purch = inst - dt.timedelta(days=ur.randrange(7, 95))
            wy = ur.choice([1, 2, 2, 3, 3, 5])
            warr = add_years(inst, wy) - dt.timedelta(days=1)
            units.append(dict(serial=ser, model=model, owner=c['id'], install_date=inst.isoformat(),
                              purchase_date=purch.isoformat(), warranty_until=warr.isoformat(), family=fam,
                              _install=inst, _purchase=purch, _warranty=warr))
    return units


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------
LBL = {
    'cust_hans': ['客户单位名称', '单位全称', '客户名称', '所属单位', '用户单位', '报修单位', '甲方', '客户', '使用单位'],
    'cust_hant': ['客戶名稱', '客戶', '單位名稱', '使用單位', '報修單位', '機構名稱'],
    'cust_en': ['Customer Name', 'Site Name', 'Organization', 'Account name', 'Customer', 'Site', 'Institution'],
    'fault_hans': ['故障描述', '问题描述', '异常情况', '报修内容', '故障现象', '现象'],
    'fault_hant': ['故障描述', '故障情形', '問題描述', '異常狀況', '叫修內容'],
    'fault_en': ['Fault description', 'Reported issue', 'Problem', 'Symptom', 'Fault reported', 'Customer concern'],
    'cause_hans': ['故障原因', '原因分析', '根本原因', '检查结果', '原因'],
    'cause_hant': ['故障原因', '原因分析', '檢修結果', '肇因'],
    'cause_en': ['Root cause', 'Diagnosis', 'Cause', 'Findings'],
    'action_hans': ['维修内容', '处理结果', '解决方案', '维修措施', '处理方法', '处理措施'],
    'action_hant': ['處理說明', '維修內容', '處置方式', '排除方法'],
    'action_en': ['Corrective action', 'Work done', 'Remedy', 'Repair performed', 'Action taken'],
    'eng_hans': ['维修人员', '服务工程师', '处理人', '现场工程师', '工程师', '维修工程师'],
    'eng_hant': ['維修人員', '服務工程師', '處理人員', '工程師'],
    'eng_en': ['Engineer', 'Serviced by', 'Attended by', 'Technician', 'Field engineer'],
    'date_hans': ['报修时间', '维修日期', '到场时间', '服务时间', '服务日期', '受理日期', '日期'],
    'date_hant': ['叫修日期', '維修日期', '服務日期', '到場時間', '日期'],
    'date_en': ['Date of visit', 'Service date', 'Attended on', 'Visit date', 'Date'],
    'install_hans': ['验收日期', '启用日期', '装机时间', '安装日期', '装机日期'],
    'install_hant': ['裝機日期', '驗收日期', '啟用日期'],
    'install_en': ['Installed on', 'Commissioned', 'Installation date'],
    'purchase_hans': ['采购日期', '购置日期', '购买日期'],
    'purchase_hant': ['購買日期', '購置日期'],
    'purchase_en': ['Purchased', 'Purchase date', 'Date of purchase'],
    'warranty_hans': ['保修截止', '保修期至', '保修到期', '质保期至'],
    'warranty_hant': ['保固到期', '保固期限至', '保固截止'],
    'warranty_en': ['Warranty expiry', 'Warranty until', 'Warranty ends'],
    'follow_hans': ['回访日期', '计划回访', '回访时间'],
    'follow_hant': ['回訪日期', '預定回訪'],
    'follow_en': ['Follow-up due', 'Follow-up on', 'Call-back date'],
    'printed_hans': ['打印时间', '打印日期', '导出时间'],
    'printed_hant': ['列印時間', '列印日期'],
    'printed_en': ['Printed on', 'Generated', 'Exported'],
    'serial_hans': ['机身号', '设备编号', '出厂编号', '序列号', 'SN', 'S/N', '出厂序列号', '仪器编号'],
    'serial_hant': ['序列號', '機身序號', '機號', '產品序號', 'S/N'],
    'serial_en': ['Serial #', 'S.N.', 'Equipment ID', 'Serial No.', 'Serial Number', 'SN'],
    'model_hans': ['型号', '规格型号', '设备型号', '机型'],
    'model_hant': ['型號', '機型', '規格型號'],
    'model_en': ['Model', 'Model No.', 'Product'],
    'device_hans': ['设备名称', '仪器名称', '产品名称'],
    'device_hant': ['設備名稱', '儀器名稱'],
    'device_en': ['Equipment', 'Instrument', 'Unit'],
    'addr_hans': ['地址', '单位地址', '详细地址', '装机地址'],
    'addr_hant': ['地址', '裝機地址', '聯絡地址'],
    'addr_en': ['Address', 'Site address', 'Location'],
}

DEALERS_ZH = ['瑞康医疗设备服务有限公司', '恒安仪器技术服务有限公司', '安捷达科技服务有限公司', '众诚系统集成有限公司']
DEALERS_TW = ['瑞康醫療儀器股份有限公司', '永信科技服務有限公司', '群立系統股份有限公司']
EN_UK = ('Brightline Scientific Ltd', 'Unit 4, Riverside Park, Cambridge CB4 0WS, United Kingdom')
EN_US = ('Apex Lab Systems Inc.', '1200 Commerce Dr, Suite 300, Raleigh, NC 27606, USA')
EN_SG = ('Solaris Instruments (S) Pte Ltd', '21 Science Park Rd, Singapore 117628')


class Doc:
    def __init__(self, g, i, kind, tpl, lang, cust, unit):
        self.g = g
        self.i = i
        self.r = rng_for(g.seed, 'doc', i)
        self.kind = kind
        self.tpl = tpl
        self.lang = lang
        self.script = {'zh-Hans': 'hans', 'zh-Hant': 'hant', 'en': 'en'}[lang]
        self.c = cust
        self.u = unit
        self.us = False
        self.other = []
        self.visits = []
        self.t = dict(customer=None, customer_as_written=None, serial=None, serial_as_written=None,
                      model=None, model_as_written=None, visit_date=None, visit_date_as_written=None,
                      fault=None, cause=None, action=None, engineer=None, engineer_id=None, number=None)
        self.serials = []
        self.serials_w = []
        if cust is not None:
            self.t['customer'] = cust['id']
        if unit is not None:
            self.t['serial'] = unit['serial']
            self.t['model'] = unit['model']

    # -- text helpers
    def T(self, s):
        return s2t(s) if self.script == 'hant' else s

    def L(self, field, script=None):
        sc = script or self.script
        return self.r.choice(LBL[f'{field}_{sc}'])

    def ch(self, seq):
        return self.r.choice(seq)

    def en(self, s):
        if self.us and s:
            for a, b in US_SPELL:
                s = s.replace(a, b)
        return s

    # -- customer / unit
    def cname(self, ctx=False, scripts=None, registered=False, record=True):
        c = self.c
        if registered:
            f = {'hans': c['name'], 'hant': c['traditional'], 'en': c['english']}[scripts or self.script]
        else:
            if scripts is None:
                scripts = {'hans': ['hans'] * 10 + ['en', 'bi_hans'], 'hant': ['hant'] * 8 + ['en', 'bi_hant'],
                           'en': ['en']}[self.script]
            sc = self.r.choice(scripts)
            pool = [f for f in c['_forms'] if f[1] == sc and (ctx or not f[2])]
            if not pool:
                pool = [f for f in c['_forms'] if f[1] in ('hans', 'hant', 'en')[('hans', 'hant', 'en').index(self.script)]
                        and not f[2]]
            f = self.r.choice(pool)[0]
        if record and self.t['customer_as_written'] is None:
            self.t['customer_as_written'] = f
        return f

    def addr(self):
        return self.c['_address_en'] if self.script == 'en' else self.T(self.c['address'])

    def sn(self, unit=None, record=True):
        u = unit or self.u
        f = self.r.choice(serial_forms(u['serial'], self.script != 'en'))
        if record and unit is None and self.t['serial_as_written'] is None:
            self.t['serial_as_written'] = f
        return f

    def mdl(self, unit=None, record=True):
        u = unit or self.u
        f = self.r.choice(model_forms(u['model'], self.script != 'en'))
        if record and unit is None and self.t['model_as_written'] is None:
            self.t['model_as_written'] = f
        return f

    def famname(self, unit=None):
        fam = FAMILIES[(unit or self.u)['family']]
        return fam[1] if self.script == 'en' else self.T(fam[0])

    def eng(self, eid, script=None):
        return self.r.choice(eng_forms(eid, script or self.script))

    # -- dates
    def style(self):
        return self.r.choice({'hans': ZH_STYLES, 'hant': HANT_STYLES, 'en': EN_STYLES}[self.script])

    def dt(self, d, role=None, style=None, tm=None):
        s = fmt_date(d, style or self.style(), tm)
        if role:
            self.other.append(dict(role=role, date=d.isoformat(), as_written=s))
        return s

    def tm(self):
        return (self.r.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16]), self.r.choice([0, 0, 5, 10, 15, 20, 30, 40, 45, 50]))

    def equip_dates(self, which=('install', 'warranty'), style=None):
        """[(label, written)] for the unit's install/purchase/warranty dates, recorded."""
        out = []
        u = self.u
        for w in which:
            dte = {'install': u['_install'], 'purchase': u['_purchase'], 'warranty': u['_warranty']}[w]
            role = {'install': 'install', 'purchase': 'purchase', 'warranty': 'warranty_until'}[w]
            out.append((self.L(w), self.dt(dte, role, style)))
        return out

    # -- visits
    def make_visit(self, date, eid=None, pm=False, number=None, plain=False):
        r = self.r
        fam = self.u['family']
        grp = FAMILIES[fam][2]
        e = r.choice(FAULTS[fam]) if r.random() < 0.8 else r.choice(GENERIC_FAULTS[grp])
        fz, cz, az, fe, ce, ae = e
        if plain:
            fw, cw, aw = ['{}'], ['{}'], ['{}']
        elif self.script == 'en':
            fw, cw, aw = EN_FAULT_WRAP, EN_CAUSE_WRAP, EN_ACTION_WRAP
        else:
            fw, cw, aw = ZH_FAULT_WRAP, ZH_CAUSE_WRAP, ZH_ACTION_WRAP
            if self.c is None or self.c['_cat'] != 'hospital':
                fw = [x.replace('科室', '客户') for x in fw]
        if self.script == 'en':
            f = r.choice(fw).format(r.choice(fe.split('|')))
            c = r.choice(cw).format(ce)
            a = r.choice(aw).format(ae)
            f, c, a = self.en(f), self.en(c), self.en(a)
        else:
            f = r.choice(fw).format(r.choice(fz.split('|')))
            c = r.choice(cw).format(cz)
            a = r.choice(aw).format(az)
            f, c, a = self.T(f), self.T(c), self.T(a)
        if r.random() < 0.22:
            c = None
        if pm:
            if r.random() < 0.4:
                f, c = None, None
                a = r.choice(PM_ACTIONS['en' if self.script == 'en' else 'zh'])
                a = self.en(a) if self.script == 'en' else self.T(a)
        if eid is None:
            eid = self.pick_eid()
        return dict(date=date, date_as_written=None, fault=f, cause=c, action=a, engineer=None,
                    engineer_id=eid, number=number)

    def pick_eid(self):
        r = self.r
        if self.script == 'hant':
            return 'E13' if r.random() < 0.5 else r.choice(ENGINEERS[:12])[0]
        if self.script == 'en':
            return r.choice(ENGINEERS)[0]
        return r.choice(ENGINEERS[:12])[0] if r.random() < 0.95 else r.choice(['E13', 'E14', 'E15'])

    def visit_date(self, lo_days=10):
        lo = max(self.u['_install'] + dt.timedelta(days=lo_days), D(2019, 1, 1))
        return rand_date(self.r, lo, LAST_DAY)

    def number(self, kind, year=None):
        r = self.r
        y = (year or r.randrange(2019, 2026)) % 100
        n = r.randrange(1, 9999)
        return {
            'SQ': f'SQ-20{y}-{n:04d}', 'PG': f'PG{y}{r.randrange(1, 13):02d}-{n:04d}', 'FC': f'FC{y}-{n:05d}',
            'IT': f'INC{r.randrange(100000, 999999)}', 'WX': f'WX-{r.randrange(100, 999)}-{n:04d}',
            'TW': f'{r.choice("ABKR")}{r.randrange(10000000, 99999999)}', 'RMA': f'RMA-{y}{n:05d}',
            'CALL': f'C{r.randrange(10, 99)}-{n:05d}', 'SR': f'SR/{y}/{n:04d}', 'FW': f'SV{r.randrange(1000, 9999)}-{y}',
            'PM': f'PM-{r.randrange(100, 999)}/{n:03d}', 'QR': f'Q{y}{n:04d}', '8D': f'8D-20{y}-{n:03d}',
            'INC': f'IR-{n:05d}', 'BT': f'BT{y}-{n:04d}',
        }[kind]


def final_visit(d, v):
    """Copy a visit into the truth's top-level fields."""
    d.t['visit_date'] = v['date'].isoformat()
    d.t['visit_date_as_written'] = v['date_as_written']
    for k in ('fault', 'cause', 'action', 'engineer', 'engineer_id', 'number'):
        d.t[k] = v[k]


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------
def md_table(rows, header=None):
    w = max(len(x) for x in rows + ([header] if header else []))
    rows = [list(x) + [''] * (w - len(x)) for x in rows]
    if header is None:
        header, rows = rows[0], rows[1:]
    else:
        header = list(header) + [''] * (w - len(header))
    out = ['| ' + ' | '.join(header) + ' |', '|' + '|'.join(['---'] * w) + '|']
    for x in rows:
        out.append('| ' + ' | '.join(x) + ' |')
    return '\n'.join(out)


def blocks_md(blocks):
    out = []
    for b in blocks:
        if b[0] == 'h':
            out.append('#' * b[2] + ' ' + b[1])
        elif b[0] == 'p':
            out.append(b[1])
        elif b[0] == 't':
            out.append(md_table(b[1], b[2] if len(b) > 2 else None))
    return '\n\n'.join(out) + '\n'


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def _runs(text, r, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    parts = [text]
    if len(text) > 6 and r.random() < 0.25:  # Word splits runs at odd places
        k = r.randrange(1, len(text))
        parts = [text[:k], text[k:]]
    return ''.join(f'<w:r>{rpr}<w:t xml:space="preserve">{xml_escape(p)}</w:t></w:r>' for p in parts)


def _para(text, r, bold=False, size=None):
    ppr = ''
    if size:
        ppr = f'<w:pPr><w:jc w:val="center"/></w:pPr>'
    out = []
    for line in text.split('\n'):
        if size:
            out.append(f'<w:p>{ppr}<w:r><w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr>'
                       f'<w:t xml:space="preserve">{xml_escape(line)}</w:t></w:r></w:p>')
        else:
            out.append(f'<w:p>{_runs(line, r, bold)}</w:p>')
    return ''.join(out)


def blocks_docx(blocks, r):
    body = []
    for b in blocks:
        if b[0] == 'h':
            body.append(_para(b[1], r, True, 32 if b[2] == 1 else 26))
        elif b[0] == 'p':
            body.append(_para(b[1], r))
        elif b[0] == 't':
            rows = ([b[2]] if len(b) > 2 and b[2] else []) + b[1]
            w = max(len(x) for x in rows)
            cw = 9000 // w
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                 '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                 '</w:tblPr><w:tblGrid>' + f'<w:gridCol w:w="{cw}"/>' * w + '</w:tblGrid>']
            for x in rows:
                x = list(x) + [''] * (w - len(x))
                t.append('<w:tr>' + ''.join(
                    f'<w:tc><w:tcPr><w:tcW w:w="{cw}" w:type="dxa"/></w:tcPr>{_para(cell, r)}</w:tc>' for cell in x)
                         + '</w:tr>')
            t.append('</w:tbl>')
            body.append(''.join(t))
            body.append('<w:p/>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W_NS}" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>' + ''.join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
           'w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in (('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8'))
    data = buf.getvalue()
    # validate: re-open and parse
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        ET.fromstring(z.read('word/document.xml'))
        ET.fromstring(z.read('[Content_Types].xml'))
        ET.fromstring(z.read('_rels/.rels'))
    return data


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    out = []
    for p in root.iter(f'{{{W_NS}}}p'):
        out.append(''.join(t.text or '' for t in p.iter(f'{{{W_NS}}}t')))
    return '\n'.join(out)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    for x in rows:
        w.writerow(x)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# templates — repair
# ---------------------------------------------------------------------------
def out_blocks(d, blocks, docx_p):
    if d.r.random() < docx_p:
        return 'docx', blocks
    return 'md', blocks_md(blocks)


def yfolder(d, date):
    return str(date.year)


def t01(d):
    """设备维修申请单 — hospital equipment department form with approval chain, 4-column table."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, number=d.number('SQ', vd.year))
    ctx = r.random() < 0.5
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'])
    v['date_as_written'] = d.dt(v['date'], tm=d.tm(), style=r.choice(['iso_t', 'slash_ampm', 'cn', 'iso', 'cn_t', 'slashp']))
    head = [[r.choice(['申请科室', '使用科室', '报修科室', '申请单位']), cust, r.choice(['申请日期', '报修时间', '申请时间']), v['date_as_written']]]
    num = [r.choice(['申请单号', '编号', '单据号']), v['number'], '紧急程度', r.choice(['一般', '紧急', '特急'])]
    equip = [[d.L('device'), d.famname(), d.L('model'), d.mdl()],
             [d.L('serial'), d.sn(), '资产编号', f'ZC{r.randrange(10, 99)}-{r.randrange(10000, 99999)}']]
    if r.random() < 0.6:
        ed = d.equip_dates(r.choice([('install', 'warranty'), ('purchase', 'warranty'), ('install',)]))
        row = []
        for a, b in ed:
            row += [a, b]
        equip.append(row)
    fault = [[d.L('fault'), v['fault'] or '无', '', '']]
    appl = [['申请人', d.c['_contact'], '联系电话', d.c['_phone']],
            ['科主任意见', r.choice(['同意维修', '同意，请尽快处理', '情况属实，同意']) + f'（签字：{r.choice(CONTACT_SURNAMES)}某）',
             '设备科意见', r.choice(['同意，联系厂家上门', '同意，报分管院长审批', '已联系厂家工程师'])],
            ['分管院长', r.choice(['同意', '同意维修', '（未签）']), '审批', r.choice(['已批', '已批准'])]]
    rep = []
    if v['cause']:
        rep.append([d.L('cause'), v['cause'], '', ''])
    rep.append([d.L('action'), v['action'], d.L('eng'), v['engineer']])
    rep.append(['验收意见', r.choice(['设备恢复正常，同意验收', '已修复，使用正常', '正常']), '验收人', d.c['_contact']])
    rows = [num]
    if r.random() < 0.5:
        rows += equip + head
    else:
        rows += head + equip
    if ctx:
        rows.append([d.L('addr'), d.addr(), '', ''])
    rows += fault + appl + [['**维修记录**', '', '', '']] + rep
    title = r.choice(['医疗设备维修申请单', '设备维修申请单', '仪器设备报修申请单'])
    blocks = [('h', title, 1), ('t', rows, r.choice([None, ['项目', '内容', '项目', '内容']]))]
    if r.random() < 0.4:
        blocks.append(('p', r.choice(['注：本单一式三联，设备科、使用科室、维修方各执一联。', '说明：紧急维修可先电话报修，事后补单。'])))
    d.visits.append(v)
    final_visit(d, v)
    ext, content = out_blocks(d, blocks, 0.5)
    return r.choice(['设备科/维修申请', '维修申请单', '设备维修/申请单']) + '/' + yfolder(d, v['date']), f'维修申请_{v["number"]}', ext, content


def colon(r):
    return r.choice(['：', '：', ':', ' : ', '：  ', ': '])


def t02(d):
    """售后服务派工单 from a dealer — numbered sections, label：value with mixed colons."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, number=d.number('PG', vd.year))
    ctx = r.random() < 0.7
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'])
    t0 = d.tm()
    v['date_as_written'] = d.dt(v['date'], tm=t0, style=r.choice(['iso_t', 'slash_ampm', 'slash_t', 'cn_t', 'iso']))
    L = []
    L.append(r.choice(DEALERS_ZH))
    L.append(r.choice(['售后服务派工单', '售 后 服 务 派 工 单', '技术服务派工单']))
    L.append(f'派工单号{colon(r)}{v["number"]}')
    L.append('')
    sec1 = ['一、客户信息', f'  {d.L("cust")}{colon(r)}{cust}']
    if ctx:
        sec1.append(f'  {r.choice(["地　　址", "地址", "详细地址"])}{colon(r)}{d.addr()}')
    sec1.append(f'  {r.choice(["联 系 人", "联系人", "报修人"])}{colon(r)}{d.c["_contact"]}    电话{colon(r)}{d.c["_phone"]}')
    sec2 = ['二、设备信息', f'  {d.L("device")}{colon(r)}{d.famname()}', f'  {d.L("model")}{colon(r)}{d.mdl()}',
            f'  {d.L("serial")}{colon(r)}{d.sn()}']
    if r.random() < 0.7:
        for a, b in d.equip_dates(r.choice([('install',), ('install', 'warranty'), ('purchase',), ('warranty',)])):
            sec2.append(f'  {a}{colon(r)}{b}')
        sec2.append(f'  保修状态{colon(r)}' + ('保内' if v['date'] <= d.u['_warranty'] else '保外'))
    sec3 = ['三、服务内容']
    dl = r.choice(['报修时间', '到场时间', '派工时间', '服务时间'])
    sec3.append(f'  {dl}{colon(r)}{v["date_as_written"]}')
    if r.random() < 0.5:
        t1 = (min(t0[0] + r.randrange(1, 4), 19), r.choice([0, 15, 30, 45]))
        sec3.append(f'  到场{colon(r)}{t0[0]:02d}:{t0[1]:02d}    离场{colon(r)}{t1[0]:02d}:{t1[1]:02d}')
    if v['fault']:
        sec3.append(f'  {d.L("fault")}{colon(r)}{v["fault"]}')
    if v['cause']:
        sec3.append(f'  {d.L("cause")}{colon(r)}{v["cause"]}')
    sec3.append(f'  {d.L("action")}{colon(r)}{v["action"]}')
    sec3.append(f'  更换配件{colon(r)}' + r.choice(['无', '见附页', '已更换，旧件回收']))
    sec3.append(f'  {d.L("eng")}{colon(r)}{v["engineer"]}')
    sec4 = ['四、客户评价', '  □非常满意  ■满意  □一般  □不满意' if r.random() < 0.7 else '  ■非常满意  □满意  □一般  □不满意',
            f'  客户签字{colon(r)}__________']
    secs = [sec1, sec2, sec3] if r.random() < 0.55 else [sec1, sec3, sec2]
    if secs[1] is sec3:
        sec3[0], sec2[0] = '二、服务内容', '三、设备信息'
    for s in secs + [sec4]:
        L += s + ['']
    if r.random() < 0.4:
        pd = v['date'] + dt.timedelta(days=r.randrange(0, 4))
        L.append(f'打印时间{colon(r)}{d.dt(pd, "report_printed" if pd != v["date"] else None, "iso_t", d.tm())}')
    d.visits.append(v)
    final_visit(d, v)
    return r.choice(['派工单', '售后派工单', 'dispatch']) + '/' + f'{v["date"].year}-{v["date"].month:02d}', v['number'], 'txt', '\n'.join(L) + '\n'


def t03(d):
    """返厂维修登记 — header row of labels + one data row."""
    r = d.r
    vd = d.visit_date(30)
    v = d.make_visit(vd, number=d.number('FC', vd.year))
    cust = d.cname(ctx=False)
    v['engineer'] = d.eng(v['engineer_id'])
    v['date_as_written'] = d.dt(v['date'], style=r.choice(['iso', 'slashp', 'dot', 'cn', 'isonp']))
    cols = [(r.choice(['登记日期', '收货日期', '返厂日期']), v['date_as_written']),
            (r.choice(['返厂编号', '登记号', 'RMA号']), v['number']),
            (r.choice(['送修单位', '所属单位', '客户']), cust),
            (d.L('model'), d.mdl()), (d.L('serial'), d.sn())]
    if r.random() < 0.5:
        a, b = d.equip_dates(('warranty',))[0]
        cols.append((a, b))
    cols.append((r.choice(['故障现象', '客户描述', '送修原因']), v['fault'] or '—'))
    if v['cause']:
        cols.append((r.choice(['检测结果', '原因分析']), v['cause']))
    cols.append((r.choice(['维修措施', '维修内容']), v['action']))
    cols.append((r.choice(['维修员', '维修人员', '检修人']), v['engineer']))
    cols.append(('状态', r.choice(['已寄回', '待寄回', '已修复'])))
    if len(cols) > 5 and cols[5][0] in LBL['warranty_hans'] and r.random() < 0.5:  # warranty column first
        cols = [cols[5]] + cols[:5] + cols[6:]
    txt = '## 返厂维修登记表\n\n' + md_table([[b for _, b in cols]], [a for a, _ in cols]) + '\n'
    if r.random() < 0.5:
        txt += '\n' + r.choice(['备注：返厂周期约7个工作日。', '备注：客户自付运费。', '寄回快递单号：SF' + str(r.randrange(10 ** 11, 10 ** 12))]) + '\n'
    d.visits.append(v)
    final_visit(d, v)
    return '返厂维修/' + yfolder(d, v['date']), f'返厂_{v["number"]}', 'md', txt


def t04(d):
    """IT 运维工单 — key = value or [label] value lines."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, number=d.number('IT', vd.year))
    ctx = r.random() < 0.4
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'])
    t0 = d.tm()
    v['date_as_written'] = d.dt(v['date'], tm=t0, style=r.choice(['iso_ts', 'iso_t', 'slash_t']))
    style = r.choice(['kv', 'br', 'kv2'])

    def line(k, val):
        if style == 'kv':
            return f'{k} = {val}'
        if style == 'kv2':
            return f'{k:<6}= {val}'
        return f'[{k}] {val}'
    L = ['# 运维工单' if style != 'br' else '【IT运维服务工单】', '']
    L.append(line(r.choice(['工单编号', '工单号', '事件编号']), v['number']))
    L.append(line(r.choice(['所属单位', '客户', '服务对象']), cust))
    if ctx:
        L.append(line('机房位置', d.addr() + r.choice(['3楼机房', '负一楼机房', '信息中心机房'])))
    L.append(line('设备类型', d.famname()))
    L.append(line(d.L('model'), d.mdl()))
    L.append(line(r.choice(['序列号', 'SN', '设备序列号']), d.sn()))
    if r.random() < 0.3:
        a, b = d.equip_dates(('warranty',))[0]
        L.append(line('维保到期', b))
    L.append(line(r.choice(['受理时间', '报障时间', '创建时间']), v['date_as_written']))
    L.append(line('优先级', r.choice(['P1', 'P2', 'P3'])))
    if v['fault']:
        L.append(line(r.choice(['告警内容', '故障描述', '异常情况']), v['fault']))
    if v['cause']:
        L.append(line(r.choice(['根本原因', '原因分析', '故障原因']), v['cause']))
    L.append(line(r.choice(['处理过程', '解决方案', '处理结果']), v['action']))
    L.append(line(r.choice(['处理人', '运维工程师', '现场工程师']), v['engineer']))
    if r.random() < 0.6:
        t1 = (min(t0[0] + r.randrange(1, 5), 22), r.randrange(0, 60))
        L.append(line('完成时间', fmt_date(v['date'], 'iso_t', t1)))
    L.append(line('状态', r.choice(['已关闭', '已解决', '已关闭（客户确认）'])))
    d.visits.append(v)
    final_visit(d, v)
    return 'IT运维/工单/' + yfolder(d, v['date']), v['number'], 'txt', '\n'.join(L) + '\n'


def t05(d):
    """WeChat-style chat transcript notes."""
    r = d.r
    v = d.make_visit(d.visit_date(), plain=True, eid=d.r.choice(ENGINEERS[:12])[0])
    cust = d.cname(ctx=False)
    eid = v['engineer_id']
    zh = ENG[eid][1]
    v['engineer'] = r.choice([zh, zh[0] + '工', zh[0] + '工', zh + '（售后）'])
    day = v['date']
    stl = r.choice(['iso_t', 'slash_t'])
    h = r.randrange(8, 10)
    tms = sorted(set([(h, r.randrange(0, 30)), (h, r.randrange(30, 59)), (h + 1, r.randrange(0, 59)),
                      (h + 2, r.randrange(0, 30)), (h + 2, r.randrange(31, 59)), (h + 3, r.randrange(0, 30))]))
    while len(tms) < 6:
        tms.append((tms[-1][0], min(tms[-1][1] + 1, 59)))
    ts = [fmt_date(day, stl, t) for t in tms]
    who = d.c['_contact']
    kf = r.choice(['客服小刘', '客服-周周', '售后客服'])
    L = [f'群聊：{cust}-售后服务群' if r.random() < 0.6 else f'聊天记录（{cust}）', '']
    if r.random() < 0.5:
        L.append(f'—— {fmt_date(day, "cn")} ——')
    fault = v['fault'] or '需要做一次保养'
    L.append(f'[{ts[0]}] {who}: 你好，我们这台{d.famname()}（{d.mdl()}）{fault}，麻烦尽快安排人来看一下')
    L.append(f'[{ts[1]}] {kf}: 收到，已安排{v["engineer"]}跟进，请保持电话畅通')
    L.append(f'[{ts[2]}] {v["engineer"]}: 已到现场，机身号{d.sn()}')
    v['date_as_written'] = ts[2]
    if v['cause']:
        L.append(f'[{ts[3]}] {v["engineer"]}: 检查发现{v["cause"]}')
    L.append(f'[{ts[4]}] {v["engineer"]}: {v["action"]}')
    L.append(f'[{ts[5]}] {who}: 好的，辛苦了' + r.choice(['', '[强]', '，谢谢']))
    if r.random() < 0.5:
        L += ['', f'整理人：{kf}    备注：已补录服务单']
    d.visits.append(v)
    final_visit(d, v)
    return r.choice(['聊天记录', '微信群记录']) + '/' + yfolder(d, day), f'chat_{day.strftime("%m%d")}_{d.i:04d}', 'txt', '\n'.join(L) + '\n'


def t06(d):
    """維修服務單 (Taiwan wording) — 4-column table, ROC dates."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, number=d.number('TW', vd.year))
    ctx = r.random() < 0.5
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'])
    st = r.choice(['roc', 'rocslash', 'rocmin', 'rocdot', 'slashp', 'rocslash_t'])
    v['date_as_written'] = d.dt(v['date'], style=st, tm=d.tm())
    T = d.T
    rows = [[T('单号'), v['number'], d.L('date'), v['date_as_written']],
            [d.L('cust'), cust, T('联络人'), T(d.c['_contact'])]]
    if ctx:
        rows.append([d.L('addr'), d.addr(), T('电话'), d.c['_phone']])
    eq = [[d.L('model'), d.mdl(), d.L('serial'), d.sn()]]
    if r.random() < 0.6:
        ed = d.equip_dates(('install', 'warranty'), style=r.choice(['roc', 'rocslash']))
        eq.append([ed[0][0], ed[0][1], ed[1][0], ed[1][1]])
    rows = (eq + rows) if r.random() < 0.5 else (rows + eq)
    if v['fault']:
        rows.append([d.L('fault'), v['fault'], '', ''])
    if v['cause']:
        rows.append([d.L('cause'), v['cause'], '', ''])
    rows.append([d.L('action'), v['action'], '', ''])
    rows.append([d.L('eng'), v['engineer'], T('保固状态'), T(r.choice(['保固内', '保固外', '合约'])) ])
    rows.append([T('客户签认'), '', T('服务评价'), T(r.choice(['满意', '非常满意', '普通']))])
    blocks = [('h', T(r.choice(['维修服务单', '叫修服务单', '维修服务纪录单'])), 1), ('t', rows)]
    d.visits.append(v)
    final_visit(d, v)
    ext, content = out_blocks(d, blocks, 0.4)
    return T(r.choice(['维修服务单', '服务单'])) + f'/{v["date"].year - 1911}', v['number'], ext, content


def t07(d):
    """RMA form — padded labels without colons."""
    r = d.r
    vd = d.visit_date(30)
    v = d.make_visit(vd, number=d.number('RMA', vd.year))
    d.us = r.random() < 0.3
    ctx = r.random() < 0.5
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'])
    v['date_as_written'] = d.dt(v['date'], style=r.choice(['dmy', 'ddmony', 'iso', 'mdy', 'upper']))
    rows = [('RMA No.', v['number']), ('Bill-to', cust)]
    if ctx:
        rows.append(('Ship-to', d.addr()))
    rows += [('Product', d.en(FAMILIES[d.u['family']][1])), ('Model', d.mdl()), (r.choice(['Serial #', 'S.N.', 'Serial No.']), d.sn())]
    rd = ('Date received', v['date_as_written'])
    if r.random() < 0.5:
        ed = d.equip_dates((r.choice(['purchase', 'install']),))
        rows += ed
    rows.insert(r.choice([1, len(rows)]), rd)
    if v['fault']:
        rows.append(('Reported issue', v['fault']))
    if v['cause']:
        rows.append(('Diagnosis', v['cause']))
    rows.append((r.choice(['Repair performed', 'Work done', 'Remedy']), v['action']))
    rows.append((r.choice(['Technician', 'Repaired by']), v['engineer']))
    rows.append(('Warranty', 'In warranty' if v['date'] <= d.u['_warranty'] else 'Out of warranty - chargeable'))
    w = max(len(a) for a, _ in rows) + r.randrange(2, 6)
    L = ['RETURN MATERIAL AUTHORIZATION' if r.random() < 0.5 else 'RMA Repair Form', '=' * 30, '']
    L += [f'{a.ljust(w)}{b}' for a, b in rows]
    d.visits.append(v)
    final_visit(d, v)
    return f'RMA/{v["date"].year}', v['number'], 'txt', '\n'.join(L) + '\n'


def t08(d):
    """US Call Report — header row of labels, one data row, narrative below."""
    r = d.r
    d.us = True
    vd = d.visit_date()
    v = d.make_visit(vd, number=d.number('CALL', vd.year))
    ctx = r.random() < 0.4
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'], 'en')
    v['date_as_written'] = d.dt(v['date'], style=r.choice(['us', 'us', 'mdy', 'us_t', 'monthdy']), tm=d.tm())
    L = [f'**{EN_US[0]}** — {EN_US[1]}', '', '# Call Report', '', r.choice(['All dates MM/DD/YYYY.', 'Date format: MM/DD/YYYY']), '']
    hdr = ['Call #', 'Call date', 'Account name', 'Equipment', 'Serial #', 'Attended by']
    row = [v['number'], v['date_as_written'], cust, d.mdl(), d.sn(), v['engineer']]
    L.append(md_table([row], hdr))
    L.append('')
    if ctx:
        L += [f'Site address: {d.addr()}', '']
    if r.random() < 0.5:
        for a, b in d.equip_dates(r.choice([('install',), ('warranty',)]), style=r.choice(['us', 'mdy'])):
            L.append(f'{a}: {b}')
        L.append('')
    if v['fault']:
        L.append(f'**{r.choice(["Customer concern", "Reported issue", "Complaint"])}:** {v["fault"]}')
    if v['cause']:
        L.append(f'**{r.choice(["Root cause", "Diagnosis"])}:** {v["cause"]}')
    L.append(f'**{r.choice(["Work done", "Corrective action"])}:** {v["action"]}')
    L.append(f'**Labor:** {r.choice(["1.5", "2.0", "3.0", "0.5"])} h   **Travel:** {r.choice(["0.5", "1.0"])} h')
    d.visits.append(v)
    final_visit(d, v)
    return f'Call Reports/{v["date"].year}/Q{(v["date"].month - 1) // 3 + 1}', v['number'], 'md', '\n'.join(L) + '\n'


def t09(d):
    """Vertical CSV export (字段,内容) of one repair."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, number=d.number('WX', vd.year))
    cust = d.cname(ctx=False)
    v['engineer'] = d.eng(v['engineer_id'])
    v['date_as_written'] = d.dt(v['date'], style=r.choice(['iso', 'slash', 'iso_ts', 'compact', 'slashp']), tm=d.tm())
    rows = [[r.choice(['字段', '项目']), r.choice(['内容', '值'])],
            ['维修单号', v['number']], [r.choice(['报修日期', '维修日期', '服务日期']), v['date_as_written']],
            [r.choice(['客户', '客户名称', '单位']), cust], ['设备', d.famname()], ['型号', d.mdl()],
            [r.choice(['序列号', '机身号', '出厂编号']), d.sn()]]
    if r.random() < 0.4:
        rows.insert(2, list(d.equip_dates(('install',), style='iso')[0]))
    if v['fault']:
        rows.append([r.choice(['故障描述', '报修内容']), v['fault']])
    if v['cause']:
        rows.append([r.choice(['原因', '故障原因']), v['cause']])
    rows.append([r.choice(['处理', '处理结果', '维修内容']), v['action']])
    rows.append([r.choice(['工程师', '维修人']), v['engineer']])
    d.visits.append(v)
    final_visit(d, v)
    return 'exports/维修单', f'wx_{v["number"]}', 'csv', csv_text(rows)


# ---------------------------------------------------------------------------
# templates — service reports
# ---------------------------------------------------------------------------
CHECK_ZH = {
    'lab': ['外观及清洁', '电源及接地检查', '运动部件润滑', '温控系统检测', '光路/传感器检查', '软件版本及备份', '安全功能测试'],
    'it': ['指示灯及告警检查', '风扇及电源冗余', '硬盘/阵列状态', '固件版本核对', '日志检查', '环境温湿度'],
    'battery': ['外观有无鼓胀漏液', '连接条紧固', '单体电压测量', '内阻测量', '环境温度', '监控系统通讯'],
}
CHECK_EN = {
    'lab': ['Visual inspection and cleaning', 'Electrical safety check', 'Lubricate moving parts', 'Temperature verification',
            'Sensor / optics check', 'Software version and backup', 'Safety interlock test'],
    'it': ['Status LEDs and alarms', 'Fan and PSU redundancy', 'Disk / array health', 'Firmware level check',
           'Event log review', 'Room temperature and humidity'],
    'battery': ['Visual check for swelling or leaks', 'Link torque check', 'Cell voltage readings', 'Internal resistance',
                'Ambient temperature', 'Monitor communication'],
}


def t10(d):
    """现场服务确认单 — with arrival/departure range and customer signature block."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, number=d.number('SR', vd.year))
    ctx = r.random() < 0.5
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'])
    t0 = d.tm()
    t1 = (min(t0[0] + r.randrange(1, 5), 20), r.choice([0, 10, 20, 30, 40, 50]))
    st = r.choice(['iso_t', 'slash_t', 'cn_t'])
    v['date_as_written'] = fmt_date(v['date'], st, t0)
    info = [[d.L('cust'), cust], [r.choice(['联系人', '客户联系人']), f'{d.c["_contact"]}  {d.c["_phone"]}']]
    if ctx:
        info.append([d.L('addr'), d.addr()])
    eq = [[d.L('device'), d.famname()], [d.L('model'), d.mdl()], [d.L('serial'), d.sn()]]
    if r.random() < 0.5:
        eq += [list(x) for x in d.equip_dates(r.choice([('install',), ('warranty',), ('install', 'warranty')]))]
    end_w = fmt_date(v['date'], st, t1) if r.random() < 0.6 else f'{t1[0]:02d}:{t1[1]:02d}'
    if r.random() < 0.4:  # one cell: 到场 … 离场 …
        rng_row = [[r.choice(['服务时间', '到场/离场']), f'到场 {v["date_as_written"]} 离场 {end_w}']]
    else:
        rng_row = [[r.choice(['到场时间', '到达时间']), v['date_as_written']], [r.choice(['离场时间', '离开时间']), end_w]]
    work = []
    if v['fault']:
        work.append([d.L('fault'), v['fault']])
    if v['cause']:
        work.append([d.L('cause'), v['cause']])
    work += [[d.L('action'), v['action']], [d.L('eng'), v['engineer']]]
    rows = info + (eq + rng_row if r.random() < 0.55 else rng_row + eq) + work
    sign_d = fmt_date(v['date'], r.choice(['cn', 'iso', 'slash']))
    blocks = [('h', r.choice(['现场服务确认单', '现场服务报告', '上门服务确认单']), 1),
              ('p', f'服务单号：{v["number"]}　　服务类型：' + r.choice(['故障维修', '巡检保养', '安装调试', '技术支持'])),
              ('t', rows, r.choice([None, ['项目', '内容']])),
              ('p', '客户意见：' + r.choice(['■满意 □基本满意 □不满意', '□满意 ■基本满意 □不满意', '服务及时，问题已解决。'])),
              ('t', [['客户签字（盖章）', '', '服务工程师', v['engineer']], ['日期', sign_d if r.random() < 0.5 else '', '日期', sign_d]])]
    d.visits.append(v)
    final_visit(d, v)
    ext, content = out_blocks(d, blocks, 0.6)
    return r.choice(['服务报告/现场确认单', '现场服务确认单']) + '/' + yfolder(d, v['date']), v['number'].replace('/', '-'), ext, content


def t11(d):
    """巡检/保养记录 — preventive maintenance with checklist and next-due date."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, pm=True, number=d.number('PM', vd.year))
    cust = d.cname(ctx=False)
    v['engineer'] = d.eng(v['engineer_id'])
    v['date_as_written'] = d.dt(v['date'])
    grp = FAMILIES[d.u['family']][2]
    period = r.choice([(90, '季度'), (180, '半年'), (365, '年度')])
    L = [f'# {d.famname()}{r.choice(["预防性维护保养记录", "巡检保养记录", "定期保养记录"])}', '']
    hdr = [f'记录编号：{v["number"]}', f'{d.L("cust")}：{cust}', f'{d.L("model")}：{d.mdl()}　　{d.L("serial")}：{d.sn()}', f'保养周期：{period[1]}']
    dl = [f'{r.choice(["保养日期", "巡检日期", "维护日期"])}：{v["date_as_written"]}']
    ed = []
    if r.random() < 0.4:
        ed = [f'{a}：{b}' for a, b in d.equip_dates(('install',))]
    L += (ed + hdr + dl) if ed and r.random() < 0.5 else (hdr + ed + dl)
    if r.random() < 0.7:
        nd = v['date'] + dt.timedelta(days=period[0])
        L.append(f'{r.choice(["下次保养日期", "下次巡检", "下次保养"])}：{d.dt(nd, "follow_up")}')
    L.append('')
    items = CHECK_ZH[grp]
    rows = [[str(k + 1), it, r.choice(['✓', '✓', '✓', '正常']), ''] for k, it in enumerate(items)]
    L.append(md_table(rows, ['序号', '检查项目', '结果', '备注']))
    L.append('')
    L.append(f'{r.choice(["发现问题", "异常情况", "存在问题"])}：{v["fault"] or "无"}')
    if v['cause']:
        L.append(f'{d.L("cause")}：{v["cause"]}')
    L.append(f'{r.choice(["处理情况", "处理措施", "维护内容"])}：{v["action"]}')
    L.append(f'{r.choice(["保养人员", "巡检人", "维护工程师"])}：{v["engineer"]}　　客户确认：__________')
    d.visits.append(v)
    final_visit(d, v)
    return '保养记录/' + yfolder(d, v['date']), f'PM_{d.u["model"]}_{d.i:04d}', 'md', '\n'.join(L) + '\n'


def t12(d):
    """UK Service Visit Summary — pipe table with bold label cells, DD/MM/YYYY with marker."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, number=d.number('SR', vd.year))
    ctx = r.random() < 0.5
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'])
    st = r.choice(['uk', 'uk', 'uknp', 'dmy', 'uk_t'])
    v['date_as_written'] = d.dt(v['date'], style=st, tm=d.tm())
    L = [f'{EN_UK[0]}, {EN_UK[1]}', '', '## Service Visit Summary', '',
         r.choice(['All dates DD/MM/YYYY', 'Date format: DD/MM/YYYY', '(dates shown as dd/mm/yyyy)']), '']
    rows = [['**' + r.choice(['Site Name', 'Customer', 'Organisation']) + '**', cust, '**Visit ref**', v['number']],
            ['**' + r.choice(['Attended on', 'Date of visit']) + '**', v['date_as_written'], '**' + r.choice(['Engineer', 'Serviced by']) + '**', v['engineer']],
            ['**Instrument**', d.mdl(), '**' + r.choice(['S.N.', 'Serial No.', 'Equipment ID']) + '**', d.sn()]]
    if ctx:
        rows.insert(1, ['**Address**', d.addr(), '', ''])
    if r.random() < 0.5:
        ed = d.equip_dates(('install', 'warranty'), style=r.choice(['uk', 'dmy']))
        row = ['**' + ed[0][0] + '**', ed[0][1], '**' + ed[1][0] + '**', ed[1][1]]
        if r.random() < 0.5:
            rows.insert(0, row)
        else:
            rows.append(row)
    L.append(md_table(rows, ['', '', '', '']))
    L.append('')
    if v['fault']:
        L += ['### ' + r.choice(['Reported issue', 'Customer concern', 'Fault reported']), v['fault'], '']
    if v['cause']:
        L += ['### ' + r.choice(['Diagnosis', 'Root cause']), v['cause'], '']
    L += ['### ' + r.choice(['Remedy', 'Work carried out', 'Action taken']), v['action'], '']
    if r.random() < 0.4:
        L.append(f'Follow-up due: {d.dt(v["date"] + dt.timedelta(days=r.randrange(7, 60)), "follow_up", r.choice(["uk", "dmy"]))}')
    d.visits.append(v)
    final_visit(d, v)
    return f'Service Visits/{v["date"].year}', v['number'].replace('/', '-'), 'md', '\n'.join(L) + '\n'


def t13(d):
    """Preventive Maintenance Checklist (English)."""
    r = d.r
    d.us = r.random() < 0.4
    vd = d.visit_date()
    v = d.make_visit(vd, pm=True, number=d.number('PM', vd.year))
    ctx = r.random() < 0.4
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'], 'en')
    st = r.choice(['dmy', 'dmonthy', 'mdy', 'iso', 'ddmony', 'monthdy'])
    v['date_as_written'] = d.dt(v['date'], style=st)
    grp = FAMILIES[d.u['family']][2]
    blocks = [('h', 'Preventive Maintenance Checklist', 1), ('p', f'Report no. {v["number"]}')]
    info = [[r.choice(['Lab', 'Organization', 'Customer', 'Site Name']), cust], ['Model', d.mdl()],
            [r.choice(['Equipment ID', 'Serial #', 'S.N.']), d.sn()], [r.choice(['Date of visit', 'PM date', 'Service date']), v['date_as_written']]]
    if ctx:
        info.insert(1, ['Address', d.addr()])
    if r.random() < 0.6:
        nd = v['date'] + dt.timedelta(days=r.choice([90, 180, 365]))
        info.append([r.choice(['Next PM due', 'Next service due']), d.dt(nd, 'follow_up', st)])
    if r.random() < 0.45:
        a, b = d.equip_dates(('install',), style=st)[0]
        info.insert(0, [a, b])
    blocks.append(('t', info, ['Field', 'Value']))
    rows = [[str(k + 1), it, r.choice(['Pass', 'Pass', 'Pass', 'OK']), ''] for k, it in enumerate(CHECK_EN[grp])]
    blocks.append(('t', rows, ['#', 'Task', 'Pass/Fail', 'Notes']))
    txt = []
    if v['fault']:
        txt.append(f'Findings: {v["fault"]}')
    if v['cause']:
        txt.append(f'Cause: {v["cause"]}')
    txt.append(f'{r.choice(["Action", "Work done", "Remarks"])}: {v["action"]}')
    txt.append(f'Performed by: {v["engineer"]}')
    blocks.append(('p', '\n'.join(txt)))
    d.visits.append(v)
    final_visit(d, v)
    ext, content = out_blocks(d, blocks, 0.5)
    return f'PM Checklists/{v["date"].year}', f'PM_{d.u["serial"]}_{d.i:04d}', ext, content


def t14(d):
    """保固維修紀錄 — [label] lines, Taiwan wording, ROC dates."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, number=d.number('TW', vd.year))
    ctx = r.random() < 0.4
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'])
    T = d.T
    v['date_as_written'] = d.dt(v['date'], style=r.choice(['roc', 'rocmin', 'rocslash', 'roccn', 'rocdot']))
    br = r.choice([('[', ']'), ('【', '】'), ('〔', '〕')])

    def ln(k, val):
        return f'{br[0]}{k}{br[1]} {val}'
    L = [T(r.choice(['保固维修纪录', '保固期内维修纪录', '维修纪录表'])), '']
    L.append(ln(T('单号'), v['number']))
    L.append(ln(d.L('cust'), cust))
    if ctx:
        L.append(ln(d.L('addr'), d.addr()))
    L.append(ln(d.L('model'), d.mdl()))
    L.append(ln(d.L('serial'), d.sn()))
    wl = ln(*d.equip_dates(('warranty',), style=r.choice(['roc', 'rocslash']))[0])
    vl = ln(d.L('date'), v['date_as_written'])
    L += [wl, vl] if r.random() < 0.5 else [vl, wl]
    if v['fault']:
        L.append(ln(d.L('fault'), v['fault']))
    if v['cause']:
        L.append(ln(d.L('cause'), v['cause']))
    L.append(ln(d.L('action'), v['action']))
    L.append(ln(d.L('eng'), v['engineer']))
    L.append(ln(T('费用'), T(r.choice(['保固内免费', '保固内，零件免费', '免费']))))
    d.visits.append(v)
    final_visit(d, v)
    return T('保固维修') + f'/{v["date"].year - 1911}', v['number'], 'txt', '\n'.join(L) + '\n'


def t15(d):
    """E-mail thread forwarding a distributor's service report (source of date_ambiguous)."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, number=d.number('FW', vd.year))
    cust = d.cname(ctx=False)
    v['engineer'] = d.eng(v['engineer_id'], 'en')
    numeric = r.random() < 0.75
    v['date_as_written'] = d.dt(v['date'], style=('uk' if numeric else r.choice(['dmy', 'dmonthy'])))
    sent1 = v['date'] + dt.timedelta(days=r.choice([0, 0, 1, 1, 2]))
    sent2 = sent1 + dt.timedelta(days=r.choice([0, 1, 2, 3]))
    t1, t2 = (r.randrange(16, 20), r.randrange(0, 60)), (r.randrange(9, 12), r.randrange(0, 60))
    s1 = d.dt(sent1, 'report_printed' if sent1 != v['date'] else None, 'uk_t' if numeric and r.random() < 0.6 else 'weekday', t1)
    s2 = d.dt(sent2, 'report_printed' if sent2 != v['date'] else None, 'rfc', t2)
    fwd = r.choice(['Kevin Tan <kevin.tan@solaris-inst.com.sg>', 'Service Desk <service@solaris-inst.com.sg>'])
    short = cust if len(cust) < 40 else d.mdl()
    L = [f'From: {fwd}', 'To: cn-service@instrument-oem.example', f'Date: {s2}',
         f'Subject: FW: Service report - {short} - {v["number"]}', '']
    L += [r.choice(['Hi team,', 'Dear colleagues,', 'Hi,']), '',
          r.choice(['Please see below report from our engineer for your records.', 'FYI - report below, parts claim to follow.',
                    'Forwarding the visit report as requested.']), '', 'Regards,', fwd.split(' <')[0], '',
          '-----Original Message-----', f'From: {v["engineer"]} <field@solaris-inst.com.sg>', f'Sent: {s1}',
          f'To: {fwd}', 'Subject: Service report', '']
    body = [('Customer', cust), ('Date of visit', v['date_as_written']), ('Model', d.mdl()), ('Serial', d.sn())]
    if r.random() < 0.3:
        body.insert(1, ('Warranty expiry', d.dt(d.u['_warranty'], 'warranty_until', 'dmy')))
    if v['fault']:
        body.append(('Problem', v['fault']))
    if v['cause']:
        body.append(('Cause', v['cause']))
    body.append(('Action taken', v['action']))
    body.append(('Engineer', v['engineer']))
    L += [f'{a}: {b}' for a, b in body]
    L += ['', EN_SG[0], EN_SG[1]]
    d.visits.append(v)
    final_visit(d, v)
    return f'mail/{v["date"].year}', f'FW_service_report_{v["number"]}', 'txt', '\n'.join(L) + '\n'


def t16(d):
    """工程师工作日志 — narrative paragraph."""
    r = d.r
    v = d.make_visit(d.visit_date(), plain=True, eid=r.choice(ENGINEERS[:12])[0])
    ctx = r.random() < 0.3
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'])
    v['date_as_written'] = d.dt(v['date'], style=r.choice(['cn', 'cn', 'iso', 'cnp']))
    wd = WD_ZH[v['date'].weekday()]
    L = ['# ' + r.choice(['工程师工作日志', '外勤工作记录', '服务日志']), '',
         f'{v["date_as_written"]}　{wd}　' + r.choice(['晴', '阴', '小雨', '多云']), '']
    parts = [f'上午赴{cust}']
    if ctx:
        parts[0] += f'（{d.addr()}）'
    parts[0] += f'处理{d.famname()}故障，型号{d.mdl()}，机身号{d.sn()}。'
    if r.random() < 0.3:
        parts.append(f'该设备于{d.dt(d.u["_install"], "install", "cn")}装机。')
    parts.append((('科室' if d.c['_cat'] == 'hospital' else '客户') + f'反映：{v["fault"]}。') if v['fault'] else '')
    if v['cause']:
        parts.append(r.choice(['经检查发现', '检查后确认']) + f'：{v["cause"]}。')
    parts.append(f'处理：{v["action"]}。')
    parts.append(r.choice(['下午返回公司补写服务报告。', '下午电话回访另一客户。', '']))
    L.append(''.join(parts))
    L += ['', f'记录人：{v["engineer"]}']
    d.visits.append(v)
    final_visit(d, v)
    return '工作日志/' + ENG[v['engineer_id']][1] + '/' + yfolder(d, v['date']), f'日志_{v["date"].isoformat()}_{d.i:04d}', r.choice(['md', 'txt']), '\n'.join(L) + '\n'


def t17(d):
    """蓄电池维护记录 — battery maintenance with a cell table (battery units only)."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, pm=r.random() < 0.5, number=d.number('BT', vd.year))
    ctx = r.random() < 0.5
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'])
    v['date_as_written'] = d.dt(v['date'])
    li = d.u['family'] == 'lithium'
    L = ['# ' + r.choice(['蓄电池维护记录', '蓄电池组维护保养记录', '电池系统维护记录']), '', '## 一、基本信息', '']
    info = [f'- 记录编号：{v["number"]}', f'- {r.choice(["甲方", "客户单位名称", "所属单位"])}：{cust}']
    if ctx:
        info.append(f'- 机房地址：{d.addr()}')
    info += [f'- 电池组型号：{d.mdl()}', f'- {r.choice(["电池组编号", "设备编号", "序列号"])}：{d.sn()}']
    dl = f'- {r.choice(["维护日期", "测试日期", "巡检日期"])}：{v["date_as_written"]}'
    if r.random() < 0.5:
        info += [f'- {a}：{b}' for a, b in d.equip_dates(('install',))] + [dl]
    else:
        info += [dl] + ([f'- {a}：{b}' for a, b in d.equip_dates(('install',))] if r.random() < 0.4 else [])
    L += info + ['', '## 二、测试数据', '']
    rows = []
    bad = r.randrange(1, 9)
    for k in range(1, r.randrange(8, 13)):
        if li:
            volt = f'{3.28 + r.randrange(0, 7) / 100:.2f}'
            res = f'{0.30 + r.randrange(0, 10) / 100:.2f}'
        else:
            volt = f'{2.21 + r.randrange(0, 6) / 100:.2f}'
            res = f'{0.42 + r.randrange(0, 15) / 100:.2f}'
        concl = '正常'
        if k == bad and v['fault']:
            volt = f'{3.05:.2f}' if li else f'{1.98:.2f}'
            concl = '偏低'
        rows.append([f'#{k:02d}', volt, res, concl])
    L.append(md_table(rows, ['单体编号', '电压(V)', '内阻(mΩ)', '结论']))
    L += ['', '## 三、异常情况及处理', '']
    L.append(f'{r.choice(["异常情况", "发现问题"])}：{v["fault"] or "无"}')
    if v['cause']:
        L.append(f'{r.choice(["原因分析", "原因"])}：{v["cause"]}')
    L.append(f'{r.choice(["处理措施", "处理结果"])}：{v["action"]}')
    L += ['', '## 四、签字', '', f'维护人员：{v["engineer"]}　　甲方确认：________']
    d.visits.append(v)
    final_visit(d, v)
    return '电池维护/' + yfolder(d, v['date']), v['number'], 'md', '\n'.join(L) + '\n'


def t18(d):
    """IT 巡检报告 — 一、二、三、 numbered sections (IT units)."""
    r = d.r
    vd = d.visit_date()
    v = d.make_visit(vd, pm=True, number=d.number('IT', vd.year))
    ctx = r.random() < 0.5
    cust = d.cname(ctx=ctx)
    v['engineer'] = d.eng(v['engineer_id'])
    v['date_as_written'] = d.dt(v['date'], tm=d.tm(), style=r.choice(['iso', 'cn', 'iso_t', 'slashp', 'cnnum']))
    L = ['# ' + r.choice(['信息系统设备巡检报告', 'IT设备巡检报告', '服务器及存储巡检报告']), '', f'报告编号：{v["number"]}', '', '一、基本信息', '']
    L.append(f'{d.L("cust")}：{cust}')
    if ctx:
        L.append(f'{d.L("addr")}：{d.addr()}')
    L += [f'设备：{d.famname()}　型号：{d.mdl()}', f'{d.L("serial")}：{d.sn()}',
          f'{r.choice(["巡检时间", "巡检日期", "服务时间"])}：{v["date_as_written"]}']
    if r.random() < 0.45:
        L.insert(len(L) - 1, '维保到期：' + d.dt(d.u['_warranty'], 'warranty_until'))
    L += ['', '二、巡检内容', '']
    for k, it in enumerate(CHECK_ZH['it']):
        L.append(f'{k + 1}. {it}：' + r.choice(['正常', '正常', '正常', '已检查']))
    L += ['', '三、发现问题及处理', '']
    if v['fault']:
        L.append(f'{r.choice(["异常情况", "问题描述", "告警内容"])}：{v["fault"]}')
    else:
        L.append('巡检未发现异常。')
    if v['cause']:
        L.append(f'{r.choice(["原因分析", "根本原因"])}：{v["cause"]}')
    L.append(f'{r.choice(["处理结果", "解决方案", "处理措施"])}：{v["action"]}')
    L += ['', '四、结论与建议', '', r.choice(['设备运行正常，建议按季度巡检。', '建议关注硬盘健康状态，提前备件。', '建议升级固件至最新版本。'])]
    if r.random() < 0.5:
        L.append('下次巡检：' + d.dt(v['date'] + dt.timedelta(days=r.choice([90, 180])), 'follow_up'))
    L += ['', f'巡检人：{v["engineer"]}']
    d.visits.append(v)
    final_visit(d, v)
    return 'IT运维/巡检报告/' + yfolder(d, v['date']), f'巡检_{v["number"]}', 'md', '\n'.join(L) + '\n'


# ---------------------------------------------------------------------------
# templates — complaints
# ---------------------------------------------------------------------------
ZH_COMPLAINT_WRAP = ['{}，多次报修仍未解决', '{}，对售后响应速度不满', '{}，要求更换整机', '{}', '{}，影响科室正常工作']
EN_COMPLAINT_WRAP = ['{}; repeated failures despite earlier repairs', '{}; unhappy with response time', '{}',
                     '{}; customer asks for a replacement unit']


def complaint_setup(d, nkind, site_p=0.6):
    r = d.r
    recv = d.visit_date()
    v = d.make_visit(recv, number=d.number(nkind, recv.year), plain=True)
    if v['fault'] is None:
        v['fault'] = d.T('设备故障')
    if d.script == 'en':
        v['fault'] = r.choice(EN_COMPLAINT_WRAP).format(v['fault'])
    else:
        v['fault'] = d.T(r.choice(ZH_COMPLAINT_WRAP)).format(v['fault'])
    site = None
    if r.random() < site_p:
        site = min(recv + dt.timedelta(days=r.choice([0, 1, 1, 2, 3, 5])), LAST_DAY)
    return v, site


def complaint_finish(d, v, recv_w, site, site_w, eng_w):
    v['date_as_written'] = recv_w
    v['engineer'] = eng_w
    d.t['visit_date'] = v['date'].isoformat()
    d.t['visit_date_as_written'] = recv_w
    for k in ('fault', 'cause', 'action', 'engineer', 'engineer_id', 'number'):
        d.t[k] = v[k]
    if site:
        d.visits.append(dict(date=site, date_as_written=site_w, fault=v['fault'], cause=v['cause'], action=v['action'],
                             engineer=eng_w, engineer_id=v['engineer_id'], number=v['number']))


def t19(d):
    """客诉8D报告 — D1…D8."""
    r = d.r
    v, site = complaint_setup(d, '8D', 0.7)
    ctx = r.random() < 0.4
    cust = d.cname(ctx=ctx)
    eng_w = d.eng(v['engineer_id'])
    st = r.choice(['iso', 'cn', 'slashp', 'dot'])
    recv_w = d.dt(v['date'], style=st)
    head = [['报告编号', v['number'], r.choice(['受理日期', '投诉日期', '接报日期']), recv_w],
            [r.choice(['客户', '客户名称', '投诉单位']), cust, '产品', d.famname()],
            [d.L('model'), d.mdl(), d.L('serial'), d.sn()]]
    if ctx:
        head.insert(2, [d.L('addr'), d.addr(), '', ''])
    blocks = [('h', r.choice(['客户投诉8D报告', '客诉8D处理报告', '8D报告（客户投诉）']), 1), ('t', head)]
    team = f'组长：{r.choice(["售后经理", "质量经理"])}{r.choice(CONTACT_SURNAMES)}某；成员：{eng_w}、技术支持、质量部'
    blocks.append(('p', 'D1 成立小组\n' + team))
    blocks.append(('p', 'D2 问题描述\n' + v['fault']))
    site_w = None
    if site:
        site_w = d.dt(site, style=st)
        d3 = f'{r.choice(["现场确认日期", "上门日期", "到场日期"])}：{site_w}，{eng_w}到现场确认问题，' + r.choice(['提供备用机保证使用。', '临时调整参数维持运行。', '隔离故障部件。'])
    else:
        d3 = '电话指导客户临时处理，' + r.choice(['暂停使用该功能。', '改用备用设备。'])
    blocks.append(('p', 'D3 临时措施\n' + d3))
    blocks.append(('p', 'D4 根本原因\n' + (v['cause'] or '仍在分析中，待厂家技术部反馈')))
    blocks.append(('p', 'D5 永久纠正措施\n' + v['action']))
    blocks.append(('p', 'D6 实施与验证\n' + r.choice(['措施已实施，连续运行观察无复发。', '已完成更换，客户确认效果。'])))
    blocks.append(('p', 'D7 预防再发生\n' + r.choice(['更新巡检表，增加该项检查。', '纳入培训资料，通知同型号客户。', '修订保养规程。'])))
    d8 = 'D8 关闭与表彰\n' + r.choice(['小组工作完成，报告关闭。', '客户满意，投诉关闭。'])
    if r.random() < 0.6:
        fu = (site or v['date']) + dt.timedelta(days=r.choice([7, 14, 30]))
        d8 += f'\n{r.choice(["效果验证日期", "回访日期"])}：{d.dt(fu, "follow_up", st)}'
    blocks.append(('p', d8))
    complaint_finish(d, v, recv_w, site, site_w, eng_w)
    ext, content = out_blocks(d, blocks, 0.6)
    return '客诉/8D/' + yfolder(d, v['date']), v['number'], ext, content


def t20(d):
    """客訴回覆單 — Taiwan/HK complaint reply form."""
    r = d.r
    v, site = complaint_setup(d, 'QR', 0.55)
    T = d.T
    ctx = r.random() < 0.4
    cust = d.cname(ctx=ctx)
    eng_w = d.eng(v['engineer_id'])
    st = r.choice(['roc', 'rocslash', 'rocmin', 'slashp', 'cn'])
    recv_w = d.dt(v['date'], style=st)
    rows = [[T('客诉编号'), v['number']], [r.choice([T('接获日期'), T('受理日期'), T('客诉日期')]), recv_w],
            [d.L('cust'), cust]]
    if ctx:
        rows.append([d.L('addr'), d.addr()])
    rows += [[d.L('model'), d.mdl()], [d.L('serial'), d.sn()], [T(r.choice(['投诉内容', '客诉内容', '客户反映'])), v['fault']]]
    if v['cause']:
        rows.append([T(r.choice(['原因分析', '调查结果'])), v['cause']])
    rows.append([T(r.choice(['改善对策', '处理对策', '处置方式'])), v['action']])
    rows.append([T(r.choice(['处理人员', '负责工程师'])), eng_w])
    site_w = None
    if site:
        site_w = d.dt(site, style=st)
        rows.append([T(r.choice(['到场日期', '现场处理日期'])), site_w])
    else:
        rows.append([T('处理方式'), T('电话/远端协助')])
    reply = (site or v['date']) + dt.timedelta(days=r.choice([1, 2, 3, 5]))
    rows.append([T('回复日期'), d.dt(reply, 'report_printed', st)])
    title = T(r.choice(['客诉回复单', '客户抱怨处理回复单', '客诉处理回复单']))
    if r.random() < 0.5:
        txt = f'# {title}\n\n' + md_table(rows, [T('项目'), T('说明')]) + '\n'
        ext = 'md'
    else:
        txt = title + '\n' + '\n'.join(f'{a}：{b}' for a, b in rows) + '\n'
        ext = 'txt'
    complaint_finish(d, v, recv_w, site, site_w, eng_w)
    return T('客诉回复') + f'/{v["date"].year - 1911}', v['number'], ext, txt


def t21(d):
    """Incident report (English complaint)."""
    r = d.r
    d.us = r.random() < 0.5
    v, site = complaint_setup(d, 'INC', 0.6)
    ctx = r.random() < 0.4
    cust = d.cname(ctx=ctx)
    eng_w = d.eng(v['engineer_id'], 'en')
    st = r.choice(['dmy', 'dmonthy', 'mdy', 'monthdy', 'iso', 'ord', 'monthord', 'weekday'])
    recv_w = d.dt(v['date'], style=st)
    L = [f'# Incident Report {v["number"]}', '', f'**{r.choice(["Reported on", "Date received", "Logged on"])}:** {recv_w}',
         f'**{r.choice(["Customer", "Account name", "Organization"])}:** {cust}']
    if ctx:
        L.append(f'**Address:** {d.addr()}')
    L += [f'**Instrument:** {d.en(FAMILIES[d.u["family"]][1])}, model {d.mdl()}, {r.choice(["S/N", "serial #", "S.N."])} {d.sn()}', '',
          '## ' + r.choice(['Complaint details', 'Customer concern', 'Description']), v['fault'], '']
    if v['cause']:
        L += ['## ' + r.choice(['Root cause', 'Investigation']), v['cause'], '']
    L += ['## ' + r.choice(['Corrective action', 'Resolution']), v['action'], '']
    site_w = None
    if site:
        site_w = d.dt(site, style=st)
        L.append(f'Site visit: attended on {site_w} by {eng_w}')
    else:
        L.append(f'Resolved by phone (handled by {eng_w})')
    L.append('Status: ' + r.choice(['Closed', 'Closed - customer informed', 'Closed pending follow-up']))
    complaint_finish(d, v, recv_w, site, site_w, eng_w)
    return f'Incidents/{v["date"].year}', v['number'], 'md', '\n'.join(L) + '\n'


def t22(d):
    """会议纪要 mentioning a complaint."""
    r = d.r
    v, site = complaint_setup(d, 'QR', 0.6)
    v['number'] = None
    cust = d.cname(ctx=False)
    eid = v['engineer_id']
    eng_w = d.eng(eid)
    st = r.choice(['cn', 'iso', 'cn', 'slash'])
    recv_w = d.dt(v['date'], style=st)
    meet = (site or v['date']) + dt.timedelta(days=r.randrange(1, 8))
    mw = d.dt(meet, 'report_printed', r.choice(['cn_t', 'iso_t', 'cn']), (14, 0))
    L = ['# ' + r.choice(['售后服务部周例会会议纪要', '客服中心例会纪要', '服务质量分析会纪要']), '',
         f'会议时间：{mw}', '地点：公司会议室', f'参会人员：服务经理、{eng_w}、客服、备件管理员', '', '## 议题一：客户投诉处理情况', '']
    txt = f'{cust}于{recv_w}投诉其{d.famname()}（型号{d.mdl()}，序列号{d.sn()}）：{v["fault"]}。'
    site_w = None
    if site:
        site_w = d.dt(site, style=st)
        txt += f'{eng_w}已于{site_w}到现场处理，'
    else:
        txt += f'由{eng_w}电话跟进，'
    if v['cause']:
        txt += f'原因为{v["cause"]}，'
    txt += f'处理措施：{v["action"]}。'
    L += [txt, '', '决议：' + r.choice(['一周内完成回访并提交书面说明。', '由服务经理向客户致歉并跟进满意度。', '同型号设备排查同类问题。']), '',
          '## 议题二：备件库存', '', r.choice(['碳刷、保险丝库存不足，下周补货。', '硬盘备件已到货。', '电池备件需提前申请。']), '', '记录：客服部']
    complaint_finish(d, v, recv_w, site, site_w, eng_w)
    return '会议纪要/' + yfolder(d, meet), f'纪要_{meet.isoformat()}_{d.i:04d}', 'md', '\n'.join(L) + '\n'


# ---------------------------------------------------------------------------
# templates — equipment history
# ---------------------------------------------------------------------------
def history_visits(d, nkind=None, pm_p=0.2):
    r = d.r
    n = r.randrange(3, 11)
    lo = max(d.u['_install'] + dt.timedelta(days=10), D(2017, 1, 1))
    days = (LAST_DAY - lo).days
    n = min(n, max(1, days // 20))
    picks = sorted(set(lo + dt.timedelta(days=r.randrange(days + 1)) for _ in range(n * 2)))
    r.shuffle(picks)
    picks = sorted(picks[:n])
    vs = []
    for day in picks:
        vs.append(d.make_visit(day, pm=r.random() < pm_p, number=d.number(nkind, day.year) if nkind and r.random() < 0.7 else None))
    return vs


def history_finish(d, vs, newest_first):
    order = list(reversed(vs)) if newest_first else vs
    d.visits.extend(order)
    newest = vs[-1]
    final_visit(d, newest)


def t23(d):
    """设备维修履历 — one table per year."""
    r = d.r
    vs = history_visits(d, 'WX')
    cust = d.cname(ctx=False)
    st = r.choice(['iso', 'dot', 'slashp', 'cn', 'isonp'])
    L = ['# ' + r.choice(['设备维修履历', '设备维修档案', '仪器维修记录汇总']), '',
         f'{d.L("cust")}：{cust}', f'{d.L("device")}：{d.famname()}　{d.L("model")}：{d.mdl()}　{d.L("serial")}：{d.sn()}']
    if r.random() < 0.6:
        L.append('{}：{}'.format(*d.equip_dates(('install',), style=st)[0]))
    newest_first = r.random() < 0.3
    years = sorted(set(v['date'].year for v in vs), reverse=newest_first)
    for y in years:
        L += ['', f'## {y}年', '']
        rows = []
        yv = [v for v in vs if v['date'].year == y]
        if newest_first:
            yv = list(reversed(yv))
        for v in yv:
            v['engineer'] = d.eng(v['engineer_id'])
            v['date_as_written'] = d.dt(v['date'], style=st)
            rows.append([v['date_as_written'], v['fault'] or '定期保养', v['cause'] or '—', v['action'], v['engineer'], v['number'] or ''])
        L.append(md_table(rows, ['日期', '故障现象', '原因', '处理措施', '工程师', '单号']))
    L.append('')
    if newest_first:
        vs_order = sorted(vs, key=lambda x: x['date'])
        d.visits.extend(list(reversed(vs_order)))
        final_visit(d, vs_order[-1])
    else:
        history_finish(d, vs, False)
    return '设备档案/维修履历', f'{d.u["serial"]}_履历', 'md', '\n'.join(L) + '\n'


def t24(d):
    """設備保養履歷 — traditional table, ROC dates."""
    r = d.r
    vs = history_visits(d, None, 0.3)
    T = d.T
    cust = d.cname(ctx=False)
    st = r.choice(['roc', 'rocslash', 'rocdot', 'slashp'])
    newest_first = r.random() < 0.4
    order = list(reversed(vs)) if newest_first else vs
    rows = []
    for k, v in enumerate(order):
        v['engineer'] = d.eng(v['engineer_id'])
        v['date_as_written'] = d.dt(v['date'], style=st)
        rows.append([str(k + 1), v['date_as_written'], v['fault'] or T('定期保养'), v['cause'] or '', v['action'], v['engineer']])
    blocks = [('h', T(r.choice(['设备保养履历表', '仪器履历卡', '设备维修保养纪录'])), 1),
              ('p', f'{d.L("cust")}：{cust}\n{d.L("model")}：{d.mdl()}　{d.L("serial")}：{d.sn()}'),
              ('t', rows, [T('项次'), T('日期'), T('内容'), T('原因'), T('处置'), T('人员')])]
    if r.random() < 0.5:
        a, b = d.equip_dates(('warranty',), style=st)[0]
        blocks.insert(2, ('p', f'{a}：{b}'))
    history_finish(d, vs, newest_first)
    ext, content = out_blocks(d, blocks, 0.5)
    return T('设备履历'), f'{d.u["serial"]}', ext, content


def t25(d):
    """年份/日期/内容 paragraphs."""
    r = d.r
    vs = history_visits(d, None)
    cust = d.cname(ctx=False)
    st = r.choice(['cn', 'cn', 'iso', 'cnp'])
    L = [f'{cust}　{d.famname()}维修记录', f'型号：{d.mdl()}　　{d.L("serial")}：{d.sn()}', '']
    newest_first = r.random() < 0.3
    for v in (reversed(vs) if newest_first else vs):
        v['engineer'] = d.eng(v['engineer_id'])
        v['date_as_written'] = d.dt(v['date'], style=st)
        parts = [x for x in (v['fault'], v['cause'], v['action']) if x]
        L += [f'年份：{v["date"].year}', f'日期：{v["date_as_written"]}', '内容：' + '；'.join(parts), f'工程师：{v["engineer"]}', '']
    history_finish(d, vs, newest_first)
    return '设备档案/' + d.c['city'], f'{d.u["model"]}_{d.u["serial"]}_记录', 'txt', '\n'.join(L)


def t26(d):
    """English equipment timeline."""
    r = d.r
    d.us = r.random() < 0.3
    vs = history_visits(d, None)
    cust = d.cname(ctx=False)
    st = r.choice(['dmy', 'iso', 'mdy', 'ddmony', 'dmonthy'])
    L = [f'## Service timeline — {d.mdl()} (S/N {d.sn()})', '', f'{r.choice(["Site", "Customer", "Account"])}: {cust}']
    if r.random() < 0.5:
        L.append('{}: {}'.format(*d.equip_dates((r.choice(['install', 'purchase']),), style=st)[0]))
    L.append('')
    newest_first = r.random() < 0.4
    fmt = r.choice(['bold', 'pipe', 'arrow'])
    for v in (reversed(vs) if newest_first else vs):
        v['engineer'] = d.eng(v['engineer_id'], 'en')
        v['date_as_written'] = d.dt(v['date'], style=st)
        f = v['fault'] or 'Scheduled PM'
        c = (f' {v["cause"]}.' if ':' in v['cause'] else f' Diagnosis: {v["cause"]}.') if v['cause'] else ''
        if fmt == 'bold':
            L.append(f'- **{v["date_as_written"]}** — {f}.{c} Fix: {v["action"]}. ({v["engineer"]})')
        elif fmt == 'pipe':
            L.append(f'{v["date_as_written"]} | {f} |{c} Remedy: {v["action"]} | {v["engineer"]}')
        else:
            L.append(f'* {v["date_as_written"]} -> {f};{c} Work done: {v["action"]}; by {v["engineer"]}')
    history_finish(d, vs, newest_first)
    return 'Equipment Timeline', f'{d.u["serial"]}_timeline', 'md', '\n'.join(L) + '\n'


def t27(d):
    """Multi-row CSV service-history export (zh-Hans or en)."""
    r = d.r
    vs = history_visits(d, 'WX' if d.script != 'en' else 'SR')
    cust = d.cname(ctx=False)
    if d.script == 'en':
        st = r.choice(['iso', 'dmy', 'ddmony'])
        hdr = ['Service Date', 'Site', 'Model', 'Serial Number', 'Reported Issue', 'Diagnosis', 'Remedy', 'Technician', 'Ticket']
    else:
        st = r.choice(['iso', 'slash', 'compact', 'dot'])
        hdr = ['服务日期', '客户', '设备型号', '序列号', '问题描述', '原因', '处理措施', '服务人员', '工单号']
    mw, sw = d.mdl(), d.sn()
    rows = [hdr]
    newest_first = r.random() < 0.3
    for v in (reversed(vs) if newest_first else vs):
        v['engineer'] = d.eng(v['engineer_id'])
        v['date_as_written'] = d.dt(v['date'], style=st)
        rows.append([v['date_as_written'], cust, mw, sw, v['fault'] or '', v['cause'] or '', v['action'], v['engineer'], v['number'] or ''])
    history_finish(d, vs, newest_first)
    return 'exports/history' if d.script == 'en' else 'exports/服务历史', f'history_{d.u["serial"]}', 'csv', csv_text(rows)


# ---------------------------------------------------------------------------
# templates — customer files
# ---------------------------------------------------------------------------
def cust_units(d):
    return [u for u in d.g.units if u['owner'] == d.c['id']]


def record_serials(d, units, forms):
    d.serials = [u['serial'] for u in units]
    d.serials_w = forms


def t28(d):
    """客户信息登记表 (master, registered name) + equipment table."""
    r = d.r
    T = d.T
    c = d.c
    cust = d.cname(registered=True)
    units = cust_units(d)
    st = r.choice(['iso', 'cn', 'slashp', 'dot']) if d.script == 'hans' else r.choice(['roc', 'rocslash', 'slashp'])
    info = [[T('单位全称'), cust, T('客户等级'), r.choice(['A', 'B', 'C'])],
            [d.L('addr'), d.addr(), T('邮编'), str(r.randrange(100000, 999999)) if c['_region'] == 'cn' else str(r.randrange(100, 999))],
            [T('联系人'), T(c['_contact']), T('电话'), c['_phone']],
            [T('英文名称'), c['english'], T('客户类型'), T({'hospital': '医院', 'cdc': '疾控', 'univ': '高校', 'company': '企业'}[c['_cat']])]]
    rows = []
    forms = []
    with_p = r.random() < 0.4
    for k, u in enumerate(units):
        sf = d.sn(u)
        forms.append(sf)
        row = [str(k + 1), d.T(FAMILIES[u['family']][0]), d.mdl(u), sf, d.dt(u['_install'], 'install', st),
               d.dt(u['_warranty'], 'warranty_until', st)]
        if with_p:
            row.insert(4, d.dt(u['_purchase'], 'purchase', st))
        rows.append(row)
    hdr = [T('序号'), T('设备名称'), d.L('model'), d.L('serial')] + ([d.L('purchase')] if with_p else []) + [d.L('install'), d.L('warranty')]
    record_serials(d, units, forms)
    blocks = [('h', T(r.choice(['客户信息登记表', '客户档案', '客户基本信息表'])), 1), ('t', info), ('h', T('设备清单'), 2), ('t', rows, hdr)]
    if r.random() < 0.4:
        blocks.append(('p', T('合同：') + T(r.choice(['全保服务合同（年度）', '保外单次服务', '维保合同（三年）']))))
    ext, content = out_blocks(d, blocks, 0.4 if d.script == 'hans' else 0.2)
    return T('客户资料') + '/' + T(c['city']), f'{c["id"]}_{T("档案")}', ext, content


def t29(d):
    """Account profile (English master)."""
    r = d.r
    c = d.c
    d.us = r.random() < 0.5
    units = cust_units(d)
    st = r.choice(['dmy', 'iso', 'ddmony', 'mdy'])
    cust = d.cname(registered=True)
    L = ['# Account Profile', '', f'**Account name:** {cust}', f'**Registered Chinese name:** {c["name"]}',
         f'**Address:** {d.addr()}', f'**Key contact:** {c["_contact_en"]}, tel. {c["_phone"]}',
         f'**Segment:** {dict(hospital="Hospital", cdc="Public health", univ="Academic", company="Industry")[c["_cat"]]}',
         f'**Service level:** {r.choice(["Gold", "Silver", "Bronze"])}', '', '## Installed base', '']
    rows = []
    forms = []
    for u in units:
        sf = d.sn(u)
        forms.append(sf)
        rows.append([d.mdl(u), d.en(FAMILIES[u['family']][1]), sf, d.dt(u['_install'], 'install', st),
                     d.dt(u['_warranty'], 'warranty_until', st)])
    L.append(md_table(rows, ['Model', 'Description', 'Serial Number', r.choice(['Commissioned', 'Installed on']), 'Warranty expiry']))
    record_serials(d, units, forms)
    return 'Accounts', f'{c["id"]}_profile', 'md', '\n'.join(L) + '\n'


def t31(d):
    """设备台账 CSV — everyday customer name forms."""
    r = d.r
    units = cust_units(d)
    cust = d.cname(ctx=False)
    st = r.choice(['iso', 'slash', 'dot'])
    hdr = [r.choice(['使用单位', '所属单位', '客户']), '设备名称', '型号', r.choice(['出厂编号', '序列号', '机身号']),
           r.choice(['启用日期', '验收日期', '装机时间']), r.choice(['保修截止', '保修到期'])]
    rows = [hdr]
    forms = []
    for u in units:
        sf = d.sn(u)
        forms.append(sf)
        rows.append([cust, FAMILIES[u['family']][0], d.mdl(u), sf, d.dt(u['_install'], 'install', st),
                     d.dt(u['_warranty'], 'warranty_until', st)])
    record_serials(d, units, forms)
    return 'exports/设备台账', f'台账_{d.c["id"]}_{d.i:04d}', 'csv', csv_text(rows)


def t32(d):
    """Installed base report (English, everyday forms)."""
    r = d.r
    d.us = r.random() < 0.5
    units = cust_units(d)
    ctx = r.random() < 0.5
    cust = d.cname(ctx=ctx)
    st = r.choice(['dmy', 'iso', 'ddmony', 'mdy'])
    L = ['# Installed Base Report', '', f'{r.choice(["Customer", "Site", "Organization"])}: {cust}']
    if ctx:
        L.append(f'Location: {d.addr()}')
    L.append('')
    forms = []
    for u in units:
        sf = d.sn(u)
        forms.append(sf)
        L.append(f'- {d.mdl(u)} {d.en(FAMILIES[u["family"]][1])}, serial {sf}; installed {d.dt(u["_install"], "install", st)}'
                 + (f'; warranty to {d.dt(u["_warranty"], "warranty_until", st)}' if r.random() < 0.6 else ''))
    record_serials(d, units, forms)
    return 'Accounts/installed-base', f'{d.c["id"]}_{d.i:04d}', 'md', '\n'.join(L) + '\n'


def t33(d):
    """年度巡检计划 — units with planned months, no full dates."""
    r = d.r
    units = cust_units(d)
    cust = d.cname(ctx=False)
    y = r.choice([2022, 2023, 2024, 2025])
    rows = []
    forms = []
    for u in units:
        sf = d.sn(u)
        forms.append(sf)
        m1 = r.randrange(1, 7)
        rows.append([FAMILIES[u['family']][0], d.mdl(u), sf, f'{m1}月、{m1 + 6}月', r.choice(['张伟', '李强', '王磊', '刘洋'])[0] + '工'])
    L = [f'# {y}年度巡检计划', '', f'客户：{cust}', '',
         md_table(rows, ['设备', '型号', d.L('serial'), '计划月份', '负责']), '', '说明：具体日期提前一周电话预约。']
    record_serials(d, units, forms)
    return f'客户资料/巡检计划/{y}', f'巡检计划_{d.c["id"]}_{d.i:04d}', 'md', '\n'.join(L) + '\n'


# ---------------------------------------------------------------------------
# templates — training
# ---------------------------------------------------------------------------
def training_entries(d, model, k):
    fam = MODEL_FAMILY[model]
    es = list(FAULTS[fam])
    d.r.shuffle(es)
    return es[:k]


def t34(d):
    r = d.r
    model = d.u['model']
    mw = d.mdl()
    es = training_entries(d, model, r.randrange(3, 7))
    L = [f'# {mw} {FAMILIES[d.u["family"]][0]} 维修案例库', '', r.choice(['内部培训资料，请勿外传。', '适用于售后工程师上岗培训。']), '']
    for k, e in enumerate(es):
        L += [f'## 案例{cn_num(k + 1)}', f'【现象】{e[0].split("|")[0]}', f'【原因】{e[1]}', f'【解决】{e[2]}', '']
    return '培训/案例库', f'{model}_案例库_{d.i:04d}', 'md', '\n'.join(L)


def t35(d):
    r = d.r
    model = d.u['model']
    mw = d.mdl()
    es = training_entries(d, model, r.randrange(3, 7))
    d.us = r.random() < 0.5
    rows = [[str(k + 1), d.en(e[3].split('|')[0]), d.en(e[4]), d.en(e[5])] for k, e in enumerate(es)]
    L = [f'# Troubleshooting guide — {mw}', '', f'Applies to: {d.en(FAMILIES[d.u["family"]][1])} {mw}', '',
         md_table(rows, ['#', 'Issue', 'What to check', 'Resolution']), '', 'Escalate to second-line support if the issue persists.']
    return 'Training/Guides', f'{model}_troubleshooting_{d.i:04d}', 'md', '\n'.join(L) + '\n'


def t36(d):
    r = d.r
    T = d.T
    model = d.u['model']
    mw = d.mdl()
    es = training_entries(d, model, r.randrange(2, 5))
    blocks = [('h', T('技术通报'), 1), ('p', f'{T("适用机型")}：{mw}\n{T("主旨")}：{T(FAMILIES[d.u["family"]][0])}{T("常见异常处理")}')]
    for k, e in enumerate(es):
        blocks.append(('p', f'{k + 1}. {T("异常现象")}：{T(e[0].split("|")[0])}\n   {T("可能原因")}：{T(e[1])}\n   {T("处置方式")}：{T(e[2])}'))
    blocks.append(('p', T('如有疑问请洽技术支援部。')))
    ext, content = out_blocks(d, blocks, 0.4)
    return T('教育训练') + '/' + T('技术通报'), f'{model}_{d.i:04d}', ext, content


# ---------------------------------------------------------------------------
# registry and driver
# ---------------------------------------------------------------------------
def _grp(u):
    return FAMILIES[u['family']][2]


ANY = lambda c, u: True
HOSP = lambda c, u: c['_cat'] == 'hospital' and c['_region'] == 'cn'
IT = lambda c, u: _grp(u) == 'it'
BAT = lambda c, u: _grp(u) == 'battery'

# id: (kind, lang, function, weight, compatibility)
TEMPLATES = {
    'T01': ('repair', 'zh-Hans', t01, 3, HOSP),
    'T02': ('repair', 'zh-Hans', t02, 3, ANY),
    'T03': ('repair', 'zh-Hans', t03, 2, ANY),
    'T04': ('repair', 'zh-Hans', t04, 2, IT),
    'T05': ('repair', 'zh-Hans', t05, 2, ANY),
    'T06': ('repair', 'zh-Hant', t06, 3, ANY),
    'T07': ('repair', 'en', t07, 2, ANY),
    'T08': ('repair', 'en', t08, 2, ANY),
    'T09': ('repair', 'zh-Hans', t09, 1, ANY),
    'T10': ('service_report', 'zh-Hans', t10, 3, ANY),
    'T11': ('service_report', 'zh-Hans', t11, 3, ANY),
    'T12': ('service_report', 'en', t12, 2, ANY),
    'T13': ('service_report', 'en', t13, 2, ANY),
    'T14': ('service_report', 'zh-Hant', t14, 2, ANY),
    'T15': ('service_report', 'en', t15, 2, ANY),
    'T16': ('service_report', 'zh-Hans', t16, 2, ANY),
    'T17': ('service_report', 'zh-Hans', t17, 2, BAT),
    'T18': ('service_report', 'zh-Hans', t18, 2, IT),
    'T19': ('complaint', 'zh-Hans', t19, 3, ANY),
    'T20': ('complaint', 'zh-Hant', t20, 2, ANY),
    'T21': ('complaint', 'en', t21, 3, ANY),
    'T22': ('complaint', 'zh-Hans', t22, 2, ANY),
    'T23': ('equipment_history', 'zh-Hans', t23, 3, ANY),
    'T24': ('equipment_history', 'zh-Hant', t24, 2, ANY),
    'T25': ('equipment_history', 'zh-Hans', t25, 2, ANY),
    'T26': ('equipment_history', 'en', t26, 2, ANY),
    'T27': ('equipment_history', 'zh-Hans/en', t27, 3, ANY),
    'T28': ('customer_file', 'zh-Hans', t28, 0, ANY),
    'T29': ('customer_file', 'en', t29, 0, ANY),
    'T30': ('customer_file', 'zh-Hant', t28, 0, ANY),
    'T31': ('customer_file', 'zh-Hans', t31, 3, ANY),
    'T32': ('customer_file', 'en', t32, 2, ANY),
    'T33': ('customer_file', 'zh-Hans', t33, 2, ANY),
    'T34': ('training', 'zh-Hans', t34, 3, ANY),
    'T35': ('training', 'en', t35, 3, ANY),
    'T36': ('training', 'zh-Hant', t36, 2, ANY),
}
SHARES = [('repair', 0.30), ('service_report', 0.25), ('complaint', 0.12), ('equipment_history', 0.13),
          ('customer_file', 0.10), ('training', 0.10)]

import re  # noqa: E402

NUMDATE = re.compile(r'(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])')


def is_ambiguous(text, vw):
    if not vw:
        return False
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})(?: .*)?', vw)
    if not m:
        return False
    a, b = int(m.group(1)), int(m.group(2))
    if a > 12 or b > 12 or a == b:
        return False
    if re.search(r'DD/MM/YYYY|MM/DD/YYYY', text, re.I):
        return False
    for mm in NUMDATE.finditer(text):
        if int(mm.group(1)) > 12 or int(mm.group(2)) > 12:
            return False
    return True


class Generator:
    def __init__(self, n, seed):
        self.n = n
        self.seed = seed
        self.customers = build_customers(seed, n)
        self.units = build_units(seed, self.customers)
        self.by_owner = {}
        for u in self.units:
            self.by_owner.setdefault(u['owner'], []).append(u)

    def plan(self):
        n = self.n
        counts = {k: int(round(n * s)) for k, s in SHARES}
        diff = n - sum(counts.values())
        counts['repair'] += diff
        wr = rng_for(self.seed, 'plan')
        ncf = counts['customer_file']
        masters = []
        cl = list(self.customers)
        wr.shuffle(cl)
        for c in cl[:min(ncf, int(round(len(cl) * 0.7)))]:
            if c['_region'] == 'tw':
                t = wr.choice(['T30', 'T30', 'T29'])
            else:
                t = wr.choice(['T28', 'T28', 'T28', 'T28', 'T29', 'T29', 'T30'])
            masters.append(('customer_file', t, c['id']))
        plan = list(masters)
        for k, _ in SHARES:
            m = counts[k] - (len(masters) if k == 'customer_file' else 0)
            plan += [(k, None, None)] * m
        wr.shuffle(plan)
        return plan

    def pick_template(self, r, kind):
        ids = [t for t, v in TEMPLATES.items() if v[0] == kind and v[3] > 0]
        ws = [TEMPLATES[t][3] for t in ids]
        return r.choices(ids, ws)[0]

    def make_doc(self, i, kind, tpl, cid):
        r = rng_for(self.seed, 'pick', i)
        for attempt in range(50):
            t = tpl or self.pick_template(r, kind)
            k, lang, fn, _, ok = TEMPLATES[t]
            if lang == 'zh-Hans/en':
                lang = r.choice(['zh-Hans', 'zh-Hans', 'en'])
            if kind == 'training':
                u = r.choice(self.units)
                d = Doc(self, i, kind, t, lang, None, None)
                d.u = u
                d.t['model'] = u['model']
                return d, fn
            if cid:
                c = next(x for x in self.customers if x['id'] == cid)
            else:
                pref = {'zh-Hans': 'cn', 'zh-Hant': 'tw', 'en': None}[lang]
                pool = [x for x in self.customers if any(ok(x, u) for u in self.by_owner[x['id']])]
                if pref == 'cn' and r.random() < 0.95:
                    pool = [x for x in pool if x['_region'] == 'cn'] or pool
                elif pref == 'tw' and r.random() < 0.6:
                    pool = [x for x in pool if x['_region'] == 'tw'] or pool
                if not pool:
                    continue
                c = r.choice(pool)
            if kind == 'customer_file':
                return Doc(self, i, kind, t, lang, c, None), fn
            us = [u for u in self.by_owner[c['id']] if ok(c, u)]
            if not us:
                continue
            u = r.choice(us)
            return Doc(self, i, kind, t, lang, c, u), fn
        raise RuntimeError('no compatible customer')

    def run(self, out):
        docs_dir = os.path.join(out, 'docs')
        if os.path.exists(docs_dir):
            shutil.rmtree(docs_dir)
        os.makedirs(docs_dir)
        truth = []
        used = set()
        for i, (kind, tpl, cid) in enumerate(self.plan()):
            d, fn = self.make_doc(i, kind, tpl, cid)
            folder, stem, ext, content = fn(d)
            stem = stem.replace('/', '-')
            rel = f'{folder}/{stem}.{ext}'
            if rel in used:
                rel = f'{folder}/{stem}_{i:04d}.{ext}'
            used.add(rel)
            er = rng_for(self.seed, 'enc', i)
            enc = 'utf-8'
            if ext == 'docx':
                data = blocks_docx(content, er)
                text = docx_text(data)
            else:
                text = content
                crlf = ext in ('txt', 'csv') and er.random() < 0.25
                if ext in ('txt', 'csv') and d.lang == 'zh-Hans' and er.random() < 0.12:
                    enc = 'gb18030'
                elif ext == 'txt' and d.lang == 'zh-Hant' and er.random() < 0.4:
                    try:
                        text.encode('big5')
                        enc = 'big5'
                    except UnicodeEncodeError:
                        enc = 'utf-8'
                elif ext == 'csv' and er.random() < 0.25:
                    enc = 'utf-8-sig'
                raw = text.replace('\n', '\r\n') if crlf else text
                data = raw.encode(enc)
            self.selfcheck(d, text, rel)
            p = os.path.join(docs_dir, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, 'wb') as f:
                f.write(data)
            truth.append(self.truth_line(d, rel, enc, text))
        with open(os.path.join(out, 'truth.jsonl'), 'w', encoding='utf-8') as f:
            for t in truth:
                f.write(json.dumps(t, ensure_ascii=False) + '\n')
        keys = ['id', 'name', 'city', 'city_pinyin', 'number', 'institution', 'department', 'english', 'brand',
                'traditional', 'address']
        with open(os.path.join(out, 'customers.json'), 'w', encoding='utf-8') as f:
            json.dump({'customers': [{k: c[k] for k in keys} for c in self.customers]}, f, ensure_ascii=False, indent=1)
            f.write('\n')
        ukeys = ['serial', 'model', 'owner', 'install_date', 'purchase_date', 'warranty_until', 'family']
        with open(os.path.join(out, 'units.json'), 'w', encoding='utf-8') as f:
            json.dump({'units': [{k: u[k] for k in ukeys} for u in self.units]}, f, ensure_ascii=False, indent=1)
            f.write('\n')
        with open(os.path.join(out, '.tunegen'), 'w', encoding='utf-8') as f:
            f.write(f'tunegen output; --docs {self.n} --seed {self.seed}\n')
        return truth

    def selfcheck(self, d, text, rel):
        t = d.t
        strs = [t['customer_as_written'], t['serial_as_written'], t['model_as_written'], t['visit_date_as_written'],
                t['fault'], t['cause'], t['action'], t['engineer'], t['number']]
        for v in d.visits:
            strs += [v['date_as_written'], v['fault'], v['cause'], v['action'], v['engineer'], v['number']]
        strs += [o['as_written'] for o in d.other] + d.serials_w
        for s in strs:
            if s and s not in text:
                raise AssertionError(f'{rel} ({d.tpl}): {s!r} not in text')

    def truth_line(self, d, rel, enc, text):
        t = d.t
        visits = [dict(date=v['date'].isoformat(), date_as_written=v['date_as_written'], fault=v['fault'], cause=v['cause'],
                       action=v['action'], engineer=v['engineer'], engineer_id=v['engineer_id'], number=v['number'])
                  for v in d.visits]
        return dict(path=rel, kind=d.kind, template=d.tpl, lang=d.lang, encoding=enc,
                    customer=t['customer'], customer_as_written=t['customer_as_written'],
                    serial=t['serial'], serial_as_written=t['serial_as_written'],
                    model=t['model'], model_as_written=t['model_as_written'],
                    visit_date=t['visit_date'], visit_date_as_written=t['visit_date_as_written'],
                    other_dates=d.other, date_ambiguous=is_ambiguous(text, t['visit_date_as_written']),
                    fault=t['fault'], cause=t['cause'], action=t['action'], engineer=t['engineer'],
                    engineer_id=t['engineer_id'], number=t['number'], visits=visits,
                    serials=d.serials, serials_as_written=d.serials_w)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--docs', type=int, default=2000)
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()
    out = a.out
    if os.path.exists(out):
        entries = os.listdir(out)
        if entries and not os.path.exists(os.path.join(out, '.tunegen')):
            sys.exit(f'tunegen: {out} is neither empty nor an earlier tunegen output (no .tunegen marker)')
    else:
        os.makedirs(out)
    g = Generator(a.docs, a.seed)
    truth = g.run(out)
    print(f'tunegen: {len(truth)} documents, {len(g.customers)} customers, {len(g.units)} units -> {out}')


if __name__ == '__main__':
    main()
