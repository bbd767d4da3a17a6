#!/usr/bin/env python3
"""eval.py: how well `iompubs search` finds what people mean.

    eval.py [--fts5] [--floor] [--without LIST] [--per-query] IOMPUBS

Runs every query of queries.tsv (beside this file) through IOMPUBS
search on the shipped catalogue and scores the first ten results against
the graded judgements of qrels.tsv (2: highly relevant, 1: partly, absent:
not relevant):

    nDCG@10    discounted cumulative gain (gain 2^grade - 1, log2
               discount), over the ideal ordering of the judged records
    recall@10  the share of the relevant records (grade >= 1) in the ten
    success@3  a highly relevant record (or, for a query with none, a
               relevant one) among the first three

Prints the means overall and per category.  --fts5 also scores SQLite's
FTS5 full-text index (porter tokenizer, diacritics removed, BM25 with the
title weighted 3 to 1 like iompubs, the query's words ORed) on the same
catalogue and queries, side by side.  --without LIST passes
IOMPUBS_SEARCH_WITHOUT=LIST to iompubs, to measure what a feature buys.
--floor fails (exit 1) when iompubs scores below the floors below, or
when a query has nothing relevant in its first ten.
"""
import json
import math
import os
import re
import sqlite3
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Set a little below what the engine reached on 2026-11-29 on all 91
# queries (0.902, 0.884, 0.989; see BENCHMARKS.md and README).
FLOOR = {'ndcg': 0.88, 'recall': 0.86, 'success': 0.96}


def read_tsv(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        rows = [line.rstrip('\n').split('\t') for line in f if line.strip()]
    return rows[1:]


def judged():
    queries = [(q, c, text) for q, c, text in read_tsv('queries.tsv')]
    qrels = {}
    for q, rid, grade in read_tsv('qrels.tsv'):
        qrels.setdefault(q, {})[rid] = int(grade)
    return queries, qrels


def dcg(grades):
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def metrics(ranked, rel):
    top = ranked[:10]
    got = [rel.get(r, 0) for r in top]
    ideal = dcg(sorted(rel.values(), reverse=True)[:10])
    ndcg = dcg(got) / ideal if ideal > 0 else 0.0
    relevant = [r for r, g in rel.items() if g > 0]
    recall = (sum(1 for r in top if rel.get(r, 0) > 0) / len(relevant)
              if relevant else 0.0)
    best = max(rel.values()) if rel else 0
    success = 1.0 if any(rel.get(r, 0) >= best > 0 for r in ranked[:3]) \
        else 0.0
    return ndcg, recall, success, any(g > 0 for g in got)


def iompubs_ranked(binary, query, env):
    r = subprocess.run([binary, 'search', '--format', 'jsonl', '--'] +
                       query.split(), capture_output=True, env=env)
    if r.returncode not in (0, 1):
        raise SystemExit('eval.py: %s search %s: exit %d: %s' % (
            binary, query, r.returncode, r.stderr.decode()))
    return [json.loads(line)['id'] for line in r.stdout.decode().splitlines()
            if line.strip()]


class Fts5:
    """SQLite FTS5 over the same records, as a stock engine would be set
    up: porter stemming over unicode61 with diacritics removed."""

    def __init__(self, binary):
        r = subprocess.run([binary, 'list', '--format', 'jsonl'],
                           capture_output=True, check=True)
        self.db = sqlite3.connect(':memory:')
        self.db.execute("CREATE VIRTUAL TABLE pubs USING fts5(id UNINDEXED, "
                        "title, abstract, tokenize='porter unicode61 "
                        "remove_diacritics 2')")
        for line in r.stdout.decode().splitlines():
            p = json.loads(line)
            self.db.execute('INSERT INTO pubs VALUES (?, ?, ?)',
                            (p['id'], p.get('title', ''),
                             p.get('abstract', '')))

    def ranked(self, query):
        words = re.findall(r'\w+', query)
        if not words:
            return []
        match = ' OR '.join('"%s"' % w for w in words)
        return [row[0] for row in self.db.execute(
            'SELECT id FROM pubs WHERE pubs MATCH ? '
            'ORDER BY bm25(pubs, 0, 3.0, 1.0) LIMIT 10', (match,))]


def score(engine, queries, qrels):
    per = {}
    for qid, cat, text in queries:
        per[qid] = (cat, text, metrics(engine(text), qrels.get(qid, {})))
    return per


def means(per, cat=None):
    rows = [m for c, _, m in per.values() if cat is None or c == cat]
    n = len(rows)
    return tuple(sum(r[i] for r in rows) / n for i in range(3)) + (n,)


def main():
    args = sys.argv[1:]
    fts5 = '--fts5' in args
    floor = '--floor' in args
    per_query = '--per-query' in args
    env = dict(os.environ)
    if '--without' in args:
        env['IOMPUBS_SEARCH_WITHOUT'] = args[args.index('--without') + 1]
        del args[args.index('--without') + 1]
    args = [a for a in args if not a.startswith('--')]
    if len(args) != 1:
        raise SystemExit(__doc__)
    binary = os.path.abspath(args[0])
    queries, qrels = judged()
    runs = [('iompubs', score(lambda q: iompubs_ranked(binary, q, env),
                             queries, qrels))]
    if fts5:
        f = Fts5(binary)
        runs.append(('FTS5', score(f.ranked, queries, qrels)))
    cats = sorted({c for _, c, _ in queries})
    print('%d queries, %d judgements; nDCG@10 / recall@10 / success@3' % (
        len(queries), sum(len(v) for v in qrels.values())))
    print('  %-10s %3s' % ('category', 'n') + ''.join(
        '   %-20s' % name for name, _ in runs))
    for cat in [None] + cats:
        line = '  %-10s %3d' % (cat or 'all', means(runs[0][1], cat)[3])
        for _, per in runs:
            m = means(per, cat)
            line += '   %.3f %.3f %.3f    ' % m[:3]
        print(line)
    per = runs[0][1]
    empty = [qid for qid, (_, _, m) in per.items() if not m[3]]
    if per_query:
        for qid, (cat, text, m) in sorted(per.items(), key=lambda x:
                                          x[1][2][0]):
            print('  %-4s %.3f %.3f %.0f  %s' % (qid, m[0], m[1], m[2],
                                                  text))
    if empty:
        print('nothing relevant in the first ten: %s' % ' '.join(empty))
    if floor:
        m = means(per)
        bad = [(k, v) for k, v in zip(('ndcg', 'recall', 'success'), m)
               if v < FLOOR[k]]
        if bad or empty:
            print('search relevance: FAIL: %s' % ', '.join(
                '%s %.3f < %.2f' % (k, v, FLOOR[k]) for k, v in bad) +
                (' (%d queries found nothing relevant)' % len(empty)
                 if empty else ''))
            sys.exit(1)
        print('search relevance: ok (floors nDCG@10 %.2f, recall@10 %.2f, '
              'success@3 %.2f)' % (FLOOR['ndcg'], FLOOR['recall'],
                                   FLOOR['success']))


if __name__ == '__main__':
    main()
