#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of eval set 124 from the hand-written case files."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
import lib  # noqa
import cases_en_us, cases_en_au, cases_nl, cases_de, cases_fr, cases_es_pt, cases_google_en, cases_extra  # noqa
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"{len(lib.LABELS)} cases written")
