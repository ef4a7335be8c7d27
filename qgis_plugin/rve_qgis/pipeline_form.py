"""The full-analysis form as a configuration: form values and an optional TOML file merged.

Rule (docs/qgis.md, *Full analysis*): **the configuration file wins**. A key the file sets
is used as the file says, so a run from QGIS gives what ``rve run`` gives for the same
file; the form fills in what the file leaves out (an input role the file does not name,
the output folder when the file names none, the area split when the file has no
``[areas]``, ...). Every form value the file overrules is listed, so the log can say so.
Without a file the form alone is the configuration.

Pure Python (no QGIS import): the algorithm turns its parameters into the plain values
used here.

Examples
--------
>>> form = {"inputs": {"parcels": {"path": "/d/p.gpkg"}}, "outputs": {"report": True}}
>>> toml = {"outputs": {"report": False}}
>>> merged, ignored = merge_form_into_file(toml, form)
>>> merged["outputs"]["report"], merged["inputs"]["parcels"]["path"], ignored
(False, '/d/p.gpkg', ['outputs.report'])
"""

from collections.abc import Mapping

#: Tables merged key by key (the file's keys win); other tables are taken whole.
KEYWISE = ("run", "parameters", "outputs")


def merge_form_into_file(file_data, form):
    """Merge ``form`` (a configuration dict from the form) into ``file_data`` (parsed TOML).

    Returns ``(merged, ignored)``: the configuration to run and the dotted keys of the form
    values the file overrules (only where the two differ). ``inputs`` are merged per role
    (a role the file names is taken from the file as a whole: path, layer and columns
    belong together), ``areas`` as a whole table, ``run``, ``parameters`` and ``outputs``
    key by key. The inputs are not changed.
    """
    merged = {key: (dict(value) if isinstance(value, Mapping) else value)
              for key, value in (file_data or {}).items()}
    ignored = []
    for section, values in form.items():
        if not values:
            continue
        if section not in merged:
            merged[section] = dict(values)
            continue
        if (section in KEYWISE or section == "inputs") and isinstance(merged[section], dict):
            target = merged[section]
            for key, value in values.items():
                if key not in target:
                    target[key] = value
                elif target[key] != value:
                    ignored.append(f"{section}.{key}")
        elif merged[section] != values:
            ignored.append(section)
    return merged, ignored


def column_renames(chosen, fields, conventional, canonical):
    """``{canonical: column}`` renames for one column chosen in the form (may be empty).

    ``chosen`` is the field picked in the form (empty: let the library detect it),
    ``fields`` the layer's field names, ``conventional`` the names the library looks for
    in order (``rve_geo.sources.aliases.CONVENTIONAL_COLUMNS``) and ``canonical`` the
    name the chosen column gets. Nothing is renamed when the library would pick the
    chosen column anyway. A column already named ``canonical`` keeps its data under
    ``<canonical>_input``: an input column is never overwritten.

    >>> column_renames("bestemming", ["bestemming", "max_category"],
    ...                ("plan_category", "max_category"), "plan_category")
    {'plan_category': 'bestemming'}
    >>> column_renames("max_category", ["max_category"], ("plan_category", "max_category"),
    ...                "plan_category")
    {}
    >>> column_renames("cat", ["cat", "plan_category"], ("plan_category",), "plan_category")
    {'plan_category': 'cat', 'plan_category_input': 'plan_category'}
    """
    if not chosen:
        return {}
    detected = next((name for name in conventional if name in fields), None)
    if chosen == detected:
        return {}
    renames = {canonical: chosen}
    if canonical in fields and canonical != chosen:
        renames[f"{canonical}_input"] = canonical
    return renames


def detected_column(fields, conventional):
    """The column the library will use: the first of ``conventional`` in ``fields``, or None.

    >>> detected_column(["naam", "terrein_id"], ("terrein_id", "naam"))
    'terrein_id'
    """
    return next((name for name in conventional if name in fields), None)


def role_using(column, fields, conventional_by_role, own_role):
    """The other role for which the library already reads ``column`` from ``fields``, or None.

    A column chosen for one role is renamed to that role's name, so it would vanish from
    the role the library detected it for; the form refuses that instead.

    >>> roles = {"plan_category": ("max_category",), "owner": ("owner_id",)}
    >>> role_using("max_category", ["max_category"], roles, "actual_category")
    'plan_category'
    >>> role_using("bedrijfscat", ["bedrijfscat"], roles, "actual_category") is None
    True
    """
    for role, names in conventional_by_role.items():
        if role != own_role and detected_column(fields, names) == column:
            return role
    return None
