import os
from render import *  # noqa

REG = []


def case(cid, loc, cats, shapes, why):
    def deco(fn):
        REG.append(dict(id=cid, loc=loc, cats=sorted(cats), shapes=shapes, why=why, fn=fn))
        return fn
    return deco


def P(root, *parts):
    return os.path.join(root, *parts)
