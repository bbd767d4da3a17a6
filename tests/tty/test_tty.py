#!/usr/bin/env python3
"""test_tty.py: iompubs on a real terminal.

    test_tty.py BINARY

Runs the binary inside pseudo-terminals of several sizes and checks what a
person would see: no line wider than the screen (measured in display
columns, with wide and combining characters, after removing colour),
wrapping that keeps every word, colour only where it belongs, the pager
used only when the output is taller than the screen, and data that never
reaches the terminal as control characters.  Also checks that in a pipe
the default output is exactly the plain format.
"""
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import tempfile
import time
import fcntl
import termios
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOGS = os.path.join(HERE, '..', 'e2e', 'catalogs')
SGR = re.compile(r'\x1b\[[0-9;]*m')
BIN = None
failures = 0
checks = 0


def base_env(**extra):
    env = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'),
           'HOME': os.environ.get('HOME', '/tmp'),
           'LANG': 'C.UTF-8', 'LC_ALL': 'C.UTF-8', 'TERM': 'xterm',
           'PAGER': 'cat'}
    env.update(extra)
    return {k: v for k, v in env.items() if v is not None}


def run_tty(args, cols=80, rows=24, env=None, keys=None, timeout=20):
    """Run BIN args on a pty of cols x rows; return (text, status)."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(1, termios.TIOCSWINSZ,
                    struct.pack('HHHH', rows, cols, 0, 0))
        os.execve(BIN, [BIN] + args, env if env is not None else base_env())
    out = b''
    deadline = time.time() + timeout
    sent = False
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if fd in r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            out += data
        elif keys is not None and not sent and out:
            os.write(fd, keys)
            sent = True
    else:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
    return out.decode('utf-8', 'replace').replace('\r\n', '\n'), code


def width(line):
    w = 0
    for ch in line:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ('Mn', 'Me', 'Cf'):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1
    return w


def check(cond, what):
    global failures, checks
    checks += 1
    if not cond:
        failures += 1
        print('FAIL', what)


HANDLE = re.compile(r'\S*([0-9@]|://|-\S*-)\S*$')


def too_wide(line, cols):
    """Is line wider than cols, other than by a handle written whole?

    An id, ISBN, URL or e-mail address (a word with a digit, an '@',
    '://' or two hyphens) is never cut: when it does not fit it starts
    the line (after the indent or the label) and the terminal folds it.
    """
    if width(line) <= cols:
        return False
    m = HANDLE.search(line)
    return m is None or width(line[:m.start()]) > cols or \
        line[:m.start()].strip(' ').count(' ') > 0 and \
        not re.match(r'^\S+:\s+$', line[:m.start()])


def check_fits(args, cols, env=None):
    text, code = run_tty(args, cols=cols, env=env)
    lines = SGR.sub('', text).split('\n')
    bad = [l for l in lines if too_wide(l, cols)]
    check(code == 0, '%s at %d: exit %d' % (args, cols, code))
    check(not bad, '%s at %d columns: a line is %d wide: %r' %
          (args, cols, width(bad[0]) if bad else 0, bad[:1]))
    return text


def test_widths():
    commands = [['list'], ['list', '--year', '2015'], ['list', '--sort', 'title'],
                ['show', 'caring'], ['show', 'remediation-guidelines-2018'],
                ['show', 'etat'], ['list', '--format', 'full', '-y', '2014'],
                ['list', '--title', 'traffick', '--color=always'],
                ['show', '--grep-is-not-an-option-here'][:1] + ['mrs'],
                ['search', 'caribbean'], ['search', 'fishers', '-n', '2'],
                ['--color=always', 'search', 'trafficking', '-n', '5'],
                ['list', '--fields', 'id,title,languages,isbn'],
                ['list', '--fields', 'year,pages,price'],
                ['list', '--fields', 'abstract,id,notes', '-y', '2015'],
                ['show', '--fields', 'title,abstract,editions', 'caring'],
                ['stats', '--by', 'language']]
    for cols in (20, 30, 40, 60, 80, 100, 132):
        for args in commands:
            check_fits(args, cols)
    cjk = os.path.join(CATALOGS, 'wide.yaml')
    for cols in (30, 60, 80):
        check_fits(['--catalog', cjk, 'list'], cols)
        check_fits(['--catalog', cjk, 'show', 'x'], cols)


def test_table_uses_the_width():
    for cols in (60, 80, 100):
        text, _ = run_tty(['list'], cols=cols)
        lines = [SGR.sub('', l) for l in text.split('\n') if l]
        check(any(width(l) == cols for l in lines),
              'list at %d columns leaves the screen unused' % cols)
        check(all(not l.endswith('\u2026') or width(l) == cols
                  for l in lines[1:]),
              'a cut title at %d columns does not end at the edge' % cols)
    text, _ = run_tty(['list'], cols=200)
    check(SGR.sub('', text).split('\n')[0].startswith('ID'),
          'a wide screen shows the ID column')


def test_wrapping_keeps_words():
    text, _ = run_tty(['--catalog', os.path.join(CATALOGS, '..', '..', '..',
                       'data', 'catalog.yaml'), 'show',
                       'labour-exploitation-and-migrant-health-2015'], cols=60)
    plain = SGR.sub('', text)
    m = re.search(r'^Abstract:\s+(.*?)^Notes:', plain, re.S | re.M)
    check(m is not None, 'show has an Abstract block')
    if m is None:
        return
    # Lines break at spaces and after hyphens: compare without spaces.
    paras = [re.sub(r'\s+', '', p) for p in m.group(1).strip().split('\n\n')]
    out = subprocess.run([BIN, 'show', '--format', 'json',
                          'labour-exploitation-and-migrant-health-2015'],
                         capture_output=True, text=True).stdout
    import json
    want = [re.sub(r'\s+', '', p)
            for p in json.loads(out)[0]['abstract'].split('\n\n')]
    check(paras == want, 'wrapped abstract paragraphs differ from the data')
    check('\n\n' in m.group(1), 'paragraphs are set apart by a blank line')


def test_colour():
    text, _ = run_tty(['list', '-y', '2015'])
    check('\x1b[' in text, 'no colour on a terminal by default')
    for env in (base_env(NO_COLOR='1'), base_env(TERM='dumb')):
        text, _ = run_tty(['list', '-y', '2015'], env=env)
        check('\x1b[' not in text, 'colour despite %s' %
              {k: env[k] for k in ('TERM',) if k in env})
    text, _ = run_tty(['list', '-y', '2015'], env=base_env(NO_COLOR=''))
    check('\x1b[' in text, 'an empty NO_COLOR turns colour off')
    text, _ = run_tty(['--color=never', 'list'])
    check('\x1b[' not in text, 'colour with --color=never')
    text, _ = run_tty(['list', '--format', 'json', '-y', '2015'])
    check('\x1b[' not in text, 'json on a terminal is coloured')
    pipe = subprocess.run([BIN, 'list'], capture_output=True, env=base_env())
    check(b'\x1b' not in pipe.stdout, 'colour in a pipe under auto')
    pipe = subprocess.run([BIN, '--color=always', 'list', '--format',
                           'table'], capture_output=True, env=base_env())
    check(b'\x1b[' in pipe.stdout, 'no colour in a pipe with --color=always')
    # Wide enough for the word after the whole ids.
    text, _ = run_tty(['list', '--title', 'caribbean'], cols=132)
    check('\x1b[1;33mCaribbean' in text, 'a --title match is not highlighted')
    text, _ = run_tty(['show', 'caring-for-trafficked-persons-2009'],
                      env=base_env())
    check('\x1b[1;33m' not in text, 'show highlights with no search')


def test_pager():
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, 'paged')
        fake = os.path.join(tmp, 'fakepager')
        with open(fake, 'w') as f:
            f.write('#!/bin/sh\necho "LESS=$LESS" > "%s"\ncat >> "%s"\n'
                    'echo PAGED\n' % (log, log))
        os.chmod(fake, 0o755)

        def paged(args, **env):
            if os.path.exists(log):
                os.unlink(log)
            text, code = run_tty(args, env=base_env(**env))
            return text, code, os.path.exists(log)

        text, code, was = paged(['list'], PAGER=fake, LINES='10')
        check(was and 'PAGED' in text and code == 0,
              'long output is not paged')
        with open(log) as f:
            got = f.read()
        check(got.startswith('LESS=FRX\n'), 'LESS is not set to FRX')
        check(got.count('\n') == 1 + 1 + 39, 'the pager did not get it all')
        _, _, was = paged(['list'], PAGER=fake, LINES='10', LESS='-S')
        with open(log) as f:
            check(f.readline() == 'LESS=-S\n', 'a set LESS is overridden')
        _, _, was = paged(['list'], PAGER=fake, LINES='100')
        check(not was, 'output shorter than the screen is paged')
        _, _, was = paged(['list'], PAGER=fake, LINES='39')
        check(was, '40 lines on a 39-line screen are not paged')
        _, _, was = paged(['list'], PAGER=fake, LINES='40')
        check(not was, '40 lines on a 40-line screen are paged')
        _, _, was = paged(['list', '--no-pager'], PAGER=fake, LINES='10')
        check(not was, '--no-pager is ignored')
        _, _, was = paged(['list'], PAGER='false', IOMPUBS_PAGER=fake,
                          LINES='10')
        check(was, 'IOMPUBS_PAGER does not win over PAGER')
        text, code, was = paged(['list'], PAGER='/nonexistent/pager',
                                LINES='10')
        check(code == 0 and 'MRS° 36' in text and
              'nonexistent' not in text,
              'a missing pager is not a quiet fall-back to direct output')
        text, code, was = paged(['list'], PAGER='false', LINES='10')
        check(code == 2 and "the pager 'false' failed (it exited with "
              "status 1)" in text, 'a failing pager is not reported')
        text, code, was = paged(['list'], PAGER='LESS=-X "%s"' % fake,
                                LINES='10')
        check(was and code == 0, 'PAGER is not found as sh would find it')
        pipe = subprocess.run([BIN, 'list'], capture_output=True,
                              env=base_env(PAGER=fake, LINES='10'))
        check(not os.path.exists(log) or True, '')
        check(b'PAGED' not in pipe.stdout, 'a pipe is paged')
    if os.path.exists('/usr/bin/less') or any(
            os.path.exists(os.path.join(d, 'less'))
            for d in os.environ.get('PATH', '').split(':')):
        env = base_env(LINES='10')
        del env['PAGER']
        text, code = run_tty(['list'], rows=10, env=env, keys=b'q')
        check(code == 0 and 'Investigating' in text,
              'less does not page and quit on q')


def test_terminal_safety():
    hostile = os.path.join(CATALOGS, 'control.yaml')
    for args in (['list'], ['show', 'x'], ['list', '--format', 'full'],
                 ['list', '--format', 'json']):
        text, _ = run_tty(['--catalog', hostile] + args)
        bare = SGR.sub('', text)
        check('\x1b' not in bare and '\x07' not in bare and
              '\u202e' not in bare and '\r' not in bare.replace('\r\n', ''),
              '%s lets a control character reach the terminal' % args)


def test_pipe_is_plain():
    a = subprocess.run([BIN, 'list'], capture_output=True, env=base_env())
    b = subprocess.run([BIN, 'list', '--format', 'plain'],
                       capture_output=True, env=base_env())
    check(a.stdout == b.stdout and a.returncode == 0,
          'piped list is not byte for byte the plain format')


def test_stats_chart():
    """stats on a terminal: a bar chart of block characters, the counts of
    the piped TSV (years without a publication included, at 0), bars
    starting in one column, at the scale stated under the chart, the
    largest over half the room and within the screen, a total, and no
    line wider than the screen."""
    eighths = {'\u2588': 8, '\u2589': 7, '\u258a': 6, '\u258b': 5,
               '\u258c': 4, '\u258d': 3, '\u258e': 2, '\u258f': 1}
    row = re.compile('^(.*?) +([0-9]+) ([%s]*)$' % ''.join(eighths))
    scale_re = re.compile(r'^Scale: (?:([0-9]+) columns = 1 publication|'
                          r'\u2588 = ([0-9]+) publications?)$')
    npubs = len(subprocess.run([BIN, 'list'], capture_output=True,
                               text=True, env=base_env()).stdout.splitlines())
    for by in ('year', 'decade', 'language', 'availability'):
        tsv = subprocess.run([BIN, 'stats', '--by', by], capture_output=True,
                             text=True, env=base_env()).stdout
        want = [int(l.split('\t')[1]) for l in tsv.splitlines()[1:]]
        for cols in (40, 60, 80, 100):
            what = 'stats --by %s at %d columns' % (by, cols)
            text = check_fits(['stats', '--by', by], cols)
            lines = [SGR.sub('', l) for l in text.split('\n') if l]
            body, foot = lines[1:-2], lines[-2:]
            rows = [row.match(l) for l in body]
            check(len(rows) == len(want) and all(rows), what +
                  ': not a bar chart row per group')
            check(re.match(r'^TOTAL +%d publ' % npubs, foot[0]),
                  what + ': no total line: %r' % foot[0])
            sm = scale_re.match(foot[1])
            check(sm is not None, what + ': no scale: %r' % foot[1])
            if len(rows) != len(want) or not all(rows) or sm is None:
                continue
            per_pub = int(sm.group(1) or 1)
            per_col = int(sm.group(2) or 1)
            counts = [int(m.group(2)) for m in rows]
            check(counts == want, what + ': counts %s, not %s' %
                  (counts, want))
            starts = {width(l) - len(m.group(3)) for l, m in
                      zip(body, rows) if m.group(3)}
            check(len(starts) == 1, what + ': bars start in %d columns' %
                  len(starts))
            room = cols - min(starts)
            got = [sum(eighths[c] for c in m.group(3)) for m in rows]
            scaled = [0 if n == 0 else
                      max(1, (n * per_pub * 8 * 2 + per_col) // (2 * per_col))
                      for n in want]
            check(got == scaled, what + ': bars of %s eighths, not %s' %
                  (got, scaled))
            check(room * 8 // 2 < max(got) <= room * 8, what +
                  ': the longest bar is %d eighths of %d columns' %
                  (max(got), room))
    text = check_fits(['stats'], 80)
    check(re.search(r'^2016 +0 *$', SGR.sub('', text), re.M) is not None,
          'stats leaves out a year without publications')


def test_cite_italics():
    """A reference: the title in italics on a terminal, plain in a pipe,
    never wrapped, whatever the width."""
    args = ['show', '--format', 'cite', 'caring-for-trafficked-persons-2009']
    text, code = run_tty(args, cols=40)
    check(code == 0, 'cite on a terminal exits %d' % code)
    check('\x1b[3mCaring for Trafficked Persons: Guidance for Health '
          'Providers\x1b[0m.' in text, 'cite: the title not in italics')
    check(text.count('\n') == 1, 'cite: a reference wrapped on a terminal')
    text, _ = run_tty(args + ['--style', 'chicago'], cols=40,
                      env=base_env(NO_COLOR='1'))
    check('\x1b[' not in text, 'cite: italics despite NO_COLOR')
    pipe = subprocess.run([BIN] + args, capture_output=True, env=base_env())
    check(b'\x1b' not in pipe.stdout, 'cite: italics in a pipe')



def test_search_snippets():
    """On a terminal each search result has its extract under it: indented
    four columns, dimmed, the query's words highlighted, cut with an
    ellipsis at the screen's edge; not on a screen narrower than 12, where
    no extract worth reading fits."""
    for cols in (11, 12, 13, 40, 80):
        text, code = run_tty(['--no-pager', 'search', 'fishers', '-n', '2'],
                             cols=cols)
        lines = [l for l in text.split('\n') if l]
        what = 'search snippets at %d columns' % cols
        check(code == 0, what + ': exit %d' % code)
        if cols < 12:
            check(len(lines) == 3, what + ': %r' % lines)
            continue
        # The header, then each row followed by its extract.
        check(len(lines) == 5, what + ': %r' % lines)
        if cols >= 80:
            check(SGR.sub('', lines[0]).split()[0] == 'SCORE',
                  what + ': no SCORE column: %r' % lines[0])
        snips = lines[2::2]
        for s in snips:
            check(s.startswith('    \x1b[2m') and s.endswith('\x1b[0m'),
                  what + ': not indented 4 and dimmed: %r' % s)
            shown = SGR.sub('', s)
            check(width(shown) <= cols and (not shown.endswith('\u2026') or
                  width(shown) == cols), what +
                  ': %r is not cut at the edge' % shown)
            check(len(shown) - len(shown.lstrip(' ')) == 4, what +
                  ': %r is not indented 4' % shown)
        if cols >= 40:
            check(all('\x1b[1;33m' in s for s in snips) and
                  any(width(SGR.sub('', s)) == cols for s in snips),
                  what + ': words not highlighted, or not cut at the edge')
    # --width 0 on a terminal: no limit, the extracts are not cut.
    text, _ = run_tty(['--no-pager', '--width', '0', 'search', 'fishers',
                       '-n', '2'], cols=40)
    lines = [SGR.sub('', l) for l in text.split('\n') if l]
    check(len(lines) == 5 and all(l.startswith('    ') and width(l) > 40
                                  for l in lines[2::2]),
          'search extracts with --width 0: %r' % lines)
    # The shortest abstract has an extract too; no abstract, none.
    with tempfile.NamedTemporaryFile('w', suffix='.yaml') as f:
        f.write('- {id: a, title: Fishers at sea, year: 2001, abstract: x}\n'
                '- {id: b, title: Fishers ashore, year: 2002}\n')
        f.flush()
        text, _ = run_tty(['--no-pager', '--catalog', f.name, 'search',
                           'fishers'], cols=40)
    lines = [SGR.sub('', l) for l in text.split('\n') if l]
    check(len(lines) == 4 and lines.count('    x') == 1 and
          lines.index('    x') in (2, 3) and
          ' a ' in ' ' + lines[lines.index('    x') - 1],
          'search extracts of a one-character abstract and of none: %r' %
          lines)
    text, _ = run_tty(['--no-pager', 'search', 'fishers', '-n', '2'],
                      cols=80, env=base_env(TERM='dumb'))
    lines = text.split('\n')
    check(len(lines) == 6 and all(l.startswith('    ') and l[4] != ' ' and
          '\x1b' not in l and width(l) == 80 for l in lines[2:5:2]),
          'search snippets on a dumb terminal: %r' % lines)


def plain_ids():
    out = subprocess.run([BIN, 'list'], capture_output=True, text=True,
                         env=base_env()).stdout
    return [l.split('\t')[0] for l in out.splitlines()]


def table_ids(text):
    """The id of each row of a table (search's snippet lines skipped)."""
    lines = [SGR.sub('', l) for l in text.split('\n')]
    ids = []
    for l in lines[1:]:
        if not l.strip() or l.startswith('    '):
            continue
        for tok in l.split():
            if not re.match(r'^[0-9.]+$', tok):
                ids.append(tok)
                break
    return ids


def shows_one(handle):
    r = subprocess.run([BIN, 'show', '--fields', 'id', handle],
                       capture_output=True, text=True, env=base_env())
    got = [l.split(None, 1)[1] for l in r.stdout.splitlines()
           if l.startswith('Id:')]
    return got[0] if r.returncode == 0 and len(got) == 1 else None


def test_ids_in_tables():
    """Every row of list and search has an id that show accepts: whole
    down to 60 columns, a unique start marked with an ellipsis below."""
    every = plain_ids()
    pairs = [('a-broken-dream-2013-awareness',
              'a-broken-dream-2013-reintegration'),
             ('manual-for-teachers-2017-134p', 'manual-for-teachers-2017-64p'),
             ('trafficking-in-times-of-crisis-2015-07',
              'trafficking-in-times-of-crisis-2015-12')]
    for args in (['list'], ['search', 'trafficking']):
        want = subprocess.run([BIN] + args, capture_output=True, text=True,
                              env=base_env()).stdout.splitlines()
        want = [l.split('\t')[0] for l in want]
        for cols in (40, 60, 80, 132):
            text = check_fits(['--no-pager'] + args, cols)
            shown = table_ids(text)
            what = '%s at %d columns' % (' '.join(args), cols)
            check(len(shown) == len(want), what + ': %d rows, not %d' %
                  (len(shown), len(want)))
            for got, real in zip(shown, want):
                if cols >= 60:
                    check(got == real, what + ': id %r, not %r whole' %
                          (got, real))
                else:
                    check(got == real or (got.endswith('\u2026') and
                          real.startswith(got[:-1])),
                          what + ': %r is not %r or its start' % (got, real))
                    check(shows_one(got) == real, what +
                          ': show %r does not show %r' % (got, real))
            if cols == 80:
                for a, b in pairs:
                    if a in want and b in want:
                        check(a in shown and b in shown, what +
                              ': %s and %s not told apart' % (a, b))
    check(all(shows_one(i) == i for i in every), 'show refuses a whole id')


def test_wrapping_keeps_handles():
    """At every width from 40 to 200, wrapped show output holds every id,
    ISBN and URL of the unwrapped text whole; on a wide screen prose is
    wrapped to 100 columns."""
    every = plain_ids()
    handle = re.compile(r'[^\s(),;"]*(?:[0-9@]|://|-[^\s]*-)[^\s(),;"]*')
    records = ['trafficking-in-times-of-crisis-2015-12',
               'caring-for-trafficked-persons-facilitators-guide-2012',
               'caring-for-trafficked-persons-2009', 'remediation-guidelines-2018']
    whole = subprocess.run([BIN, 'show', '--width', '0'] + records,
                           capture_output=True, text=True,
                           env=base_env()).stdout
    want = sorted(handle.findall(whole))
    ids_in = sorted(i for i in every if i in whole)
    bad = []
    for cols in range(40, 201):
        text = subprocess.run([BIN, 'show', '--width', str(cols)] + records,
                              capture_output=True, text=True,
                              env=base_env()).stdout
        got = sorted(handle.findall(text))
        if got != want or sorted(i for i in every if i in text) != ids_in:
            bad.append(cols)
    check(not bad, 'wrapping splits a handle at widths %s' % bad[:10])
    for cols in (40, 60, 80, 132):
        text = check_fits(['show'] + records[:2], cols)
        plain = SGR.sub('', text)
        check(all(i in plain for i in records[:2]),
              'show at %d columns splits an id' % cols)
    text = check_fits(['show', records[2]], 200)
    lines = SGR.sub('', text).split('\n')
    check(not [l for l in lines if too_wide(l, 100)],
          'show at 200 columns writes prose wider than 100 columns')
    check(any(width(l) > 90 for l in lines),
          'show at 200 columns does not use its 100 columns')


def test_pipes_keep_structure():
    """In a pipe show sets paragraphs and records apart by blank lines,
    and show - reads back what search writes."""
    out = subprocess.run([BIN, 'show', 'remediation-guidelines-2018',
                          'bali-process-2014'], capture_output=True,
                         text=True, env=base_env()).stdout
    check('\n\n            As outlined' in out,
          'a pipe loses the blank line between paragraphs')
    check('\n\nTitle:      The Bali Process' in out,
          'a pipe loses the blank line between records')
    found = subprocess.run('"%s" search fishers | "%s" show - --fields id' %
                           (BIN, BIN), shell=True, capture_output=True,
                           text=True, env=base_env())
    ids = subprocess.run([BIN, 'search', 'fishers'], capture_output=True,
                         text=True, env=base_env()).stdout.splitlines()
    check(found.returncode == 0 and
          [l.split()[1] for l in found.stdout.splitlines() if l] ==
          [l.split('\t')[0] for l in ids],
          'search fishers | show - does not show the fishers records')


def test_nothing_found_says_so():
    """On a terminal a command that finds nothing says what, in one line
    on standard error, and exits 1; in a pipe standard output is empty."""
    for args, want in ((['list', '-l', 'bs'], '--language bs'),
                       (['stats', '--year', '1999'], '--year 1999'),
                       (['search', 'qqqqzzzz'], 'qqqqzzzz'),
                       (['show', 'qqqqzzzz'], 'qqqqzzzz')):
        text, code = run_tty(args)
        lines = [l for l in SGR.sub('', text).split('\n') if l.strip()]
        check(code == 1, '%s on a terminal: exit %d' % (args, code))
        check(len(lines) >= 1 and lines[0].startswith('iompubs: ') and
              want in lines[0], '%s on a terminal: %r' % (args, lines[:2]))
        pipe = subprocess.run([BIN] + args, capture_output=True,
                              env=base_env())
        check(pipe.returncode == 1 and pipe.stdout == b'',
              '%s in a pipe: exit %d, %d bytes out' %
              (args, pipe.returncode, len(pipe.stdout)))


def test_dumb_terminal():
    """TERM=dumb: no pager (less would complain), the whole output."""
    env = base_env(TERM='dumb', PAGER=None)
    text, code = run_tty(['list'], rows=10, env=env, timeout=10)
    check(code == 0, 'TERM=dumb list: exit %d' % code)
    check('not fully functional' not in text and
          'remediation-guidelines-2018' in text and
          'trafficking-of-men-belarus-ukraine-2008' in text,
          'TERM=dumb list is paged or cut')


def test_fzf_recipe():
    """The documented fzf recipe: the preview shows the record under the
    cursor, and Enter prints the chosen line."""
    fzf = subprocess.run(['sh', '-c', 'command -v fzf'], capture_output=True,
                         text=True).stdout.strip()
    if not fzf:
        print('SKIP the fzf recipe: fzf is not installed (Debian: fzf)')
        return
    first = plain_ids()[0]
    env = base_env(PATH=os.path.dirname(BIN) + ':' +
                   os.environ.get('PATH', '/usr/bin:/bin'))
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 160, 0, 0))
        os.execve('/bin/sh', ['sh', '-c', '"%s" list | fzf --preview '
                  '\'"%s" show --width $FZF_PREVIEW_COLUMNS {1}\'' %
                  (BIN, BIN)], env)
    out = b''
    deadline = time.time() + 15
    screen = ''
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if fd in r:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
        screen = re.sub(r'\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-B]|\x1b.',
                        '', out.decode('utf-8', 'replace'))
        if 'Id:' in screen and first in screen:
            break
    check('Id:' in screen and first in screen,
          'the fzf preview does not show %s' % first)
    os.write(fd, b'\r')
    rest = b''
    deadline = time.time() + 10
    while time.time() < deadline:
        r, _, _ = select.select([fd], [], [], 0.2)
        if fd in r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            rest += data
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 0
    os.close(fd)
    check(os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and
          first.encode() in rest, 'fzf does not print the chosen line')


def main():
    global BIN
    BIN = os.path.abspath(sys.argv[1])
    for test in (test_widths, test_table_uses_the_width,
                 test_wrapping_keeps_words, test_colour, test_pager,
                 test_terminal_safety, test_pipe_is_plain,
                 test_stats_chart, test_cite_italics, test_search_snippets,
                 test_ids_in_tables,
                 test_wrapping_keeps_handles, test_pipes_keep_structure,
                 test_nothing_found_says_so, test_dumb_terminal,
                 test_fzf_recipe):
        test()
    print('tty: %d checks, %d failed' % (checks, failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
