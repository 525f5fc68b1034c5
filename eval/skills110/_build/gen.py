#!/usr/bin/env python3
"""Regenerate ../cases and ../labels.json from the hand-written case modules."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en_us, cases_en_gb, cases_de, cases_es, cases_fr, cases_google, cases_it

if os.path.isdir(lib.OUT):
    shutil.rmtree(lib.OUT)
os.makedirs(lib.OUT)
for m in (cases_en_us, cases_en_gb, cases_de, cases_es, cases_fr, cases_google, cases_it):
    m.build()
cases_google.build_extra()
lib.wjson(os.path.join(os.path.dirname(lib.OUT), "labels.json"), dict(sorted(lib.LABELS.items())))
print(len(lib.LABELS), "cases written")
