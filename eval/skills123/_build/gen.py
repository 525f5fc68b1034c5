#!/usr/bin/env python3
"""Regenerates cases/ and labels.json of set 123 from the hand-written case lists."""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib, glib  # noqa
from lib import Conv, SHAPES
import cases_en, cases_es, cases_it, cases_pt, cases_g

ROOT = os.path.dirname(HERE)
lib.OUT = ROOT

GSHAPES = {"gactions-scene": glib.rec_scene, "gactions-conversation": glib.rec_conversation,
           "dialogflow-webhook": glib.rec_dialogflow, "actions-test-log": glib.rec_actions_test_log,
           "transcript": glib.rec_gtranscript}


def main():
    allc = cases_en.CASES + cases_es.CASES + cases_it.CASES + cases_pt.CASES + cases_g.CASES
    shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "cases"))
    labels = {}
    for n, c in enumerate(allc, 1):
        cid = f"123{n:03d}-{c['slug']}"
        assert cid not in labels
        c["id"] = cid
        c["_endpoint"] = "arn:aws:lambda:us-east-1:000000000000:function:" + c["slug"]
        shapes = []
        if c["platform"] == "alexa":
            lib.alexa_package(c)
            for rec in c["recs"]:
                shape, path, turns = rec[:3]
                kw = dict(rec[3]) if len(rec) > 3 else {}
                seed = kw.pop("seed", "a")
                conv = Conv(c, turns, seed=seed, start="2026-03-02T19:04:11Z" if seed == "a" else "2026-03-09T08:41:55Z")
                SHAPES[shape](cid, conv, path, **kw)
                shapes.append(shape)
        else:
            {"builder": glib.builder_project, "sdkv2": glib.sdkv2_project, "dialogflow": glib.dialogflow_project}[c["platform"]](c)
            for rec in c["recs"]:
                shape, path, turns = rec[:3]
                kw = dict(rec[3]) if len(rec) > 3 else {}
                GSHAPES[shape](c, turns, path, **kw)
                shapes.append(shape)
        labels[cid] = {"categories": c["cats"], "locale": c["locale"], "shapes": sorted(set(shapes)), "why": c["why"]}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
