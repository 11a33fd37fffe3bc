"""``viz --png`` sends nothing off the machine: every socket Chromium opens is watched with strace."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Graph, Literal

from diplograph.namespaces import DG, DGR
from diplograph.viz import write_html

pytestmark = pytest.mark.browser

_CALL = re.compile(r"^(?P<pid>\d+)\s+(?P<call>socket|connect|sendto|sendmsg)\((?P<args>.*)")
_INET = re.compile(r'inet_(?:addr|pton)\((?:AF_INET6, )?"(?P<addr>[^"]+)"')
_PORT = re.compile(r"sin6?_port=htons\((?P<port>\d+)\)")


def off_machine(trace: str) -> list[str]:
    """The calls in an ``strace -f -e socket,connect,sendto,sendmsg`` log that reach another host:
    any stream connection or datagram sent to a non-loopback address, and any DNS query. A datagram
    socket merely connected (Chromium's probe of the default route) sends nothing and passes."""
    datagram: set[tuple[str, str]] = set()
    pending: set[str] = set()  # pids whose socket(..., SOCK_DGRAM) call strace split in two
    bad = []
    for line in trace.splitlines():
        resumed = re.match(r"^(\d+)\s+<\.\.\. socket resumed>.*= (\d+)", line)
        if resumed and resumed.group(1) in pending:
            pending.discard(resumed.group(1))
            datagram.add((resumed.group(1), resumed.group(2)))
            continue
        m = _CALL.match(line)
        if m is None:
            continue
        pid, call, args = m["pid"], m["call"], m["args"]
        if call == "socket":
            fd = re.search(r"= (\d+)", line)
            if "SOCK_DGRAM" in args:
                if fd:
                    datagram.add((pid, fd.group(1)))
                elif "<unfinished" in line:
                    pending.add(pid)
            continue
        addr, port = _INET.search(args), _PORT.search(args)
        if addr is None:
            continue  # a Unix socket, or no address
        loopback = addr["addr"].startswith("127.") or addr["addr"] in {"::1", "::ffff:127.0.0.1"}
        fd = args.split(",", 1)[0]
        if port is not None and port["port"] == "53":
            bad.append(line)  # a DNS query
        elif not loopback and not (call == "connect" and (pid, fd) in datagram):
            bad.append(line)
    return bad


def test_off_machine_reads_strace_lines() -> None:
    log = "\n".join(
        [
            "10 socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP <unfinished ...>",
            "10 <... socket resumed>) = 7",
            '10 connect(7, {sin6_port=htons(443), inet_pton(AF_INET6, "2001:db8::1", &x)}, 28) = 0',
            '11 connect(5, {sin_port=htons(443), sin_addr=inet_addr("203.0.113.9")}, 16) = 0',
            '12 connect(6, {sin_port=htons(53), sin_addr=inet_addr("10.0.0.53")}, 16) = 0',
            '13 connect(8, {sin_port=htons(9222), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
        ]
    )
    assert [line.split()[0] for line in off_machine(log)] == ["11", "12"]


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (make system-deps)")
def test_viz_png_sends_nothing_off_the_machine(tmp_path: Path) -> None:
    graph = Graph()
    for name, country in [("Ana Ruiz", "PER"), ("Ivo Marek", "CZE")]:
        person, state = DGR[f"person/{name.lower().replace(' ', '-')}"], DGR[f"country/{country}"]
        graph.add((person, RDF.type, DG.Person))
        graph.add((person, SKOS.prefLabel, Literal(name)))
        graph.add((state, RDF.type, DG.Country))
        graph.add((state, SKOS.prefLabel, Literal(country)))
        graph.add((person, DG.nationality, state))
    html = write_html(graph, tmp_path / "graph.html")
    trace = tmp_path / "trace.log"
    done = subprocess.run(
        ["strace", "-f", "-e", "trace=socket,connect,sendto,sendmsg", "-o", str(trace),
         sys.executable, "-c",
         "import sys; from pathlib import Path; from diplograph.viz.png import write_png; "
         "write_png(Path(sys.argv[1]), Path(sys.argv[2]), width=640, height=400)",
         str(html), str(tmp_path / "graph.png")],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "graph.png").read_bytes()[:4] == b"\x89PNG"
    assert off_machine(trace.read_text(errors="replace")) == []
