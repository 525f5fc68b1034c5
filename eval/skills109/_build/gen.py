#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of eval-skills109 from the hand-written case specs."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import build_all
import cases_en, cases_google, cases_de_fr, cases_es_ja

ALL = cases_en.CASES + cases_google.CASES + cases_de_fr.CASES + cases_es_ja.CASES

if __name__ == "__main__":
    labels = build_all(ALL)
    print(f"wrote {len(labels)} cases")
