# -*- coding: utf-8 -*-
"""Helpers shared by the template modules."""
import datetime as dt

import t10_data as D
from t10_forms import fd, month_form, TYPE_ZH, TYPE_EN
from t10_world import add_months, workday, END
from t10_zh import to_trad

__all__ = ["V", "fam_name", "printed", "next_pm", "inst_dates", "D", "fd", "month_form", "TYPE_ZH", "TYPE_EN",
           "add_months", "workday", "to_trad", "dt", "END", "dealer", "contact", "company"]


def V(ctx, v, dstyle, fault=True, cause=True, number=True, eng=True, lang=None, wrap=True, top=True, dw=None):
    """Register one visit and return its written strings."""
    dw = dw or fd(v.date, dstyle)
    f = ctx.fault(v, lang, wrap) if (fault and v.type == "repair") else None
    c = ctx.cause(v, lang) if (cause and v.type == "repair" and v.cause) else None
    a = ctx.action(v, lang)
    e = ctx.eng(v.eng, {"zh": "zh", "zht": "zh", "en": "en"}.get(lang) if lang else None) if eng else None
    n = v.number if number else None
    ctx.add_visit(v, dw, f, c, a, e, n, top=top)
    return {"d": dw, "f": f, "c": c, "a": a, "e": e, "n": n}


def fam_name(u, lang):
    fam = D.FAMILIES[u.family]
    if lang == "en":
        return fam[2]
    if lang == "zht":
        return fam[1]
    return D.MODEL_ZH.get(u.model, fam[0])


def printed(ctx, after, style, role="report_printed", lo=0, hi=6):
    d = after + dt.timedelta(days=ctx.r.randrange(lo, hi + 1))
    return ctx.other(role, d, style), d


def next_pm(ctx, v, style, months=None):
    m = months or (6 if v.unit.family in ("compressor", "ups", "battery", "forklift", "chiller") else 12)
    return ctx.other("follow_up", add_months(v.date, m), style)


def inst_dates(ctx, u, style, which=("install", "warranty_until")):
    out = {}
    for w in which:
        d = {"install": u.install, "warranty_until": u.warranty, "purchase": u.purchase}[w]
        out[w] = ctx.other(w, d, style)
    return out


def dealer(ctx):
    lst = D.DEALERS[ctx.cust.region]
    return lst[ctx.r.randrange(len(lst))]


def contact(ctx):
    if ctx.cust.region == "cn":
        return ctx.r.choice(D.CONTACTS_EN if (ctx.lang == "en") else D.CONTACTS_ZH)
    return ctx.r.choice(D.CONTACTS_EN if ctx.lang == "en" else D.CONTACTS_TW)


def company(region, lang):
    c = D.COMPANY
    if region == "tw":
        return c["tw_en"] if lang == "en" else c["tw"]
    if region == "hk":
        return c["hk_en"] if lang == "en" else c["hk"]
    return c["en"] if lang == "en" else c["zh"]
