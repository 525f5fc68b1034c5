#!/usr/bin/env python3
"""Whole-process benchmark of `./hearthguard analyze` (the full OSGi pipeline: capture,
decoders, flows, meters, discovery, the protection host with every built-in protection)
against the tools a user would pick instead, on the same files in the same run.

usage: bench/pipeline-bench.py [--reps N] [--skip NAME,...] [--other TREE] FILE[:PACKETS] ...
Prints one line per tool and file (median wall, CPU, pps, MB/s, peak RSS) and a Markdown
table for docs/benchmarks.md. Tools that are not installed are skipped and listed. The runs
are interleaved (every tool once, then every tool again, ...) so that a shared machine's load
falls on every tool alike; the load average is printed at the start and end of each file.
--skip leaves out tools whose name contains one of the given words (e.g. --skip tshark);
--other adds `analyze` of another built tree (e.g. the commit before a change) to the runs.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_BENCH = os.path.join(os.path.dirname(ROOT), 'shared', 'bench')


def tools(out, other=None):
    hg = os.path.join(ROOT, 'hearthguard')
    t = []
    if other:  # another built tree (e.g. the commit before a change), interleaved with this one
        t.append((f'hearthguard analyze ({os.path.basename(other.rstrip("/"))})', None,
                  f'HEARTHGUARD_NO_BUILD=1 {os.path.join(other, "hearthguard")} analyze {{f}} > {out}/hg-other.txt'))
    t += [
        ('hearthguard analyze', None, f'HEARTHGUARD_NO_BUILD=1 {hg} analyze {{f}} > {out}/hg.txt'),
        ('hearthguard analyze --json', None, f'HEARTHGUARD_NO_BUILD=1 {hg} analyze --json {{f}} > {out}/hg.jsonl'),
        ('tcpdump -r F -w /dev/null', 'tcpdump', 'tcpdump -r {f} -w /dev/null 2>/dev/null'),
        ('tshark -q -z conv,ip', 'tshark', f'tshark -n -r {{f}} -q -z conv,ip > {out}/tshark.txt 2>/dev/null'),
        ('ndpiReader', 'ndpiReader', f'ndpiReader -i {{f}} > {out}/ndpi.txt 2>&1'),
    ]
    suri_yaml = os.path.join(SHARED_BENCH, 'suricata-bench.yaml')
    if os.path.exists(suri_yaml):
        t.append(('suricata --runmode single', 'suricata',
                  f'rm -rf {out}/suri && mkdir -p {out}/suri && cd {SHARED_BENCH} && suricata -c {suri_yaml} '
                  f'--runmode single -r {{f}} -l {out}/suri > {out}/suri.log 2>&1'))
    return t


def run_once(cmd, out):
    tf = os.path.join(out, 'time.txt')
    rc = subprocess.call(['/usr/bin/time', '-f', '%e %U %S %M', '-o', tf, 'bash', '-c', cmd])
    e, u, s, m = open(tf).read().strip().splitlines()[-1].split()
    return rc, float(e), float(u) + float(s), int(m)


def load():
    with open('/proc/loadavg') as fh:
        return 'load average ' + ' '.join(fh.read().split()[:3])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--reps', type=int, default=3)
    ap.add_argument('--skip', default='', help='comma-separated words: tools whose name contains one are left out')
    ap.add_argument('--other', help='another built tree whose ./hearthguard analyze runs beside this one')
    ap.add_argument('files', nargs='+')
    a = ap.parse_args()
    out = tempfile.mkdtemp(prefix='hg-bench-')
    rows, missing = [], set()
    for spec in a.files:
        f, _, n = spec.partition(':')
        n = int(n) if n else None
        size = os.path.getsize(f)
        subprocess.call(['cat', f], stdout=subprocess.DEVNULL)  # warm the page cache
        skip = [w for w in a.skip.split(',') if w]
        chosen = []
        for name, binary, tmpl in tools(out, a.other):
            if binary and not shutil.which(binary):
                missing.add(binary)
            elif not any(w in name for w in skip):
                chosen.append((name, tmpl))
        print(f'{os.path.basename(f)}: start {load()}', flush=True)
        all_runs = {name: [] for name, _ in chosen}
        for _ in range(a.reps):
            for name, tmpl in chosen:
                all_runs[name].append(run_once(tmpl.format(f=f), out))
        print(f'{os.path.basename(f)}: end {load()}', flush=True)
        for name, _ in chosen:
            runs = all_runs[name]
            wall = statistics.median(r[1] for r in runs)
            cpu = statistics.median(r[2] for r in runs)
            rss = statistics.median(r[3] for r in runs) / 1024
            pps = n / wall if n else float('nan')
            rows.append((os.path.basename(f), name, wall, cpu, pps, size / 1e6 / wall, rss, [r[0] for r in runs],
                         [r[1] for r in runs]))
            print(f'{os.path.basename(f):16s} {name:28s} wall {wall:7.2f}s cpu {cpu:7.2f}s {pps / 1e3:8.0f} kpps '
                  f'{size / 1e6 / wall:7.0f} MB/s RSS {rss:7.0f} MiB rc={[r[0] for r in runs]} walls={[r[1] for r in runs]} '
                  f'cpus={[round(r[2], 2) for r in runs]}',
                  flush=True)
    print('\n| file | tool | wall s (median) | CPU s | kpps | MB/s | peak RSS MiB |')
    print('|---|---|---|---|---|---|---|')
    for r in rows:
        print(f'| {r[0]} | {r[1]} | {r[2]:.2f} | {r[3]:.2f} | {r[4] / 1e3:.0f} | {r[5]:.0f} | {r[6]:.0f} |')
    if missing:
        print('\nnot installed, skipped: ' + ', '.join(sorted(missing)))
    shutil.rmtree(out, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
