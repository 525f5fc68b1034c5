#!/usr/bin/env python3
"""Regenerate ../cases/ and ../labels.json from the hand-written case specs."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine
import cases_en_us, cases_en_in, cases_de, cases_fr, cases_pt, cases_google  # noqa: F401  (register cases)

if __name__ == "__main__":
    labels = engine.build()
    print(f"wrote {len(labels)} cases")
