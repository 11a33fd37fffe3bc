"""The front door of ``diplograph serve``: a small HTTP proxy that checks each request, then hands it
to Oxigraph's server on a private loopback address.

Oxigraph's server answers whatever reaches it: it runs ``SERVICE <http://…>`` sub-queries (so a
read-only endpoint could be made to send requests anywhere), takes writes from any web page's form
when updates are on, and accepts any ``Host:`` header (so a page whose name re-resolves to
127.0.0.1 can read the graph: DNS rebinding). It has no switch for any of these, so every request
goes through :func:`check_request` first:

* ``Host:`` must name the bound host, ``localhost`` or a loopback address (or, when bound to all
  interfaces, any IP address): a DNS name we were not bound to is refused (403);
* ``SERVICE`` (and, in updates, ``LOAD``) is refused unless ``--allow-service`` (403);
* a write (``/update``, a Graph Store ``PUT``/``POST``/``DELETE``, anything but reading) is refused
  on a read-only endpoint (403); with ``--allow-updates`` it needs ``Authorization: Bearer TOKEN``
  when a token is set (401), and otherwise must not come from another origin (``Origin``,
  ``Referer`` or ``Sec-Fetch-Site`` naming another site: 403), which stops cross-site form posts.

The proxy forwards everything else unchanged and streams the answer back.
"""

from __future__ import annotations

import hmac
import http.client
import ipaddress
import logging
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from diplograph.sparql import mentions_keyword

__all__ = ["Decision", "EndpointPolicy", "GatewayServer", "check_request"]

log = logging.getLogger(__name__)

#: The largest SPARQL request body read (and checked) before it is forwarded.
MAX_SPARQL_BYTES = 16 * 1024 * 1024
#: The largest Graph Store request body (an RDF document) forwarded.
MAX_STORE_BYTES = 1024 * 1024 * 1024
_HOP_BY_HOP = frozenset(
    ("connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
     "transfer-encoding", "upgrade", "host", "content-length")
)  # fmt: skip
_READ_CONTENT_TYPES = ("application/x-www-form-urlencoded", "application/sparql-query")


@dataclass(frozen=True)
class EndpointPolicy:
    """What the endpoint lets through.

    Attributes:
        host: the address the endpoint is bound to (``127.0.0.1``, ``localhost``, ``0.0.0.0``…).
        port: its TCP port.
        allow_updates: accept SPARQL updates and Graph Store writes.
        allow_service: let ``SERVICE`` (and ``LOAD`` in updates) reach other servers.
        update_token: when set, writes need ``Authorization: Bearer <token>``.
    """

    host: str
    port: int
    allow_updates: bool = False
    allow_service: bool = False
    update_token: str | None = None

    @property
    def origin(self) -> str:
        """The endpoint's own origin, e.g. ``http://127.0.0.1:7878``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def allows_host(self, header: str | None) -> bool:
        """Whether a ``Host:`` header names this endpoint (not a DNS name re-pointed at it)."""
        if not header:
            return False  # HTTP/1.1 requires Host; browsers always send it
        name = urllib.parse.urlsplit(f"//{header}").hostname or ""
        if name in {self.host.lower(), "localhost"}:
            return True
        try:
            address = ipaddress.ip_address(name)
        except ValueError:
            return False  # a DNS name that is not the one we were bound to
        return address.is_loopback or self.host in ("0.0.0.0", "::") or str(address) == self.host


@dataclass(frozen=True)
class Decision:
    """A refusal: the HTTP status and one line saying why."""

    status: int
    reason: str


def check_request(
    policy: EndpointPolicy, method: str, target: str, headers: Mapping[str, str], body: bytes
) -> Decision | None:
    """Whether a request may go on to the SPARQL server: ``None`` if so, else the refusal.

    Args:
        policy: what the endpoint allows.
        method: the HTTP method.
        target: the request target (path and query string).
        headers: the request's headers, names in any case.
        body: the request body, whole.
    """
    lower = {k.lower(): v for k, v in headers.items()}
    if not policy.allows_host(lower.get("host")):
        return Decision(403, f"Host {lower.get('host')!r} is not this endpoint ({policy.origin})")
    url = urllib.parse.urlsplit(target)
    params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
    content_type = lower.get("content-type", "").split(";")[0].strip().lower()
    form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True) if body else {}
    is_update = "update" in params or "update" in form or content_type == "application/sparql-update"
    reading = method in ("GET", "HEAD", "OPTIONS") or (
        method == "POST" and url.path == "/query" and content_type in _READ_CONTENT_TYPES
    )
    if is_update or not reading:
        refusal = _check_write(policy, lower)
        if refusal is not None:
            return refusal
    if not policy.allow_service:
        texts = [*params.get("query", []), *params.get("update", []), *form.get("query", []),
                 *form.get("update", [])]  # fmt: skip
        if body and not url.path.startswith("/store"):
            texts.append(body.decode("utf-8", "replace"))  # a query or update sent as the body
        keywords = ("service", "load") if is_update or not reading else ("service",)
        for text in texts:
            found = mentions_keyword(text, keywords)
            if found:
                return Decision(
                    403,
                    f"{found} is off on this endpoint: it would make the server send requests "
                    "elsewhere (start it with --allow-service to allow that)",
                )
    return None


def _check_write(policy: EndpointPolicy, headers: Mapping[str, str]) -> Decision | None:
    if not policy.allow_updates:
        return Decision(403, "this endpoint is read-only (start it with --allow-updates to write)")
    if policy.update_token is not None:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip(), policy.update_token):
            return Decision(401, "writes need the update token: send Authorization: Bearer TOKEN")
        return None
    site = headers.get("sec-fetch-site", "").lower()
    if site and site not in ("same-origin", "none"):
        return Decision(403, f"a write from another site ({site}) is refused; use --update-token")
    for name in ("origin", "referer"):
        value = headers.get(name)
        if value and value != "null" and _origin_of(value) != policy.origin.lower():
            return Decision(403, f"a write from {_origin_of(value)} is refused; use --update-token")
        if value == "null":
            return Decision(403, "a write from an opaque origin is refused; use --update-token")
    return None


def _origin_of(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{host}:{port}".lower()


class GatewayServer(ThreadingHTTPServer):
    """Listens on the public address; checks each request, then forwards it to ``upstream``."""

    daemon_threads = True

    def __init__(self, policy: EndpointPolicy, upstream: tuple[str, int]) -> None:
        super().__init__((policy.host, policy.port), _Handler)
        self.policy = policy
        self.upstream = upstream


class _Handler(BaseHTTPRequestHandler):
    server: GatewayServer
    timeout = 120  # a client that stalls mid-request is dropped, not waited on for ever

    def do_GET(self) -> None:
        self._handle()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_GET

    def _handle(self) -> None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._refuse(Decision(411, "send the body with a Content-Length, not chunked"))
        if self.headers.get("Content-Encoding", "identity").lower() != "identity":
            return self._refuse(Decision(415, "compressed request bodies are not accepted"))
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._refuse(Decision(400, "Content-Length is not a number"))
        limit = MAX_STORE_BYTES if self.path.startswith("/store") else MAX_SPARQL_BYTES
        if length < 0 or length > limit:
            return self._refuse(Decision(413, f"the request body is over {limit:,} bytes"))
        body = self.rfile.read(length) if length else b""
        refusal = check_request(self.server.policy, self.command, self.path, dict(self.headers), body)
        if refusal is not None:
            log.info("refused %s %s: %s", self.command, self.path[:200], refusal.reason)
            return self._refuse(refusal)
        self._forward(body)

    def _forward(self, body: bytes) -> None:
        upstream = http.client.HTTPConnection(*self.server.upstream, timeout=None)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        headers["Content-Length"] = str(len(body))
        try:
            upstream.request(self.command, self.path, body=body, headers=headers)
            response = upstream.getresponse()
        except OSError as exc:
            upstream.close()
            return self._refuse(Decision(502, f"the SPARQL server did not answer: {exc}"))
        try:
            self.send_response(response.status, response.reason)
            for name, value in response.getheaders():
                if name.lower() not in _HOP_BY_HOP:
                    self.send_header(name, value)
            self.end_headers()  # HTTP/1.0: the body ends when we close the connection
            if self.command != "HEAD":
                while chunk := response.read1(65536):
                    self.wfile.write(chunk)
        except OSError:
            pass  # the client went away mid-answer
        finally:
            upstream.close()

    def _refuse(self, decision: Decision) -> None:
        text = f"{decision.reason}\n".encode()
        self.send_response(decision.status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(text)))
        if decision.status == 401:
            self.send_header("WWW-Authenticate", 'Bearer realm="diplograph"')
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(text)
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s - %s", self.address_string(), format % args)
