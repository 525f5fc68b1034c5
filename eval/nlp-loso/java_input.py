#!/usr/bin/env python3
"""cases.jsonl -> java/cases.tsv: set, case, categories (comma), lower-cased tokens (same token regex as loso.py)"""
import json, re
tok = re.compile(r"(?u)\b[\w=.]+\b|[^\w\s]")
with open("java/cases.tsv", "w", encoding="utf-8", errors="replace") as f:
    for l in open("cases.jsonl"):
        r = json.loads(l)
        toks = tok.findall(r["text"].lower())
        f.write(f'{r["set"]}\t{r["case"]}\t{",".join(r["cats"]) or "-"}\t{" ".join(toks)}\n')
