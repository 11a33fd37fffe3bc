/* diplograph's view: draws the data block with vis-network, adds a legend with class filters,
 * tooltips and a details panel, search, neighbourhood highlighting, and the side panel's
 * country, date and focus filters.
 *
 * Filters combine: a node is shown when every active filter keeps it (the focus node itself is
 * always shown). vis-network does not draw an edge whose end is hidden.
 *   class    untick a class in the legend to hide its nodes.
 *   country  the country, every node linked to it, and everything linked to the defections,
 *            agreements and embassies among those (their people, other states, posts, articles).
 *   date     nodes with a dg:date (defections, agreements) wholly outside [from, to] are hidden;
 *            partial dates are periods (2016 = 2016-01-01..2016-12-31) kept when they overlap.
 *            Undated nodes stay, unless "dated only" is ticked: then only the events dated in the
 *            range and the nodes linked to them are shown.
 *   focus    a node and what lies within N links of it, either direction; like `viz --focus`,
 *            the walk does not go on through articles (they are provenance, not relations).
 *
 * Every article-derived string is inserted with textContent, never as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  var details = data.details;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var dimmed = false;
  // What the side panel asks for; applyFilters() turns it into each node's `hidden`.
  var filters = { hiddenClasses: {}, country: null, from: null, to: null, datedOnly: false,
                  focus: null, depth: 2 };
  var shown = data.nodes.map(function () { return true; });
  var EVENT_TYPES = { Defection: true, Agreement: true, Embassy: true };

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
    var close = el("button", "×");
    close.type = "button"; close.id = "dg-panel-close"; close.setAttribute("aria-label", "Close details");
    close.addEventListener("click", function () { showPanel(null); });
    panel.appendChild(close);
    panel.appendChild(describe(id, true));
    var focus = el("button", "Focus here (depth " + filters.depth + ")");
    focus.type = "button"; focus.id = "dg-panel-focus";
    focus.addEventListener("click", function () { setFocus(id); });
    panel.appendChild(focus);
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

  // The details wait out vis's double-tap window (hammer.js: 300 ms): opened at once, the panel
  // would cover the node before a double-click's second press reached it.
  var DOUBLE_CLICK_MS = 320;
  var pendingPanel = null;
  network.on("doubleClick", function (p) {
    clearTimeout(pendingPanel);
    if (p.nodes.length) setFocus(p.nodes[0]);
  });

  network.on("click", function (p) {
    clearTimeout(pendingPanel);
    if (p.nodes.length) {
      var id = p.nodes[0];
      highlight([id].concat(network.getConnectedNodes(id)));
      pendingPanel = setTimeout(function () { showPanel(id); }, DOUBLE_CLICK_MS);
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
    var visible = function (i) { return shown[i]; };
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
  // Reset: back to the page as it opened (search, highlight, and every filter cleared).
  document.getElementById("dg-reset").addEventListener("click", function () {
    document.getElementById("dg-search-input").value = "";
    result.textContent = "";
    if (dimmed) highlight(null);  // restyling 20,000 edges when nothing is faded costs a second
    showPanel(null); network.unselectAll();
    filters.hiddenClasses = {}; filters.country = null; filters.focus = null;
    filters.from = filters.to = null; filters.datedOnly = false;
    Array.prototype.forEach.call(document.querySelectorAll("#dg-legend-list input"),
                                 function (b) { b.checked = true; });
    countrySelect.value = "";
    [dateFrom, dateTo].forEach(function (i) { i.value = ""; i.removeAttribute("aria-invalid"); });
    datedOnly.checked = false;
    applyFilters(true);
  });

  // Legend: one row per class, with its colour, count and a checkbox that hides or shows it.
  function setClassHidden(name, hide) {
    filters.hiddenClasses[name] = hide;
    applyFilters(false);
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

  // Neighbours in either direction, built on first use: the first drawing need not wait for it.
  var adjacency = null;
  function neighbours(id) {
    if (!adjacency) {
      adjacency = data.nodes.map(function () { return []; });
      data.edges.forEach(function (e) { adjacency[e.from].push(e.to); adjacency[e.to].push(e.from); });
    }
    return adjacency[id];
  }

  function countryKeeps(country) {
    var keep = {};
    keep[country] = true;
    neighbours(country).forEach(function (n) {
      keep[n] = true;
      // One more step through events and missions: a defection from the country brings its
      // defector and destination; a person or article does not bring everything it touches.
      if (EVENT_TYPES[details[n].type]) neighbours(n).forEach(function (m) { keep[m] = true; });
    });
    return keep;
  }

  function within(centre, depth) {
    var seen = {}, frontier = [centre];
    seen[centre] = true;
    for (var step = 0; step < depth && frontier.length; step++) {
      var next = [];
      frontier.forEach(function (n) {
        if (details[n].type === "Article" && n !== centre) return;
        neighbours(n).forEach(function (m) { if (!seen[m]) { seen[m] = true; next.push(m); } });
      });
      frontier = next;
    }
    return seen;
  }

  // A date typed as YYYY, YYYY-MM or YYYY-MM-DD (and xsd dates, which may carry a time zone)
  // as the first and last day of the period it names, in ISO form so strings compare as dates.
  function period(text) {
    var m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(text || "");
    if (!m) return null;
    return [m[1] + "-" + (m[2] || "01") + "-" + (m[3] || "01"),
            m[1] + "-" + (m[2] || "12") + "-" + (m[3] || "31")];
  }

  // true: dated and overlapping the range; false: dated, all outside it; null: undated.
  function inDateRange(id) {
    var dates = details[id].attrs.date;
    if (!dates || !dates.length) return null;
    var from = filters.from ? filters.from[0] : "0000", to = filters.to ? filters.to[1] : "9999";
    return dates.some(function (d) {
      var p = period(d);
      return p !== null && p[0] <= to && p[1] >= from;
    });
  }

  function dateKeeps() {
    if (!filters.from && !filters.to && !filters.datedOnly) return null;
    var keep = {};
    data.nodes.forEach(function (n, id) {
      var inside = inDateRange(id);
      if (inside === true) {
        keep[id] = true;
        if (filters.datedOnly) neighbours(id).forEach(function (m) { keep[m] = true; });
      } else if (inside === null && !filters.datedOnly) {
        keep[id] = true;
      }
    });
    return keep;
  }

  function applyFilters(refit) {
    var country = filters.country === null ? null : countryKeeps(filters.country);
    var dated = dateKeeps();
    var focus = filters.focus === null ? null : within(filters.focus, filters.depth);
    var changes = [], visibleIds = [];
    data.nodes.forEach(function (n, id) {
      var show = id === filters.focus || (!filters.hiddenClasses[n.group] && (!country || country[id]) &&
                                          (!dated || dated[id]) && (!focus || focus[id]));
      if (show !== shown[id]) { shown[id] = show; changes.push({ id: id, hidden: !show }); }
      if (show) visibleIds.push(id);
    });
    if (changes.length) nodes.update(changes);
    updateCounts();
    if (refit) network.fit({ nodes: visibleIds.length ? visibleIds : undefined, animation: false });
  }
  // Scripts and tests can read the state and reapply; the controls below are the user's way in.
  window.dgView = { filters: filters, applyFilters: applyFilters, shown: shown };

  // Country: every Country node, by name; the option text is set as text, never parsed.
  var countrySelect = document.getElementById("dg-country");
  details.map(function (d, id) { return { id: id, d: d }; })
    .filter(function (c) { return c.d.type === "Country"; })
    .sort(function (a, b) { return a.d.label.localeCompare(b.d.label); })
    .forEach(function (c) {
      var option = el("option", c.d.label);
      option.value = String(c.id);
      countrySelect.appendChild(option);
    });
  countrySelect.addEventListener("change", function () {
    filters.country = countrySelect.value === "" ? null : Number(countrySelect.value);
    applyFilters(true);
  });

  var dateFrom = document.getElementById("dg-date-from");
  var dateTo = document.getElementById("dg-date-to");
  var datedOnly = document.getElementById("dg-dated-only");
  function readDates() {
    // A half-typed date is ignored (and marked) rather than hiding everything while typing.
    [[dateFrom, "from"], [dateTo, "to"]].forEach(function (pair) {
      var text = pair[0].value.trim();
      var p = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) ? period(text) : null;
      filters[pair[1]] = p;
      if (text && !p) pair[0].setAttribute("aria-invalid", "true"); else pair[0].removeAttribute("aria-invalid");
    });
    filters.datedOnly = datedOnly.checked;
    applyFilters(false);
  }
  [dateFrom, dateTo].forEach(function (i) { i.addEventListener("input", readDates); });
  datedOnly.addEventListener("change", readDates);

  // Focus: double-click a node or press Focus in its details; depth from the side panel.
  var depthInput = document.getElementById("dg-focus-depth");
  var focusStatus = document.getElementById("dg-focus-status");
  var focusClear = document.getElementById("dg-focus-clear");
  var focusHint = focusStatus.textContent;
  function setFocus(id) {
    filters.focus = id;
    while (focusStatus.firstChild) focusStatus.removeChild(focusStatus.firstChild);
    if (id === null) {
      focusStatus.textContent = focusHint;
    } else {
      focusStatus.appendChild(document.createTextNode("Focus: "));
      focusStatus.appendChild(el("strong", details[id].label));
      focusStatus.appendChild(document.createTextNode(", depth " + filters.depth));
    }
    focusClear.hidden = id === null;
    if (dimmed) highlight(null);
    applyFilters(true);
    if (id !== null) { network.selectNodes([id]); showPanel(id); }
  }
  depthInput.addEventListener("input", function () {
    var depth = parseInt(depthInput.value, 10);
    if (isNaN(depth) || depth < 0) return;
    filters.depth = depth;
    if (filters.focus !== null) setFocus(filters.focus);
  });
  focusClear.addEventListener("click", function () { setFocus(null); });

  function updateCounts() {
    var nodesShown = 0, edgesShown = 0;
    shown.forEach(function (s) { if (s) nodesShown++; });
    data.edges.forEach(function (e) { if (shown[e.from] && shown[e.to]) edgesShown++; });
    document.getElementById("dg-counts").textContent = nodesShown + " of " + data.nodes.length + " nodes · " +
      (edgesShown === data.edges.length ? "" : edgesShown + " of ") + data.edges.length + " edges";
  }
  updateCounts();
})();
