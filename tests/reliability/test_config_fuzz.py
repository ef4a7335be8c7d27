"""Hypothesis: configurations with nan/inf numbers and odd paths never pass silently.

Every generated configuration either loads with each number finite and each path
resolved inside the configuration's folder tree as written, or raises ConfigError
naming the file and the key; nothing else escapes.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rve_geo.errors import ConfigError
from rve_geo.pipeline.config import load_config

NUMBERS = st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                    st.sampled_from([float("nan"), float("inf"), float("-inf"), 0.0, 12.5]))
ODD_NAMES = st.sampled_from(["p.gpkg", "./p.gpkg", "sub/../p.gpkg", "missing.gpkg",
                             "P.GPKG", "p.gpkg ", "sub", "é.gpkg", "../outside.gpkg"])
PLACES = st.sampled_from([
    ("areas", "context_m"), ("operations.kansenzones", "min_area_ha"),
    ("operations.kansenzones", "max_area_ha"), ("operations.redevelopment_stock",
                                                "threshold_year"),
    ("parameters.weights", "ageing"), ("operations.densification_potential", "target_fsi"),
])


def _toml_number(x: float) -> str:
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return repr(float(x))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=NUMBERS, place=PLACES, name=ODD_NAMES, ratios=ODD_NAMES)
def test_generated_configs_load_clean_or_fail_with_the_key(number, place, name, ratios,
                                                           tmp_path_factory):
    folder = tmp_path_factory.mktemp("cfg")
    (folder / "sub").mkdir()
    (folder / "p.gpkg").write_bytes(b"")
    (folder / "é.gpkg").write_bytes(b"")
    table, key = place
    text = (f'[inputs.parcels]\npath = "{name}"\n'
            f'[operations.densification_potential]\njobs_ratios = "{ratios}"\n'
            f'[{table}]\n{key} = {_toml_number(number)}\n')
    if table == "operations.densification_potential":
        text = text.replace("[operations.densification_potential]\n"
                            f'jobs_ratios = "{ratios}"\n',
                            f'[operations.densification_potential]\njobs_ratios = "{ratios}"\n'
                            f"{key} = {_toml_number(number)}\n").rsplit(f"[{table}]", 1)[0]
    path = folder / "run.toml"
    path.write_text(text, encoding="utf-8")
    try:
        cfg = load_config(path)
    except ConfigError as exc:
        message = str(exc)
        assert message.startswith(str(path.resolve())), message
        if not math.isfinite(number):
            assert "not a usable number" in message or "does not exist" in message \
                or "is a folder" in message or "must be" in message, message
        return
    # loaded: every number finite, every path absolute, existing and resolved from the folder
    assert math.isfinite(number)
    assert cfg.inputs["parcels"].path == (folder / name).resolve()
    assert cfg.inputs["parcels"].path.is_file()
    jr = cfg.operations["densification_potential"]["jobs_ratios"]
    assert isinstance(jr, Path) and jr == (folder / ratios).resolve() and jr.exists()
    for path_read in cfg.files_read():
        assert path_read.is_absolute()


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_nan_inside_a_list_is_named(tmp_path, value):
    (tmp_path / "p.gpkg").write_bytes(b"")
    path = tmp_path / "run.toml"
    path.write_text(f'[inputs.parcels]\npath = "p.gpkg"\n[parameters.weights]\nageing = '
                    f'{value}\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == (f"{path.resolve()}, line 4: 'parameters.weights.ageing' is "
                               f"{float(value)!r}, which is not a usable number; give a finite "
                               "number (nan and inf are refused everywhere in the "
                               "configuration)")
