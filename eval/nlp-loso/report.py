#!/usr/bin/env python3
"""Print the tables from results_*.json (and java/loso_word.tsv if present). usage: report.py [FEAT]"""
import json, os, sys
import numpy as np
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "skills"))
from score import load_objects, predictions, CATEGORIES
FEAT = sys.argv[1] if len(sys.argv) > 1 else "wordchar"
res = json.load(open(f"results_{FEAT}.json"))
M = res["methods"]; SETS = list(M["rules"]["per_set"])
f = lambda x: "  -  " if x is None else f"{x:.2f}"
print(f"## features: {FEAT}\n\nper category, pooled over 17 test folds (P/R/F1; fp = false findings)\n")
names = ["rules", "clf", "or", "and", "weak-or", "stack"]
print("| category | sup | " + " | ".join(names) + " |")
print("|---|---|" + "---|" * len(names))
for c in CATEGORIES:
    cells = []
    for n in names:
        d = M[n]["per_cat"][c]
        cells.append(f'{f(d["P"])}/{f(d["R"])}/{f(d["F1"])} fp{d["fp"]}')
    print(f'| {c} | {M["rules"]["per_cat"][c]["sup"]} | ' + " | ".join(cells) + " |")
cells = [f'{M[n]["micro"]["P"]:.3f}/{M[n]["micro"]["R"]:.3f}/**{M[n]["micro"]["F1"]:.3f}** fp{M[n]["micro"]["fp"]}' for n in names]
print("| MICRO | | " + " | ".join(cells) + " |")
cells = [f'{M[n]["benign_flagged_total"]}/{M[n]["benign_total"]}' for n in names]
print("| benign flagged | | " + " | ".join(cells) + " |")
print("\nper set: micro-F1 (benign flagged)\n")
print("| set | " + " | ".join(names) + " |"); print("|---|" + "---|" * len(names))
for s in SETS:
    print(f"| {s} | " + " | ".join(f'{M[n]["per_set"][s]["F1"]:.3f} ({M[n]["per_set"][s]["benign_flagged"]}/{M[n]["per_set"][s]["benign"]})' for n in names) + " |")
print("\nweak-or categories chosen per fold:", {s: c for s, c in res["weak_choice"] if c})
print("model:", res["model"])

# OpenNLP doccat (Java) leave-one-set-out probabilities
jp = "java/loso_word.tsv"
if os.path.exists(jp):
    rows = [json.loads(l) for l in open("cases.jsonl")]
    idx = {(r["set"], r["case"]): i for i, r in enumerate(rows)}
    Y = np.array([[c in r["cats"] for c in CATEGORIES] for r in rows], dtype=int)
    R = np.zeros_like(Y)
    for i, r in enumerate(rows):
        p = os.path.join("rules", r["set"], r["case"] + ".jsonl")
        if os.path.exists(p):
            pr = predictions(load_objects(p)[0])[0]; R[i] = [c in pr for c in CATEGORIES]
    P = np.full(Y.shape, np.nan)
    for l in open(jp):
        t = l.rstrip("\n").split("\t"); P[idx[(t[0], t[1])]] = [float(x) for x in t[2:]]
    have = ~np.isnan(P[:, 0]); C = (np.nan_to_num(P) >= 0.5).astype(int)
    benign = Y.sum(1) == 0
    print(f"\n## OpenNLP doccat (maxent, BoW + bigrams), {have.sum()} cases scored\n")
    print("| category | sup | doccat | rules | doccat OR rules |"); print("|---|---|---|---|---|")
    for name_ in ["cats"]:
        pass
    tot = {k: [0, 0, 0] for k in ["d", "r", "o"]}
    for j, c in enumerate(CATEGORIES):
        y = Y[have, j]; cells = []
        for k, p in [("d", C[have, j]), ("r", R[have, j]), ("o", C[have, j] | R[have, j])]:
            tp, fp, fn = int((y & p).sum()), int(((1 - y) & p).sum()), int((y & (1 - p)).sum())
            tot[k] = [tot[k][0] + tp, tot[k][1] + fp, tot[k][2] + fn]
            cells.append(f"{f(tp/(tp+fp) if tp+fp else None)}/{f(tp/(tp+fn) if tp+fn else None)}/{f(2*tp/(2*tp+fp+fn) if tp+fp+fn else None)} fp{fp}")
        print(f"| {c} | {y.sum()} | " + " | ".join(cells) + " |")
    cells = []
    for k in "dro":
        tp, fp, fn = tot[k]; cells.append(f"{tp/(tp+fp):.3f}/{tp/(tp+fn):.3f}/**{2*tp/(2*tp+fp+fn):.3f}** fp{fp}")
    print("| MICRO | | " + " | ".join(cells) + " |")
    bm = benign & have
    print(f"| benign flagged | | {(C[bm].sum(1)>0).sum()}/{bm.sum()} | {(R[bm].sum(1)>0).sum()}/{bm.sum()} | {((C[bm]|R[bm]).sum(1)>0).sum()}/{bm.sum()} |")
