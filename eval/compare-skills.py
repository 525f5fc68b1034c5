"""Compares two eval/run-all-skills.sh outputs case by case: labels fixed and lost, false findings cleared and added.
   python3 eval/compare-skills.py OLD_DIR NEW_DIR"""
import json
import os
import sys


def load(d):
    out = {}
    for name in sorted(os.listdir(d)):
        p = os.path.join(d, name, 'score.json')
        if os.path.isfile(p):
            try:
                out[name] = json.loads(open(p, encoding='utf-8').read())
            except ValueError:
                pass
    return out


def main(old_dir, new_dir):
    old, new = load(old_dir), load(new_dir)
    counts = {'fixed': 0, 'lost': 0, 'fp cleared': 0, 'fp added': 0}
    for name in sorted(set(old) & set(new)):
        a, b = old[name], new[name]
        am, bm = set(map(tuple, a['misses'])), set(map(tuple, b['misses']))
        af, bf = set(map(tuple, a['false_positives'])), set(map(tuple, b['false_positives']))
        for kind, items in (('fixed', am - bm), ('lost', bm - am), ('fp cleared', af - bf), ('fp added', bf - af)):
            for case, cat in sorted(items):
                print(f'{name} {kind}: {case} {cat}')
                counts[kind] += 1
    print(', '.join(f'{k} {v}' for k, v in counts.items()))
    return 1 if counts['lost'] or counts['fp added'] else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
