#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case modules."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit
if os.path.exists(kit.CASES):
    shutil.rmtree(kit.CASES)
os.makedirs(kit.CASES)
import cases_en_attack, cases_en_benign, cases_de_es, cases_fr_it, cases_ja_pt, cases_google, cases_extra
for m in (cases_en_attack, cases_en_benign, cases_de_es, cases_fr_it, cases_ja_pt, cases_google, cases_extra):
    m.build()
with open(os.path.join(kit.ROOT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(dict(sorted(kit.LABELS.items())), f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(kit.LABELS), 'cases written')
