"""Invented customers and units shared by the corpus generator and the verifier.

Everything here is fictional.  Serial canonical form = NFKC, upper case,
spaces / dashes / slashes / colons removed.
"""

CUSTOMERS = {
    "C1": ("某市第一人民医院检验科",
           ["某市第一人民醫院 檢驗科", "某市第一人民医院 检验科", "一院检验科", "市一院检验科", "一院"]),
    "C2": ("台北澄心醫院檢驗科",
           ["臺北澄心醫院 檢驗科", "澄心醫院檢驗科", "台北澄心医院检验科", "Chengxin Hospital Taipei"]),
    "C3": ("新竹昱晟科技股份有限公司",
           ["昱晟科技", "新竹昱晟科技", "昱晟科技股份有限公司 資訊部", "新竹昱晟科技公司", "Yusheng Technology"]),
    "C4": ("岳澜新能源材料有限公司",
           ["岳澜新能源", "嶽瀾新能源材料", "岳澜新材", "岳瀾新能源"]),
    "C5": ("望川职业技术学院",
           ["望川职院", "望川職業技術學院", "望川职业技术学院信息中心", "Wangchuan Vocational College"]),
    "C6": ("东岭云数据中心",
           ["東嶺雲數據中心", "东岭IDC", "东岭云计算有限公司", "Dongling Cloud Data Center", "Dongling Cloud DC"]),
    "C7": ("柳溪县中医院检验科",
           ["柳溪县中医院 检验科", "柳溪中医院", "柳溪縣中醫院檢驗科", "柳溪县中医院"]),
    "C8": ("恆澔醫學化驗所",
           ["Hang Ho Medical Laboratory", "Hang Ho Med Lab", "恒澔医学化验所", "恆澔化驗所"]),
    "C9": ("南湖大学生命科学学院",
           ["南湖大学生科院", "南湖大學生命科學學院", "Nanhu University School of Life Sciences", "南湖大学 生命科学学院"]),
    "C10": ("澜铂医学检验实验室",
            ["澜铂检验", "瀾鉑醫學檢驗實驗室", "澜铂医检", "澜铂医学检验"]),
}

# unit id: (serial as on the nameplate, model, device, customer id)
UNITS = {
    "U1":  ("DA7600-2019-0457",  "DA7600",   "全自动生化分析仪 / biochemistry analyzer", "C1"),
    "U2":  ("DA7600-2020-0112",  "DA7600",   "全自动生化分析仪 / biochemistry analyzer", "C7"),
    "U3":  ("DA7600-2021-0833",  "DA7600",   "全自動生化分析儀 / biochemistry analyzer", "C2"),
    "U4":  ("DA7600-2022-1205",  "DA7600",   "全自动生化分析仪 / biochemistry analyzer", "C10"),
    "U5":  ("TL5M-1706-0031",    "TDL-5M",   "台式低速大容量离心机 / low-speed centrifuge", "C1"),
    "U6":  ("TL5M-1811-0209",    "TDL-5M",   "台式低速大容量离心机 / low-speed centrifuge", "C7"),
    "U7":  ("H1850R-2020-3317",  "H1850R",   "台式高速冷冻离心机 / refrigerated centrifuge", "C9"),
    "U8":  ("H1850R-2019-2741",  "H1850R",   "台式高速冷凍離心機 / refrigerated centrifuge", "C2"),
    "U9":  ("HA5180-21A-0678",   "HA-5180",  "五分类血液细胞分析仪 / hematology analyzer", "C10"),
    "U10": ("HA5180-20A-0311",   "HA-5180",  "五分類血液分析儀 / hematology analyzer", "C8"),
    "U11": ("LFP48100-2209-0015", "LFP48100", "48V100Ah 磷酸铁锂电池包 / LiFePO4 battery pack", "C4"),
    "U12": ("LFP48100-2210-0087", "LFP48100", "48V100Ah 磷酸铁锂电池包 / LiFePO4 battery pack", "C6"),
    "U13": ("PW3320-1905-0442",  "PW3320",   "20kVA 在线式UPS / online UPS", "C6"),
    "U14": ("XG2848-0A21-0093",  "XG2848",   "48口千兆接入交换机 / access switch", "C5"),
    "U15": ("RS2290-TW19-00562", "RS2290",   "2U 機架式伺服器 / rack server", "C3"),
    "U16": ("EPX560-JX-7821",    "EP-X560",  "工程投影机 / projector", "C5"),
    "U17": ("PW3320-2008-0719",  "PW3320",   "20kVA 在線式UPS / online UPS", "C3"),
}


def canon(s):
    import unicodedata
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(ch for ch in s if not ch.isspace() and ch not in "-/:")
