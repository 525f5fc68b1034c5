"""Confusability check of every invocation against the real catalog (run by hand)."""
import csv, difflib, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = [r for r in csv.DictReader(open(CAT, encoding="utf-8")) if r["Invocation Name"].strip()]
FILL = r"\b(the|my|a|an|please|app|skill|for|me)\b"
def norm(s): return re.sub(r"[^a-z0-9]", "", re.sub(FILL, "", s.lower()))
cat = [(norm(r["Invocation Name"]), r["Invocation Name"].lower(), int(r["Num of Reviews"] or 0)) for r in rows]
labels = json.load(open(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "labels.json")))
import importlib
for m in ("cases_en_us", "cases_en_gb", "cases_google_en", "cases_nl", "cases_de", "cases_ja", "cases_fr_es"):
    for c in importlib.import_module(m).CASES:
        n = norm(c["invocation"])
        hits = [(round(difflib.SequenceMatcher(None, n, cn).ratio(), 2), inv, rv) for cn, inv, rv in cat if cn and difflib.SequenceMatcher(None, n, cn).ratio() >= 0.8]
        if hits:
            print(c["id"], repr(c["invocation"]), "squat" if "squatting" in c["cats"] else "-", sorted(hits, reverse=True)[:4])
