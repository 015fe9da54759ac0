#!/bin/bash
# Builds ./.whl: the wheels a bare, offline GPU machine lacks to run `exit_bench gpu` (nbs/10_bench.ipynb).
# Run it from the project root on a machine that reaches PyPI; send .whl with the project to the GPU machine and
# run there, without internet:  tools/gpu_install.sh exit_bench gpu --data_dir ... --model_id ...
#
# What the GPU image has (its Python 3.12 holds torch, transformers, peft, accelerate, pandas, pyarrow, numpy,
# scikit-learn, matplotlib, safetensors, huggingface_hub, tokenizers, xxhash, fsspec, requests, pyyaml, tqdm,
# psutil, jinja2) and what it lacks: trl, datasets (and its dill, multiprocess), gguf, and fastcore (the cells'
# tests). Those are exactly what this downloads, pinned to the versions the project is tested with. nbdev and
# execnb are not needed: exit_bench runs the cuda cells itself, and the project runs from its source tree.
#
#   PYTHON_VERSION=3.12 (default) the GPU machine's Python; WHEELHOUSE=.whl (default) the folder.
#   Extra packages: pass them as arguments (NAME==VERSION), e.g. a newer pyarrow if the image's is too old for datasets.
set -euo pipefail
py=${PYTHON_VERSION:-3.12}
out=${WHEELHOUSE:-.whl}
[ -f settings.ini ] && [ -d exit_nb ] || { echo "run this from the project root" >&2; exit 2; }
case "$out" in /*|..*) ;; *) # a folder of the project: kept out of git
  if [ -d .git ] && ! git check-ignore -q "$out" 2>/dev/null && ! grep -qxF "/$out/" .git/info/exclude 2>/dev/null; then echo "/$out/" >> .git/info/exclude; fi ;;
esac
mkdir -p "$out"
plat="--platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform any"
python3 -m pip download -q --no-deps --only-binary=:all: --python-version "$py" --implementation cp $plat -d "$out" \
  trl==1.16.0 datasets==5.2.0 "dill>=0.3.0,<0.4.2" "multiprocess<0.70.20" gguf==0.19.0 "fastcore>=1.12.3,<1.13" "$@"
ls -l "$out"
# the size of what travels: the wheels, and the project's tracked files (the shared data add about 10 MiB)
whl_kib=$(du -sk "$out" | cut -f1)
proj_kib=$( (git ls-files -z 2>/dev/null || true) | xargs -0 -r du -ck 2>/dev/null | tail -1 | cut -f1)
echo "wheelhouse $out: $(awk "BEGIN{printf \"%.1f\", $whl_kib/1024}") MiB; with the project's files: $(awk "BEGIN{printf \"%.1f\", ($whl_kib+${proj_kib:-0})/1024}") MiB"
