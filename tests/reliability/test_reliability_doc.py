"""docs/reliability.md is generated from the catalogue and must be current."""

from .document import DOC, render


def test_reliability_doc_is_up_to_date():
    assert DOC.read_text() == render(), \
        "docs/reliability.md is stale: run python -m tests.reliability.document"
