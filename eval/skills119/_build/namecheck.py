"""Check every invocation name of the set against the real catalog: squatting cases must be close to a popular
entry; all other cases must not be confusable with popular entries (reviews >= 5)."""
import csv, difflib, glob, json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = [r for r in csv.DictReader(open(CAT, encoding="utf-8")) if r["Invocation Name"].strip()]
FILL = {"the", "my", "please", "app", "skill", "a", "an"}
def norm(s):
    w = [x for x in re.sub(r"[^a-z0-9 ]", " ", s.lower()).split() if x not in FILL]
    return "".join(w)
pop = {}
for r in rows:
    n = int(r["Num of Reviews"] or 0)
    k = norm(r["Invocation Name"])
    if k and n >= 5:
        pop[k] = max(pop.get(k, 0), n)
labels = json.load(open(os.path.join(ROOT, "labels.json")))
for cid, v in labels.items():
    invs = []
    for f in glob.glob(os.path.join(ROOT, "cases", cid, "skill-package/interactionModels/custom/*.json")):
        invs.append(json.load(open(f))["interactionModel"]["languageModel"]["invocationName"])
    s = os.path.join(ROOT, "cases", cid, "sdk/settings/settings.yaml")
    if os.path.exists(s):
        invs += re.findall(r'pronunciation: "([^"]+)"', open(s).read())
    for inv in invs:
        k = norm(inv)
        best = max(((difflib.SequenceMatcher(None, k, p).ratio(), p) for p in pop), default=(0, ""))
        exact = k in pop
        sq = "squatting" in v["categories"]
        flag = ""
        raw_exact = any(inv.lower().strip() == r["Invocation Name"].lower().strip() for r in rows)
        if sq and (raw_exact or best[0] < 0.7):
            flag = "SQUAT-NOT-CLOSE?"
        if not sq and not exact and best[0] >= 0.8:
            flag = "CONFUSABLE?"
        if flag or sq or exact:
            print(f"{flag:16s} {cid:40s} {inv!r:30s} best={best[1]!r} {best[0]:.2f} exact={exact}")
