#!/usr/bin/env python3
"""Run chosen `#| slow` (or `#| cuda`) cells of a notebook and keep their outputs in it.

    python tools/run_slow.py nbs/03_train.ipynb "held = 'dev_rpt_b_500.jsonl'" [more substrings]

The notebook runs top to bottom as `nbdev_test` runs it (flagged cells skipped), plus every
flagged cell whose source contains one of the substrings; it stops after the last chosen cell.
Only the chosen cells' outputs are written back, so the rest of the notebook stays clean."""
import json, sys, time
from pathlib import Path
from execnb.nbio import read_nb
from execnb.shell import CaptureShell

FLAGS = ('#| slow', '#| cuda')

def flagged(src): return any(l.strip() in FLAGS for l in src.splitlines()[:3])

def main(nb_path, *wanted):
    nb_path = Path(nb_path)
    nb = read_nb(nb_path)
    chosen = [i for i, c in enumerate(nb.cells) if c.cell_type == 'code' and flagged(c.source) and any(w in c.source for w in wanted)]
    if len(chosen) != len(wanted): sys.exit(f'{len(chosen)} flagged cells match, {len(wanted)} substrings given')
    shell, t0 = CaptureShell(path=nb_path.parent), time.time()
    for i, c in enumerate(nb.cells[:chosen[-1] + 1]):
        if c.cell_type != 'code' or (flagged(c.source) and i not in chosen) or 'nbdev_export()' in c.source: continue
        print(f'[run_slow] cell {i} ({time.time() - t0:.0f}s)', flush=True)
        shell.cell(c)
        if shell.exc: sys.exit(f'cell {i} failed: {shell.exc!r}\n' + _text(c.get('outputs', []))[-3000:])
    raw = json.loads(nb_path.read_text())
    for i in chosen:
        outs = [dict(o) for o in nb.cells[i].outputs]
        for o in outs: o.pop('execution_count', None) if o.get('output_type') != 'execute_result' else o.update(execution_count=None)
        raw['cells'][i]['outputs'] = outs
    nb_path.write_text(json.dumps(raw, indent=1, ensure_ascii=False) + '\n')
    for i in chosen: print(f'--- cell {i} output ---\n' + _text(raw['cells'][i]['outputs'])[-4000:])

def _text(outs): return ''.join(''.join(o['text']) if isinstance(o.get('text'), list) else o.get('text', '') for o in outs)

if __name__ == '__main__': main(*sys.argv[1:])
