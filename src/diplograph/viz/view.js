/* diplograph's view: draws the data block with vis-network, adds a legend with class filters,
 * tooltips and a details panel, search, and neighbourhood highlighting.
 * Every article-derived string is inserted with textContent, never as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  var details = data.details;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var hiddenClasses = {};
  var dimmed = false;

  var network = new vis.Network(document.getElementById("dg-network"),
                                { nodes: nodes, edges: edges }, data.options);
  window.network = network;  // pyvis's convention: scripts and tests drive the page through it
  network.fit({ animation: false });  // start from the overview, whatever the graph's extent
  network.once("afterDrawing", function () {
    window.dgFirstDrawing = performance.now();
    document.body.setAttribute("data-ready", "1");
  });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function safeHref(url) {
    // A javascript: or data: address from an article must not become a live link.
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }

  function sourceLine(src) {
    var p = el("div", null, "dg-source");
    var title = src.title || "(article)";
    var href = src.url ? safeHref(src.url) : null;
    if (href) {
      var a = el("a", title);
      a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
      p.appendChild(a);
    } else {
      p.appendChild(el("span", title));
    }
    var extra = [];
    if (src.date) extra.push(src.date);
    if (src.begin !== null && src.begin !== undefined) extra.push("chars " + src.begin + "–" + src.end);
    if (extra.length) p.appendChild(el("span", " · " + extra.join(" · ")));
    return p;
  }

  function describe(id, full) {
    var d = details[id];
    var box = el("div", null, "dg-tip");
    box.appendChild(el("h3", d.label));
    box.appendChild(el("div", d.type, "dg-type"));
    var dl = el("dl");
    function row(k, v) { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); }
    if (d.aliases.length) row("aliases", d.aliases.join("; "));
    Object.keys(d.attrs).forEach(function (k) { row(k, d.attrs[k].join("; ")); });
    if (full) row("IRI", d.iri);
    if (dl.childNodes.length) box.appendChild(dl);
    var evidence = full ? d.evidence : d.evidence.slice(0, 3);
    evidence.forEach(function (s) { box.appendChild(el("blockquote", s)); });
    if (d.evidence.length > evidence.length) box.appendChild(el("div", "… " + (d.evidence.length - evidence.length) + " more (click)", "dg-type"));
    d.sources.slice(0, full ? d.sources.length : 3).forEach(function (s) { box.appendChild(sourceLine(s)); });
    return box;
  }

  function edgeTip(id) {
    var e = edges.get(id);
    var box = el("div", null, "dg-tip");
    box.appendChild(el("div", details[e.from].label + " → " + e.label + " → " + details[e.to].label));
    return box;
  }

  // Tooltip elements are built on first hover: building 10,000 of them up front delays the first drawing.
  network.on("hoverNode", function (p) {
    if (!nodes.get(p.node).title) nodes.update({ id: p.node, title: describe(p.node, false) });
  });
  network.on("hoverEdge", function (p) {
    if (!edges.get(p.edge).title) edges.update({ id: p.edge, title: edgeTip(p.edge) });
  });

  var panel = document.getElementById("dg-panel");
  function showPanel(id) {
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    if (id === null) { panel.hidden = true; return; }
    panel.appendChild(describe(id, true));
    panel.hidden = false;
  }

  function highlight(ids) {
    // Fade everything outside `ids` (and the edges among them); null restores the full picture.
    var keep = {};
    (ids || []).forEach(function (i) { keep[i] = true; });
    dimmed = !!ids;
    nodes.update(nodes.getIds().map(function (i) {
      return { id: i, opacity: !ids || keep[i] ? 1 : 0.15 };
    }));
    edges.update(edges.get().map(function (e) {
      var on = !ids || (keep[e.from] && keep[e.to]);
      return { id: e.id, color: { color: on ? "#8a8a8a" : "#e6e6e6" }, font: { color: on ? "#555555" : "rgba(0,0,0,0)" } };
    }));
  }

  network.on("click", function (p) {
    if (p.nodes.length) {
      var id = p.nodes[0];
      highlight([id].concat(network.getConnectedNodes(id)));
      showPanel(id);
    } else if (!p.edges.length) {
      if (dimmed) highlight(null);
      showPanel(null);
    }
  });

  // Search: exact name or alias first, else substring; case-insensitive.
  var names = details.map(function (d) {
    return [d.label].concat(d.aliases).map(function (s) { return s.toLocaleLowerCase(); });
  });
  var result = document.getElementById("dg-search-result");
  function search(query) {
    var q = query.trim().toLocaleLowerCase();
    if (!q) { highlight(null); result.textContent = ""; return []; }
    var visible = function (i) { return !hiddenClasses[details[i].type]; };
    var hits = [];
    names.forEach(function (ns, i) { if (visible(i) && ns.indexOf(q) >= 0) hits.push(i); });
    if (!hits.length) {
      names.forEach(function (ns, i) { if (visible(i) && ns.some(function (s) { return s.indexOf(q) >= 0; })) hits.push(i); });
    }
    result.textContent = hits.length === 1 ? "1 match" : hits.length + " matches";
    if (hits.length) {
      highlight(hits);
      network.selectNodes(hits);
      network.fit({ nodes: hits, animation: false });
      if (hits.length === 1) showPanel(hits[0]);
    }
    return hits;
  }
  window.dgSearch = search;
  document.getElementById("dg-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("dg-search-input").value);
  });
  document.getElementById("dg-reset").addEventListener("click", function () {
    document.getElementById("dg-search-input").value = "";
    result.textContent = "";
    highlight(null); showPanel(null); network.unselectAll(); network.fit({ animation: false });
  });

  // Legend: one row per class, with its colour, count and a checkbox that hides or shows it.
  function setClassHidden(name, hide) {
    hiddenClasses[name] = hide;
    nodes.update(nodes.get({ filter: function (n) { return n.group === name; } })
      .map(function (n) { return { id: n.id, hidden: hide }; }));
    updateCounts();
  }
  var list = document.getElementById("dg-legend-list");
  data.classes.forEach(function (c) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.setAttribute("data-class", c.name);
    box.addEventListener("change", function () { setClassHidden(c.name, !box.checked); });
    var swatch = el("span", null, "dg-swatch " + c.shape);
    swatch.style.background = c.color;
    label.appendChild(box); label.appendChild(swatch);
    label.appendChild(document.createTextNode(c.name + " (" + c.count + ")"));
    li.appendChild(label); list.appendChild(li);
  });

  function updateCounts() {
    var shown = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    document.getElementById("dg-counts").textContent =
      shown + " of " + data.nodes.length + " nodes · " + data.edges.length + " edges";
  }
  updateCounts();
})();
