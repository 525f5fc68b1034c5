#!/usr/bin/env python3
"""Regenerates ../cases/ and ../labels.json from the hand-written case descriptions."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render_case

MODS = ["cases_ja", "cases_pt", "cases_mx", "cases_fr", "cases_it", "cases_de", "cases_es", "cases_en"]
GSHAPE = {"sdkv2": "gactions-conversation", "dialogflow": "dialogflow-webhook", "builder": "gactions-scene"}
NEW = {"mitmproxy-dump", "tshark-follow", "syslog", "junit-xml", "ipynb"}

def shapes(c):
    out = []
    for r in c["recs"]:
        s = r["shape"]
        if c["platform"] != "alexa":
            if s in NEW:
                out.append(s)
            out.append(GSHAPE[c["platform"]])
        else:
            out.append(s)
    return sorted(set(out))

def main():
    root = os.path.dirname(HERE)
    cdir = os.path.join(root, "cases")
    if os.path.exists(cdir):
        shutil.rmtree(cdir)
    labels = {}
    for m in MODS:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        for c in mod.CASES:
            assert c["id"] not in labels, c["id"]
            render_case(cdir, c)
            labels[c["id"]] = {"categories": c["labels"], "locale": c["loc"], "shapes": shapes(c), "why": c["why"]}
    with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(len(labels), "cases")

if __name__ == "__main__":
    main()
