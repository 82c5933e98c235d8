# Complaint resolutions and quality feedback.
from common import doc

# ================================================================ complaints
doc("P01", "complaints/TS-2023-014_投诉反馈表_一院检验科_E23.txt", "complaint", "zh-Hans", "utf-8", ["U1"], """
投诉(问题)反馈表
单号：TS-2023-014
受理日期：2023-10-31 09:20
受理人：周静
客户名称：某市第一人民医院检验科
联系人：刘慧敏（科主任）
联系电话：0516-8351 2260
产品型号：DA7600
出厂编号：DA7600-2019-0457
客户反映：生化仪近一周每天出现十几次 E23 报警，急诊报告延误，科主任电话投诉，语气很急，
  要求当天派人，并质疑 2020 年维修质量。
紧急程度：紧急（1 个工作日内处理）
责任部门：技术服务部（工程师 王建军）
原因分析：样本针针尖变形 + 液面检测板基线漂移（详见 FW-2023-0688）。与 2020 年信号线问题不是同一原因。
处理措施：11/1 上午到场，更换样本针组件并校准；向科室解释两次故障原因不同；
  赠送一次样本针保养（纳入 2024 年保养合同）。
处理结果：11/1 14:30 恢复使用，客户签字确认。
回访记录：11/7 周静电话回访（一周内），刘主任表示满意，E23 未再出现。投诉关闭。
""")

doc("P02", "complaints/TS-2023-006_投诉反馈表_一院_离心机转速异常.txt", "complaint", "zh-Hans", "utf-8", ["U5"], """
投诉(问题)反馈表

单号: TS-2023-006
受理日期: 2023年3月13日
客户: 一院检验科（标本接收组 顾晓燕）
设备名称: 离心机
型号: TDL-5M
SN:TL5M17060031
客户反映:
  离心机又一次转速异常（转速上不去），从 2019 年到现在修了好几次，要求直接换新机，
  否则不签今年的保养合同。
紧急程度: 复杂（10 个工作日内处理）
责任部门: 技术服务部 + 销售部（换机政策）
处理措施:
  3/15 王建军上门，更换驱动板与电机总成，当天恢复（见叫修登记与维修记录 2023-03-15）。
  3/17 服务部经理与设备科徐明沟通：该机已使用近 6 年，历次故障为碳刷、测速传感器、
       不平衡、驱动板，属易损件与老化，非同一故障反复；给出以旧换新报价（新机 8 折）。
  3/22 客户决定暂用修复机，2024 年列入更新预算。
处理结果: 已解决，客户接受方案
回访: 3/22 周静回访（一周内），满意。
""")

doc("P03", "complaints/客訴處理單_澄心醫院_TW-C-2204-03.txt", "complaint", "zh-Hant", "utf-8", ["U3"], """
客訴處理單
單號：TW-C-2204-03
受理時間：2022/04/15 16:40
客戶名稱：台北澄心醫院檢驗科
聯絡人：蔡淑芬 組長
電話：(02)2765-4321
產品型號：DA-7600
S/N：DA7600-2021-0833
客戶反映：腎功能（CRE、BUN）結果連續兩天偏高，臨床醫師質疑，要求說明並儘速處理。
緊急程度：一般（3 個工作天）
責任部門：台灣服務處 技術組
處理措施：4/18 林志明到場，確認為比色杯污染及清洗針結晶（修護卡 TW-R-22041），清洗後品管在控；
  協助檢驗科回溯 4/13~4/15 的異常結果，提供重測建議。
處理結果：已結案
回訪記錄：4/22 回訪（一週內），蔡組長確認結果穩定，對處理速度滿意。
""")

doc("P04", "complaints/HK-CR-22-017_Complaint_Resolution_HangHo.txt", "complaint", "en", "utf-8", ["U10"], """
Complaint Resolution
Ref: HK-CR-22-017
Received: 28 Oct 2022, 11:05 (phone, Winnie Chan)
Customer: Hang Ho Medical Laboratory
Model: HA-5180
SN HA5180-20A-0311
Problem: background check failing for 2 weeks; engineer came twice and "only cleaned the
baths"; morning runs delayed 1 hour every day. Customer asked for a replacement analyzer.
Urgency: complex (10 working days)
Responsible: HK service team (Kelvin Cheung), escalated to regional service manager
Investigation:
 - diluent lot DL22-0914 tested on our demo analyzer: same high PLT background -> lot issue
 - heater thermistor on the customer unit intermittent
Resolution: 3 Nov 2022 - lot swapped (free replacement), thermistor replaced, baths cleaned,
  side-by-side comparison OK (report HK-SR-22-1103). Quality feedback QF-HK-22-05 raised.
  Goodwill: one free PM visit.
Follow-up: 10 Nov 2022 (within one week) - 7 days of clean backgrounds, customer accepts,
  complaint closed. Replacement analyzer not required.
""")

doc("P05", "complaints/TS-2023-021_投诉反馈表_东岭云_电池后备时间.txt", "complaint", "zh-Hans", "utf-8", ["U12"], """
投诉(问题)反馈表
单号：TS-2023-021
受理日期：2023/6/20
客户名称：东岭云数据中心
联系人：郭立新
联系电话：400-826-7731 转 2
产品型号：LFP48100（3 号柜第 2 组）
序列号：LFP48100-2210-0087
客户反映：6/18 市电切换演练，3 号柜第 2 组后备时间只有设计值的 70%，演练后其中一个电池包无法充电，
  客户认为电池质量有问题，要求全部更换并出书面说明。
紧急程度：复杂
责任部门：电池产品线（何志远）+ IT 服务组（吴昊）
原因分析：1）演练负载比设计值高 30%（新增了 2 个机柜未重新核算）；
  2）一个包 BMS 欠压保护后，固件 V1.02 在 53.5V 浮充下不自动恢复（已知问题），导致"无法充电"。
处理措施：6/21 现场激活并升级固件（FW-2023-0355）；6/28 复查并做负载放电测试（FW-2023-0371）；
  6/30 提交书面说明及容量核算报告，建议增加一组电池。
处理结果：客户接受说明，不要求更换；已下单扩容一组。
回访记录：7/5 回访，满意，关闭。
""")

doc("P06", "complaints/TS-2021-009_投诉反馈表_望川职院_响应延误.txt", "complaint", "zh-Hans", "utf-8", ["U16"], """
投诉(问题)反馈表
单号：TS-2021-009
受理日期：2021年5月19日
客户：望川职院（望川职业技术学院 信息中心）
联系人：黄伟
联系电话：0591-2760 5518
产品型号：EP-X560 投影机
出厂编号：EPX560-JX-7821
故障描述：5/17 报修投影机自动关机，承诺 24 小时内上门，两天没人来，也没人回电话；5/20 学校有全校大会
  要用报告厅。黄老师对响应速度很不满。
紧急程度：一般（3 个工作日）——考虑 5/20 会议，按紧急处理
责任部门：IT 服务组 / 调度
原因分析：唯一的 IT 工程师吴昊在外地项目，调度未及时改派，也未通知客户。
处理措施：5/20 早上 7:30 吴昊到场，清洗滤网、更换灯泡，会议前恢复；调度规则修改：
  工程师外出时由周静每日确认积压叫修单，超 24h 未派工自动升级到主管。
处理结果：已处理，向客户书面致歉
回访记录：5/27 回访，黄老师表示理解，满意度“基本满意”。
""")

# ================================================================ quality feedback
doc("Q01", "quality/ZF-2022-008_质量反馈单_比色杯批号CUV2203.txt", "quality", "zh-Hans", "utf-8", ["U2"], """
质量反馈单
编号：ZF-2022-008
反馈日期：2022-06-02
反馈人：陈晓峰（技术服务部）
产品：DA7600 比色杯段（5 杯/段，P/N 7600-CUV-05）
批号：CUV2203-14
涉及仪器：柳溪县中医院检验科 DA7600，SN DA7600-2020-0112
故障描述：该批比色杯装机约 2 个月后内壁发雾，杯空白超限；虽然客户清洗液配比有误是主要原因，
  但同样条件下旧批次杯（CUV2108）没有发雾，怀疑该批杯材表面处理差异。
附件：杯空白记录截图、更换下来的 3 段杯（已寄回）
处理要求：请质量部检测该批次透光率及耐碱性。
质量部结论（2022-06-20）：CUV2203-14 批透光率合格；耐碱试验中 0.5% NaOH 浸泡 72h 后轻微发雾，
  比 CUV2108 差，已通知供应商整改，CUV2205 起恢复正常。库存 CUV2203-14 批限于保内更换用，
  并在服务通告中提醒使用原厂清洗液。
联系人：质量部 刘工 内线 8023
""")

doc("Q02", "quality/ZF-2021-015_质量反馈_碳刷批号CB-2011-03.txt", "quality", "zh-Hans", "utf-8", ["U6"], """
质量反馈单
编号：ZF-2021-015
日期：2021年12月6日
产品：TDL-5M 离心机电机碳刷（P/N TDL-CB-01）
批号：CB-2011-03
仪器：柳溪县中医院 TDL-5M 离心机，出厂编号 TL5M-1811-0209
故障现象：该批次碳刷使用不足 1500h 即磨损到极限并断裂（正常寿命 3000h 以上），导致离心机转速异常、
  达不到设定转速。
同类情况：本季度另有两家客户（非本档案客户）反馈 TDL-5M 碳刷磨损快，批号相同。
单位：技术服务部
联系人：陈晓峰
处理意见：
  1. 暂停发放 CB-2011-03 批次，库存 46 对退回供应商；
  2. 已用此批次碳刷的设备列表由服务部导出，下次上门时主动检查；
  3. 供应商 8D 报告 2022-01-15 前提交（原因初判：石墨配比偏差，硬度低）。
""")

doc("Q03", "quality/ZF-2023-004_质量反馈_LFP48100电芯批号.txt", "quality", "zh-Hans", "utf-8", ["U11"], """
质量反馈单
编号：ZF-2023-004
反馈日期：2023-02-20
产品：LFP48100 电池包  电芯 3.2V100Ah
批号：LF22080-B3
设备/客户：岳澜新能源材料有限公司  LFP48100-2209-0015
故障描述：2/14 现场处理过放保护时发现，该包单体压差在充满后 68mV，明显大于同期出厂的其他包（<30mV）；
  第 11 串电芯自放电偏大（静置 72h 电压下降 45mV）。过放保护本身是长期存放造成，不属于质量问题，
  但电芯一致性值得关注。
反馈单位：技术服务部 电池组
联系人：何志远 138 7709 2215
质量部回复：LF22080-B3 批次出厂时自放电筛选使用了 48h 标准（现行 72h），部分电芯漏筛。
  该批共装 36 包，已列清单，建议下次服务时读取 BMS 压差数据，>100mV 的更换电芯。
跟踪：2024-01-08 岳澜该包第 11 串确认衰减并更换（FW-2024-0012）。
""")

doc("Q04", "quality/QF-HK-22-05_Quality_Feedback_diluent_lot.txt", "quality", "en", "utf-8", ["U10"], """
Quality Feedback
No.: QF-HK-22-05
Date: 2022-11-04
Product: HA-5180 diluent, 20 L
Lot: DL22-0914
Instrument: HA-5180, S/N: HA5180-20A-0311 (Hang Ho Medical Laboratory, HK)
Problem: unopened boxes of this lot give PLT background 18-30 (spec <= 10) on two different
analyzers (customer unit and HK office demo unit). Particles visible when the bag is held
against light. Led to a customer complaint (HK-CR-22-017).
Quantity affected: 14 boxes at customer / 30 in HK stock (quarantined)
Reporter: Kelvin Cheung, HK service
Contact: kelvin.cheung@example.invalid, +852 2388 0000 (office)
QA reply (2022-11-18): filtration step skipped on one fill line for part of lot DL22-0914;
  lot recalled for HK/Macau; replacement from DL22-1020.
""")

doc("Q05", "quality/TW-Q-2305-01_品質回饋單_適配器批號.txt", "quality", "zh-Hant", "utf-8", ["U8"], """
品質回饋單
編號：TW-Q-2305-01
日期：2023/05/17
產品：H1850R 水平轉頭用適配器（15ml ×4）
批號：AD-1903-22
儀器：澄心醫院檢驗科 H1850R，序號 H1850R-2019-2741
故障現象：兩只適配器底部出現放射狀裂痕，其中一只已有缺角；配合吊籃轉軸磨損，造成 E05 不平衡。
  使用約 4 年，客戶有用含氯消毒液浸泡的習慣。
回饋單位：台灣服務處
聯絡人：黃怡君 (02)2658-0000
品保回覆：AD-1903-22 材質 PP，不耐含氯消毒劑長時間浸泡，使用說明書已載明；非批次缺陷。
  建議更新說明書中文版的警語位置，並在教育訓練中強調。
""")
