#!/usr/bin/env python3
"""Regenerate cases/ and labels.json from the hand-written case files."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine
import cases_en_bad, cases_en_ok, cases_eu, cases_jp_br, cases_google  # noqa
labels = engine.build()
print(len(labels), "cases written")
