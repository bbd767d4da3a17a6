#!/usr/bin/env python3
"""check.py: read each output format of iompubs back, as its consumers do.

    check.py CONSUMER BINARY CATALOG [SOURCE]

CONSUMER is one of python (jsonl, tsv, csv, ris, bibtex, read by Python's
json and csv modules and by small parsers written from the formats'
specifications), pyyaml (yaml, read by PyYAML) and rec (rec, read by
recsel, recinf and recfix).  CATALOG is given to --catalog ("" for the
built-in one); SOURCE, when given, is the YAML file the catalogue came
from, whose header the yaml output must reproduce.

The records are taken from `list --format json` and every format must
carry the same data: exactly for tsv, yaml, jsonl and csv --csv-raw (but
for control characters, which only tsv, yaml and jsonl can carry), and
as each format's manual entry says for the others.  Prints a line per
failure and one summary line; exits 1 if anything failed.
"""
import csv
import decimal
import io
import json
import re
import subprocess
import sys

FIELDS = ('id', 'title', 'year', 'pages', 'languages', 'countries', 'isbn',
          'eisbn', 'issn', 'price', 'availability', 'editions', 'abstract',
          'notes')
LISTS = ('languages', 'countries', 'isbn', 'eisbn', 'availability')
ISO_3166 = '/usr/share/iso-codes/json/iso_3166-1.json'


def country_names():
    """Alpha-2 code to name, as iso-codes gives them: what bibtex and ris
    write for countries."""
    try:
        with open(ISO_3166, encoding='utf-8') as f:
            return {c['alpha_2']: c.get('common_name', c['name'])
                    for c in json.load(f)['3166-1']}
    except OSError:
        return {}


COUNTRY = country_names()

failures = []
checks = [0]


def fail(what, detail=''):
    failures.append(what)
    print('FAIL %s%s' % (what, (': ' + detail) if detail else ''))


def check(cond, what, detail=''):
    checks[0] += 1
    if not cond:
        fail(what, detail)
    return cond


class Iompubs:
    def __init__(self, binary, catalog):
        self.binary = binary
        self.catalog = catalog

    def run(self, *args, binary_output=False):
        argv = [self.binary]
        if self.catalog:
            argv += ['--catalog', self.catalog]
        argv += list(args)
        out = subprocess.run(argv, stdout=subprocess.PIPE, check=True).stdout
        return out if binary_output else out.decode('utf-8')

    def records(self):
        return json.loads(self.run('list', '--format', 'json'),
                          parse_float=decimal.Decimal)


# The text formats' rendering of values, as pub_field_text() and
# out_text() write them.

def unsafe(ch):
    cp = ord(ch)
    return (cp < 0x20 or cp == 0x7f or 0x80 <= cp <= 0x9f or
            0x202a <= cp <= 0x202e or 0x2066 <= cp <= 0x2069 or
            cp in (0x2028, 0x2029))


def escape(ch):
    named = {'\t': '\\t', '\n': '\\n', '\r': '\\r'}
    if ch in named:
        return named[ch]
    return ('\\x%02x' if ord(ch) < 0x80 else '\\u%04x') % ord(ch)


def visible(s, keep=''):
    return ''.join(escape(c) if unsafe(c) and c not in keep else c
                   for c in s)


def edition_text(e):
    s = str(e['year'])
    if e['pages']:
        s += ', %d pages' % e['pages']
    for j, lang in enumerate(e['languages']):
        s += (', ' if j == 0 else ' and ') + lang
    for isbn in e['isbn']:
        s += ', ISBN ' + isbn
    return s


def field_text(rec, field, sep):
    v = rec[field]
    if field in LISTS:
        return sep.join(v)
    if field == 'editions':
        return sep.join(edition_text(e) for e in v)
    if field == 'price':
        return '' if v is None else '%s %s' % (v['amount'], v['currency'])
    if v is None:
        return ''
    return str(v)


# Formats.

def check_jsonl(ip, recs):
    lines = ip.run('list', '--format', 'jsonl').split('\n')
    check(lines[-1] == '', 'jsonl: ends with a newline')
    got = [json.loads(line, parse_float=decimal.Decimal)
           for line in lines[:-1]]
    check(got == recs, 'jsonl: the records of json')
    some = ip.run('list', '--format', 'jsonl', '--fields', 'year,id')
    got = [json.loads(line) for line in some.splitlines()]
    check(got == [{'year': r['year'], 'id': r['id']} for r in recs],
          'jsonl --fields year,id')


TSV_ESCAPE = re.compile(r'\\(t|n|r|\\|x[0-9a-f]{2}|u[0-9a-f]{4})')


def tsv_unescape(s):
    def one(m):
        e = m.group(1)
        return {'t': '\t', 'n': '\n', 'r': '\r', '\\': '\\'}.get(
            e, None) or chr(int(e[1:], 16))
    return TSV_ESCAPE.sub(one, s)


def check_tsv(ip, recs):
    out = ip.run('list', '--format', 'tsv')
    lines = out.split('\n')
    check(lines[-1] == '', 'tsv: ends with a newline')
    rows = [line.split('\t') for line in lines[:-1]]
    check(rows[0] == list(FIELDS), 'tsv: header row')
    check(len(rows) == len(recs) + 1, 'tsv: one line per record')
    for row, rec in zip(rows[1:], recs):
        want = [field_text(rec, f, '; ') for f in FIELDS]
        got = [tsv_unescape(v) for v in row]
        check(got == want, 'tsv: record %s read back exactly' % rec['id'],
              '%r' % [(g, w) for g, w in zip(got, want) if g != w][:2])


FORMULA_STARTS = ('=', '+', '-', '@', '\t', '\r')


def check_csv(ip, recs):
    for raw in (True, False):
        args = ['list', '--format', 'csv'] + (['--csv-raw'] if raw else [])
        out = ip.run(*args, binary_output=True).decode('utf-8')
        what = 'csv' + (' --csv-raw' if raw else '')
        # Every line ends with CRLF; bare newlines only inside values.
        check(out.endswith('\r\n'), what + ': ends with CRLF')
        rows = list(csv.reader(io.StringIO(out, newline=''), strict=True))
        check(rows[0] == list(FIELDS), what + ': header row')
        check(len(rows) == len(recs) + 1, what + ': one row per record')
        for row, rec in zip(rows[1:], recs):
            want = []
            for f in FIELDS:
                text = field_text(rec, f, '; ')
                shown = visible(text, keep='\n')
                if not raw and text[:1] in FORMULA_STARTS:
                    shown = "'" + shown
                want.append(shown)
            check(row == want, '%s: record %s' % (what, rec['id']),
                  '%r' % [(g, w) for g, w in zip(row, want) if g != w][:2])


def joined_lines(s):
    return ' '.join(visible(line) for line in s.split('\n') if line)


def check_ris(ip, recs, publisher):
    out = ip.run('list', '--format', 'ris', binary_output=True).decode()
    check(out.endswith('ER  - \r\n'), 'ris: ends with ER and CRLF')
    lines = out.split('\r\n')[:-1]
    check(all('\n' not in line and '\r' not in line for line in lines),
          'ris: every line ends with CRLF')
    tagged = re.compile(r'^([A-Z][A-Z0-9])  - (.*)$')
    got, cur = [], None
    for line in lines:
        if line == '' and cur is None:
            continue
        m = tagged.match(line)
        if not check(m is not None, 'ris: tag line', repr(line)):
            return
        tag, value = m.groups()
        if tag == 'TY':
            check(value == 'BOOK' and cur is None, 'ris: TY  - BOOK')
            cur = {}
        elif tag == 'ER':
            check(value == '' and cur is not None, 'ris: ER  - ')
            got.append(cur)
            cur = None
        else:
            cur.setdefault(tag, []).append(value)
    check(len(got) == len(recs), 'ris: one record per publication')
    for r, rec in zip(got, recs):
        want = {'ID': [visible(rec['id'])], 'TI': [visible(rec['title'])],
                'PY': [str(rec['year'])]}
        if rec['pages']:
            want['SP'] = [str(rec['pages'])]
        if rec['languages']:
            want['LA'] = [visible(x) for x in rec['languages']]
        if rec['countries']:
            want['KW'] = [visible(COUNTRY.get(x, x))
                          for x in rec['countries']]
        sn = rec['isbn'] + rec['eisbn'] + ([rec['issn']] if rec['issn']
                                           else [])
        if sn:
            want['SN'] = [visible(x) for x in sn]
        if publisher:
            want['PB'] = [visible(publisher)]
        for tag, key in (('AB', 'abstract'), ('N1', 'notes')):
            if rec[key] is not None:
                want[tag] = [joined_lines(rec[key])]
        check(r == want, 'ris: record %s' % rec['id'],
              '%r' % {k: (r.get(k), want.get(k)) for k in
                      set(r) | set(want) if r.get(k) != want.get(k)})


LATEX = {'\\textbraceleft{}': '{', '\\textbraceright{}': '}',
         '\\textasciitilde{}': '~', '\\textasciicircum{}': '^',
         '\\textbackslash{}': '\\', '\\&': '&', '\\%': '%', '\\$': '$',
         '\\#': '#', '\\_': '_'}
LATEX_RE = re.compile('|'.join(re.escape(k) for k in
                               sorted(LATEX, key=len, reverse=True)))


def unlatex(s):
    return LATEX_RE.sub(lambda m: LATEX[m.group(0)], s)


def bib_key(rec_id):
    ok = re.compile(r'[A-Za-z0-9._:/-]')
    return ''.join(chr(b) if ok.match(chr(b)) else '+%02x' % b
                   for b in rec_id.encode('utf-8'))


def bib_parse(text):
    """Entries as (type, key, {field: raw value}), braces balanced."""
    entries, i = [], 0
    while True:
        i = text.find('@', i)
        if i < 0:
            return entries
        m = re.compile(r'@(\w+)\{([^,\s]+),').match(text, i)
        if m is None:
            raise ValueError('bad entry at %d' % i)
        fields, i = {}, m.end()
        while True:
            m2 = re.compile(r'\s*(\w+) = \{').match(text, i)
            if m2 is None:
                break
            depth, j = 1, m2.end()
            while depth:
                if j == len(text):
                    raise ValueError('%s: braces not balanced' % m.group(2))
                depth += {'{': 1, '}': -1}.get(text[j], 0)
                j += 1
            fields[m2.group(1)] = text[m2.end():j - 1]
            i = j
            if text[i] == ',':
                i += 1
        if not text.startswith('\n}\n', i):
            raise ValueError('entry %s not closed at %d' % (m.group(2), i))
        entries.append((m.group(1), m.group(2), fields))
        i += 3


def check_bibtex(ip, recs, publisher):
    out = ip.run('list', '--format', 'bibtex')
    try:
        entries = bib_parse(out)
    except ValueError as e:
        fail('bibtex: parses', str(e))
        return
    check(len(entries) == len(recs), 'bibtex: one entry per record')
    keys = [k for _, k, _ in entries]
    check(len(set(keys)) == len(keys), 'bibtex: keys are distinct')
    for (kind, key, f), rec in zip(entries, recs):
        what = 'bibtex: entry %s' % rec['id']
        check(kind == 'book', what + ': @book')
        check(key == bib_key(rec['id']), what + ': key', key)
        check(f.get('year') == str(rec['year']), what + ': year')
        check(f.get('pagetotal') == (str(rec['pages']) if rec['pages']
                                     else None), what + ': pagetotal')
        isbns = rec['isbn'] + rec['eisbn']
        check(f.get('isbn') == (', '.join(visible(x) for x in isbns)
                                if isbns else None), what + ': isbn')
        title = f.get('title', '')
        check(title.startswith('{') and title.endswith('}') and
              unlatex(title[1:-1]) == visible(rec['title']),
              what + ': title', title)
        kw = f.get('keywords')
        check(kw == (', '.join(visible(COUNTRY.get(x, x))
                               for x in rec['countries'])
                     if rec['countries'] else None),
              what + ': keywords (countries)', kw)
        langs = re.split(r' and (?![^{]*\})', f.get('language', ''))
        check([unlatex(x.strip('{}')) for x in langs if x] ==
              [visible(x) for x in rec['languages']], what + ': language')
        if publisher is None:
            check('publisher' not in f, what + ': no publisher')
        else:
            check(unlatex(f.get('publisher', '')) == visible(publisher),
                  what + ': publisher')
        if rec['abstract'] is not None:
            got = re.sub(r'\n    ', '\n', f.get('abstract', ''))
            check(unlatex(got) == visible(rec['abstract'], keep='\n'),
                  what + ': abstract')


def check_python(ip, recs, publisher):
    check_jsonl(ip, recs)
    check_tsv(ip, recs)
    check_csv(ip, recs)
    check_ris(ip, recs, publisher)
    check_bibtex(ip, recs, publisher)


def plain_record(rec):
    """A json record as the yaml output spells it: absent keys left out."""
    out = {}
    for k in FIELDS:
        v = rec[k]
        if v is None or v == []:
            continue
        if k == 'price':
            v = {'amount': float(v['amount']), 'currency': v['currency']}
        if k == 'editions':
            v = [{ek: ev for ek, ev in e.items() if ev not in (None, [])}
                 for e in v]
        out[k] = v
    return out


def check_pyyaml(ip, recs, source):
    import yaml
    doc = yaml.safe_load(ip.run('list', '--format', 'yaml'))
    pubs = doc['publications']
    for p in pubs:
        if 'price' in p:
            p['price']['amount'] = float(p['price']['amount'])
    check(pubs == [plain_record(r) for r in recs],
          'yaml: PyYAML reads the records of json')
    if source:
        with open(source, encoding='utf-8') as f:
            orig = yaml.safe_load(f)
        want = orig.get('catalog') if isinstance(orig, dict) else None
        check(doc.get('catalog') == want,
              'yaml: PyYAML reads the header of %s' % source)


def check_rec(ip, recs):
    out = ip.run('list', '--format', 'rec')
    proc = subprocess.run(['recfix', '--check'], input=out.encode(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    check(proc.returncode == 0, 'rec: recfix --check',
          proc.stderr.decode(errors='replace').strip())
    inf = subprocess.run(['recinf'], input=out.encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode()
    check(inf.strip() == '%d Publication' % len(recs), 'rec: recinf',
          inf.strip())

    def recsel(*args):
        return subprocess.run(['recsel'] + list(args), input=out.encode(),
                              stdout=subprocess.PIPE,
                              check=True).stdout.decode()
    for year in sorted({r['year'] for r in recs}):
        got = recsel('-e', 'year = %d' % year, '-P', 'id').split('\n')
        want = [visible(r['id']) for r in recs if r['year'] == year]
        check([x for x in got if x] == want, 'rec: recsel year = %d' % year)
    # Every value comes back whole, multi-line abstracts included.
    for rec in recs:
        for f, name in (('title', 'title'), ('abstract', 'abstract'),
                        ('notes', 'notes')):
            if rec[f] is None:
                continue
            got = recsel('-e', "id = '%s'" % rec['id'].replace("'", "\\'"),
                         '-P', name)
            check(got == visible(rec[f], keep='\n') + '\n',
                  'rec: %s of %s' % (name, rec['id']), repr(got[:80]))


def main():
    consumer, binary, catalog = sys.argv[1:4]
    source = sys.argv[4] if len(sys.argv) > 4 else None
    ip = Iompubs(binary, catalog)
    recs = ip.records()
    # The header's publisher, from the yaml output, without PyYAML.
    m = re.search(r'^catalog:\n(?:  .*\n)*?  publisher: (".*")$',
                  ip.run('list', '--format', 'yaml'), re.M)
    publisher = yaml_unquote(m.group(1)) if m else None
    if consumer == 'python':
        check_python(ip, recs, publisher)
    elif consumer == 'pyyaml':
        check_pyyaml(ip, recs, source)
    elif consumer == 'rec':
        check_rec(ip, recs)
    else:
        sys.exit('check.py: unknown consumer ' + consumer)
    name = catalog or 'built-in catalogue'
    print('%s, %s: %d records, %d checks, %s' % (
        consumer, name, len(recs), checks[0],
        'ok' if not failures else '%d failed' % len(failures)))
    sys.exit(1 if failures else 0)


def yaml_unquote(s):
    """A double-quoted YAML scalar of ours, without PyYAML."""
    yaml_only = {'e': '\x1b', '0': '\x00', 'a': '\x07', 'v': '\x0b',
                 'N': '\x85', 'L': '\u2028', 'P': '\u2029'}

    def one(m):
        e = m.group(1)
        if e in yaml_only:
            return yaml_only[e]
        if e[0] == 'x':
            return chr(int(e[1:], 16))
        return json.loads('"\\' + e + '"')
    return re.sub(r'\\(x[0-9a-f]{2}|u[0-9a-f]{4}|.)', one, s[1:-1])


if __name__ == '__main__':
    main()
