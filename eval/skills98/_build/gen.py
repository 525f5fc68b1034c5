#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of eval set 98 from the hand-written case modules."""
import importlib, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402

shutil.rmtree(lib.CASES, ignore_errors=True)
os.makedirs(lib.CASES)
for m in ("cases_en_us", "cases_en_us_benign", "cases_en_gb", "cases_de", "cases_fr", "cases_ja_es", "cases_google"):
    importlib.import_module(m)
with open(os.path.join(lib.ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"wrote {len(lib.LABELS)} cases")
