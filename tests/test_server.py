"""`diplograph serve` and `diplograph push` against a real Oxigraph server on 127.0.0.1.

Each test starts the server on a free port and stops it; nothing leaves this machine.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from diplograph.errors import StoreError
from diplograph.remote import oxigraph_binary, push
from diplograph.store import GraphStore
from diplograph.terms import to_rdflib
from rdf_helpers import article_graph, assert_isomorphic, rich_article

pytestmark = pytest.mark.server
SRC = Path(__file__).resolve().parent.parent / "src"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, proc: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise AssertionError(f"server at {url} did not come up")


def sparql(base: str, query: str) -> dict:
    url = f"{base}/query?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def get_graph(base: str, graph: str | None) -> Graph:
    query = "default" if graph is None else "graph=" + urllib.parse.quote(graph, safe="")
    request = urllib.request.Request(f"{base}/store?{query}", headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return Graph().parse(data=response.read().decode("utf-8"), format="nt")


@pytest.fixture
def graphs() -> list[tuple[URIRef, Graph]]:
    return [rich_article(), article_graph("two", persons={"thae-yong-ho": "Thae Yong Ho"})]


@pytest.fixture
def store_path(tmp_path: Path, graphs) -> Path:
    path = tmp_path / "store"
    with GraphStore.open(path) as store:
        store.replace_articles(graphs)
    return path


@contextmanager
def serving(
    store_path: Path, *options: str, env: dict[str, str] | None = None, sigint_ignored: bool = False
) -> Iterator[tuple[str, int]]:
    """``diplograph serve`` on a free port: yields its base URL and pid; stops it with Ctrl-C.
    ``sigint_ignored``: start it as a parent that ignores SIGINT would (a shell's background job)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "diplograph", "serve", "--store", str(store_path),
                             "--port", str(port), *options],
                            env={**os.environ, "PYTHONPATH": str(SRC), **(env or {})},
                            preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
                            if sigint_ignored else None)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/query?query=ASK%7B%7D", proc)
        yield base, proc.pid
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=20) == 0


@pytest.fixture
def served(store_path: Path) -> Iterator[str]:
    with serving(store_path) as (base, _):
        yield base


def test_server_ctrl_c_stops_it_even_when_started_with_sigint_ignored(store_path: Path):
    # the process inherits SIGINT ignored; serving() asserts it still exits 0 on Ctrl-C
    with serving(store_path, sigint_ignored=True) as (base, _):
        assert sparql(base, "ASK { ?s ?p ?o }")["boolean"] is True


def test_server_serve_answers_sparql_with_union_and_graphs(served: str, store_path: Path):
    rows = sparql(served, "SELECT ?l WHERE { <https://w3id.org/diplograph/id/person/thae-yong-ho> "
                          "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l }")["results"]["bindings"]
    assert [r["l"]["value"] for r in rows] == ["Thae Yong Ho"]
    result = sparql(served, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert len(result["results"]["bindings"]) == 2
    with pytest.raises(StoreError, match="held by"):  # no build may write under a running server
        GraphStore.open(store_path)


def test_server_a_blocked_build_names_the_serve_that_holds_the_store(store_path: Path):
    with serving(store_path) as (_, pid), pytest.raises(StoreError) as err:
        GraphStore.open(store_path)
    assert str(err.value).endswith(
        f"is held by `diplograph serve` (pid {pid}); stop it, or build into another --out"
    )


def test_server_serve_refuses_updates(served: str):
    request = urllib.request.Request(f"{served}/update", data=b"DROP ALL", method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=10)
    assert 400 <= err.value.code < 500
    assert sparql(served, "ASK { GRAPH ?g { ?s ?p ?o } }")["boolean"] is True


def test_server_push_sends_named_graphs_and_default_graph(tmp_path: Path, store_path: Path, graphs):
    port = free_port()
    remote = subprocess.Popen([str(oxigraph_binary()), "serve", "--location", str(tmp_path / "remote"),
                               "--bind", f"127.0.0.1:{port}"])
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/query?query=ASK%7B%7D", remote)
        with GraphStore.open(store_path, read_only=True) as store:
            assert push(store, f"{base}/store") == 3
            assert push(store, f"{base}/store") == 3  # PUT replaces: pushing twice changes nothing
            expected_default = Graph()  # the default graph as stored: names and the name index
            for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph()):
                expected_default.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
            names = {str(p).rsplit("#", 1)[-1] for p in expected_default.predicates()}
            assert names == {"prefLabel", "nameText"}
        for iri, graph in graphs:
            assert_isomorphic(graph, get_graph(base, str(iri)))
        assert_isomorphic(expected_default, get_graph(base, None))
    finally:
        remote.terminate()
        remote.wait(timeout=20)


def test_server_push_to_nowhere_is_one_clear_line(store_path: Path):
    with GraphStore.open(store_path, read_only=True) as store:
        with pytest.raises(StoreError, match="cannot reach") as err:
            push(store, f"http://127.0.0.1:{free_port()}/store", timeout=5)
        assert "\n" not in str(err.value)
        with pytest.raises(StoreError, match="not an http"):
            push(store, "ftp://example.org/store")


class Hostile:
    """A local HTTP server that records every request reaching it and answers 500."""

    def __init__(self) -> None:
        hits: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(f"{self.command} {self.path}")
                self.send_response(500)
                self.end_headers()

            do_POST = do_GET

            def log_message(self, *args: object) -> None:
                pass

        self.hits = hits
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    server = Hostile()
    yield server
    server.close()


def service_queries(url: str) -> list[str]:
    """SERVICE as people write it, and as a lexer that trusts `<…>` to be an IRI would miss it."""
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ ?a ?b ?c SERVICESILENT<{url}>{{?s ?p ?o}} }}",
        f"SELECT * {{ ?a ?b ?c FILTER(?a<?b)SERVICE#>\n<{url}>{{?s ?p ?o}} }}",
        f"SELECT * {{ BIND(<{url}> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}",
    ]


def request(url: str, *, data: bytes | None = None, method: str | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_server_refuses_service_and_no_request_reaches_the_target(store_path: Path, hostile: Hostile):
    with serving(store_path) as (base, _):
        for query in service_queries(hostile.url):
            code, body = request(f"{base}/query?" + urllib.parse.urlencode({"query": query}))
            assert code == 403 and b"--allow-service" in body, query
            code, _ = request(f"{base}/query", data=urllib.parse.urlencode({"query": query}).encode(),
                              headers={"Content-Type": "application/x-www-form-urlencoded"})
            assert code == 403, query
            code, _ = request(f"{base}/query", data=query.encode(),
                              headers={"Content-Type": "application/sparql-query"})
            assert code == 403, query
        assert sparql(base, "ASK { ?s ?p ?o }")["boolean"] is True  # plain queries still answer
    assert hostile.hits == []


def test_server_allow_service_reaches_the_target(store_path: Path, hostile: Hostile):
    # the other side of the test above: the hostile server is reachable, so its silence means something
    with serving(store_path, "--allow-service") as (base, _):
        request(f"{base}/query?" + urllib.parse.urlencode({"query": service_queries(hostile.url)[0]}))
    assert hostile.hits


INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }"
INSERTED = "ASK { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }"


def test_server_updates_need_the_token(store_path: Path):
    with serving(store_path, "--allow-updates", env={"DIPLOGRAPH_UPDATE_TOKEN": "s3cret"}) as (base, _):
        form = urllib.parse.urlencode({"update": INSERT}).encode()
        plain = {"Content-Type": "application/x-www-form-urlencoded"}
        assert request(f"{base}/update", data=form, headers=plain)[0] == 401
        wrong = {**plain, "Authorization": "Bearer guess"}
        assert request(f"{base}/update", data=form, headers=wrong)[0] == 401
        assert request(f"{base}/store?graph=urn:x:g", data=b"<urn:x:s> <urn:x:p> <urn:x:o> .",
                       method="PUT", headers={"Content-Type": "application/n-triples"})[0] == 401
        assert sparql(base, INSERTED)["boolean"] is False
        good = {**plain, "Authorization": "Bearer s3cret"}
        assert request(f"{base}/update", data=form, headers=good)[0] in (200, 204)
        assert sparql(base, INSERTED)["boolean"] is True


def test_server_cross_origin_form_post_cannot_write(store_path: Path):
    with serving(store_path, "--allow-updates") as (base, _):
        form = urllib.parse.urlencode({"update": INSERT}).encode()
        # what a browser sends when a page on another site submits a form to the endpoint
        browser = {"Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example",
                   "Referer": "http://evil.example/page", "Sec-Fetch-Site": "cross-site"}
        for drop in ((), ("Origin",), ("Origin", "Sec-Fetch-Site"), ("Referer", "Sec-Fetch-Site")):
            headers = {k: v for k, v in browser.items() if k not in drop}
            code, body = request(f"{base}/update", data=form, headers=headers)
            assert code == 403 and b"refused" in body, headers
        assert sparql(base, INSERTED)["boolean"] is False
        # a client that is not a web page (curl, SPARQLWrapper, push) still writes
        assert request(f"{base}/update", data=form,
                       headers={"Content-Type": "application/x-www-form-urlencoded"})[0] in (200, 204)
        assert sparql(base, INSERTED)["boolean"] is True


def test_server_refuses_a_host_it_was_not_bound_to(served: str):
    port = urllib.parse.urlsplit(served).port
    ask = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    for host in ("evil.example", f"evil.example:{port}", "127.0.0.1.evil.example"):
        code, body = request(f"{served}/query?{ask}", headers={"Host": host})
        assert code == 403 and b"not this endpoint" in body, host
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
        assert request(f"{served}/query?{ask}", headers={"Host": host})[0] == 200, host


class _Endpoint:
    """A Graph Store endpoint on 127.0.0.1 that misbehaves on purpose: it trickles its answer a byte
    a second, or accepts the first ``accept`` PUTs and refuses the rest."""

    def __init__(self, *, trickle: bool = False, accept: int = 0) -> None:
        puts: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_PUT(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                puts.append(self.path)
                if trickle:
                    for byte in b"HTTP/1.1 204 No Content\r\n\r\n":
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(1)
                    return
                self.send_response(204 if len(puts) <= accept else 500)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.puts = puts
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/store"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_server_push_timeout_bounds_the_whole_request(store_path: Path) -> None:
    endpoint = _Endpoint(trickle=True)
    try:
        with GraphStore.open(store_path, read_only=True) as store:
            started = time.monotonic()
            with pytest.raises(StoreError, match="no complete answer within 2 s") as err:
                push(store, endpoint.url, timeout=2)
            assert time.monotonic() - started < 4, "the trickling server held the push past its timeout"
        assert "\n" not in str(err.value)
    finally:
        endpoint.close()


def test_server_push_failing_half_way_says_what_was_replaced(store_path: Path) -> None:
    endpoint = _Endpoint(accept=1)
    try:
        with (
            GraphStore.open(store_path, read_only=True) as store,
            pytest.raises(StoreError, match=r"HTTP 500 .*after 1 of 3 graphs were replaced") as err,
        ):
            push(store, endpoint.url, timeout=10)
        assert len(endpoint.puts) == 2 and "\n" not in str(err.value)
    finally:
        endpoint.close()
