from lib import *


def A(cid, loc, name, inv, intents, recs, cats, why, **kw):
    alexa_project(cid, loc, name, inv, intents, **kw)
    shapes = []
    for r in recs:
        sh, path, turns = r[0], r[1], r[2]
        start = r[3] if len(r) > 3 else "2025-05-12T09:00:00"
        shapes.append(rec_alexa(cid, sh, path, loc, turns, start))
    label(cid, cats, loc, shapes, why)


SQ = {"q": "AMAZON.SearchQuery"}
STD_STOP = T("AMAZON.StopIntent", "Goodbye.", e=True, u="stop")
