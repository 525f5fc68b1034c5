#!/usr/bin/env python3
"""Check every invocation name of the set against the real catalog: benign and non-squatting cases must not be
confusable with a catalog invocation (unless identical = the real name); squatting cases must be close to a target."""
import csv, difflib, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, cases_en_google, cases_en_alexa, cases_intl  # noqa
cat = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = list(csv.DictReader(open(cat, encoding="utf-8")))
def norm(s):
    s = s.lower().replace(".", "").replace("'", "")
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9äöüßéèàùçñáíóúãõâêô\u3040-\u30ff\u4e00-\u9fff ]", " ", s)).strip()
def strip(s):
    s = " " + s + " "
    for w in (" the ", " my ", " please ", " app ", " skill ", " a "):
        s = s.replace(w, " ")
    return s.replace(" ", "")
inv = {}
for r in rows:
    n = norm(r["Invocation Name"])
    if n:
        inv[n] = max(inv.get(n, 0), int(r["Num of Reviews"] or 0))
for c in lib.CASES:
    n = norm(c["inv"])
    best = []
    for k, rv in inv.items():
        a, b = strip(n), strip(k)
        r = difflib.SequenceMatcher(None, a, b).ratio()
        if r >= 0.85 or (a == b):
            best.append((round(r, 2), k, rv))
    best.sort(reverse=True)
    sq = "squatting" in c["cats"]
    exact = n in inv
    flag = ""
    if sq and not best:
        flag = "SQUAT-NO-TARGET"
    if not sq and best and not exact:
        flag = "CONFUSABLE?"
    if flag or sq or exact:
        print(f"{c['cid']:32s} {c['inv']:28s} {flag:16s} exact={exact} {best[:3]}")
