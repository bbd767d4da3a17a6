#!/usr/bin/env python3
"""run_examples.py: every example of the documentation, run.

    run_examples.py BINARY [--list]

Extracts the examples mechanically, so that a new one is tested with no
more work:

  - README.md: every line of an indented (or fenced) code block whose
    first word is `iompubs` or `./iompubs`, a trailing `# comment` dropped;
  - man/iompubs.1, as mandoc renders it: every line that starts with
    `$ ` (the `.Dl $ ...` examples and those in literal displays).

Each runs under `bash -o pipefail -c` in a fresh scratch directory, with
`iompubs` first in PATH as BINARY, standard input from /dev/null, no
terminal, and the files examples name: my-catalog.yaml (the shipped
catalogue).  An example must exit 0; `check` may exit 1, as documented,
when it finds problems.  Outside a terminal fzf cannot run, so a
stand-in (tests/docs/fzf) takes the first line and runs the --preview
command on it as fzf would; tests/tty/test_tty.py runs the real fzf.
An example whose programs are not installed is skipped, by name.

--list prints the examples found and runs nothing.
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, '..', '..'))


def drop_comment(line):
    """line without a trailing '# comment' outside quotes."""
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch == '#' and i > 0 and line[i - 1] in ' \t':
            return line[:i].rstrip()
    return line.rstrip()


def readme_examples(path):
    out = []
    fenced = False
    prev_blank = True
    in_block = False
    for n, raw in enumerate(open(path, encoding='utf-8'), 1):
        line = raw.rstrip('\n')
        if line.startswith('```'):
            fenced = not fenced
            continue
        if fenced:
            code = line
        elif line.startswith('    ') and (prev_blank or in_block):
            code = line[4:]
            in_block = True
        else:
            code = None
            if line.strip():
                in_block = False
        prev_blank = not line.strip()
        if code is None:
            continue
        code = code.strip()
        if code.startswith('$ '):
            code = code[2:]
        if re.match(r'(\./)?iompubs(\s|$)', code):
            out.append(('README.md:%d' % n, drop_comment(code)))
    return out


def man_examples(path):
    if shutil.which('mandoc') is None:
        return None
    text = subprocess.run(['mandoc', '-Tascii', '-Owidth=1000', path],
                          capture_output=True, text=True, check=True).stdout
    text = re.sub('.\b', '', text)          # overstrike: bold, underline
    out = []
    for n, line in enumerate(text.split('\n'), 1):
        m = re.match(r'^\s+\$ (.*)$', line)
        if m:
            out.append(('%s (rendered line %d)' % (os.path.relpath(path, TOP),
                                                   n), m.group(1).rstrip()))
    return out


def programs(cmd):
    """The programs a command line runs, roughly: the first word of each
    pipeline stage."""
    words = []
    for stage in re.split(r'\||&&|;', cmd):
        try:
            w = shlex.split(stage)
        except ValueError:
            continue
        if w:
            words.append(w[0])
    return words


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().split('\n')[2], file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    examples = readme_examples(os.path.join(TOP, 'README.md'))
    man = man_examples(os.path.join(TOP, 'man', 'iompubs.1'))
    if man is None:
        print('SKIP the examples of iompubs(1): they need mandoc')
    else:
        examples += man
    if '--list' in sys.argv[2:]:
        for where, cmd in examples:
            print('%s: %s' % (where, cmd))
        return 0
    bindir = tempfile.mkdtemp(prefix='iompubs-docs-bin.')
    os.symlink(binary, os.path.join(bindir, 'iompubs'))
    shutil.copy(os.path.join(HERE, 'fzf'), os.path.join(bindir, 'fzf'))
    os.chmod(os.path.join(bindir, 'fzf'), 0o755)
    env = {'PATH': bindir + ':' + os.environ.get('PATH', '/usr/bin:/bin'),
           'LANG': 'C.UTF-8', 'LC_ALL': 'C.UTF-8', 'TERM': 'dumb',
           'PAGER': 'cat'}
    passed = failed = skipped = 0
    for where, cmd in examples:
        missing = [p for p in programs(cmd) if p not in ('iompubs',
                   './iompubs') and shutil.which(p, path=env['PATH']) is None]
        if missing:
            print('SKIP %s: %s (needs %s)' % (where, cmd, ', '.join(missing)))
            skipped += 1
            continue
        scratch = tempfile.mkdtemp(prefix='iompubs-docs.')
        shutil.copy(os.path.join(TOP, 'data', 'catalog.yaml'),
                    os.path.join(scratch, 'my-catalog.yaml'))
        os.symlink(binary, os.path.join(scratch, 'iompubs'))
        env['HOME'] = scratch
        try:
            r = subprocess.run(['bash', '-o', 'pipefail', '-c', cmd],
                               cwd=scratch, env=env, stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=60)
            status = r.returncode
            err = r.stderr.decode('utf-8', 'replace')
        except subprocess.TimeoutExpired:
            status, err = -1, 'timed out after 60 seconds'
        shutil.rmtree(scratch, ignore_errors=True)
        checking = re.search(r'\biompubs\b.*\bcheck\b', cmd) is not None
        if status == 0 or (status == 1 and checking):
            passed += 1
            continue
        failed += 1
        print('FAIL %s: %s\n    exit %s; standard error:\n%s' %
              (where, cmd, status, ''.join('    ' + l + '\n'
                                          for l in err.splitlines()[:8])))
    shutil.rmtree(bindir, ignore_errors=True)
    print('docs: %d examples ran, %d failed, %d skipped' %
          (passed + failed, failed, skipped))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
