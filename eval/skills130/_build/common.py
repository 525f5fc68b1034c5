from lib import alexa_package, rec, label, T


def A(cid, locale, inv, name, intents, recs, cats, why, **pkg):
    """recs: list of (shape, folder, sessions[, tag, start])."""
    sid = alexa_package(cid, locale, inv, name, intents, **pkg)
    shapes = []
    for r in recs:
        shape, where, sessions = r[0], r[1], r[2]
        tag = r[3] if len(r) > 3 else ""
        start = r[4] if len(r) > 4 else "2025-03-04T18:20:00Z"
        rec(cid, sid, locale, sessions, shape, where, tag=tag, start=start)
        if shape not in shapes:
            shapes.append(shape)
    label(cid, cats, locale, shapes, why)


STOP_OK = lambda bye: T("stop", "AMAZON.StopIntent", bye, None, True)
