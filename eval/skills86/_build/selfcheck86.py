#!/usr/bin/env python3
"""Set-86 specific checks on top of /work/main/eval/skills/selfcheck.py (which this set also passes):
>=100 cases, >=40 benign, every category >=6, >=5 locales incl. en + 4 others, >=40% non-English,
>=10 Google cases, >=5 shapes not in set 1, every case folder has at least one recording file."""
import collections, json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET1 = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
        "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request", "catch-all-capture",
        "squatting", "excessive-permissions", "drift"]
lab = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
prob = []
cat = collections.Counter(c for v in lab.values() for c in v["categories"])
benign = sum(not v["categories"] for v in lab.values())
loc = collections.Counter(v["locale"] for v in lab.values())
shapes = collections.Counter(s for v in lab.values() for s in v["shapes"])
google = [k for k in lab if any(os.path.exists(os.path.join(ROOT, "cases", k, x)) for x in ("sdk", "agent.json", "action.json"))]
if len(lab) < 100: prob.append(f"cases {len(lab)} < 100")
if benign < 40: prob.append(f"benign {benign} < 40")
for c in CATS:
    if cat[c] < 6: prob.append(f"{c}: {cat[c]} < 6")
if len(loc) < 5 or "en-US" not in loc: prob.append(f"locales {dict(loc)}")
non_en = sum(n for l, n in loc.items() if not l.startswith("en"))
if non_en / len(lab) < 0.40: prob.append(f"non-English share {non_en/len(lab):.2f} < 0.40")
if len(google) < 10: prob.append(f"google cases {len(google)} < 10")
new = sorted(set(shapes) - SET1)
if len(new) < 5: prob.append(f"new shapes {new} < 5")
for v in lab.values():
    if "drift" in v["categories"] and len(v["categories"]) < 2: prob.append("drift without later category")
for k in lab:
    d = os.path.join(ROOT, "cases", k)
    files = [os.path.join(r, f) for r, _, fs in os.walk(d) for f in fs]
    rec = [f for f in files if "skill-package" not in f and "/sdk/" not in f and "/intents/" not in f and "/entities/" not in f
           and not f.endswith(("agent.json", "action.json", "package.json", "ask-resources.json", ".js", ".py"))]
    if not rec: prob.append(f"{k}: no recording")
print(f"cases={len(lab)} benign={benign} google={len(google)} non-English={non_en} ({non_en/len(lab):.0%})")
print("categories:", dict(cat)); print("locales:", dict(loc)); print("new shapes:", new)
print("PROBLEMS:\n  " + "\n  ".join(prob) if prob else "OK")
sys.exit(1 if prob else 0)
