#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case lists."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import OUT, render_alexa
import google
from cases_bad import BAD
from cases_bad2 import BAD2
from cases_good import GOOD, GOOD2
from cases_google import GOOGLE

shutil.rmtree(os.path.join(OUT, "cases"), ignore_errors=True)
labels = {}
for c in BAD + BAD2 + GOOD + GOOD2 + GOOGLE:
    assert c["id"] not in labels, c["id"]
    k = c.get("kind")
    shapes = {"builder": google.render_builder, "dialogflow": google.render_dialogflow, "v2": google.render_v2}.get(k, render_alexa)(c)
    labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
labels = dict(sorted(labels.items()))
json.dump(labels, open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(labels), "cases")
