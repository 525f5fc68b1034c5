#!/usr/bin/env python3
"""Leave-one-set-out: learned classifier vs rules, and combinations.
usage: loso.py [--feat word|wordchar]   (needs cases.jsonl from extract.py and rules/skillsN/ from run_rules.sh)
Fixed choices made before looking at any result: TF-IDF (sublinear) word 1-2 grams (+ char_wb 2-5 grams
for 'wordchar', the primary setting), min_df 2, one binary LogisticRegression per category (liblinear,
C=10 equivalent, class_weight balanced; fitted by averaged SGD), threshold 0.5. Combinations that need a choice (weak-category switch,
stacking) get it from inner 3-fold grouped-by-set out-of-fold predictions on the 16 training sets only."""
import json, os, sys, time, pickle
import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "skills"))
from score import load_objects, predictions, CATEGORIES

FEAT = sys.argv[sys.argv.index("--feat") + 1] if "--feat" in sys.argv else "wordchar"
HERE = os.getcwd()  # the work directory: cases.jsonl, rules/ and the results live there
rows = [json.loads(l) for l in open(os.path.join(HERE, "cases.jsonl"))]
SETS = ["skills"] + [f"skills{i}" for i in range(2, 18)]
texts = [r["text"] for r in rows]
groups = np.array([SETS.index(r["set"]) for r in rows])
Y = np.array([[c in r["cats"] for c in CATEGORIES] for r in rows], dtype=int)
# rules' predictions
R = np.zeros_like(Y)
for i, r in enumerate(rows):
    p = os.path.join(HERE, "rules", r["set"], r["case"] + ".jsonl")
    if os.path.exists(p):
        pred = predictions(load_objects(p)[0])[0]
        R[i] = [c in pred for c in CATEGORIES]

def vec():
    w = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                        token_pattern=r"(?u)\b[\w=.]+\b|[^\w\s]", lowercase=True)
    if FEAT == "word":
        return [w]
    c = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
    return [w, c]

# raw term counts once for all cases (no labels involved); per fold, df/min_df/idf come from the
# training rows only, which is what fitting TfidfVectorizer on the training fold does
from sklearn.feature_extraction.text import CountVectorizer
_cv = [CountVectorizer(analyzer=v.analyzer, ngram_range=v.ngram_range, token_pattern=v.token_pattern,
                       lowercase=True) for v in vec()]
COUNTS = hstack([c.fit_transform(texts) for c in _cv]).tocsr().astype(np.float64)
NBLK = [len(c.vocabulary_) for c in _cv]

def tfidf(tr, te):
    Xt = COUNTS[tr]
    df = np.asarray((Xt > 0).sum(0)).ravel()
    keep = np.where(df >= 2)[0]
    idf = np.log((1 + len(tr)) / (1 + df[keep])) + 1
    out = []
    for rows_ in (tr, te):
        X = COUNTS[rows_][:, keep].tocsr()
        X.data = 1 + np.log(X.data)
        X = X.multiply(idf).tocsr()
        # l2 per vectorizer block, as separate TfidfVectorizers would
        blocks, start = [], 0
        for n in NBLK:
            sel = np.where((keep >= start) & (keep < start + n))[0]
            B = X[:, sel]
            nr = np.sqrt(np.asarray(B.multiply(B).sum(1)).ravel()); nr[nr == 0] = 1
            blocks.append(B.multiply(1 / nr[:, None]).tocsr())
            start += n
        out.append(hstack(blocks).tocsr())
    return out

from sklearn.linear_model import SGDClassifier
def clf():
    # logistic regression fitted by averaged SGD (alpha 5e-5 ~ C 12 at n=1,700): liblinear took 8 s a category here
    return SGDClassifier(loss="log_loss", alpha=5e-5, class_weight="balanced", max_iter=30, tol=None,
                         average=True, random_state=0)

def fit_predict(tr, te):
    Xtr, Xte = tfidf(tr, te)
    P = np.zeros((len(te), len(CATEGORIES)))
    models = []
    for j in range(len(CATEGORIES)):
        y = Y[tr, j]
        if y.sum() == 0:
            continue
        m = clf().fit(Xtr, y)
        P[:, j] = m.predict_proba(Xte)[:, 1]
        models.append(m)
    return P, None, models

def logit(p):
    p = np.clip(p, 1e-4, 1 - 1e-4); return np.log(p / (1 - p))

def f1(y, p):
    tp = int((y & p).sum()); fp = int((~y & p).sum() if y.dtype == bool else ((1 - y) & p).sum()); fn = int((y & (1 - p)).sum())
    return tp, fp, fn

N = len(rows)
outs = {k: np.zeros_like(Y) for k in ["rules", "clf", "or", "and", "weak-or", "stack"]}
Pout = np.zeros(Y.shape)
weak_choice = []
t0 = time.time()
for k in range(len(SETS)):
    te = np.where(groups == k)[0]; tr = np.where(groups != k)[0]
    P, vs, models = fit_predict(tr, te)
    Pout[te] = P
    C = (P >= 0.5).astype(int)
    outs["clf"][te] = C
    outs["rules"][te] = R[te]
    outs["or"][te] = C | R[te]
    outs["and"][te] = C & R[te]
    # inner OOF on training sets (3 folds grouped by set)
    Pin = np.zeros((len(tr), len(CATEGORIES)))
    for a, b in GroupKFold(n_splits=3).split(tr, groups=groups[tr]):
        Pin[b] = fit_predict(tr[a], tr[b])[0]
    Cin = (Pin >= 0.5).astype(int)
    chosen = []
    for j, c in enumerate(CATEGORIES):
        y = Y[tr, j]; r = R[tr, j]
        def F(p):
            tp = (y & p).sum(); fp = ((1 - y) & p).sum(); fn = (y & (1 - p)).sum()
            return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        use_or = F(r | Cin[:, j]) > F(r)
        if use_or: chosen.append(c)
        outs["weak-or"][te, j] = (R[te, j] | C[:, j]) if use_or else R[te, j]
        # stacking: LR on [logit p, rule, rule*logit p]
        Zin = np.c_[logit(Pin[:, j]), r, r * logit(Pin[:, j])]
        Zte = np.c_[logit(P[:, j]), R[te, j], R[te, j] * logit(P[:, j])]
        if len(set(y)) > 1:
            s = LogisticRegression(C=1.0).fit(Zin, y)
            outs["stack"][te, j] = (s.predict_proba(Zte)[:, 1] >= 0.5).astype(int)
    weak_choice.append((SETS[k], chosen))
    print(f"fold {SETS[k]} done {time.time()-t0:.0f}s; weak-or categories: {chosen}", file=sys.stderr, flush=True)

benign = Y.sum(1) == 0
res = {"feat": FEAT, "weak_choice": weak_choice, "methods": {}}
for name, O in outs.items():
    d = {"per_cat": {}, "per_set": {}}
    T = [0, 0, 0]
    for j, c in enumerate(CATEGORIES):
        y, p = Y[:, j], O[:, j]
        tp, fp, fn = int((y & p).sum()), int(((1 - y) & p).sum()), int((y & (1 - p)).sum())
        T = [T[0] + tp, T[1] + fp, T[2] + fn]
        d["per_cat"][c] = {"sup": int(y.sum()), "tp": tp, "fp": fp, "fn": fn,
                           "P": tp / (tp + fp) if tp + fp else None, "R": tp / (tp + fn) if tp + fn else None,
                           "F1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None}
    d["micro"] = {"tp": T[0], "fp": T[1], "fn": T[2], "P": T[0] / (T[0] + T[1]), "R": T[0] / (T[0] + T[2]),
                  "F1": 2 * T[0] / (2 * T[0] + T[1] + T[2])}
    for k, s in enumerate(SETS):
        m = groups == k
        y, p = Y[m], O[m]
        tp, fp, fn = int((y & p).sum()), int(((1 - y) & p).sum()), int((y & (1 - p)).sum())
        bm = benign[m]
        d["per_set"][s] = {"F1": 2 * tp / (2 * tp + fp + fn), "benign_flagged": int((p[bm].sum(1) > 0).sum()),
                           "benign": int(bm.sum())}
    d["benign_flagged_total"] = int((O[benign].sum(1) > 0).sum()); d["benign_total"] = int(benign.sum())
    res["methods"][name] = d
# final model on all 17 sets: size and scoring time
vs = vec(); X = hstack([v.fit_transform(texts) for v in vs]).tocsr()
models = [clf().fit(X, Y[:, j]) for j in range(len(CATEGORIES))]
blob = pickle.dumps((vs, models))
t = time.time()
for i in range(200):
    x = hstack([v.transform([texts[i]]) for v in vs]).tocsr()
    [m.predict_proba(x) for m in models]
res["model"] = {"features": int(X.shape[1]), "pickle_bytes": len(blob),
                "nonzero_weights": int(sum((m.coef_ != 0).sum() for m in models)),
                "ms_per_case": (time.time() - t) / 200 * 1000}
np.save(os.path.join(HERE, f"oof_proba_{FEAT}.npy"), Pout)
json.dump(res, open(os.path.join(HERE, f"results_{FEAT}.json"), "w"), indent=1)
print("wrote", f"results_{FEAT}.json", file=sys.stderr)
