#!/usr/bin/env python3
"""Regenerate cases/ and labels.json of eval-skills117 from the hand-written case files."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en, cases_google, cases_de, cases_es, cases_it, cases_nl_fr  # noqa: F401  (register cases)

if __name__ == "__main__":
    labels = lib.build_all()
    print(f"wrote {len(labels)} cases")
