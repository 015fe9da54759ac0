#!/usr/bin/env python3
"""The house issue's measures, for one notebook or all: the longest functions of `exit_nb/`, unused imports
(pyflakes), the share of code cells that keep an output, and public names no example or test cell uses.

    python tools/house.py                 # everything
    python tools/house.py nbs/05_compress.ipynb nbs/07_cli.ipynb   # those notebooks' cells and names only"""
import ast, json, re, subprocess, sys
from pathlib import Path

def functions():
    "(lines, module, name) of every function in exit_nb/, longest first"
    rows = []
    for p in Path('exit_nb').glob('*.py'):
        if p.name == '_modidx.py': continue
        for n in ast.walk(ast.parse(p.read_text())):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)): rows.append((n.end_lineno - n.lineno + 1, p.name, n.name))
    return sorted(rows, reverse=True)

def cells(nb):
    return [c for c in json.loads(Path(nb).read_text())['cells'] if c['cell_type'] == 'code']

def src(c): return ''.join(c['source'])
def exported(c): return src(c).lstrip().startswith(('#| export', '#|export'))

def public_names(nb):
    "names in `__all__`-style exports of a notebook's export cells (top-level defs and classes without a leading _)"
    names = set()
    for c in cells(nb):
        if not exported(c): continue
        try: tree = ast.parse(src(c))
        except SyntaxError: continue
        for n in tree.body:
            if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and not n.name.startswith('_'): names.add(n.name)
            if isinstance(n, ast.Assign):
                names |= {t.id for t in n.targets if isinstance(t, ast.Name) and not t.id.startswith('_') and t.id != '__all__'}
    return names

if __name__ == '__main__':
    nbs = sys.argv[1:] or sorted(str(p) for p in Path('nbs').glob('[0-9]*.ipynb'))
    rows = functions()
    print('longest functions:', ', '.join(f'{m}:{f} {n}' for n, m, f in rows[:8]))
    flakes = subprocess.run(['pyflakes', *[str(p) for p in Path('exit_nb').glob('*.py') if p.name != '_modidx.py']], capture_output=True, text=True).stdout
    unused = [l for l in flakes.splitlines() if 'imported but unused' in l]
    print(f'unused imports: {len(unused)}'); print('\n'.join('  ' + l for l in unused))
    every = [c for nb in sorted(Path('nbs').glob('[0-9]*.ipynb')) for c in cells(nb)]
    used_text = '\n'.join(src(c) for c in every if not exported(c))
    tot = out = 0
    for nb in nbs:
        cs = cells(nb); o = sum(bool(c.get('outputs')) for c in cs); tot += len(cs); out += o
        unseen = sorted(n for n in public_names(nb) if not re.search(rf'\b{re.escape(n)}\b', used_text))
        print(f'{Path(nb).name}: {o}/{len(cs)} code cells keep an output ({o / max(len(cs), 1):.0%}); public names in no example or test: {len(unseen)} {unseen}')
    print(f'all: {out}/{tot} = {out / max(tot, 1):.1%} of code cells keep an output')
