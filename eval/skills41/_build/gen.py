#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written descriptions in cases_*.py."""
import glob, importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render
render.OUT = os.path.join(ROOT, "cases")
shutil.rmtree(render.OUT, ignore_errors=True)
labels = {}
ROMAJI = {"100": "hayaoshi-quiz-dojo", "101": "nazotoki-ressha", "102": "shiritori-hiroba", "103": "uranai-sugoroku",
          "104": "kotowaza-quiz", "105": "yoru-no-seseragi", "106": "sanpun-meisou", "107": "nazonazo-ressha",
          "108": "ongaku-ate-quiz", "126": "request-kayou-show", "128": "dasshutsu-tokeitou"}


def neutral(c):
    # folder names carry only the number and the skill's own name, never a hint at the label
    import re, unicodedata
    num = c.cid[:3]
    if num in ROMAJI:
        return f"{num}-{ROMAJI[num]}"
    s = unicodedata.normalize("NFKD", c.inv).encode("ascii", "ignore").decode().lower()
    return f"{num}-" + re.sub(r"[^a-z0-9]+", "-", s).strip("-")


for f in sorted(glob.glob(os.path.join(HERE, "cases_*.py"))):
    mod = importlib.import_module(os.path.basename(f)[:-3])
    for c in mod.CASES:
        c.cid = neutral(c)
        assert c.cid not in labels, c.cid
        render.render(c)
        labels[c.cid] = {"categories": sorted(c.cats), "locale": c.locale,
                         "shapes": sorted({r.shape for r in c.recs}), "why": c.why}
labels = dict(sorted(labels.items()))
json.dump(labels, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), indent=2, ensure_ascii=False)
print(len(labels), "cases written")
