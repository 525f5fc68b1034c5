#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for eval-skills99."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
if os.path.isdir(lib.OUT):
    shutil.rmtree(lib.OUT)
import build, cases_en, cases_fr_it, cases_ja_es  # noqa: E402,F401
root = os.path.dirname(lib.OUT)
with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(build.LABELS.items())), f, ensure_ascii=False, indent=2)
print(len(build.LABELS), "cases written")
