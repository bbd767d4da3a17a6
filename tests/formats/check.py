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
          'notes', 'url')
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


def csv_columns():
    """csv's header: price is two columns, price (amount) and currency."""
    cols = []
    for f in FIELDS:
        cols += ['price', 'currency'] if f == 'price' else [f]
    return cols


def csv_texts(rec):
    """The cells csv writes for rec, before quoting and guards."""
    out = []
    for f in FIELDS:
        if f == 'price':
            p = rec['price']
            out += ['', ''] if p is None else [str(p['amount']),
                                               p['currency']]
        else:
            out.append(field_text(rec, f, '; '))
    return out


def check_csv(ip, recs):
    for raw, bom in ((True, False), (False, False), (False, True)):
        args = ['list', '--format', 'csv'] + (['--csv-raw'] if raw else
                                              []) + (['--bom'] if bom
                                                     else [])
        out = ip.run(*args, binary_output=True)
        what = 'csv' + (' --csv-raw' if raw else '') + (' --bom' if bom
                                                        else '')
        check(out.startswith(b'\xef\xbb\xbf') == bom,
              what + ': a byte-order mark only with --bom')
        out = out.decode('utf-8-sig' if bom else 'utf-8')
        # Every line ends with CRLF; bare newlines only inside values.
        check(out.endswith('\r\n'), what + ': ends with CRLF')
        rows = list(csv.reader(io.StringIO(out, newline=''), strict=True))
        check(rows[0] == csv_columns(), what + ': header row', repr(rows[0]))
        check(len(rows) == len(recs) + 1, what + ': one row per record')
        for row, rec in zip(rows[1:], recs):
            want = []
            for text in csv_texts(rec):
                shown = visible(text, keep='\n')
                if not raw and text[:1] in FORMULA_STARTS:
                    shown = "'" + shown
                want.append(shown)
            check(row == want, '%s: record %s' % (what, rec['id']),
                  '%r' % [(g, w) for g, w in zip(row, want) if g != w][:2])


def joined_lines(s):
    return ' '.join(visible(line) for line in s.split('\n') if line)


def body_name(publisher):
    """The corporate author: the publisher without "(IOM)" (cite.h)."""
    if publisher is None:
        return None
    m = re.match(r'^(.*[^ ]) \(([^()]*)\)$', publisher, re.S)
    name = (m.group(1) if m and '(' not in m.group(1) else publisher)
    name = name.strip(' \t\n') if m else name
    return name or None


def city(address):
    """The publisher's city: before the country, postal codes dropped."""
    if address is None or '\n' in address or ',' not in address:
        return None
    part = address.split(',')[-2]
    words = part.split()
    keep = [i for i, w in enumerate(words) if not re.search('[0-9]', w)]
    if not keep or keep != list(range(keep[0], keep[-1] + 1)):
        return None
    return ' '.join(words[keep[0]:keep[-1] + 1])


def cite_type(rec):
    return 'book' if rec['isbn'] or rec['eisbn'] else 'report'


def check_ris(ip, recs, header):
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
            check(value in ('BOOK', 'RPRT') and cur is None,
                  'ris: TY  - BOOK or RPRT')
            cur = {'TY': [value]}
        elif tag == 'ER':
            check(value == '' and cur is not None, 'ris: ER  - ')
            got.append(cur)
            cur = None
        else:
            cur.setdefault(tag, []).append(value)
    check(len(got) == len(recs), 'ris: one record per publication')
    name = body_name(header.get('publisher'))
    place = city(header.get('address'))
    for r, rec in zip(got, recs):
        want = {'TY': ['BOOK' if cite_type(rec) == 'book' else 'RPRT'],
                'ID': [visible(rec['id'])], 'TI': [visible(rec['title'])],
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
        if name:
            want['AU'] = want['PB'] = [visible(name)]
        if place:
            want['CY'] = [visible(place)]
        if rec.get('url'):
            want['UR'] = [visible(rec['url'])]
        if rec['abstract'] is not None:
            want['AB'] = [joined_lines(rec['abstract'])]
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


def check_bibtex(ip, recs, header):
    out = ip.run('list', '--format', 'bibtex')
    try:
        entries = bib_parse(out)
    except ValueError as e:
        fail('bibtex: parses', str(e))
        return
    check(len(entries) == len(recs), 'bibtex: one entry per record')
    keys = [k for _, k, _ in entries]
    check(len(set(keys)) == len(keys), 'bibtex: keys are distinct')
    name = body_name(header.get('publisher'))
    place = city(header.get('address'))
    for (kind, key, f), rec in zip(entries, recs):
        what = 'bibtex: entry %s' % rec['id']
        book = cite_type(rec) == 'book'
        check(kind == ('book' if book else 'techreport'),
              what + ': @book or @techreport', kind)
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
        check('note' not in f, what + ': no transcription notes')
        check(f.get('url') == rec.get('url'), what + ': url, as it is',
              repr(f.get('url')))
        publisher = 'publisher' if book else 'institution'
        if name is None:
            check('author' not in f and publisher not in f,
                  what + ': no author, no ' + publisher)
        else:
            check(f.get('author') == '{' + bib_text(name) + '}',
                  what + ': corporate author, braced', f.get('author'))
            check(unlatex(f.get(publisher, '')) == visible(name),
                  what + ': ' + publisher)
        check(f.get('address') == (bib_text(place) if place else None),
              what + ': address')
        if rec['abstract'] is not None:
            got = re.sub(r'\n    ', '\n', f.get('abstract', ''))
            check(unlatex(got) == visible(rec['abstract'], keep='\n'),
                  what + ': abstract')


def check_csljson(ip, recs, header):
    """csl-json read by Python's json: exactly the records' data."""
    try:
        items = json.loads(ip.run('list', '--format', 'csl-json'))
    except ValueError as e:
        fail('csl-json: parses', str(e))
        return
    check(len(items) == len(recs), 'csl-json: one item per record')
    name = body_name(header.get('publisher'))
    place = city(header.get('address'))
    for item, rec in zip(items, recs):
        what = 'csl-json: item %s' % rec['id']
        lang = item.pop('language', None)
        check(lang is None or re.match('^[a-z]{2}$', lang) is not None,
              what + ': language is an ISO 639-1 code', lang)
        want = {'id': rec['id'], 'type': cite_type(rec),
                'title': rec['title'],
                'issued': {'date-parts': [[rec['year']]]}}
        if name:
            want['author'] = [{'literal': name}]
            want['publisher'] = name
        if place:
            want['publisher-place'] = place
        if rec['pages']:
            want['number-of-pages'] = str(rec['pages'])
        if rec['isbn'] + rec['eisbn']:
            want['ISBN'] = ', '.join(rec['isbn'] + rec['eisbn'])
        if rec['issn']:
            want['ISSN'] = rec['issn']
        if rec.get('url'):
            want['URL'] = rec['url']
        if rec['countries']:
            want['keyword'] = ', '.join(COUNTRY.get(x, x)
                                        for x in rec['countries'])
        if rec['abstract']:
            want['abstract'] = rec['abstract']
        check(item == want, what, '%r' % {
            k: (item.get(k), want.get(k)) for k in set(item) | set(want)
            if item.get(k) != want.get(k)})


def bib_text(s):
    """s as fmt_bibtex writes text: LaTeX specials escaped."""
    rev = {v: k for k, v in LATEX.items()}
    return ''.join(rev.get(ch, ch) for ch in visible(s))


BST = ('plain', 'alpha', 'apalike')


def bbl_entries(bbl):
    """(key, text) of each \\bibitem, bibtex's line breaks undone."""
    out = []
    for chunk in bbl.split('\\bibitem')[1:]:
        chunk = re.sub(r'\n  ', ' ', chunk.split('\\end{thebibliography}')[0])
        m = re.match(r'(?:\[(?:[^][]|\{[^{}]*\})*\])?\{([^}]*)\}', chunk, re.S)
        out.append((m.group(1) if m else None, chunk))
    return out


def braced(s, i):
    """The text of the brace group that opens at s[i], and its end."""
    depth, j = 0, i
    while j < len(s):
        depth += {'{': 1, '}': -1}.get(s[j], 0)
        j += 1
        if depth == 0:
            return s[i + 1:j - 1], j
    raise ValueError('unbalanced')


def check_bibtex_real(ip, recs, strict):
    """The real bibtex, with plain, alpha and apalike: every entry
    rendered, under its key; strict: no warning, every title exact."""
    import os
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'refs.bib'), 'w') as f:
            f.write(ip.run('list', '--format', 'bibtex'))
        for bst in BST:
            with open(os.path.join(d, bst + '.aux'), 'w') as f:
                f.write('\\relax\n\\citation{*}\n\\bibdata{refs}\n'
                        '\\bibstyle{%s}\n' % bst)
            p = subprocess.run(['bibtex', '-terse', bst], cwd=d,
                               capture_output=True, text=True)
            with open(os.path.join(d, bst + '.blg')) as f:
                warnings = [l for l in f if 'Warning--' in l or 'error' in l]
            if strict:
                check(p.returncode == 0 and not warnings,
                      'bibtex %s: no warnings' % bst, ''.join(warnings[:3]))
            else:
                check(p.returncode < 2, 'bibtex %s: no error' % bst,
                      p.stdout[-300:])
            with open(os.path.join(d, bst + '.bbl')) as f:
                entries = bbl_entries(f.read())
            check(sorted(k for k, _ in entries) ==
                  sorted(bib_key(r['id']) for r in recs),
                  'bibtex %s: every entry, under its key' % bst)
            print('bibtex %s: %d entries, %d warnings' % (
                bst, len(entries), len(warnings)))
            if not strict:
                continue
            titles = {bib_key(r['id']): r['title'] for r in recs}
            for key, text in entries:
                i = text.find('\\newblock ') + len('\\newblock ')
                group, _ = braced(text, i)
                if group.startswith('\\em {'):
                    group, _ = braced(group, 4)
                want = ' '.join(titles.get(key, '').split())
                check(unlatex(group) == want,
                      'bibtex %s: title of %s as written' % (bst, key),
                      '%r != %r' % (unlatex(group), want))


def check_pandoc(ip, recs):
    """pandoc reads csl-json: every item, its id, its title's text."""
    items = ip.run('list', '--format', 'csl-json')
    p = subprocess.run(['pandoc', '-f', 'csljson', '-t', 'json'],
                       input=items.encode(), capture_output=True)
    if not check(p.returncode == 0 and not p.stderr,
                 'pandoc reads csl-json', p.stderr.decode()[:300]):
        return
    refs = json.loads(p.stdout)['meta']['references']['c']
    check(len(refs) == len(recs), 'pandoc: one reference per record',
          '%d, not %d' % (len(refs), len(recs)))

    def text(x):
        if isinstance(x, list):
            return ''.join(text(y) for y in x)
        if not isinstance(x, dict):
            return ''
        t, c = x.get('t'), x.get('c')
        if t in ('Str', 'MetaString'):
            return c
        if t in ('Space', 'SoftBreak', 'LineBreak'):
            return ' '
        if t == 'Quoted':
            return '"' + text(c[1]) + '"'
        if t == 'Span':
            return text(c[1])
        return text(c)
    for ref, rec in zip(refs, recs):
        m = ref['c']
        check(text(m.get('id')) == rec['id'],
              'pandoc: id %s' % rec['id'], text(m.get('id')))
        # Quotation marks are markup to CSL-JSON: compare them as one.
        quotes = str.maketrans({c: '"' for c in '\'\u2018\u2019\u201c\u201d'})
        want = ' '.join(rec['title'].translate(quotes).split())
        got = ' '.join(text(m.get('title')).translate(quotes).split())
        check(got == want, 'pandoc: title of %s' % rec['id'],
              '%r != %r' % (got, want))
    print('pandoc: %d references read' % len(refs))


def check_python(ip, recs, header):
    check_jsonl(ip, recs)
    check_tsv(ip, recs)
    check_csv(ip, recs)
    check_ris(ip, recs, header)
    check_bibtex(ip, recs, header)
    check_csljson(ip, recs, header)


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
    yml = ip.run('list', '--format', 'yaml')
    header = {}
    for key in ('publisher', 'address'):
        m = re.search(r'^catalog:\n(?:  .*\n)*?  +%s: (".*")$' % key, yml,
                      re.M)
        header[key] = yaml_unquote(m.group(1)) if m else None
    if consumer == 'python':
        check_python(ip, recs, header)
    elif consumer == 'pyyaml':
        check_pyyaml(ip, recs, source)
    elif consumer == 'rec':
        check_rec(ip, recs)
    elif consumer in ('bibtex', 'bibtex-strict'):
        check_bibtex_real(ip, recs, consumer == 'bibtex-strict')
    elif consumer == 'pandoc':
        check_pandoc(ip, recs)
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
