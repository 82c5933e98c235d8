# Equipment records and customer files.
from common import doc

# ================================================================ equipment records
doc("E01", "equipment/设备档案_一院检验科_DA7600.txt", "equipment", "zh-Hans", "utf-8", ["U1"], """
设备档案
档案编号：SB-2019-0457
设备名称：全自动生化分析仪
产品型号：DA7600
出厂编号 / SN：DA7600-2019-0457
使用单位：某市第一人民医院检验科（生化室）
客户地址：某市中山路128号 门诊楼三楼
联系人：刘慧敏（科主任）；徐明（设备科）
联系电话：0516-8351 2260
购买日期：2019-11-28
安装日期：2019-12-20
保修期至：2021-12-20
合同：2024 年起签订年度保养合同 HT-2024-007（2 次 PM/年，配件另计）
配置：无 ISE；LIS 双向；水机为科室自购

维修履历：
2019-12-20  装机验收（ZJ-2019-1188）
2020-06-15  E23 样本针液面检测异常，清洗样本针、整理信号线（FW-2020-0315）
2021-03-09  比色杯污染、清洗针堵，换比色杯段 ×3（WX-210309-02）
2022-08-23  灯能量低，换卤素灯（SR-2022-0147）
2023-11-01  E23 复发，换样本针组件（FW-2023-0688，投诉 TS-2023-014）
2024-05-10  年度 PM（PM-2024-0051）

备注：E23 两次原因不同（2020 线缆折痕 / 2023 针尖变形），后续 PM 重点检查样本针。
""")

doc("E02", "equipment/DA7600_柳溪县中医院_设备档案.md", "equipment", "zh-Hans", "utf-8", ["U2"], """
# 设备档案：DA7600 全自动生化分析仪（柳溪县中医院）

- 档案编号：SB-2020-0112
- 使用单位：柳溪县中医院检验科
- 地址：柳溪县人民路45号 医技楼二楼
- 联系人：杨丽
- 联系电话：0578-6621 3085
- 型号：DA7600
- 出厂编号：DA7600 2020 0112
- 购买日期：2020年9月20日
- 安装日期：2020年10月9日
- 保修期至：2021年10月9日

## 维修履历

| 日期 | 故障 | 处理 | 单号 |
|---|---|---|---|
| 2021-09-14 | E23 报警 | 样本针信号线断芯，更换信号线 | FW-2021-0522 |
| 2022-05-30 | 比色杯污染、杯空白超限 | 清洗比色杯、换 1 段杯、纠正清洗液配比 | 维修单（陈晓峰） |
| 2023-10-12 | 反应盘温度异常 | 更换反应盘加热膜 | FW-2023-0611 |

## 备注

客户曾使用外购清洗液，配比错误，已多次提醒。比色杯批次问题见质量反馈 ZF-2022-008。
""")

doc("E03", "equipment/設備檔案_澄心醫院_DA-7600.txt", "equipment", "zh-Hant", "utf-8", ["U3"], """
設備檔案
設備名稱：全自動生化分析儀
型號：DA-7600
序號：DA7600 2021 0833
使用單位：台北澄心醫院檢驗科
地址：台北市松山區民生東路五段 231 號 B1
聯絡人：蔡淑芬 組長
電話：(02)2765-4321
購買日期：2021/02/25
裝機日期：2021/03/10
保固期限：2024/03/10
維修紀錄：
  2022/04/18 比色杯污染，清洗比色杯與清洗針（TW-R-22041）
  2023/02/07 E23，樣本針接頭氧化（冷氣冷凝水），清潔處理（TW-S-23007）
  2024/05/22 年度保養，換燈（TW-PM-2405）
備註：樣本針尖端輕微彎曲，客戶暫不更換，2024/08 複查。
""")

doc("E04", "equipment/设备档案_一院_离心机TDL-5M.txt", "equipment", "zh-Hans", "utf-8", ["U5"], """
设备档案
设备名称：台式低速大容量离心机
型号：TDL-5M
出厂编号：TL5M 1706 0031
使用单位：一院检验科 标本接收室
联系人：顾晓燕
联系电话：0516-8351 2263
购买日期：2017年6月30日
安装日期：2017年7月6日
保修期至：2018年7月6日
累计运行：约 9000h（2023.03 统计）

维修履历（转速异常反复出现，注意）：
 2019.04.02 转速异常 —— 碳刷磨损，换碳刷
 2021.01.11 转速异常 / E03 —— 测速传感器间隙过大，换传感器
 2021.04.19 噪音大，清洁、换减震脚（叫修登记）
 2022.06.27 E05 不平衡 —— 吊篮底垫缺失 + 放管不对称
 2023.03.15 转速上不去 —— 驱动板、电机总成更换（投诉 TS-2023-006）

建议：2024 年列入更新计划，客户设备科已知悉。
""")

doc("E05", "equipment/设备档案_柳溪中医院_离心机.txt", "equipment", "zh-Hans", "utf-8", ["U6"], """
设备档案
设备名称：低速离心机
型号：ＴＤＬ－５Ｍ
出厂编号：ＴＬ５Ｍ－１８１１－０２０９
使用单位：柳溪县中医院检验科
购买日期：2018年12月3日
安装日期：2018年12月10日
保修期至：2020年12月10日（延保一年）
服务记录：
  2020-08-05 转速忽高忽低，测速传感器插头松动（FW 陈晓峰）
  2021-12-02 转速达不到，碳刷断裂（批号 CB-2011-03 质量问题，已反馈 ZF-2021-015）
  2023-04-20 转速波动，驱动板电容鼓包，换驱动板（FW-2023-0233）
""")

doc("E06", "equipment/設備履歷卡_澄心醫院_H1850R.txt", "equipment", "zh-Hant", "utf-8", ["U8"], """
設備檔案（設備履歷卡）
設備名稱：高速冷凍離心機
型號：H1850R
序號: H1850R 2019 2741
使用單位：澄心醫院檢驗科
購買日期：2019年7月1日
裝機日期：2019年7月15日
保固期限：2021年7月15日
附件：水平轉頭 4×250ml、角轉頭 12×10ml、適配器 多組
維修紀錄：
- 2021/11/03 轉速異常，E03，測速感測器接頭腐蝕，更換感測器（TW-R-21118）
- 2023/05/16 E05 不平衡，吊籃轉軸磨損、適配器破裂（TW-S-23051；品質回饋 TW-Q-2305-01）
""")

doc("E07", "equipment/Equipment_Record_HangHo_HA-5180.txt", "equipment", "en", "utf-8", ["U10"], """
Equipment Record
Record No.: HK-EQ-0311
Equipment: 5-part differential hematology analyzer
Model: HA-5180
Serial Number: HA5180 20A 0311
Customer: Hang Ho Medical Laboratory (恆澔醫學化驗所)
Address: 12/F, Hang Ho Building, Nathan Road, Mong Kok, Kowloon
Purchase Date: 02 Nov 2020
Install Date: 16 Nov 2020
Warranty Until: 16 Nov 2021
Service contract: HK-MC-22-08 (labour + PM, parts excluded), expires 31 Oct 2024

History
- 16 Nov 2020  installation, operator training (3 staff)
- 12 Apr 2021  WBC clog, new tube supplier / under-mixed samples (HK-SR-21-0412)
- 03 Nov 2022  background high, diluent lot DL22-0914 + heater thermistor (HK-SR-22-1103,
               complaint HK-CR-22-017, quality feedback QF-HK-22-05)
""")

doc("E08", "equipment/设备档案_岳澜_LFP48100.txt", "equipment", "zh-Hans", "utf-8", ["U11"], """
设备档案
设备名称：48V100Ah 磷酸铁锂电池包
型号：LFP48100
SN: LFP48100 2209 0015
使用单位：岳澜新能源材料有限公司（AGV 车队 3 号车）
购买日期：2022-10-08
安装日期：2022-10-15
保修期至：2025-10-15（3 年或 2000 次循环）
BMS：V1.03（2023.02 未升级，AGV 型充电机不受 V1.02 问题影响）
电芯批号：LF22080-B3（见质量反馈 ZF-2023-004）
服务记录：
  2023-02-14 长期停放过放，BMS 欠压保护无法充电，小电流激活（FW-2023-0097）
  2024-01-08 第 11 串电芯衰减，压差 220mV，更换电芯（FW-2024-0012）
""")

doc("E09", "equipment/Equipment_Record_Dongling_LFP48100.txt", "equipment", "en", "utf-8-sig", ["U12"], """
Equipment Record
Equipment: LiFePO4 battery pack 48V 100Ah (telecom/IT backup)
Model: LFP48100
S/N: LFP48100-2210-0087
Customer: Dongling Cloud Data Center (东岭云数据中心), B2 battery room, rack 3 string 2
Purchase Date: 2022/10/20
Install Date: 2022/11/02
Warranty Until: 2025/11/02
BMS firmware: V1.02 at install -> V1.05 (2023-06-21)

Service history:
2023-06-21  BMS under-voltage protection after drill, would not charge on 53.5V float (FW-2023-0355)
2023-06-28  re-check, load test OK (FW-2023-0371); complaint TS-2023-021 closed 2023-07-05
2024-03-15  PM, capacity 96.8% (PM-2024-0033)
""")

doc("E10", "equipment/Equipment_Record_Wangchuan_XG2848.txt", "equipment", "en", "utf-8", ["U14"], """
Equipment Record

Equipment: access switch, 48x GbE + 4x SFP+
Model: XG2848
SN:XG28480A210093
Customer: 望川职业技术学院 (IT centre), bldg 5 3F wiring closet
Contact: Huang Wei, 0591-2760 5518
Purchase Date: 2021-08-16
Install Date: 2021-08-30
Warranty Until: 2024-08-30
Firmware: 2.1.7 (since 2022-11-15)
Mgmt IP: 10.5.3.254 (VLAN 99)

Service history
 2022-11-15  port flapping on uplink, SFP+ replaced, EEE off, fw upgrade (IT-2022-0871)
 2023-03-30  FAN 2 failed, fan module replaced (IT-2023-0214)
Notes: closet has no A/C; recommended exhaust fan (not done as of 2023-06).
""")

doc("E11", "equipment/設備檔案_昱晟科技_RS2290.txt", "equipment", "zh-Hant", "utf-8", ["U15"], """
設備檔案
設備名稱：2U 機架式伺服器（檔案伺服器 FS01）
型號：RS2290
機身編號：RS2290 TW19 00562
使用單位：新竹昱晟科技股份有限公司 資訊部
地址：新竹科學園區研發二路 18 號 3F 機房
購買日期：2019.11.05
裝機日期：2019.11.20
保固期限：2022.11.20（延長保固至 2023.05.20）
配置：2× CPU、128GB RAM、8× 2.4TB SAS RAID 5、雙 800W 電源
維修紀錄：
  2022.07.05 RAID 降級，Slot 3 硬碟更換（TW-S-22073）
  2023.10.12 電源供應器 ×2 損壞，更換（TW-R-23102，保固外）
""")

# ================================================================ customer files
doc("C01", "customers/客户档案_某市第一人民医院检验科.txt", "customer", "zh-Hans", "utf-8", ["U1", "U5"], """
客户档案
客户编号：KH-0001
客户名称：某市第一人民医院检验科
别名/简称：一院检验科、市一院检验科
客户地址：某市中山路128号 门诊楼三楼
客户等级：A
联系人：刘慧敏（检验科主任，决策人）
联系电话：0516-8351 2260
其他联系人：徐明（设备科，报修/合同）0516-8351 2011；顾晓燕（标本接收组）0516-8351 2263
合同到期：2024-12-31（年度保养合同 HT-2024-007）
在用设备：
  1. 全自动生化分析仪 DA7600，出厂编号 DA7600-2019-0457，2019.12 装机
  2. 台式低速大容量离心机 TDL-5M，出厂编号 TL5M-1706-0031，2017.07 装机（计划 2024 更新）
客户特点：标本量大，急诊多，对停机时间非常敏感；2023 年有两次投诉（离心机、E23）。
拜访计划：每季度一次巡检；科主任每半年拜访。
更新日期：2024-01-15  周静
""")

doc("C02", "customers/客戶資料卡_台北澄心醫院.txt", "customer", "zh-Hant", "utf-8", ["U3", "U8"], """
客戶資料卡
客戶編號：TW-K-0012
客戶名稱：台北澄心醫院檢驗科
別名：臺北澄心醫院 檢驗科、澄心醫院
客戶地址：台北市松山區民生東路五段 231 號 B1
客戶等級：A
聯絡人：蔡淑芬（檢驗科組長）
聯絡電話：(02)2765-4321 分機 3105
採購窗口：總務課 李先生 分機 2201
合約到期：2025/03/31（保養合約 TW-MC-2024-03）
設備清單：
  DA-7600 全自動生化分析儀　序號 DA7600-2021-0833
  H1850R 高速冷凍離心機　　序號 H1850R-2019-2741
備註：院方冷氣出風口曾造成設備冷凝水問題，已改善。客訴 1 件（2022/04 比色杯）。
""")

doc("C03", "customers/客戶資料卡_新竹昱晟科技.txt", "customer", "zh-Hant", "big5", ["U15", "U17"], """
客戶資料卡
客戶名稱：新竹昱晟科技股份有限公司
簡稱：昱晟科技
客戶地址：新竹科學園區研發二路 18 號
客戶等級：B
聯絡人：鄭宇翔（資訊部課長）
聯絡電話：(03)578-6621
合約到期：2024/12/31
設備：
  伺服器 RS2290　機身編號：RS2290-TW19-00562
  UPS PW3320　出廠編號：PW3320 2008 0719
備註：機房 3F，進出需事先申請；夜間維修須會同資訊部值班人員。
""")

doc("C04", "customers/客户信息卡_岳澜新能源.txt", "customer", "zh-Hans", "utf-8", ["U11"], """
客户信息卡
客户名称：岳澜新能源材料有限公司
简称：岳澜新能源 / 岳澜新材
地址：江川经济开发区纬三路9号
客户等级：B
联系人：马骏（设备部经理）
联系电话：0877-5512 0436
采购联系人：田芳 0877-5512 0401
合同到期：2025-10-15（电池包质保随货）
设备：
- LFP48100 电池包（AGV 3 号车）SN LFP48100-2209-0015
- AGV 车队其余 11 个电池包为其他供应商产品
- 电池测试柜 BT-32C（非本公司出货，有偿服务）
备注：春节等长假前需提醒客户给电池补电并断开空开（2023 年春节后出现过放保护）。
""")

doc("C05", "customers/客户信息卡_望川职业技术学院.txt", "customer", "zh-Hans", "utf-8", ["U14", "U16"], """
客户信息卡
客户名称：望川职业技术学院
简称：望川职院
客户地址：望川市大学城学苑路66号
客户等级：C
联系人：黄伟（信息中心）
联系电话：0591-2760 5518
合同到期：无维保合同，按次收费（2024 年有意签网络维保）
设备：
  交换机 XG2848 ×1（5 号楼 3F）  序列号 XG2848-0A21-0093
  投影机 EP-X560 ×1（图书馆报告厅） 序列号 EPX560-JX-7821
  （教室其他投影机为校方自行采购，不在服务范围）
备注：寒暑假期间校内无人值守，上门需提前一天和黄老师约。2021 年投影机报修延误被投诉一次。
""")

doc("C06", "customers/Customer_File_Dongling_Cloud.txt", "customer", "en", "utf-8", ["U12", "U13"], """
Customer File
Customer ID: KH-0031
Customer Name: Dongling Cloud Data Center
Also known as: 东岭云数据中心 / 东岭IDC / 东岭云计算有限公司
Address: Bldg A3, Dongling Industrial Park (东岭产业园 A3 栋)
Class: A
Contact: Guo Lixin (operations supervisor)
Phone: 400-826-7731 ext 2 (24h NOC)
Contract Expiry: 2025-06-30 (7x24 support, 4h on-site)
Installed base:
  - UPS PW3320 20kVA, S/N PW3320-1905-0442 (lead-acid string, replacement planned)
  - LFP48100 battery packs, rack 3 string 2, incl. S/N LFP48100-2210-0087
  - third-party PDUs (best effort only)
Notes: access requires work permit 24h ahead; all work logged in their ITSM.
Complaint TS-2023-021 (backup time during drill) closed 2023-07-05.
""")

doc("C07", "customers/客户档案_柳溪县中医院检验科.txt", "customer", "zh-Hans", "utf-8", ["U2", "U6"], """
客户档案
客户名称：柳溪县中医院检验科
客户地址：柳溪县人民路45号
客户等级：B
联系人：杨丽
联系电话：0578-6621 3085
合同到期：无（按次服务）
设备信息：
  生化分析仪 DA7600   出厂编号 DA7600-2020-0112   2020-10 装机
  离心机 TDL-5M       出厂编号 TL5M-1811-0209     2018-12 装机
客户特点：县级医院，科室人手少，日常保养执行不到位；曾使用外购清洗液。
  路程约 2.5 小时，尽量一次带齐配件（样本针信号线、碳刷、驱动板）。
""")

doc("C08", "customers/Customer_File_Hang_Ho_Medical_Laboratory.txt", "customer", "mixed", "utf-8", ["U10"], """
Customer File / 客戶檔案
Customer Name: Hang Ho Medical Laboratory
客戶名稱：恆澔醫學化驗所
Address: 12/F, Hang Ho Building, Nathan Road, Mong Kok, Kowloon, Hong Kong
Class: B
Contact: Ms. Winnie Chan 陳慧妍 (lab manager)
Tel: +852 2388 1742
Contract Expiry: 31 Oct 2024 (HK-MC-22-08)
Instruments: HA-5180 hematology analyzer, Serial No. HA5180-20A-0311
Notes: Cantonese / English preferred. Night shift runs samples 22:00-02:00 - schedule visits
before 10:00. Complaint HK-CR-22-017 (repeat visits, background) resolved Nov 2022.
""")

doc("C09", "customers/客户信息卡_南湖大学生命科学学院.txt", "customer", "zh-Hans", "utf-8", ["U7"], """
客户信息卡
客户名称：南湖大学生命科学学院
简称：南湖大学生科院（公共仪器平台）
地址：南湖大学 实验楼B 402
联系人：赵婧 老师（平台管理员）
联系电话：138 6732 0915
客户等级：B
合同到期：2025-02-28（年度维保合同 NH-2024-02）
设备：H1850R 高速冷冻离心机，出厂编号 H1850R-2020-3317（2020.09 装机）
备注：学生使用多，转头保养差（盐溶液腐蚀）；寒暑假平台关闭。借用机一台（H1850R）曾借给恆澔，已收回。
""")

doc("C10", "customers/客户档案_澜铂医学检验实验室.txt", "customer", "zh-Hans", "utf-8", ["U4", "U9"], """
客户档案
客户名称：澜铂医学检验实验室
简称：澜铂检验 / 澜铂医检
客户地址：高新区科创大道200号 4号楼5层
客户等级：A
联系人：邓凯（实验室设备主管）
联系电话：0571-8890 6712 / 139 0571 8862
合同到期：2024-12-28
设备清单：
  - DA7600 全自动生化分析仪  序列号 DA7600-2022-1205（2022-12-28 装机）
  - HA-5180 五分类血球仪      序列号 HA5180-21A-0678（2021 年装机，2023-08 过保）
客户特点：第三方检验所，外送样本多，夜班上机量大，样本前处理质量不稳定（与 E23、WBC 堵孔有关）。
""")
