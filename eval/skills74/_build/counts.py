#!/usr/bin/env python3
"""Print the count tables used in README.md from labels.json."""
import collections, json, os
L = json.load(open(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "labels.json"), encoding="utf-8"))
CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request", "catch-all-capture", "squatting", "excessive-permissions", "drift"]
ben = sum(not v["categories"] for v in L.values())
print(f"{len(L)} cases: {len(L) - ben} labelled, {ben} benign.\n")
print("| category | positive cases |\n|---|---|")
for c in CATS:
    print(f"| {c} | {sum(c in v['categories'] for v in L.values())} |")
print("\n| locale | total | labelled | benign |\n|---|---|---|---|")
loc = collections.defaultdict(lambda: [0, 0])
for v in L.values():
    loc[v["locale"]][0 if v["categories"] else 1] += 1
for k in sorted(loc):
    print(f"| {k} | {sum(loc[k])} | {loc[k][0]} | {loc[k][1]} |")
print("\n| shape | cases |\n|---|---|")
for s, n in collections.Counter(s for v in L.values() for s in v["shapes"]).most_common():
    print(f"| {s} | {n} |")
g = [k for k in L if k.startswith("12") or k.startswith("13")]
print(f"\nGoogle projects: {len(g)}; non-English cases: {sum(not v['locale'].startswith('en') for v in L.values())}")
