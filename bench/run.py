#!/usr/bin/env python3
"""run.py: the benchmark behind `make bench`.

    run.py IOMPUBS REF GEN MEASURE [SIZE ...]

For each size (records; default 1000 10000 100000 1000000) a synthetic
catalogue is generated once (bench/out/N.yaml, by gen.c), then the
reference parse (ref.c: libyaml's events and nothing else) and iompubs
commands on the same file are run in turn, round after round, so that
noise falls on all of them alike.  Prints, per size and command, the
median wall time, its ratio to the reference's median from the same
rounds, the time per record and the peak resident memory (and its ratio
to the file's size).  Then the same for the shipped catalogue built
into iompubs against the reference parse of data/catalog.yaml, process
start-up included on both sides.

At 100000 records the same catalogue without ids (bench/out/N-noids.yaml,
gen -n: iompubs derives them) is listed too, against the reference
parse of that file, so that deriving ids is measured at scale.
"""
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'out')
ROUNDS = {1000: 21, 10000: 11, 100000: 7, 1000000: 3}
NOIDS_SIZE = 100000	# where the catalogue without ids is measured too


MEASURE = None


def run(argv):
    """Run argv with output to /dev/null: (seconds, peak RSS in bytes)."""
    r = subprocess.run([MEASURE] + argv, stderr=subprocess.PIPE, check=True)
    seconds, rss_kb, status = r.stderr.decode().split()
    if status not in ('0', '1'):
        raise SystemExit('failed (%s): %s' % (status, ' '.join(argv)))
    return float(seconds), int(rss_kb) * 1024


def measure(commands, rounds):
    times = {name: [] for name, _ in commands}
    rss = {name: 0 for name, _ in commands}
    for _ in range(rounds):
        for name, argv in commands:
            t, m = run(argv)
            times[name].append(t)
            rss[name] = max(rss[name], m)
    return {n: statistics.median(v) for n, v in times.items()}, rss


def catalogue(gen, n, ids=True):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, '%d%s.yaml' % (n, '' if ids else '-noids'))
    if not os.path.exists(path):
        with open(path + '.tmp', 'wb') as f:
            pid = os.fork()
            if pid == 0:
                os.dup2(f.fileno(), 1)
                os.execv(gen, [gen] + ([] if ids else ['-n']) + [str(n)])
            os.waitpid(pid, 0)
        os.rename(path + '.tmp', path)
    return path


def report(title, n, size, med, rss, ref='ref'):
    print('\n%s' % title)
    print('  %-26s %10s %7s %10s %9s %7s' % ('command', 'median', 'ratio',
          'per record', 'peak RSS', 'RSS/file'))
    for name in med:
        per = med[name] / n * 1e6 if n else 0
        print('  %-26s %9.3fs %6.2fx %8.2fus %7.1fMB %6.2fx' % (
            name, med[name], med[name] / med[ref], per, rss[name] / 1e6,
            rss[name] / size if size else 0))


def main():
    global MEASURE
    iompubs, ref, gen, MEASURE = (os.path.abspath(a) for a in sys.argv[1:5])
    sizes = [int(a) for a in sys.argv[5:]] or sorted(ROUNDS)
    print('iompubs benchmark, %s, %s' % (time.strftime('%Y-%m-%d %H:%M'),
          os.uname().machine))
    per_record = {}
    for n in sizes:
        path = catalogue(gen, n)
        size = os.path.getsize(path)
        cat = ['--catalog', path]
        commands = [
            ('ref', [ref, path]),
            ('list --format plain', [iompubs] + cat + ['list', '--format',
             'plain']),
            ('list --year 2015', [iompubs] + cat + ['list', '--year',
             '2015', '--format', 'plain']),
            ('show pub-%d' % (n // 2), [iompubs] + cat + ['show',
             'pub-%d' % (n // 2)]),
            ('search fishers caribbean', [iompubs] + cat + ['search',
             'fishers', 'caribbean', '--format', 'plain', '-n', '10']),
            # A word no record has: corrected, which reads the records
            # again for their words.
            ('search trafiking (typo)', [iompubs] + cat + ['search',
             'trafiking', '--format', 'plain', '-n', '10']),
        ]
        med, rss = measure(commands, ROUNDS.get(n, 3))
        report('%d records, %.1f MB, %d rounds' % (n, size / 1e6,
               ROUNDS.get(n, 3)), n, size, med, rss)
        per_record[n] = {k: v / n for k, v in med.items()}
        if n == NOIDS_SIZE:
            path = catalogue(gen, n, ids=False)
            commands = [
                ('ref', [ref, path]),
                ('list --format plain', [iompubs, '--catalog', path,
                 'list', '--format', 'plain']),
            ]
            med, rss = measure(commands, ROUNDS.get(n, 3))
            report('%d records without ids (derived), %.1f MB, %d rounds' % (
                   n, os.path.getsize(path) / 1e6, ROUNDS.get(n, 3)), n,
                   os.path.getsize(path), med, rss)
    if 10000 in per_record and 1000000 in per_record:
        print('\nlinear growth: time per record at 1M / at 10k')
        for name in per_record[10000]:
            if name.startswith('show'):
                continue
            print('  %-26s %6.2fx' % (name, per_record[1000000][name] /
                  per_record[10000][name]))
    shipped = os.path.join(HERE, '..', 'data', 'catalog.yaml')
    commands = [
        ('ref', [ref, shipped]),
        ('list', [iompubs, 'list']),
        ('list --format json', [iompubs, 'list', '--format', 'json']),
        ('show caring', [iompubs, 'show', 'caring']),
        ('search caribbean', [iompubs, 'search', 'caribbean']),
        ('search fishers caribbean', [iompubs, 'search', 'fishers',
         'caribbean']),
        ('search West Africa', [iompubs, 'search', 'West', 'Africa']),
        ('search trafiking (typo)', [iompubs, 'search', 'trafiking']),
        ('search traite des enfants', [iompubs, 'search', 'traite', 'des',
         'enfants']),
        ('search (Spanish, 7 words)', [iompubs, 'search', 'atención',
         'de', 'salud', 'a', 'víctimas', 'de', 'trata']),
        ('search --exact forced lab.', [iompubs, 'search', '--exact',
         'forced', 'labour']),
        ('stats --by language', [iompubs, 'stats', '--by', 'language']),
        ('check', [iompubs, 'check']),
    ]
    med, rss = measure(commands, 51)
    report('shipped catalogue (built in), 51 rounds, start-up included', 39,
           os.path.getsize(shipped), med, rss)


if __name__ == '__main__':
    main()
