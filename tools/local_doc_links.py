#!/usr/bin/env python3
"""Point the API links of the built site at its own pages.

nbdev links a name (`build_prompt`) to `{doc_host}{doc_baseurl}/{module}.html#name`, the page names a
Quarto deployment uses; this site is read where it was built and names its pages after the notebooks
(`01_preprocess.html`). Each such link becomes a relative link to the notebook's page, so it works offline
and the browser check can follow it (anchor included). Anchors follow Pandoc's rule for heading ids: nothing
before the first letter (`#_test_adapter` -> `#test_adapter`)."""
import re, sys
from configparser import ConfigParser
from pathlib import Path

def main(site='_docs', nbs='nbs', settings='settings.ini'):
    cfg = ConfigParser(); cfg.read(settings)
    base = cfg['DEFAULT']['doc_host'].rstrip('/') + '/' + cfg['DEFAULT']['doc_baseurl'].strip('/') + '/'
    pages = {re.sub(r'^\d+_', '', p.stem): p.stem + '.html' for p in Path(nbs).glob('[0-9]*.ipynb')}
    pat = re.compile(re.escape(base) + r'([\w.-]+)\.html(?:#[^a-zA-Z"]*)?')
    n = 0
    for f in Path(site).glob('*.html'):
        html = f.read_text()
        new, k = pat.subn(lambda m: pages[m[1]] + ('#' if '#' in m[0] else '') if m[1] in pages else m[0], html)
        if k: f.write_text(new); n += k
    print(f'{n} API links made local')

if __name__ == '__main__': main(*sys.argv[1:])
