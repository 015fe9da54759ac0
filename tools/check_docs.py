#!/usr/bin/env python3
"""Open every page of the built docs site (_docs/) in headless Chromium, served from 127.0.0.1.

Fails on a page that does not load, a broken internal link (a missing page, or a missing anchor on it),
an image that does not render (in the browser: `naturalWidth == 0`), or a page whose notebook makes a
plot (calls a `plot_*` function or shows an `Image`) but which shows no picture at all: a page that announces a figure
must show one (a kept output or a committed image). Also fails on raw LaTeX in a page's text (`$...\\cmd...$`,
`$$`, `\\(`, `\\[` outside code: a formula that did not render) and on a figure wider than its column (shown at less
than `SQUEEZE` of its own width, so that its labels shrink to a few pixels: give it `#| column: page` or split it).
Saves a screenshot per page into `_docs_shots/`.
Needs Debian's `chromium` and `chromium-driver` and the `selenium` package (tools/check_docs_browser.sh
installs them)."""
import functools, http.server, json, re, sys, threading, urllib.error, urllib.parse, urllib.request
from pathlib import Path

def makes_plots(page, nbs='nbs'):
    "Whether the notebook behind `page` shows a plot: calls a `plot_*` function or `Image` outside an exported cell"
    nb = Path(nbs)/(Path(page).stem + '.ipynb')
    if not nb.exists(): return False
    cells = [''.join(c['source']) for c in json.loads(nb.read_text())['cells'] if c['cell_type'] == 'code']
    return any(re.search(r'(?<!def )\b(plot_\w+|Image)\(', c) and '#| export' not in c for c in cells)

RAW_LATEX = re.compile(r'\\\(|\\\[|\$\$|\$[^$\n]{0,300}?\\[A-Za-z]+[^$\n]{0,300}?\$')
SQUEEZE = 0.75 # a figure shown at less than this share of its width is too wide for its column

# the page's text outside code, scripts and rendered maths
VISIBLE_TEXT_JS = """const out = [], w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (w.nextNode()) { const n = w.currentNode; if (!n.parentElement.closest('pre, code, script, style, math, textarea')) out.push(n.textContent); }
return out.join(' ');"""
# (src, natural width, shown width) of each picture wider than 100 px in its own pixels, except linked thumbnails
FIGURES_JS = """return Array.from(document.images).filter(i => i.naturalWidth > 100 && !i.closest('a')) // a linked thumbnail opens whole
  .map(i => [i.src, i.naturalWidth, i.getBoundingClientRect().width]);"""

def raw_latex(text:str) -> list:
    "The pieces of raw LaTeX in a page's visible text"
    return [m.group(0)[:60] for m in RAW_LATEX.finditer(text)]

def squeezed(figures:list) -> list:
    "The figures shown at less than `SQUEEZE` of their width: (src, natural, shown)"
    return [(s, n, w) for s, n, w in figures if 0 < w < SQUEEZE * n]

def serve(root):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a): pass
    handler = functools.partial(Quiet, directory=str(root))
    srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f'http://127.0.0.1:{srv.server_address[1]}/'

def fetch(url, cache={}):
    "The page at `url` (without its fragment), or None when it does not load"
    base = url.split('#')[0]
    if base not in cache:
        try:
            with urllib.request.urlopen(base, timeout=10) as r: cache[base] = r.read().decode('utf-8', 'replace') if r.status == 200 else None
        except (urllib.error.URLError, OSError): cache[base] = None
    return cache[base]

def link_ok(url):
    "The page loads and, for a link to a place on a page (`page.html#name`), that place exists"
    html = fetch(url)
    if html is None: return False
    frag = urllib.parse.unquote(urllib.parse.urlsplit(url).fragment)
    return not frag or f'id="{frag}"' in html or f"id='{frag}'" in html

def self_test():
    "The two detectors catch what they are for, and pass what they must (run before every check)"
    assert raw_latex(r'the idf $\log(1 + \frac{N}{n})$, \(x\), \[y\]') == [r'$\log(1 + \frac{N}{n})$', r'\(', r'\[']
    assert raw_latex('it costs $5 and $6; P(Yes) ≥ τ') == []
    assert [s for s, *_ in squeezed([('wide.png', 1500, 800), ('fits.png', 640, 640), ('slight.png', 900, 800)])] == ['wide.png']

def main(site='_docs', shots='_docs_shots'):
    self_test()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    site, shots = Path(site), Path(shots)
    shots.mkdir(exist_ok=True)
    srv, root = serve(site)
    opts = webdriver.ChromeOptions()
    for a in ('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--window-size=1280,1600'): opts.add_argument(a)
    opts.binary_location = '/usr/bin/chromium'
    drv = webdriver.Chrome(service=Service('/usr/bin/chromedriver'), options=opts)
    problems, pages = [], sorted(p.relative_to(site).as_posix() for p in site.glob('*.html'))
    try:
        for page in pages:
            url = root + page
            if not link_ok(url): problems.append(f'{page}: does not load'); continue
            drv.get(url)
            if not drv.find_elements('css selector', 'main, #quarto-content, body h1'): problems.append(f'{page}: no content rendered')
            bad_imgs = drv.execute_script("return Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)")
            problems += [f'{page}: image does not render: {s}' for s in bad_imgs]
            problems += [f'{page}: raw LaTeX, not rendered: {t!r}' for t in raw_latex(drv.execute_script(VISIBLE_TEXT_JS))]
            problems += [f'{page}: figure wider than its column ({n}px shown in {w:.0f}px): {s[len(root):] if s.startswith(root) else s[:40] + "..."}'
                         for s, n, w in squeezed(drv.execute_script(FIGURES_JS))]
            if makes_plots(page) and not drv.execute_script("return document.images.length"):
                problems.append(f'{page}: its notebook makes plots, but the page shows no picture')
            hrefs = drv.execute_script("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
            for h in hrefs:
                if h.startswith(root) and not link_ok(h): problems.append(f'{page}: broken link {h[len(root):]}')
            drv.save_screenshot(str(shots/(Path(page).stem + '.png')))
            print(f'ok {page}: {len(bad_imgs)} broken images, {len(hrefs)} links checked')
    finally:
        drv.quit(); srv.shutdown()
    for p in problems: print('PROBLEM', p)
    print(f'{len(pages)} pages, {len(problems)} problems; screenshots in {shots}/')
    return 1 if problems or not pages else 0

if __name__ == '__main__': sys.exit(main(*sys.argv[1:]))
