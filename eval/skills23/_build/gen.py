#!/usr/bin/env python3
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import build, ROOT
from cases_en import EN
from cases_intl import INTL
labels = build(EN + INTL)
json.dump(labels, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(labels), "cases")
