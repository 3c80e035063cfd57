#!/usr/bin/env python3
"""Rewrites imports of the live transport from '@waardenet/core' to '@waardenet/live/channels' (issue #14 ask 5).

Usage: python3 scripts/codemods/live-channels-imports.py [files or dirs...]   (default: apps libs test bench scripts migrations)
Idempotent: run it again over files added since.
"""
import os
import re
import sys

MOVED = {
    'PubSubEngine', 'PUBSUB', 'ChannelHandlers', 'MessageHandler', 'InProcessPubSub', 'RedisPubSub',
    'LiveEventRecord', 'LiveChannel', 'LiveEvent', 'LiveEventInput', 'threadChannel', 'communityChannel',
    'accessChannel', 'USER_ACCESS_CHANNEL', 'EventBatch', 'LiveEventsService', 'LiveEventsRetention',
    'LiveEventsModule', 'DomainEvents',
}
TARGET = '@waardenet/live/channels'
IMPORT = re.compile(r"import\s+(type\s+)?\{([^}]*)\}\s*from\s*'@waardenet/core';[ \t]*\n?", re.S)
SKIP_DIRS = {'node_modules', 'dist', '.git', 'coverage'}


def spec_name(spec):
    spec = spec.strip()
    spec = re.sub(r'^type\s+', '', spec)
    return spec.split(' as ')[0].strip()


def rewrite(src, path):
    if path.replace(os.sep, '/').startswith('libs/core/') or '/libs/core/' in path.replace(os.sep, '/'):
        return src
    changed = False

    def repl(m):
        nonlocal changed
        type_only = m.group(1) or ''
        specs = [s.strip() for s in m.group(2).split(',') if s.strip()]
        keep = [s for s in specs if spec_name(s) not in MOVED]
        move = [s for s in specs if spec_name(s) in MOVED]
        if not move:
            return m.group(0)
        changed = True
        multiline = '\n' in m.group(2)
        out = ''
        if keep:
            if multiline:
                out += 'import %s{\n  %s,\n} from \'@waardenet/core\';\n' % (type_only, ', '.join(keep))
            else:
                out += "import %s{ %s } from '@waardenet/core';\n" % (type_only, ', '.join(keep))
        out += "import %s{ %s } from '%s';\n" % (type_only, ', '.join(move), TARGET)
        return out

    new = IMPORT.sub(repl, src)
    return new if changed else src


def files(args):
    for a in args:
        if os.path.isfile(a):
            yield a
            continue
        for root, dirs, names in os.walk(a):
            dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
            for n in names:
                if n.endswith(('.ts', '.tsx')) and not n.endswith('.d.ts'):
                    yield os.path.join(root, n)


def main():
    args = sys.argv[1:] or ['apps', 'libs', 'test', 'bench', 'scripts', 'migrations']
    n = 0
    for f in files(args):
        if '/apps/web/' in '/' + f.replace(os.sep, '/'):
            continue
        src = open(f, encoding='utf-8').read()
        new = rewrite(src, f)
        if new != src:
            open(f, 'w', encoding='utf-8').write(new)
            n += 1
            print('rewrote', f)
    print(n, 'files rewritten')


if __name__ == '__main__':
    main()
