import os, shutil, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
if os.path.exists(lib.CASES_DIR):
    shutil.rmtree(lib.CASES_DIR)
os.makedirs(lib.CASES_DIR)
import c_en_attack, c_en_benign, c_intl, c_google
for m in (c_en_attack, c_en_benign, c_intl, c_google):
    m.build()
with open(os.path.join(lib.ROOT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(lib.LABELS), 'cases')
