#!/usr/bin/env python3
"""Consistency lint between the case specs and their labels (silent reprompts, goodbye-but-open, policy/permissions)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import ALL

def silent(t):
    if t is None:
        return False
    x = re.sub(r"<break[^>]*/>|</?speak>", "", t)
    if "silence" in x or "silenzio" in x:
        return True
    x = re.sub(r"[\s\u200b\u2060\u202f\u3000.,。、…]", "", x)
    return x == ""

BYE = re.compile(r"goodbye|bye for now|wiedersehen|hasta luego|au revoir|tchau|plus disponible|unavailable", re.I)
bad = 0
for c in ALL:
    sk = fg = False
    for r in c["recs"]:
        for sess in r[2]:
            for t in sess:
                rep, end, sp = t[3], t[4], t[2] or ""
                if end is False and silent(rep):
                    sk = True
                if end is False and BYE.search(sp):
                    fg = True
    cats = set(c["cats"])
    msgs = []
    if sk != ("silent-keepalive" in cats):
        msgs.append(f"silent reprompt={sk} vs label")
    if fg != ("fake-goodbye" in cats):
        msgs.append(f"goodbye-but-open={fg} vs label")
    if c.get("perms") and not c.get("policy") and "pii-request" not in cats:
        msgs.append("perms without policy but no pii-request")
    if msgs:
        bad += 1
        print(c["id"], "; ".join(msgs))
print("lint done,", bad, "to review")
