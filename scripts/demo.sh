#!/usr/bin/env bash
# Run the full analysis (density, milieuzonering, potential, indicators, kansenzones)
# on the bundled Doesburg sample data. Results: out/doesburg.gpkg, out/doesburg_report.html
# and the PNG maps in out/doesburg_maps/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh
.venv/bin/rve init rve_demo.toml --overwrite
.venv/bin/rve run rve_demo.toml --overwrite
echo "Open $(pwd)/out/doesburg_report.html in a browser, or out/doesburg.gpkg in QGIS."
