#!/usr/bin/env python3
"""Writes the hostile files kb must survive, one case per name, into a folder.

    tools/hostile/make_hostile.py OUT [--only CASE ...] [--scale full|small]

`full` makes the sizes that hurt kb before (a 2 GB zip bomb, a 45 MB text file, a CSV with a
40 MB field); `small` makes versions that still fail on the old code but keep the
test suite quick. Each case is described in docs/RELIABILITY.md. Files that need a privilege
or a special node (a FIFO, an unreadable folder, links) are made here too; run as the user who
will ingest them.
"""
import argparse
import base64
import os
import random
import struct
import zlib

SIZES = {
    #             zip bomb inflated  text file     csv field      markdown blob  ledger rows
    "full":  dict(bomb=2 << 30,   text=45 << 20, field=40 << 20, blob=300 << 10, rows=5000),
    "small": dict(bomb=192 << 20, text=3 << 20,  field=4 << 20,  blob=60 << 10,  rows=300),
}

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')


def paragraphs(lines):
    return "".join(f"<w:p><w:r><w:t>{l}</w:t></w:r></w:p>" for l in lines)


def write_zip_entry_lying(f, name, chunks, claimed_size):
    """A stored-then-deflated zip entry whose header sizes claim `claimed_size` bytes."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc = 0
    data = bytearray()
    for c in chunks:
        crc = zlib.crc32(c, crc)
        data += comp.compress(c)
    data += comp.flush()
    offset = f.tell()
    nb = name.encode()
    f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), claimed_size, len(nb), 0))
    f.write(nb)
    f.write(data)
    return dict(name=nb, crc=crc, csize=len(data), usize=claimed_size, offset=offset)


def write_zip_entry(f, name, payload):
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = comp.compress(payload) + comp.flush()
    offset = f.tell()
    nb = name.encode()
    crc = zlib.crc32(payload)
    f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), len(payload), len(nb), 0))
    f.write(nb)
    f.write(data)
    return dict(name=nb, crc=crc, csize=len(data), usize=len(payload), offset=offset)


def finish_zip(f, entries):
    start = f.tell()
    for e in entries:
        f.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, e["crc"], e["csize"], e["usize"],
                            len(e["name"]), 0, 0, 0, 0, 0, e["offset"]))
        f.write(e["name"])
    size = f.tell() - start
    f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), size, start, 0))


def zip_bomb(out, inflated):
    """word/document.xml inflates to `inflated` bytes of white space inside a paragraph; its
    headers say 1000 bytes."""
    def chunks():
        yield f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body><w:p><w:r><w:t>'.encode()
        block = b" " * (1 << 20)
        for _ in range(inflated >> 20):
            yield block
        yield b"</w:t></w:r></w:p></w:body></w:document>"
    with open(os.path.join(out, "bomb.docx"), "wb") as f:
        e1 = write_zip_entry(f, "[Content_Types].xml", CONTENT_TYPES.encode())
        e2 = write_zip_entry_lying(f, "word/document.xml", chunks(), 1000)
        finish_zip(f, [e1, e2])


def xxe_docx(out):
    """An external entity in the middle of a paragraph, and text after it."""
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
           f'<w:document {W_NS}><w:body>'
           + paragraphs(["维修单", "客户名称：外部实体测试医院"])
           # The entity in a run of its own: the runs after it in the paragraph used to vanish.
           + "<w:p><w:r><w:t>故障现象：离心机不升速</w:t></w:r><w:r><w:t>&xxe;</w:t></w:r><w:r><w:t>，之后的文字</w:t></w:r></w:p>"
           + paragraphs(["处理方法：更换碳刷", "出厂编号：XXE20240001"])
           + "</w:body></w:document>")
    with open(os.path.join(out, "xxe.docx"), "wb") as f:
        entries = [write_zip_entry(f, "[Content_Types].xml", CONTENT_TYPES.encode()),
                   write_zip_entry(f, "word/document.xml", xml.encode())]
        finish_zip(f, entries)


def long_words(out, blob):
    """Markdown with an inline base64 image, a long URL and long words of every shape."""
    rnd = random.Random(7)
    image = base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(blob))).decode()
    letters = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(400))
    ident = "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(300))
    url = "https://example.com/" + "/".join("segment" + str(i) for i in range(60)) + "?q=" + "x" * 300
    text = (f"# 维修单：长词测试\n\n客户名称：长词测试医院\n出厂编号：LONGWORD0001\n故障现象：离心机不升速\n\n"
            f"![scan](data:image/png;base64,{image})\n\n见 <{url}>\n\n{letters}\n\n{ident}\n\n"
            f"{'离心机' * 200}\n")
    with open(os.path.join(out, "long-words.md"), "w", encoding="utf-8") as f:
        f.write(text)


def yaml_bomb(out):
    """Front matter with anchors and aliases nested nine deep (billion laughs)."""
    lines = ["---", "title: 别名炸弹", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    names = "abcdefghi"
    for prev, cur in zip(names, names[1:]):
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    lines.append("tags: *i")
    lines += ["---", "", "正文。"]
    with open(os.path.join(out, "yaml-bomb.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def big_text(out, size):
    """Service notes, many lines, `size` bytes."""
    rnd = random.Random(11)
    faults = ["离心机不升速", "转速很低", "E23 报警", "rotor imbalance", "加热膜损坏", "比色杯污染", "RAID degraded"]
    with open(os.path.join(out, "big-notes.txt"), "w", encoding="utf-8") as f:
        written = 0
        n = 0
        while written < size:
            n += 1
            line = f"{n:07d} 2023-05-{1 + n % 28:02d} 出厂编号 DA7600-2019-{n % 9999:04d} {rnd.choice(faults)}；处理：更换碳刷 checked ok\n"
            f.write(line)
            written += len(line.encode())
    # The same size on one line: no newline anywhere.
    with open(os.path.join(out, "one-line.txt"), "w", encoding="utf-8") as f:
        word = "离心机不升速 rotor imbalance E23 "
        f.write(word * (size // len(word.encode()) // 4))


def big_csv_field(out, size):
    """A ledger whose one row holds a field of `size` bytes."""
    with open(os.path.join(out, "big-field.csv"), "w", encoding="utf-8") as f:
        f.write("客户名称,出厂编号,故障现象\n")
        f.write('大字段医院,BIGFIELD0001,"' + ("转速很低，" * (size // 15)) + '"\n')


def looping_tiff(out):
    """A two-page TIFF whose second page points back at the first: the page chain never ends."""
    width, height = 64, 16
    pixels = bytes([255]) * (width * height)
    def ifd(next_offset, data_offset):
        tags = [(256, 3, 1, width), (257, 3, 1, height), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1),
                (273, 4, 1, data_offset), (277, 3, 1, 1), (278, 3, 1, height), (279, 4, 1, len(pixels))]
        b = struct.pack("<H", len(tags))
        for tag, typ, count, value in tags:
            b += struct.pack("<HHI", tag, typ, count) + (struct.pack("<HH", value, 0) if typ == 3 else struct.pack("<I", value))
        return b + struct.pack("<I", next_offset)
    data_offset = 8
    ifd1 = data_offset + len(pixels)
    ifd_size = len(ifd(0, 0))
    ifd2 = ifd1 + ifd_size
    body = struct.pack("<2sHI", b"II", 42, ifd1) + pixels + ifd(ifd2, data_offset) + ifd(ifd1, data_offset)
    with open(os.path.join(out, "loop.tif"), "wb") as f:
        f.write(body)


def links(out):
    """A link to a file outside the folder, one to a folder outside it, one inside (kept)."""
    os.symlink("/etc/passwd", os.path.join(out, "passwd.txt"))
    os.symlink("/etc", os.path.join(out, "etc-link"))
    with open(os.path.join(out, "inside.txt"), "w", encoding="utf-8") as f:
        f.write("维修单\n客户名称：链接测试医院\n故障现象：链接内部文件\n")
    os.symlink("inside.txt", os.path.join(out, "inside-link.txt"))


def names(out):
    """File names that would forge a report line or drive the terminal."""
    body = "维修单\n客户名称：文件名测试医院\n故障现象：名字里有换行\n"
    for name in ["forged\nkb: other.txt: added.txt", "\x1b[31mred\x1b[0m.txt"]:
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(body + name.encode("unicode_escape").decode() + "\n")


def unreadable(out):
    """A folder nobody may read, and a FIFO that would block a reader forever."""
    folder = os.path.join(out, "locked")
    os.mkdir(folder)
    with open(os.path.join(folder, "secret.txt"), "w", encoding="utf-8") as f:
        f.write("维修单\n故障现象：锁住的文件夹\n")
    os.chmod(folder, 0)
    os.mkfifo(os.path.join(out, "pipe.txt"))


def classic(out, rows):
    """The ordinary damage every archive holds: empty, binary, truncated, mislabelled files."""
    def w(name, data):
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    w("empty.txt", b"")
    w("white-space.md", b"   \n\t\n")
    w("binary.txt", bytes(range(256)) * 64)
    w("control-chars.txt", b"\x01\x02\x03\x04" * 4096)
    w("shift-jis.txt", "修理報告書：遠心分離機の回転数が上がらない。".encode("shift_jis") * 40)
    w("utf16-odd.txt", b"\xff\xfe" + "维修单".encode("utf-16-le") + b"\x00")
    w("not-a-zip.docx", b"PK\x03\x04 but not really a zip")
    with open(os.path.join(out, "truncated.docx"), "wb") as f:
        entries = [write_zip_entry(f, "[Content_Types].xml", CONTENT_TYPES.encode()),
                   write_zip_entry(f, "word/document.xml", (f'<w:document {W_NS}><w:body>' + paragraphs(["维修单"] * 400) + "</w:body></w:document>").encode())]
        finish_zip(f, entries)
    with open(os.path.join(out, "truncated.docx"), "r+b") as f:
        f.truncate(os.path.getsize(os.path.join(out, "truncated.docx")) // 2)
    with open(os.path.join(out, "no-document.docx"), "wb") as f:
        finish_zip(f, [write_zip_entry(f, "[Content_Types].xml", CONTENT_TYPES.encode())])
    with open(os.path.join(out, "deep-nesting.docx"), "wb") as f:
        depth = 100_000
        xml = f'<w:document {W_NS}><w:body>' + "<w:p>" * depth + "深" + "</w:p>" * depth + "</w:body></w:document>"
        finish_zip(f, [write_zip_entry(f, "[Content_Types].xml", CONTENT_TYPES.encode()),
                       write_zip_entry(f, "word/document.xml", xml.encode())])
    w("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")
    w("not-a-pdf.pdf", b"<html>saved from a browser</html>")
    w("unclosed-quote.csv", "客户名称,故障现象\n甲医院,\"转速很低\n乙医院,碳刷磨损\n".encode())
    w("no-known-header.csv", b"a,b,c\n1,2,3\n")
    w("header-only.csv", "客户名称,出厂编号,故障现象\n".encode())
    with open(os.path.join(out, "many-rows.csv"), "w", encoding="utf-8") as f:
        f.write("客户名称,出厂编号,故障现象\n")
        for i in range(rows):
            f.write(f"第{i % 97}医院,MR{i:08d},转速很低\n")
    w("no-front-matter.md", "# 一篇笔记\n\n没有 front matter 的 Markdown 也是文档。\n".encode())


CASES = {
    "long-words": lambda out, s: long_words(out, s["blob"]),
    "zip-bomb": lambda out, s: zip_bomb(out, s["bomb"]),
    "yaml-bomb": lambda out, s: yaml_bomb(out),
    "big-text": lambda out, s: big_text(out, s["text"]),
    "big-csv-field": lambda out, s: big_csv_field(out, s["field"]),
    "looping-tiff": lambda out, s: looping_tiff(out),
    "links": lambda out, s: links(out),
    "names": lambda out, s: names(out),
    "unreadable": lambda out, s: unreadable(out),
    "xxe": lambda out, s: xxe_docx(out),
    "classic": lambda out, s: classic(out, s["rows"]),
}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out")
    p.add_argument("--only", nargs="*", choices=sorted(CASES), help="cases to write (default: all)")
    p.add_argument("--scale", choices=sorted(SIZES), default="full")
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name in a.only or sorted(CASES):
        CASES[name](a.out, SIZES[a.scale])


if __name__ == "__main__":
    main()
