#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for eval set 94.  usage: python3 _build/gen.py"""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, code_files
import cases_en_us, cases_en_gb, cases_nl, cases_de, cases_ja, cases_fr_es, cases_google_en

if os.path.exists(lib.CASES_DIR):
    shutil.rmtree(lib.CASES_DIR)
os.makedirs(lib.CASES_DIR)
seen = set()
for mod in (cases_en_us, cases_en_gb, cases_google_en, cases_nl, cases_de, cases_ja, cases_fr_es):
    for c in mod.CASES:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        c.setdefault("files", {}).update(code_files.FILES.get(c["id"], {}))
        lib.register(c)
lib.wjson(os.path.join(lib.ROOT, "labels.json"), dict(sorted(lib.LABELS.items())))
print("wrote", len(lib.LABELS), "cases")
