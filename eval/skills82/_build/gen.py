#!/usr/bin/env python3
"""Regenerates cases/ and labels.json of eval set 82 from the hand-written case files."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine
import cases_en_attack, cases_en_benign, cases_de_es, cases_fr_it, cases_ja_pt, cases_google, cases_extra  # noqa: F401  (register cases)

if __name__ == "__main__":
    ids = [c["id"] for c in engine.CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    labels = engine.build(sorted(engine.CASES, key=lambda c: c["id"]))
    print(f"wrote {len(labels)} cases")
