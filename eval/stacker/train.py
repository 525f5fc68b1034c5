#!/usr/bin/env python3
"""Trains the text model the skills analyser stacks on its rules (bundles/io.hearthguard.skills, TextModel.java), and
measures it on sets it was not trained on.

usage: train.py FEATURES.jsonl --rules DIR [--rules DIR ...] --train SETS [--test SETS] [--out MODEL.bin.gz]
                [--check CHECK.json]
  FEATURES.jsonl  `eval/stacker/features.sh` output: one line per case with its set, case, bits, words and chars
                  ([bucket, count] pairs, computed by the analyser itself, so training and use share one feature code)
  --rules DIR     the rules' JSON lines per case, DIR/<set>/<case>.jsonl (eval/run-all-skills.sh OUT writes them,
                  with HEARTHGUARD_SCAN_ARGS=--no-model); later DIRs win for a set both hold (so a held-out run of the
                  test sets can be named after the in-sample run of everything)
  --train SETS    sets to train on, e.g. 1-52 or 1-61 (numbers: 1 is eval/skills, N is eval/skillsN)
  --test SETS     sets to judge on (never trained on); prints rules vs stacked figures
  --out FILE      writes the model (format HGTM1, see TextModel.java) trained on --train
  --check FILE    writes the model's probabilities for the first cases of each test (or train) set, for the Java
                  parity test
Fixed choices (those of eval/nlp-loso, round 17, measured on one split in round 31): sublinear TF-IDF (idf from the
training rows, buckets seen in fewer than 2 of them dropped), each kind (words, characters) scaled to unit length; one
logistic regression per category (averaged SGD, alpha 5e-5, balanced classes, 30 epochs); the stacker, a logistic
regression on [logit p, rule, rule x logit p], is fitted on 3-fold out-of-fold probabilities grouped by set. Squatting
and drift are left to the rules. Weights are stored as 16-bit integers with one scale per category; the figures printed
are those of the stored (quantised) weights.
"""
import argparse, gzip, json, os, struct, sys
import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.model_selection import GroupKFold

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "skills"))
from score import load_objects, predictions, CATEGORIES  # noqa: E402

RULES_ONLY = {"squatting", "drift"}


def setno(s):
    s = os.path.basename(s.rstrip("/")).replace("eval-", "")
    return 1 if s == "skills" else int(s[len("skills"):])


def sets(spec):
    out = set()
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out.update(range(int(a), int(b or a) + 1))
    return out


def labels_of(name):
    n = setno(name)
    # eval/<name>; $EVAL_EXTRA/<name> (retrain.sh's copy of the language cases); /work/eval-skillsN (sets being written)
    for d in (os.path.join(HERE, "..", name), os.path.join(os.environ.get("EVAL_EXTRA", HERE), name), f"/work/eval-skills{n}"):
        p = os.path.join(d, "labels.json")
        if os.path.exists(p):
            return json.load(open(p, encoding="utf-8"))
    raise SystemExit(f"train.py: no labels for {name}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features", nargs="+")
    ap.add_argument("--rules", action="append", required=True)
    ap.add_argument("--train", required=True)
    ap.add_argument("--test", action="append", default=[])
    ap.add_argument("--add-floor", type=float, default=0.0, help="the model adds a category only at this probability or above")
    ap.add_argument("--sweep", default="", help="comma-separated add floors to compare on the test sets")
    ap.add_argument("--out")
    ap.add_argument("--check")
    ap.add_argument("--trained-on", help="what the model says it was trained on (default: the sets' numbers)")
    a = ap.parse_args()
    rows = [json.loads(l) for f in a.features for l in open(f, encoding="utf-8")]
    bits = rows[0]["bits"]
    size = 1 << bits
    labels = {}
    for r in rows:
        if r["set"] not in labels:
            labels[r["set"]] = labels_of(r["set"])
    rows = [r for r in rows if r["case"] in labels[r["set"]]]
    nos = np.array([setno(r["set"]) for r in rows])
    Y = np.array([[c in labels[r["set"]][r["case"]].get("categories", []) for c in CATEGORIES] for r in rows], dtype=int)
    R = np.zeros_like(Y)
    for i, r in enumerate(rows):
        for d in a.rules:
            p = os.path.join(d, r["set"], r["case"] + ".jsonl")
            if not os.path.exists(p):  # a set given by its absolute path /work/eval-skillsN
                p = os.path.join(d, "eval-" + r["set"], r["case"] + ".jsonl")
            if os.path.exists(p):
                pred = predictions(load_objects(p)[0])[0]
                R[i] = [c in pred for c in CATEGORIES]
    ind, ptr, dat = [], [0], []
    for r in rows:
        for b, c in r["words"]:
            ind.append(b); dat.append(1 + np.log(c))
        for b, c in r["chars"]:
            ind.append(size + b); dat.append(1 + np.log(c))
        ptr.append(len(ind))
    T = csr_matrix((np.array(dat), np.array(ind), np.array(ptr)), shape=(len(rows), 2 * size))

    train = np.where(np.isin(nos, list(sets(a.train))))[0]

    def idf_of(tr):
        df = np.bincount(T[tr].indices, minlength=2 * size)
        n = len(tr)
        idf = np.log((1 + n) / (1 + df)) + 1
        idf[df < 2] = 0
        return idf.astype(np.float32)

    def X(rs, idf):
        M = T[rs].multiply(idf.reshape(1, -1)).tocsr()
        out = []
        for lo, hi in ((0, size), (size, 2 * size)):
            B = M[:, lo:hi]
            norms = np.sqrt(np.asarray(B.multiply(B).sum(1)).ravel())
            norms[norms == 0] = 1
            out.append(csr_matrix(B.multiply(1 / norms.reshape(-1, 1))))
        from scipy.sparse import hstack
        return hstack(out).tocsr()

    def fit(tr):
        idf = idf_of(tr)
        Xtr = X(tr, idf)
        W = np.zeros((len(CATEGORIES), 2 * size), dtype=np.float64)
        b = np.zeros(len(CATEGORIES))
        for j in range(len(CATEGORIES)):
            if Y[tr, j].sum():
                m = SGDClassifier(loss="log_loss", alpha=5e-5, class_weight="balanced", max_iter=30, tol=None, average=True,
                                  random_state=0).fit(Xtr, Y[tr, j])
                W[j], b[j] = m.coef_[0], m.intercept_[0]
            else:
                b[j] = -10
        scale = np.maximum(np.abs(W).max(1), 1e-12) / 32767
        Q = np.round(W / scale.reshape(-1, 1)).astype(np.int16)
        return idf, Q, scale.astype(np.float32), b.astype(np.float32)

    def prob(model, rs):
        idf, Q, scale, b = model
        Xr = X(rs, idf)
        W = (Q.astype(np.float32) * scale.reshape(-1, 1)).astype(np.float32)
        z = np.asarray(Xr @ W.T) + b
        return 1 / (1 + np.exp(-z))

    def logit(p):
        p = np.clip(p, 1e-4, 1 - 1e-4)
        return np.log(p / (1 - p))

    model = fit(train)
    groups = nos[train]
    k = min(3, len(set(groups)))
    Pin = np.zeros((len(train), len(CATEGORIES)))
    for x, y in GroupKFold(n_splits=k).split(train, groups=groups):
        Pin[y] = prob(fit(train[x]), train[y])
    stack = np.zeros((len(CATEGORIES), 4), dtype=np.float32)
    for j, c in enumerate(CATEGORIES):
        yy, rr = Y[train, j], R[train, j]
        if c in RULES_ONLY or len(set(yy)) < 2:
            stack[j] = [-0.5, 0, 1, 0]  # the rules' decision
            continue
        L = logit(Pin[:, j])
        s = LogisticRegression(C=1.0).fit(np.c_[L, rr, rr * L], yy)
        stack[j] = [s.intercept_[0], *s.coef_[0]]

    def decide(P, Rr, floor):
        L = logit(P)
        z = stack[:, 0] + stack[:, 1] * L + stack[:, 2] * Rr + stack[:, 3] * Rr * L
        return ((z >= 0) & ((Rr == 1) | (P >= floor))).astype(int)

    print(f"trained on {len(train)} cases of sets {a.train}; bits {bits}")
    for j, c in enumerate(CATEGORIES):
        print(f"  stack {c:22s} c0 {stack[j,0]:+.2f} logit {stack[j,1]:+.2f} rule {stack[j,2]:+.2f} rule*logit {stack[j,3]:+.2f}")
    for spec in a.test:
        test = np.where(np.isin(nos, list(sets(spec))))[0]
        if not len(test):
            print(f"no cases of sets {spec}")
            continue
        P = prob(model, test)
        Yt, Rt = Y[test], R[test]
        ben = Yt.sum(1) == 0
        floors = [a.add_floor] + [float(x) for x in a.sweep.split(",") if x]
        for floor in floors:
            S = decide(P, Rt, floor)
            for name, O in (("rules", Rt), (f"stacked (add floor {floor:.2f})", S)):
                if name == "rules" and floor != floors[0]:
                    continue
                tp = int((Yt & O).sum()); fp = int(((1 - Yt) & O).sum()); fn = int((Yt & (1 - O)).sum())
                rec = {c: round(int((Yt[:, j] & O[:, j]).sum()) / max(int(Yt[:, j].sum()), 1), 3) for j, c in enumerate(CATEGORIES)}
                print(f"{name:28s} on {spec}: tp {tp} fp {fp} fn {fn}: P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} "
                      f"F1 {2 * tp / max(2 * tp + fp + fn, 1):.3f}; benign {int((O[ben].sum(1) > 0).sum())}/{int(ben.sum())}")
                print("   recall " + " ".join(f"{c} {v:.2f}" for c, v in rec.items()))
        S = decide(P, Rt, a.add_floor)
        for j, c in enumerate(CATEGORIES):
            add = (S[:, j] == 1) & (Rt[:, j] == 0); rem = (S[:, j] == 0) & (Rt[:, j] == 1)
            if add.any() or rem.any():
                print(f"   {c}: added {int(add.sum())} ({int((add & (Yt[:, j] == 1)).sum())} right), "
                      f"lowered {int(rem.sum())} ({int((rem & (Yt[:, j] == 0)).sum())} right)")
        for i, t in enumerate(test):
            for j, c in enumerate(CATEGORIES):
                if S[i, j] != Rt[i, j]:
                    print(f"   {'+' if S[i, j] else '-'} {rows[t]['set']}/{rows[t]['case']} {c} p={P[i, j]:.2f} label={Yt[i, j]}")
    if a.out:
        idf, Q, scale, b = model
        trained_on = f"{len(train)} labelled skill cases ({a.trained_on or 'Hearthguard evaluation sets ' + a.train})"
        with gzip.GzipFile(a.out, "wb", mtime=0) as f:
            f.write(struct.pack(">iiii", 0x4847544D, 1, bits, len(CATEGORIES)))
            for c in CATEGORIES:
                e = c.encode("utf-8"); f.write(struct.pack(">H", len(e)) + e)
            e = trained_on.encode("utf-8"); f.write(struct.pack(">H", len(e)) + e)
            f.write(idf.astype(">f4").tobytes())
            for j in range(len(CATEGORIES)):
                f.write(struct.pack(">ff", b[j], scale[j]))
                f.write(Q[j].astype(">i2").tobytes())
            f.write(stack.astype(">f4").tobytes())
            f.write(struct.pack(">f", a.add_floor))
        print(f"wrote {a.out} ({os.path.getsize(a.out)} bytes)")
    if a.check:
        pick = []
        for s in sorted(set(nos[train])):  # cases of this repository only (the Java test reads them)
            idx = [i for i in train if nos[i] == s and os.path.isdir(os.path.join(HERE, "..", rows[i]["set"]))][:3]
            pick += idx
        P = prob(model, np.array(pick))
        json.dump([{"set": rows[i]["set"], "case": rows[i]["case"], "p": [round(float(x), 5) for x in P[n]]}
                   for n, i in enumerate(pick)], open(a.check, "w"), indent=1)
        print(f"wrote {a.check} ({len(pick)} cases)")


main()
