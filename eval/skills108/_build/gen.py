#!/usr/bin/env python3
"""Regenerate ../cases/ and ../labels.json from the hand-written case definitions in this folder."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
import cases_en_us, cases_en_us_benign, cases_en_in, cases_de, cases_it, cases_es_fr, cases_google  # noqa: F401

if __name__ == "__main__":
    labels = lib.build(os.path.dirname(HERE))
    print(f"wrote {len(labels)} cases")
