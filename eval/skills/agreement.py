#!/usr/bin/env python3
"""Agreement between two label files of one set, and the analyser against each and against both.

usage: python3 agreement.py LABELS.json SECOND.json [RESULTS_DIR]

LABELS.json is the set's own labels (its author's), SECOND.json a second annotator's labels of
the same cases, written from the cases alone without seeing the first ({"case": {"categories":
[...]}}). Prints micro precision/recall/F1 of the second annotator taking the author as truth
(how far two careful readers of the category definitions agree: a ceiling on what any analyser
can score against one of them), per category, and benign agreement. With RESULTS_DIR (the
analyser's per-case results, as score.py reads them) also the analyser against each annotator
and against the cases' labels both annotators agree on.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import CATEGORIES, load_objects, norm_cat, COUNTING  # noqa: E402


def labels(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    return {k: {norm_cat(c) for c in v.get("categories", [])} for k, v in d.items()}


def predicted(results, case):
    p = os.path.join(results, case + ".jsonl")
    if not os.path.exists(p):
        return set()
    objs, _ = load_objects(p)
    out = set()
    for o in objs:
        for f in o.get("findings", []) or []:
            if str(f.get("severity", "")).lower() in COUNTING:
                out.add(norm_cat(f.get("category")))
    return out & set(CATEGORIES)


def compare(truth, other, cases):
    tp = fp = fn = 0
    per = {c: [0, 0, 0] for c in CATEGORIES}
    for k in cases:
        t, o = truth[k], other[k]
        for c in CATEGORIES:
            if c in t and c in o:
                tp += 1; per[c][0] += 1
            elif c in o:
                fp += 1; per[c][1] += 1
            elif c in t:
                fn += 1; per[c][2] += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, per


def line(name, truth, other, cases):
    p, r, f, _ = compare(truth, other, cases)
    benign = [k for k in cases if not truth[k]]
    flagged = sum(1 for k in benign if other[k])
    print(f"{name:<44} F1 {f:.3f} (P {p:.2f}, R {r:.2f}); benign of the first flagged by the second {flagged}/{len(benign)}")


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    a, b = labels(sys.argv[1]), labels(sys.argv[2])
    missing = sorted(set(a) ^ set(b))
    if missing:
        print("cases in only one file:", missing, file=sys.stderr)
        sys.exit(1)
    cases = sorted(a)
    line("second annotator vs author", a, b, cases)
    _, _, _, per = compare(a, b, cases)
    for c in CATEGORIES:
        tp, fp, fn = per[c]
        print(f"  {c:<22} both {tp:3d}  second only {fp:3d}  author only {fn:3d}")
    same = [k for k in cases if a[k] == b[k]]
    print(f"cases labelled identically: {len(same)}/{len(cases)}")
    if len(sys.argv) == 4:
        res = {k: predicted(sys.argv[3], k) for k in cases}
        line("analyser vs author", a, res, cases)
        line("analyser vs second annotator", b, res, cases)
        line(f"analyser vs both, on the {len(same)} agreed cases", a, res, same)


if __name__ == "__main__":
    main()
