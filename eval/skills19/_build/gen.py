import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en  # noqa
for m in ("cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt"):
    try:
        __import__(m)
    except ModuleNotFoundError:
        pass
labels = lib.build_all()
print(len(labels), "cases")
