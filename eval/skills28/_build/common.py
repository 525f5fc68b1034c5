from engine import C
def t(u, i, s, r=None, e=None, **kw):
    d = {"u": u, "i": i, "s": s, "r": r}
    d["e"] = (r is None) if e is None else e
    d.update(kw); return d
L = lambda s="": t("", "Launch", s, None, True)
def PP(dom): return f"https://{dom}/privacy"
