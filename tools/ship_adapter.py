#!/usr/bin/env python3
"""Put a trained EXIT adapter and its fitted fusion into the package as its built-in adapter.

    python tools/ship_adapter.py /work/run25/model/final_model   # a trained final_model/ with its fusion.json
    python tools/ship_adapter.py --placeholder                   # the smoke adapter of exit_nb.testing (no fusion), until a real one ships

It packs the adapter with `exit_nb.card.pack_adapter` into exit_nb/adapters/NAME/ (float16 weights, fusion.json,
exit_config.json with the hashes of the questions it saw, a model card that loads it by NAME), checks its size
against `BUILTIN_ADAPTERS[NAME]['max_mb']`, then loads it by name and compresses one question of the bundled sample.
An earlier packed adapter there is replaced only when the new one is complete. Then: git add exit_nb/adapters/NAME.
"""
import argparse, json, sys, time
from pathlib import Path

def main(argv=None):
    p = argparse.ArgumentParser(description='Ship a trained EXIT adapter inside the package')
    p.add_argument('src', nargs='?', help='a trained final_model/ folder, with fusion.json')
    p.add_argument('--name', default='exit-smollm2-135m', help='the built-in name (a key of exit_nb.model.BUILTIN_ADAPTERS)')
    p.add_argument('--placeholder', action='store_true', help='ship the smoke adapter of exit_nb.testing instead (tests only)')
    a = p.parse_args(argv)
    if bool(a.src) == a.placeholder: p.error('give SRC or --placeholder')
    from exit_nb.card import SAMPLE_FILE, check_model_card, pack_adapter
    from exit_nb.core import ExitNbError
    from exit_nb.model import BUILTIN_ADAPTERS, builtin_adapters_dir, folder_mb
    if a.name not in BUILTIN_ADAPTERS: p.error(f"--name: not in BUILTIN_ADAPTERS ({', '.join(BUILTIN_ADAPTERS)})")
    dest, info = builtin_adapters_dir()/a.name, BUILTIN_ADAPTERS[a.name]
    try:
        if a.placeholder:
            from exit_nb.testing import smoke_adapter
            src = smoke_adapter()
            qs = [e['query'] for e in json.loads((src/'smoke_examples.json').read_text())]
            pack_adapter(src, dest, a.name, questions=qs, file=SAMPLE_FILE, need_fusion=False, max_mb=info['max_mb'])
        else:
            pack_adapter(a.src, dest, a.name, max_mb=info['max_mb'])
            check_model_card(dest)
    except ExitNbError as e: sys.exit(f'error: {e}')
    print(f'{dest}: {folder_mb(dest):.2f} MB: {", ".join(sorted(f.name for f in dest.iterdir()))}')
    from exit_nb.compress import ExitCompressor
    from exit_nb.data import load_hotpotqa, sample_path
    t0 = time.time()
    comp = ExitCompressor.from_pretrained(a.name)
    r = load_hotpotqa(sample_path(), progress=False)[-1]
    res = comp.compress(r.question, [{'title': t, 'text': ' '.join(s)} for t, s in r.paragraphs])
    print(f'{a.name} (fusion: {"yes" if comp.fusion is not None else "none"}) on "{r.question}": '
          f'{res.tokens_before} -> {res.tokens_after} tokens in {time.time() - t0:.1f}s\n{res.context}')
    print(f'now: git add {dest.relative_to(Path.cwd()) if dest.is_relative_to(Path.cwd()) else dest}')

if __name__ == '__main__': main()
