#!/usr/bin/env python3
"""run.py: every allocation of a real run fails in turn.

    run.py FAILMALLOC-BINARY [COMMAND ...]

For each command (by default a set covering loading, filtering, sorting,
searching and every format), count the allocations of a normal run, then
run it again failing the Nth allocation, for every N, once and from N on
(tests/oom/failmalloc.c).  Each run must end either as the normal run
did (some failures are recovered from, such as qsort's), or with exit
status 2, exactly "iompubs: out of memory" on standard error and nothing
on standard output; never a crash, a hang or half a result.
"""
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGS = os.path.join(HERE, '..', 'e2e', 'catalogs')
SMALL = os.path.join(CATALOGS, 'small.yaml')
FAULTS = os.path.join(CATALOGS, 'check-faults.yaml')
WARNINGS = os.path.join(CATALOGS, 'check-warnings.yaml')
FULL = os.path.join(CATALOGS, 'full.yaml')
COMMANDS = [
    'list',
    'list --format json --year 2010.. --sort -year,title',
    'list --format full -e "title : etat or language = es"',
    'list --grep fisher --has isbn --format table',
    'show caring',
    'show nosuchthing',
    'search caribbean health',
    '--catalog %s list --format yaml' % SMALL,
    # Small catalogues, so that most failures land past the loading.
    '--catalog %s stats --by language' % SMALL,
    '--catalog %s stats --by availability' % SMALL,
    # Regular expressions with groups, alternatives and brackets: PCRE2
    # compiles them (glibc's regcomp() double-freed when an allocation
    # failed there, CVE-2025-8058).
    '--catalog %s --color=always list --format full -e '
    '"title ~ rapport or title : port or not has isbn or language = en"'
    % SMALL,
    '--catalog %s --color=always search --format table rapport' % SMALL,
    '--catalog %s list --grep port' % SMALL,
    '--catalog %s --color=always list --format full --grep '
    '"(rap|fish)[[:alpha:]]+|\\<port"' % SMALL,
    '--catalog %s search --format table --sort year rapport' % SMALL,
    '--catalog %s search no such words' % SMALL,
    # An empty result already written ("[]") when the note fails.
    '--catalog %s search --format json no such words' % SMALL,
    '--catalog %s list --format html' % SMALL,
    # The references' language is looked up, and that may fail too.
    '--catalog %s list --format csl-json' % FULL,
    '--catalog %s list --format cite --style chicago' % FULL,
    'check %s' % FAULTS,
    'check %s' % WARNINGS,
]
OOM = b'iompubs: out of memory\n'


def run(binary, args, **env):
    e = dict(os.environ, LC_ALL='C.UTF-8', **env)
    for k in ('IOMPUBS_CATALOG', 'COLUMNS', 'PAGER'):
        e.pop(k, None)
    return subprocess.run([binary] + args, capture_output=True, env=e,
                          timeout=20, stdin=subprocess.DEVNULL)


def check(binary, command):
    args = shlex.split(command)
    normal = run(binary, args)
    counted = run(binary, args, IOMPUBS_COUNT_ALLOCS='1')
    total = int(counted.stderr.decode().strip().split()[-1])
    bad = 0
    for mode in ('once', 'from'):
        for n in range(1, total + 1):
            try:
                r = run(binary, args, IOMPUBS_FAIL_AT=str(n),
                        IOMPUBS_FAIL_MODE=mode)
            except subprocess.TimeoutExpired:
                print('FAIL %s: allocation %d (%s): hangs' % (command, n, mode))
                bad += 1
                continue
            same = (r.returncode == normal.returncode and
                    r.stdout == normal.stdout and r.stderr == normal.stderr)
            oom = (r.returncode == 2 and r.stderr == OOM and not r.stdout)
            if not (same or oom):
                bad += 1
                if bad <= 5:
                    print('FAIL %s: allocation %d (%s): exit %d, stderr %r, '
                          '%d bytes on stdout' % (command, n, mode,
                          r.returncode, r.stderr[:200], len(r.stdout)))
    print('oom: %s: %d allocations, %d runs, %d failed' %
          (command, total, 2 * total, bad))
    return bad


def main():
    binary = os.path.abspath(sys.argv[1])
    commands = sys.argv[2:] or COMMANDS
    bad = sum(check(binary, c) for c in commands)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
