"""Node positions computed in Python, so the browser draws at once instead of simulating physics.

A Fruchterman-Reingold force layout in numpy. Small graphs get exact pairwise repulsion; larger
ones a particle-mesh approximation (node density on a grid, convolved by FFT with the same
``k^2 log r`` potential whose gradient is FR's repulsion), which costs O(n + grid^2 log grid) per
step instead of O(n^2). networkx's own ``spring_layout`` needs SciPy from 500 nodes on and is
quadratic without it, hence our own. Seeded, so the same graph always gets the same picture.
"""

from __future__ import annotations

import logging
import math
import time
from functools import lru_cache

import networkx as nx
import numpy as np
from numpy.typing import NDArray

__all__ = ["EXACT_LIMIT", "layout_positions"]

log = logging.getLogger(__name__)

#: Up to this many nodes repulsion is computed pair by pair (beyond it, O(n^2) steps cost seconds).
EXACT_LIMIT = 300
#: Pixels per ideal edge length in the vis coordinate system.
EDGE_PX = 150.0
#: The smallest width or height of a drawing, so that small graphs fill the window.
MIN_EXTENT_PX = 800.0
#: Pull to the centre; at 1 the repulsion of n nodes (~n/r) balances it at r ~ sqrt(n), so the drawing
#: covers an area proportional to n and isolated nodes stay near the rest instead of drifting off.
GRAVITY = 1.0

Array = NDArray[np.float64]


def layout_positions(
    net: nx.Graph, *, seed: int = 7, iterations: int | None = None
) -> dict[str, tuple[float, float]]:
    """Positions in vis pixels for every node of ``net``.

    Args:
        net: any networkx graph; direction and parallel edges are ignored.
        seed: for the random start, so layouts are reproducible.
        iterations: force steps (default: more for small graphs, fewer for huge ones).

    Returns:
        node -> (x, y), centred on the origin.
    """
    nodes = list(net)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array(sorted({(index[u], index[v]) for u, v in net.edges() if u != v}), dtype=np.int64)
    edges = edges.reshape(-1, 2)
    steps = iterations or (300 if n <= 200 else 150 if n <= EXACT_LIMIT else 100)
    started = time.perf_counter()
    pos = _force_layout(n, edges, steps, np.random.default_rng(seed))
    pos -= pos.mean(axis=0)
    # vis never zooms in beyond 1:1 to fit, so a handful of nodes would sit small in the middle.
    scale = max(EDGE_PX, MIN_EXTENT_PX / max(float(np.ptp(pos, axis=0).max()), 1e-6))
    log.info("layout: %d nodes, %d steps in %.2f s", n, steps, time.perf_counter() - started)
    return {node: (float(x) * scale, float(y) * scale) for node, (x, y) in zip(nodes, pos, strict=True)}


def _force_layout(n: int, edges: NDArray[np.int64], steps: int, rng: np.random.Generator) -> Array:
    """Fruchterman-Reingold with ideal edge length 1, linear cooling and a weak pull to the centre."""
    side = math.sqrt(n)
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    temperature = side / 4
    for step in range(steps):
        disp = _repulsion_exact(pos) if n <= EXACT_LIMIT else _repulsion_mesh(pos)
        if len(edges):
            delta = pos[edges[:, 1]] - pos[edges[:, 0]]
            pull = delta * np.linalg.norm(delta, axis=1, keepdims=True)  # |d|^2 along d
            # np.add.at is unbuffered and slow; bincount sums per node in one pass
            for axis in (0, 1):
                disp[:, axis] += np.bincount(edges[:, 0], weights=pull[:, axis], minlength=n)
                disp[:, axis] -= np.bincount(edges[:, 1], weights=pull[:, axis], minlength=n)
        # Without gravity, disconnected pieces (one per article, often) drift apart forever.
        disp -= pos * GRAVITY
        length = np.maximum(np.linalg.norm(disp, axis=1, keepdims=True), 1e-9)
        pos += disp / length * np.minimum(length, temperature * (1 - step / steps) + 0.01)
    return pos


def _repulsion_exact(pos: Array) -> Array:
    delta = pos[:, None, :] - pos[None, :, :]
    dist2 = np.einsum("ijk,ijk->ij", delta, delta)
    np.fill_diagonal(dist2, np.inf)
    dist2 = np.maximum(dist2, 1e-4)
    out: Array = np.einsum("ijk,ij->ik", delta, 1.0 / dist2)
    return out


@lru_cache(maxsize=8)
def _log_kernel(cells: int) -> NDArray[np.complex128]:
    """The transform of log(r), r in cells, on the doubled (non-periodic) grid."""
    offsets = np.fft.fftfreq(2 * cells, d=1.0 / (2 * cells))  # circular order: 0, 1, ..., -1
    r = np.hypot(offsets[:, None], offsets[None, :])
    r[0, 0] = 0.5  # a node's own cell: symmetric, so it adds no net force
    kernel: NDArray[np.complex128] = np.fft.rfft2(np.log(r))
    return kernel


def _repulsion_mesh(pos: Array) -> Array:
    """Repulsion sum_j (x_i - x_j)/|x_i - x_j|^2 = grad of (density * log r), evaluated on a grid."""
    n = len(pos)
    cells = int(min(256, max(32, 2 * math.sqrt(n))))
    # The grid spans the bulk of the nodes, not the outliers, so that cells stay fine where it is dense.
    lo, hi = np.percentile(pos, [1, 99], axis=0)
    size = float(max((hi - lo).max(), 1e-6)) * 1.0001
    h = size / cells
    ix = np.clip(((pos - lo) / h).astype(np.int64), 0, cells - 1)
    flat = np.bincount(ix[:, 0] * (2 * cells) + ix[:, 1], minlength=4 * cells * cells)
    density = flat.astype(np.float64).reshape(2 * cells, 2 * cells)
    # log(r) on a grid of spacing h is log(h) + log(r in cells): the constant shifts the potential,
    # not its gradient, so the kernel's transform depends on the grid size alone
    potential = np.fft.irfft2(np.fft.rfft2(density) * _log_kernel(cells), s=density.shape)
    potential = potential[:cells, :cells]
    grad_x, grad_y = (np.asarray(g) for g in np.gradient(potential, h))
    force = np.stack([grad_x[ix[:, 0], ix[:, 1]], grad_y[ix[:, 0], ix[:, 1]]], axis=1)
    # Off the grid, the whole graph repels like one mass at its centre; the border cells' steep
    # gradient would otherwise fling stragglers (isolated nodes) into the corners.
    outside = np.any((pos < lo) | (pos > lo + size), axis=1)
    away = pos[outside] - pos.mean(axis=0)
    force[outside] = n * away / np.maximum((away**2).sum(axis=1, keepdims=True), 1e-9)
    return force
