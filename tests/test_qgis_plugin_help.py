"""The QGIS help panel text: docstrings rendered to clean HTML (runs without QGIS)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

import rve_geo
from rve_geo import specs as introspect

PLUGIN = Path(__file__).resolve().parents[1] / "qgis_plugin" / "rve_qgis"


def _load(name):
    """A pure module of the plugin, without the package's QGIS start-up code."""
    spec = importlib.util.spec_from_file_location(f"_rve_qgis_{name}", PLUGIN / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


helptext = _load("helptext")


@pytest.mark.parametrize("text, html", [
    ("Uses ``zones`` and :func:`rve_geo.parse_category`.",
     "<p>Uses <code>zones</code> and <code>parse_category</code>.</p>"),
    ("See :func:`~rve_geo.milieu.categories.parse_category` and :class:`DistanceTable`.",
     "<p>See <code>parse_category</code> and <code>DistanceTable</code>.</p>"),
    ("a < b & c > d", "<p>a &lt; b &amp; c &gt; d</p>"),
    ("Default ``<stem>_fields.csv``.", "<p>Default <code>&lt;stem&gt;_fields.csv</code>.</p>"),
    ("numpy<2 and *numpy* **2**", "<p>numpy&lt;2 and <i>numpy</i> <b>2</b></p>"),
    ("A `role-less` name", "<p>A <i>role-less</i> name</p>"),
    ("default 1.2 [A].", "<p>default 1.2 <i>(assumption)</i>.</p>"),
    ("from 1980 [S]; 4.1 [P]; 3 [V]", "<p>from 1980 <i>(programme documents)</i>; 4.1 "
                                     "<i>(partly verified)</i>; 3 <i>(verified)</i></p>"),
    ("Size of a kansenzone (DOMAIN.md section 5).", "<p>Size of a kansenzone.</p>"),
    ("(Zuid-Holland practice, DOMAIN.md section 2).", "<p>(Zuid-Holland practice).</p>"),
    ("One\nparagraph.\n\nTwo.", "<p>One paragraph.</p><p>Two.</p>"),
    ("With\n\n- ``a``: first;\n  more\n- ``b``: second.",
     "<p>With</p><ul><li><code>a</code>: first; more</li><li><code>b</code>: second.</li></ul>"),
    ("2 * 3 * 4 stays", "<p>2 * 3 * 4 stays</p>"),
])
def test_markup_to_html(text, html):
    assert helptext.block(text) == html


def test_tags_use_the_translation():
    dutch = {"assumption": "aanname"}
    assert helptext.inline("1.2 [A]", lambda s: dutch.get(s, s)) == "1.2 <i>(aanname)</i>"


def test_returns_without_type_and_with_list():
    def func(parcels):
        """Do it.

        Parameters
        ----------
        a_col, b_col : str
            Shared text
            over two lines.

        Returns
        -------
        GeoDataFrame
            A copy with

            - ``x``: one;
            - ``y``: two.
        """

    summary, _, params, returns = introspect.parse_numpydoc(func.__doc__)
    assert summary == "Do it."
    assert params["a_col"] == params["b_col"] == ("str", "Shared text\nover two lines.")
    assert returns == "A copy with\n\n- ``x``: one;\n- ``y``: two."
    assert helptext.block(returns) == ("<p>A copy with</p><ul><li><code>x</code>: one;</li>"
                                       "<li><code>y</code>: two.</li></ul>")


def _visible(html):
    return re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize("name", rve_geo.OPERATIONS)
def test_every_operation_help_is_clean(name):
    spec = introspect.describe_operation(name)
    texts = [spec.extended, spec.returns] + [p.description for p in spec.params]
    html = helptext.inline(spec.summary) + "".join(helptext.block(t) for t in texts)
    for raw in ("``", ":func:", ":class:", ":meth:", ":mod:", "DOMAIN.md", "[A]", "[S]",
                "[P]", "[V]"):
        assert raw not in html, (raw, html)
    assert not re.search(r"\.\. [\w-]+::", html)  # reST directives
    assert "`" not in _visible(html)
    assert "<" not in _visible(html).replace("&lt;", "")  # every < of the text is escaped


def test_readable_values_have_no_python_reprs():
    import dataclasses

    import pandas as pd

    @dataclasses.dataclass
    class Export:
        paths: tuple
        field_map: pd.DataFrame

    export = Export((Path("/out/a.shp"), Path("/out/a.dbf")), pd.DataFrame({"a": [1, 2]}))
    assert helptext.readable(export) == "paths: /out/a.shp, /out/a.dbf; field_map: table of 2 rows"
    assert helptext.readable(export.paths) == "/out/a.shp, /out/a.dbf"
    assert helptext.readable({"n": 3, "ok": True, "x": 1 / 3}) == "n: 3; ok: yes; x: 0.333333"
