from render import T


def C(id, loc, inv, name, desc, labels, why, rec, **kw):
    d = {"id": id, "loc": loc, "inv": inv, "name": name, "desc": desc, "labels": labels, "why": why, "rec": rec}
    d.update(kw)
    return d


def R(shape, path, *sessions, **kw):
    d = {"shape": shape, "path": path, "sessions": list(sessions)}
    d.update(kw)
    return d


BRK = '<speak><break time="10s"/><break time="10s"/></speak>'
ZW = "\u200b\u200c\u200b"
