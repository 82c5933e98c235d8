"""Word and PDF documents of the corpus (python-docx, fpdf2)."""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

FIXED_TIME = datetime.datetime(2024, 6, 1, 9, 0, 0)


def _core(d, title, author):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_modified_by = author


def _cjk(d):
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "SimSun")


def repair_nanhu(path):
    """R18: repair report with the fields in a table (label cell, value cell, sometimes two pairs)."""
    d = Document()
    _cjk(d)
    _core(d, "维修服务报告单 FW-2021-0588", "赵宇航")
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("维修服务报告单")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("岚川科技 客户服务中心　　　　　　　　　　　　　服务热线 400-000-0000")

    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    pairs4 = [
        ("单号", "FW-2021-0588", "服务日期", "2021年10月8日"),
        ("客户名称", "南湖大学生命科学学院", "联系人", "赵婧"),
        ("客户地址", "南湖大学 实验楼B402 公共仪器平台", "联系电话", "138 6732 0915"),
        ("设备名称", "台式高速冷冻离心机", "型号", "H1850R"),
        ("出厂编号", "H1850R-2020-3317", "保修状态", "保修期内"),
    ]
    for row in pairs4:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    long_rows = [
        ("故障现象", "学生反映离心机转速异常：用角转子 12×10ml 升速到 8000 rpm 左右就报 E05（不平衡）停机，"
                    "低转速（4000 rpm）可以正常完成。近两周出现 6 次。"),
        ("故障原因", "1）学生配平只目测液面，不称重，同组试管质量差最大 1.8g；"
                    "2）不平衡检测传感器零点漂移，灵敏度偏高；3）转头锥孔有残留液体和盐结晶。"),
        ("处理方法", "清洁转头及转轴锥孔；不平衡传感器零点重新校准（按维修手册 7.3）；"
                    "用天平配平后 12000 rpm 满载运行 3 次正常；给平台学生做 15 分钟配平培训，"
                    "在仪器旁张贴《配平操作要求》。"),
    ]
    for label, value in long_rows:
        cells = t.add_row().cells
        cells[0].text = label
        merged = cells[1].merge(cells[3])
        merged.text = value
    for row in [("更换配件", "无", "工时", "2.5h"),
                ("服务人员", "赵宇航", "处理结果", "已修复")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    d.add_paragraph("")
    d.add_paragraph("客户意见：处理及时，讲解清楚。")
    d.add_paragraph("客户签字：赵婧　　　　日期：2021.10.08")
    d.add_paragraph("回访记录：10/15 电话回访赵老师，一周内未再出现 E05。")
    d.save(path)


def manual_centrifuge(path):
    """T02: product technical manual with headings and paragraphs."""
    d = Document()
    _cjk(d)
    _core(d, "离心机产品技术手册（服务版）TDL-5M / H1850R", "周静")
    d.add_heading("产品技术手册", 0)
    d.add_paragraph("离心机产品技术手册（服务版）：TDL-5M 台式低速大容量离心机 / H1850R 台式高速冷冻离心机")
    d.add_paragraph("类型：培训资料 / 产品技术手册　　版本：V1.4　　编写：客户服务中心 培训组　　2023年6月")

    d.add_heading("1 产品概述", 1)
    d.add_paragraph(
        "TDL-5M 为台式低速大容量离心机，最高转速 5000 r/min，最大容量 4×250ml，采用直流有刷电机，"
        "主要用于医院检验科血清分离。H1850R 为台式高速冷冻离心机，最高转速 18500 r/min，"
        "温度范围 -20~40℃，采用无刷变频电机，主要用于科研和检验的样本制备。")
    d.add_heading("2 主要技术参数", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ("参数", "TDL-5M", "H1850R")):
        c.text = v
    for row in [("最高转速", "5000 r/min", "18500 r/min"),
                ("最大相对离心力", "4650×g", "24000×g"),
                ("电机", "直流有刷（需定期更换碳刷）", "无刷变频"),
                ("制冷", "无", "有，-20~40℃"),
                ("不平衡检测", "机械式开关", "电子传感器"),
                ("常见报警", "E03 转速异常、E05 不平衡", "E03 转速异常、E05 不平衡、E12 温度超限")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    d.add_heading("3 报警代码", 1)
    d.add_paragraph("E03 转速异常：实际转速与设定值偏差超过 10% 持续 30 秒，或测速信号丢失。")
    d.add_paragraph("E05 不平衡：不平衡检测动作。首先检查配平（称重，而不是目测）、吊篮/适配器是否成套、转头是否锁紧。")
    d.add_paragraph("E12 温度超限（H1850R）：腔体温度与设定值偏差超过 5℃。多为冷凝器积灰、通风不良；排除后再查压缩机与制冷剂。")

    d.add_heading("4 转速异常的维修", 1)
    d.add_heading("4.1 碳刷的检查与更换（TDL-5M）", 2)
    d.add_paragraph(
        "碳刷新品长度 18mm，剩余 8mm 以下必须更换，两只成对更换。拆后盖，松开刷握盖，取出旧碳刷，"
        "检查换向器表面，有积碳或烧蚀时用 600 目砂纸打磨并吹净碳粉。新碳刷装入后空载磨合 30 分钟。"
        "碳刷寿命一般 3000 小时以上；若明显偏短，记录批号并填写质量反馈单。")
    d.add_heading("4.2 测速传感器", 2)
    d.add_paragraph(
        "测速传感器为霍尔元件，与电机轴上磁钢的间隙应为 1~1.5mm。间隙过大、插头松动、端面油污均会导致"
        "转速显示乱跳或 E03。更换后用转速表校核：设定 4000 r/min 时实测偏差应在 ±20 r/min 以内。")
    d.add_heading("4.3 驱动板", 2)
    d.add_paragraph(
        "使用 4~5 年后驱动板电解电容可能鼓包，表现为到速后掉速、反复爬升；功率管老化表现为转速只能到一半、"
        "电机发热。驱动板更换后需重新做转速标定。")
    d.add_heading("5 不平衡（rotor imbalance）", 1)
    d.add_paragraph(
        "对称放置、等质量配平是用户最常出错的环节。水平转头要求四只吊篮成套使用，吊篮底垫缺失也会造成不平衡。"
        "适配器为 PP 材质，不耐含氯消毒剂长时间浸泡，出现裂纹应立即更换。减震脚老化会放大振动。")
    d.add_heading("6 日常保养", 1)
    d.add_paragraph(
        "每日：擦拭腔体，检查转头锁紧。每月：检查吊篮、适配器有无裂纹；H1850R 清洁进风滤网。"
        "每 1000 小时：TDL-5M 检查碳刷。每年：转速校准、不平衡检测测试、门锁安全测试。")
    d.add_paragraph("附：典型案例见知识库文章《离心机转速异常的排查》。")
    d.save(path)


DOCX = {"R18": repair_nanhu, "T02": manual_centrifuge}


def write_pdf(path, text, font):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_TIME.replace(tzinfo=datetime.timezone.utc))
    pdf.set_creator("kb corpus-gen")
    pdf.add_font("wqy", "", font)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    lines = text.strip("\n").split("\n")
    title, body = lines[0], lines[1:]
    pdf.set_font("wqy", size=18)
    pdf.cell(0, 12, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wqy", size=9)
    pdf.cell(0, 6, "岚川科技 客户服务中心   服务热线 400-000-0000", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("wqy", size=11)
    for line in body:
        if line.startswith("客户签字") or line.startswith("（") or line.startswith("盖章"):
            pdf.ln(3)
        y0 = pdf.get_y()
        pdf.multi_cell(0, 7, line, align="L", new_x="LMARGIN", new_y="NEXT")
        if line.startswith("客户签字"):
            _scribble(pdf, 62, y0 + 1)
        if "章" in line and ("已盖" in line):
            _stamp(pdf, 150, y0 - 6)
    pdf.output(path)


def _scribble(pdf, x, y):
    """A pen signature: a few strokes, no text."""
    pdf.set_draw_color(20, 40, 120)
    pdf.set_line_width(0.5)
    pts = [(0, 4), (3, 0), (5, 5), (8, 1), (10, 5), (14, 2), (17, 4), (22, 1), (26, 3)]
    pdf.polyline([(x + a, y + b) for a, b in pts])
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)


def _stamp(pdf, x, y):
    """A red round seal (graphics only, so the text layer stays clean)."""
    pdf.set_draw_color(200, 20, 20)
    pdf.set_line_width(0.9)
    pdf.circle(x=x + 16, y=y + 16, radius=16)
    pdf.set_line_width(0.4)
    pdf.circle(x=x + 16, y=y + 16, radius=13.5)
    pdf.set_fill_color(200, 20, 20)
    pdf.star(x=x + 16, y=y + 16, r_in=2.2, r_out=5.5, corners=5, style="F")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
