#!/usr/bin/env python3
"""List catalog invocations close to each case's invocation name: confirms squatting targets and keeps
benign names clear of popular catalog skills.  usage: python3 _build/namecheck.py"""
import csv, difflib, importlib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CASES
for m in ["cases_en", "cases_en_benign", "cases_de", "cases_fr", "cases_es", "cases_ja", "cases_google"]:
    importlib.import_module(m)
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = list(csv.DictReader(open(CAT, encoding="utf-8")))


def norm(s):
    s = re.sub(r"[^a-z ]", "", s.lower().replace(". ", ""))
    s = re.sub(r"\b(the|my|a|please|app|skill|game)\b", " ", s)
    return re.sub(r"\s+", "", s)


cat = [(norm(r["Invocation Name"]), r["Invocation Name"], int(r["Num of Reviews"] or 0)) for r in rows if r["Invocation Name"].strip()]
for c in CASES:
    n = norm(c["inv"])
    if not n:
        continue
    hits = sorted(((round(difflib.SequenceMatcher(None, n, x).ratio(), 2), inv, rv) for x, inv, rv in cat
                   if x and difflib.SequenceMatcher(None, n, x).ratio() >= 0.8), reverse=True)
    if hits:
        print(c["id"], c["labels"], repr(c["inv"]), "->", hits[:4])
