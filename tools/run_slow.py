#!/usr/bin/env python3
"""Run chosen cells of a notebook and keep their outputs in it: `#| slow` (or `#| cuda`) runs, and
the plain cells whose figure or table the docs page should show.

    python tools/run_slow.py nbs/03_train.ipynb "held = 'dev_rpt_b_500.jsonl'" [more substrings]
    python tools/run_slow.py --all nbs/00_core.ipynb   # every unflagged cell, its output kept (stderr dropped)

The notebook runs top to bottom as `nbdev_test` runs it (flagged cells skipped), plus every
flagged cell whose source contains one of the substrings; it stops after the last chosen cell.
Each substring must name exactly one code cell (flagged or not). Only the chosen cells' outputs
are written back, tidied (`tidy_outputs`: no progress bars, colour codes or temporary paths), so
the rest of the notebook stays clean."""
import json, re, sys, time
from pathlib import Path
from execnb.nbio import read_nb
from execnb.shell import CaptureShell

FLAGS = ('#| slow', '#| cuda')

def flagged(src): return any(l.strip() in FLAGS for l in src.splitlines()[:3])

# What a kept output must not show: progress bars (tqdm redraws with \r, 'it/s]', 'Loading weights'),
# wandb's lines, terminal colour codes; temporary folders read as <tmp>.
DEBRIS = re.compile(r'(\d+%\|)|(it/s\])|(s/it\])|(^Loading weights)|(^wandb:)|(^\s*\x1b\[)')
ANSI = re.compile(r'\x1b\[[0-9;]*[A-Za-z]')
TMP = re.compile(r'/tmp/(tmp[\w]+|exit_nb[\w]*)')

def tidy_text(text:str) -> str:
    "Drop progress-bar and wandb lines and colour codes; temporary folders become <tmp>"
    lines = []
    for l in text.split('\n'):
        l = l.split('\r')[-1] # a redrawn line: its last state
        if DEBRIS.search(l): continue
        lines.append(TMP.sub('<tmp>', ANSI.sub('', l)))
    return '\n'.join(lines)

def tidy_outputs(outs:list) -> list:
    "Outputs as they should be kept: tidied streams (empty ones dropped), no execution counts"
    kept = []
    for o in outs:
        o = dict(o)
        if o.get('output_type') == 'stream':
            t = tidy_text(''.join(o['text']) if isinstance(o['text'], list) else o['text'])
            if not t.strip(): continue
            o['text'] = t
        if o.get('output_type') == 'execute_result': o['execution_count'] = None
        else: o.pop('execution_count', None)
        kept.append(o)
    return kept

def main(nb_path, *wanted, every=False):
    nb_path = Path(nb_path)
    nb = read_nb(nb_path)
    if every: chosen = [i for i, c in enumerate(nb.cells) if c.cell_type == 'code' and not flagged(c.source) and 'nbdev_export()' not in c.source]
    else: chosen = [i for i, c in enumerate(nb.cells) if c.cell_type == 'code' and any(w in c.source for w in wanted)]
    if not every and len(chosen) != len(wanted): sys.exit(f'{len(chosen)} code cells match, {len(wanted)} substrings given')
    shell, t0 = CaptureShell(path=nb_path.parent), time.time()
    for i, c in enumerate(nb.cells[:chosen[-1] + 1]):
        if c.cell_type != 'code' or (flagged(c.source) and i not in chosen) or 'nbdev_export()' in c.source: continue
        print(f'[run_slow] cell {i} ({time.time() - t0:.0f}s)', flush=True)
        shell.cell(c)
        if shell.exc: sys.exit(f'cell {i} failed: {shell.exc!r}\n' + _text(c.get('outputs', []))[-3000:])
    raw = json.loads(nb_path.read_text())
    for i in chosen:
        if ''.join(raw['cells'][i]['source']) != nb.cells[i].source: sys.exit(f'cell {i} changed while it ran: outputs not kept')
        outs = [dict(o) for o in nb.cells[i].outputs]
        if every: outs = [o for o in outs if o.get('name') != 'stderr'] # warnings are not results
        raw['cells'][i]['outputs'] = tidy_outputs(outs)
    nb_path.write_text(json.dumps(raw, indent=1, ensure_ascii=False) + '\n')
    if every: return print(f'[run_slow] {sum(bool(raw["cells"][i]["outputs"]) for i in chosen)} of {len(chosen)} cells keep an output')
    for i in chosen: print(f'--- cell {i} output ---\n' + _text(raw['cells'][i]['outputs'])[-4000:])

def _text(outs): return ''.join(''.join(o['text']) if isinstance(o.get('text'), list) else o.get('text', '') for o in outs)

if __name__ == '__main__':
    if sys.argv[1:2] == ['--tidy']: # tidy the kept outputs of notebooks in place
        for f in sys.argv[2:]:
            raw = json.loads(Path(f).read_text())
            for c in raw['cells']:
                if c['cell_type'] == 'code' and c.get('outputs'): c['outputs'] = tidy_outputs(c['outputs'])
            Path(f).write_text(json.dumps(raw, indent=1, ensure_ascii=False) + '\n')
    elif sys.argv[1:2] == ['--all']: main(sys.argv[2], every=True)
    else: main(*sys.argv[1:])
