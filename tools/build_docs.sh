#!/bin/bash
# Build the docs site into _docs/ without Quarto (it cannot be installed offline): nbdev processes
# the notebooks (API reference cells via show_doc) into _proc/, then smalldocs renders the
# _quarto.yml project in pure Python. Fails unless every notebook has its page.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf _proc _docs
python3 tools/proc_docs.py
(cd _proc && smalldocs render . 2>&1 | grep -v 'output-file is not read')
mv _proc/_docs _docs
python3 tools/local_doc_links.py _docs
python3 tools/render_math.py _docs # MathML: the formulas render without KaTeX's CDN
missing=0
for nb in $(python3 tools/readme_commands.py notebooks); do
  page=_docs/${nb%.ipynb}.html
  if [ -s "$page" ]; then echo "page: $page"; else echo "missing page for $nb"; missing=1; fi
done
exit $missing
