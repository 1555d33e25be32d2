/* frontline graph view.
 * Every string in the data comes from news articles and is untrusted: it reaches the
 * page only through textContent, setAttribute on fixed attribute names, or as an
 * href after checking it is http(s). Never innerHTML. Styles are looked up in Maps,
 * so a kind named "constructor" or "__proto__" gets the default style, not a
 * prototype property. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var container = document.getElementById("network");
  var kindStyles = new Map(Object.entries(data.styles.kinds));
  var predicateStyles = new Map(Object.entries(data.styles.predicates));
  var symmetric = new Set(data.styles.symmetric);
  var nodeById = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var edgeById = new Map(data.edges.map(function (e) { return [e.id, e]; }));

  function kindStyle(kind) { return kindStyles.get(kind) || data.styles.other_kind; }
  function predicateStyle(predicate) { return predicateStyles.get(predicate) || data.styles.other_predicate; }
  function kindKey(kind) { return kindStyles.has(kind) ? kind : "other"; }

  // --- DOM helpers: text only ---------------------------------------------------
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }
  function safeHref(url) {
    if (typeof url !== "string") { return null; }
    try {
      var parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }
  function link(url, text) {
    var href = safeHref(url);
    if (!href) { return el("span", text || url); }
    var a = el("a", text || url);
    a.setAttribute("href", href);
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener noreferrer nofollow");
    return a;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function nodeName(id) { var n = nodeById.get(id); return n ? n.label : id; }
  function flagsOf(ev) {
    var flags = [];
    if (ev.negated) { flags.push("denied"); }
    if (ev.hypothetical) { flags.push("hypothetical"); }
    if (ev.contested) { flags.push("disputed"); }
    if (ev.attributed_to) { flags.push("according to " + ev.attributed_to); }
    return flags;
  }
  function relationText(e) {
    return nodeName(e.from) + " \u2014 " + predicateStyle(e.predicate).label + " \u2192 " + nodeName(e.to);
  }

  // --- vis-network data -----------------------------------------------------------
  function visNode(n) {
    var style = kindStyle(n.kind);
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, shape: style.shape, size: n.size,
      color: { background: style.color, border: "#444", highlight: { background: style.color, border: "#000" } },
    };
  }
  function visEdge(e) {
    var style = predicateStyle(e.predicate);
    var edge = {
      id: e.id, from: e.from, to: e.to,
      color: { color: style.color, highlight: style.color, opacity: e.holds ? 0.9 : 0.6 },
      dashes: !e.holds,
      width: Math.min(1 + Math.log2(e.count || 1), 6),
      arrows: symmetric.has(e.predicate) ? "" : "to",
      smooth: e.curve ? { enabled: true, type: "curvedCW", roundness: e.curve } : false,
    };
    if (data.physics) { edge.label = style.label; }
    return edge;
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var big = !data.physics;
  var options = {
    autoResize: true,
    nodes: { font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#fff" }, borderWidth: 1 },
    edges: { font: { size: 10, align: "middle", strokeWidth: 3, strokeColor: "#fff" }, selectionWidth: 2 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: true },
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: data.physics ? {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -8000, centralGravity: 0.1, springLength: 140, springConstant: 0.02, avoidOverlap: 0.2 },
      stabilization: { enabled: true, iterations: 300, updateInterval: 50, fit: true },
    } : { enabled: false },
  };
  var started = performance.now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  // What a test (or a curious user) can read back from the DOM; the timings are how
  // PHYSICS_MAX_NODES was measured (benchmarks/html_size.py --browser).
  container.setAttribute("data-nodes", String(network.body.data.nodes.length));
  container.setAttribute("data-edges", String(network.body.data.edges.length));
  container.setAttribute("data-physics", String(Boolean(data.physics)));
  container.setAttribute("data-status", data.physics ? "stabilizing" : "ready");
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      container.setAttribute("data-stabilize-ms", String(Math.round(performance.now() - started)));
      container.setAttribute("data-status", "ready");
    });
  }
  network.on("afterDrawing", function () {
    if (container.getAttribute("data-drawn") === "true") { return; }
    container.setAttribute("data-first-draw-ms", String(Math.round(performance.now() - started)));
    container.setAttribute("data-drawn", "true");
  });
  // The first frame may already be drawn before the listener above exists (vis draws
  // as soon as it can), and a headless browser may skip animation frames: ask for
  // more frames now and from timers, so "afterDrawing" fires after the listener.
  network.redraw();
  setTimeout(function () { network.redraw(); }, 0);
  setTimeout(function () { network.redraw(); }, 250);

  // --- tooltip on hover (plain text) ------------------------------------------------
  var tooltip = document.getElementById("tooltip");
  function showTooltip(parts, pointer) {
    clear(tooltip);
    parts.forEach(function (p) { tooltip.appendChild(p); });
    var box = container.getBoundingClientRect();
    tooltip.hidden = false;
    var x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    if (x + w > window.innerWidth) { x = Math.max(0, window.innerWidth - w - 4); }
    if (y + h > window.innerHeight) { y = Math.max(0, box.top + pointer.y - h - 10); }
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function nodeTooltip(n) {
    var parts = [el("div", n.label, "tip-head"), el("div", n.kind || "unknown kind", "tip-source")];
    if (n.aliases && n.aliases.length) { parts.push(el("div", "also: " + n.aliases.join(", "))); }
    return parts;
  }
  var TIP_SENTENCES = 3;
  function edgeTooltip(e) {
    var parts = [el("div", relationText(e), "tip-head")];
    if (!e.holds) { parts.push(el("div", "not asserted as fact", "tip-source")); }
    e.evidence.slice(0, TIP_SENTENCES).forEach(function (ev) {
      parts.push(el("div", "\u201c" + ev.sentence + "\u201d", "tip-sentence"));
      var source = [ev.title, ev.published, ev.url || ev.url_text].filter(Boolean).join(" \u00b7 ");
      if (source) { parts.push(el("div", source, "tip-source")); }
    });
    if (e.evidence.length > TIP_SENTENCES) {
      parts.push(el("div", "+ " + (e.evidence.length - TIP_SENTENCES) + " more: click the edge", "tip-source"));
    }
    return parts;
  }
  network.on("hoverNode", function (p) { var n = nodeById.get(p.node); if (n) { showTooltip(nodeTooltip(n), p.pointer.DOM); } });
  network.on("hoverEdge", function (p) { var e = edgeById.get(p.edge); if (e) { showTooltip(edgeTooltip(e), p.pointer.DOM); } });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) {
    network.on(name, function () { tooltip.hidden = true; });
  });

  // --- details panel on click -------------------------------------------------------
  var details = document.getElementById("details");
  var detailsTitle = document.getElementById("details-title");
  var detailsBody = document.getElementById("details-body");
  function definitionList(rows) {
    var dl = el("dl");
    rows.forEach(function (row) {
      if (row[1] === undefined || row[1] === null || row[1] === "") { return; }
      dl.appendChild(el("dt", row[0]));
      var dd = el("dd");
      if (row[1] instanceof Node) { dd.appendChild(row[1]); } else { dd.textContent = String(row[1]); }
      dl.appendChild(dd);
    });
    return dl;
  }
  function relationButton(e, text) {
    var b = el("button", text, "link");
    b.type = "button";
    b.addEventListener("click", function () { selectEdge(e.id); });
    return b;
  }
  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) { return; }
    clear(detailsBody);
    detailsTitle.textContent = n.label;
    var wikidata = /^Q[0-9]+$/.test(n.wikidata || "") ? link("https://www.wikidata.org/wiki/" + n.wikidata, n.wikidata) : null;
    detailsBody.appendChild(definitionList([
      ["kind", n.kind], ["id", n.id], ["aliases", (n.aliases || []).join(", ")],
      ["mentions", n.mentions], ["Wikidata", wikidata],
    ]));
    var related = data.edges.filter(function (e) { return e.from === id || e.to === id; });
    if (related.length) {
      detailsBody.appendChild(el("h2", related.length + " relations"));
      var list = el("ol");
      related.forEach(function (e) {
        var li = el("li");
        li.appendChild(relationButton(e, relationText(e) + (e.holds ? "" : " (not asserted)")));
        list.appendChild(li);
      });
      detailsBody.appendChild(list);
    }
    details.hidden = false;
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) { return; }
    clear(detailsBody);
    detailsTitle.textContent = relationText(e);
    detailsBody.appendChild(definitionList([
      ["status", e.holds ? "stated as fact" : "denied, hypothetical or disputed"],
      ["confidence", e.confidence], ["sentences", e.count],
      ["first", e.first_date], ["last", e.last_date],
    ]));
    var list = el("ol");
    e.evidence.forEach(function (ev) {
      var li = el("li");
      flagsOf(ev).forEach(function (f) { li.appendChild(el("span", f, "flag")); });
      li.appendChild(el("blockquote", ev.sentence));
      var source = el("div", null, "source");
      var label = ev.title || ev.doc || "source";
      source.appendChild(ev.url ? link(ev.url, label) : el("span", label));
      if (ev.published) { source.appendChild(el("span", " \u00b7 " + ev.published)); }
      var unlinked = ev.url_text || (ev.url && !safeHref(ev.url) ? ev.url : null);
      if (unlinked) { source.appendChild(el("span", " \u00b7 " + unlinked)); }
      li.appendChild(source);
      list.appendChild(li);
    });
    detailsBody.appendChild(list);
    details.hidden = false;
  }
  function selectNode(id) {
    if (!nodeById.has(id)) { return; }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1), animation: { duration: 400 } });
    showNode(id);
  }
  function selectEdge(id) {
    if (!edgeById.has(id)) { return; }
    network.selectEdges([id]);
    showEdge(id);
  }
  network.on("click", function (p) {
    if (p.nodes.length === 1) { showNode(p.nodes[0]); }
    else if (p.edges.length === 1) { showEdge(p.edges[0]); }
  });

  // --- filters ----------------------------------------------------------------------
  var kindBoxes = Array.prototype.slice.call(document.querySelectorAll("#kind-filters input"));
  var predicateBoxes = Array.prototype.slice.call(document.querySelectorAll("#predicate-filters input"));
  var notHoldingBox = document.getElementById("show-not-holding");
  var hiddenNodes = new Set(), hiddenEdges = new Set();
  function applyFilters() {
    var kinds = new Set(kindBoxes.filter(function (b) { return b.checked; }).map(function (b) { return b.getAttribute("data-kind"); }));
    var predicates = new Set(predicateBoxes.filter(function (b) { return b.checked; }).map(function (b) { return b.getAttribute("data-predicate"); }));
    var nodeUpdates = [], edgeUpdates = [];
    var nowHiddenNodes = new Set();
    data.nodes.forEach(function (n) {
      var hide = !kinds.has(kindKey(n.kind));
      if (hide) { nowHiddenNodes.add(n.id); }
      if (hide !== hiddenNodes.has(n.id)) { nodeUpdates.push({ id: n.id, hidden: hide }); }
    });
    var nowHiddenEdges = new Set();
    data.edges.forEach(function (e) {
      var key = predicateStyles.has(e.predicate) ? e.predicate : "other";
      var hide = !predicates.has(key) || (!e.holds && !notHoldingBox.checked) ||
        nowHiddenNodes.has(e.from) || nowHiddenNodes.has(e.to);
      if (hide) { nowHiddenEdges.add(e.id); }
      if (hide !== hiddenEdges.has(e.id)) { edgeUpdates.push({ id: e.id, hidden: hide }); }
    });
    hiddenNodes = nowHiddenNodes;
    hiddenEdges = nowHiddenEdges;
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    container.setAttribute("data-visible-nodes", String(data.nodes.length - hiddenNodes.size));
    container.setAttribute("data-visible-edges", String(data.edges.length - hiddenEdges.size));
  }
  kindBoxes.concat(predicateBoxes, [notHoldingBox]).forEach(function (b) { b.addEventListener("change", applyFilters); });

  // --- search by name or alias ------------------------------------------------------
  var search = document.getElementById("search");
  var searchStatus = document.getElementById("search-status");
  var searchResults = document.getElementById("search-results");
  var MAX_RESULTS = 50;
  var searchIndex = data.nodes.map(function (n) {
    return { id: n.id, text: [n.label].concat(n.aliases || []).join("\n").toLocaleLowerCase() };
  });
  function matches(query) {
    var q = query.trim().toLocaleLowerCase();
    if (!q) { return []; }
    return searchIndex.filter(function (entry) { return entry.text.indexOf(q) !== -1; }).map(function (entry) { return entry.id; });
  }
  function runSearch() {
    var found = matches(search.value);
    clear(searchResults);
    if (!search.value.trim()) { searchStatus.textContent = ""; return found; }
    searchStatus.textContent = found.length === 0 ? "no match" :
      found.length + (found.length === 1 ? " match" : " matches") + (found.length > MAX_RESULTS ? ", first " + MAX_RESULTS + " shown" : "") +
      (found.length > 1 ? " \u2014 Enter selects all" : "");
    found.slice(0, MAX_RESULTS).forEach(function (id) {
      var n = nodeById.get(id);
      var b = el("button", n.label + " (" + (n.kind || "?") + ")");
      b.type = "button";
      b.addEventListener("click", function () { selectNode(id); });
      var li = el("li");
      li.appendChild(b);
      searchResults.appendChild(li);
    });
    return found;
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") { return; }
    var found = runSearch();
    if (found.length === 1) { selectNode(found[0]); }
    else if (found.length > 1) { network.selectNodes(found); network.fit({ nodes: found, animation: { duration: 400 } }); }
  });

  // --- deep links: #node=ID, #edge=ID, #search=TEXT, #hide=KIND,PREDICATE,... ---------------
  function followHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    if (params.has("hide")) {
      var hide = new Set(params.get("hide").split(","));
      kindBoxes.forEach(function (b) { b.checked = !hide.has(b.getAttribute("data-kind")); });
      predicateBoxes.forEach(function (b) { b.checked = !hide.has(b.getAttribute("data-predicate")); });
      notHoldingBox.checked = !hide.has("not-holding");
      applyFilters();
    }
    if (params.has("search")) { search.value = params.get("search"); runSearch(); }
    if (params.has("node")) { selectNode(params.get("node")); }
    if (params.has("edge")) { selectEdge(params.get("edge")); }
  }
  window.addEventListener("hashchange", followHash);
  followHash();
  applyFilters();
})();
