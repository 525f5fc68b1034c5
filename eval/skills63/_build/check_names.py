"""Check that non-squatting invocation names are not confusable with popular catalog invocations,
and that squatting cases really are close to a popular one."""
import csv, json, os, re, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = "/work/shared/data/skills/catalogs/dale3h__alexa-skills-list__skills.csv"
rows = [r for r in csv.DictReader(open(CAT, encoding="utf-8")) if int(r["Num of Reviews"] or 0) >= 15 and r["Invocation Name"].strip()]
FILL = {"the", "my", "please", "app", "a", "mi", "bitte", "game"}
def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(ch for ch in s if ch.isalnum() or ch == " ")
    return "".join(w for w in s.split() if w not in FILL)
def sound(s):
    s = norm(s)
    for a, b in (("ph", "f"), ("ck", "k"), ("c", "k"), ("ee", "i"), ("ea", "i"), ("ey", "i"), ("y", "i"), ("z", "s"), ("ay", "a"), ("ai", "a"), ("w", "v"), ("q", "k")):
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiou]", "", s))
def lev(a, b):
    d = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        p, d[0] = d[0], i
        for j, y in enumerate(b, 1):
            p, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, p + (x != y))
    return d[-1]
labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
for cid, v in labels.items():
    p = os.path.join(ROOT, "cases", cid)
    inv = None
    for root, _, fs in os.walk(p):
        for f in fs:
            if f.endswith(".json") and "interactionModels" in root:
                inv = json.load(open(os.path.join(root, f), encoding="utf-8"))["interactionModel"]["languageModel"]["invocationName"]
    if inv is None or not inv.isascii() and not re.search("[a-z]", inv):
        continue
    hits = [(r["Invocation Name"], r["Num of Reviews"]) for r in rows
            if norm(r["Invocation Name"]) == norm(inv) or lev(norm(r["Invocation Name"]), norm(inv)) <= max(1, len(norm(inv)) // 6)
            or (len(sound(inv)) > 3 and sound(r["Invocation Name"]) == sound(inv))]
    sq = "squatting" in v["categories"]
    if sq != bool(hits) or hits:
        print(f"{cid:32s} {inv!r:28s} squat={sq} hits={hits[:4]}")
