/* diplograph's view, part 3: draws the data block with vis-network, adds a legend with class
 * filters, tooltips and a details panel, search, neighbourhood highlighting, and the side panel's
 * country, date and focus filters. Uses window.dgText (text.js) and window.dgLabels (labels.js).
 *
 * Filters combine: a node is shown when every active filter keeps it (the focus node, and a node
 * chosen in the details panel, are always shown). vis-network does not draw an edge whose end is
 * hidden. After every filter the view is fitted to what is shown, and the names are chosen anew.
 *   class    untick a class in the legend to hide its nodes (big graphs open with Article unticked).
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
  var text = window.dgText, labels = window.dgLabels;
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  var details = data.details, view = data.view, words = new text.Words(data.words);
  data.edges.forEach(function (e) { e.prop = e.label; e.label = words.property(e.prop); });
  var dimmed = false;
  // What the side panel asks for; applyFilters() turns it into each node's `hidden`.
  var filters = { hiddenClasses: {}, country: null, from: null, to: null, datedOnly: false,
                  focus: null, depth: 2, chosen: {} };
  var EVENT_TYPES = { Defection: true, Agreement: true, Embassy: true };
  var MAX_FIT_SCALE = 1;  // as vis: fitting never zooms in beyond 1:1
  var FIT_MARGIN = 40;    // px left around the fitted drawing for shapes and names
  var FADED_NAME = "rgba(52, 52, 52, 0.2)";
  var fontOpts = data.options.nodes.font;
  var labelOpts = { minPx: view.minLabelPx, maxPx: view.maxLabelPx, baseFont: fontOpts.size,
                    nodeSize: data.options.nodes.size,
                    widths: new labels.Widths(data.nodes.map(function (n) { return n.label; }),
                                              fontOpts.face, view.minLabelPx) };
  var container = document.getElementById("dg-network");
  var panel = document.getElementById("dg-panel");

  function defaultClasses() { return view.articlesHidden ? { Article: true } : {}; }
  filters.hiddenClasses = defaultClasses();
  var shown = data.nodes.map(function (n) { return !filters.hiddenClasses[n.group]; });
  var fontSize = data.nodes.map(function () { return fontOpts.size; });

  // The fitted view of `ids`, and the names to draw there. Our own fit, not vis's: vis measures
  // the label boxes, whose sizes follow from the scale it is choosing. The details panel lies over
  // the canvas's right side, so the drawing is fitted to what the panel leaves uncovered.
  function fitting(ids, pos) {
    var width = container.clientWidth, height = container.clientHeight;
    var free = panel.hidden ? width : Math.max(width - panel.offsetWidth, width / 3);
    var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    ids.forEach(function (id) {
      var p = pos[id];
      x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
    });
    if (!ids.length) { x0 = x1 = y0 = y1 = 0; }
    var scale = Math.min(MAX_FIT_SCALE, (free - 2 * FIT_MARGIN) / Math.max(x1 - x0, 1),
                         (height - 2 * FIT_MARGIN) / Math.max(y1 - y0, 1));
    scale = Math.max(scale, 1e-3);
    return { scale: scale, position: { x: (x0 + x1) / 2 + (width - free) / 2 / scale, y: (y0 + y1) / 2 } };
  }

  function visibleIds() {
    var ids = [];
    shown.forEach(function (s, id) { if (s) ids.push(id); });
    return ids;
  }

  // Names stay on for what the reader is looking at (a selection and its neighbours, search hits);
  // the names of the nodes faded around them fade too.
  var named = {};
  // A node's font at `scale`: as labels.fonts chose (or the base size), larger for a node kept
  // named, and never above maxLabelPx on screen (vis 9.1's maxVisible fades labels in but does
  // not cap their size).
  function fontFor(id, sizes, scale) {
    var size = sizes[id] || fontOpts.size;
    if (named[id]) size = Math.max(size, 8 * view.minLabelPx / scale);
    return Math.min(size, view.maxLabelPx / scale);
  }

  // The first view is computed before vis draws anything, from the laid-out positions.
  (function () {
    var ids = visibleIds();
    var at = fitting(ids, data.nodes);
    var sizes = labels.fonts(labels.byConnections(ids, data.edges), data.nodes, at.scale, labelOpts);
    data.nodes.forEach(function (n, id) {
      if (!shown[id]) n.hidden = true;
      var size = fontFor(id, sizes, at.scale);
      if (size !== fontOpts.size) { fontSize[id] = size; n.font = { size: size, color: fontOpts.color }; }
    });
    view.first = at;
    view.first.fonts = sizes;
  })();

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.network = network;  // pyvis's convention: scripts and tests drive the page through it
  network.moveTo({ position: view.first.position, scale: view.first.scale, animation: false });
  network.once("afterDrawing", function () {
    window.dgFirstDrawing = performance.now();
    document.body.setAttribute("data-ready", "1");
  });

  var fontColour = data.nodes.map(function () { return fontOpts.color; });
  function setFonts(sizes) {
    var changes = [], scale = network.getScale();
    data.nodes.forEach(function (n, id) {
      var size = fontFor(id, sizes, scale);
      var colour = dimmed && !named[id] ? FADED_NAME : fontOpts.color;
      if (size !== fontSize[id] || colour !== fontColour[id]) {
        fontSize[id] = size; fontColour[id] = colour;
        changes.push({ id: id, font: { size: size, color: colour } });
      }
    });
    if (changes.length) nodes.update(changes);
  }
  // Zooming in past maxLabelPx would enlarge the names: they are resized once the wheel rests.
  var resizing = null;
  network.on("zoom", function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { setFonts(tierFonts); }, 80);
  });
  var tierFonts = view.first.fonts;
  function fit(ids) {
    ids = ids && ids.length ? ids : visibleIds();
    var at = fitting(ids, network.getPositions(ids));
    network.moveTo({ position: at.position, scale: at.scale, animation: false });
    var all = visibleIds();
    tierFonts = labels.fonts(labels.byConnections(all, data.edges), network.getPositions(all), at.scale, labelOpts);
    setFonts(tierFonts);
  }

  function el(tag, content, cls) {
    var e = document.createElement(tag);
    if (content !== undefined && content !== null) e.textContent = String(content);
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

  function webLink(textContent, url) {
    var href = url ? safeHref(url) : null;
    if (!href) return el("span", textContent);
    var a = el("a", textContent);
    a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }

  function sourceLine(src) {
    var p = el("div", null, "dg-source");
    p.appendChild(webLink(src.title || "(article)", src.url));
    var extra = [];
    if (src.date) extra.push(text.humanDate(src.date));
    if (src.begin !== null && src.begin !== undefined) extra.push("chars " + src.begin + "–" + src.end);
    if (extra.length) p.appendChild(el("span", " · " + extra.join(" · ")));
    return p;
  }

  // A node named in the panel: a link that selects it.
  function nodeLink(id) {
    var a = el("a", details[id].label, "dg-node");
    a.href = "#"; a.setAttribute("data-node", String(id));
    a.title = details[id].type;
    a.addEventListener("click", function (ev) { ev.preventDefault(); choose(id); });
    return a;
  }

  var LIST_MAX = 40;
  function linkList(ids) {
    var dd = el("dd");
    ids.slice(0, LIST_MAX).forEach(function (id, i) {
      if (i) dd.appendChild(document.createTextNode(", "));
      dd.appendChild(nodeLink(id));
    });
    if (ids.length > LIST_MAX) dd.appendChild(document.createTextNode(" … " + (ids.length - LIST_MAX) + " more"));
    return dd;
  }

  // A node's links by direction and property: {out: {prop: [ids]}, in: {prop: [ids]}}.
  var links = null;
  function linksOf(id) {
    if (!links) {
      links = data.nodes.map(function () { return { out: {}, in: {} }; });
      data.edges.forEach(function (e) {
        (links[e.from].out[e.prop] = links[e.from].out[e.prop] || []).push(e.to);
        (links[e.to].in[e.prop] = links[e.to].in[e.prop] || []).push(e.from);
      });
    }
    return links[id];
  }

  // The articles a node comes from: those it is mentioned in, and those its evidence cites.
  function sourcesOf(id) {
    var seen = {}, out = [];
    (linksOf(id).out.mentionedIn || []).concat(details[id].sources.map(function (s) { return s.article; }))
      .forEach(function (a) { if (a !== null && a !== undefined && !seen[a]) { seen[a] = true; out.push(a); } });
    return out;
  }

  // The panel's rows: the class's own first (Who, From, To...), then every other link and value.
  function relations(id, dl) {
    var d = details[id], own = linksOf(id), usedAttr = {}, usedLink = { out: { mentionedIn: true }, in: {} };
    function row(heading, dd) { dl.appendChild(el("dt", heading)); dl.appendChild(dd); }
    function values(prop) {
      usedAttr[prop] = true;
      return (d.attrs[prop] || []).map(function (v) { return words.value(prop, v); }).join("; ");
    }
    (data.words.rows[d.type] || []).forEach(function (r) {
      var heading = r[0], where = r[1], prop = r[2];
      if (where === "attr") {
        if (d.attrs[prop] && d.attrs[prop].length) row(heading, el("dd", values(prop)));
      } else {
        usedLink[where][prop] = true;
        if (own[where][prop]) row(heading, linkList(own[where][prop]));
      }
    });
    ["out", "in"].forEach(function (where) {
      Object.keys(own[where]).sort().forEach(function (prop) {
        if (usedLink[where][prop]) return;
        var heading = text.capital(words.property(prop));
        row(where === "out" ? heading : heading + " (from here)", linkList(own[where][prop]));
      });
    });
    if (d.aliases.length) row("Also known as", el("dd", d.aliases.join("; ")));
    Object.keys(d.attrs).forEach(function (prop) {
      if (usedAttr[prop]) return;
      if (prop === "url") {
        var dd = el("dd");
        d.attrs.url.forEach(function (u) { dd.appendChild(webLink(u, u)); });
        row(words.heading(prop), dd);
      } else {
        row(words.heading(prop), el("dd", values(prop)));
      }
    });
    var sources = sourcesOf(id);
    if (sources.length) row("Sources", linkList(sources));
  }

  function describe(id, full) {
    var d = details[id];
    var box = el("div", null, "dg-tip");
    box.appendChild(el("h3", d.label));
    box.appendChild(el("div", d.type, "dg-type"));
    var dl = el("dl");
    if (full) {
      relations(id, dl);
    } else {
      if (d.aliases.length) { dl.appendChild(el("dt", "Also known as")); dl.appendChild(el("dd", d.aliases.join("; "))); }
      Object.keys(d.attrs).forEach(function (k) {
        dl.appendChild(el("dt", words.heading(k)));
        dl.appendChild(el("dd", d.attrs[k].map(function (v) { return words.value(k, v); }).join("; ")));
      });
    }
    if (dl.childNodes.length) box.appendChild(dl);
    var evidence = full ? d.evidence : d.evidence.slice(0, 3);
    if (full && evidence.length) box.appendChild(el("h4", "Evidence"));
    evidence.forEach(function (s) { box.appendChild(el("blockquote", s)); });
    if (d.evidence.length > evidence.length) box.appendChild(el("div", "… " + (d.evidence.length - evidence.length) + " more (click)", "dg-type"));
    d.sources.slice(0, full ? d.sources.length : 3).forEach(function (s) { box.appendChild(sourceLine(s)); });
    if (full) {
      var more = el("details", null, "dg-iri");
      more.appendChild(el("summary", "Identifier"));
      more.appendChild(el("code", d.iri));
      box.appendChild(more);
    }
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
    panel.scrollTop = 0;
  }

  function highlight(ids) {
    // Fade everything outside `ids` (and the edges among them); null restores the full picture.
    var keep = {};
    (ids || []).forEach(function (i) { keep[i] = true; });
    dimmed = !!ids;
    named = keep;
    nodes.update(nodes.getIds().map(function (i) {
      return { id: i, opacity: !ids || keep[i] ? 1 : 0.15 };
    }));
    edges.update(edges.get().map(function (e) {
      var on = !ids || (keep[e.from] && keep[e.to]);
      return { id: e.id, color: { color: on ? "#8a8a8a" : "#e6e6e6" }, font: { color: on ? "#555555" : "rgba(0,0,0,0)" } };
    }));
    setFonts(tierFonts);
  }

  function highlightAround(id) {
    highlight([id].concat(network.getConnectedNodes(id)));
  }

  // A node chosen in the details panel: shown even when a filter hides it, selected, centred.
  function choose(id) {
    if (!shown[id]) { filters.chosen[id] = true; applyFilters(); }
    network.selectNodes([id]);
    highlightAround(id);
    showPanel(id);
    var p = network.getPositions([id])[id], scale = network.getScale();
    var covered = panel.hidden ? 0 : Math.min(panel.offsetWidth, container.clientWidth * 2 / 3);
    network.moveTo({ position: { x: p.x + covered / 2 / scale, y: p.y }, scale: scale, animation: false });
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
      highlightAround(id);
      pendingPanel = setTimeout(function () { showPanel(id); }, DOUBLE_CLICK_MS);
    } else if (!p.edges.length) {
      if (dimmed) highlight(null);
      showPanel(null);
    }
  });

  // Search: a name or alias equal to the query first, else containing it; case, accents and
  // hyphens do not matter (text.nameKey). Only shown nodes are hits.
  var folds = view.letterFolds;
  var names = details.map(function (d) {
    return [d.label].concat(d.aliases).map(function (s) { return text.nameKey(s, folds); });
  });
  var result = document.getElementById("dg-search-result");
  var searchInput = document.getElementById("dg-search-input");
  function search(query) {
    var q = text.nameKey(query, folds);
    if (!q) { if (dimmed) highlight(null); result.textContent = ""; return []; }
    var hits = [], hidden = 0;
    [text.sameName, function (w, n) { return text.inName(w, n); }].some(function (matches) {
      names.forEach(function (ns, i) {
        if (ns.some(function (n) { return matches(q, n); })) { if (shown[i]) hits.push(i); else hidden++; }
      });
      return hits.length > 0;
    });
    result.textContent = (hits.length === 1 ? "1 match" : hits.length + " matches") +
      (hits.length || !hidden ? "" : " (" + hidden + " hidden by filters)");
    if (hits.length) {
      highlight(hits);
      network.selectNodes(hits);
      showPanel(hits.length === 1 ? hits[0] : null);
      fit(hits);
    }
    return hits;
  }
  window.dgSearch = search;
  document.getElementById("dg-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(searchInput.value);
  });

  // Reset: back to the page as it opened: search, selection, details, focus and every filter.
  document.getElementById("dg-reset").addEventListener("click", function () {
    searchInput.value = "";
    result.textContent = "";
    clearTimeout(pendingPanel);
    if (dimmed) highlight(null);  // restyling 20,000 edges when nothing is faded costs a second
    showPanel(null); network.unselectAll();
    filters.hiddenClasses = defaultClasses(); filters.country = null; filters.chosen = {};
    filters.from = filters.to = null; filters.datedOnly = false; filters.depth = 2;
    Array.prototype.forEach.call(document.querySelectorAll("#dg-legend-list input"),
                                 function (b) { b.checked = !filters.hiddenClasses[b.getAttribute("data-class")]; });
    countrySelect.value = "";
    [dateFrom, dateTo].forEach(function (i) { i.value = ""; i.removeAttribute("aria-invalid"); });
    datedOnly.checked = false;
    depthInput.value = String(filters.depth);
    setFocus(null);
  });

  // Legend: one row per class, with its colour, count and a checkbox that hides or shows it.
  var list = document.getElementById("dg-legend-list");
  data.classes.forEach(function (c) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = !filters.hiddenClasses[c.name]; box.setAttribute("data-class", c.name);
    box.addEventListener("change", function () {
      filters.hiddenClasses[c.name] = !box.checked;
      applyFilters(); fit();
    });
    var swatch = el("span", null, "dg-swatch " + c.shape);
    swatch.style.background = c.color;
    label.appendChild(box); label.appendChild(swatch);
    label.appendChild(document.createTextNode(c.name + " (" + c.count + ")"));
    li.appendChild(label); list.appendChild(li);
  });
  if (view.articlesHidden) {
    document.getElementById("dg-articles-hint").hidden = false;
  }

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
  function period(value) {
    var m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value || "");
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

  // Hide and show nodes as the filters say; the caller fits the view (see fit).
  function applyFilters() {
    var country = filters.country === null ? null : countryKeeps(filters.country);
    var dated = dateKeeps();
    var focus = filters.focus === null ? null : within(filters.focus, filters.depth);
    var changes = [];
    data.nodes.forEach(function (n, id) {
      var show = id === filters.focus || !!filters.chosen[id] ||
        (!filters.hiddenClasses[n.group] && (!country || country[id]) && (!dated || dated[id]) && (!focus || focus[id]));
      if (show !== shown[id]) { shown[id] = show; changes.push({ id: id, hidden: !show }); }
    });
    if (changes.length) nodes.update(changes);
    updateCounts();
  }
  // Scripts and tests can read the state and reapply; the controls below are the user's way in.
  window.dgView = { filters: filters, applyFilters: function () { applyFilters(); fit(); }, shown: shown };

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
    applyFilters(); fit();
  });

  var dateFrom = document.getElementById("dg-date-from");
  var dateTo = document.getElementById("dg-date-to");
  var datedOnly = document.getElementById("dg-dated-only");
  function readDates() {
    // A half-typed date is ignored (and marked) rather than hiding everything while typing.
    var before = JSON.stringify([filters.from, filters.to, filters.datedOnly]);
    [[dateFrom, "from"], [dateTo, "to"]].forEach(function (pair) {
      var typed = pair[0].value.trim();
      var p = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(typed) ? period(typed) : null;
      filters[pair[1]] = p;
      if (typed && !p) pair[0].setAttribute("aria-invalid", "true"); else pair[0].removeAttribute("aria-invalid");
    });
    filters.datedOnly = datedOnly.checked;
    if (JSON.stringify([filters.from, filters.to, filters.datedOnly]) === before) return;
    applyFilters(); fit();
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
    applyFilters();
    if (id !== null) { network.selectNodes([id]); showPanel(id); }
    fit();  // after the panel opens: the fit leaves the panel's side free
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
