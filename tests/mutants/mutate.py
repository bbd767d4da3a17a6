#!/usr/bin/env python3
"""mutate.py: how much of a wrong change do the tests catch?

    tests/mutants/mutate.py [-n N] [--seed S] [--budget SECONDS] [--list]
                            MODULE ...

For each MODULE (src/MODULE.c; shell patterns such as 'fmt_*' work),
find every place where a small plausible mistake could be made, pick N
of them at random (the same N for the same seed and source), and for
each one in turn: write the source with that one change, rebuild (only
its object recompiles), run the fast tests (unit tests, the end-to-end
golden cases, the hostile catalogues, the shipped catalogue's check and
the format read-backs, and last the out-of-memory runs of a few small
commands) until one fails, and put the source back.  A
mutant that no test notices "survives"; the score of a module is the
share of its mutants that were killed, leaving out those that do not
compile and those known to be equivalent (tests/mutants/equivalent).

The mistakes, by the name printed with each survivor:

    ror     a relational or equality operator changed: < <=, > >=, == !=
            and < >
    lcr     && and || exchanged
    aor     binary + and - exchanged, % made /
    neg     the condition of an if or while negated
    const   a number one more or one less (#define constants too), a
            character changed, a string emptied or cut, true and false
            exchanged
    del     a statement deleted, or a case label, or an entry of a
            table (escape sets, check tables, schema rows)
    swap    two neighbouring arguments of a call exchanged

Everything happens in a copy of the tree under build/mutants/tree (kept
between runs, so that only what changed is rebuilt), never in the
working tree: an interrupted run leaves nothing mutated behind, and the
copy's file is put back before the next mutant in any case.

Exit status: 0 if every module reached --min-score (default 0: report
only), 1 if not, 2 on trouble (the tests fail without any mutant, ...).
"""

import argparse
import fnmatch
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))

# Out-of-memory paths change nothing until an allocation fails, so only
# tests/oom/run.py (every allocation failing in turn) can see a mutant
# that drops one.  Its full set of commands takes minutes; these small
# ones take seconds each and still pass through loading, every kind of
# condition (-e, --country, --language, regions, regular expressions),
# suggestions, search, sorting, the table's id prefixes, check, and an
# output larger than a pipe's buffer.  They
# run last, in a build without sanitizers (failmalloc replaces malloc),
# so they cost time only for the mutants every other test missed.
OOM_BUILD = "build-oom"
OOM_COMMANDS = [
    "--catalog tests/e2e/catalogs/small.yaml list --format yaml",
    "--catalog tests/e2e/catalogs/countries.yaml list --country "
    "'West Africa' -e 'country = VN or country = gh or language = fr'",
    "--catalog tests/e2e/catalogs/small.yaml list -e 'language = fr' "
    "--language en",
    # Two conditions of one kind are or-ed: that takes an allocation;
    # each pair alone selects one record of the two, so losing it shows.
    "--catalog tests/e2e/catalogs/small.yaml list -l en -l es",
    "--catalog tests/e2e/catalogs/small.yaml list -e 'year = 2015' "
    "-e 'pages = 10'",
    "--catalog tests/e2e/catalogs/small.yaml --color=always list "
    "--format full -e 'title ~ rapport or title : port or not has isbn "
    "or language = en'",
    "--catalog tests/e2e/catalogs/suggest.yaml show handbok worker",
    # Several titles that hold the query, ranked: prefix, then shorter.
    "--catalog tests/e2e/catalogs/suggest.yaml show 'migrant workers'",
    "--catalog tests/e2e/catalogs/stems.yaml search --sort title "
    "trafficking",
    "--catalog tests/e2e/catalogs/prefixes.yaml list --format table "
    "--width 40 --sort -year",
    "check tests/e2e/catalogs/check-faults.yaml",
    # Output larger than a pipe's buffer: nothing of it may be written
    # before an allocation fails (standard output is held whole).
    "--catalog tests/e2e/catalogs/long-abstracts.yaml list --format full",
]
# And for the mutants of the formats (FORMAT_MODULES): the formats' own
# buffers, facets and wrapping, on the record with every field.
FORMAT_OOM_COMMANDS = [
    "--catalog tests/e2e/catalogs/full.yaml list --format csl-json",
    "--catalog tests/e2e/catalogs/full.yaml list --format cite "
    "--style chicago",
    "--catalog tests/e2e/catalogs/full.yaml --width 50 show --format full "
    "full-record-2012 bare",
    "--catalog tests/e2e/catalogs/full.yaml list --format rec",
    "--catalog tests/e2e/catalogs/full.yaml list --format html",
    "--catalog tests/e2e/catalogs/full.yaml list --template "
    "'{title} {editions} {price}' --editions",
    "--catalog tests/e2e/catalogs/full.yaml --width 60 list --format table",
    "--catalog tests/e2e/catalogs/full.yaml list --fields id,isbn,price",
]
FORMAT_MODULES = {"out", "format", "cite"}

# Keywords that look like calls or start statements we must not delete.
KEYWORDS = {
    "if", "else", "for", "while", "do", "switch", "case", "default",
    "return", "break", "continue", "goto", "sizeof", "_Alignof",
    "_Static_assert", "typedef", "static", "extern", "inline",
}
TYPE_WORDS = {
    "int", "char", "short", "long", "unsigned", "signed", "float",
    "double", "void", "bool", "const", "volatile", "struct", "enum",
    "union", "size_t", "ssize_t", "uint8_t", "uint16_t", "uint32_t",
    "uint64_t", "int8_t", "int16_t", "int32_t", "int64_t", "regoff_t",
    "va_list", "FILE", "static", "register",
}

TOKEN_RE = re.compile(r"""
   (?P<ws>[ \t\r\n\f\v]+)
  |(?P<comment>/\*.*?\*/|//[^\n]*)
  |(?P<str>"(?:\\.|[^"\\\n])*")
  |(?P<chr>'(?:\\.|[^'\\\n])+')
  |(?P<num>0[xX][0-9a-fA-F]+[uUlL]*|[0-9]+(?:\.[0-9]+)?[uUlLfF]*)
  |(?P<id>[A-Za-z_][A-Za-z_0-9]*)
  |(?P<punct>\.\.\.|<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||
             [-+*/%&|^]=|[{}()\[\];,.?:~!<>=+\-*/%&|^])
""", re.S | re.X)


class Tok:
    __slots__ = ("kind", "text", "start", "end", "line")

    def __init__(self, kind, text, start, end, line):
        self.kind, self.text = kind, text
        self.start, self.end, self.line = start, end, line


def tokenize(src):
    """Significant tokens, and the #define lines as (start, end, line)."""
    toks, defines = [], []
    i, line, bol = 0, 1, True
    while i < len(src):
        if bol:
            j = i
            while j < len(src) and src[j] in " \t":
                j += 1
            if j < len(src) and src[j] == "#":
                k = j
                while True:
                    k = src.find("\n", k)
                    if k < 0:
                        k = len(src)
                        break
                    if src[k - 1] != "\\":
                        break
                    k += 1
                text = src[j:k]
                if re.match(r"#\s*define\s+\w+\s+", text):
                    defines.append((j, k, line))
                line += src.count("\n", i, k)
                i = k
                continue
        m = TOKEN_RE.match(src, i)
        if m is None:
            raise ValueError("cannot tokenize at line %d: %r" %
                             (line, src[i:i + 20]))
        kind = m.lastgroup
        text = m.group(kind)
        if kind not in ("ws", "comment"):
            toks.append(Tok(kind, text, i, m.end(), line))
            bol = False
        nl = text.count("\n")
        if nl:
            line += nl
            bol = kind == "ws" or kind == "comment" and text.endswith("\n")
            if kind == "ws":
                bol = True
        i = m.end()
    return toks, defines


class Mutant:
    __slots__ = ("module", "path", "func", "line", "op", "edits", "src",
                 "key", "before", "after")

    def __init__(self, module, path, func, line, op, edits, src):
        self.module, self.path, self.func = module, path, func
        self.line, self.op = line, op
        self.edits = sorted(edits, reverse=True)   # (start, end, text)
        self.src = self.apply(src)
        self.before = line_text(src, self.edits[-1][0])
        self.after = line_text(self.src, self.edits[-1][0])
        self.key = "\t".join((path, func, self.before, self.after))

    def apply(self, src):
        for start, end, text in self.edits:
            src = src[:start] + text + src[end:]
        return src

    def describe(self):
        where = self.func if self.func.startswith("#") else \
            self.func + "()"
        return "%s:%d: [%s] in %s: `%s` -> `%s`" % (
            self.path, self.line, self.op, where, self.before, self.after)


def line_text(src, at):
    """The whole line around offset at, without its indentation."""
    b = src.rfind("\n", 0, at) + 1
    e = src.find("\n", at)
    if e < 0:
        e = len(src)
    return " ".join(src[b:e].split())


def matching(toks, i, open_, close):
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].text == open_:
            depth += 1
        elif toks[j].text == close:
            depth -= 1
            if depth == 0:
                return j
    return len(toks) - 1


def regions(toks):
    """Function bodies and top-level initializers: (kind, name, i, j)."""
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.text == "{":
            j = matching(toks, i, "{", "}")
            prev = toks[i - 1] if i > 0 else None
            if prev is not None and prev.text == ")":
                # Walk back to the '(' of the parameter list.
                depth, k = 0, i - 1
                while k >= 0:
                    if toks[k].text == ")":
                        depth += 1
                    elif toks[k].text == "(":
                        depth -= 1
                        if depth == 0:
                            break
                    k -= 1
                name = toks[k - 1].text if k > 0 else "?"
                out.append(("func", name, i, j))
            elif prev is not None and prev.text == "=":
                k = i - 2
                while k >= 0 and toks[k].text == "]":
                    k = matching_back(toks, k) - 1
                while k >= 0 and toks[k].kind != "id":
                    k -= 1
                out.append(("table", toks[k].text if k >= 0 else "?", i, j))
            i = j + 1
            continue
        i += 1
    return out


def matching_back(toks, j):
    """Index of the '[' matching the ']' at j."""
    depth = 0
    for k in range(j, -1, -1):
        if toks[k].text == "]":
            depth += 1
        elif toks[k].text == "[":
            depth -= 1
            if depth == 0:
                return k
    return 0


def number_variants(text):
    m = re.match(r"(0[xX][0-9a-fA-F]+|[0-9]+)([uUlL]*)$", text)
    if m is None:
        return []
    digits, suffix = m.groups()
    if digits.lower().startswith("0x"):
        v = int(digits, 16)
        fmt = lambda n: "0x%x%s" % (n, suffix)
    elif len(digits) > 1 and digits.startswith("0"):
        return []                       # octal: leave alone
    else:
        v = int(digits)
        fmt = lambda n: "%d%s" % (n, suffix)
    out = [fmt(v + 1)]
    if v > 0:
        out.append(fmt(v - 1))
    return out


def char_variants(text):
    body = text[1:-1]
    if len(body) == 1 and body not in "'\\":
        c = chr(ord(body) + 1)
        if c in "'\\" or not c.isprintable():
            c = "A" if body != "A" else "B"
        return ["'%s'" % c]
    if body in ("\\0", "\\n", "\\t", "\\r", "\\\\", "\\'"):
        return ["'%s'" % ("1" if body == "\\0" else "?")]
    return []


def string_variants(text):
    if text == '""':
        return ['"?"']
    out = ['""']
    body = text[1:-1]
    if len(body) > 1 and body[0] not in "\\%":
        out.append('"%s"' % body[1:])
    return out


def in_declaration(toks, i, lo):
    """Is token i inside the [...] of a declaration's array size?"""
    k = i - 1
    while k > lo and toks[k].text not in (";", "{", "}"):
        k -= 1
    first = toks[k + 1]
    return first.text in TYPE_WORDS or first.text.endswith("_t")


def call_args(toks, open_i, close_i):
    """Top-level arguments of the call whose '(' is at open_i."""
    args, depth, start = [], 0, open_i + 1
    for k in range(open_i + 1, close_i):
        t = toks[k].text
        if t in "([{":
            depth += 1
        elif t in ")]}":
            depth -= 1
        elif t == "," and depth == 0:
            args.append((start, k - 1))
            start = k + 1
    if start <= close_i - 1:
        args.append((start, close_i - 1))
    return args


def is_value_end(t):
    return t.kind in ("id", "num", "chr", "str") or t.text in (")", "]")


def func_mutants(src, toks, name, lo, hi, add):
    """Mutants of the function body toks[lo..hi]."""
    skip_to = 0
    for i in range(lo + 1, hi):
        t = toks[i]
        prev, nxt = toks[i - 1], toks[i + 1]
        x = t.text
        if i < skip_to:
            continue
        if x == "[" and prev.kind == "id" and in_declaration(toks, i, lo):
            # An array's size: a smaller buffer is for the sanitizers
            # and the fuzzers to catch, not for tests of behaviour.
            skip_to = matching(toks, i, "[", "]") + 1
            continue
        if x in ("<", ">", "<=", ">=", "==", "!="):
            alts = {"<": ["<=", ">"], "<=": ["<"], ">": [">=", "<"],
                    ">=": [">"], "==": ["!="], "!=": ["=="]}[x]
            for a in alts:
                add("ror", name, t, [(t.start, t.end, a)])
        elif x in ("&&", "||"):
            add("lcr", name, t, [(t.start, t.end,
                                  "||" if x == "&&" else "&&")])
        elif x in ("+", "-") and is_value_end(prev) and nxt.text != "=":
            add("aor", name, t, [(t.start, t.end, "-" if x == "+" else "+")])
        elif x == "%" and is_value_end(prev):
            add("aor", name, t, [(t.start, t.end, "/")])
        elif t.kind == "num":
            if prev.text == "case":
                continue                # duplicate case values
            for v in number_variants(x):
                add("const", name, t, [(t.start, t.end, v)])
        elif t.kind == "chr":
            if prev.text == "case":
                continue
            for v in char_variants(x):
                add("const", name, t, [(t.start, t.end, v)])
        elif t.kind == "str":
            if nxt.kind == "str" or prev.kind == "str":
                continue                # a piece of a longer literal
            for v in string_variants(x):
                add("const", name, t, [(t.start, t.end, v)])
        elif x in ("true", "false"):
            add("const", name, t, [(t.start, t.end,
                                    "false" if x == "true" else "true")])
        elif x in ("if", "while") and nxt.text == "(":
            if prev.text == "}" and x == "while":
                continue                # do ... while: leave it
            j = matching(toks, i + 1, "(", ")")
            add("neg", name, t, [(nxt.end, nxt.end, "!("),
                                 (toks[j].start, toks[j].start, ")")])
        elif x == "case":
            j = i
            while j < hi and toks[j].text != ":":
                j += 1
            if toks[j + 1].text != "}":
                add("del", name, t, [(t.start, toks[j].end, "")])
        elif t.kind == "id" and nxt.text == "(" and x not in KEYWORDS \
                and x not in TYPE_WORDS:
            j = matching(toks, i + 1, "(", ")")
            args = call_args(toks, i + 1, j)
            for k in range(len(args) - 1):
                a, b = args[k], args[k + 1]
                ta = src[toks[a[0]].start:toks[a[1]].end]
                tb = src[toks[b[0]].start:toks[b[1]].end]
                if ta != tb:
                    add("swap", name, toks[a[0]],
                        [(toks[a[0]].start, toks[a[1]].end, tb),
                         (toks[b[0]].start, toks[b[1]].end, ta)])
        # Statement deletion: at a statement's start.
        if prev.text in (";", "{", "}", "else") or (
                prev.text == ")" and statement_after_paren(toks, i - 1)) \
                or (prev.text == ":" and label_before(toks, i - 1)):
            stmt_deletion(src, toks, name, i, hi, add)


def statement_after_paren(toks, j):
    """Does the ')' at j close the head of an if, for or while?"""
    depth = 0
    for k in range(j, -1, -1):
        if toks[k].text == ")":
            depth += 1
        elif toks[k].text == "(":
            depth -= 1
            if depth == 0:
                return k > 0 and toks[k - 1].text in ("if", "for", "while")
    return False


def label_before(toks, j):
    """Is the ':' at j the end of a case or default label?"""
    k = j - 1
    while k >= 0 and toks[k].text not in (";", "{", "}", ":", "?"):
        if toks[k].text in ("case", "default"):
            return True
        k -= 1
    return False


def stmt_deletion(src, toks, name, i, hi, add):
    t = toks[i]
    if t.kind != "id" or t.text in KEYWORDS or t.text in TYPE_WORDS \
            or t.text.endswith("_t"):
        return
    if toks[i + 1].kind == "id" or (toks[i + 1].text == "*" and
                                    toks[i + 2].kind == "id" and
                                    toks[i + 3].text in ("=", ";", ",", "[")):
        return                          # a declaration
    if toks[i + 1].text == ":":
        return                          # a goto label
    depth, j = 0, i
    while j < hi:
        x = toks[j].text
        if x in "([":
            depth += 1
        elif x in ")]":
            depth -= 1
        elif x == "{" or x == "}":
            return
        elif x == ";" and depth == 0:
            break
        j += 1
    else:
        return
    add("del", name, t, [(t.start, toks[j].end, "{}")])


def table_mutants(src, toks, name, lo, hi, add):
    """Mutants of the initializer toks[lo..hi]: entries and constants."""
    depth, start = 0, lo + 1
    for k in range(lo + 1, hi + 1):
        x = toks[k].text
        if x in "([{" and k != lo:
            depth += 1
        elif x in ")]}" and k != hi:
            depth -= 1
        if (x == "," and depth == 0) or k == hi:
            if start < k:
                end = toks[k].end if x == "," else toks[k - 1].end
                add("del", name, toks[start],
                    [(toks[start].start, end, "")])
            start = k + 1
    for k in range(lo + 1, hi):
        t = toks[k]
        if t.kind == "num" and toks[k - 1].text != "[":
            if t.text == "1" and toks[k - 1].text == "=" and \
                    toks[k - 2].text == "]":
                # A flag in a table of flags: only clearing it counts.
                add("const", name, t, [(t.start, t.end, "0")])
                continue
            for v in number_variants(t.text):
                add("const", name, t, [(t.start, t.end, v)])
        elif t.kind == "chr":
            for v in char_variants(t.text):
                add("const", name, t, [(t.start, t.end, v)])
        elif t.kind == "str" and toks[k - 1].kind != "str" and \
                toks[k + 1].kind != "str":
            for v in string_variants(t.text):
                add("const", name, t, [(t.start, t.end, v)])
        elif t.text in ("true", "false"):
            add("const", name, t, [(t.start, t.end,
                                    "false" if t.text == "true" else "true")])


def define_mutants(src, defines, add):
    for start, end, line in defines:
        text = src[start:end]
        m = re.match(r"#\s*define\s+(\w+)\s+\(?(0[xX][0-9a-fA-F]+|[0-9]+)"
                     r"[uUlL]*\)?\s*(/\*.*)?$", text)
        if m is None:
            continue
        vs = number_variants(m.group(2))
        at = start + m.start(2)
        for v in vs:
            tok = Tok("num", m.group(2), at, at + len(m.group(2)), line)
            add("const", "#define " + m.group(1), tok,
                [(at, at + len(m.group(2)), v)])


def module_mutants(module, path, src):
    toks, defines = tokenize(src)
    out, seen = [], set()

    def add(op, func, tok, edits):
        m = Mutant(module, path, func, tok.line, op, edits, src)
        if m.src != src and m.key not in seen:
            seen.add(m.key)
            out.append(m)

    for kind, name, lo, hi in regions(toks):
        if kind == "func":
            func_mutants(src, toks, name, lo, hi, add)
        else:
            table_mutants(src, toks, name, lo, hi, add)
    define_mutants(src, defines, add)
    return out


def load_equivalents():
    path = os.path.join(HERE, "equivalent")
    eq = {}
    if not os.path.exists(path):
        return eq
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4:
                eq["\t".join(parts[:4])] = parts[4] if len(parts) > 4 else ""
    return eq


#
# The copy of the tree, the build, the tests.
#

def tree_files():
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others",
             "--exclude-standard"], cwd=TOP, check=True,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
        return sorted(set(p for p in out.decode().split("\0") if p and
                          os.path.isfile(os.path.join(TOP, p))))
    except (OSError, subprocess.CalledProcessError):
        files = []
        for d, dirs, names in os.walk(TOP):
            rel = os.path.relpath(d, TOP)
            dirs[:] = [x for x in dirs if not (rel == "." and
                       (x.startswith("build") or x.startswith(".")))]
            files += [os.path.normpath(os.path.join(rel, n)) for n in names]
        return sorted(files)


def sync_tree(dest):
    """Make dest a copy of the tree's files, touching only what changed."""
    want = set(tree_files())
    for rel in want:
        s, d = os.path.join(TOP, rel), os.path.join(dest, rel)
        if os.path.exists(d) and same_file(s, d):
            continue
        os.makedirs(os.path.dirname(d), exist_ok=True)
        shutil.copy2(s, d)
        os.utime(d)                     # newer than any object
    for d, dirs, names in os.walk(dest):
        rel = os.path.relpath(d, dest)
        if rel == ".":
            dirs[:] = [x for x in dirs if x not in ("build", OOM_BUILD)]
        for n in names:
            r = os.path.normpath(os.path.join(rel, n))
            if r not in want:
                os.unlink(os.path.join(d, n))


def same_file(a, b):
    if os.path.getsize(a) != os.path.getsize(b):
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        return fa.read() == fb.read()


def clean_env():
    env = dict(os.environ)
    # A "make mutants MODULES=..." must not reach the builds of the copy.
    for k in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES",
              "MODULES"):
        env.pop(k, None)
    env["LC_ALL"] = "C.UTF-8"
    # A pointer to a returned function's locals is an error too (a
    # mutant that keeps such a pointer may pass while the stack happens
    # to hold the same bytes again).
    env["ASAN_OPTIONS"] = ":".join(o for o in (
        env.get("ASAN_OPTIONS", ""), "detect_stack_use_after_return=1") if o)
    return env


# A mutant that loops printing would fill the disk with one test's output
# before its timeout: no file a build or a test writes comes near this.
FILE_SIZE_LIMIT = 1 << 30


def limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE,
                       (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


class Runner:
    def __init__(self, tree, make, timeout_floor, cflags, tty, oom=True):
        self.tree, self.make, self.tty, self.oom = tree, make, tty, oom
        self.flags = ["CFLAGS=" + cflags, "LDFLAGS=" + " ".join(
            f for f in cflags.split() if f.startswith("-fsanitize"))]
        self.env = clean_env()
        self.floor = timeout_floor
        self.tests = []                 # (name, build target, argv)
        self.baseline = {}

    def run(self, argv, timeout, log=None):
        """(exit status or 'timeout', seconds)."""
        t0 = time.monotonic()
        p = subprocess.Popen(argv, cwd=self.tree, env=self.env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL,
                             start_new_session=True,
                             preexec_fn=limit_file_size)
        try:
            out, _ = p.communicate(timeout=timeout)
            rc = p.returncode
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            out, _ = p.communicate()
            rc = "timeout"
        except BaseException:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            raise
        if log is not None:
            log.append(out.decode("utf-8", "replace"))
        return rc, time.monotonic() - t0

    def build(self, targets, log=None):
        oom = [t for t in targets if t.startswith(OOM_BUILD + "/")]
        rest = [t for t in targets if t not in oom]
        base = [self.make, "--no-print-directory", "-s", "-j1",
                "--eval=.SECONDARY:"]
        if rest:
            rc, _ = self.run(base + ["BUILD=build"] + self.flags + rest,
                             600, log)
            if rc != 0:
                return False
        if oom:
            # failmalloc replaces malloc: no sanitizer's allocator.
            rc, _ = self.run(base + ["BUILD=" + OOM_BUILD,
                                     "CFLAGS=-O0 -g", "LDFLAGS="] + oom,
                             600, log)
            if rc != 0:
                return False
        return True

    def discover(self):
        units = sorted(n[5:-2] for n in os.listdir(
            os.path.join(self.tree, "tests/unit"))
            if n.startswith("test_") and n.endswith(".c"))
        for u in units:
            t = "build/tests/test_" + u
            self.tests.append(("unit:" + u, [t], [t]))
        cases = sorted(n[:-4] for n in os.listdir(
            os.path.join(self.tree, "tests/e2e/cases")) if n.endswith(".cmd"))
        for k in range(0, len(cases), 20):
            batch = cases[k:k + 20]
            self.tests.append(("e2e:" + batch[0], ["build/iompubs"],
                               ["sh", "tests/e2e/run.sh", "build/iompubs"] +
                               batch))
        self.tests.append(("hostile", ["build/iompubs"],
                           ["sh", "tests/hostile/run.sh", "build/iompubs"]))
        self.tests.append(("catalog", ["build/iompubs"],
                           ["build/iompubs", "check", "data/catalog.yaml"]))
        if self.tty and os.path.exists(os.path.join(self.tree,
                                                    "tests/tty/test_tty.py")):
            self.tests.append(("tty", ["build/iompubs"],
                               ["python3", "tests/tty/test_tty.py",
                                "build/iompubs"]))
        if os.path.exists(os.path.join(self.tree, "tests/formats/run.sh")):
            self.tests.append(("formats", ["build/iompubs"],
                               ["sh", "tests/formats/run.sh",
                                "build/iompubs"]))
        if os.path.exists(os.path.join(self.tree, "tests/html/run.py")):
            # The page in a browser (as text without one): run only for
            # the modules that write it (HTML_MODULES).
            self.tests.append(("html", ["build/iompubs"],
                               ["python3", "tests/html/run.py",
                                "build/iompubs"]))
        if self.oom and os.path.exists(os.path.join(self.tree,
                                                    "tests/oom/run.py")):
            binary = OOM_BUILD + "/iompubs-failmalloc"
            self.tests.append(("oom", [binary],
                               ["python3", "tests/oom/run.py", binary] +
                               OOM_COMMANDS))

    def check_baseline(self):
        log = []
        if not self.build(["build/iompubs"] + [t for _, b, _ in self.tests
                                               for t in b], log):
            sys.stderr.write("".join(log))
            raise SystemExit("mutate.py: the tree does not build")
        total = 0.0
        for name, _, argv in self.tests:
            log = []
            rc, secs = self.run(argv, 600, log)
            if rc != 0:
                sys.stderr.write("".join(log)[-3000:])
                raise SystemExit("mutate.py: %s fails without any mutant"
                                 % name)
            self.baseline[name] = secs
            total += secs
        return total

    def timeout_of(self, name):
        # Without a baseline (--no-baseline) a test's normal time is not
        # known: only the budget cuts it, or a slow test would pass for
        # a hanging one and count as a kill.
        if name not in self.baseline:
            return float("inf")
        return max(self.floor, 5 * self.baseline[name])

    def kills(self, order, deadline):
        """The name of the first test that fails, or None."""
        built = {"build/iompubs"}
        for name in order:
            _, targets, argv = next(t for t in self.tests if t[0] == name)
            if not built.issuperset(targets):
                if not self.build(targets):
                    return name + " (build)"
                built.update(targets)
            left = deadline - time.monotonic()
            if left <= 0:
                return None             # out of budget: not a kill
            rc, _ = self.run(argv, min(self.timeout_of(name), left))
            if rc == "timeout":
                if time.monotonic() >= deadline:
                    return None         # the budget ran out, not the test
                return name + " (timeout)"
            if rc != 0:
                return name
        return None


# The modules whose mutants the browser test of the HTML page also runs
# on; for the others it would only add its half minute to each survivor.
HTML_MODULES = {"fmt_html", "out", "cite", "obtain", "format", "fmt_bibtex",
                "fmt_ris", "lang", "text"}


def first_order(module, names):
    """Tests most likely to notice a change in module, first."""
    if module not in HTML_MODULES:
        names = [n for n in names if n != "html"]
    related = {"expr": ["expr", "filter"], "filter": ["filter", "expr"],
               "validate": ["validate", "isbn"], "isbn": ["isbn",
               "validate"], "catalog": ["catalog_data"]}.get(module, [module])
    if module.startswith("fmt_") or module == "format":
        related = ["formats", "out"]
    first = [n for r in related for n in names if n == "unit:" + r]
    # Then the tests of the whole program, which see most changes,
    # before the unit tests of the other modules.
    first += [n for n in names if not n.startswith("unit:") and
              n not in ("formats", "oom")]
    # The out-of-memory runs are the slowest: last.
    return first + [n for n in names if n not in first and n != "oom"] + \
        [n for n in names if n == "oom"]


def main():
    ap = argparse.ArgumentParser(
        description="Mutation testing of iompubs' modules.")
    ap.add_argument("modules", nargs="*", metavar="MODULE")
    ap.add_argument("-n", "--per-module", type=int, default=20,
                    help="mutants tried per module (default 20; 0: all)")
    ap.add_argument("--seed", default="1",
                    help="the sample's seed (default 1)")
    ap.add_argument("--budget", type=float, default=300,
                    help="seconds of tests for one mutant (default 300); "
                    "a mutant not killed within it counts as a survivor")
    ap.add_argument("--list", action="store_true",
                    help="list the sampled mutants; build and run nothing")
    ap.add_argument("--json", metavar="FILE",
                    help="also write the results to FILE")
    ap.add_argument("--change", nargs=3, action="append",
                    metavar=("MODULE", "OLD", "NEW"),
                    help="instead of a sample, try this one change: the "
                    "first OLD in src/MODULE.c made NEW (repeatable)")
    ap.add_argument("--min-score", type=float, default=0,
                    help="exit 1 if a module scores less (percent)")
    ap.add_argument("--no-baseline", action="store_true",
                    help="do not first check that the tests pass "
                    "without mutants (when that was just seen)")
    ap.add_argument("--tty", action="store_true",
                    help="also run the terminal tests (tests/tty), where "
                    "the pager and colour paths are tested")
    ap.add_argument("--no-oom", action="store_true",
                    help="do not run the out-of-memory runs of a few small "
                    "commands (tests/oom/run.py) on the mutants that "
                    "survive every other test")
    ap.add_argument("--cflags", default="-O0 -g -fsanitize=address "
                    "-fno-omit-frame-pointer",
                    help="CFLAGS of the mutants' builds (default: "
                    "AddressSanitizer, as make check-asan, so that a lost "
                    "free() or a byte written past a buffer is caught)")
    ap.add_argument("--work", default=os.path.join(TOP, "build", "mutants"),
                    help="where the copy of the tree lives")
    args = ap.parse_args()

    names = []
    srcdir = os.path.join(TOP, "src")
    for pat in " ".join(args.modules).split():
        found = sorted(f[:-2] for f in os.listdir(srcdir)
                       if f.endswith(".c") and fnmatch.fnmatch(f[:-2], pat))
        if not found:
            raise SystemExit("mutate.py: no module matches '%s'" % pat)
        names += [f for f in found if f not in names]

    equivalents = load_equivalents()
    plan = []
    if args.change:
        names = []
        for mod, old, new in args.change:
            path = "src/%s.c" % mod
            with open(os.path.join(TOP, path), encoding="utf-8") as f:
                src = f.read()
            at = src.find(old)
            if at < 0:
                raise SystemExit("mutate.py: no '%s' in %s" % (old, path))
            tok = Tok("given", old, at, at + len(old),
                      src.count("\n", 0, at) + 1)
            m = Mutant(mod, path, "given", tok.line, "given",
                       [(at, at + len(old), new)], src)
            plan.append((mod, path, src, 1, [m]))
        args.per_module = 1
    for mod in names:
        path = "src/%s.c" % mod
        with open(os.path.join(TOP, path), encoding="utf-8") as f:
            src = f.read()
        cands = module_mutants(mod, path, src)
        # The whole list in the seed's order: mutants that do not
        # compile are replaced by the next ones, so that N are tried.
        rng = random.Random("%s/%s" % (args.seed, mod))
        order = rng.sample(cands, len(cands))
        plan.append((mod, path, src, len(cands), order))

    if args.list:
        for mod, path, src, ncand, order in plan:
            n = args.per_module or ncand
            print("%s: %d of %d possible mutants" % (mod, min(n, ncand),
                                                     ncand))
            for m in sorted(order[:n], key=lambda m: m.line):
                print("  " + m.describe())
        return 0

    tree = os.path.join(args.work, "tree")
    os.makedirs(tree, exist_ok=True)
    sync_tree(tree)
    # Objects built with other flags would be linked as they are.
    stamp = os.path.join(args.work, "cflags")
    if not os.path.exists(stamp) or open(stamp).read() != args.cflags:
        shutil.rmtree(os.path.join(tree, "build"), ignore_errors=True)
        with open(stamp, "w") as f:
            f.write(args.cflags)
    make = os.environ.get("MAKE", "make")
    runner = Runner(tree, make, timeout_floor=20, cflags=args.cflags,
                    tty=args.tty, oom=not args.no_oom)
    runner.discover()
    if not any(p[0] in HTML_MODULES for p in plan):
        runner.tests = [t for t in runner.tests if t[0] != "html"]
    if any(p[0] in FORMAT_MODULES or p[0].startswith("fmt_") for p in plan):
        runner.tests = [(n, b, a + FORMAT_OOM_COMMANDS if n == "oom" else a)
                        for n, b, a in runner.tests]
    if args.no_baseline:
        if not runner.build(["build/iompubs"]):
            raise SystemExit("mutate.py: the tree does not build")
        base = 0.0
    else:
        base = runner.check_baseline()
    print("mutate.py: seed %s, %d tests take %.1f s without mutants; "
          "budget %.0f s a mutant" % (args.seed, len(runner.tests), base,
                                      args.budget), flush=True)
    if base > args.budget:
        raise SystemExit("mutate.py: the tests take longer than the budget;"
                         " give a larger --budget")

    results, status = [], 0
    for mod, path, src, ncand, order in plan:
        r = run_module(runner, mod, path, src, ncand, order, equivalents,
                       args.per_module or ncand, args.budget)
        results.append(r)
        if r["score"] is not None and r["score"] < args.min_score:
            status = 1
    print()
    print("%-14s %6s %6s %6s %6s %6s %6s  %s" % (
        "module", "tried", "killed", "surv", "equiv", "nocomp", "of",
        "score"))
    tk = tv = 0
    for r in results:
        print("%-14s %6d %6d %6d %6d %6d %6d  %s" % (
            r["module"], r["tried"], r["killed"], len(r["survivors"]),
            r["equivalent"], r["invalid"], r["possible"],
            "-" if r["score"] is None else "%.1f%%" % r["score"]))
        tk += r["killed"]
        tv += r["killed"] + len(r["survivors"])
    if tv:
        print("%-14s %6s %6d %6s  %.1f%% of %d non-equivalent mutants "
              "killed" % ("all", "", tk, "", 100.0 * tk / tv, tv))
    surv = [s for r in results for s in r["survivors"]]
    if surv:
        print("\nsurvivors:")
        for s in surv:
            print("  " + s)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"seed": args.seed, "modules": results}, f, indent=1)
    return status


def run_module(runner, mod, path, src, ncand, pick, equivalents, n,
               budget):
    """Try mutants of pick in turn until n have compiled."""
    target = os.path.join(runner.tree, path)
    r = {"module": mod, "possible": ncand, "tried": 0, "killed": 0,
         "invalid": 0, "equivalent": 0, "survivors": [], "score": None,
         "killed_by": {}}
    order = first_order(mod, [t[0] for t in runner.tests])
    print("%s: %d of %d possible mutants" % (mod, min(n, ncand), ncand),
          flush=True)
    for m in pick:
        if r["tried"] >= n:
            break
        if m.key in equivalents:
            r["tried"] += 1
            r["equivalent"] += 1
            print("  equiv  " + m.describe(), flush=True)
            continue
        t0 = time.monotonic()
        try:
            write(target, m.src)
            if not runner.build(["build/iompubs"]):
                r["invalid"] += 1
                continue
            r["tried"] += 1
            killer = runner.kills(order, time.monotonic() + budget)
        finally:
            write(target, src)
        if killer is None:
            r["survivors"].append(m.describe())
            print("  SURVIVED " + m.describe() +
                  " (%.0f s)" % (time.monotonic() - t0), flush=True)
            continue
        r["killed"] += 1
        r["killed_by"][killer] = r["killed_by"].get(killer, 0) + 1
        base = killer.split(" ")[0]
        if base in order and base != "oom":  # try the last killer first
            order.remove(base)
            order.insert(0, base)
        print("  killed " + m.describe() + "  by " + killer +
              " (%.0f s)" % (time.monotonic() - t0), flush=True)
    valid = r["killed"] + len(r["survivors"])
    if valid:
        r["score"] = 100.0 * r["killed"] / valid
    return r


def write(path, text):
    """Write text to path so that make sees it as new."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
    now = time.time()
    os.utime(path, (now, now + 1))      # newer than its object, always


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.stderr.write("\nmutate.py: interrupted; the working tree was "
                         "never changed\n")
        sys.exit(130)
