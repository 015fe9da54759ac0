#!/usr/bin/env python3
"""Print the README's set-up commands, so CI runs exactly what the README tells users to run.

    python tools/readme_commands.py main        # the first command: the main job on embedded defaults
    python tools/readme_commands.py test        # the second: the whole test suite
    python tools/readme_commands.py notebooks   # the notebooks nbdev_test runs, one per line"""
import re, sys
from pathlib import Path

def commands():
    blocks = re.findall(r'```sh\n(.*?)```', Path('README.md').read_text(), re.S)
    return [b.strip() for b in blocks]

if __name__ == '__main__':
    what = sys.argv[1]
    if what == 'notebooks':
        print('\n'.join(sorted(p.name for p in Path('nbs').glob('*.ipynb') if not p.name.startswith(('_', '.')))))
    else:
        cmds = commands()
        pick = [c for c in cmds if ('nbdev_test' in c) == (what == 'test')]
        if not pick: sys.exit(f'README.md has no {what} command')
        print(pick[0])
