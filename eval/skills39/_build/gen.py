#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case descriptions (cases_*.py)."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render as R
from common import ALL

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
import cases_en, cases_de, cases_es, cases_fr, cases_it, cases_ja, cases_pt, cases_g  # noqa: registers cases

def main():
    out = os.path.join(SET, "cases")
    shutil.rmtree(out, ignore_errors=True)
    labels = {}
    seen = set()
    for c in ALL:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        root = os.path.join(out, c["id"])
        p = c.get("platform", "alexa")
        if p == "alexa":
            R.alexa_package(root, c)
        elif p == "builder":
            R.builder_project(root, c)
        elif p == "sdkv2":
            R.sdkv2_project(root, c)
        else:
            R.dialogflow_project(root, c)
        shapes = []
        for rec in c["recs"]:
            if p == "alexa":
                ex = R.alexa_exchanges(c, rec["sessions"], rec["ts"], rec["tag"])
            else:
                ex = R.google_exchanges(c, rec["sessions"], {"builder": "scene", "sdkv2": "conv", "df": "df"}[p], rec["ts"], rec["tag"])
            sh = rec["shape"]
            if sh in ("gactions-scene", "gactions-conversation", "dialogflow-webhook"):
                if rec["path"].endswith(".json"):
                    R.shape_google_pairs(root, c, ex, rec["path"])
                else:
                    R.shape_google(root, c, ex, rec["path"], rec.get("stem", "turn"))
            elif sh == "cloudwatch-text":
                R.shape_cloudwatch_text(root, c, ex, rec["path"], py=rec.get("py", False))
            else:
                R.SHAPES[sh](root, c, ex, rec["path"])
            if sh not in shapes:
                shapes.append(sh)
            if p != "alexa":
                g = {"builder": "gactions-scene", "sdkv2": "gactions-conversation", "df": "dialogflow-webhook"}[p]
                if g not in shapes:
                    shapes.append(g)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": sorted(shapes), "why": c["why"]}
    with open(os.path.join(SET, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(len(labels), "cases written")

if __name__ == "__main__":
    main()
