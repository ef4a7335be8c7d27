#!/usr/bin/env bash
# Create .venv with rve_geo and its extras (cli, raster, report, test) installed in editable mode.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -c "import venv, ensurepip" 2>/dev/null; then
    apt-get update -q && apt-get install -y -q --no-install-recommends python3-venv python3-pip
fi
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,cli,raster,report,scale]"
