"""Renders the sample scanned slips in corpus/slips/ (PNG, JPEG, TIFF): service slips signed or
stamped by the customer, as a scanner would deliver them; and corpus/incoming/, scans that setup
does not archive, for the README's examples (a new slip, and a re-signed copy of one archived).
Needs Pillow and fonts-wqy-microhei (or fonts-noto-cjk)."""
import os
import sys
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
if not os.path.exists(FONT):
    FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "corpus", "slips")
INCOMING = os.path.join(os.path.dirname(__file__), "..", "..", "corpus", "incoming")

SLIPS = [
    ("FW-2024-0311_服务报告单_一院检验科_签字.png", "PNG", [
        "服务报告单",
        "单号：FW-2024-0311",
        "客户名称：某市第一人民医院检验科",
        "产品型号：DA7600    出厂编号：DA7600-2019-0457",
        "服务日期：2024年3月11日",
        "故障现象：开机报 E23，样本针液面检测异常",
        "处理方法：清洗样本针，更换液面检测板，校准",
        "服务人员：王建军",
        "客户签字：刘慧敏",
    ], "刘慧敏", False),
    ("TW-S-24032_服務報告單_澄心醫院_蓋章.jpg", "JPEG", [
        "服務報告單",
        "單號：TW-S-24032",
        "客戶名稱：台北澄心醫院檢驗科",
        "型號：H1850R    序號：H1850R-2019-2741",
        "服務日期：2024/04/02",
        "故障現象：離心機轉速異常，升速停在 6000 rpm",
        "處理方法：更換測速感測器，重新校正",
        "服務人員：黃怡君",
        "客戶簽章：（蓋章）",
    ], None, True),
    ("ZJ-2024-0088_Installation_Report_HangHo_signed.tif", "TIFF", [
        "Installation Report",
        "Report No.: ZJ-2024-0088",
        "Customer: Hang Ho Medical Laboratory",
        "Model: HA-5180    S/N: HA5180-20A-0311",
        "Date: 2024-05-20",
        "Action: installation and calibration, QC passed",
        "Engineer: Kelvin Cheung",
        "Signed by: Winnie Chan",
    ], "Winnie Chan", False),
]

# Scans a supervisor has yet to archive: the README adds the first and supersedes FW-2024-0311
# with the second (the customer signed again, with the date).
NEW_SLIPS = [
    ("FW-2024-0415_服务报告单_柳溪县中医院_签字.jpg", "JPEG", [
        "服务报告单",
        "单号：FW-2024-0415",
        "客户名称：柳溪县中医院检验科",
        "产品型号：TDL-5M    出厂编号：TL5M-1811-0209",
        "服务日期：2024年4月15日",
        "故障现象：离心机升速慢，有焦味",
        "处理方法：更换碳刷一对，打磨换向器，试运行 30 分钟",
        "服务人员：周静",
        "客户签字：陈晓峰",
    ], "陈晓峰", False),
    ("FW-2024-0311_服务报告单_一院检验科_重签.png", "PNG", [
        "服务报告单",
        "单号：FW-2024-0311",
        "客户名称：某市第一人民医院检验科",
        "产品型号：DA7600    出厂编号：DA7600-2019-0457",
        "服务日期：2024年3月11日",
        "故障现象：开机报 E23，样本针液面检测异常",
        "处理方法：清洗样本针，更换液面检测板，校准",
        "服务人员：王建军",
        "客户签字：刘慧敏  2024年3月12日",
    ], "刘慧敏", False),
]

def render(lines, signature, stamped):
    img = Image.new("RGB", (1240, 1000), "white")
    d = ImageDraw.Draw(img)
    title = ImageFont.truetype(FONT, 52)
    body = ImageFont.truetype(FONT, 36)
    d.text((420, 50), lines[0], font=title, fill="black")
    y = 170
    for line in lines[1:]:
        d.text((90, y), line, font=body, fill="black")
        y += 80
    if signature:  # a pen signature: slanted strokes beside the last line
        for i in range(6):
            d.line([(760 + i * 40, y - 40 + (i % 2) * 25), (800 + i * 40, y - 70 + (i % 3) * 20)], fill=(20, 20, 120), width=5)
    if stamped:  # a red company seal
        d.ellipse([820, 700, 1080, 960], outline=(200, 30, 30), width=10)
        d.text((880, 800), "服務專用章", font=ImageFont.truetype(FONT, 30), fill=(200, 30, 30))
    return img.filter(ImageFilter.GaussianBlur(0.6))  # a scanner's softness

def save(img, path, fmt):
    if fmt == "JPEG":
        img.save(path, fmt, quality=85)
    elif fmt == "TIFF":
        img.save(path, fmt, compression="tiff_lzw")
    else:
        img.save(path, fmt)
    print(path)

if __name__ == "__main__":
    # `slips.py incoming` renders corpus/incoming/ alone (the font decides the bytes, and the
    # archived samples' hashes are in tests).
    only_incoming = sys.argv[1:] == ["incoming"]
    for folder, slips in ((OUT, SLIPS), (INCOMING, NEW_SLIPS)):
        if only_incoming and folder == OUT:
            continue
        os.makedirs(folder, exist_ok=True)
        for name, fmt, lines, signature, stamped in slips:
            save(render(lines, signature, stamped), os.path.join(folder, name), fmt)
