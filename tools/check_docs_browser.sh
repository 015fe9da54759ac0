#!/bin/bash
# Install headless Chromium (Debian) and selenium if missing, then check the built site in it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver) >/dev/null
fi
python3 -c "import selenium" 2>/dev/null || pip install -q selenium
[ -d _docs ] || bash tools/build_docs.sh
python3 tools/check_docs.py _docs _docs_shots
