#!/usr/bin/env python3
"""respell.py: the shipped catalogue, spelled other ways, loads the same.

    respell.py BINARY

data/catalog.yaml is read with PyYAML (a generic YAML parser) and written
back in other YAML spellings: JSON, flow style, every scalar double- or
single-quoted, block style with CRLF line ends and a byte order mark, and a
bare list of publications.  iompubs must load each one to exactly the
records it loads from the original (compared through `list --format
json`), and those records must be what PyYAML read: the generic parser and
ours agree on the data.
"""
import json
import os
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, '..', '..', 'data', 'catalog.yaml')
LISTS = ('languages', 'countries', 'isbn', 'eisbn', 'availability',
         'editions')


def records(binary, catalog=None):
    args = [binary]
    if catalog is not None:
        args += ['--catalog', catalog]
    out = subprocess.run(args + ['list', '--format', 'json'],
                         capture_output=True, check=True)
    if out.stderr:
        raise AssertionError('stderr: ' + out.stderr.decode())
    return json.loads(out.stdout)


def as_json_record(pub):
    """What `list --format json` shows for a record PyYAML read."""
    rec = {}
    for key in ('id', 'title', 'year', 'pages', 'languages', 'countries',
                'isbn', 'eisbn', 'issn', 'price', 'availability', 'editions',
                'abstract', 'notes', 'url'):
        value = pub.get(key)
        if value is None and key in LISTS:
            value = []
        if key == 'editions':
            value = [dict(year=e['year'], pages=e.get('pages'),
                          languages=e.get('languages', []),
                          isbn=e.get('isbn', [])) for e in value]
        rec[key] = value
    return rec


def quoting_dumper(style):
    """A dumper that writes every string in the given style.

    PyYAML's default_style would also quote integers, and then has to tag
    them (!!int "2015"); a catalogue refuses tags, so quote strings only.
    """
    class Dumper(yaml.SafeDumper):
        pass

    def str_presenter(dumper, value):
        return dumper.represent_scalar('tag:yaml.org,2002:str', value,
                                       style=style)
    Dumper.add_representer(str, str_presenter)
    return Dumper


def main():
    binary = os.path.abspath(sys.argv[1])
    with open(CATALOG, encoding='utf-8') as f:
        data = yaml.safe_load(f)
    want = records(binary)
    generic = [as_json_record(p) for p in data['publications']]
    assert want == generic, 'iompubs and PyYAML read different records'

    spellings = {
        'json': json.dumps(data, ensure_ascii=False, indent=1),
        'json-ascii': json.dumps(data),
        'flow': yaml.safe_dump(data, default_flow_style=True,
                               allow_unicode=True, width=60),
        'double-quoted': yaml.dump(data, Dumper=quoting_dumper('"'),
                                   allow_unicode=False),
        'single-quoted': yaml.dump(data, Dumper=quoting_dumper("'"),
                                   allow_unicode=True),
        'block-crlf-bom': '\ufeff' + yaml.safe_dump(
            data, allow_unicode=True, sort_keys=True,
            width=40).replace('\n', '\r\n'),
        'literal-blocks': yaml.dump(data, Dumper=quoting_dumper('|'),
                                    allow_unicode=True),
        'folded-blocks': yaml.dump(data, Dumper=quoting_dumper('>'),
                                   allow_unicode=True),
        'bare-list': yaml.safe_dump(data['publications'],
                                    allow_unicode=True),
    }
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in spellings.items():
            path = os.path.join(tmp, name + '.yaml')
            with open(path, 'w', encoding='utf-8', newline='') as f:
                f.write(text)
            try:
                got = records(binary, path)
            except (subprocess.CalledProcessError, AssertionError) as e:
                print('FAIL respell %s: %s' % (name, e))
                failed += 1
                continue
            if got != want:
                print('FAIL respell %s: records differ' % name)
                failed += 1
    print('respell: %d spellings, %d failed' % (len(spellings), failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
