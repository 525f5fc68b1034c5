#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case modules (cases_*.py)."""
import importlib, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib  # noqa

MODULES = ["cases_en_us", "cases_en_ca", "cases_fr_ca", "cases_de", "cases_ja", "cases_es_us"]
ALEXA = {"envelope": lib.rec_envelope, "pairs-jsonl": lib.rec_pairs_jsonl, "pairs-array": lib.rec_pairs_array,
         "smapi-simulation": lib.rec_smapi_simulation, "smapi-invocation": lib.rec_smapi_invocation,
         "ask-dialog": lib.rec_ask_dialog, "cloudwatch-text": lib.rec_cloudwatch_text, "cloudwatch-json": lib.rec_cloudwatch_json,
         "har": lib.rec_har, "transcript": lib.rec_transcript, "jest-snapshot": lib.rec_jest_snapshot,
         "junit-xml": lib.rec_junit_xml, "console-copy": lib.rec_console_copy, "csv-transcript": lib.rec_csv_transcript,
         "ngrok-inspect": lib.rec_ngrok_inspect, "markdown-qa": lib.rec_markdown_qa}


def build(c):
    cid = f"{c['id']}-{c['slug']}"
    cdir = os.path.join(ROOT, "cases", cid)
    plat = c.get("platform", "alexa")
    if plat == "alexa":
        lib.alexa_project(cdir, c)
    elif plat == "builder":
        lib.builder_project(cdir, c)
    elif plat == "sdk2":
        lib.sdk2_project(cdir, c)
    elif plat == "dialogflow":
        lib.dialogflow_project(cdir, c)
    shapes = []
    for r in c.get("rec", []):
        shape, rel, sessions = r[0], r[1], r[2]
        kw = dict(r[3]) if len(r) > 3 else {}
        path = os.path.join(cdir, rel)
        label = kw.pop("label", shape)
        t0 = kw.pop("t0", None)
        if shape in ALEXA:
            ctx = lib.Ctx(cid, c["locale"], "amzn1.ask.skill." + lib.uuid(cid, "skill"),
                          c.get("fn", c["slug"]), **({"t0": t0} if t0 else {}))
            ALEXA[shape](ctx, path, sessions, **kw)
        elif shape == "gactions-conversation":
            lib.rec_gactions_conversation(cid, path, sessions, c["locale"], **kw)
        elif shape == "dialogflow-webhook":
            lib.rec_dialogflow_webhook(cid, path, sessions, c["locale"], c["google"]["project"], **kw)
        elif shape == "firebase-functions-log":
            lib.rec_firebase_log(cid, path, sessions, c["locale"], c["google"]["project"], **kw)
        elif shape == "gactions-scene":
            lib.rec_gactions_scene(cid, path, sessions, c["locale"], **kw)
        else:
            raise SystemExit(f"{cid}: unknown shape {shape}")
        if label not in shapes:
            shapes.append(label)
    for rel, text in c.get("files", {}).items():
        lib.write(os.path.join(cdir, rel), text.lstrip("\n"))
    return cid, {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}


def main():
    if os.path.isdir(os.path.join(ROOT, "cases")):
        shutil.rmtree(os.path.join(ROOT, "cases"))
    labels, seen = {}, set()
    for m in MODULES:
        mod = importlib.import_module(m)
        for c in mod.CASES:
            assert c["id"] not in seen, c["id"]
            seen.add(c["id"])
            cid, lab = build(c)
            labels[cid] = lab
    lib.wjson(os.path.join(ROOT, "labels.json"), dict(sorted(labels.items())))
    write_readme(labels)
    print(f"wrote {len(labels)} cases")


def write_readme(L):
    import collections
    cats = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request", "catch-all-capture",
            "squatting", "excessive-permissions", "drift"]
    c = collections.Counter(x for v in L.values() for x in v["categories"])
    loc = collections.defaultdict(lambda: [0, 0])
    for v in L.values():
        loc[v["locale"]][0 if v["categories"] else 1] += 1
    s = collections.Counter(x for v in L.values() for x in v["shapes"])
    benign = sum(1 for v in L.values() if not v["categories"])
    nonen = sum(1 for v in L.values() if not v["locale"].startswith("en"))
    out = f"{len(L)} cases: {len(L) - benign} labelled, {benign} benign; {nonen} not in English.\n\n"
    out += "| category | positive cases |\n|---|---|\n" + "".join(f"| {k} | {c[k]} |\n" for k in cats)
    out += "\n| locale | total | labelled | benign |\n|---|---|---|---|\n" + "".join(
        f"| {k} | {sum(loc[k])} | {loc[k][0]} | {loc[k][1]} |\n" for k in ["en-US", "en-CA", "fr-CA", "de-DE", "ja-JP", "es-US"])
    out += "\nShapes, counted once per case that uses them:\n\n| shape | cases |\n|---|---|\n" + "".join(f"| {k} | {n} |\n" for k, n in s.most_common())
    head = open(os.path.join(HERE, "README.head.md"), encoding="utf-8").read()
    tail = open(os.path.join(HERE, "README.tail.md"), encoding="utf-8").read()
    lib.write(os.path.join(ROOT, "README.md"), head + out + tail)


if __name__ == "__main__":
    main()
