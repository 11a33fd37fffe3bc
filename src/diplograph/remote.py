"""The store over HTTP: serve it as a SPARQL endpoint, or push it to another triple store.

* :func:`serve` runs Oxigraph's own server (the ``oxigraph`` binary, ``pip install
  'diplograph[server]'``) on the store, on a private loopback address, behind our
  :mod:`~diplograph.gateway` on ``http://HOST:PORT``: a SPARQL 1.1 Protocol endpoint at ``/query``
  that YASGUI, SPARQLWrapper or any SPARQL client can use. The gateway refuses SERVICE, writes and
  foreign ``Host:`` headers unless allowed. Read-only (``serve-read-only``) unless updates are
  explicitly allowed; either way it holds the store's lock (shared / exclusive) while it runs, so
  no build writes underneath it, and the server dies with it.
* :func:`push` sends every named graph (one per article) and the default graph to any SPARQL 1.1
  Graph Store Protocol endpoint (GraphDB, Fuseki, Oxigraph…): one ``PUT URL?graph=<article>`` per
  article, replacing that graph there, and ``PUT URL?default`` for the merged-view extras.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from functools import partial
from importlib import metadata
from pathlib import Path

import pyoxigraph as ox

from diplograph.errors import StoreError
from diplograph.gateway import EndpointPolicy, GatewayServer
from diplograph.process import die_with_parent
from diplograph.store import GraphStore, lock_store

__all__ = ["oxigraph_binary", "push", "serve", "serve_command"]

log = logging.getLogger(__name__)


def oxigraph_binary() -> Path:
    """Where the ``oxigraph`` server binary is: installed by the ``oxigraph`` PyPI package.

    Raises:
        StoreError: if the package is not installed (``pip install 'diplograph[server]'``).
    """
    try:
        files = metadata.distribution("oxigraph").files or []
        for f in files:
            if f.name == "oxigraph" and f.parent.name == "bin":
                located = Path(str(f.locate())).resolve()
                if located.is_file():
                    return located
    except metadata.PackageNotFoundError:
        pass  # not installed as a package: maybe on PATH
    # the script directory of this interpreter first: a venv's bin/ need not be on PATH
    found = shutil.which(
        "oxigraph", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    )
    if found is None:
        raise StoreError("the SPARQL server is not installed: pip install 'diplograph[server]'")
    return Path(found)


def serve_command(
    store_path: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_updates: bool = False,
    union_default_graph: bool = True,
) -> list[str]:
    """The command line that serves ``store_path`` with Oxigraph's server.

    Raises:
        StoreError: if the ``oxigraph`` binary cannot be found.
    """
    cmd = [
        str(oxigraph_binary()),
        "serve" if allow_updates else "serve-read-only",
        "--location",
        str(store_path),
        "--bind",
        f"{host}:{port}",
    ]
    if union_default_graph:  # the same view `diplograph query` gives: all graphs, merged
        cmd.append("--union-default-graph")
    return cmd


def serve(
    store_path: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    allow_updates: bool = False,
    allow_service: bool = False,
    update_token: str | None = None,
    union_default_graph: bool = True,
    on_start: Callable[[str], None] | None = None,
) -> int:
    """Serve the store as a SPARQL endpoint until interrupted; return the server's exit status.

    Args:
        store_path: an existing store.
        host: the interface to bind; ``127.0.0.1`` keeps it on this machine.
        port: the TCP port.
        allow_updates: accept SPARQL updates and Graph Store writes (``oxigraph serve``): with
            ``update_token`` only, or else from no other web origin.
        allow_service: let ``SERVICE`` (and ``LOAD``) make the server send requests elsewhere.
        update_token: when set, writes need ``Authorization: Bearer <token>``.
        union_default_graph: queries without ``GRAPH`` see all graphs merged.
        on_start: called with the endpoint's query URL once it answers.

    Raises:
        StoreError: if there is no store, it is being written (or, with ``allow_updates``, read)
            by another process, the address is taken, or the server cannot be started.
    """
    if not (store_path / "CURRENT").is_file():
        raise StoreError(f"no store at {store_path}: build one first (diplograph build INPUT --out DIR)")
    GraphStore.open(store_path, read_only=True).close()  # refuses a store whose first build died
    policy = EndpointPolicy(host, port, allow_updates, allow_service, update_token)
    private = _private_address()
    cmd = serve_command(
        store_path,
        host=private[0],
        port=private[1],
        allow_updates=allow_updates,
        union_default_graph=union_default_graph,
    )
    with lock_store(store_path, exclusive=allow_updates):
        try:
            gateway = GatewayServer(policy, private)
        except OSError as exc:
            raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
        log.info("starting %s", " ".join(cmd))
        try:
            # the server dies with us, even on SIGKILL: it must not serve on without the lock
            server = subprocess.Popen(cmd, preexec_fn=partial(die_with_parent, os.getpid()))
        except OSError as exc:
            gateway.server_close()
            raise StoreError(f"cannot start {cmd[0]}: {exc}") from exc
        previous = _exit_on_sigterm()
        # Ctrl-C stops the endpoint even when the process was started with SIGINT ignored (a
        # parent that ignores it passes that on, and Python then never raises KeyboardInterrupt)
        previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            _wait_until_listening(private, server)
            if on_start is not None:
                on_start(f"http://{policy.origin.removeprefix('http://')}/query")
            threading.Thread(target=_stop_with, args=(server, gateway), daemon=True).start()
            gateway.serve_forever(poll_interval=0.2)
            return server.wait()
        except KeyboardInterrupt:
            return 0
        finally:  # Ctrl-C, SIGTERM or an error here: never leave the server running without its lock
            gateway.server_close()
            if server.poll() is None:
                server.terminate()
                server.wait()
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
            signal.signal(signal.SIGINT, previous_int)


def _stop_with(server: subprocess.Popen[bytes], gateway: GatewayServer) -> None:
    """Stop the gateway when the SPARQL server exits (a crash must not leave a door to nothing)."""
    server.wait()
    gateway.shutdown()


def _private_address() -> tuple[str, int]:
    """A free port on a random 127.x.y.z: the Oxigraph server listens there, behind the gateway.

    Not 127.0.0.1: a web page that rebinds its name to loopback would have to guess the address
    as well as the port to reach the server around the gateway.
    """
    for _ in range(20):
        address = f"127.{random.randrange(1, 255)}.{random.randrange(256)}.{random.randrange(1, 255)}"
        with socket.socket() as s:
            try:
                s.bind((address, 0))
            except OSError:
                continue  # a system where only 127.0.0.1 is configured on lo
            return address, int(s.getsockname()[1])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return "127.0.0.1", int(s.getsockname()[1])


def _wait_until_listening(
    address: tuple[str, int], server: subprocess.Popen[bytes], timeout: float = 30.0
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise StoreError(f"the SPARQL server stopped at start (exit status {server.returncode})")
        try:
            with socket.create_connection(address, timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise StoreError(f"the SPARQL server did not start listening within {timeout:.0f} s")


def _exit_on_sigterm() -> signal.Handlers | Callable[..., object] | int | None:
    """Turn SIGTERM into SystemExit so ``finally`` blocks run; returns the previous handler."""
    if threading.current_thread() is not threading.main_thread():
        return None  # only the main thread may set handlers; then SIGTERM keeps its default
    return signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def push(store: GraphStore, endpoint: str, *, timeout: float = 60.0) -> int:
    """PUT every named graph, and the default graph, to a SPARQL 1.1 Graph Store endpoint.

    Each ``PUT`` replaces that graph at the endpoint; graphs there that this store does not have
    are left alone.

    Args:
        store: an open store.
        endpoint: the Graph Store Protocol URL, e.g. ``http://localhost:7878/store`` (Oxigraph),
            ``http://localhost:3030/ds/data`` (Fuseki) or
            ``http://localhost:7200/repositories/REPO/rdf-graphs/service`` (GraphDB).
        timeout: seconds each graph's request may take in all (a server that answers a byte at a
            time cannot hold it longer).

    Returns:
        The number of graphs sent, the default graph included.

    Raises:
        StoreError: if the endpoint is not an http(s) URL, cannot be reached, refuses a graph or
            does not answer in time; the message says how many graphs were already replaced.
    """
    if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
        raise StoreError(f"--endpoint {endpoint!r} is not an http(s) URL")
    oxi = store.oxigraph
    graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = sorted(
        oxi.named_graphs(), key=lambda g: str(g)
    )
    graphs.append(ox.DefaultGraph())
    separator = "&" if "?" in endpoint else "?"
    for done, graph in enumerate(graphs):
        if isinstance(graph, ox.DefaultGraph):
            url = f"{endpoint}{separator}default"
        else:
            url = f"{endpoint}{separator}graph={urllib.parse.quote(graph.value, safe='')}"
        body = oxi.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        try:
            _put(url, body or b"", timeout=timeout)
        except StoreError as exc:
            if done:
                raise StoreError(
                    f"{exc} (after {done} of {len(graphs)} graphs were replaced there, in IRI order: "
                    "the endpoint now holds some new graphs and some old; push again)"
                ) from None
            raise
    log.info("pushed %d graphs to %s", len(graphs), endpoint)
    return len(graphs)


def _put(url: str, body: bytes, *, timeout: float) -> None:
    """One PUT that takes at most ``timeout`` seconds in all. A socket timeout bounds each read
    only (a server trickling a byte at a time would hold it for ever), so the request runs on a
    thread and, at the deadline, its socket is shut and the push fails."""
    parts = urllib.parse.urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = kind(parts.hostname or "", parts.port, timeout=timeout)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    outcome: list[tuple[int, str, bytes] | BaseException] = []

    def run() -> None:
        try:
            conn.request("PUT", target, body=body, headers={"Content-Type": "application/n-triples"})
            response = conn.getresponse()
            outcome.append((response.status, response.reason, response.read()))
        except BaseException as exc:  # handed over to the caller's thread below
            outcome.append(exc)

    worker = threading.Thread(target=run, name="diplograph-push", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        if conn.sock is not None:
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RDWR)
        raise StoreError(f"push to {url}: no complete answer within {timeout:g} s")
    conn.close()
    result = outcome[0]
    if isinstance(result, BaseException):
        if isinstance(result, (OSError, http.client.HTTPException)):
            reason = getattr(result, "strerror", None) or result
            raise StoreError(f"cannot reach {url}: {reason}") from None
        raise result
    status, reason_phrase, data = result
    if status >= 300:
        detail = data[:300].decode("utf-8", "replace").strip().splitlines()
        raise StoreError(
            f"push to {url} refused: HTTP {status} {reason_phrase}" + (f": {detail[0]}" if detail else "")
        )
