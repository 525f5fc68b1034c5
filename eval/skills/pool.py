"""Pools the score.json files of eval/run-all-skills.sh: per set F1 and benign flagged, then micro and per category."""
import collections
import json
import os
import sys


def prf(c):
    p = c['tp'] / max(1, c['tp'] + c['fp'])
    r = c['tp'] / max(1, c['tp'] + c['fn'])
    return p, r, 2 * p * r / max(1e-9, p + r)


def main(out, sets):
    total = collections.Counter()
    per = collections.defaultdict(collections.Counter)
    flagged = benign = 0
    for s in sets:
        name = os.path.basename(s.rstrip('/'))
        path = os.path.join(out, name, 'score.json')
        try:
            d = json.loads(open(path, encoding='utf-8').read())
        except (OSError, ValueError):
            print(f'{name}: no score (see {out}/{name}.log)')
            continue
        m = d['micro']
        for k in ('tp', 'fp', 'fn'):
            total[k] += m[k]
        for cat, v in d['per_category'].items():
            for k in ('tp', 'fp', 'fn'):
                per[cat][k] += v[k]
        flagged += d['benign_flagged']
        benign += d['benign_total']
        print(f"{name}: F1 {prf(m)[2]:.3f}, benign {d['benign_flagged']}/{d['benign_total']}")
    p, r, f1 = prf(total)
    print(f"all: tp {total['tp']} fp {total['fp']} fn {total['fn']}: P {p:.3f} R {r:.3f} F1 {f1:.3f}; benign {flagged}/{benign}")
    for cat, v in per.items():
        p, r, _ = prf(v)
        print(f"  {cat:22s} P {p:.3f} R {r:.3f} (support {v['tp'] + v['fn']})")


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
