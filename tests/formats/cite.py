#!/usr/bin/env python3
"""cite.py: `--format cite` against pandoc's citeproc, record by record.

    cite.py BINARY [CATALOG]

For each style (apa: apa.csl; chicago: chicago-author-date.csl), each
record of `list --format csl-json` is rendered alone by
`pandoc --citeproc` to plain text, and must equal the line that
`list --format cite --style STYLE` writes for it.  Alone, because a
bibliography of several would add year suffixes (2018a, 2018b) and
Chicago's "———" for a repeated author, which a single reference never
has.  pandoc must not warn.  Prints one line per style, and a line per
difference; exits 1 if anything differed, 77 if pandoc or the styles
are missing.
"""
import json
import os
import subprocess
import sys
import tempfile

STYLES = {'apa': 'apa.csl', 'chicago': 'chicago-author-date.csl'}
STYLE_DIR = '/usr/share/citation-style-language/styles'


def run(binary, catalog, *args):
    cmd = [binary] + (['--catalog', catalog] if catalog else []) + list(args)
    return subprocess.run(cmd, check=True, capture_output=True).stdout.decode()


def pandoc(item, csl, scratch):
    path = os.path.join(scratch, 'one.json')
    with open(path, 'w') as f:
        json.dump([item], f)
    p = subprocess.run(['pandoc', '--citeproc', '--bibliography', path,
                        '--csl', csl, '-t', 'plain', '--wrap=none'],
                       input='---\nnocite: "@*"\n---\n',
                       capture_output=True, text=True)
    return p.stdout.strip(), p.stderr.strip(), p.returncode


def main():
    binary = sys.argv[1]
    catalog = sys.argv[2] if len(sys.argv) > 2 else ''
    name = catalog or 'built-in catalogue'
    try:
        subprocess.run(['pandoc', '--version'], capture_output=True)
    except OSError:
        print('SKIP cite vs pandoc (%s): it needs pandoc (Debian: pandoc)'
              % name)
        return 77
    for csl in STYLES.values():
        if not os.path.exists(os.path.join(STYLE_DIR, csl)):
            print('SKIP cite vs pandoc: it needs %s (Debian: '
                  'citation-style-language-styles)' % csl)
            return 77
    items = json.loads(run(binary, catalog, 'list', '--format', 'csl-json'))
    failed = 0
    with tempfile.TemporaryDirectory() as scratch:
        for style, csl in STYLES.items():
            ours = run(binary, catalog, 'list', '--format', 'cite',
                       '--style', style).split('\n')
            if ours[-1] == '':
                ours.pop()
            same = warned = 0
            if len(ours) != len(items):
                print('FAIL %s, %s: %d references for %d items'
                      % (name, style, len(ours), len(items)))
                failed += 1
            for item, line in zip(items, ours):
                text, err, rc = pandoc(item, os.path.join(STYLE_DIR, csl),
                                       scratch)
                if rc != 0 or err:
                    warned += 1
                    print('FAIL %s, %s, %s: pandoc says: %s'
                          % (name, style, item['id'], err or rc))
                if text == line:
                    same += 1
                else:
                    print('FAIL %s, %s, %s:\n  ours:   %s\n  pandoc: %s'
                          % (name, style, item['id'], line, text))
            print('cite vs pandoc, %s, %s: %d of %d the same, '
                  '%d pandoc warnings' % (name, style, same, len(items),
                                          warned))
            failed += (same != len(items)) + warned
            # All at once, as a bibliography: every item an entry.
            path = os.path.join(scratch, 'all.json')
            with open(path, 'w') as f:
                json.dump(items, f)
            p = subprocess.run(['pandoc', '--citeproc', '--bibliography',
                                path, '--csl', os.path.join(STYLE_DIR, csl),
                                '-t', 'html'],
                               input='---\nnocite: "@*"\n---\n',
                               capture_output=True, text=True)
            entries = p.stdout.count('class="csl-entry"')
            print('pandoc --citeproc, %s, %s: %d entries of %d items, '
                  'stderr %r' % (name, style, entries, len(items),
                                 p.stderr.strip()[:200]))
            failed += entries != len(items) or p.stderr != '' or \
                p.returncode != 0
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
