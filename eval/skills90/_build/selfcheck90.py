#!/usr/bin/env python3
"""Set 90's own checks on top of /work/main/eval/skills/selfcheck.py (which this set also passes):
>=100 cases, >=40 benign, >=6 positives per category, >=5 locales incl. en, >=40% non-English,
>=10 Google cases, >=5 shapes not in set 1, and every drift case carries a second category."""
import collections, json, os, subprocess, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET1 = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
        "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
L = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
rc = subprocess.call([sys.executable, "/work/main/eval/skills/selfcheck.py", ROOT])
P = []
cat = collections.Counter(c for v in L.values() for c in v["categories"])
loc = collections.Counter(v["locale"] for v in L.values())
benign = sum(not v["categories"] for v in L.values())
google = [c for c in L if any(os.path.exists(os.path.join(ROOT, "cases", c, x)) for x in ("sdk", "agent.json", "action.json"))]
new_shapes = {s for v in L.values() for s in v["shapes"]} - SET1
if len(L) < 100: P.append(f"cases {len(L)} < 100")
if benign < 40: P.append(f"benign {benign} < 40")
for c in ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request", "catch-all-capture",
          "squatting", "excessive-permissions", "drift"]:
    if cat[c] < 6: P.append(f"{c}: {cat[c]} < 6")
if len(loc) < 5 or "en-US" not in loc: P.append(f"locales {dict(loc)}")
non_en = sum(n for l, n in loc.items() if not l.startswith("en"))
if non_en / len(L) < 0.40: P.append(f"non-English share {non_en/len(L):.2f} < 0.40")
if len(google) < 10: P.append(f"google cases {len(google)} < 10")
if len(new_shapes) < 5: P.append(f"new shapes {new_shapes}")
for c, v in L.items():
    if "drift" in v["categories"] and len(v["categories"]) < 2: P.append(f"{c}: drift without later category")
print(f"set-90 checks: cases={len(L)} benign={benign} non-en={non_en} ({non_en/len(L):.0%}) google={len(google)} new shapes={sorted(new_shapes)}")
print("PROBLEMS: " + "; ".join(P) if P else "OK: set-90 expectations met")
sys.exit(1 if P or rc else 0)
