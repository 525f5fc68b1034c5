import importlib
MODULES = ["cases_en_attack", "cases_en_benign", "cases_de", "cases_es", "cases_fr", "cases_it", "cases_ja", "cases_pt", "cases_google"]
def all_cases():
    for m in MODULES:
        yield from importlib.import_module(m).CASES
