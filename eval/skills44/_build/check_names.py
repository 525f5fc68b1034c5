"""Checks every invocation name against popular entries of the real catalog (sound-alike screening)."""
import csv, difflib, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
pop = [(r["Invocation Name"].strip().lower(), int(r["Num of Reviews"] or 0)) for r in csv.DictReader(open(CAT, encoding="utf-8"))]
pop = [p for p in pop if p[0] and p[1] >= 15]
def norm(s):
    s = re.sub(r"\b(the|my|please|app|bitte|per favore)\b", " ", s.lower())
    return re.sub(r"[^a-z0-9]", "", s)
import gen  # noqa  (regenerates; fine)
for c in gen.ALL:
    inv = c["inv"]
    best = max(pop, key=lambda p: difflib.SequenceMatcher(None, norm(inv), norm(p[0])).ratio())
    r = difflib.SequenceMatcher(None, norm(inv), norm(best[0])).ratio()
    flag = "SQUAT-LABEL" if "squatting" in c["cats"] else ""
    if r >= 0.7 or flag:
        print(f"{c['id']:34s} {inv!r:28s} ~ {best[0]!r} ({best[1]} reviews) ratio={r:.2f} {flag}")
