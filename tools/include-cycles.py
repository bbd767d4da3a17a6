#!/usr/bin/env python3
"""include-cycles.py: the include graph of src/ and include/ has no circle.

    tools/include-cycles.py [ROOT]

Two graphs: files (a.c or a.h -> b.h for each #include "b.h"), and
modules (a.c and a.h are module a; a private header such as
filter_node.h or search_int.h belongs to its module, filter or search).  A circle in either is a
layer reaching up; each is printed and the exit status is 1.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


PRIVATE = ('_node', '_int')


def module(name):
    base = name.rsplit('.', 1)[0]
    for suffix in PRIVATE:
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return base


def circles(graph):
    found, state = [], {}

    def visit(node, path):
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if nxt == node:
                continue
            if state.get(nxt) == 1:
                found.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '.'
    files = {}
    for d in ('src', 'include'):
        for f in os.listdir(os.path.join(root, d)):
            if f.endswith(('.c', '.h', '.inc')):
                with open(os.path.join(root, d, f), encoding='utf-8') as fp:
                    files[f] = set(INCLUDE.findall(fp.read()))
    modules = {}
    for f, deps in files.items():
        modules.setdefault(module(f), set()).update(module(d) for d in deps)
    bad = [('file', c) for c in circles(files)]
    bad += [('module', c) for c in circles(modules)]
    for kind, c in bad:
        print('include circle (%s): %s' % (kind, ' -> '.join(c)))
    print('includes: %d files, %d modules, %s' % (len(files), len(modules),
          '%d circles' % len(bad) if bad else 'no circle'))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
