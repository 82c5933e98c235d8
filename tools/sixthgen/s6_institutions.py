"""sixthgen institutions: the customers' organisations and the ways people name them.

Each entry describes one organisation.  A customer is one (organisation, department) pair;
organisations with two departments give two customers that look alike.

Fields
  key, region (cn tw hk mo sg my), city (simplified), city_en, kind (customers.json institution)
  zh      registered Chinese name: simplified on the mainland, Singapore and Malaysia, the real
          traditional name in Taiwan, Hong Kong and Macau
  en      registered English name
  number  N of 第N人民医院 / 附属第N医院 (else None);  brand  distinctive company name (else None)
  addr    (address in the customer's own script, address in English)
  zs      everyday Chinese names: (text, placeless, era) -- era "any", "new" or "old"
  es      everyday English / Malay / Portuguese names: (text, placeless, era)
  depts   [(dept key, registered department name in Chinese, registered English department)]
  old     for a renamed organisation: dict(until=last day of the old name, zh=..., en=...)
  campus  (Chinese, English) when the customer is one campus of a hospital
  fam     families override (else the department's)

"placeless" names carry neither the city nor another distinctive word: 市一院, 县医院, 省立医院,
总医院, or a brand shared by two companies in different cities.  Such a name is written only in a
document that also gives the customer's address or city.
"""

P = True    # placeless
_ = False

INSTITUTIONS = [
    # ---------------- mainland: two departments of one hospital -------------------------------
    dict(key="cmu1", region="cn", city="沈阳", city_en="Shenyang", kind="医科大学附属医院", number=1,
         zh="中国医科大学附属第一医院", en="The First Hospital of China Medical University",
         addr=("辽宁省沈阳市和平区南京北街155号", "155 Nanjing North Street, Heping District, Shenyang"),
         zs=[("医大一院", P, "any"), ("中国医大一院", _, "any"), ("中国医大附一院", _, "any"),
             ("沈阳医大一院", _, "any"), ("沈医大一院", _, "any")],
         es=[("CMU1H", _, "any"), ("First Hospital of CMU", _, "any"),
             ("China Med. Univ. 1st Hosp.", _, "any"), ("First Hospital of China Medical University, Shenyang", _, "any")],
         depts=[("lab", "检验科", "Department of Laboratory Medicine"),
                ("path", "病理科", "Department of Pathology")]),
    # ---------------- mainland: renamed provincial hospital with a second campus --------------
    dict(key="sdph", region="cn", city="济南", city_en="Jinan", kind="医科大学附属医院", number=None,
         zh="山东第一医科大学附属省立医院", en="Shandong Provincial Hospital Affiliated to Shandong First Medical University",
         addr=("山东省济南市槐荫区经五纬七路324号", "324 Jingwu Weiqi Road, Huaiyin District, Jinan"),
         old=dict(until="2020-06-30", zh="山东省立医院", en="Shandong Provincial Hospital",
                  zs=[("省立医院", P, "old")], es=[("Shandong Prov. Hospital", _, "old")]),
         zs=[("山东省立医院", _, "any"), ("省立医院", P, "any"), ("山一大附属省立医院", _, "new"),
             ("省立", P, "any"), ("济南省立医院", _, "any")],
         es=[("SPH", P, "any"), ("Shandong Provincial Hospital", _, "any"),
             ("SDFMU Provincial Hospital", _, "new")],
         depts=[("lab", "检验科", "Department of Clinical Laboratory")]),
    dict(key="sdph_e", region="cn", city="济南", city_en="Jinan", kind="医科大学附属医院", number=None,
         zh="山东第一医科大学附属省立医院", en="Shandong Provincial Hospital Affiliated to Shandong First Medical University",
         campus=("东院区", "East Campus"),
         addr=("山东省济南市历下区经十路9677号", "9677 Jingshi Road, Lixia District, Jinan"),
         old=dict(until="2020-06-30", zh="山东省立医院", en="Shandong Provincial Hospital",
                  zs=[("省立东院", P, "old")], es=[]),
         zs=[("山东省立医院东院", _, "any"), ("省立医院东院区", P, "any"), ("省立东院", P, "any"),
             ("济南省立东院", _, "any")],
         es=[("Shandong Provincial Hospital East Campus", _, "any"), ("SPH East", P, "any")],
         depts=[("lab", "检验科", "Department of Clinical Laboratory")]),
    # ---------------- two numbered hospitals of one city --------------------------------------
    dict(key="nb1", region="cn", city="宁波", city_en="Ningbo", kind="医院", number=1,
         zh="宁波市第一医院", en="Ningbo First Hospital",
         addr=("浙江省宁波市海曙区柳汀街59号", "59 Liuting Street, Haishu District, Ningbo"),
         zs=[("宁波一院", _, "any"), ("甬一院", _, "any"), ("市一院", P, "any"), ("宁波市一院", _, "any"),
             ("一院", P, "any")],
         es=[("Ningbo No.1 Hospital", _, "any"), ("NBFH", _, "any"), ("No. 1 Hospital", P, "any")],
         depts=[("lab", "检验科", "Clinical Laboratory")]),
    dict(key="nb2", region="cn", city="宁波", city_en="Ningbo", kind="医院", number=2,
         zh="宁波市第二医院", en="Ningbo No.2 Hospital",
         addr=("浙江省宁波市海曙区西北街41号", "41 Xibei Street, Haishu District, Ningbo"),
         zs=[("宁波二院", _, "any"), ("甬二院", _, "any"), ("市二院", P, "any"), ("宁波市二院", _, "any"),
             ("二院", P, "any")],
         es=[("Ningbo Second Hospital", _, "any"), ("No. 2 Hospital", P, "any")],
         depts=[("lab", "检验科", "Clinical Laboratory")]),
    # ---------------- look-alike: two "协和" hospitals -----------------------------------------
    dict(key="pumch", region="cn", city="北京", city_en="Beijing", kind="医院", number=None,
         zh="中国医学科学院北京协和医院", en="Peking Union Medical College Hospital",
         addr=("北京市东城区帅府园1号", "1 Shuaifuyuan, Dongcheng District, Beijing"),
         zs=[("北京协和医院", _, "any"), ("北京协和", _, "any"), ("协和医院", P, "any"), ("协和", P, "any")],
         es=[("PUMCH", _, "any"), ("Peking Union", _, "any"), ("Union Hospital", P, "any")],
         depts=[("path", "病理科", "Department of Pathology")]),
    dict(key="whuh", region="cn", city="武汉", city_en="Wuhan", kind="医科大学附属医院", number=None,
         zh="华中科技大学同济医学院附属协和医院", en="Union Hospital, Tongji Medical College, Huazhong University of Science and Technology",
         addr=("湖北省武汉市江汉区解放大道1277号", "1277 Jiefang Avenue, Jianghan District, Wuhan"),
         zs=[("武汉协和医院", _, "any"), ("武汉协和", _, "any"), ("协和医院", P, "any"), ("协和", P, "any"),
             ("同济医学院附属协和医院", _, "any")],
         es=[("Wuhan Union Hospital", _, "any"), ("Union Hospital", P, "any"), ("HUST Union Hospital", _, "any")],
         depts=[("lab", "检验科", "Department of Laboratory Medicine")]),
    # ---------------- a school and its affiliated hospital ------------------------------------
    dict(key="kmu", region="cn", city="昆明", city_en="Kunming", kind="大学", number=None,
         zh="昆明医科大学", en="Kunming Medical University",
         addr=("云南省昆明市呈贡区春融西路1168号", "1168 Chunrong West Road, Chenggong District, Kunming"),
         zs=[("昆医大", _, "any"), ("昆医", _, "any"), ("昆明医大", _, "any")],
         es=[("KMU", _, "any"), ("Kunming Med. Univ.", _, "any")],
         depts=[("eduit", "现代教育技术中心", "Modern Education Technology Center")]),
    dict(key="kmu1", region="cn", city="昆明", city_en="Kunming", kind="医科大学附属医院", number=1,
         zh="昆明医科大学第一附属医院", en="The First Affiliated Hospital of Kunming Medical University",
         addr=("云南省昆明市五华区西昌路295号", "295 Xichang Road, Wuhua District, Kunming"),
         zs=[("昆医附一院", _, "any"), ("昆医大一附院", _, "any"), ("昆明医大一附院", _, "any"),
             ("附一院", P, "any"), ("昆医大附一", _, "any")],
         es=[("1st Affil. Hosp. of KMU", _, "any"), ("KMU First Affiliated Hospital", _, "any"),
             ("First Affiliated Hospital", P, "any")],
         depts=[("lab", "医学检验科", "Department of Clinical Laboratory")]),
    # ---------------- two companies sharing a brand in different cities -----------------------
    dict(key="hexin_qz", region="cn", city="泉州", city_en="Quanzhou", kind="医学检验所", brand="和信",
         zh="泉州和信医学检验所有限公司", en="Quanzhou Hexin Medical Laboratory Co., Ltd.",
         addr=("福建省泉州市丰泽区田安南路512号", "512 Tian'an South Road, Fengze District, Quanzhou"),
         zs=[("泉州和信", _, "any"), ("和信检验所", P, "any"), ("和信医检", P, "any"), ("和信（泉州）", _, "any"),
             ("泉州和信医学检验所", _, "any")],
         es=[("Hexin Lab (Quanzhou)", _, "any"), ("Hexin Medical Lab", P, "any"), ("QZ Hexin", _, "any")],
         depts=[(None, None, None)], fam=["hba1c", "esr", "water", "tissue"]),
    dict(key="hexin_gz", region="cn", city="赣州", city_en="Ganzhou", kind="医学检验实验室", brand="和信",
         zh="赣州和信医学检验实验室有限公司", en="Ganzhou Hexin Clinical Laboratory Co., Ltd.",
         addr=("江西省赣州市章贡区红旗大道88号", "88 Hongqi Avenue, Zhanggong District, Ganzhou"),
         zs=[("赣州和信", _, "any"), ("和信检验所", P, "any"), ("和信医检", P, "any"), ("和信（赣州）", _, "any"),
             ("赣州和信检验", _, "any")],
         es=[("Hexin Lab (Ganzhou)", _, "any"), ("Hexin Medical Lab", P, "any"), ("Ganzhou Hexin", _, "any")],
         depts=[(None, None, None)], fam=["hba1c", "esr", "water"]),
    # ---------------- renamed company (merger) ------------------------------------------------
    dict(key="minhui", region="cn", city="泉州", city_en="Quanzhou", kind="科技股份有限公司", brand="闽辉",
         zh="福建闽辉新能源科技股份有限公司", en="Fujian Minhui New Energy Technology Co., Ltd.",
         addr=("福建省泉州市晋江市五里工业园区闽辉路8号", "8 Minhui Road, Wuli Industrial Park, Jinjiang, Quanzhou"),
         old=dict(until="2022-03-31", zh="泉州闽辉电子科技有限公司", en="Quanzhou Minhui Electronics Co., Ltd.",
                  zs=[("闽辉电子", _, "old"), ("泉州闽辉电子", _, "old")],
                  es=[("Minhui Electronics", _, "old")]),
         zs=[("闽辉新能源", _, "new"), ("闽辉", _, "any"), ("闽辉科技", _, "new"), ("泉州闽辉", _, "any")],
         es=[("Minhui New Energy", _, "new"), ("MINHUI", _, "any")],
         depts=[("fab", "厂务部", "Facilities Engineering")], fam=["lfups", "dcsys", "envmon", "water"]),
    # ---------------- a bank and a lab in the same city ---------------------------------------
    dict(key="bqz", region="cn", city="泉州", city_en="Quanzhou", kind="银行", brand=None,
         zh="泉州银行股份有限公司", en="Bank of Quanzhou Co., Ltd.",
         addr=("福建省泉州市丰泽区云鹿路3号", "3 Yunlu Road, Fengze District, Quanzhou"),
         zs=[("泉州银行", _, "any"), ("泉行", _, "any")],
         es=[("Bank of Quanzhou", _, "any"), ("BQZ", _, "any")],
         depts=[("it", "信息科技部", "Information Technology Department")],
         fam=["router", "backup", "poe", "lfups", "envmon"]),
    # ---------------- power and rail ----------------------------------------------------------
    dict(key="ycgd", region="cn", city="宜昌", city_en="Yichang", kind="供电公司",
         zh="国网湖北省电力有限公司宜昌供电公司", en="State Grid Yichang Power Supply Company",
         addr=("湖北省宜昌市西陵区东山大道112号", "112 Dongshan Avenue, Xiling District, Yichang"),
         zs=[("宜昌供电公司", _, "any"), ("宜昌供电", _, "any"), ("国网宜昌", _, "any"), ("宜供", _, "any"),
             ("供电公司", P, "any")],
         es=[("SGCC Yichang", _, "any"), ("Yichang Power Supply Co.", _, "any")],
         depts=[("substation", "变电运维中心", "Substation O&M Centre")]),
    dict(key="lzgd", region="cn", city="兰州", city_en="Lanzhou", kind="铁路局集团",
         zh="中国铁路兰州局集团有限公司兰州供电段", en="Lanzhou Power Supply Section, China Railway Lanzhou Group",
         addr=("甘肃省兰州市城关区火车站东路393号", "393 Huochezhan East Road, Chengguan District, Lanzhou"),
         zs=[("兰州供电段", _, "any"), ("兰铁供电段", _, "any"), ("兰州局供电段", _, "any"), ("供电段", P, "any")],
         es=[("Lanzhou Power Supply Section", _, "any"), ("CR Lanzhou – Power Supply", _, "any")],
         depts=[(None, None, None)], fam=["dcsys", "nicd", "inverter", "lfups"]),
    # ---------------- data centre company -----------------------------------------------------
    dict(key="lanan", region="cn", city="青岛", city_en="Qingdao", kind="数据服务有限公司", brand="澜岸",
         zh="青岛澜岸数据服务有限公司", en="Qingdao Lan'an Data Services Co., Ltd.",
         addr=("山东省青岛市崂山区株洲路151号", "151 Zhuzhou Road, Laoshan District, Qingdao"),
         zs=[("澜岸数据", _, "any"), ("澜岸", _, "any"), ("青岛澜岸", _, "any")],
         es=[("Lan'an Data", _, "any"), ("LANAN DC", _, "any"), ("Lanan Data Services", _, "any")],
         depts=[("dcops", "数据中心运维部", "Data Centre Operations")]),
    # ---------------- company lab ---------------------------------------------------------------
    dict(key="huayu", region="cn", city="烟台", city_en="Yantai", kind="电子有限公司", brand="华禹",
         zh="烟台华禹精密电子有限公司", en="Yantai Huayu Precision Electronics Co., Ltd.",
         addr=("山东省烟台市福山区永达街1089号", "1089 Yongda Street, Fushan District, Yantai"),
         zs=[("华禹精密", _, "any"), ("华禹电子", _, "any"), ("烟台华禹", _, "any"), ("华禹", _, "any")],
         es=[("Huayu Precision", _, "any"), ("Huayu Electronics", _, "any")],
         depts=[("qc", "品管部", "QC Laboratory")]),
    # ---------------- CDC and food testing ----------------------------------------------------
    dict(key="wfcdc", region="cn", city="潍坊", city_en="Weifang", kind="疾病预防控制中心",
         zh="潍坊市疾病预防控制中心", en="Weifang Municipal Center for Disease Control and Prevention",
         addr=("山东省潍坊市奎文区健康东街4801号", "4801 Jiankang East Street, Kuiwen District, Weifang"),
         zs=[("潍坊疾控", _, "any"), ("潍坊市疾控", _, "any"), ("市疾控", P, "any"), ("潍坊CDC", _, "any"),
             ("市疾控中心", P, "any")],
         es=[("Weifang CDC", _, "any"), ("CDC Weifang", _, "any"), ("Municipal CDC", P, "any")],
         depts=[("physchem", "理化检验科", "Physicochemical Laboratory")]),
    dict(key="tsfd", region="cn", city="唐山", city_en="Tangshan", kind="检验检测中心",
         zh="唐山市食品药品综合检验检测中心", en="Tangshan Food and Drug Testing Center",
         addr=("河北省唐山市路北区建设北路98号", "98 Jianshe North Road, Lubei District, Tangshan"),
         zs=[("唐山食检中心", _, "any"), ("唐山市食药检", _, "any"), ("市食药检", P, "any"), ("唐山食药检测中心", _, "any")],
         es=[("Tangshan Food & Drug Testing Center", _, "any"), ("Tangshan FDTC", _, "any")],
         depts=[(None, None, None)], fam=["icpms", "water"]),
    # ---------------- university IT and universities' hospitals -------------------------------
    dict(key="tyut", region="cn", city="太原", city_en="Taiyuan", kind="大学",
         zh="太原理工大学", en="Taiyuan University of Technology",
         addr=("山西省太原市万柏林区迎泽西大街79号", "79 Yingze West Street, Wanbailin District, Taiyuan"),
         zs=[("太原理工", _, "any"), ("太理工", _, "any"), ("理工大", P, "any"), ("太原理工大", _, "any")],
         es=[("TYUT", _, "any"), ("Taiyuan Univ. of Tech.", _, "any")],
         depts=[("eduit", "网络与信息中心", "Network & Information Center")]),
    dict(key="sxmu1", region="cn", city="太原", city_en="Taiyuan", kind="医科大学附属医院", number=1,
         zh="山西医科大学第一医院", en="First Hospital of Shanxi Medical University",
         addr=("山西省太原市迎泽区解放南路85号", "85 Jiefang South Road, Yingze District, Taiyuan"),
         zs=[("山医大一院", _, "any"), ("山大一院", P, "any"), ("山西医大一院", _, "any"), ("太原山医一院", _, "any")],
         es=[("SXMU First Hospital", _, "any"), ("Shanxi Med. Univ. 1st Hosp.", _, "any")],
         depts=[("lab", "检验科", "Clinical Laboratory")]),
    dict(key="xjtu1", region="cn", city="西安", city_en="Xi'an", kind="大学附属医院", number=1,
         zh="西安交通大学第一附属医院", en="The First Affiliated Hospital of Xi'an Jiaotong University",
         addr=("陕西省西安市雁塔区雁塔西路277号", "277 Yanta West Road, Yanta District, Xi'an"),
         zs=[("交大一附院", P, "any"), ("西交大一附院", _, "any"), ("西安交大一附院", _, "any"),
             ("一附院", P, "any")],
         es=[("FAH of XJTU", _, "any"), ("Xi'an Jiaotong Univ. 1st Affil. Hosp.", _, "any"),
             ("XJTU First Affiliated Hospital", _, "any")],
         depts=[("lab", "检验科", "Department of Clinical Laboratory"),
                ("it", "信息网络部", "Information Network Department")]),
    dict(key="tmugh", region="cn", city="天津", city_en="Tianjin", kind="医科大学附属医院",
         zh="天津医科大学总医院", en="Tianjin Medical University General Hospital",
         addr=("天津市和平区鞍山道154号", "154 Anshan Road, Heping District, Tianjin"),
         zs=[("天医总医院", _, "any"), ("总医院", P, "any"), ("天津总医院", _, "any"), ("天医大总医院", _, "any")],
         es=[("TMUGH", _, "any"), ("Tianjin General Hospital", _, "any"), ("General Hospital", P, "any")],
         depts=[("lab", "医学检验科", "Department of Clinical Laboratory")]),
    dict(key="jlu1", region="cn", city="长春", city_en="Changchun", kind="大学附属医院", number=1,
         zh="吉林大学第一医院", en="The First Hospital of Jilin University",
         addr=("吉林省长春市朝阳区新民大街71号", "71 Xinmin Street, Chaoyang District, Changchun"),
         zs=[("吉大一院", _, "any"), ("白求恩一院", _, "any"), ("吉林大学一院", _, "any")],
         es=[("JLU First Hospital", _, "any"), ("Bethune First Hospital", _, "any")],
         depts=[("path", "病理科", "Department of Pathology")]),
    dict(key="hngh", region="cn", city="海口", city_en="Haikou", kind="人民医院",
         zh="海南省人民医院", en="Hainan General Hospital",
         addr=("海南省海口市秀英区秀华路19号", "19 Xiuhua Road, Xiuying District, Haikou"),
         zs=[("省人医", P, "any"), ("海南省人医", _, "any"), ("琼省人医", _, "any"), ("海南人民医院", _, "any")],
         es=[("Hainan Provincial People's Hospital", _, "any"), ("HGH Haikou", _, "any")],
         depts=[("lab", "检验科", "Clinical Laboratory"), ("facility", "医学装备部", "Medical Equipment Department")]),
    dict(key="lzwh", region="cn", city="柳州", city_en="Liuzhou", kind="医院",
         zh="柳州市工人医院", en="Liuzhou Workers' Hospital",
         addr=("广西壮族自治区柳州市鱼峰区柳石路156号", "156 Liushi Road, Yufeng District, Liuzhou"),
         zs=[("柳州工人医院", _, "any"), ("工人医院", P, "any"), ("广西医科大学第四附属医院", _, "any"),
             ("广西医大四附院", _, "any")],
         es=[("Liuzhou Worker's Hospital", _, "any"), ("Fourth Affiliated Hospital of Guangxi Medical University", _, "any")],
         depts=[("lab", "检验科", "Clinical Laboratory")]),
    dict(key="stu1", region="cn", city="汕头", city_en="Shantou", kind="大学附属医院", number=1,
         zh="汕头大学医学院第一附属医院", en="The First Affiliated Hospital of Shantou University Medical College",
         addr=("广东省汕头市金平区长乐路57号", "57 Changle Road, Jinping District, Shantou"),
         zs=[("汕大一附院", _, "any"), ("汕大医学院一附院", _, "any"), ("汕头一附院", _, "any")],
         es=[("FAH-STU", _, "any"), ("Shantou Univ. Med. Coll. 1st Affil. Hosp.", _, "any")],
         depts=[("path", "病理科", "Department of Pathology")]),
    dict(key="gzph", region="cn", city="赣州", city_en="Ganzhou", kind="人民医院",
         zh="赣州市人民医院", en="Ganzhou People's Hospital",
         addr=("江西省赣州市章贡区梅关大道16号", "16 Meiguan Avenue, Zhanggong District, Ganzhou"),
         zs=[("赣州人民医院", _, "any"), ("赣州市人医", _, "any"), ("市人医", P, "any"), ("赣州人医", _, "any")],
         es=[("Ganzhou Municipal People's Hospital", _, "any")],
         depts=[("lab", "检验科", "Clinical Laboratory")]),
    dict(key="yccp", region="cn", city="宜昌", city_en="Yichang", kind="人民医院",
         zh="宜昌市中心人民医院", en="Yichang Central People's Hospital",
         addr=("湖北省宜昌市西陵区夷陵大道183号", "183 Yiling Avenue, Xiling District, Yichang"),
         zs=[("宜昌中心医院", _, "any"), ("宜昌市中心医院", _, "any"), ("中心医院", P, "any"), ("宜昌中心人民医院", _, "any")],
         es=[("Yichang Central Hospital", _, "any"), ("Central People's Hospital", P, "any")],
         depts=[("it", "信息中心", "Information Centre")]),
    dict(key="jncc", region="cn", city="济南", city_en="Jinan", kind="医院",
         zh="济南市中心医院", en="Jinan Central Hospital",
         addr=("山东省济南市历下区解放路105号", "105 Jiefang Road, Lixia District, Jinan"),
         zs=[("济南中心医院", _, "any"), ("市中心医院", P, "any"), ("中心医院", P, "any")],
         es=[("Jinan Central Hosp.", _, "any")],
         depts=[("it", "信息中心", "Information Centre")]),
    dict(key="borun", region="cn", city="昆明", city_en="Kunming", kind="医学检验所", brand="博润",
         zh="昆明博润医学检验所有限公司", en="Kunming Borun Medical Laboratory Co., Ltd.",
         addr=("云南省昆明市官渡区春城路219号", "219 Chuncheng Road, Guandu District, Kunming"),
         zs=[("博润检验所", _, "any"), ("博润医检", _, "any"), ("昆明博润", _, "any"), ("博润", _, "any")],
         es=[("Borun Lab", _, "any"), ("Borun Medical Laboratory", _, "any")],
         depts=[(None, None, None)], fam=["hba1c", "esr", "water", "tissue"]),
    # ---------------- Taiwan --------------------------------------------------------------------
    dict(key="kmuh", region="tw", city="高雄", city_en="Kaohsiung", kind="大学附设医院",
         zh="高雄醫學大學附設中和紀念醫院", en="Kaohsiung Medical University Chung-Ho Memorial Hospital",
         addr=("高雄市三民區自由一路100號", "No. 100, Ziyou 1st Rd., Sanmin Dist., Kaohsiung City"),
         zs=[("高醫", _, "any"), ("高醫附院", _, "any"), ("高雄醫學大學附設醫院", _, "any"), ("中和紀念醫院", _, "any"),
             ("高醫中和", _, "any")],
         es=[("KMUH", _, "any"), ("Kaohsiung Medical Univ. Hospital", _, "any"), ("Chung-Ho Memorial Hospital", _, "any")],
         depts=[("lab", "檢驗醫學部", "Department of Laboratory Medicine")]),
    dict(key="kmu_tw", region="tw", city="高雄", city_en="Kaohsiung", kind="大学",
         zh="高雄醫學大學", en="Kaohsiung Medical University",
         addr=("高雄市三民區十全一路100號", "No. 100, Shiquan 1st Rd., Sanmin Dist., Kaohsiung City"),
         zs=[("高醫大", _, "any"), ("高雄醫大", _, "any")],
         es=[("KMU", _, "any"), ("Kaohsiung Med. Univ.", _, "any")],
         depts=[("eduit", "資訊處", "Office of Information Technology")]),
    dict(key="skh", region="tw", city="台北", city_en="Taipei", kind="纪念医院",
         zh="新光醫療財團法人新光吳火獅紀念醫院", en="Shin Kong Wu Ho-Su Memorial Hospital",
         addr=("臺北市士林區文昌路95號", "No. 95, Wenchang Rd., Shilin Dist., Taipei City"),
         zs=[("新光醫院", _, "any"), ("新光吳火獅紀念醫院", _, "any"), ("士林新光", _, "any")],
         es=[("SKMH", _, "any"), ("Shin Kong Hospital", _, "any"), ("Shin Kong Memorial Hosp.", _, "any")],
         depts=[("lab", "臨床病理科", "Department of Clinical Pathology")]),
    dict(key="femh", region="tw", city="新北", city_en="New Taipei", kind="纪念医院",
         zh="醫療財團法人徐元智先生醫藥基金會亞東紀念醫院", en="Far Eastern Memorial Hospital",
         addr=("新北市板橋區南雅南路二段21號", "No. 21, Sec. 2, Nanya S. Rd., Banqiao Dist., New Taipei City"),
         zs=[("亞東醫院", _, "any"), ("亞東紀念醫院", _, "any"), ("板橋亞東", _, "any"), ("亞東", _, "any")],
         es=[("FEMH", _, "any"), ("Far Eastern Memorial Hosp.", _, "any")],
         depts=[("it", "資訊部", "Information Technology Department")]),
    dict(key="cych", region="tw", city="嘉义", city_en="Chiayi", kind="基督教医院",
         zh="戴德森醫療財團法人嘉義基督教醫院", en="Ditmanson Medical Foundation Chia-Yi Christian Hospital",
         addr=("嘉義市東區忠孝路539號", "No. 539, Zhongxiao Rd., East Dist., Chiayi City"),
         zs=[("嘉基", _, "any"), ("嘉義基督教醫院", _, "any"), ("嘉義基督教", _, "any")],
         es=[("CYCH", _, "any"), ("Chia-Yi Christian Hospital", _, "any"), ("Chiayi Christian Hosp.", _, "any")],
         depts=[("lab", "檢驗科", "Department of Laboratory Medicine")]),
    dict(key="chunfeng", region="tw", city="新竹", city_en="Hsinchu", kind="科技股份有限公司", brand="群峰",
         zh="群峰創新科技股份有限公司", en="Chun Feng Innovation Technology Corp.",
         addr=("新竹市東區力行六路8號", "No. 8, Lixing 6th Rd., East Dist., Hsinchu City"),
         old=dict(until="2021-09-30", zh="群峰科技股份有限公司", en="Chun Feng Technology Co., Ltd.",
                  zs=[("群峰科技", _, "old")], es=[("Chun Feng Tech", _, "old")]),
         zs=[("群峰", _, "any"), ("群峰創新", _, "new"), ("竹科群峰", _, "any")],
         es=[("CFIT", _, "new"), ("Chun Feng", _, "any")],
         depts=[("fab", "廠務處", "Facilities Division")], fam=["lfups", "dcsys", "envmon", "poe"]),
    dict(key="htch", region="tw", city="花莲", city_en="Hualien", kind="医院",
         zh="佛教慈濟醫療財團法人花蓮慈濟醫院", en="Hualien Tzu Chi Hospital, Buddhist Tzu Chi Medical Foundation",
         addr=("花蓮縣花蓮市中央路三段707號", "No. 707, Sec. 3, Zhongyang Rd., Hualien City, Hualien County"),
         zs=[("花蓮慈濟", _, "any"), ("慈濟醫院", P, "any"), ("花蓮慈院", _, "any"), ("慈濟", P, "any")],
         es=[("Hualien Tzu Chi Hospital", _, "any"), ("HTCH", _, "any"), ("Tzu Chi Hospital", P, "any")],
         depts=[("path", "病理科", "Department of Anatomic Pathology")]),
    dict(key="taipower", region="tw", city="高雄", city_en="Kaohsiung", kind="电力公司",
         zh="台灣電力股份有限公司高雄區營業處", en="Taiwan Power Company, Kaohsiung District Office",
         addr=("高雄市前金區中正四路255號", "No. 255, Zhongzheng 4th Rd., Qianjin Dist., Kaohsiung City"),
         zs=[("台電高雄區處", _, "any"), ("高雄區處", P, "any"), ("台電高雄", _, "any")],
         es=[("Taipower Kaohsiung", _, "any"), ("TPC Kaohsiung District", _, "any")],
         depts=[("substation", "變電課", "Substation Section")]),
    dict(key="anlin", region="tw", city="台中", city_en="Taichung", kind="医事检验所", brand="安霖",
         zh="安霖醫事檢驗所", en="An-Lin Medical Laboratory",
         addr=("臺中市西屯區文心路三段241號", "No. 241, Sec. 3, Wenxin Rd., Xitun Dist., Taichung City"),
         zs=[("安霖檢驗所", _, "any"), ("安霖", _, "any"), ("台中安霖", _, "any")],
         es=[("Anlin Lab", _, "any"), ("An-Lin Med Lab", _, "any")],
         depts=[(None, None, None)], fam=["hba1c", "esr", "water"]),
    # ---------------- Hong Kong -------------------------------------------------------------------
    dict(key="uch", region="hk", city="香港", city_en="Hong Kong", kind="医院",
         zh="基督教聯合醫院", en="United Christian Hospital",
         addr=("九龍觀塘協和街130號", "130 Hip Wo Street, Kwun Tong, Kowloon, Hong Kong"),
         zs=[("聯合醫院", _, "any"), ("觀塘聯合", _, "any"), ("聯合", P, "any")],
         es=[("UCH", _, "any"), ("United Christian", _, "any")],
         depts=[("path", "病理部", "Department of Pathology")]),
    dict(key="cmc", region="hk", city="香港", city_en="Hong Kong", kind="医院",
         zh="明愛醫院", en="Caritas Medical Centre",
         addr=("九龍深水埗永康街111號", "111 Wing Hong Street, Sham Shui Po, Kowloon, Hong Kong"),
         zs=[("明愛", _, "any"), ("長沙灣明愛", _, "any"), ("深水埗明愛", _, "any")],
         es=[("CMC", _, "any"), ("Caritas MC", _, "any"), ("Caritas Medical Center", _, "any")],
         depts=[("lab", "化驗室", "Clinical Laboratory")]),
    dict(key="poh", region="hk", city="香港", city_en="Hong Kong", kind="医院",
         zh="博愛醫院", en="Pok Oi Hospital",
         addr=("新界元朗坳頭", "Au Tau, Yuen Long, New Territories, Hong Kong"),
         zs=[("元朗博愛", _, "any"), ("博愛", _, "any")],
         es=[("POH", _, "any"), ("Pok Oi", _, "any")],
         depts=[("lab", "病理部", "Department of Pathology")]),
    dict(key="hkbu", region="hk", city="香港", city_en="Hong Kong", kind="大学",
         zh="香港浸會大學", en="Hong Kong Baptist University",
         addr=("九龍塘窩打老道224號", "224 Waterloo Road, Kowloon Tong, Hong Kong"),
         zs=[("浸大", _, "any"), ("浸會大學", _, "any"), ("浸會", _, "any")],
         es=[("HKBU", _, "any"), ("Baptist U", _, "any")],
         depts=[("eduit", "資訊科技處", "Information Technology Office")]),
    dict(key="takshun", region="hk", city="香港", city_en="Hong Kong", kind="化验所", brand="德信",
         zh="德信醫學化驗所有限公司", en="Tak Shun Medical Laboratory Limited",
         addr=("九龍旺角彌敦道688號旺角中心12樓", "12/F, Mongkok Centre, 688 Nathan Road, Mong Kok, Kowloon, Hong Kong"),
         zs=[("德信化驗所", _, "any"), ("德信", _, "any"), ("旺角德信", _, "any")],
         es=[("Tak Shun Lab", _, "any"), ("Tak Shun Medical Lab", _, "any"), ("TSML", _, "any")],
         depts=[(None, None, None)], fam=["hba1c", "esr", "water"]),
    dict(key="winghing", region="hk", city="香港", city_en="Hong Kong", kind="数据中心有限公司", brand="永興",
         zh="永興數據中心有限公司", en="Wing Hing Data Centre Limited",
         addr=("新界葵涌葵昌路51號", "51 Kwai Cheong Road, Kwai Chung, New Territories, Hong Kong"),
         zs=[("永興數據", _, "any"), ("永興", _, "any"), ("葵涌永興機房", _, "any")],
         es=[("Wing Hing DC", _, "any"), ("WHDC", _, "any"), ("Wing Hing Data", _, "any")],
         depts=[("dcops", "數據中心營運部", "Data Centre Operations")]),
    # ---------------- Macau -----------------------------------------------------------------------
    dict(key="ctm", region="mo", city="澳门", city_en="Macau", kind="电讯有限公司",
         zh="澳門電訊有限公司", en="Companhia de Telecomunicações de Macau, S.A.R.L.",
         addr=("澳門羅理基博士大馬路25號", "Avenida Doutor Rodrigo Rodrigues, 25, Macau"),
         zs=[("澳門電訊", _, "any"), ("電訊", P, "any")],
         es=[("CTM", _, "any"), ("Macau Telecom", _, "any"), ("Companhia de Telecomunicações de Macau", _, "any")],
         depts=[("dcops", "數據中心", "Data Centre")]),
    dict(key="tst", region="mo", city="澳门", city_en="Macau", kind="慈善会诊所",
         zh="同善堂診所", en="Associação de Beneficência Tung Sin Tong – Clínica",
         addr=("澳門庇山耶街36號", "Rua de Camilo Pessanha, 36, Macau"),
         zs=[("同善堂", _, "any"), ("澳門同善堂", _, "any")],
         es=[("Tung Sin Tong Clinic", _, "any"), ("TST Clinic", _, "any"), ("Clínica Tung Sin Tong", _, "any")],
         depts=[("lab", "化驗室", "Laboratório")]),
    # ---------------- Singapore --------------------------------------------------------------------
    dict(key="ah", region="sg", city="新加坡", city_en="Singapore", kind="医院",
         zh="亚历山大医院", en="Alexandra Hospital",
         addr=("新加坡亚历山大路378号", "378 Alexandra Road, Singapore 159964"),
         zs=[("亚历山大医院", _, "any")],
         es=[("AH", P, "any"), ("Alexandra Hosp.", _, "any")],
         depts=[("lab", "检验医学部", "Department of Laboratory Medicine")]),
    dict(key="wh", region="sg", city="新加坡", city_en="Singapore", kind="医院",
         zh="兀兰医疗", en="Woodlands Health",
         addr=("新加坡兀兰道17号", "17 Woodlands Drive 17, Singapore 737628"),
         old=dict(until="2022-12-31", zh="兀兰医疗园", en="Woodlands Health Campus",
                  zs=[("兀兰医疗园", _, "old")], es=[("WHC", _, "old"), ("Woodlands Health Campus", _, "old")]),
         zs=[("兀兰医院", _, "any")],
         es=[("WH", P, "new"), ("Woodlands Hospital", _, "any")],
         depts=[("lab", "检验科", "Laboratory Medicine")]),
    dict(key="meridian", region="sg", city="新加坡", city_en="Singapore", kind="数据中心私人有限公司", brand="子午线",
         zh="子午线数据中心私人有限公司", en="Meridian Data Centres Pte. Ltd.",
         addr=("新加坡大士南大道2号", "2 Tuas South Avenue 2, Singapore 637601"),
         zs=[("子午线数据", _, "any"), ("子午线", _, "any")],
         es=[("Meridian DC", _, "any"), ("Meridian", _, "any"), ("MDC Tuas", _, "any")],
         depts=[("dcops", "运维部", "Critical Facilities")]),
    # ---------------- Malaysia ---------------------------------------------------------------------
    dict(key="hkl", region="my", city="吉隆坡", city_en="Kuala Lumpur", kind="医院",
         zh="吉隆坡中央医院", en="Hospital Kuala Lumpur",
         addr=("马来西亚吉隆坡Jalan Pahang", "Jalan Pahang, 50586 Kuala Lumpur"),
         zs=[("吉隆坡中央医院", _, "any"), ("隆中央医院", _, "any")],
         es=[("HKL", _, "any"), ("Kuala Lumpur Hospital", _, "any"), ("KL General Hospital", _, "any")],
         depts=[("lab", "病理部", "Jabatan Patologi")]),
    dict(key="hpp", region="my", city="槟城", city_en="Penang", kind="医院",
         zh="槟城中央医院", en="Hospital Pulau Pinang",
         addr=("马来西亚槟城Jalan Residensi", "Jalan Residensi, 10990 George Town, Penang"),
         zs=[("槟城中央医院", _, "any"), ("槟中央医院", _, "any")],
         es=[("HPP", _, "any"), ("Penang General Hospital", _, "any"), ("Penang GH", _, "any")],
         depts=[("lab", "病理部", "Jabatan Patologi")]),
    dict(key="ummc", region="my", city="吉隆坡", city_en="Kuala Lumpur", kind="大学医药中心",
         zh="马来亚大学医药中心", en="Universiti Malaya Medical Centre",
         addr=("马来西亚吉隆坡Lembah Pantai", "Lembah Pantai, 59100 Kuala Lumpur"),
         zs=[("马大医药中心", _, "any"), ("大学医院", P, "any")],
         es=[("UMMC", _, "any"), ("PPUM", _, "any"), ("Pusat Perubatan Universiti Malaya", _, "any"),
             ("University Hospital", P, "any")],
         depts=[("path", "病理部", "Department of Pathology")]),
    dict(key="um", region="my", city="吉隆坡", city_en="Kuala Lumpur", kind="大学",
         zh="马来亚大学", en="Universiti Malaya",
         addr=("马来西亚吉隆坡Jalan Universiti", "Jalan Universiti, 50603 Kuala Lumpur"),
         zs=[("马大", _, "any"), ("马来亚大学", _, "any")],
         es=[("UM", P, "any"), ("University of Malaya", _, "any")],
         depts=[("eduit", "资讯科技中心", "Pusat Teknologi Maklumat")]),
    dict(key="medilab", region="my", city="新山", city_en="Johor Bahru", kind="检验私人有限公司", brand="美迪",
         zh="美迪检验私人有限公司", en="Medilab Diagnostics Sdn. Bhd.",
         addr=("马来西亚柔佛新山Jalan Wong Ah Fook 88号", "88 Jalan Wong Ah Fook, 80000 Johor Bahru"),
         zs=[("美迪检验", _, "any"), ("新山美迪", _, "any")],
         es=[("Medilab JB", _, "any"), ("Medilab Diagnostics", _, "any")],
         depts=[(None, None, None)], fam=["hba1c", "esr", "water"]),
]

# Customers in priority order: small worlds take the first ones, so the look-alike groups come
# early.  Each item is (institution key, department index).
PRIORITY = [
    ("cmu1", 0), ("cmu1", 1), ("nb1", 0), ("nb2", 0), ("sdph", 0), ("kmuh", 0), ("uch", 0),
    ("hexin_qz", 0), ("hexin_gz", 0), ("hkl", 0), ("pumch", 0), ("whuh", 0), ("kmu", 0), ("kmu1", 0),
    ("minhui", 0), ("ctm", 0), ("ah", 0), ("skh", 0), ("ycgd", 0), ("sdph_e", 0), ("lanan", 0),
    ("wfcdc", 0), ("kmu_tw", 0), ("wh", 0), ("cmc", 0), ("bqz", 0), ("chunfeng", 0), ("ummc", 0),
    ("um", 0), ("lzgd", 0), ("xjtu1", 0), ("xjtu1", 1), ("hngh", 0), ("hngh", 1), ("poh", 0),
    ("huayu", 0), ("tsfd", 0), ("femh", 0), ("tyut", 0), ("sxmu1", 0), ("hpp", 0), ("tmugh", 0),
    ("cych", 0), ("jlu1", 0), ("hkbu", 0), ("lzwh", 0), ("stu1", 0), ("htch", 0), ("meridian", 0),
    ("gzph", 0), ("yccp", 0), ("taipower", 0), ("tst", 0), ("takshun", 0), ("jncc", 0), ("borun", 0),
    ("anlin", 0), ("medilab", 0), ("winghing", 0),
]

# ---------------------------------------------------------------------------------------------
# Filler customers (mainland), made from patterns when the world needs more than the curated ones.
# ---------------------------------------------------------------------------------------------
FILLER_CITIES = [
    # city, pinyin, province, district, street, county
    ("唐山", "Tangshan", "河北省", "路南区", "新华西道", "迁西"),
    ("烟台", "Yantai", "山东省", "芝罘区", "毓璜顶东路", "栖霞"),
    ("青岛", "Qingdao", "山东省", "市南区", "江苏路", "胶州"),
    ("石家庄", "Shijiazhuang", "河北省", "长安区", "中山东路", "正定"),
    ("兰州", "Lanzhou", "甘肃省", "城关区", "东岗西路", "榆中"),
    ("宁波", "Ningbo", "浙江省", "鄞州区", "百丈东路", "象山"),
    ("泉州", "Quanzhou", "福建省", "鲤城区", "中山南路", "安溪"),
    ("宜昌", "Yichang", "湖北省", "伍家岗区", "夷陵大道", "秭归"),
    ("柳州", "Liuzhou", "广西壮族自治区", "城中区", "文昌路", "融安"),
    ("汕头", "Shantou", "广东省", "龙湖区", "长平路", "南澳"),
    ("潍坊", "Weifang", "山东省", "潍城区", "胜利西街", "临朐"),
    ("沈阳", "Shenyang", "辽宁省", "沈河区", "青年大街", "康平"),
    ("长春", "Changchun", "吉林省", "南关区", "人民大街", "农安"),
    ("赣州", "Ganzhou", "江西省", "章贡区", "文清路", "信丰"),
    ("太原", "Taiyuan", "山西省", "小店区", "长治路", "清徐"),
]

ORD_EN = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth", 7: "Seventh"}
NUM_ZH = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七"}

FILLER_BRANDS = ["瑞康", "恒泰", "启明", "天择", "沃森", "安平", "嘉禾", "宏远", "鼎新", "海川", "益民", "晨光"]
FILLER_BRANDS_EN = {"瑞康": "Ruikang", "恒泰": "Hengtai", "启明": "Qiming", "天择": "Tianze", "沃森": "Wosen",
                    "安平": "Anping", "嘉禾": "Jiahe", "宏远": "Hongyuan", "鼎新": "Dingxin", "海川": "Haichuan",
                    "益民": "Yimin", "晨光": "Chenguang"}


def filler_institution(i, rng):
    """The i-th filler organisation: a pattern applied to a city.  Deterministic in i and rng."""
    # (city, pattern) pairs never repeat for i < 135
    nc = len(FILLER_CITIES)
    city, city_en, prov, dist, street, county = FILLER_CITIES[i % nc]
    slot = (i + i // nc) % 9
    pattern = ["numbered", "tcm", "mch", "county", "lab", "heat", "school", "numbered", "water_co"][slot]
    no = 10 + rng.randrange(1, 400)
    addr_zh = f"{prov}{city}市{dist}{street}{no}号"
    addr_en = f"{no} {street_pinyin(street)}, {dist_pinyin(dist)}, {city_en}"
    key = f"fill{i}"
    if pattern == "numbered":
        n = 2 if slot == 0 else 3
        nz = NUM_ZH[n]
        return dict(key=key, region="cn", city=city, city_en=city_en, kind="人民医院", number=n,
                    zh=f"{city}市第{nz}人民医院", en=f"The {ORD_EN[n]} People's Hospital of {city_en}",
                    addr=(addr_zh, addr_en),
                    zs=[(f"{city}{nz}院", _, "any"), (f"{city}市{nz}院", _, "any"), (f"市{nz}院", P, "any"),
                        (f"{city}第{nz}人民医院", _, "any"), (f"{nz}院", P, "any")],
                    es=[(f"{city_en} No.{n} People's Hospital", _, "any"), (f"{city_en} {ORD_EN[n]} Hospital", _, "any"),
                        (f"No.{n} People's Hosp.", P, "any")],
                    depts=[rng.choice([("lab", "检验科", "Clinical Laboratory"), ("it", "信息科", "IT Department"),
                                       ("path", "病理科", "Pathology Department")])])
    if pattern == "tcm":
        return dict(key=key, region="cn", city=city, city_en=city_en, kind="中医医院", number=None,
                    zh=f"{city}市中医医院", en=f"{city_en} Hospital of Traditional Chinese Medicine",
                    addr=(addr_zh, addr_en),
                    zs=[(f"{city}中医院", _, "any"), (f"{city}市中医院", _, "any"), ("市中医院", P, "any"),
                        ("中医院", P, "any")],
                    es=[(f"{city_en} TCM Hospital", _, "any"), ("TCM Hospital", P, "any")],
                    depts=[("lab", "检验科", "Clinical Laboratory")])
    if pattern == "mch":
        return dict(key=key, region="cn", city=city, city_en=city_en, kind="妇幼保健院", number=None,
                    zh=f"{city}市妇幼保健院", en=f"{city_en} Maternal and Child Health Hospital",
                    addr=(addr_zh, addr_en),
                    zs=[(f"{city}妇幼", _, "any"), (f"{city}市妇幼", _, "any"), ("市妇幼", P, "any"),
                        ("妇幼保健院", P, "any")],
                    es=[(f"{city_en} MCH Hospital", _, "any"), (f"{city_en} Maternal & Child Health", _, "any")],
                    depts=[("lab", "检验科", "Clinical Laboratory")])
    if pattern == "county":
        addr_zh = f"{prov}{city}市{county}县城关镇健康路{no}号"
        addr_en = f"{no} Jiankang Road, Chengguan Town, {county_pinyin(county)} County, {city_en}"
        return dict(key=key, region="cn", city=city, city_en=city_en, kind="县人民医院", number=None,
                    zh=f"{county}县人民医院", en=f"{county_pinyin(county)} County People's Hospital",
                    addr=(addr_zh, addr_en),
                    zs=[(f"{county}县医院", _, "any"), (f"{county}人民医院", _, "any"), ("县医院", P, "any"),
                        ("县人民医院", P, "any")],
                    es=[(f"{county_pinyin(county)} County Hospital", _, "any"), ("County Hospital", P, "any")],
                    depts=[("lab", "检验科", "Clinical Laboratory")])
    brand = FILLER_BRANDS[i % len(FILLER_BRANDS)]
    b_en = FILLER_BRANDS_EN[brand]
    if pattern == "lab":
        return dict(key=key, region="cn", city=city, city_en=city_en, kind="医学检验所", brand=brand,
                    zh=f"{city}{brand}医学检验所有限公司", en=f"{city_en} {b_en} Medical Laboratory Co., Ltd.",
                    addr=(addr_zh, addr_en),
                    zs=[(f"{brand}检验所", _, "any"), (f"{city}{brand}", _, "any"), (f"{brand}医检", _, "any")],
                    es=[(f"{b_en} Lab", _, "any"), (f"{b_en} Medical Lab ({city_en})", _, "any")],
                    depts=[(None, None, None)], fam=["hba1c", "esr", "water"])
    if pattern == "heat":
        return dict(key=key, region="cn", city=city, city_en=city_en, kind="热电有限公司", brand=brand,
                    zh=f"{city}{brand}热电有限公司", en=f"{city_en} {b_en} Thermal Power Co., Ltd.",
                    addr=(addr_zh, addr_en),
                    zs=[(f"{brand}热电", _, "any"), (f"{city}{brand}热电", _, "any"), ("热电厂", P, "any")],
                    es=[(f"{b_en} Thermal Power", _, "any"), (f"{b_en} Power Plant", _, "any")],
                    depts=[("substation", "电气车间", "Electrical Workshop")], fam=["nicd", "dcsys", "inverter", "lfups"])
    if pattern == "school":
        return dict(key=key, region="cn", city=city, city_en=city_en, kind="职业技术学院", number=None,
                    zh=f"{city}职业技术学院", en=f"{city_en} Vocational and Technical College",
                    addr=(addr_zh, addr_en),
                    zs=[(f"{city}职院", _, "any"), (f"{city}职业学院", _, "any"), ("职院", P, "any")],
                    es=[(f"{city_en} Vocational College", _, "any"), (f"{city_en} Polytechnic", _, "any")],
                    depts=[("eduit", "现代教育技术中心", "Modern Education Technology Center")])
    # water utility
    return dict(key=key, region="cn", city=city, city_en=city_en, kind="水务集团", brand=None,
                zh=f"{city}水务集团有限公司", en=f"{city_en} Water Group Co., Ltd.",
                addr=(addr_zh, addr_en),
                zs=[(f"{city}水务", _, "any"), ("水务集团", P, "any"), (f"{city}水务集团", _, "any")],
                es=[(f"{city_en} Water", _, "any"), (f"{city_en} Water Group", _, "any")],
                depts=[("it", "信息中心", "Information Centre")], fam=["router", "backup", "lfups", "envmon", "poe"])


_PINYIN = {
    "新华西道": "Xinhua West Road", "毓璜顶东路": "Yuhuangding East Road", "江苏路": "Jiangsu Road",
    "中山东路": "Zhongshan East Road", "东岗西路": "Donggang West Road", "百丈东路": "Baizhang East Road",
    "中山南路": "Zhongshan South Road", "夷陵大道": "Yiling Avenue", "文昌路": "Wenchang Road",
    "长平路": "Changping Road", "胜利西街": "Shengli West Street", "青年大街": "Qingnian Street",
    "人民大街": "Renmin Street", "文清路": "Wenqing Road", "长治路": "Changzhi Road",
    "路南区": "Lunan District", "芝罘区": "Zhifu District", "市南区": "Shinan District", "长安区": "Chang'an District",
    "城关区": "Chengguan District", "鄞州区": "Yinzhou District", "鲤城区": "Licheng District",
    "伍家岗区": "Wujiagang District", "城中区": "Chengzhong District", "龙湖区": "Longhu District",
    "潍城区": "Weicheng District", "沈河区": "Shenhe District", "南关区": "Nanguan District",
    "章贡区": "Zhanggong District", "小店区": "Xiaodian District",
    "迁西": "Qianxi", "栖霞": "Qixia", "胶州": "Jiaozhou", "正定": "Zhengding", "榆中": "Yuzhong", "象山": "Xiangshan",
    "安溪": "Anxi", "秭归": "Zigui", "融安": "Rong'an", "南澳": "Nan'ao", "临朐": "Linqu", "康平": "Kangping",
    "农安": "Nong'an", "信丰": "Xinfeng", "清徐": "Qingxu",
}


def street_pinyin(s):
    return _PINYIN[s]


def dist_pinyin(s):
    return _PINYIN[s]


def county_pinyin(s):
    return _PINYIN[s]
