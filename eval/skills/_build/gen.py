import os, shutil, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
if os.path.exists(lib.CASES_DIR):
    shutil.rmtree(lib.CASES_DIR)
os.makedirs(lib.CASES_DIR)
import cases_en_mal, cases_en_ben, cases_de_es, cases_fr_it, cases_ja, cases_google
for m in (cases_en_mal, cases_en_ben, cases_de_es, cases_fr_it, cases_ja, cases_google):
    m.build()
cases_en_mal.build_extra()
from why_en import WHY_EN
for k, v in WHY_EN.items():
    lib.LABELS[k]['why'] = v
with open(os.path.join(lib.ROOT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(dict(sorted(lib.LABELS.items())), f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(lib.LABELS), 'cases')
