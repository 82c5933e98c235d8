# Training material and knowledge-base articles.
from common import doc

# ================================================================ training
doc("T01", "training/DA7600_日常维护与常见报警_培训资料.md", "training", "zh-Hans", "utf-8", [], """
# 培训资料：DA7600 全自动生化分析仪 日常维护与常见报警

类型：培训资料
适用对象：新入职服务工程师、客户科室操作人员
编写：周静（客户服务中心）  审核：王建军   版本：V2.1  2023-12

## 1. 仪器概况

DA7600（部分单据写作 DA-7600）为单机 800 测试/小时的全自动生化分析仪，120 个比色杯，
反应盘温度 37℃，光源为 12V/20W 卤素灯，光度计波长 340~800nm 共 12 个。

## 2. 日常维护（操作人员）

| 周期 | 项目 | 要点 |
|---|---|---|
| 每日 | 样本针、试剂针外壁擦拭 | 酒精棉，从上往下擦，不要掰针 |
| 每日 | 关机前清洗程序 | 必须用原厂清洗液，按 1:20 稀释 |
| 每周 | 样本针浸泡清洗 | 0.5% 次氯酸钠 10 min，之后纯水冲洗 |
| 每周 | 杯空白检测 | 超过 0.015 的杯位记录下来 |
| 每月 | 清洗站清洗针检查 | 吸液是否顺畅，有无结晶 |
| 每年 | 更换卤素灯（PM） | 约 2000~3000h |

## 3. 常见报警与处理

### E23 样本针液面检测异常
最常见。可能原因（按出现频率）：
1. 样本针外壁挂液、蛋白结晶 → 清洗样本针；
2. 样本本身有泡沫、纤维蛋白丝、离心不充分 → 复离心、挑泡沫；
3. 样本针信号线折损/断芯（拖链出口处最常见）→ 更换信号线；
4. 接头氧化（空调冷凝水）→ 清洁接头；
5. 针尖变形、液面检测板基线漂移 → 更换样本针组件并校准。
处理完毕务必做液面检测灵敏度校准，并连续吸样 200 次以上验证。
详细见知识库文章《DA7600 报警 E23 的处理》。

### 杯空白超限 / 比色杯污染
表现为多个项目结果偏高或重复性差。先看超限杯位是否集中：集中在一段 → 比色杯划痕或某支清洗针堵；
分散 → 清洗液配比或清洗液质量问题。参见《比色杯污染导致吸光度异常》。

### 灯能量低（Lamp energy low）
340nm 最先报。卤素灯到寿命，直接更换并调增益；换灯后需重做杯空白与相关项目定标。

### 反应盘温度异常
加热膜开路或温控传感器故障，升温不到 37℃。更换加热膜后做温度校准。

## 4. 现场服务注意

- 到场先看报警日志（Alarm log）和杯空白历史，再动手。
- 保内/保外先确认（见设备档案“保修期至”），保外更换配件前必须报价并让客户签字确认。
- 服务报告单当场填写，请客户签字盖章，回公司后 24h 内录入系统。
- 同一台设备 3 个月内同一故障复发，必须上报主管并做原因分析。
""")

doc("T02", "training/离心机产品技术手册_TDL-5M_H1850R.docx", "training", "zh-Hans", "docx", [], None, fmt="docx")

doc("T03", "training/LFP48100电池包_BMS培训资料.txt", "training", "mixed", "utf-8", [], """
培训资料
LFP48100 磷酸铁锂电池包（48V 100Ah）—— BMS 原理与现场服务
主讲：何志远  2023-03 技术服务部内训

一、产品参数
  标称电压 51.2V（16 串 3.2V），容量 100Ah，充电截止 57.6V / 浮充 54.0V（通信电源系统可设 53.5V）
  放电截止 44.8V；单体过放保护 2.50V，恢复 2.80V；单体过充保护 3.65V
  通讯：RS485 / CAN，上位机软件 BMS-Tool V3.x

二、BMS 保护逻辑
  1. 欠压（UV）保护：任一单体 < 2.50V 延时 2s → 关放电 MOS；持续 < 2.30V 或待机 24h → BMS 休眠，
     充放电 MOS 都关断。此时包端口无电压，充电机/整流器会显示“电池未连接”，也就是客户常说的
     “电池BMS保护无法充电”“电池充不进电”。
  2. 过流、短路、过温（OT）保护：查告警记录区分。
  3. 固件 V1.02 已知问题：保护后需要充电电压 > 54V 才唤醒，通信整流器浮充 53.5V 时不能自恢复。
     V1.05 已修改，现场遇到一律升级。

三、现场处理流程（BMS 保护无法充电）
  Step 1  上位机读取告警与单体电压，确认保护类型；有短路/过温记录的 → 不要激活，返厂。
  Step 2  UV 保护：用可调直流源（限流 5A）从激活口 / 预充口充电，总压 > 44V 且最低单体 > 2.8V，BMS 唤醒。
  Step 3  接回原充电设备正常充电，观察充电电流和单体压差。
  Step 4  查固件版本，V1.02 → 升级 V1.05。
  Step 5  给客户交代存放要求：长期停用充至 50% SOC，断开空开，每 3 个月补电一次。

四、单体压差（cell imbalance）
  满电压差 < 50mV 正常；50~100mV 观察，做一次满充均衡；> 100mV 考虑更换单体。
  注意：LF22080-B3 批次电芯有自放电漏筛问题（质量反馈 ZF-2023-004），遇到优先读压差。

五、安全
  - 不要在包体带电情况下拆 BMS 板。
  - 禁止用汽车充电机、电焊机“打火”激活。
  - 鼓包、漏液、有焦味的包 → 隔离，不做任何激活，走返厂流程。

六、案例
  - 岳澜新能源：春节停产长期存放过放，小电流激活成功（2023-02）
  - 东岭云数据中心：演练后 UV 保护，浮充 53.5V 不唤醒，固件问题（2023-06）
""")

doc("T04", "training/HA-5180_Fluidics_and_Clog_Training.txt", "training", "en", "utf-8", [], """
Training
HA-5180 5-part Hematology Analyzer - Fluidics, Clogs and Background
Audience: field engineers, key operators        Trainer: Kelvin Cheung        Rev. B, 2023

1. Fluidic overview
The HA-5180 aspirates 20 uL whole blood through the sample probe, dilutes it in the
WBC and RBC baths, and counts by impedance through a 100 um (WBC) and 70 um (RBC/PLT)
aperture. The 5-part diff runs in the optical flow cell (laser, 3 angles).
Reagents: diluent (20 L), lyse, 5-diff lyse, probe cleanser. Diluent is pre-heated to 30 C.

2. Clogs ("WBC Clog", "RBC Clog")
Typical causes, most frequent first:
  a) fibrin/micro-clots in under-mixed or short-draw EDTA samples
  b) protein deposit on the aperture because the daily shutdown cleaning was skipped
  c) crystals from an expired or frozen lyse
Fix: run "Remove Clog" (burn + back-flush) up to 3 times; soak the bath with probe cleanser
15-20 minutes; never poke the aperture with a needle or wire. Confirm with background count
and QC. Coach the lab on sample mixing (8-10 inversions) and shutdown cleaning.

3. High background
Background limits: WBC <= 0.10, RBC <= 0.02, PLT <= 10.
Check in this order:
  - new reagent lot? Test a sealed box on a second analyzer if possible (lot issues do happen,
    see Quality Feedback QF-HK-22-05, diluent lot DL22-0914)
  - diluent pick-up tube filter touching the bottom of the container
  - air bubbles / loose fittings at the pre-heater
  - dirty baths -> cleanser soak
  - electrical noise: ground, nearby centrifuge on the same socket strip

4. Temperature alarms
"Diluent temperature abnormal": check heater thermistor resistance (10 kOhm at 25 C). Intermittent
thermistors are a known wear item after ~2 years.

5. Documentation
Every visit needs a Service Report with model, serial number (as on the rear label, e.g.
HA5180-YYL-NNNN), symptom, cause, action, parts, hours and customer signature.
""")

doc("T05", "training/客訴處理流程_教育訓練資料.txt", "training", "zh-Hant", "utf-8", [], """
培訓資料（教育訓練）
主題：客訴處理流程與服務報告單填寫
對象：台灣服務處、香港服務組 全體技術員
講師：黃怡君　　日期：2024/02/20

一、客訴分級與時限
　１．緊急：影響客戶營運（如醫院急診報告延誤、機房停機），１個工作天內處理。
　２．一般：功能異常但有替代方案，３個工作天內處理。
　３．複雜：涉及多部門、換機、退貨或責任判定，１０個工作天內提出處理方案。
　結案後一週內必須回訪，並記錄於客訴處理單「回訪記錄」欄。

二、客訴處理單欄位
　單號／受理時間／客戶名稱／聯絡人／產品型號／序號／客訴內容／緊急程度／責任部門／
　處理措施／處理結果／回訪記錄。序號請照機身銘牌抄寫，不要自行加減符號。

三、案例研討
　案例１：某市第一人民醫院 檢驗科（大陸同事提供）
　　生化儀 DA7600 一週內每天十餘次 E23，科主任電話客訴。處理重點：當天到場、說明前後兩次
　　故障原因不同（2020 年是訊號線，2023 年是樣本針變形），並以保養合約方式給予補償。
　案例２：台北澄心醫院檢驗科
　　CRE、BUN 偏高，確認為比色杯污染。除了修好儀器，也協助檢驗科回溯異常報告，客戶滿意度高。
　案例３：恆澔醫學化驗所（香港）
　　血球儀本底高，兩次到場只清洗，第三次才發現是稀釋液批號問題。教訓：重複叫修時，
　　必須跳出「清洗」的思維，檢查試劑批號並開立品質回饋。

四、服務報告單（修護卡）填寫要點
　－ 保固內／保固外務必勾選；保固外更換零件須先報價並取得客戶簽名。
　－ 故障現象寫客戶原話，原因分析寫工程師判斷，兩者不要混寫。
　－ 配換零件寫料號與數量。
　－ 客戶簽名與蓋章：簽名不可由技術員代簽；無法蓋章時請註明原因。
　－ 紙本修護卡三日內掃描上傳，正本交行政歸檔。
""")

doc("T06", "training/服务报告单填写规范_新员工培训.txt", "training", "zh-Hans", "utf-8", [], """
培训资料
《服务报告单 / 维修单 填写规范》——新员工入职培训第 3 讲
客户服务中心  周静  2022 年 9 月

一、为什么要规范
  服务报告单是唯一由客户签字的凭据，发生纠纷、审计、开票都要调原件。
  系统检索靠单子上的字段：客户名称、型号、出厂编号、日期。写错一个字，以后就查不到。

二、必填字段
  单号：按 FW-年份-流水号（维修）、ZJ-（装机）、PM-（保养）、IT-（IT 类）编号，不得重复。
  客户名称：写全称，不要只写“一院”“中医院”。简称可以写在括号里。
  产品型号：照铭牌写，例如 DA7600、TDL-5M、H1850R、LFP48100。
  出厂编号：照铭牌一个字符一个字符抄，字母 O 和数字 0、字母 I 和数字 1 要分清；
            铭牌缺失时写“铭牌缺失”，不要空着。
  服务日期、客户反映（故障现象）、故障原因、处理方法、更换配件、工时、费用、
  保修状态（保内/保外）、服务人员、处理结果。
  客户签字：必须是客户本人；医院客户尽量加盖科室章。

三、常见错误
  1. 故障现象只写“坏了”“不能用”——要写具体现象，例如“离心机转速异常，设定 4000 实际 3100~3600”。
  2. 处理方法只写“已修好”——要写做了什么：清洗了什么、换了什么、怎么验证。
  3. 保外换件没报价就换，事后客户不认账。
  4. 同一台设备不同单子出厂编号写法不一致（空格、横杠、全角半角混用）。系统能识别大部分写法，
     但请尽量照铭牌写。

四、回访
  维修完成后 3~7 天内电话回访，记录在“回访记录”栏：回访日期、回访人、客户意见。
  投诉单必须在结案后一周内回访。

五、台帐
  每月 5 日前把上月服务单汇总进《服务信息台帐》（Excel，列：序号、客户名称、客户地址、联系电话、
  产品型号、出厂编号、购买日期、客户反映、服务时间、服务方式、服务内容、服务人员、回访记录）。
""")

# ================================================================ knowledge base
doc("K01", "kb/离心机转速异常的排查.md", "kb", "zh-Hans", "utf-8", ["U5", "U6"], """
# 离心机转速异常的排查

类型：知识库文章
适用型号：TDL-5M（有刷电机），H1850R（无刷电机，部分步骤不适用）
关键词：转速异常、转速不稳、转速上不去、达不到设定转速、E03、碳刷、测速传感器、驱动板、不平衡、rotor imbalance
作者：王建军  审核：周静  更新：2023-05-08

## 现象分类

| 现象 | 最可能原因 | 次可能 |
|---|---|---|
| 转速达不到设定值，有焦味、黑粉 | 碳刷磨损（TDL-5M） | 换向器烧蚀 |
| 转速显示乱跳 / 显示 0 但转头在转 / 报 E03 | 测速传感器（霍尔）间隙大、插头松、端面油污 | 传感器损坏 |
| 到速后掉速再爬升，反复 | 驱动板电解电容老化 | 电源电压低 |
| 一开就抖、报 E05 | 不平衡：配平、吊篮、底垫、减震脚 | 转头/吊篮转轴磨损 |
| 转速只能到一半，电机发热 | 驱动板功率管老化、电机老化 | — |

## 排查步骤

1. **先问清楚现象**：设定多少、实际多少、有无报警码、有无异味异响、用了多久。
2. **看配平**：空载能否到速？空载正常、加载不正常 → 先查不平衡和放管方式。
3. **TDL-5M 查碳刷**：拆后盖，碳刷剩余 < 8mm 更换（成对换），打磨换向器。
   注意 2020 年批号 CB-2011-03 的碳刷磨损异常快（质量反馈 ZF-2021-015）。
4. **查测速传感器**：示波器看脉冲；间隙标准 1~1.5mm；插头用扎带固定；端面用酒精擦。
5. **查驱动板**：看电容是否鼓包，测输出电压。
6. 修完必须满载到最高常用转速运行 ≥30 min，记录实测转速。

## 案例

- 一院检验科 TDL-5M（TL5M-1706-0031）：2019 碳刷、2021 测速传感器、2023 驱动板+电机，
  典型的“转速异常”多次出现但每次原因不同，投诉后以旧换新方案解决。
- 柳溪县中医院 TDL-5M（出厂编号 TL5M 1811 0209）：2020 传感器插头松、2021 碳刷批次问题、2023 驱动板。
- 澄心醫院 H1850R：轉速異常，測速感測器接頭被冷凝水腐蝕（繁体单据：修護卡 TW-R-21118）。

## 不要做

- 不要在不平衡报警时让客户“多试几次”。
- 不要只换碳刷不打磨换向器。
""")

doc("K02", "kb/DA7600_报警E23的处理.md", "kb", "zh-Hans", "utf-8", ["U1", "U2", "U4"], """
# DA7600 报警 E23 的处理

类型：知识库文章
适用型号：DA7600 / DA-7600
关键词：E23、样本针液面检测异常、液面检测、level detection error、sample probe、加样中断
作者：李涛   更新：2023-11-10

## 含义

E23 = 样本针液面检测异常：样本针下降过程中没有检测到液面，或检测信号不稳定。仪器会停止加样并
跳过该样本。

## 五种常见原因与处理

1. **样本针脏**（外壁挂液、蛋白结晶）—— 0.5% 次氯酸钠浸泡 10 min，纯水冲洗。
   案例：一院检验科 DA7600-2019-0457，2020-06。
2. **信号线折损/断芯**（针臂拖链出口处）—— 用万用表边移动针臂边测阻值，跳变即换线。
   案例：柳溪县中医院，SN: da7600-2020-0112，2021-09，清洗无效，换信号线解决。
3. **样本质量**（泡沫、纤维蛋白、离心不充分）—— 与客户沟通前处理；可把灵敏度从 3 档降到 2 档。
   案例：澜铂检验 DA7600 2022 1205，夜班外送样本集中报 E23。
4. **接头氧化**（冷凝水）—— 清洁接头、涂接点保护剂，改善环境。案例：台北澄心醫院（2023-02）。
5. **针尖变形 / 液面检测板漂移**—— 更换样本针组件并校准。案例：一院 2023-11 复发。

## 验证

处理后做“液面检测灵敏度校准”，连续吸样 ≥200 次无 E23 才算修复。

## 相关

- 培训资料《DA7600 日常维护与常见报警》
- 同一台设备 E23 复发，先查前一次原因，不要重复同一处理（一院 2023 年投诉 TS-2023-014 的教训）。
""")

doc("K03", "kb/比色杯污染导致吸光度异常.md", "kb", "zh-Hans", "utf-8", [], """
# 比色杯污染导致吸光度异常

类型：知识库文章
适用型号：DA7600（其他开放式生化仪思路相同）
关键词：比色杯污染、杯空白超限、cuvette blank、cuvette contamination、吸光度异常、结果偏高、重复性差、清洗针堵
作者：陈晓峰  更新：2022-07-01

## 表现

- 多个项目（TBIL、UA、CRE、BUN、GLU、TG 常见）结果偏高或忽高忽低；
- 杯空白（Cuvette blank）检测有杯位超限；
- 同一样本在不同杯位重测差异大。

## 判断

看超限杯位的分布：

- **集中在连续 5 个杯（同一段）** —— 这一段杯有划痕或材质问题，或者对应清洗针堵塞；
- **分散** —— 清洗液配比错误、非原厂清洗液、清洗站整体吸液差；
- **全部偏高** —— 先排除灯能量低、光度计问题。

## 处理

1. 疏通/超声清洗清洗针，检查硅胶管；
2. 比色杯拆下用碱性清洗液浸泡 30~40 min，必要时超声；
3. 重做杯空白；仍不通过的段更换；
4. 相关项目重新定标，做质控；
5. 告诉客户：清洗液按 1:20，使用原厂清洗液。

## 批次注意

CUV2203-14 批比色杯耐碱性偏差（质量反馈 ZF-2022-008），更换时优先用 CUV2205 及以后批次。

## 案例

- 一院检验科（2021-03，31~45 号杯集中，清洗针堵 + 杯划痕）
- 柳溪中医院（2022-05，分散，清洗液配比错）
- 台北澄心醫院（2022-04，CRE/BUN 偏高，客訴 TW-C-2204-03）
""")

doc("K04", "kb/LFP48100_BMS保护无法充电.md", "kb", "mixed", "utf-8", ["U11", "U12"], """
# LFP48100：BMS 保护后无法充电（battery won't charge after BMS protection）

类型：知识库文章
Type: Knowledge Base Article
适用型号：LFP48100 / LFP-48100
Keywords: 电池BMS保护无法充电, 电池充不进电, 欠压保护, under-voltage protection, UV protect, BMS sleep, 激活, firmware V1.02

## Symptom

充电机 / 整流器显示“电池未连接”或充电电流 0A；电池包 LED 全灭或红灯常亮。

## Root causes seen in the field

| Case | Unit | Cause | Fix |
|---|---|---|---|
| 岳澜新能源 2023-02 | SN LFP48100-2209-0015 | 春节停产长期存放，过放 → BMS 休眠 | 5A 小电流预充激活 |
| 东岭云数据中心 2023-06 | S/N: LFP48100 2210 0087 | 演练深放电 + 固件 V1.02 浮充 53.5V 不唤醒 | 54.5V 激活 + 升级 V1.05 |

## Procedure

1. Read alarm log via RS485 (BMS-Tool). **If short-circuit or over-temperature is logged, do not
   reactivate - return to factory.**
2. UV protection only: pre-charge from the activation port with a current-limited DC supply (5 A),
   until pack > 44 V and min cell > 2.8 V. BMS wakes up.
3. Reconnect the original charger/rectifier, confirm charging current.
4. Check firmware; V1.02 -> upgrade to V1.05.
5. Tell the customer the storage rule: 50% SOC, breaker off, top-up every 3 months.

## Related

- 培训资料《LFP48100 电池包 BMS 培训资料》
- 质量反馈 ZF-2023-004（电芯批号 LF22080-B3 自放电）
""")

doc("K05", "kb/HA-5180_WBC_clog_and_high_background.md", "kb", "en", "utf-8", [], """
# HA-5180: frequent WBC clog and high background

Type: Knowledge Base Article
Models: HA-5180 (HA5180)
Keywords: WBC clog, 堵孔, high background, 本底高, aperture, diluent lot, probe cleanser
Author: Kelvin Cheung / Sun Li      Updated: 2023-10-02

## Quick answer

- Frequent **WBC Clog** -> almost always the samples (clots, fibrin) or skipped shutdown cleaning.
  Soak with probe cleanser, run Remove Clog x3, fix the sample handling.
- **High background** after a reagent change -> suspect the reagent lot or the pick-up filter
  before you start replacing parts.

## Details

1. Clog: check the last 50 results for the clog flag and whether it follows specific sample
   sources (outsourced samples, new tube brand).
2. Background: test a sealed reagent box on another analyzer. In 2022 diluent lot DL22-0914
   caused PLT background 18-30 in Hong Kong (QF-HK-22-05).
3. Pick-up filter touching the bottom of the diluent cube draws in sediment - trim 2 cm.
4. Loose pre-heater fitting -> micro-bubbles -> noisy background.

## Field cases

- Hang Ho Medical Laboratory, HK: clog after change of tube supplier (2021); background due to
  diluent lot + thermistor (2022).
- 澜铂医学检验实验室: WBC 堵孔 (no shutdown cleaning, 2022); 本底高 (filter at container bottom, 2023).
""")

doc("K06", "kb/伺服器RAID降級處理.md", "kb", "zh-Hant", "utf-8", [], """
# 伺服器 RAID 降級（Degraded）處理

類型：知識庫文章
適用型號：RS2290（其他機架式伺服器可參考）
關鍵字：RAID 降級、Degraded、硬碟燈橘色、熱抽換、重建 rebuild、SMART 預警

## 判斷

1. 前面板硬碟燈橘色或閃爍；BMC／RAID 管理介面顯示 Degraded。
2. 先確認哪一顆：BMC 日誌中的 Slot 編號，不要只看燈號（曾有燈號與實際槽位不符的案例）。
3. 確認客戶最近一次備份時間；若無可用備份，先請客戶備份重要資料再動手。

## 處理

1. 準備同容量、同轉速、同介面的硬碟（RS2290 原廠 2.4TB 10K SAS）。
2. 熱抽換故障硬碟，RAID 會自動重建；若未自動開始，於 RAID 管理介面手動指定 Hot Spare。
3. 重建期間避免重開機，I/O 效能會下降，請告知客戶。
4. 重建完成後確認狀態為 Optimal，並檢查其他硬碟 SMART。

## 注意

- RAID 5 重建期間若再壞一顆，資料將無法復原，務必先確認備份。
- 兩顆以上硬碟同時離線：不要強制上線，聯繫原廠技術支援。
- 電源異常（UPS 切換、電源供應器故障）常造成硬碟誤判離線，一併檢查電源（參考昱晟科技 2023 年案例）。

## 案例

- 新竹昱晟科技（昱晟科技 資訊部）：2022/07 Slot 3 SMART 預警離線，熱抽換後重建約 6 小時完成。
""")
