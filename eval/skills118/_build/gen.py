#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of eval set 118 from the hand-written case modules."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
lib.reset()
import cases_en_attacks, cases_en_benign, cases_ja, cases_fr, cases_it, cases_pt, cases_google  # noqa: E402,F401
from why_en import WHY_EN  # noqa: E402
for cid, w in WHY_EN.items():
    lib.LABELS[cid]["why_local"] = lib.LABELS[cid]["why"]
    lib.LABELS[cid]["why"] = w
missing = [c for c, v in lib.LABELS.items() if v["locale"] != "en-US" and c not in WHY_EN]
assert not missing, missing
with open(os.path.join(lib.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"wrote {len(lib.LABELS)} cases")
