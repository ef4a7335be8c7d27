"""Shared plumbing of the ``rve`` commands: options, input reading, progress, errors.

Imports of geopandas and rve_geo operations happen inside functions so that
``rve --help`` stays instant.
"""

from __future__ import annotations

import contextlib
import json
import signal
import sys
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from rve_geo.errors import OperationCancelledError

DEFAULT_CRS = "EPSG:28992"
#: An existing input file (a layer, table or distance table).
INPUT_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


def run_cli(group: click.Group, argv: list[str] | None) -> int:
    """Run the click group, mapping errors to exit codes without tracebacks."""
    from rve_geo.errors import RveGeoError

    try:
        with _sigterm_cancels():
            group.main(args=argv, prog_name="rve", standalone_mode=False)
    except Terminated as exc:
        click.echo(f"Cancelled: {exc}; nothing of the interrupted work was written.", err=True)
        return 143
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:  # usage errors: exit 2
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("Cancelled; nothing of the interrupted work was written.", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("Cancelled (Ctrl-C); nothing of the interrupted work was written.", err=True)
        return 1
    except OperationCancelledError as exc:
        click.echo(f"Cancelled: {exc}; nothing of the interrupted work was written.", err=True)
        return 1
    except RveGeoError as exc:
        click.echo(f"Error: {exc}", err=True)
        return 1
    return 0


class Terminated(OperationCancelledError):
    """The process received SIGTERM (e.g. a scheduler or `kill` ended the run)."""


@contextlib.contextmanager
def _sigterm_cancels():
    """Turn SIGTERM into a cancellation, so staging folders and temporary files are removed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise Terminated("stopped by SIGTERM (the process was asked to end)")

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def output_options(func: Callable) -> Callable:
    """``-o/--output``, ``--overwrite``, ``--json``, ``--target-crs`` for one-result commands."""
    func = click.option("--json", "as_json", is_flag=True,
                        help="Print a JSON summary on stdout.")(func)
    func = click.option("--overwrite", is_flag=True,
                        help="Replace the output file if it exists.")(func)
    func = click.option("--target-crs", default=DEFAULT_CRS, show_default=True,
                        help="Projected CRS all inputs are reprojected to.")(func)
    func = click.option("-o", "--output", required=True,
                        type=click.Path(dir_okay=False, path_type=Path),
                        help="Output GeoPackage (.gpkg).")(func)
    return func


def read_input(path: Path | str, layer: str | None, argument: str, target_crs: str):
    """Read a layer and reproject it to ``target_crs``, saying so on stderr.

    Buildings and sensitive objects (homes) may be a BAG 2.0 Extract zip: read with
    ``rve_geo.read_bag`` (its panden, or its woningen).
    """
    from rve_geo.io import _to_crs, read_layer

    def note(text: str) -> None:
        click.echo(f"Note: {text}", err=True)

    if argument in ("buildings", "sensitive", "homes") and layer is None:
        from rve_geo.sources.bag_extract import is_bag_extract

        if is_bag_extract(path):
            from rve_geo.sources.bag import read_bag

            bag = read_bag(path)
            frame = bag.buildings if argument == "buildings" else bag.homes
            return _to_crs(frame, target_crs, argument, path, note) if target_crs else frame
    return read_layer(path, layer=layer, argument=argument, target_crs=target_crs, note=note)


class ProgressBar:
    """Adapt the library's progress protocol to a tqdm bar on stderr (if a terminal)."""

    def __init__(self, label: str) -> None:
        self.bar = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=1000, desc=label, file=sys.stderr, leave=False,
                            bar_format="{desc}: {percentage:3.0f}%|{bar}| {postfix}")
        self.done = 0

    def __call__(self, fraction: float, message: str = "") -> None:
        if self.bar is None:
            return
        target = int(round(fraction * 1000))
        if target > self.done:
            self.bar.update(target - self.done)
            self.done = target
        if message:
            self.bar.set_postfix_str(message[:40])

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run_operation(label: str, func: Callable[..., Any], *args, **kwargs) -> tuple[Any, list[str]]:
    """Call a library operation with a progress bar; collect warnings as text."""
    bar = ProgressBar(label)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = func(*args, progress=bar, **kwargs)
    finally:
        bar.close()
    messages = [str(w.message) for w in caught if issubclass(w.category, UserWarning)]
    for m in messages:
        click.echo(f"Warning: {m}", err=True)
    return result, messages


def emit_summary(as_json: bool, summary: dict[str, Any]) -> None:
    """Print the summary as JSON on stdout, or as readable lines on stderr."""
    if as_json:
        click.echo(json.dumps(summary, indent=2, default=_json_default, sort_keys=False))
    else:
        for key, value in summary.items():
            if key != "warnings":
                click.echo(f"{key}: {value}", err=True)


def _json_default(value: Any) -> Any:
    import numpy as np

    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, Path):
        return str(value)
    return str(value)


def write_result(frames: dict, output: Path, *, overwrite: bool, inputs: list) -> None:
    """Write result layers atomically to a GeoPackage."""
    from rve_geo.io import write_layers

    write_layers(frames, output, overwrite=overwrite, inputs=inputs)


# ---------------------------------------------------------------- options from the library


def _help_text(description: str) -> str:
    """A numpydoc parameter text without reST markup, cut after about 200 characters."""
    import re

    text = re.sub(r":\w+:`~?([^`]+)`", r"\1", description).replace("``", "'")
    if len(text) <= 200:
        return text
    cut = text.rfind(". ", 0, 200)
    return text[: cut + 1] if cut > 0 else text[:197] + "..."


def _option_for(spec) -> click.Option | None:
    """A click option mirroring one library keyword (None where a command must say it)."""
    flag = "--" + spec.name.replace("_", "-")
    help_text = _help_text(spec.description)
    if spec.kind == "enum":
        return click.Option([flag], type=click.Choice(list(spec.options)), default=spec.default,
                            show_default=True, help=help_text)
    if spec.kind == "bool":
        if spec.default:
            return click.Option([f"{flag}/--no-{flag[2:]}"], default=True, show_default=True,
                                help=help_text)
        return click.Option([flag], is_flag=True, default=False, help=help_text)
    types = {"int": int, "float": float, "string": str, "field": str}
    if spec.kind in types:
        default = {} if spec.default is None else {"default": spec.default, "show_default": True}
        return click.Option([flag], type=types[spec.kind], required=not spec.optional,
                            help=help_text, **default)
    if spec.kind == "fields":
        return click.Option([flag], multiple=True, help=help_text + " (repeat the option)")
    if spec.kind == "file":
        return click.Option([flag], type=INPUT_FILE, help=help_text)
    return None  # layers, output files and structured values are declared by the command


def _layer_params(spec, declared: set[str]) -> list[click.Parameter]:
    """The file argument of a positional layer and the ``--<name>-layer`` option of a layer,
    where the command does not declare them itself (a keyword layer's file option is
    declared by the command, with its own help)."""
    if spec.positional == (spec.name in declared):
        return []  # a positional layer the command reads its own way, or a keyword layer it omits
    params: list[click.Parameter] = (
        [click.Argument([spec.name], type=INPUT_FILE)] if spec.positional else [])
    if f"{spec.name}_layer" not in declared:
        params.append(click.Option(["--" + spec.name.replace("_", "-") + "-layer"],
                                   help=f"Layer in the {spec.name} file."))
    return params


class OperationCommand(click.Command):
    """A command whose keyword options are generated from the library operation.

    Options the command declares itself (files, flags with another shape) keep their own
    definition; every positional layer of the operation gets a file argument and a
    ``--<name>-layer`` option, and every other keyword an option with the library's
    default and the first sentence of its docstring as help. A keyword taking
    an options object (``floor_area=FloorAreaOptions()``) gets one option per field
    (:mod:`rve_geo.specs`), and the command receives the assembled object. The options are
    made only when the command is used, so ``rve --help`` imports no geo library.
    """

    _pending = False  # the generated parameters are still to be added to ``params``

    def __init__(self, *args, operation: str, exclude: tuple[str, ...] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.operation = operation
        self.exclude = set(exclude)
        self._generated: list[click.Parameter] | None = None
        self._n_layer_params = 0
        self._pending = True

    @property
    def params(self) -> list[click.Parameter]:
        """The declared parameters with the generated ones, added on first use (the
        layers first, as the commands read them)."""
        if self._pending:
            self._pending = False
            generated = self.generated_options()
            self._params[:] = [*generated[:self._n_layer_params], *self._params,
                               *generated[self._n_layer_params:]]
        return self._params

    @params.setter
    def params(self, value: list[click.Parameter]) -> None:
        self._params = value

    def generated_options(self) -> list[click.Parameter]:
        if self._generated is None:
            from rve_geo.specs import describe_operation

            declared = {p.name for p in self._params}
            declared |= {o.lstrip("-").replace("-", "_") for p in self._params for o in p.opts}
            spec = describe_operation(self.operation)
            layers, options = [], []
            for param in spec.params:
                if param.name in self.exclude:
                    continue
                if param.kind == "layer":
                    layers.extend(_layer_params(param, declared))
                    continue
                if param.positional or param.name in declared:
                    continue
                option = _option_for(param)
                if option is not None:
                    options.append(option)
            self._n_layer_params = len(layers)
            self._generated = layers + options
        return self._generated

    def invoke(self, ctx: click.Context) -> Any:
        # an unset option for a structured default (a tuple) leaves the library's in force
        import math

        from rve_geo.specs import describe_operation

        for option in self.generated_options():
            if option.multiple and ctx.params.get(option.name) in (None, ()):
                ctx.params.pop(option.name, None)
        for param in self.get_params(ctx):
            value = ctx.params.get(param.name)
            if isinstance(value, float) and not math.isfinite(value):
                raise click.BadParameter(f"{value!r} is not a usable number; give a finite "
                                         "number (nan and inf are refused).", ctx=ctx,
                                         param=param)
        # options that are fields of an options object reach the command as that object
        ctx.params = describe_operation(self.operation).assemble(ctx.params)
        return super().invoke(ctx)

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        params = self.params
        help_option = self.get_help_option(ctx)
        return [*params, help_option] if help_option is not None else params


def operation_command(operation: str, *, exclude: tuple[str, ...] = ()) -> Callable:
    """``@click.command`` for the library operation ``operation`` (see OperationCommand)."""
    return click.command(operation.replace("_", "-"), cls=OperationCommand, operation=operation,
                         exclude=exclude)
