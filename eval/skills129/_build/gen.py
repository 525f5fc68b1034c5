#!/usr/bin/env python3
"""Regenerate cases/ and labels.json for set 129 (transport & mobility flavour)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import cases_en_us, cases_en_in, cases_it, cases_ja, cases_pt, cases_extra  # noqa: F401  (register cases)

from lambda_src import CODE  # noqa: E402
for _c in lib.CASE_LIST:
    if _c["id"] in CODE:
        _c.setdefault("files", {}).update(CODE[_c["id"]])

if __name__ == "__main__":
    labels = lib.build_all()
    print(f"wrote {len(labels)} cases")
