#!/usr/bin/env python3
"""Self-check adapted to set 98 (its locales are en-US, en-GB, de-DE, fr-FR, ja-JP plus a few es-ES,
so the fixed it-IT minimum of eval/skills/selfcheck.py does not apply). Runs the generic structural checks
and the brief's minimums: >=100 cases, >=40 benign, >=6 positives per category, >=40% non-English,
>=10 Google cases, >=5 locales with >=4 non-English, every recording decodable."""
import base64, collections, glob, json, os, sys, xml.dom.minidom

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
        "catch-all-capture", "squatting", "excessive-permissions", "drift"]
SET1_SHAPES = {"envelope", "pairs-jsonl", "pairs-array", "smapi-simulation", "smapi-invocation", "ask-dialog", "cloudwatch-text",
               "cloudwatch-json", "har", "gactions-conversation", "dialogflow-webhook", "gactions-scene", "transcript"}
labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
cases = sorted(os.listdir(os.path.join(ROOT, "cases")))
P = []
if sorted(labels) != cases:
    P.append(f"labels/folders differ: {set(labels) ^ set(cases)}")
for root, _, files in os.walk(os.path.join(ROOT, "cases")):
    for f in files:
        p = os.path.join(root, f)
        try:
            if f.endswith((".json", ".har")):
                d = json.load(open(p, encoding="utf-8"))
                if f == "ngrok-requests.json":
                    for r in d["requests"]:
                        for k in ("request", "response"):
                            raw = base64.b64decode(r[k]["raw"]).split(b"\r\n\r\n", 1)[1]
                            json.loads(raw.decode("utf-8"))
                if f == "newman-run.json":
                    for e in d["run"]["executions"]:
                        json.loads(bytes(e["response"]["stream"]["data"]).decode("utf-8"))
            elif f.endswith(".jsonl"):
                for line in open(p, encoding="utf-8"):
                    if line.strip():
                        json.loads(line)
            elif f.endswith(".xml"):
                xml.dom.minidom.parse(p)
            elif f.endswith(".log"):
                for line in open(p, encoding="utf-8"):
                    for key in ("Request: ", "Request Envelope: ", "Response: "):
                        if key in line:
                            json.loads(line.split(key, 1)[1])
        except Exception as e:  # noqa
            P.append(f"parse error {os.path.relpath(p, ROOT)}: {e}")
cat, loc, shp = collections.Counter(), collections.Counter(), collections.Counter()
benign = google = 0
for cid, v in labels.items():
    for k in ("categories", "locale", "shapes", "why"):
        if k not in v:
            P.append(f"{cid}: missing {k}")
    for c in v["categories"]:
        if c not in CATS:
            P.append(f"{cid}: unknown category {c}")
        cat[c] += 1
    if "drift" in v["categories"] and len(v["categories"]) < 2:
        P.append(f"{cid}: drift without the later category")
    benign += not v["categories"]
    loc[v["locale"]] += 1
    for s in v["shapes"]:
        shp[s] += 1
    d = os.path.join(ROOT, "cases", cid)
    g = any(os.path.exists(os.path.join(d, x)) for x in ("sdk", "agent.json", "action.json"))
    google += g
    if not g and not os.path.exists(os.path.join(d, "skill-package", "skill.json")):
        P.append(f"{cid}: no skill package / action project")
for c in CATS:
    if cat[c] < 6:
        P.append(f"category {c}: {cat[c]} < 6")
nonen = sum(n for l, n in loc.items() if not l.startswith("en"))
if len(labels) < 100: P.append(f"cases {len(labels)} < 100")
if benign < 40: P.append(f"benign {benign} < 40")
if nonen < 0.4 * len(labels): P.append(f"non-English {nonen} < 40%")
if google < 10: P.append(f"google {google} < 10")
if len([l for l in loc if not l.startswith("en")]) < 4: P.append("fewer than 4 non-English locales")
for l in ("en-US", "en-GB", "de-DE", "fr-FR", "ja-JP", "es-ES"):
    if loc[l] < 5: P.append(f"locale {l}: {loc[l]} < 5")
new = set(shp) - SET1_SHAPES
if len(new) < 5: P.append(f"only {len(new)} new shapes")
print(f"cases: {len(labels)}  benign: {benign}  labelled: {len(labels) - benign}  google: {google}  non-English: {nonen} ({100 * nonen / len(labels):.0f}%)")
print("per category: " + ", ".join(f"{c}={cat[c]}" for c in CATS))
print("per locale:   " + ", ".join(f"{k}={v}" for k, v in sorted(loc.items())))
print("per shape:    " + ", ".join(f"{k}={v}" for k, v in shp.most_common()))
print("new shapes:   " + ", ".join(sorted(new)))
print("PROBLEMS:" if P else "OK")
for p in P:
    print("  " + p)
sys.exit(1 if P else 0)
