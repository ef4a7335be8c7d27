#!/usr/bin/env bash
# Run the full analysis on the bundled sample data; results go to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh
mkdir -p out
.venv/bin/rve density-measures sample_data/doesburg.gpkg sample_data/doesburg.gpkg \
    --parcels-layer parcels --buildings-layer buildings -o out/density.gpkg --overwrite
echo "Results written to $(pwd)/out"
