#!/usr/bin/env python3
"""Regenerate ../cases and ../labels.json from the hand-written case files in this folder."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
from common import CASES
import cases_en_attacks, cases_en_benign, cases_intl, cases_google  # noqa: F401  (they fill CASES)

ROOT = os.path.dirname(HERE)
lib.OUT = ROOT
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
labels, seen = {}, set()
for c in CASES:
    assert c["id"] not in seen, c["id"]
    seen.add(c["id"])
    shapes = []
    if c["platform"] == "alexa":
        lib.alexa_project(c)
        for r in c["recs"]:
            shape, path, sessions = r[:3]
            kw = dict(r[3]) if len(r) > 3 else {}
            start = kw.pop("start", "2025-03-04T18:20:00Z")
            S = lib.Sess(c["id"], c["locale"], sessions, tag=str(path), start=start)
            fn = lib.ALEXA_SHAPES[shape]
            if shape == "ask-dialog":
                fn(S, path[0], path[1], **kw)
            else:
                fn(S, path, **kw)
            shapes.append(shape)
    else:
        {"builder": lib.builder_project, "actionsdk": lib.actionsdk_project, "dialogflow": lib.dialogflow_project}[c["platform"]](c)
        for r in c["recs"]:
            shape, path, sessions = r[:3]
            if shape == "gactions-scene":
                data = lib.g_scene(c["id"], sessions, path, lang=c["locale"])
            elif shape == "dialogflow-webhook":
                data = lib.g_dialogflow(c["id"], sessions, lang=c.get("glang", "en"))
            elif shape == "gactions-conversation":
                data = lib.g_conversation(c["id"], sessions, lang=c["locale"])
            elif shape == "actions-sendinteraction":
                data = lib.g_sendinteraction(c["id"], sessions, day=(r[3] if len(r) > 3 else {}).get("day", "2025-02-10"))
            else:
                raise SystemExit(shape)
            if path.endswith(".jsonl"):
                lib.write(c["id"], path, "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in data))
            else:
                lib.write(c["id"], path, data)
            shapes.append(shape)
    labels[c["id"]] = {"categories": c["cats"], "locale": c["locale"], "shapes": sorted(set(shapes)), "why": c["why"]}
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(labels.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"wrote {len(labels)} cases")
