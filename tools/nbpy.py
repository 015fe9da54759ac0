#!/usr/bin/env python3
"""Round-trip notebooks through a plain-text "percent" form, for editing notebooks as text.

    python tools/nbpy.py to-py nbs/01_preprocess.ipynb  .drafts/01_preprocess.py
    python tools/nbpy.py to-nb .drafts/01_preprocess.py nbs/01_preprocess.ipynb
    python tools/nbpy.py to-nb .drafts/07_cli/ nbs/07_cli.ipynb   # a folder: its *.py parts in name order

Cells are separated by lines `# %%` (code) and `# %% [markdown]` (markdown; every line of a
markdown cell starts with `# `). Converting to a notebook keeps the saved outputs of every code
cell whose source did not change, so the outputs of `#| slow` runs survive text edits.
"""
import json, sys
from pathlib import Path

def read_cells(py_path):
    "Cells of a percent-format file, or of all `*.py` files of a folder in name order"
    if Path(py_path).is_dir(): return [c for f in sorted(Path(py_path).glob('*.py')) for c in read_cells(f)]
    cells, kind, lines = [], None, []
    def flush():
        if kind is None: return
        src = '\n'.join(lines).strip('\n')
        if kind == 'markdown': src = '\n'.join(l[2:] if l.startswith('# ') else l.lstrip('#') for l in src.split('\n'))
        cells.append((kind, src))
    for line in Path(py_path).read_text().split('\n'):
        if line.startswith('# %%'):
            flush(); kind, lines = ('markdown' if '[markdown]' in line else 'code'), []
        else: lines.append(line)
    flush()
    return cells

def to_nb(py_path, nb_path):
    nb_path = Path(nb_path)
    old = json.loads(nb_path.read_text()) if nb_path.exists() else None
    saved, ids = {}, {}
    if old:
        for c in old['cells']:
            if c['cell_type'] == 'code' and c.get('outputs'): saved[''.join(c['source'])] = c['outputs']
            if 'id' in c: ids.setdefault((c['cell_type'], ''.join(c['source'])), c['id'])
    cells, used = [], set()
    for kind, src in read_cells(py_path):
        c = {'cell_type': kind, 'metadata': {}, 'source': src.splitlines(keepends=True)}
        cid = ids.get((kind, src)) # an unchanged cell keeps its id, so exports and diffs stay quiet
        if cid and cid not in used: c['id'] = cid; used.add(cid)
        if kind == 'code': c.update(execution_count=None, outputs=saved.get(src, []))
        cells.append(c)
    nb = {'cells': cells, 'metadata': {'kernelspec': {'display_name': 'python3', 'language': 'python', 'name': 'python3'}},
          'nbformat': 4, 'nbformat_minor': 5}
    nb_path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')

def to_py(nb_path, py_path):
    out = []
    for c in json.loads(Path(nb_path).read_text())['cells']:
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown':
            out.append('# %% [markdown]\n' + '\n'.join(('# ' + l) if l else '#' for l in src.split('\n')))
        else: out.append('# %%\n' + src)
    Path(py_path).parent.mkdir(parents=True, exist_ok=True)
    Path(py_path).write_text('\n\n'.join(out) + '\n')

if __name__ == '__main__':
    cmd, src, dst = sys.argv[1:4]
    {'to-nb': to_nb, 'to-py': to_py}[cmd](src, dst)
