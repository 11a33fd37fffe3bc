/* diplograph's view, part 2: which labels to draw at which zoom (window.dgLabels).
 *
 * vis-network skips a label whose on-screen size (font size x zoom) is below its draw threshold
 * (the page sets it to the smallest legible size) and caps it at maxVisible. So a node's font
 * size decides the zoom from which its name appears, and sizing the fonts is all the level of
 * detail needs: no work while zooming.
 *
 * At the fitted scale s, nodes are taken best-connected first, and one gets a name when its label
 * would not overlap a name already placed: its font is then minPx / s, just legible at s. The
 * rest are tried again at 2s, 4s, ... (appearing as the reader zooms in) until the ordinary font
 * size is legible by itself. */
(function () {
  "use strict";

  var CELL = 80;       // px: the collision grid's cell
  var PAD = 3;         // px kept free around each label
  var measure = document.createElement("canvas").getContext("2d");

  // Width in px of each label at `px` pixels, measured once per label.
  function Widths(labels, face, px) {
    this.labels = labels; this.px = px; this.cache = [];
    measure.font = px + "px " + face;
  }
  Widths.prototype.at = function (id, px) {
    if (this.cache[id] === undefined) this.cache[id] = measure.measureText(this.labels[id] || "").width;
    return this.cache[id] * px / this.px;
  };

  function Grid() { this.cells = {}; }
  Grid.prototype.keys = function (b) {
    var out = [];
    for (var i = Math.floor(b.l / CELL); i <= Math.floor(b.r / CELL); i++)
      for (var j = Math.floor(b.t / CELL); j <= Math.floor(b.b / CELL); j++) out.push(i + "," + j);
    return out;
  };
  Grid.prototype.hits = function (b) {
    var cells = this.cells;
    return this.keys(b).some(function (k) {
      return (cells[k] || []).some(function (o) { return b.l < o.r && o.l < b.r && b.t < o.b && o.t < b.b; });
    });
  };
  Grid.prototype.add = function (b) {
    var cells = this.cells;
    this.keys(b).forEach(function (k) { (cells[k] = cells[k] || []).push(b); });
  };

  /* Font sizes (canvas units) for the nodes `order` (best first), drawn at positions `pos`
   * (id -> {x, y}) and fitted at `scale`. opts: minPx, maxPx, baseFont, nodeSize, widths.
   * Returns id -> font size for the nodes that need more than the base font. */
  function fonts(order, pos, scale, opts) {
    var legibleAlone = opts.minPx / opts.baseFont;  // from this scale on every label is legible
    var tier = {}, out = {};
    if (!(scale > 0)) return out;
    for (var s = scale; s < legibleAlone; s *= 2) {
      var grid = new Grid();
      order.forEach(function (id) {
        var named = tier[id] !== undefined;
        var px = named ? Math.min(opts.minPx * s / tier[id], opts.maxPx) : opts.minPx;
        var p = pos[id], w = opts.widths.at(id, px) / 2 + PAD;
        var top = (p.y + opts.nodeSize) * s;  // vis draws a node's name under its shape
        var box = { l: p.x * s - w, r: p.x * s + w, t: top - PAD, b: top + px * 1.25 + PAD };
        if (named) { grid.add(box); return; }
        if (!grid.hits(box)) { grid.add(box); tier[id] = s; }
      });
    }
    Object.keys(tier).forEach(function (id) { out[id] = opts.minPx / tier[id]; });
    return out;
  }

  // `ids` best-connected first: links among them, provenance (mentionedIn) aside; ties by id.
  function byConnections(ids, edges) {
    var among = {}, degree = {};
    ids.forEach(function (id) { among[id] = true; degree[id] = 0; });
    edges.forEach(function (e) {
      if (e.prop !== "mentionedIn" && among[e.from] && among[e.to]) { degree[e.from]++; degree[e.to]++; }
    });
    return ids.slice().sort(function (a, b) { return degree[b] - degree[a] || a - b; });
  }

  window.dgLabels = { Widths: Widths, fonts: fonts, byConnections: byConnections };
})();
