#!/bin/bash
# Installs the wheelhouse of tools/gpu_wheelhouse.sh on a machine without internet, and makes the project runnable
# from its source tree (no pip install of the project, no nbdev). Run from the project root:
#
#   tools/gpu_install.sh exit_bench gpu --data_dir .gpu/data --model_id /tmp/m/SmolLM2-135M-Instruct.Q4_1.gguf
#       installs, then runs the command that follows in that environment
#   source tools/gpu_install.sh
#       installs, and leaves PYTHONPATH and PATH set in this shell
#
# The wheels go into a folder of their own (--target, --no-index, --no-deps: nothing is fetched, nothing of the
# image is changed); that folder and the project root go on PYTHONPATH; the project's console scripts
# (settings.ini) become small launchers in $TARGET/bin, on PATH.
#   WHEELHOUSE=.whl (default) the wheels; TARGET=/tmp/exit_nb_site (default) where they go.
_exit_nb_install() {
  local whl=${WHEELHOUSE:-.whl} target=${TARGET:-/tmp/exit_nb_site} root
  root=$(pwd)
  [ -f "$root/settings.ini" ] && [ -d "$root/exit_nb" ] || { echo "gpu_install: run this from the project root" >&2; return 2; }
  ls "$whl"/*.whl >/dev/null 2>&1 || { echo "gpu_install: no wheels in $whl (build them with tools/gpu_wheelhouse.sh)" >&2; return 2; }
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$target" "$whl"/*.whl \
    2> >(grep -v -e 'Running pip as the' -e 'WARNING: Target directory' >&2) || return 2
  mkdir -p "$target/bin"
  # settings.ini: console_scripts = name=module:function, one per line
  python3 - "$root/settings.ini" "$target/bin" <<'PY' || return 2
import configparser, os, sys
cfg = configparser.ConfigParser(delimiters=['=']); cfg.read(sys.argv[1])
for line in cfg['DEFAULT']['console_scripts'].split('\n'):
    if not line.strip(): continue
    name, target = (x.strip() for x in line.split('=', 1))
    mod, fn = target.split(':')
    path = os.path.join(sys.argv[2], name)
    with open(path, 'w') as f: f.write(f'#!/bin/sh\nexec python3 -c "import sys; sys.argv[0] = {name!r}; from {mod} import {fn}; {fn}()" "$@"\n')
    os.chmod(path, 0o755)
PY
  export PYTHONPATH="$target:$root${PYTHONPATH:+:$PYTHONPATH}"
  export PATH="$target/bin:$PATH"
  python3 -c "import exit_nb, trl, datasets, gguf, fastcore; print(f'gpu_install: exit_nb {exit_nb.__version__} from {exit_nb.__path__[0]}; trl {trl.__version__}, datasets {datasets.__version__}, fastcore {fastcore.__version__}')" || return 2
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then # sourced: install, keep the environment
  _exit_nb_install
else
  set -e
  _exit_nb_install
  if [ $# -gt 0 ]; then exec "$@"; fi
fi
