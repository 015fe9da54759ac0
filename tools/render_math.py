#!/usr/bin/env python3
"""Render the maths of the built site as MathML, in place: python3 tools/render_math.py _docs

smalldocs writes maths as Pandoc does for KaTeX (`<span class="math inline">\\(...\\)</span>`, `\\[...\\]` for display) and
loads KaTeX from a CDN, so a reader without that CDN (offline, or a strict network) sees raw LaTeX. Here each span becomes
MathML (latex2mathml, pure Python), which browsers render natively, and the CDN links go. A formula latex2mathml cannot
convert stops the build with its page and TeX."""
import html, re, sys
from pathlib import Path

SPAN = re.compile(r'<span class="math (?P<kind>inline|display)">\\[(\[](?P<tex>.*?)\\[)\]]</span>', re.S)
KATEX = re.compile(r'<(?:link|script)[^>]*katex[^>]*>(?:</script>)?\s*', re.I)

def to_mathml(m, page) -> str:
    from latex2mathml.converter import convert
    tex = html.unescape(m['tex'])
    try: mathml = convert(tex, display='block' if m['kind'] == 'display' else 'inline')
    except Exception as e: raise SystemExit(f'{page}: cannot render the formula {tex!r} ({type(e).__name__}: {e})')
    return f'<span class="math {m["kind"]}">{mathml}</span>'

def render_site(site) -> int:
    "Rewrite every page of `site` that has maths; the number of formulas rendered"
    n = 0
    for page in sorted(Path(site).rglob('*.html')):
        text = page.read_text()
        if 'class="math ' not in text: continue
        new, k = SPAN.subn(lambda m: to_mathml(m, page), text)
        page.write_text(KATEX.sub('', new)); n += k
    return n

if __name__ == '__main__': print(f'maths: {render_site(sys.argv[1] if len(sys.argv) > 1 else "_docs")} formulas rendered as MathML')
