#!/usr/bin/env python3
"""Regenerate cases/ and labels.json.  usage: python3 _build/gen.py"""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
lib.OUT = os.path.dirname(HERE)
shutil.rmtree(os.path.join(lib.OUT, "cases"), ignore_errors=True)
import cases_en, cases_intl, cases_google  # noqa: E401  (each module writes its cases on import)
with open(os.path.join(lib.OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(lib.CASES.items())), f, ensure_ascii=False, indent=2)
print(len(lib.CASES), "cases written")
