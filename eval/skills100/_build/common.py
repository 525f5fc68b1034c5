from lib import T, LABELS, W, alexa_project, ALEXA_SHAPES
from glib import g_project, G_SHAPES

CASES = []
SHAPE_LABEL = {"cloudwatch-text-py": "cloudwatch-text"}


def A(num, slug, loc, inv, name, cats, why, desc, model, rec, **kw):
    c = dict(id=f"100{num:03d}-{slug}", slug=slug, loc=loc, inv=inv, name=name, cats=cats, why=why, desc=desc, model=model, rec=rec, platform="alexa")
    c.update(kw)
    CASES.append(c)


def G(num, slug, loc, kind, inv, name, cats, why, desc, model, rec, **kw):
    c = dict(id=f"100{num:03d}-{slug}", slug=slug, loc=loc, kind=kind, inv=inv, name=name, cats=cats, why=why, desc=desc, model=model, rec=rec, platform="google")
    c.update(kw)
    CASES.append(c)


def build(c):
    shapes = []
    if c["platform"] == "alexa":
        alexa_project(c)
    else:
        g_project(c)
    for rel, content in c.get("files", {}).items():
        W(c["id"], rel, content)
    for k, r in enumerate(c["rec"]):
        shape, path, turns = r[0], r[1], r[2]
        cc = dict(c)
        if len(r) > 3:
            cc["day"] = r[3]
        fn = ALEXA_SHAPES.get(shape) or G_SHAPES[shape]
        fn(cc, path, turns, f"rec{k}")
        lab = SHAPE_LABEL.get(shape, shape)
        if lab not in shapes:
            shapes.append(lab)
    LABELS[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
