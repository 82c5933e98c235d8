# eleventhgen world: customers and their written names, units, moves, service lives, complaints.
import datetime as dt
import hashlib
import random
import unicodedata
from e11_data import *
from e11_zh import s2t, t2s

END = dt.date(2025, 10, 10)


def R(*parts):
    h = hashlib.sha256('/'.join(str(p) for p in parts).encode()).digest()
    return random.Random(int.from_bytes(h[:8], 'big'))


def workday(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def fold(s):
    s = t2s(unicodedata.normalize('NFKC', s)).casefold()
    return ''.join(c for c in s if c.isalnum())


def _cust(region, sector, city, py, name, inst, dept=None, number=None, english='', brand=None, zh=(), hant=(), en=(),
          address='', former=None):
    return dict(region=region, sector=sector, city=city, city_pinyin=py, name=name, institution=inst, department=dept,
                number=number, english=english, brand=brand, zh=list(zh), hant=list(hant), en=list(en), address=address,
                former=former or [])


def curated():
    C = []
    # 建行郴州: 营业部 and two sub-branches — three customers
    for sub, road in (('营业部', '国庆北路'), ('北湖支行', '人民西路'), ('苏仙支行', '苏仙北路')):
        if sub == '营业部':
            nm = '中国建设银行股份有限公司郴州分行营业部'
            zh = ['建行郴州分行营业部', '郴州建行营业部', '中国建设银行郴州分行营业部']
            en = ['China Construction Bank Chenzhou Branch Business Department', 'CCB Chenzhou Br. Business Dept.']
        else:
            d = sub[:2]
            nm = '中国建设银行股份有限公司郴州%s' % sub
            zh = ['建行%s' % sub, '建行郴州%s' % sub, '郴州建行%s' % sub, '中国建设银行郴州分行%s' % sub]
            en = ['China Construction Bank Chenzhou %s Sub-branch' % {'北湖': 'Beihu', '苏仙': 'Suxian'}[d],
                  'CCB %s Sub-branch, Chenzhou' % {'北湖': 'Beihu', '苏仙': 'Suxian'}[d]]
        C.append(_cust('cn', 'bank', '郴州', 'Chenzhou', nm, '中国建设银行股份有限公司', None, None, en[0], '建行', zh, (), en,
                       '湖南省郴州市%s区%s%d号' % ('北湖' if sub != '苏仙支行' else '苏仙', road, 18 + len(C) * 7)))
    # 怀化职业技术学院: two departments, bare name never written alone
    for dept, den in (('信息中心', 'Information Centre'), ('图书馆', 'Library')):
        C.append(_cust('cn', 'school', '怀化', 'Huaihua', '怀化职业技术学院' + dept, '怀化职业技术学院', dept, None,
                       'Huaihua Vocational and Technical College %s' % den, None,
                       ['怀化职业技术学院' + dept, '怀化职业技术学院 ' + dept, '怀化职院' + dept, '%s（怀化职业技术学院）' % dept, '怀职院·' + dept],
                       (), ['Huaihua Vocational and Technical College - %s' % den, 'HVTC %s' % den], '湖南省怀化市鹤城区迎丰西路1号'))
    # renamed government service centre
    C.append(_cust('cn', 'gov', '聊城', 'Liaocheng', '聊城市东昌府区政务服务中心', '聊城市东昌府区政务服务中心', None, None,
                   'Dongchangfu District Government Service Center, Liaocheng', None,
                   ['聊城市东昌府区政务服务中心', '东昌府区政务服务中心', '东昌府政务服务中心', '东昌府区政务大厅'], (),
                   ['Dongchangfu District Government Service Center, Liaocheng', 'Dongchangfu Gov. Service Center'],
                   '山东省聊城市东昌府区柳园南路66号',
                   [dict(name='聊城市东昌府区行政服务中心', english='Dongchangfu District Administrative Service Center', until='2021-03-31',
                         forms=['聊城市东昌府区行政服务中心', '东昌府区行政服务中心', '东昌府行政服务中心'])]))
    C.append(_cust('cn', 'gov', '泰安', "Tai'an", '国家税务总局泰安市泰山区税务局第一税务分局', '国家税务总局泰安市泰山区税务局', '第一税务分局', None,
                   "Taishan District Tax Bureau First Branch, Tai'an", None,
                   ['国家税务总局泰安市泰山区税务局第一税务分局', '泰山区税务局第一税务分局', '泰山区税务一分局', '泰安市泰山区税务局一分局'], (),
                   ["Taishan District Tax Bureau First Branch, Tai'an", 'Taishan Tax Bureau 1st Branch'], '山东省泰安市泰山区东岳大街209号'))
    C.append(_cust('cn', 'company', '衡水', 'Hengshui', '衡水恒锐新材料股份有限公司信息部', '衡水恒锐新材料股份有限公司', '信息部', None,
                   'Hengshui Hengrui New Materials Co., Ltd. IT Dept.', '恒锐',
                   ['衡水恒锐新材料股份有限公司信息部', '衡水恒锐新材料 信息部', '恒锐新材料信息部', '恒锐新材（衡水）信息部'], (),
                   ['Hengshui Hengrui New Materials Co., Ltd. - IT Dept.', 'Hengrui New Materials IT'], '河北省衡水市桃城区北方工业基地橡塑路8号',
                   [dict(name='衡水恒锐化工有限公司信息部', english='Hengshui Hengrui Chemical Co., Ltd. IT Dept.', until='2022-06-30',
                         forms=['衡水恒锐化工有限公司信息部', '恒锐化工信息部', '衡水恒锐化工 信息部'])]))
    # 佳禾 chain: three stores in 荆门, each its own customer
    for road, no, en_road in (('象山路', '0213', 'Xiangshan Rd'), ('东宝', '0217', 'Dongbao'), ('掇刀', '0225', 'Duodao')):
        C.append(_cust('cn', 'retail', '荆门', 'Jingmen', '湖北佳禾商贸有限公司荆门%s店' % road, '湖北佳禾商贸有限公司', None, None,
                       'Jiahe Supermarket Jingmen %s Store' % en_road, '佳禾',
                       ['佳禾超市%s店' % road, '佳禾超市荆门%s店' % road, '佳禾%s店（门店编号%s）' % (road, no), '佳禾超市 JH%s %s店' % (no, road),
                        '湖北佳禾商贸有限公司荆门%s店' % road], (),
                       ['Jiahe Supermarket Jingmen %s Store' % en_road, 'Jiahe #%s (%s)' % (no, en_road)], '湖北省荆门市%s' % ('东宝区象山大道%s号' % no[1:])))
    C.append(_cust('cn', 'hospital', '内江', 'Neijiang', '内江市第二人民医院信息科', '内江市第二人民医院', '信息科', 2,
                   "Neijiang No.2 People's Hospital IT Department", None,
                   ['内江市第二人民医院信息科', '内江市二院信息科', '内江二院 信息科', '信息科（内江市第二人民医院）'], (),
                   ["Neijiang No.2 People's Hospital - IT Dept.", 'Neijiang 2nd Hospital IT'], '四川省内江市东兴区新江路186号'))
    # Taiwan
    for br, py in (('板橋', 'Banqiao'), ('新莊', 'Xinzhuang')):
        C.append(_cust('tw', 'bank', br, py, '', '合作金庫商業銀行', None, None, 'Taiwan Cooperative Bank %s Branch' % py, '合庫',
                       (), ['合作金庫商業銀行%s分行' % br, '合庫%s分行' % br, '合作金庫%s分行' % br, '合庫銀行%s分行' % br],
                       ['Taiwan Cooperative Bank %s Branch' % py, 'TCB %s Br.' % py], '新北市%s區中山路一段%d號' % (br, 61 + len(C))))
    C.append(_cust('tw', 'bank', '中壢', 'Zhongli', '', '臺灣土地銀行', None, None, 'Land Bank of Taiwan Zhongli Branch', '土銀',
                   (), ['臺灣土地銀行中壢分行', '土銀中壢分行', '土地銀行中壢分行'], ['Land Bank of Taiwan Zhongli Branch'], '桃園市中壢區中正路108號'))
    C.append(_cust('tw', 'school', '三重', 'Sanchong', '', '新北市立碧華國民中學', '資訊組', None, 'New Taipei Municipal Bihua Junior High School Information Section', None,
                   (), ['新北市立碧華國民中學資訊組', '碧華國中資訊組', '碧華國中 資訊組', '新北市立碧華國中資訊組'], ['Bihua Junior High School, Information Section'],
                   '新北市三重區碧華街31號'))
    C.append(_cust('tw', 'hospital', '員林', 'Yuanlin', '', '員林仁愛醫院', '資訊室', None, 'Yuanlin Ren-Ai Hospital Information Office', None,
                   (), ['員林仁愛醫院資訊室', '員林仁愛醫院 資訊室', '仁愛醫院(員林)資訊室'], ['Yuanlin Ren-Ai Hospital - Information Office'], '彰化縣員林市中正路201號'))
    C.append(_cust('tw', 'gov', '豐原', 'Fengyuan', '', '臺中市豐原區戶政事務所', None, None, 'Fengyuan District Household Registration Office, Taichung', None,
                   (), ['臺中市豐原區戶政事務所', '豐原戶政事務所', '豐原區戶政所', '台中市豐原區戶政事務所'], ['Fengyuan Household Registration Office'], '臺中市豐原區中正路120號'))
    C.append(_cust('tw', 'company', '中壢', 'Zhongli', '', '中壢精測科技股份有限公司', '資訊部', None, 'Zhongli Precision Test Technology Corp. IT Dept.', '精測',
                   (), ['中壢精測科技股份有限公司資訊部', '中壢精測 資訊部', '精測科技(中壢)資訊部'], ['Zhongli Precision Test Technology Corp. - IT'], '桃園市中壢區民族路六段396號'))
    # Hong Kong
    for br, py, addr in (('旺角', 'Mong Kok', '九龍旺角彌敦道638號'), ('沙田', 'Sha Tin', '新界沙田正街18號')):
        C.append(_cust('hk', 'bank', br, py, '', '東亞銀行有限公司', None, None, 'The Bank of East Asia, Limited - %s Branch' % py, '東亞',
                       (), ['東亞銀行%s分行' % br, '東亞%s分行' % br, '東亞銀行有限公司%s分行' % br],
                       ['The Bank of East Asia, Limited - %s Branch' % py, 'BEA %s Branch' % py], addr))
    C.append(_cust('hk', 'school', '荃灣', 'Tsuen Wan', '', '荃灣聖恩書院', '資訊科技組', None, 'Tsuen Wan Grace College IT Team', None,
                   (), ['荃灣聖恩書院資訊科技組', '聖恩書院 資訊科技組', '荃灣聖恩書院 IT組'], ['Tsuen Wan Grace College - IT Team'], '新界荃灣海盛路9號'))
    C.append(_cust('hk', 'gov', '觀塘', 'Kwun Tong', '', '觀塘民政事務處', None, None, 'Kwun Tong District Office', None,
                   (), ['觀塘民政事務處', '觀塘民政處'], ['Kwun Tong District Office', 'KTDO'], '九龍觀塘鯉魚門道6號'))
    C.append(_cust('hk', 'hotel', '將軍澳', 'Tseung Kwan O', '', '將軍澳海悅酒店', None, None, 'Harbourfront Bay Hotel Tseung Kwan O', None,
                   (), ['將軍澳海悅酒店', '海悅酒店(將軍澳)'], ['Harbourfront Bay Hotel Tseung Kwan O', 'Harbourfront Bay Hotel TKO'], '新界將軍澳唐德街9號'))
    # Singapore / Malaysia (English)
    sg = [('新加坡', 'Singapore', 'company', 'Kelvinport Logistics Pte Ltd', 'IT Department', ['Kelvinport Logistics - IT Department', 'Kelvinport IT Dept', 'KELVINPORT LOGISTICS PTE LTD (IT)'], '10 Tampines Central 1, #05-12, Singapore 529536'),
          ('新加坡', 'Singapore', 'hotel', 'Clementi Orchid Hotel', None, ['Clementi Orchid Hotel', 'Orchid Hotel Clementi'], '3151 Commonwealth Ave West, Singapore 129581'),
          ('新加坡', 'Singapore', 'school', 'Bedok Greenview Secondary School', None, ['Bedok Greenview Secondary School', 'Bedok Greenview Sec'], '11 Bedok North Ave 2, Singapore 469640'),
          ('八打灵再也', 'Petaling Jaya', 'bank', 'Sinar Utama Bank Berhad', 'Petaling Jaya Branch', ['Sinar Utama Bank Berhad - Petaling Jaya Branch', 'Sinar Utama Bank PJ Branch', 'SUB Petaling Jaya'], '12 Jalan 52/1, 46200 Petaling Jaya, Selangor'),
          ('梳邦再也', 'Subang Jaya', 'bank', 'Sinar Utama Bank Berhad', 'Subang Jaya Branch', ['Sinar Utama Bank Berhad - Subang Jaya Branch', 'Sinar Utama Bank SS15', 'SUB Subang Jaya'], '8 Jalan SS 15/4, 47500 Subang Jaya, Selangor'),
          ('蕉赖', 'Cheras', 'hospital', 'Cheras Cityview Medical Centre', 'IT Department', ['Cheras Cityview Medical Centre - IT Department', 'Cityview Medical Centre IT', 'CCMC IT Dept'], '1 Jalan Cerdas, 56000 Cheras, Kuala Lumpur')]
    for city, py, sector, inst, dept, forms, addr in sg:
        nm = inst + (' - ' + dept if dept else '')
        C.append(_cust('sg', sector, city, py, nm, inst, dept, None, nm, None, (), (), forms, addr))
    return C


def filler(i, rng):
    city, py, dists = CITIES_CN[rng.randrange(len(CITIES_CN))]
    dist = rng.choice(dists)
    road = rng.choice(ROADS)
    dpy, rpy = DIST_PY[dist], DIST_PY[road[:-1]]
    addr = '%s市%s区%s%d号' % (city, dist, road, rng.randint(2, 399))
    sector = rng.choices(['bank', 'school', 'gov', 'retail', 'hotel', 'hospital', 'company'], [24, 20, 14, 10, 8, 10, 14])[0]
    if sector == 'bank':
        full, ab, en, ea = rng.choice(BANKS)
        short = full.replace('股份有限公司', '')
        nm = '%s%s%s支行' % (full, city, dist)
        pyd = dist
        zh = ['%s%s支行' % (ab, dist), '%s%s%s支行' % (ab, city, dist), '%s%s%s支行' % (city, ab, dist), '%s%s分行%s支行' % (short, city, dist)]
        ens = ['%s %s %s Sub-branch' % (en, py, dpy), '%s %s Sub-branch (%s)' % (ea, dpy, py)]
        return _cust('cn', sector, city, py, nm, full, None, None, ens[0], ab, zh, (), ens, addr)
    if sector == 'school':
        k = rng.randrange(3)
        if k == 0:
            n = rng.randint(1, 9)
            nm = '%s市第%s中学' % (city, NUM_ZH[n])
            zh = [nm, '%s%s中' % (city, NUM_ZH[n]), '%s市%s中' % (city, NUM_ZH[n])]
            en = ['%s No.%d Middle School' % (py, n)]
            dept = rng.choice([None, '信息中心', '电教室'])
            num = n
        else:
            n = None
            nm = '%s市%s区%s' % (city, dist, '实验小学' if k == 1 else '%s小学' % road[:-1])
            zh = [nm, '%s区%s' % (dist, nm.split('区', 1)[1]), '%s%s' % (city, nm.split('区', 1)[1])]
            en = ['%s %s District %s Primary School' % (py, dpy, 'Experimental' if k == 1 else rpy)]
            dept = rng.choice([None, None, '信息中心'])
            num = None
        if dept:
            zh = [z + dept for z in zh[:2]] + ['%s %s' % (zh[0], dept), '%s（%s）' % (dept, zh[1])]
            en = [en[0] + ' - ' + {'信息中心': 'Information Centre', '电教室': 'AV Room'}[dept]]
        return _cust('cn', sector, city, py, nm + (dept or ''), nm, dept, num, en[0], None, zh, (), en, addr)
    if sector == 'gov':
        k = rng.randrange(3)
        if k == 0:
            nm = '%s市%s区行政审批局' % (city, dist)
            zh = [nm, '%s区行政审批局' % dist, '%s区审批局' % dist]
            en = ['%s District Administrative Approval Bureau, %s' % (dpy, py)]
        elif k == 1:
            n = rng.randint(1, 3)
            nm = '国家税务总局%s市%s区税务局第%s税务分局' % (city, dist, NUM_ZH[n])
            zh = [nm, '%s区税务局第%s税务分局' % (dist, NUM_ZH[n]), '%s税务%s分局' % (dist, NUM_ZH[n])]
            en = ['%s District Tax Bureau Branch %d, %s' % (dpy, n, py)]
        else:
            nm = '%s市%s区市场监督管理局' % (city, dist)
            zh = [nm, '%s区市场监管局' % dist, '%s%s区市监局' % (city, dist)]
            en = ['%s District Market Supervision Bureau, %s' % (dpy, py)]
        return _cust('cn', sector, city, py, nm, nm, None, None, en[0], None, zh, (), en, addr)
    if sector == 'retail':
        chain, ab, en, code = rng.choice(CHAINS)
        store = road[:-1] if rng.random() < .6 else dist
        no = '%04d' % rng.randint(101, 899)
        nm = '%s%s有限公司%s店' % (city, chain, store)
        zh = ['%s%s店' % (chain, store), '%s%s店' % (ab, store), '%s %s%s（门店编号%s）' % (chain, city, store, no), '%s%s店 No.%s' % (ab, store, no)]
        ens = ['%s %s Store #%s' % (en, py, no)]
        return _cust('cn', sector, city, py, nm, '%s%s有限公司' % (city, chain), None, None, ens[0], ab, zh, (), ens, addr)
    if sector == 'hotel':
        b = rng.choice(BRANDS)
        w, we = rng.choice(HOTEL_WORDS)
        nm = '%s%s%s' % (city, b, w)
        zh = [nm, '%s%s' % (b, w), '%s%s酒店' % (city, b)]
        en = ['%s %s %s' % (py, BRAND_PY[b], we)]
        return _cust('cn', sector, city, py, nm + '有限公司', nm + '有限公司', None, None, en[0], b, zh, (), en, addr)
    if sector == 'hospital':
        n = rng.randint(1, 4)
        k = rng.random() < .7
        inst = '%s市第%s人民医院' % (city, NUM_ZH[n]) if k else '%s市中医医院' % city
        short = '%s%s院' % (city, NUM_ZH[n]) if k else '%s中医院' % city
        zh = [inst + '信息科', short + '信息科', short + ' 信息科', '信息科（%s）' % inst]
        en = ["%s No.%d People's Hospital - IT Dept." % (py, n) if k else '%s Hospital of TCM - IT Dept.' % py]
        return _cust('cn', sector, city, py, inst + '信息科', inst, '信息科', n if k else None, en[0], None, zh, (), en, addr)
    b = rng.choice(BRANDS)
    ind, ie = rng.choice(INDUSTRIES)
    inst = '%s%s%s' % (city, b, ind)
    dept = rng.choice(['信息部', 'IT部', None])
    zh = [inst + (dept or ''), '%s%s%s' % (b, ind.replace('有限公司', '').replace('股份', ''), dept or ''), '%s(%s)%s' % (b, city, dept or '')]
    en = ['%s %s %s%s' % (py, BRAND_PY[b], ie, ' - IT' if dept else '')]
    return _cust('cn', 'company', city, py, inst + (dept or ''), inst, dept, None, en[0], b, zh, (), en, addr)


def build(seed, ndocs):
    ncust = max(12, min(120, ndocs // 22))
    cur = curated()
    custs = list(cur[:ncust])
    i = 0
    while len(custs) < ncust:
        custs.append(filler(i, R('e11', seed, 'cust', i)))
        i += 1
    # registered names; traditional names
    for c in custs:
        if c['region'] in ('tw', 'hk'):
            c['traditional'] = c['hant'][0]
            c['name'] = t2s(c['hant'][0])
        elif c['region'] == 'sg':
            c['traditional'] = c['name']
        else:
            c['traditional'] = s2t(c['name'], 'tw')
    # drop forms two customers could write; drop duplicate registered names
    owners = {}
    for k, c in enumerate(custs):
        for f in c['zh'] + c['hant'] + c['en'] + [f for o in c['former'] for f in o['forms']]:
            owners.setdefault(fold(f), set()).add(k)
    bad = {k for k, v in owners.items() if len(v) > 1}
    keep = []
    for c in custs:
        if fold(c['name']) in bad:
            continue
        for key in ('zh', 'hant', 'en'):
            c[key] = [f for f in dict.fromkeys(c[key]) if fold(f) not in bad]
        for o in c['former']:
            o['forms'] = [f for f in o['forms'] if fold(f) not in bad]
        if c['zh'] or c['hant'] or c['en']:
            keep.append(c)
    for n, c in enumerate(keep):
        c['id'] = 'C%03d' % (n + 1)
        r = R('e11', seed, 'eng', c['id'])
        pool = [e for e in ENGINEERS if e[2] == c['region']]
        if c['region'] == 'cn':
            k = CITIES_CN.index(next(x for x in CITIES_CN if x[0] == c['city'])) if any(x[0] == c['city'] for x in CITIES_CN) else 0
            pool = [pool[(k * 3 + j) % len(pool)] for j in range(3)]
        c['engs'] = [e[0] for e in pool]
        c['contact_sn'] = r.choice(CONTACT_SURNAMES_CN)
        c['dealer'] = r.choice(DEALERS[c['region']])
        c['asset_prefix'] = r.choice(['ZC', 'GZ', 'IT', 'FA'])
    return keep


def cust_json(c):
    return {'id': c['id'], 'name': c['name'], 'city': c['city'], 'city_pinyin': c['city_pinyin'], 'number': c['number'],
            'institution': t2s(c['institution']) if c['region'] in ('tw', 'hk') else c['institution'],
            'department': (t2s(c['department']) if c['department'] and c['region'] in ('tw', 'hk') else c['department']),
            'english': c['english'], 'brand': c['brand'], 'traditional': c['traditional'], 'address': c['address'],
            'former_names': [{'name': o['name'], 'english': o['english'], 'until': o['until']} for o in c['former']]}
