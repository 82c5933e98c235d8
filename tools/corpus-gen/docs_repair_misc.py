# Repair cards for hematology analyzers, battery packs, UPS, network/IT gear, and
# a few slips without a usable serial.
from common import doc

# ---------------------------------------------------------------- U9 澜铂 HA-5180 HA5180-21A-0678
doc("R22", "repair/2022/澜铂_HA-5180_WBC堵孔_20220303.txt", "repair", "zh-Hans", "utf-8", ["U9"], """
维修服务报告单
单号：FW-2022-0108
客户名称：澜铂医学检验实验室
联系人：邓凯
联系电话：0571-8890 6712
设备名称：五分类血液细胞分析仪
型号：HA-5180
出厂编号：HA5180-21A-0678
服务日期：2022-03-03
保修状态：保内
故障现象：WBC 计数时频繁提示“WBC 堵孔”（WBC Clog），WBC 结果偏低且 CV 大；做完 30 个样本左右出现一次。
故障原因：WBC 计数池宝石孔有蛋白沉积；客户每日关机未执行探头清洗程序（说是夜班忘了）。
处理方法：探头清洗液浸泡计数池 15min，执行“排堵”程序（灼烧 + 反冲）3 次；计数池外壁用棉签清洁；
本底计数 WBC 0.02×10^9/L 正常；质控三水平在控。强调每日关机前执行探头清洗。
更换配件：无
服务人员：孙立
工时：2h
处理结果：故障排除
回访记录：3/10 回访，一周内堵孔提示 0 次。
""")

doc("R23", "repair/2023/维修单_澜铂检验_HA5180_本底高.txt", "repair", "zh-Hans", "utf-8", ["U9"], """
维修单
单号：WX-230926-02
客户：澜铂检验
型号：HA 5180
SN:HA5180 21A 0678
维修日期：2023年9月26日
保修状态：保外（2023/8 过保）
故障现象：开机本底检查不过，PLT 本底 25（要求 ≤10），WBC 本底偶尔 0.4；换了新一箱稀释液后出现的。
原因分析：
  稀释液桶的吸液管滤头接触桶底，吸入了桶底沉淀/颗粒；另外稀释液是新批号 DL23-0811，
  同批号在其他客户没有反馈，暂排除批号问题。
  液路中有微小气泡（稀释液预热器出口接头松）。
处理措施：滤头剪短 2cm 重新安装；紧固预热器接头；执行“灌注稀释液”两次 + 清洗程序；
  本底 PLT 3，WBC 0.01，合格。
更换配件：稀释液吸液滤头 1 只
维修人员：孙立
费用：上门费 300 元
处理结果：正常
""")

# ---------------------------------------------------------------- U10 恆澔 HK HA-5180 HA5180-20A-0311
doc("R24", "repair/2021/HK-SR-21-0412_HangHo_HA5180.txt", "repair", "en", "utf-8", ["U10"], """
SERVICE REPORT

Report No.: HK-SR-21-0412
Customer Name: Hang Ho Medical Laboratory (恆澔醫學化驗所)
Address: 12/F, Hang Ho Building, Nathan Road, Mong Kok, Kowloon
Contact: Ms. Winnie Chan
Tel: +852 2388 1742
Instrument: 5-part diff hematology analyzer
Model: HA-5180
S/N HA5180-20A-0311
Service Date: 12 Apr 2021
Warranty: In warranty

Problem:
WBC Clog message 4-5 times a day since last week, WBC counts low on some samples,
reruns OK. Lab switched to a new tube supplier in March.

Cause:
Clots / fibrin strands from under-mixed samples with the new tubes (fill volume short, EDTA
ratio off). Aperture partially blocked by protein deposit.

Action Taken:
1. Probe cleanser soak of WBC bath 20 min, ran "Remove Clog" x3
2. Checked aspiration probe - small fibrin thread, cleaned
3. Background count OK (WBC 0.01, RBC 0.00, PLT 2)
4. QC 3 levels in range
5. Advised lab manager to check tube fill and mix 8-10 inversions before loading

Parts Replaced: none
Technician: Kelvin Cheung
Hours: 2.0
Result: resolved
Follow-up: 19 Apr 2021 call, 1 clog msg in a week, customer OK.
""")

doc("R25", "repair/2022/HK-SR-22-1103_HA5180_background.txt", "repair", "en", "utf-8", ["U10"], """
Service Report                                   Report No. HK-SR-22-1103

Customer: Hang Ho Med Lab
Contact: Winnie Chan / night shift: Mr. Lam
Model: HA5180
Serial No.: ha5180-20a-0311
Date: Nov 3, 2022
Warranty: Out of warranty (service contract HK-MC-22-08, parts excluded)

Symptom: background check fails every morning (PLT bkg 18-30, WBC 0.3). Also "Diluent
temperature abnormal" once. See complaint HK-CR-22-017 (lab says 3rd visit, wants it fixed
properly this time).

Cause: 1) diluent lot DL22-0914: particle count high in 2 unopened boxes (tested with
         a second analyzer in our office -> same high bkg). Quality feedback raised.
       2) diluent heater thermistor reading unstable -> temp alarm.

Action: swapped diluent to lot DL22-0702 (from our stock), primed x2; replaced heater
thermistor; cleaned WBC/RBC baths; background now PLT 4, WBC 0.02. Ran 20 patient samples
side by side with the lab's backup analyzer - agreement OK.

Parts: thermistor x1 (HK$ 850), diluent 20L x2 (replacement, no charge)
Engineer: Kelvin Cheung, Jason Lau
Hours: 3.5
Result: fixed, monitored for 1 week (see follow-up on complaint form)
""")

# ---------------------------------------------------------------- U11 岳澜新能源 LFP48100 LFP48100-2209-0015
doc("R26", "repair/2023/岳澜新能源_LFP48100_BMS保护无法充电.txt", "repair", "zh-Hans", "utf-8", ["U11"], """
服务报告单
单号：FW-2023-0097
客户名称：岳澜新能源材料有限公司
客户地址：江川经济开发区纬三路9号 3号厂房
联系人：马骏（设备部）
联系电话：0877-5512 0436
设备名称：48V100Ah 磷酸铁锂电池包（AGV 备用电源）
产品型号：LFP48100
出厂编号：LFP48100-2209-0015
服务日期：2023年2月14日
保修状态：保修期内
客户反映：春节停产 20 多天，复工后电池包接充电机充不进去，充电机显示“电池未连接”，电池包 LED 全灭。
故障原因：长期存放 + AGV 待机功耗，电池过放，总压 38.6V，最低单体 2.31V；BMS 进入欠压保护（过放保护）
并休眠，放电 MOS 和充电 MOS 均关断，所以充电机检测不到电池电压。电池BMS保护无法充电。
处理方法：
  1. 用上位机软件通过 RS485 读取 BMS 告警记录：UV（单体欠压）保护，确认无短路、无过温记录；
  2. 按 BMS 激活流程：用 5A 小电流直流电源从预充端口对电池包预充，总压升到 44V、最低单体 2.8V 以上后
     BMS 自动唤醒；
  3. 改用原充电机正常充电至满电，单体压差 28mV，正常；
  4. 设置长期存放前充到 50% 并断开空开，告知客户。
更换配件：无
服务人员：何志远
工时：4h
处理结果：电池恢复正常充放电
回访记录：2/21 回访马工，使用正常。
""")

doc("R27", "repair/2024/FW-2024-0012_岳澜_LFP48100_压差.txt", "repair", "zh-Hans", "utf-8", ["U11"], """
维修服务报告单
单号：FW-2024-0012
客户：岳澜新能源
型号：ＬＦＰ４８１００
出厂编号：ＬＦＰ４８１００－２２０９－００１５
维修日期：2024/1/8
保修状态：保内
客户反映：AGV 续航明显变短，满电后跑 3 小时就报低电（以前 5 小时）。
原因分析：上位机读数据：第 11 串单体满电时 3.38V，其他 3.55~3.60V，压差 220mV，
BMS 被动均衡电流只有 50mA，拉不回来。第 11 串电芯容量衰减到 72Ah（内阻偏大），
同批电芯（批号 LF22080-B3）已有质量反馈记录。
处理措施：更换第 11 串电芯（同规格新批号 LF23061-A1）；做一次满充满放容量标定；
BMS SOC 重新标定。压差 35mV。
更换配件：电芯 3.2V100Ah ×1
服务人员：何志远
工时：6h
处理结果：正常，续航恢复约 5h
""")

# ---------------------------------------------------------------- U12 东岭云 LFP48100 LFP48100-2210-0087
doc("R28", "repair/2023/Dongling_LFP48100_BMS_20230621.txt", "repair", "mixed", "utf-8", ["U12"], """
Service Report  服务报告单
Report No.: FW-2023-0355
Customer: 东岭云数据中心 (Dongling Cloud DC), 机房 B2
Contact: 郭立新 (运维主管)
Phone: 400-826-7731 ext 2
Equipment: 48V 通信储能电池包 (rack 3, string 2)
Model: LFP48100
SN: LFP48100 2210 0087
Date: 2023-06-21
Warranty: In warranty

Fault: 市电切换演练后，该电池包无法充电，整流器显示该支路电流 0A；BMS LED 红灯常亮；
other packs in the same string charge normally.

Cause: 演练放电深度太深 (DOD ~95%)，该包最低单体 2.52V 触发欠压保护；BMS 保护后充电 MOS 未
自动恢复 — BMS 固件 V1.02 已知问题 (保护后需要充电器电压 > 54V 才唤醒，而整流器浮充只给 53.5V)。
即 电池BMS保护无法充电，同 岳澜新能源 2023-02 的现象，但原因不同 (那边是长期存放过放)。

Action Taken:
1. RS485 读告警: UV protect, no OC/OT
2. 手动激活：外接直流源 54.5V/5A 预充 10min，BMS 唤醒，充电 MOS 导通
3. 接回整流器正常充电，2h 后 SOC 65%
4. 固件升级 V1.02 -> V1.05 (fix: 保护恢复阈值改为 52.5V)
5. 同机柜另外 7 个包固件一起升级 (序列号见附页，不在本单统计)

Parts Replaced: none
Engineer: 何志远 / 吴昊
Hours: 5
Result: 恢复。Complaint TS-2023-021 related (客户认为演练时后备时间不足)。
""")

doc("R29", "repair/2023/东岭云_电池包回访检查_20230628.txt", "repair", "zh-Hans", "utf-8", ["U12"], """
客户服务工作单
单号：FW-2023-0371
客户名称：东岭云计算有限公司（东岭云数据中心）
地址：东岭产业园 A3 栋 B2 机房
联系人：郭立新
设备名称：磷酸铁锂电池包
型号：LFP48100
序列号：lfp48100-2210-0087
服务日期：2023-06-28
服务方式：现场复查（投诉单 TS-2023-021 跟进）
服务内容：
  6/21 处理后复查。上位机读取：总压 53.4V，单体 3.32~3.35V，压差 30mV，SOC 100%，循环 41 次，
  无新告警。固件 V1.05 确认。与客户一起做了 30% 负载放电测试 40min，放电曲线与同串其他包一致。
  客户担心整串容量，建议年度做一次核容。
保修状态：保内
服务人员：何志远
工时：3h
处理结果：正常，客户签字确认
回访记录：7/5 回访，郭工表示满意，投诉关闭。
""")

doc("R45", "repair/2024/Dongling_LFP48100_PM_Mar2024.txt", "repair", "en", "utf-8", ["U12"], """
Service Report - Preventive Maintenance
Report No.: PM-2024-0033
Customer: Dongling Cloud Data Center
Address: Bldg A3, Dongling Industrial Park, B2 battery room
Contact: Guo Lixin
Equipment: LiFePO4 battery pack, rack 3 string 2
Model: LFP-48100
Serial Number: LFP48100-2210-0087
Service Date: 15 Mar 2024
Warranty: In warranty (until 2025-10)

Action:
- visual check: no swelling, terminals torque 12 N.m re-tightened (two were loose, 8 N.m)
- BMS firmware V1.05 (no change)
- capacity test at 0.2C: 96.8 Ah (96.8% of rated), OK
- cell delta at full charge 26 mV
- IR thermal scan of busbars: max 31 C, OK
- checked alarm log: no UV/OV/OT events since Jun 2023

Parts: none
Technician: Wu Hao
Hours: 3
Result: PM completed, pack healthy. Next PM Sep 2024.
""")

# ---------------------------------------------------------------- U13 东岭云 UPS PW3320-1905-0442
doc("R30", "repair/2022/东岭IDC_UPS电池告警_20220909.txt", "repair", "mixed", "utf-8", ["U13"], """
维修服务报告单
单号：FW-2022-0512
客户名称：东岭IDC（东岭云数据中心）
联系人：郭立新
联系电话：400-826-7731
设备名称：UPS 20kVA online
型号：PW3320
出厂编号：PW3320-1905-0442
服务日期：2022/09/09
保修状态：保外
故障现象：UPS 面板 battery alarm 告警，自检 "Battery test failed"，监控平台发短信。
故障原因：外挂铅酸电池组 32 节 12V100Ah，已使用 5 年，内阻测试第 7、18、23 节内阻 > 12 mΩ（其他 4~5 mΩ），
         放电测试 10min 后电压跌到告警值。电池老化。
处理方法：临时断开劣化电池所在组，调整 UPS 电池节数设置；给客户出更换方案：整组更换为锂电（LFP48100 系列）
         或同规格铅酸，客户选择 2023 年预算内改锂电。
更换配件：无（待报价）
工程师：吴昊
工时：3h
费用：检测费 800 元
处理结果：告警消除，后备时间缩短至约 8 min，已告知客户
回访记录：9/16 回访，无告警。
""")

doc("R31", "repair/2023/Dongling_UPS_PW3320_bypass_fan.txt", "repair", "en", "utf-8", ["U13"], """
Service Report
No. FW-2023-0190
Customer Name: Dongling Cloud DC
Contact: Guo Lixin, NOC 400-826-7731
Equipment: Online UPS 20kVA
Model: PW 3320
S/N PW3320 1905 0442
Date: 2023-04-04
Warranty: Out of warranty

Problem: UPS transferred to bypass by itself twice last week ("Fan fault" + "Inverter over
temperature"). Load ~14 kW.
Cause: 2 of 4 cooling fans seized (bearing worn, 4 yrs continuous running). Inverter heatsink
reached 85 C -> transfer to bypass as designed.
Action Taken: replaced all 4 fans (recommended to replace as a set), cleaned dust filter,
checked inverter temp under 70% load: 52 C after 1h. Cleared event log.
Parts Replaced: fan 120mm 48V x4
Hours: 2.5
Fee: RMB 1,960
Engineer: Wu Hao
Result: back on inverter, no alarm
Follow-up: 2023-04-11, no bypass events.
""")

# ---------------------------------------------------------------- U14 望川职院 XG2848 XG2848-0A21-0093
doc("R32", "repair/2022/Wangchuan_XG2848_port_flapping.txt", "repair", "en", "utf-8", ["U14"], """
Service Report
Report No.: IT-2022-0871
Customer: 望川职业技术学院信息中心 (Wangchuan Vocational College, IT centre)
Contact: Mr. Huang Wei
Phone: 0591-2760 5518
Equipment: 48-port GbE access switch, Building 5 (teaching bldg) 3F wiring closet
Model: XG2848
Serial No.: XG2848-0A21-0093
Date: 15 Nov 2022
Warranty: In warranty

Problem: computer lab 5-302 loses network every few minutes; uplink port Te1/0/49 goes
up/down (port flapping), logs full of "link down/up". 40 PCs affected during exams.

Cause: SFP+ module on uplink had intermittent RX power (-14 dBm, limit -11); fibre patch
cord end face dirty. Also EEE (energy efficient ethernet) enabled on access ports causing
some old NICs to renegotiate.

Action Taken:
- cleaned fibre connectors, replaced SFP+ module (spare)
- disabled EEE on Gi1/0/1-48
- upgraded firmware 2.1.3 -> 2.1.7 (release notes mention link flap fix)
- monitored 1 h: no flap

Parts Replaced: SFP+ 10G SR module x1
Technician: Wu Hao
Hours: 3
Result: resolved
Follow-up: 22 Nov 2022 Mr. Huang: stable.
""")

doc("R33", "repair/2023/望川职院_交换机风扇_20230330.txt", "repair", "mixed", "utf-8", ["U14"], """
服务报告单   IT-2023-0214
客户：望川职院 信息中心
联系人：黄伟 老师
设备名称：接入交换机（5号教学楼3F弱电间）
型号：XG-2848
SN: xg2848 0a21 0093
日期：2023年3月30日
故障描述：交换机 SYS 灯黄色闪烁，日志 "FAN 2 failed"，机壳摸着很烫；弱电间没空调，夏天更严重。
处理措施：更换风扇模块 FAN2（热插拔），show environment 温度 41℃ 降到 33℃；
  建议学校在弱电间加排风扇。顺带查了上次 port flapping 的口，Te1/0/49 无 flap 记录。
更换配件：风扇模块 ×1
保修状态：保修期内
服务人员：吴昊
处理结果：OK
""")

# ---------------------------------------------------------------- U15 新竹昱晟 RS2290 RS2290-TW19-00562
doc("R34", "repair/2022/服務報告單_昱晟科技_RS2290_RAID.txt", "repair", "zh-Hant", "utf-8", ["U15"], """
服務報告單
單號：TW-S-22073
客戶名稱：新竹昱晟科技股份有限公司 資訊部
客戶地址：新竹科學園區研發二路 18 號 3F 機房
聯絡人：鄭宇翔 課長
聯絡電話：(03)578-6621
設備名稱：2U 機架式伺服器（檔案伺服器）
型號：RS2290
機身編號：RS2290-TW19-00562
服務日期：2022/7/5
保修狀態：保固內
客戶反映：伺服器前面板硬碟燈橘色，管理介面顯示 RAID 5 Degraded（硬碟降級），擔心資料遺失。
處理措施：
  1. BMC 日誌確認 Slot 3 硬碟 SMART 預警後離線；
  2. 熱抽換 Slot 3 硬碟（同型號 2.4TB 10K SAS），RAID 自動重建，約 6 小時完成；
  3. 重建期間監控，其他硬碟無錯誤；
  4. 建議客戶確認備份排程（目前每週一次，建議每日增量）。
配換零件：2.4TB SAS 硬碟 ×1
技術員：張家豪
工時：2 小時（重建時間另計遠端監控）
處理結果：RAID 狀態 Optimal
回訪記錄：7/6 遠端確認重建完成。
""")

doc("R35", "repair/2023/修護卡_昱晟科技_RS2290_電源.txt", "repair", "zh-Hant", "big5", ["U15"], """
修護卡
單號：TW-R-23102
客戶：昱晟科技
聯絡人：鄭宇翔
電話：(03)578-6621
型號：ＲＳ２２９０
序號：ＲＳ２２９０－ＴＷ１９－００５６２
日期：２０２３年１０月１２日
保修狀態：保固外
故障現象：半夜伺服器自己關機，早上無法開機；PSU1 燈號熄滅，PSU2 琥珀色閃爍。
故障原因：PSU1 損壞（量測無輸出），PSU2 風扇異音；機房 UPS 在 10/11 夜間有切換記錄
（見昱晟機房 UPS 修護紀錄），兩顆電源同時受影響。
處理方法：更換兩顆 800W 電源供應器；開機後檢查 RAID、系統日誌正常；
建議 UPS 一併檢查。
配換零件：800W 電源供應器 ×2
維修人員：張家豪
工時：1.5 小時
費用：NT$ 18,600
處理結果：已修復，系統正常開機
""")

# ---------------------------------------------------------------- U16 望川职院 projector EPX560-JX-7821
doc("R36", "repair/2021/望川职院_投影机_EP-X560_灯泡.txt", "repair", "mixed", "utf-8", ["U16"], """
维修服务报告单
客户名称：望川职业技术学院
地址：望川市大学城学苑路66号 图书馆报告厅
联系人：黄伟（信息中心）
联系电话：0591-2760 5518
设备名称：工程投影机
型号：EP-X560
出厂编号：EPX560-JX-7821
服务日期：2021-05-20
保修状态：保修期内
客户反映：投影机开机 5~10 分钟自动关机，lamp 指示灯红色闪烁，temp 灯也亮；报修后三天才来人（已投诉 TS-2021-009）。
故障原因：进风滤网严重堵塞（报告厅装修后粉尘大），灯泡过热保护；灯泡已用 2,950h（额定 3000h）。
处理方法：清洗滤网，更换灯泡，lamp timer reset；满亮度运行 2h 无关机。
更换配件：灯泡组件 ELP-56 ×1
服务人员：吴昊
工时：1.5h
处理结果：正常
回访记录：5/27 回访，正常使用。
""")

doc("R37", "repair/2023/Wangchuan_EP-X560_no_signal.txt", "repair", "en", "utf-8", ["U16"], """
Service Report
No.: IT-2023-0603
Customer: Wangchuan Vocational College (library lecture hall)
Contact: Huang Wei
Instrument: projector
Model: EPX560
S/N: epx560 jx 7821
Date: 2023/06/08
Warranty: Out of warranty

Problem: "No Signal" from the lectern PC on HDMI, VGA still works. Intermittent colour
flicker before it died completely.
Cause: HDMI input board damaged (connector pins bent, likely cable yanked); 25 m HDMI run
without repeater is also marginal.
Action Taken: replaced HDMI input board; installed HDMI-over-HDBaseT extender pair instead
of the passive 25 m cable; tested 1080p60 OK.
Parts Replaced: HDMI input board x1, HDBaseT extender set x1
Fee: RMB 2,150
Engineer: Wu Hao
Result: fixed
""")

# ---------------------------------------------------------------- U17 新竹昱晟 UPS PW3320-2008-0719
doc("R38", "repair/2022/服務報告單_昱晟科技_UPS_PW3320.txt", "repair", "zh-Hant", "utf-8", ["U17"], """
服務報告單
單號：TW-S-22121
客戶名稱：昱晟科技股份有限公司 資訊部
設備名稱：20kVA 在線式 UPS
型號：PW-3320
出廠編號：PW3320-2008-0719
服務日期：2022年12月1日
保修狀態：保固內
故障現象：UPS 面板顯示「電池需更換」，電池自檢失敗。
處理方法：電池內阻量測 32 顆中 2 顆異常（>15mΩ），保固內更換 2 顆 12V100Ah 電池；
自檢通過，放電測試 15 分鐘電壓正常。
配換零件：12V100Ah 鉛酸電池 ×2
服務人員：張家豪
工時：2 小時
處理結果：正常
""")

# ---------------------------------------------------------------- slips without a usable serial
doc("R39", "repair/2021/叫修登记簿_2021年第2季度.txt", "repair", "zh-Hans", "utf-8", ["U5", "U16"], """
叫修登记簿（2021 年第 2 季度 摘录）
客户服务中心  登记人：周静

| 日期 | 客户 | 设备/型号 | 机身编号 | 客户反映 | 派工 | 状态 |
|---|---|---|---|---|---|---|
| 4/06 | 岳澜新能源 | 电池测试柜 | 未提供 | 通道 3 电压采样偏差 | 何志远 | 已完成 |
| 4/19 | 一院检验科 | 离心机 TDL-5M | TL5M-1706-0031 | 噪音大，要求保养 | 王建军 | 已完成（清洁、换减震脚，未换件） |
| 5/08 | 柳溪中医院 | 生化 DA7600 | — | 电脑死机，软件打不开 | 陈晓峰 | 远程处理 |
| 5/17 | 望川职院 | 投影机 EP-X560 | EPX560JX7821 | 开机自动关机 | 吴昊 | 延误（5/20 到场），客户投诉 |
| 5/25 | 南湖大学生科院 | H1850R | 客户未报 | 门锁打不开 | 赵宇航 | 电话指导应急开锁 |
| 6/02 | 澜铂检验 | 新购生化仪咨询 | — | 询价 | 销售转接 | 转销售 |
| 6/21 | 东岭IDC | 机房空调 | — | 非本公司产品 | — | 婉拒，推荐厂家 |

说明：叫修需在 2 小时内响应，4 小时内确定上门时间。5/17 望川职院因工程师在外地延误，已按投诉流程处理。
""")

doc("R40", "repair/2021/岳澜新能源_电池测试柜_20210406.txt", "repair", "zh-Hans", "utf-8", [], """
客户服务工作单
客户名称：岳澜新材（岳澜新能源材料有限公司）  化成车间
联系人：马骏
设备名称：电池充放电测试柜（32 通道）
型号：BT-32C
机身编号：铭牌缺失（客户称 2018 年购入，非本公司出货，按有偿服务处理）
服务日期：2021年4月6日
客户反映：通道 3 电压采样比万用表低 35mV，导致分容数据偏差。
处理方法：检查采样线，通道 3 电压采样线端子氧化，重新压接；按校准流程用标准源校准 32 通道电压/电流；
  校准后偏差 ≤2mV。
更换配件：端子 ×4
服务人员：何志远
工时：5h
费用：校准费 1,600 元
保修状态：保外
处理结果：正常
""")

doc("R41", "repair/2022/Dongling_PDU_replacement_no_SN.txt", "repair", "en", "utf-16", [], """
Service Report
Report No.: IT-2022-0333
Customer: Dongling Cloud Data Center (东岭云数据中心)
Contact: Guo Lixin
Equipment: rack PDU, row C rack 14 (customer-owned, third party brand)
Serial No.: not recorded (label unreadable)
Date: 2022-05-18
Warranty: Out of warranty

Problem: one PDU outlet bank dead, 6 servers running on single PSU (redundancy lost).
Cause: PDU internal breaker for bank B tripped and would not reset; breaker contact burnt.
Action Taken: customer supplied a new PDU; we swapped it live, one PSU at a time, no
downtime. Checked load balance across phases (L1 31 A, L2 29 A, L3 30 A).
Parts Replaced: none from our stock
Hours: 2
Engineer: Wu Hao
Result: redundancy restored
""")

doc("R42", "repair/2023/HK_恆澔_借用機離心機_服務報告單.txt", "repair", "zh-Hant", "utf-8", [], """
服務報告單
單號：HK-SR-23-0210
客戶名稱：恆澔醫學化驗所
地址：九龍旺角彌敦道 恆澔大廈 12 樓
聯絡人：陳慧妍 Winnie Chan
電話：+852 2388 1742
設備名稱：高速冷凍離心機（借用機）
型號：H1850R
序號：借用機，未登記
服務日期：2023年2月10日
客戶反映：借用機運行時有金屬摩擦聲。
處理方法：檢查為轉頭未鎖緊（轉頭螺母只轉了半圈），重新鎖緊並示範正確安裝方法；
  試機 12000 rpm 三次，無異聲、無不平衡。提醒：每次更換轉頭後必須確認鎖緊。
配換零件：無
技術員：Kelvin Cheung
處理結果：正常，無需維修
""")
