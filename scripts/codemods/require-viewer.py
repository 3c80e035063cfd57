#!/usr/bin/env python3
"""Replaces `ctx.viewer!` with `requireViewer(ctx)` and imports requireViewer (issue #14 ask 5).

Usage: python3 scripts/codemods/require-viewer.py [files or dirs...]   (default: apps/api libs)
Idempotent.
"""
import os
import re
import sys

PATTERN = re.compile(r'\b((?:this\.)?ctx)\.viewer!')
CORE_IMPORT = re.compile(r"import\s+\{([^}]*)\}\s*from\s*'@waardenet/core';", re.S)


def add_import(src, path):
    norm = path.replace(os.sep, '/')
    if 'libs/core/src/' in norm:
        rel = os.path.relpath('libs/core/src/auth/require-viewer', os.path.dirname(norm))
        if not rel.startswith('.'):
            rel = './' + rel
        line = "import { requireViewer } from '%s';\n" % rel
        if line in src:
            return src
        return insert_after_imports(src, line)
    m = CORE_IMPORT.search(src)
    if m:
        specs = [s.strip() for s in m.group(1).split(',') if s.strip()]
        if 'requireViewer' in specs:
            return src
        body = m.group(1)
        if '\n' in body:
            new_body = body.rstrip().rstrip(',') + ', requireViewer,\n'
        else:
            new_body = ' ' + ', '.join(specs + ['requireViewer']) + ' '
        return src[:m.start(1)] + new_body + src[m.end(1):]
    return insert_after_imports(src, "import { requireViewer } from '@waardenet/core';\n")


def insert_after_imports(src, line):
    last = None
    for m in re.finditer(r"^import[^;]*;[ \t]*\n", src, re.M | re.S):
        last = m
    if last is None:
        return line + src
    return src[:last.end()] + line + src[last.end():]


def main():
    args = sys.argv[1:] or ['apps/api', 'libs']
    n = 0
    for a in args:
        walk = [(os.path.dirname(a), [], [os.path.basename(a)])] if os.path.isfile(a) else os.walk(a)
        for root, dirs, names in walk:
            dirs[:] = [d for d in dirs if d not in ('node_modules', 'dist')]
            for name in names:
                if not name.endswith('.ts') or name.endswith('.d.ts'):
                    continue
                f = os.path.join(root, name)
                src = open(f, encoding='utf-8').read()
                if not PATTERN.search(src):
                    continue
                new = PATTERN.sub(lambda m: 'requireViewer(%s)' % m.group(1), src)
                new = add_import(new, f)
                open(f, 'w', encoding='utf-8').write(new)
                n += 1
                print('rewrote', f)
    print(n, 'files rewritten')


if __name__ == '__main__':
    main()
