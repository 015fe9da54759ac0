#!/bin/bash
# Rebuild the notebooks from their text drafts in .drafts/ (see tools/nbpy.py), then export.
set -e
cd "$(dirname "$0")/.."
for d in .drafts/*; do
  n=$(basename "$d" .py)
  case "$n" in *.md|CONTRACT*) continue;; esac
  [ -e "$d" ] && python tools/nbpy.py to-nb "$d" "nbs/$n.ipynb"
done
nbdev_clean   # gives new cells their ids: nbdev_export leaves cells without ids out of _modidx
nbdev_export
