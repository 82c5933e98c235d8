"""seventhgen: the per-document context shared by the templates."""
import datetime as dt

from s7_families import FAMILIES
from s7_forms import Doc, fd, serial_form, model_form, eng_form, texts, svc_action, fam_name, vtype
from s7_world import ENG, END, PRINT_END
from s7_zh import s2t

CO = {
    "cn": ("启衡技术服务有限公司", "售后服务部", "400-826-7190"),
    "tw": ("啟衡科技股份有限公司", "客服部", "0800-268-719"),
    "hk": ("啟衡技術服務（香港）有限公司", "客戶服務部", "+852 2786 7190"),
    "mo": ("啟衡技術服務（香港）有限公司澳門分公司", "客戶服務部", "+853 2872 7190"),
    "sg": ("Qiheng Technical Services Pte. Ltd.", "Field Service", "+65 6872 7190"),
    "my": ("Qiheng Technical Services (M) Sdn. Bhd.", "Field Service", "+60 3-7872 7190"),
}
CO_EN = "Qiheng Technical Services"

SCRIPT = {"zh-Hans": "hans", "zh-Hant": "hant", "en": "en"}


class Ctx:
    def __init__(self, world, seed, i, rng):
        self.w = world
        self.seed = seed
        self.i = i
        self.rng = rng
        self.c = None
        self.u = None
        self.v = None
        self.vs = None
        self.lang = None
        self.variant = "tw"

    # -------------------------------------------------------------- helpers
    def new(self, kind, tid, lang):
        d = Doc(kind, tid, lang)
        self.lang = lang
        self.variant = "hk" if (self.c is not None and self.c.region in ("hk", "mo")) else "tw"
        if self.c is not None and kind != "training":
            d.customer = self.c.id
        return d

    def z(self, s):
        """simplified source text in the document's script"""
        if self.lang == "zh-Hant":
            return s2t(s, self.variant)
        return s

    def cw(self, d, when=None, addr=False, registered=False):
        c = self.c
        script = SCRIPT[d.lang]
        if c.region in ("sg", "my"):
            script = "en"
        rng = self.rng
        old = None
        if c.former and when is not None:
            f = c.former[0]
            until = dt.date.fromisoformat(f["until"])
            if when < until or rng.random() < 0.12:
                old = f
        if registered:
            if old:
                if script == "en":
                    w = old["english"] + ((" – " + c.dept_en[0]) if (c.dept and c.dept_en) else "")
                else:
                    w = old["name_raw"] + ((c.dept_hant if script == "hant" else c.dept) or "")
                    if script == "hans" and c.region in ("tw", "hk", "mo"):
                        w = old["name"]
            else:
                w = c.registered[script]
        else:
            pool = c.old_forms[script] if old else c.forms[script]
            pool = [f for f, pl in pool if addr or not pl]
            if not pool:
                return self.cw(d, when, addr, True)
            w = pool[rng.randrange(len(pool))]
        d.cust_w = w
        if addr:
            d.prints_address = True
        return w

    def addr(self):
        return self.c.address

    def unit(self, d, pdf=False, ocr=False):
        u = self.u
        zh = d.lang != "en"
        d.serial = u.serial
        d.serial_w = serial_form(u.serial, self.rng, zh=zh, pdf=pdf, ocr=ocr)
        d.model = u.model
        d.model_w = model_form(u.model, self.rng, zh=zh, pdf=pdf)
        return d.serial_w, d.model_w

    def fam(self, lang=None):
        return fam_name(self.u.family, lang or self.lang, self.variant)

    def eng(self, eid, formal=False, script=None):
        return eng_form(eid, script or SCRIPT[self.lang], self.rng, formal)

    def D(self, d, style):
        return fd(d, style)

    def entry(self, d, v, dw, number=None, plain=False, cause=True, eng_w=None, complaint=False, lang=None):
        lang = lang or d.lang
        if v.type in ("repair", "phone"):
            f, c, a = texts(v, lang, self.rng, self.variant, plain=plain, complaint=complaint)
        else:
            f, c, a = None, None, svc_action(v, lang, self.variant)
        if not cause:
            c = None
        e = eng_w if eng_w is not None else self.eng(v.eng)
        d.add_visit(v.date, dw, f, c, a, e, v.eng, number)
        return f, c, a, e

    def hm(self, lo=8, hi=17):
        return "%02d:%02d" % (self.rng.randint(lo, hi), self.rng.randint(0, 59))

    def later(self, base, lo=1, hi=25):
        x = base + dt.timedelta(days=self.rng.randint(lo, hi))
        return min(x, PRINT_END) if x > base else base

    def number(self, prefix, v=None, width=4):
        v = v or self.v
        return "%s%02d%0*d" % (prefix, v.date.year % 100, width, v.seq if v is not None else self.rng.randint(1, 9999))

    def company(self):
        return CO[self.c.region if self.c is not None else "cn"]
