# eleventhgen data: the service company, families, models, serial styles, faults, engineers, places.
CO = {
    'cn': '沛岚数码设备技术服务有限公司', 'cn_short': '沛岚数码', 'en': 'Peilan Digital Equipment Services Co., Ltd.',
    'tw': '沛嵐資訊設備股份有限公司', 'tw_short': '沛嵐資訊', 'hk': '沛嵐數碼設備服務（香港）有限公司',
    'sg': 'Peilan Digital Services Pte. Ltd.', 'my': 'Peilan Digital Services (M) Sdn. Bhd.',
    'hotline': '400-820-6631', 'tw_tel': '0800-066-316', 'hk_tel': '+852 3568 0216', 'sg_tel': '+65 6702 1183',
}
OEM = 'Orvane Technologies'   # global vendor whose English templates some documents use

# family -> (zh, zh-Hant, en, [models], pm months, sectors)
FAMILIES = {
    'mfp':    ('多功能复合机', '多功能事務機', 'multifunction printer', ['BZ-C3525', 'BZ-M6040'], 6),
    'prod':   ('生产型数码印刷机', '生產型數位印刷機', 'production printer', ['VP-9100', 'VP-C7200'], 3),
    'pos':    ('收银POS终端', '收銀POS終端', 'POS terminal', ['TQ-580', 'RX-80U'], 12),
    'kiosk':  ('自助服务终端', '自助服務終端', 'self-service kiosk', ['QK-22T', 'KD-410'], 6),
    'server': ('服务器及存储', '伺服器及儲存', 'server / storage', ['SR-2650', 'SA-5300'], 12),
    'net':    ('网络设备', '網路設備', 'network equipment', ['NX-5448', 'FV-3160', 'WC-760'], 12),
    'ups':    ('不间断电源', '不斷電系統', 'UPS', ['UH-20K', 'UH-60K'], 6),
    'crac':   ('机房精密空调', '機房精密空調', 'precision air conditioner', ['PC-25HA', 'PC-40HW'], 6),
    'av':     ('投影及交互平板', '投影及互動面板', 'projector / interactive panel', ['PJ-5280W', 'IF-86E'], 12),
}
MODEL_NAMES = {
    'BZ-C3525': ('彩色复合机', 'colour MFP'), 'BZ-M6040': ('黑白复合机', 'mono MFP'),
    'VP-9100': ('高速黑白印刷机', 'mono production printer'), 'VP-C7200': ('彩色生产型印刷机', 'colour production printer'),
    'TQ-580': ('收银一体机', 'POS terminal'), 'RX-80U': ('热敏小票打印机', 'receipt printer'),
    'QK-22T': ('排队叫号机', 'queue ticket machine'), 'KD-410': ('自助发卡机', 'card dispenser'),
    'SR-2650': ('机架式服务器', 'rack server'), 'SA-5300': ('磁盘阵列', 'storage array'),
    'NX-5448': ('核心交换机', 'core switch'), 'FV-3160': ('防火墙', 'firewall'), 'WC-760': ('无线控制器', 'Wi-Fi controller'),
    'UH-20K': ('UPS主机', 'UPS'), 'UH-60K': ('模块化UPS', 'modular UPS'),
    'PC-25HA': ('风冷精密空调', 'air-cooled CRAC'), 'PC-40HW': ('水冷精密空调', 'water-cooled CRAC'),
    'PJ-5280W': ('激光投影机', 'laser projector'), 'IF-86E': ('86寸交互平板', '86" interactive panel'),
}
SECTOR_FAMILIES = {
    'bank': ['mfp', 'kiosk', 'kiosk', 'server', 'net', 'ups', 'pos'],
    'school': ['av', 'av', 'mfp', 'net', 'server', 'prod'],
    'gov': ['kiosk', 'mfp', 'prod', 'server', 'net', 'ups', 'crac'],
    'retail': ['pos', 'pos', 'net', 'mfp'],
    'hotel': ['pos', 'net', 'av', 'mfp', 'ups'],
    'hospital': ['server', 'ups', 'crac', 'net', 'kiosk', 'mfp'],
    'company': ['server', 'net', 'ups', 'crac', 'mfp', 'prod'],
}

# fault catalogue: family -> [(code, [zh x3], [en x2], cause zh, cause en, action zh, action en)]
FAULTS = {
 'mfp': [
  ('SC542', ['开机报SC542，无法打印', '定影温度异常，面板显示SC542', '复合机提示定影单元故障'], ['SC542 fuser temperature error', 'fuser error at power-up'],
   '定影热敏电阻老化', 'fuser thermistor degraded', '更换定影热敏电阻并校准定影温度', 'replaced the fuser thermistor and recalibrated fusing temperature'),
  ('J101', ['纸盒2频繁卡纸', '第二纸盒进纸经常卡住', '二号纸盒搓纸不进'], ['frequent paper jams from tray 2', 'tray 2 misfeeds'],
   '搓纸轮磨损打滑', 'pickup roller worn and slipping', '更换搓纸轮和分页垫', 'replaced pickup roller and separation pad'),
  ('C02', ['复印件有竖向黑线', '输稿器扫描出现黑色竖条', '复印出来有一条黑线'], ['vertical black lines on copies', 'black streaks when scanning from the ADF'],
   '扫描玻璃有胶渍', 'glue residue on the ADF scan glass', '清洁扫描玻璃并更换白色导板', 'cleaned the scan glass and replaced the white guide'),
  ('N35', ['扫描到共享文件夹失败', '扫描发送报错N35', '无法扫描到电脑'], ['scan to folder fails', 'SMB scan error N35'],
   '服务器关闭了SMB1协议', 'file server disabled SMB1', '升级固件启用SMB3并重设扫描路径', 'updated firmware for SMB3 and reset the scan path'),
 ],
 'prod': [
  ('E710', ['供粉不足报E710', '碳粉补给异常，印刷发白', '印刷件整体偏淡'], ['toner supply error E710', 'prints fading, toner supply fault'],
   '供粉马达齿轮断齿', 'toner supply motor gear broken', '更换供粉马达组件', 'replaced the toner supply motor assembly'),
  ('F221', ['大批量印刷时双面卡纸', '双面单元卡纸频繁', '印刷到一半报卡纸F221'], ['duplex jams in long runs', 'jam F221 in duplex unit'],
   '双面单元传感器脏污', 'duplex path sensor dirty', '清洁传感器并更换双面导轮', 'cleaned the sensor and replaced duplex guide rollers'),
  ('Q09', ['印品出现横向条纹', '彩色印刷有横纹', '版面有周期性横条'], ['horizontal banding on prints', 'periodic banding on colour pages'],
   '转印带表面划伤', 'transfer belt scratched', '更换中间转印带并做色彩校正', 'replaced the intermediate transfer belt and ran colour calibration'),
  ('H47', ['装订单元不出钉', '骑马订装订失败', '装订器报H47'], ['stapler unit not stapling', 'saddle stitch failure H47'],
   '订书头卡钉', 'staple head jammed', '清理订书头并更换钉仓', 'cleared the staple head and replaced the cartridge'),
 ],
 'pos': [
  ('P-03', ['小票打印空白', '打出来的小票没有字', '收银小票打印不清'], ['receipts print blank', 'faint receipts'],
   '热敏打印头老化', 'thermal print head worn', '更换打印头', 'replaced the thermal print head'),
  ('P-11', ['收银机开机卡在启动界面', '收银一体机无法进系统', '开机后一直转圈'], ['POS stuck at boot screen', 'terminal will not load the OS'],
   '固态硬盘坏块', 'SSD bad blocks', '更换固态硬盘并恢复收银系统', 'replaced the SSD and restored the POS image'),
  ('P-24', ['扫码枪不识别', '扫码枪扫不出条码', '扫码没反应'], ['barcode scanner not recognised', 'scanner does not read barcodes'],
   'USB口接触不良', 'loose USB port', '更换USB接口板并重新配置扫码枪', 'replaced the USB board and reconfigured the scanner'),
  ('P-30', ['钱箱打不开', '结账后钱箱不弹出', '钱箱不弹'], ['cash drawer does not open', 'drawer not kicking out after sale'],
   '钱箱电磁铁烧毁', 'drawer solenoid burnt', '更换钱箱电磁铁', 'replaced the drawer solenoid'),
 ],
 'kiosk': [
  ('K-12', ['叫号机不出票', '取号机出票卡纸', '排队机打不出号票'], ['ticket machine not issuing tickets', 'ticket jam in queue machine'],
   '切刀卡死', 'cutter jammed', '更换切刀组件', 'replaced the cutter assembly'),
  ('K-27', ['触摸屏点击偏移', '触摸屏不灵', '屏幕点了没反应'], ['touch screen offset', 'touch screen unresponsive'],
   '触摸屏校准数据丢失', 'touch calibration lost', '重新校准触摸屏并更新驱动', 'recalibrated the touch screen and updated the driver'),
  ('K-35', ['发卡机吞卡', '发卡卡在通道里', '卡片发不出来'], ['card dispenser swallows cards', 'card stuck in the channel'],
   '发卡通道皮带老化', 'card transport belt worn', '更换发卡皮带并清洁通道', 'replaced the transport belt and cleaned the channel'),
  ('K-40', ['终端与后台断开连接', '自助机显示网络中断', '叫号系统掉线'], ['terminal lost connection to server', 'kiosk shows network offline'],
   '网卡驱动异常', 'NIC driver fault', '更新网卡驱动并重设静态IP', 'updated the NIC driver and reset the static IP'),
 ],
 'server': [
  ('S-201', ['服务器硬盘亮黄灯', '阵列降级，一块盘故障', '存储报磁盘失效'], ['amber LED on a disk, array degraded', 'disk failure alert'],
   '硬盘物理损坏', 'disk hardware failure', '更换硬盘并完成阵列重建', 'replaced the disk and rebuilt the array'),
  ('S-115', ['服务器频繁自动重启', '服务器无故重启', '业务系统隔几天宕机一次'], ['server reboots randomly', 'unexpected restarts'],
   '内存条ECC错误', 'ECC errors on a DIMM', '更换故障内存条', 'replaced the failing DIMM'),
  ('S-330', ['电源模块告警', '服务器单电源报警', '冗余电源失效'], ['PSU redundancy lost', 'power supply alarm'],
   '电源模块风扇损坏', 'PSU fan failed', '更换电源模块', 'replaced the power supply module'),
  ('S-412', ['存储控制器离线', '阵列控制器B掉线', '存储一个控制器不工作'], ['storage controller offline', 'controller B down'],
   '控制器固件缺陷', 'controller firmware defect', '升级控制器固件并恢复双活', 'upgraded controller firmware and restored dual-active'),
 ],
 'net': [
  ('N-04', ['交换机端口频繁掉线', '多个端口UP/DOWN', '办公区网络时断时续'], ['switch ports flapping', 'intermittent network in the office'],
   '光模块老化', 'aging SFP module', '更换光模块并清洁光纤接头', 'replaced the SFP module and cleaned the fibre connectors'),
  ('N-19', ['防火墙CPU占用100%', '上网很慢，防火墙卡顿', '防火墙会话数满'], ['firewall CPU at 100%', 'slow internet, firewall overloaded'],
   '病毒终端大量会话', 'infected host flooding sessions', '隔离异常终端并调整会话策略', 'isolated the infected host and tuned session limits'),
  ('N-22', ['无线AP大面积离线', 'Wi-Fi连不上', '无线控制器上AP掉线'], ['APs offline on the controller', 'Wi-Fi unavailable'],
   '控制器证书过期', 'controller certificate expired', '更新控制器证书并重启AP', 'renewed the controller certificate and restarted the APs'),
  ('N-31', ['设备风扇告警', '交换机风扇报警', '机箱温度过高告警'], ['fan alarm on the chassis', 'over-temperature alarm'],
   '风扇模块损坏', 'fan tray failed', '更换风扇模块', 'replaced the fan tray'),
 ],
 'ups': [
  ('U-08', ['UPS报电池故障', '电池自检不通过', 'UPS电池灯常亮'], ['UPS battery fault', 'battery self-test failed'],
   '电池组老化内阻偏大', 'battery string aged, high internal resistance', '更换整组电池', 'replaced the battery string'),
  ('U-15', ['UPS转旁路运行', 'UPS自动切到旁路', '逆变器关闭转旁路'], ['UPS transferred to bypass', 'inverter off, on bypass'],
   '逆变模块IGBT损坏', 'inverter IGBT failed', '更换逆变模块', 'replaced the inverter module'),
  ('U-21', ['UPS风扇异响', 'UPS噪音很大', '主机内有异响'], ['UPS fan noise', 'loud noise inside the UPS'],
   '风扇轴承磨损', 'fan bearing worn', '更换散热风扇', 'replaced the cooling fans'),
  ('U-33', ['UPS过载报警', '负载过高报警', 'UPS过载灯亮'], ['UPS overload alarm', 'load above rating'],
   '新增设备超出容量', 'new equipment exceeded capacity', '调整负载分配并建议扩容', 'rebalanced loads and advised an upgrade'),
 ],
 'crac': [
  ('A-05', ['空调高压告警', '精密空调报高压停机', '压缩机高压保护'], ['high-pressure alarm', 'compressor high-pressure trip'],
   '冷凝器翅片脏堵', 'condenser coil clogged', '清洗冷凝器并复位', 'cleaned the condenser coil and reset'),
  ('A-12', ['机房温度偏高', '空调制冷效果差', '回风温度超过28度'], ['room temperature high', 'poor cooling'],
   '冷媒泄漏', 'refrigerant leak', '补漏并加注冷媒', 'fixed the leak and recharged refrigerant'),
  ('A-18', ['加湿器报警', '加湿罐故障', '湿度上不去'], ['humidifier alarm', 'humidity too low'],
   '加湿罐结垢', 'humidifier canister scaled', '更换加湿罐', 'replaced the humidifier canister'),
  ('A-26', ['空调漏水', '机房地板有积水', '空调底部滴水'], ['water leak under the unit', 'water on the raised floor'],
   '冷凝水管堵塞', 'condensate drain blocked', '疏通排水管并加装漏水检测', 'cleared the drain and added a leak sensor'),
 ],
 'av': [
  ('V-02', ['投影画面偏暗', '投影亮度不够', '投影看不清'], ['projected image dim', 'low brightness'],
   '光源衰减', 'light source degraded', '更换激光光源模块', 'replaced the laser light module'),
  ('V-09', ['交互平板触摸失灵', '白板书写不跟手', '平板触控没反应'], ['touch not working on the panel', 'pen lag on the panel'],
   '触摸框排线松动', 'touch frame cable loose', '重新插接触摸框排线并校准', 'reseated the touch frame cable and recalibrated'),
  ('V-14', ['投影机过热关机', '上课中投影自动关机', '投影机温度报警'], ['projector shuts down from overheating', 'temperature warning'],
   '滤网堵塞', 'air filter clogged', '清洁滤网并更换风扇', 'cleaned the filter and replaced the fan'),
  ('V-20', ['平板开机无信号', '一体机黑屏', '大屏开机没画面'], ['panel shows no signal', 'black screen on power-up'],
   'OPS电脑模块内存松动', 'OPS module memory loose', '重新安装OPS内存并更新固件', 'reseated OPS memory and updated firmware'),
 ],
}

PM_WORDS = {  # non-repair visit kinds: (zh, zh-Hant, en)
    'install': ('安装调试完成，培训使用人员', '安裝測試完成，並教育使用人員', 'installed, tested and users trained'),
    'pm': ('例行保养：清洁、检测、更换易损件', '定期保養：清潔、檢測、更換耗材', 'preventive maintenance: cleaning, checks, wear parts'),
    'meter': ('抄表计费，核对计数器读数', '抄表計費，核對計數器讀數', 'meter reading for billing, counters verified'),
    'patrol': ('机房巡检，各项指标正常', '機房巡檢，各項指標正常', 'site inspection, all readings normal'),
    'reloc': ('移机并重新安装调试', '移機並重新安裝測試', 'relocated, reinstalled and tested'),
}

ENGINEERS = [  # id, name, region, english, staff no
    ('E01', '晏志鹏', 'cn', 'Yan Zhipeng', 'PL0211'), ('E02', '郜俊辉', 'cn', 'Gao Junhui', 'PL0218'),
    ('E03', '牟海峰', 'cn', 'Mou Haifeng', 'PL0305'), ('E04', '闫立群', 'cn', 'Yan Liqun', 'PL0322'),
    ('E05', '庹明远', 'cn', 'Tuo Mingyuan', 'PL0407'), ('E06', '亓振华', 'cn', 'Qi Zhenhua', 'PL0419'),
    ('E07', '逯春雷', 'cn', 'Lu Chunlei', 'PL0503'), ('E08', '缪晓军', 'cn', 'Miao Xiaojun', 'PL0516'),
    ('E09', '佘德胜', 'cn', 'She Desheng', 'PL0528'), ('E10', '甄伟民', 'cn', 'Zhen Weimin', 'PL0604'),
    ('E11', '歐陽承翰', 'tw', 'Chen-Han Ouyang', 'TW-117'), ('E12', '伍冠廷', 'tw', 'Kuan-Ting Wu', 'TW-128'),
    ('E13', '冼家俊', 'hk', 'Ken Sin', 'HK-031'), ('E14', '鄺志明', 'hk', 'Kwong Chi-ming', 'HK-046'),
    ('E15', 'Devan Pillai', 'sg', 'Devan Pillai', 'SG-12'), ('E16', 'Sim Kok Leong', 'sg', 'Sim Kok Leong', 'MY-07'),
]

DEALERS = {
    'cn': ['湘南鼎信办公设备有限公司', '恒辉电子科技有限公司', '闽泰数码科技有限公司', '桂东联创信息技术有限公司'],
    'tw': ['宏達事務機器行', '新亞資訊系統有限公司'], 'hk': ['港聯辦公設備有限公司'], 'sg': ['Tanjong Office Automation Pte Ltd'],
}
CONTACT_SURNAMES_CN = ['谭', '司徒', '尉', '仉', '蒯', '麦', '隗', '亢', '柏', '弓']
CONTACT_TITLES_CN = {'bank': ['运营主管', '网点主任', '科技部'], 'school': ['信息中心老师', '电教老师', '总务主任'],
    'gov': ['办公室主任', '信息科科长', '综合科'], 'retail': ['店长', '收银主管', '值班经理'], 'hotel': ['工程部经理', 'IT主管', '前厅经理'],
    'hospital': ['信息科主任', '网络管理员', '信息科工程师'], 'company': ['IT经理', '网管', '行政主管']}

# places: key -> (city, pinyin, districts, region)
CITIES_CN = [('郴州', 'Chenzhou', ['北湖', '苏仙']), ('邵阳', 'Shaoyang', ['双清', '大祥']), ('怀化', 'Huaihua', ['鹤城', '中方']),
    ('荆门', 'Jingmen', ['东宝', '掇刀']), ('咸宁', 'Xianning', ['咸安', '温泉']), ('驻马店', 'Zhumadian', ['驿城', '遂平']),
    ('聊城', 'Liaocheng', ['东昌府', '茌平']), ('泰安', "Tai'an", ['泰山', '岱岳']), ('枣庄', 'Zaozhuang', ['市中', '薛城']),
    ('南平', 'Nanping', ['延平', '建阳']), ('玉林', 'Yulin', ['玉州', '福绵']), ('内江', 'Neijiang', ['东兴', '市中']),
    ('衡水', 'Hengshui', ['桃城', '冀州']), ('亳州', 'Bozhou', ['谯城', '利辛'])]
CITIES_TW = [('板橋', 'Banqiao'), ('中壢', 'Zhongli'), ('新莊', 'Xinzhuang'), ('三重', 'Sanchong'), ('豐原', 'Fengyuan'), ('員林', 'Yuanlin')]
CITIES_HK = [('旺角', 'Mong Kok'), ('沙田', 'Sha Tin'), ('荃灣', 'Tsuen Wan'), ('觀塘', 'Kwun Tong'), ('將軍澳', 'Tseung Kwan O')]
ROADS = ['人民路', '解放路', '建设路', '五一路', '兴华路', '滨江路', '朝阳路', '文化路', '新华路', '迎宾路', '健康路', '东风路']
BANKS = [('中国建设银行股份有限公司', '建行', 'China Construction Bank', 'CCB'), ('中国工商银行股份有限公司', '工行', 'Industrial and Commercial Bank of China', 'ICBC'),
         ('中国银行股份有限公司', '中行', 'Bank of China', 'BOC'), ('中国农业银行股份有限公司', '农行', 'Agricultural Bank of China', 'ABC')]
CHAINS = [('佳禾超市', '佳禾', 'Jiahe Supermarket', 'JH'), ('优鲜汇生活超市', '优鲜汇', 'Youxianhui Market', 'YX'), ('万隆购物广场', '万隆', 'Wanlong Plaza', 'WL')]
BRANDS = ['恒锐', '嘉远', '通泰', '华茂', '瑞丰', '鸿业', '德润', '金桥', '博通', '兴邦', '宏远', '安达']
BRAND_PY = {'恒锐': 'Hengrui', '嘉远': 'Jiayuan', '通泰': 'Tongtai', '华茂': 'Huamao', '瑞丰': 'Ruifeng', '鸿业': 'Hongye',
            '德润': 'Derun', '金桥': 'Jinqiao', '博通': 'Botong', '兴邦': 'Xingbang', '宏远': 'Hongyuan', '安达': 'Anda'}
INDUSTRIES = [('物流有限公司', 'Logistics Co., Ltd.'), ('化工有限公司', 'Chemical Co., Ltd.'), ('食品股份有限公司', 'Food Co., Ltd.'),
              ('建设工程有限公司', 'Construction Co., Ltd.'), ('医药有限公司', 'Pharmaceutical Co., Ltd.'), ('纺织有限公司', 'Textile Co., Ltd.')]
HOTEL_WORDS = [('国际大酒店', 'International Hotel'), ('宾馆', 'Hotel'), ('温泉酒店', 'Hot Spring Hotel')]
NUM_ZH = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']
DIST_PY = {'北湖': 'Beihu', '苏仙': 'Suxian', '双清': 'Shuangqing', '大祥': 'Daxiang', '鹤城': 'Hecheng', '中方': 'Zhongfang',
           '东宝': 'Dongbao', '掇刀': 'Duodao', '咸安': "Xian'an", '温泉': 'Wenquan', '驿城': 'Yicheng', '遂平': 'Suiping',
           '东昌府': 'Dongchangfu', '茌平': 'Chiping', '泰山': 'Taishan', '岱岳': 'Daiyue', '市中': 'Shizhong', '薛城': 'Xuecheng',
           '延平': 'Yanping', '建阳': 'Jianyang', '玉州': 'Yuzhou', '福绵': 'Fumian', '东兴': 'Dongxing', '桃城': 'Taocheng',
           '冀州': 'Jizhou', '谯城': 'Qiaocheng', '利辛': 'Lixin',
           '人民': 'Renmin', '解放': 'Jiefang', '建设': 'Jianshe', '五一': 'Wuyi', '兴华': 'Xinghua', '滨江': 'Binjiang',
           '朝阳': 'Chaoyang', '文化': 'Wenhua', '新华': 'Xinhua', '迎宾': 'Yingbin', '健康': 'Jiankang', '东风': 'Dongfeng'}
