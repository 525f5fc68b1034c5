#!/usr/bin/env python3
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render
for m in ["cases_en", "cases_intl", "cases_google"]:
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
        __import__(m)
render.finish()
print(len(render.LABELS), "cases")
