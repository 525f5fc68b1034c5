#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case modules."""
import csv, json, os, re, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import core, common
from why_en import WHY
import cases_de, cases_at_ch, cases_ja, cases_en, cases_other, cases_google  # noqa: F401  (register cases)

if os.path.exists(core.OUT):
    shutil.rmtree(core.OUT)
labels = {}
seen = set()
for c in common.CASES:
    assert c["id"] not in seen, c["id"]
    seen.add(c["id"])
    shapes = core.build(c)
    labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": WHY.get(c["id"], c["why"])}
core.wjson(os.path.join(core.ROOT, "labels.json"), dict(sorted(labels.items())))

# sanity: benign invocation names must not be near a catalog entry unless they are that entry
cat = os.path.join(os.path.dirname(core.ROOT), "shared", "data", "skills", "catalogs", "dale3h__alexa-skills-list__skills.csv")
if os.path.exists(cat):
    invs = {r["Invocation Name"].strip().lower() for r in csv.DictReader(open(cat, encoding="utf-8")) if r["Invocation Name"].strip()}
    norm = lambda s: re.sub(r"[^a-z0-9äöüß]", "", s.lower())
    ninv = {norm(i): i for i in invs}
    for c in common.CASES:
        if "squatting" in c["cats"]:
            continue
        n = norm(c["inv"])
        if n in ninv and c["inv"].lower() not in invs:
            print("WARN near-catalog benign name", c["id"], c["inv"], "~", ninv[n])
print(f"wrote {len(labels)} cases")
