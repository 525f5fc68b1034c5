#!/usr/bin/env python3
"""Regenerate cases/ and labels.json (and the counts section of README.md) from the hand-written case files."""
import collections, importlib, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import render  # noqa: E402

MODULES = ["cases_en", "cases_en_benign", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]


def main():
    cases = []
    for m in MODULES:
        cases += importlib.import_module(m).CASES
    ids = [c["id"] for c in cases]
    dup = [i for i, n in collections.Counter(ids).items() if n > 1]
    assert not dup, dup
    out = os.path.join(ROOT, "cases")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    labels = {}
    for c in sorted(cases, key=lambda c: c["id"]):
        shapes = render.render(c, out)
        labels[c["id"]] = {"categories": c["labels"], "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    counts(labels, cases)


def counts(labels, cases):
    cat, loc, shp = collections.Counter(), collections.defaultdict(lambda: [0, 0]), collections.Counter()
    plat = collections.Counter(c["platform"] for c in cases)
    for v in labels.values():
        for c in v["categories"]:
            cat[c] += 1
        loc[v["locale"]][0 if v["categories"] else 1] += 1
        for s in v["shapes"]:
            shp[s] += 1
    benign = sum(1 for v in labels.values() if not v["categories"])
    L = [f"{len(labels)} cases: {len(labels) - benign} labelled, {benign} benign. "
         f"Platforms: " + ", ".join(f"{k}={v}" for k, v in sorted(plat.items())) + ".", "",
         "| category | positive cases |", "|---|---|"]
    L += [f"| {c} | {cat[c]} |" for c in render_cats()]
    L += ["", "| locale | total | labelled | benign |", "|---|---|---|---|"]
    L += [f"| {k} | {sum(v)} | {v[0]} | {v[1]} |" for k, v in sorted(loc.items())]
    nonen = sum(sum(v) for k, v in loc.items() if not k.startswith("en"))
    L += ["", f"Non-English cases: {nonen} of {len(labels)}.", "", "| shape | cases |", "|---|---|"]
    L += [f"| {k} | {v} |" for k, v in shp.most_common()]
    text = "\n".join(L) + "\n"
    rp = os.path.join(ROOT, "README.md")
    tmpl = open(os.path.join(HERE, "README.tmpl.md"), encoding="utf-8").read()
    open(rp, "w", encoding="utf-8").write(tmpl.replace("@@COUNTS@@", text))
    print(text)


def render_cats():
    return ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
            "catch-all-capture", "squatting", "excessive-permissions", "drift"]


if __name__ == "__main__":
    main()
