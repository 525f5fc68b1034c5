#!/usr/bin/env python3
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import h, engine
for m in ("c_en_bad", "c_en_drift", "c_en_good", "c_google", "c_de_es", "c_fr_it", "c_ja_pt"):
    __import__(m)
ids = [c["id"] for c in h.CASES]
assert len(ids) == len(set(ids)), "duplicate ids"
lab = engine.render(h.CASES)
print(len(lab), "cases")
