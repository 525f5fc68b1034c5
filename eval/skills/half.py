#!/usr/bin/env python3
"""Writes one half of an evaluation set: the cases whose number (the first three digits of
the case folder) is odd or even, with their own labels.json. The halves used in
docs/skills.md were made this way: a round reads the odd half, the even half is held out.

    python3 eval/skills/half.py eval/skills15 even target/set15-even
    HEARTHGUARD_NO_BUILD=1 eval/run-skills.sh target/es15even $PWD/target/set15-even
"""
import json
import os
import shutil
import sys


def main(src, which, dst):
    if which not in ('odd', 'even'):
        sys.exit('which: odd or even')
    parity = 1 if which == 'odd' else 0
    with open(os.path.join(src, 'labels.json'), encoding='utf-8') as f:
        labels = json.load(f)
    if os.path.exists(dst):
        sys.exit(dst + ' exists; remove it first')
    os.makedirs(os.path.join(dst, 'cases'))
    out = {}
    for name, label in labels.items():
        if int(name[:3]) % 2 == parity:
            shutil.copytree(os.path.join(src, 'cases', name), os.path.join(dst, 'cases', name))
            out[name] = label
    with open(os.path.join(dst, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    print(f'{dst}: {len(out)} cases, {sum(1 for v in out.values() if not v["categories"])} benign')


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
