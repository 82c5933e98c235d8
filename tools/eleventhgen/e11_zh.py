# eleventhgen script conversion: per-character ICU tables (e11_zhdata.txt) plus Taiwan / Hong Kong phrase fixes.
import os

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'e11_zhdata.txt'), encoding='utf-8') as _f:
    _l = _f.read().split('\n')
_S2T = dict(zip(_l[1], _l[2]))
_T2S = dict(zip(_l[3], _l[4]))
PHRASE_TW = [('信息中心', '資訊中心'), ('信息科', '資訊室'), ('信息部', '資訊部'), ('打印机', '印表機'), ('打印', '列印'),
             ('服务器', '伺服器'), ('网络', '網路'), ('软件', '軟體'), ('硬盘', '硬碟'), ('内存条', '記憶體'), ('内存', '記憶體'),
             ('固件', '韌體'), ('激光', '雷射'), ('投影仪', '投影機'), ('屏幕', '螢幕'), ('触摸屏', '觸控螢幕'), ('程序', '程式'),
             ('默认', '預設'), ('设置', '設定'), ('数据', '資料'), ('光模块', '光纖模組'), ('模块', '模組'), ('电源', '電源'),
             ('扫码枪', '條碼掃描器'), ('小票', '收據'), ('钱箱', '錢櫃'), ('碳粉', '碳粉'), ('保修', '保固'), ('冷媒', '冷媒'),
             ('质量', '品質'), ('视频', '視訊'), ('U盘', '隨身碟'), ('台', '臺')]
PHRASE_HK = [('信息中心', '資訊中心'), ('打印机', '打印機'), ('服务器', '伺服器'), ('网络', '網絡'), ('软件', '軟件'), ('硬盘', '硬碟'),
             ('固件', '韌體'), ('内存条', '記憶體'), ('激光', '激光'), ('屏幕', '屏幕'), ('模块', '模組'), ('保修', '保養')]


def s2t(s, region='tw'):
    if s is None:
        return None
    for a, b in (PHRASE_TW if region == 'tw' else PHRASE_HK):
        if a != '台':
            s = s.replace(a, b)
    out = ''.join(_S2T.get(c, c) for c in s)
    for a, b in (('髮', '發'), ('後臺', '後台'), ('週', '周'), ('啓', '啟'), ('准備', '準備'), ('准時', '準時'), ('檯', '臺')):
        out = out.replace(a, b)
    return out


def t2s(s):
    if s is None:
        return None
    return ''.join(_T2S.get(c, c) for c in s)
