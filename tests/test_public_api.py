"""The public API is typed: every public function annotates its parameters and result."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import rve_geo

PUBLIC_FUNCTIONS = [name for name in rve_geo.__all__
                    if inspect.isfunction(getattr(rve_geo, name))]


def test_the_package_says_it_is_typed():
    assert (Path(rve_geo.__file__).parent / "py.typed").is_file()


@pytest.mark.parametrize("name", PUBLIC_FUNCTIONS)
def test_public_function_is_fully_annotated(name):
    func = getattr(rve_geo, name)
    sig = inspect.signature(func)
    missing = [p for p, v in sig.parameters.items() if v.annotation is inspect.Parameter.empty]
    if sig.return_annotation is inspect.Signature.empty:
        missing.append("return")
    assert not missing, f"rve_geo.{name} lacks annotations for {missing}"


def test_every_operation_is_public():
    assert set(rve_geo.OPERATIONS) <= set(PUBLIC_FUNCTIONS)
