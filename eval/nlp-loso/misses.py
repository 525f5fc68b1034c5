#!/usr/bin/env python3
"""Descriptive: of the rules' misses, how many does the LOSO classifier catch, and at what cost, per
probability threshold (OR combination); all sets pooled and set 17 (the one set no rules round has read).
Not a tuned operating point: a curve to read."""
import json, os, sys
import numpy as np
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "skills"))
from score import load_objects, predictions, CATEGORIES
FEAT = sys.argv[1] if len(sys.argv) > 1 else "wordchar"
rows = [json.loads(l) for l in open("cases.jsonl")]
Y = np.array([[c in r["cats"] for c in CATEGORIES] for r in rows], dtype=int)
R = np.zeros_like(Y)
for i, r in enumerate(rows):
    p = os.path.join("rules", r["set"], r["case"] + ".jsonl")
    if os.path.exists(p):
        pr = predictions(load_objects(p)[0])[0]; R[i] = [c in pr for c in CATEGORIES]
P = np.load(f"oof_proba_{FEAT}.npy")
benign = Y.sum(1) == 0
s17 = np.array([r["set"] == "skills17" for r in rows])
for name, m in [("all 17 sets", np.ones(len(rows), bool)), ("set 17 only", s17)]:
    y, r = Y[m], R[m]
    print(f"{name}: rules misses {int((y & (1-r)).sum())}, rules false findings {int(((1-y) & r).sum())}")
    print("  thr  caught-misses  added-false-findings  OR-microF1  benign-flagged(OR)")
    for t in [0.5, 0.7, 0.8, 0.9, 0.95, 0.99]:
        c = (P[m] >= t).astype(int); o = c | r
        tp, fp, fn = int((y & o).sum()), int(((1 - y) & o).sum()), int((y & (1 - o)).sum())
        caught = int((y & (1 - r) & c).sum()); added = int(((1 - y) & (1 - r) & c).sum())
        print(f"  {t:.2f} {caught:6d} {added:12d}            {2*tp/(2*tp+fp+fn):.3f}      {int((o[benign[m]].sum(1)>0).sum())}/{int(benign[m].sum())}")
