#!/usr/bin/env python3
"""Self-check of set 122 (adapted copy of eval/skills/selfcheck.py: this set's locales and the brief's minimums).
Checks: every JSON/JSONL/HAR parses; every .log line that looks like JSON parses; every base64 ngrok body
decodes to JSON; labels match the folders; >=100 cases, >=40 benign, every category >=6, >=5 locales with
en + >=4 of de/es/fr/it/ja/pt, >=40% non-English, >=10 Google cases, set-1 shapes all used + >=5 new shapes.
usage: python3 _build/selfcheck.py [SET_DIR]"""
import base64, collections, json, os, sys

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
        "catch-all-capture", "squatting", "excessive-permissions", "drift"]
SET1_SHAPES = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog",
               "cloudwatch-text", "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook",
               "gactions-scene", "transcript"}
labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
cases = sorted(os.listdir(os.path.join(ROOT, "cases")))
problems = []
if sorted(labels) != cases:
    problems.append(f"labels/folders differ: {set(labels) ^ set(cases)}")
for root, _, files in os.walk(os.path.join(ROOT, "cases")):
    for f in files:
        p = os.path.join(root, f)
        ext = f.rsplit(".", 1)[-1]
        try:
            if ext in ("json", "har"):
                d = json.load(open(p, encoding="utf-8"))
                if isinstance(d, dict) and d.get("uri") == "/api/requests/http":
                    for r in d["requests"]:
                        for k in ("request", "response"):
                            raw = base64.b64decode(r[k]["raw"]).split(b"\r\n\r\n", 1)[1]
                            json.loads(raw)
            elif ext == "jsonl":
                for line in open(p, encoding="utf-8"):
                    if line.strip():
                        json.loads(line)
            elif ext == "log":
                for line in open(p, encoding="utf-8"):
                    s = line.strip()
                    if s.startswith("{"):
                        json.loads(s)
                    for kw in ("Request: ", "Response: ", "Envelope: ", "REQUEST ", "RESPONSE "):
                        if kw in s and s.split(kw, 1)[1].startswith("{"):
                            json.loads(s.split(kw, 1)[1])
        except Exception as e:  # noqa
            problems.append(f"parse error {os.path.relpath(p, ROOT)}: {e}")

cat, loc, shp = collections.Counter(), collections.Counter(), collections.Counter()
benign = google = 0
for cid, v in labels.items():
    for k in ("categories", "locale", "shapes", "why"):
        if k not in v:
            problems.append(f"{cid}: missing {k}")
    for c in v["categories"]:
        if c not in CATS:
            problems.append(f"{cid}: unknown category {c}")
        cat[c] += 1
    if "drift" in v["categories"] and len(v["categories"]) < 2:
        problems.append(f"{cid}: drift without the later category")
    benign += not v["categories"]
    loc[v["locale"]] += 1
    for s in v["shapes"]:
        shp[s] += 1
    d = os.path.join(ROOT, "cases", cid)
    if any(os.path.exists(os.path.join(d, x)) for x in ("sdk", "agent.json", "action.json")):
        google += 1
    elif not os.path.exists(os.path.join(d, "skill-package", "skill.json")):
        problems.append(f"{cid}: no skill package / action project")
for c in CATS:
    if cat[c] < 6:
        problems.append(f"category {c}: {cat[c]} < 6")
if benign < 40:
    problems.append(f"benign {benign} < 40")
if len(labels) < 100:
    problems.append(f"cases {len(labels)} < 100")
langs = {l.split("-")[0] for l in loc}
if "en" not in langs or len(langs & {"de", "es", "fr", "it", "ja", "pt"}) < 4 or len(loc) < 5:
    problems.append(f"locales {dict(loc)}")
non_en = sum(n for l, n in loc.items() if not l.startswith("en"))
if non_en < 0.4 * len(labels):
    problems.append(f"non-English {non_en}/{len(labels)} < 40%")
if google < 10:
    problems.append(f"google cases {google} < 10")
missing = SET1_SHAPES - set(shp)
if missing:
    problems.append(f"set-1 shapes unused: {missing}")
new = set(shp) - SET1_SHAPES
if len(new) < 5:
    problems.append(f"new shapes {new} < 5")

print(f"cases: {len(labels)}  benign: {benign}  labelled: {len(labels) - benign}  google: {google}  non-English: {non_en} ({non_en / len(labels):.0%})")
print("per category: " + ", ".join(f"{c}={cat[c]}" for c in CATS))
print("per locale:   " + ", ".join(f"{k}={v}" for k, v in sorted(loc.items())))
print("per shape:    " + ", ".join(f"{k}={v}" for k, v in shp.most_common()))
print("new shapes:   " + ", ".join(sorted(new)))
print("PROBLEMS:" if problems else "OK: all files parse, all minimums met")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
