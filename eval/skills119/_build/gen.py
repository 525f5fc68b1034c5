#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of set 119 from the hand-written specs in cases_*.py."""
import importlib, json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render
render.OUT = ROOT

MODS = ["cases_en", "cases_au", "cases_es", "cases_de", "cases_hi", "cases_fr_pt", "cases_google"]


def main():
    shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
    labels = {}
    for m in MODS:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            cid = c["id"]
            assert cid not in labels, cid
            plat = c.get("platform", "alexa")
            if plat == "alexa":
                render.alexa_project(c)
            elif plat == "builder":
                render.builder_project(c)
            elif plat == "dialogflow":
                render.dialogflow_project(c)
            elif plat == "actionsdk":
                render.actionsdk_project(c)
            shapes = []
            for r in c["rec"]:
                shape, path, sessions = r[:3]
                opt = r[3] if len(r) > 3 else {}
                if plat == "alexa":
                    ex = render.alexa_exchanges(c, sessions, tag=path, day=opt.get("day", "2024-05-14"), hour=opt.get("hour", 18))
                    render.render_alexa(c, shape, ex, path)
                else:
                    import copy
                    render.render_google(c, shape, copy.deepcopy(sessions), path, tag=path)
                if shape not in shapes:
                    shapes.append(shape)
            for rel, txt in c.get("extra", {}).items():
                render.write(cid, rel, txt)
            labels[cid] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(len(labels), "cases")


if __name__ == "__main__":
    main()
