"""Writing the long layers of a run's GeoPackage in a second process while the run goes on.

GDAL's GeoPackage driver writes a layer on one core, and pyogrio holds Python's interpreter
lock while it does, so a layer written on a thread of the run stops the run's own Python
work. Inside :func:`background_writes` the long layers (those
:func:`rve_geo._arrow_writes.write_layer_parts` writes) go to a writer process instead: the
run turns each part into Arrow batches as before and hands them over a pipe, and the
writer process hands them to GDAL in the same order, in the same single call per layer
(so the spatial index is still built once, in bulk). The run meanwhile goes on with its
next stage, on the other core.

Rules that keep the file the one a direct write makes:

- one writer process per GeoPackage, writing the layers in the order they were handed to
  it; every other access to the file (a short layer written directly, the descriptions
  and styles, reading a layer back) first waits until the writer has written all it was
  given (:func:`settle`);
- an error of the writer (a full disk, GDAL refusing a value) is raised by the next
  :func:`settle`, as an :class:`~rve_geo.errors.OutputError` naming the layer, and the run
  settles before it moves any output into place, so a failed write never reaches the
  output folder;
- an error while a part is made in the run stops that layer in the writer too, and leaving
  :func:`background_writes` with an error stops the writer process before the caller
  removes the staged file;
- at most :data:`QUEUE_BYTES` of Arrow data wait for the writer: a run that makes layers
  faster than GDAL writes them waits for it there, so memory stays bounded.

Only where the layers are written through Arrow at all (:func:`rve_geo.io.arrow_writes`)
and the interpreter is a Python executable (not inside QGIS, whose ``sys.executable`` is
QGIS itself), on POSIX systems (the pipes are handed to the writer as descriptors);
``RVE_BACKGROUND_WRITES=0`` turns it off. A writer process that cannot be started (it
must import pyarrow and pyogrio within two minutes) leaves the layers to be written
directly, with a warning.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path

__all__ = ["QUEUE_BYTES", "background_writes", "enabled", "settle", "writer_for"]

#: Arrow data (bytes) handed to the writer and not yet written, at most: a part that
#: would exceed it waits until the writer has taken enough (one part always fits).
QUEUE_BYTES = 256 * 2**20

#: Seconds the writer process may take to start (import pyarrow and pyogrio).
_READY_S = 120.0

_WRITERS: dict[str, _Writer] = {}

log = logging.getLogger(__name__)


def _key(path: str | os.PathLike) -> str:
    return os.path.abspath(os.fspath(path))


def enabled() -> bool:
    """Whether :func:`background_writes` starts a writer process here.

    >>> isinstance(enabled(), bool)
    True
    """
    from .io import arrow_writes

    if os.environ.get("RVE_BACKGROUND_WRITES", "1").strip() == "0" or os.name != "posix":
        return False
    name = os.path.basename(sys.executable or "").lower()
    return name.startswith("python") and arrow_writes()


def writer_for(path: str | os.PathLike) -> _Writer | None:
    """The writer process of the GeoPackage ``path``, started when first asked for; None
    outside :func:`background_writes`, or when it could not be started (the layers are
    then written directly, as without it)."""
    writer = _WRITERS.get(_key(path))
    return writer if writer is not None and writer.start() else None


def settle(path: str | os.PathLike) -> None:
    """Wait until every layer handed to the writer of ``path`` is written; raise its
    error, if any. Nothing to do outside :func:`background_writes`.

    >>> settle("nowhere.gpkg")
    """
    writer = _WRITERS.get(_key(path))
    if writer is not None:
        writer.settle()


@contextlib.contextmanager
def background_writes(path: str | os.PathLike) -> Iterator[None]:
    """Write the long layers of the GeoPackage ``path`` in a writer process while the
    body runs (see the module text); on leaving, wait for them, or on an error, stop the
    writer.

    Examples
    --------
    >>> import tempfile, pathlib, geopandas as gpd
    >>> from shapely.geometry import box
    >>> from rve_geo._arrow_writes import write_layer_parts
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "background.gpkg"
    >>> parts = (gpd.GeoDataFrame({"n": [i]}, geometry=[box(i, 0, i + 1, 1)],
    ...                           crs="EPSG:28992") for i in range(3))
    >>> with background_writes(out):
    ...     write_layer_parts(parts, out, "boxes", geometry_type="Polygon",
    ...                       promote_to_multi=False, index=False)
    >>> gpd.read_file(out, layer="boxes")["n"].tolist()
    [0, 1, 2]
    """
    key = _key(path)
    if not enabled() or key in _WRITERS:
        yield
        return
    writer = _Writer(key)
    _WRITERS[key] = writer
    try:
        yield
        writer.settle()
    except BaseException:
        writer.stop()
        raise
    finally:
        _WRITERS.pop(key, None)
        writer.close()


class _Writer:
    """The writer process of one GeoPackage, fed by a thread of the run."""

    def __init__(self, path: str):
        self.path = path
        self.proc: subprocess.Popen | None = None
        self.items: queue.Queue = queue.Queue()
        self.room = threading.Condition()
        self.queued = 0
        #: the first error of the writer not yet raised: (layer, kind, message, errno) as
        #: the writer process reported it, or the error of the process itself
        self.error: tuple | BaseException | None = None
        self.thread: threading.Thread | None = None
        #: the writer process could not be started: the layers are written directly
        self.failed = False

    # ------------------------------------------------------------------ run side
    def write(self, name: str, schema, batches: Iterable, *, geometry_name: str,
              geometry_type: str, crs: str | None) -> None:
        """Hand the layer ``name`` (Arrow ``batches`` of ``schema``) to the writer.

        The batches are made here, in the run's thread; an error while one is made stops
        the layer in the writer too and is raised as it was raised.
        """
        meta = {"path": self.path, "layer": name, "geometry_name": geometry_name,
                "geometry_type": geometry_type, "crs": crs}
        self._put(("layer", meta, schema.serialize().to_pybytes()), 0)
        try:
            for batch in batches:
                self._put(("batch", batch), batch.nbytes)
        except BaseException:
            self._put(("abort",), 0)
            raise
        self._put(("end",), 0)

    def settle(self) -> None:
        """Wait until the writer has written everything handed to it; raise its error."""
        if self.proc is not None:
            done = threading.Event()
            self._put(("sync", done), 0)
            done.wait()
        if self.error is not None:
            error, self.error = self.error, None
            if isinstance(error, BaseException):
                raise error
            raise _output_error(self.path, *error)

    def stop(self) -> None:
        """Stop the writer process now (the run failed: what it wrote is removed)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()

    def close(self) -> None:
        """End the writer process and its thread."""
        if self.proc is None:
            return
        self._put(("quit",), 0)
        if self.thread is not None:
            self.thread.join()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def _put(self, item: tuple, size: int) -> None:
        with self.room:
            while self.queued and self.queued + size > QUEUE_BYTES:
                self.room.wait()
            self.queued += size
        self.items.put((item, size))

    def start(self) -> bool:
        """Start the writer process unless it runs; False when it cannot be started."""
        if self.proc is not None or self.failed:
            return not self.failed
        to_child, from_run = os.pipe()
        to_run, from_child = os.pipe()
        try:
            self.proc = subprocess.Popen(
                [*self._command(), str(to_child), str(from_child)],
                pass_fds=(to_child, from_child), stdin=subprocess.DEVNULL)
        except OSError as exc:
            self.proc = None
            self._give_up(f"{exc}", [from_run, to_run])
            return False
        finally:
            os.close(to_child)
            os.close(from_child)
        self.send = Connection(from_run, readable=False)
        self.recv = Connection(to_run, writable=False)
        # ready once it has imported what it writes with
        try:
            ready = self.recv.poll(_READY_S) and self.recv.recv() == ("ready",)
        except (OSError, EOFError):
            ready = False
        if not ready:
            self.proc.kill()
            code = self.proc.wait()
            self.send.close()
            self.recv.close()
            self.proc = None
            self._give_up(f"exit code {code}", [])
            return False
        self.thread = threading.Thread(target=self._feed, name="rve-gpkg-writer",
                                       daemon=True)
        self.thread.start()
        return True

    def _give_up(self, why: str, fds: list[int]) -> None:
        for fd in fds:
            os.close(fd)
        self.failed = True
        log.warning("the GeoPackage writer process could not be started (%s); the layers "
                    "of %s are written directly", why, self.path)

    @staticmethod
    def _command() -> list[str]:
        """The writer process's command line, without its two pipe descriptors."""
        paths = json.dumps([p for p in sys.path if p])
        code = ("import json, sys; sys.path[:0] = json.loads(sys.argv[1]); "
                "from rve_geo._write_process import _serve; "
                "_serve(int(sys.argv[2]), int(sys.argv[3]))")
        return [sys.executable, "-c", code, paths]

    # ------------------------------------------------------------------ feeding thread
    def _feed(self) -> None:
        """Send the queued items to the writer process, in order (runs on a thread)."""
        import pyarrow as pa

        broken = False
        while True:
            item, size = self.items.get()
            kind = item[0]
            try:
                if broken:
                    pass
                elif kind == "batch":
                    sink = pa.BufferOutputStream()
                    with pa.ipc.new_stream(sink, item[1].schema) as stream:
                        stream.write_batch(item[1])
                    del item
                    self.send.send(("batch",))
                    self.send.send_bytes(memoryview(sink.getvalue()))
                elif kind == "sync":
                    self.send.send(("sync",))
                    reply = self.recv.recv()
                    if reply[1] is not None and self.error is None:
                        self.error = tuple(reply[1])
                else:
                    self.send.send(item)
            except (OSError, EOFError):
                broken = True
                code = self.proc.poll() if self.proc is not None else None
                if self.error is None:
                    from .errors import OutputError

                    self.error = OutputError(
                        f"the process writing '{self.path}' ended unexpectedly (exit code "
                        f"{code}); the layers it had not written yet are missing. Run again; "
                        "with RVE_BACKGROUND_WRITES=0 the layers are written directly.")
            finally:
                if kind == "sync":
                    item[1].set()
                with self.room:
                    self.queued -= size
                    self.room.notify_all()
            if kind == "quit":
                return


def _output_error(path: str, layer: str, kind: str, message: str, errno: int | None):
    """The error the writer met, as the direct write would have raised it."""
    from .errors import OutputError
    from .io import os_error

    if errno is not None:
        return os_error(OSError(errno, message), Path(path))
    if not layer:
        return OutputError(f"writing '{path}' failed: {message}; nothing was written.")
    return OutputError(f"writing layer '{layer}' of '{path}' failed: {message}; nothing was "
                       "written.")


# ---------------------------------------------------------------------- writer process
class _Aborted(Exception):
    """The run stopped the layer being written."""


def _serve(from_run_fd: int, to_run_fd: int) -> None:
    """The writer process: write each layer handed over, in order, until told to quit."""
    import signal
    import warnings

    import pyarrow as pa
    from pyogrio.raw import write_arrow

    # Ctrl-C reaches the whole process group: the run stops this process itself
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a part of another geometry type than the layer's: the run writes the layer again
    # with the type of the whole (rve_geo.io.append_layer_parts), as it does directly
    warnings.filterwarnings("ignore", "A geometry of type", RuntimeWarning)

    recv = Connection(from_run_fd, writable=False)
    send = Connection(to_run_fd, readable=False)
    send.send(("ready",))
    error = None
    while True:
        try:
            msg = recv.recv()
        except EOFError:  # the run is gone
            return
        if msg[0] == "quit":
            return
        if msg[0] == "sync":
            send.send(("synced", error))
            error = None
            continue
        if msg[0] != "layer":
            continue
        meta, schema = msg[1], pa.ipc.read_schema(pa.py_buffer(msg[2]))
        state = {"over": False, "aborted": False}

        def batches(state=state):
            while True:
                m = recv.recv()
                if m[0] == "batch":
                    with pa.ipc.open_stream(recv.recv_bytes()) as stream:
                        yield from stream
                    continue
                state["over"] = True
                if m[0] == "abort":
                    state["aborted"] = True
                    raise _Aborted
                return

        try:
            if error is not None:  # a layer before failed: the run stops at the next sync
                raise _Aborted
            write_arrow(pa.RecordBatchReader.from_batches(schema, batches()),
                        meta["path"], layer=meta["layer"],
                        driver="GPKG", geometry_name=meta["geometry_name"],
                        geometry_type=meta["geometry_type"], crs=meta["crs"])
        except BaseException as exc:  # reported to the run at its next sync
            if not state["aborted"] and error is None and not isinstance(exc, _Aborted):
                error = (meta["layer"], type(exc).__name__, str(exc),
                         exc.errno if isinstance(exc, OSError) else None)
            while not state["over"]:  # the rest of this layer's messages
                m = recv.recv()
                if m[0] == "batch":
                    recv.recv_bytes()
                else:
                    state["over"] = True

