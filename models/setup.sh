#!/usr/bin/env bash
# Creates models/.venv and installs the pinned requirements. Idempotent: a stamp holding the hash of
# requirements.txt skips the install when nothing changed. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi

stamp=.venv/.requirements.sha256
want="$(sha256sum requirements.txt | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install --quiet -r requirements.txt
  echo "$want" > "$stamp"
fi
.venv/bin/python -c "import torch, onnx, onnxruntime, PIL, numpy; print('models/.venv ready: torch', torch.__version__, 'onnxruntime', onnxruntime.__version__)"
