def T(sp, rp=None, end=None, i=None, u=None, s=None, **kw):
    d = {"sp": sp, "rp": rp, "end": end, "i": i or "LaunchRequest"}
    if u is not None:
        d["u"] = u
    if s:
        d["s"] = s
    d.update(kw)
    return d

def R(shape, path, turns, **kw):
    d = {"shape": shape, "path": path, "turns": turns}
    d.update(kw)
    return d

POL = lambda dom: f"https://{dom}/privacy"
