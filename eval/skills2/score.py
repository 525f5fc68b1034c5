#!/usr/bin/env python3
"""Score a voice-app security analyser against labels.json.

usage: python3 score.py LABELS.json RESULTS_DIR [--quiet]

RESULTS_DIR holds one file per case, named <case-id>.jsonl: the analyser's JSON-lines
output, one object per skill found in the case:
  {"id", "path", "platform", "invocationNames", "locales",
   "findings": [{"id", "category", "severity", "summary", ...}]}
Unknown fields are ignored; several skill objects per file are unioned.
A category counts as predicted for a case when any finding of that category has
severity medium, high or critical.  A missing results file means "nothing predicted"
(and is reported).
"""
import json
import os
import sys

CATEGORIES = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing",
              "pii-request", "catch-all-capture", "squatting", "excessive-permissions", "drift"]
COUNTING = {"medium", "high", "critical"}
SEVERITIES = {"info", "low", "medium", "high", "critical"}


def norm_cat(c):
    return str(c or "").strip().lower().replace("_", "-").replace(" ", "-")


def load_objects(path):
    """Return (objects, n_bad_lines). Lenient: also accepts a whole-file JSON object/array."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    objs, bad = [], 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            o = json.loads(line)
        except ValueError:
            bad += 1
            continue
        objs.extend(o if isinstance(o, list) else [o])
    if bad and not objs:  # maybe pretty-printed JSON
        try:
            o = json.loads(text)
            objs, bad = (o if isinstance(o, list) else [o]), 0
        except ValueError:
            pass
    return [o for o in objs if isinstance(o, dict)], bad


def predictions(objs):
    pred, evidence, unknown, bad_sev = set(), {}, set(), 0
    for o in objs:
        for f in o.get("findings") or []:
            if not isinstance(f, dict):
                continue
            cat = norm_cat(f.get("category"))
            sev = str(f.get("severity") or "").strip().lower()
            if sev not in SEVERITIES:
                bad_sev += 1
            if cat not in CATEGORIES:
                unknown.add(cat)
                continue
            if sev in COUNTING:
                pred.add(cat)
                evidence.setdefault(cat, []).append(f"[{sev}] {str(f.get('summary') or f.get('id') or '')[:140]}")
    return pred, evidence, unknown, bad_sev


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if tp + fp + fn else None)
    return p, r, f


def fmt(x):
    return "  -  " if x is None else f"{x:.3f}"


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    quiet = "--quiet" in argv
    if len(args) != 2:
        print(__doc__)
        return 2
    labels = json.load(open(args[0], encoding="utf-8"))
    rdir = args[1]

    stats = {c: {"tp": 0, "fp": 0, "fn": 0, "support": 0} for c in CATEGORIES}
    misses, false_pos, missing_files, parse_problems, unknown_cats = [], [], [], [], set()
    benign_total = benign_flagged = 0
    mal_total = mal_any = 0
    per_case = {}

    for cid in sorted(labels):
        gold = {norm_cat(c) for c in labels[cid].get("categories", [])}
        path = os.path.join(rdir, cid + ".jsonl")
        if os.path.exists(path):
            objs, bad = load_objects(path)
            if bad:
                parse_problems.append((cid, bad))
        else:
            objs = []
            missing_files.append(cid)
        pred, evidence, unknown, bad_sev = predictions(objs)
        unknown_cats |= unknown
        if bad_sev:
            parse_problems.append((cid, f"{bad_sev} finding(s) with unknown severity"))
        per_case[cid] = {"gold": sorted(gold), "pred": sorted(pred)}
        if gold:
            mal_total += 1
            mal_any += bool(pred)
        else:
            benign_total += 1
            benign_flagged += bool(pred)
        for c in CATEGORIES:
            g, p = c in gold, c in pred
            stats[c]["support"] += g
            if g and p:
                stats[c]["tp"] += 1
            elif p:
                stats[c]["fp"] += 1
                false_pos.append((cid, c, evidence.get(c, [])))
            elif g:
                stats[c]["fn"] += 1
                misses.append((cid, c))

    TP = sum(s["tp"] for s in stats.values())
    FP = sum(s["fp"] for s in stats.values())
    FN = sum(s["fn"] for s in stats.values())
    P, R, F = prf(TP, FP, FN)

    print(f"cases: {len(labels)}  (with gold categories: {mal_total}, benign: {benign_total})")
    print(f"results dir: {rdir}  missing result files: {len(missing_files)}")
    print()
    print(f"{'category':24s} {'support':>7s} {'tp':>4s} {'fp':>4s} {'fn':>4s} {'prec':>6s} {'recall':>6s} {'f1':>6s}")
    print("-" * 66)
    per_cat = {}
    for c in CATEGORIES:
        s = stats[c]
        p, r, f = prf(s["tp"], s["fp"], s["fn"])
        per_cat[c] = {"support": s["support"], "tp": s["tp"], "fp": s["fp"], "fn": s["fn"],
                      "precision": p, "recall": r, "f1": f}
        print(f"{c:24s} {s['support']:7d} {s['tp']:4d} {s['fp']:4d} {s['fn']:4d} {fmt(p):>6s} {fmt(r):>6s} {fmt(f):>6s}")
    print("-" * 66)
    print(f"{'MICRO':24s} {TP+FN:7d} {TP:4d} {FP:4d} {FN:4d} {fmt(P):>6s} {fmt(R):>6s} {fmt(F):>6s}")
    bshare = benign_flagged / benign_total if benign_total else None
    mshare = mal_any / mal_total if mal_total else None
    print()
    print(f"benign cases flagged with any category: {benign_flagged}/{benign_total} = {fmt(bshare)}")
    print(f"labelled cases flagged with any category: {mal_any}/{mal_total} = {fmt(mshare)}")

    if not quiet:
        print()
        print(f"MISSES (false negatives): {len(misses)}")
        for cid, c in misses:
            pred = ", ".join(per_case[cid]["pred"]) or "-"
            print(f"  {cid:34s} {c:22s} predicted: {pred}")
            print(f"      why: {labels[cid].get('why', '')}")
        print()
        print(f"FALSE POSITIVES: {len(false_pos)}")
        for cid, c, ev in false_pos:
            gold = ", ".join(per_case[cid]["gold"]) or "benign"
            print(f"  {cid:34s} {c:22s} gold: {gold}")
            for e in ev[:3]:
                print(f"      {e}")
        if missing_files:
            print()
            print("missing result files: " + ", ".join(missing_files))
        if parse_problems:
            print()
            print("parse problems: " + "; ".join(f"{c}: {n}" for c, n in parse_problems))
        if unknown_cats:
            print()
            print("ignored unknown categories: " + ", ".join(sorted(unknown_cats)))

    summary = {"cases": len(labels), "micro": {"precision": P, "recall": R, "f1": F, "tp": TP, "fp": FP, "fn": FN},
               "per_category": per_cat,
               "benign_flagged_share": bshare, "benign_flagged": benign_flagged, "benign_total": benign_total,
               "labelled_flagged_share": mshare,
               "misses": [[c, k] for c, k in misses], "false_positives": [[c, k] for c, k, _ in false_pos],
               "missing_result_files": missing_files}
    print()
    print(json.dumps(summary, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
