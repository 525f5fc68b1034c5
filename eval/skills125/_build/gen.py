#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written specs in cases_*.py."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import *
from shapes import SHAPES
from summaries import S as SUM
import cases_en, cases_google, cases_de, cases_fr, cases_it, cases_ja

ROOT = os.path.dirname(OUT)
ALL = cases_en.CASES + cases_google.CASES + cases_de.CASES + cases_fr.CASES + cases_it.CASES + cases_ja.CASES

def build(c):
    cid = f"125{c['n']:03d}-{c['slug']}"
    c["id"] = cid
    c.setdefault("summary", SUM.get(c["n"], c["name"]))
    if not c.get("examples"):
        inv = c["inv"]
        c["examples"] = {"de-DE": [f"Alexa, öffne {inv}"], "fr-FR": [f"Alexa, ouvre {inv}"], "it-IT": [f"Alexa, apri {inv}"],
                         "ja-JP": [f"アレクサ、{inv}を開いて"]}.get(c["loc"], [f"Alexa, open {inv}"])
    d = os.path.join(OUT, cid)
    plat = c.get("plat", "alexa")
    if plat == "alexa":
        wj(os.path.join(d, "skill-package/skill.json"), skill_json(c))
        for l in c.get("locales", [c["loc"]]):
            wj(os.path.join(d, f"skill-package/interactionModels/custom/{l}.json"), model(c, l, c["inv"], c["intents"], c.get("types")))
        wj(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x" if not c.get("py") else "python3.11", "handler": "index.handler" if not c.get("py") else "lambda_function.lambda_handler"}}}}})
    elif plat == "ab":
        g_builder(c, d)
    elif plat == "v2":
        g_v2(c, d)
    elif plat == "df":
        g_df(c, d)
    if c.get("code"):
        fn = "lambda/lambda_function.py" if c.get("py") else "lambda/index.js"
        wt(os.path.join(d, c.get("code_path", fn)), c["code"].lstrip("\n"))
    shapes = []
    for rec in c["recs"]:
        shape, path, turns, base = rec[:4]
        kw = rec[4] if len(rec) > 4 else {}
        SHAPES[shape](c, d, path, turns, base, tag=path, **kw)
        if shape not in shapes:
            shapes.append(shape)
    for p, txt in (c.get("extra") or {}).items():
        wt(os.path.join(d, p), txt)
    return cid, {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}

if __name__ == "__main__":
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    labels = {}
    seen = set()
    for c in ALL:
        assert c["n"] not in seen, c["n"]
        seen.add(c["n"])
        cid, lab = build(c)
        labels[cid] = lab
    wj(os.path.join(ROOT, "labels.json"), dict(sorted(labels.items())))
    print(len(labels), "cases")
