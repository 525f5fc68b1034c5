#!/usr/bin/env python3
"""One split instead of leave-one-set-out: the learned classifier trained on sets 1-52 and judged on sets 53-61, the nine
sets the rules had not seen when they were first run on them (round 30 on 53-58, round 31 on 59-61: their held-out
outputs are the rules' predictions for those sets; for 1-52, round 31's own, in-sample).
usage: split.py [--feat word|wordchar]   (in a work directory with cases.jsonl from `NLP_SETS=61 extract.py` and rules/skillsN/
holding the analyser's JSON lines per case, as run-skills.sh writes them)
The choices are loso.py's, fixed before any result: TF-IDF (sublinear) word 1-2 grams (+ char_wb 2-5 for 'wordchar'),
min_df 2 on the training rows, one logistic regression per category (averaged SGD, alpha 5e-5, balanced), threshold 0.5;
weak-or (the classifier OR'ed to the rules only for categories where that beat the rules) and stacking (LR on
[logit p, rule, rule*logit p]) chosen and fitted on inner 3-fold grouped-by-set out-of-fold predictions of sets 1-52 only."""
import json, os, sys
import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.model_selection import GroupKFold
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "skills"))
from score import load_objects, predictions, CATEGORIES

FEAT = sys.argv[sys.argv.index("--feat") + 1] if "--feat" in sys.argv else "word"
HERE = os.getcwd()
rows = [json.loads(l) for l in open(os.path.join(HERE, "cases.jsonl"))]
def setno(s):
    return 1 if s == "skills" else int(s[len("skills"):])
nos = np.array([setno(r["set"]) for r in rows])
texts = [r["text"] for r in rows]
Y = np.array([[c in r["cats"] for c in CATEGORIES] for r in rows], dtype=int)
R = np.zeros_like(Y)
for i, r in enumerate(rows):
    p = os.path.join(HERE, "rules", r["set"], r["case"] + ".jsonl")
    if os.path.exists(p):
        pred = predictions(load_objects(p)[0])[0]
        R[i] = [c in pred for c in CATEGORIES]
train = np.where(nos <= 52)[0]
test = np.where(nos >= 53)[0]

def vec():
    w = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                        token_pattern=r"(?u)\b[\w=.]+\b|[^\w\s]", lowercase=True)
    if FEAT == "word":
        return [w]
    return [w, TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)]

def clf():
    return SGDClassifier(loss="log_loss", alpha=5e-5, class_weight="balanced", max_iter=30, tol=None, average=True, random_state=0)

def fit_predict(tr, te):
    vs = vec()
    Xtr = hstack([v.fit_transform([texts[i] for i in tr]) for v in vs]).tocsr()
    Xte = hstack([v.transform([texts[i] for i in te]) for v in vs]).tocsr()
    P = np.zeros((len(te), len(CATEGORIES)))
    for j in range(len(CATEGORIES)):
        if Y[tr, j].sum():
            P[:, j] = clf().fit(Xtr, Y[tr, j]).predict_proba(Xte)[:, 1]
    return P

def logit(p):
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))

P = fit_predict(train, test)
C = (P >= 0.5).astype(int)
Pin = np.zeros((len(train), len(CATEGORIES)))
for a, b in GroupKFold(n_splits=3).split(train, groups=nos[train]):
    Pin[b] = fit_predict(train[a], train[b])
Cin = (Pin >= 0.5).astype(int)
out = {"rules": R[test], "clf": C, "or": C | R[test], "weak-or": R[test].copy(), "stack": R[test].copy()}
chosen = []
for j, c in enumerate(CATEGORIES):
    y, r = Y[train, j], R[train, j]
    def F(p):
        tp = (y & p).sum(); fp = ((1 - y) & p).sum(); fn = (y & (1 - p)).sum()
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    if F(r | Cin[:, j]) > F(r):
        chosen.append(c)
        out["weak-or"][:, j] = R[test, j] | C[:, j]
    if len(set(y)) > 1:
        s = LogisticRegression(C=1.0).fit(np.c_[logit(Pin[:, j]), r, r * logit(Pin[:, j])], y)
        out["stack"][:, j] = (s.predict_proba(np.c_[logit(P[:, j]), R[test, j], R[test, j] * logit(P[:, j])])[:, 1] >= 0.5).astype(int)

Yt = Y[test]
benign = Yt.sum(1) == 0
res = {"feat": FEAT, "train_cases": int(len(train)), "test_cases": int(len(test)), "weak_or_categories": chosen, "methods": {}}
for name, O in out.items():
    tp = int((Yt & O).sum()); fp = int(((1 - Yt) & O).sum()); fn = int((Yt & (1 - O)).sum())
    d = {"tp": tp, "fp": fp, "fn": fn, "P": tp / (tp + fp), "R": tp / (tp + fn), "F1": 2 * tp / (2 * tp + fp + fn),
         "benign_flagged": int((O[benign].sum(1) > 0).sum()), "benign": int(benign.sum()), "recall_per_category": {}}
    for j, c in enumerate(CATEGORIES):
        sup = int(Yt[:, j].sum())
        d["recall_per_category"][c] = round(int((Yt[:, j] & O[:, j]).sum()) / sup, 3) if sup else None
    res["methods"][name] = d
    print(f"{name:8s} tp {tp} fp {fp} fn {fn}: P {d['P']:.3f} R {d['R']:.3f} F1 {d['F1']:.3f}; benign {d['benign_flagged']}/{d['benign']}")
print("weak-or categories (chosen on sets 1-52):", chosen)
json.dump(res, open(os.path.join(HERE, f"split_{FEAT}.json"), "w"), indent=1)
