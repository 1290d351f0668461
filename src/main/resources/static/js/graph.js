(function (K) {
  K.mountHeader();
  if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);
  const CATEGORIES = ['Country', 'Person', 'Organization', 'Mission', 'Event', 'Other'];
  const KINDS = ['partnership', 'relation', 'holds', 'memberOf', 'metWith', 'accreditedTo', 'participant'];
  const LEVEL_COLOURS = { SpecialRelationship: '#7b1fa2', ComprehensiveStrategicPartnership: '#c62828', StrategicPartnership: '#ef6c00',
    ExtensiveStrategicPartnership: '#f9a825', ComprehensivePartnership: '#2e7d32' };
  const NODE_COLOURS = { Country: '#1565c0', Person: '#ad1457', Organization: '#6d4c41', Mission: '#00838f', Event: '#9e9d24', Other: '#757575' };
  const KIND_COLOURS = { relation: '#90a4ae', holds: '#3949ab', memberOf: '#8d6e63', metWith: '#00897b', accreditedTo: '#8e24aa', participant: '#c0c6cf' };
  const START = Date.parse('1945-09-02'), END = Date.now();
  const params = new URLSearchParams(location.search);
  const state = { center: params.get('center') || 'https://w3id.org/diplokg/id/country/VN', selected: null };
  const $ = id => document.getElementById(id);

  // ---- controls
  const checkboxes = (box, values, key) => values.forEach(v => {
    const label = document.createElement('label');
    label.innerHTML = `<input type="checkbox" value="${v}" checked> <span data-i18n="${key(v)}"></span>`;
    box.appendChild(label);
  });
  checkboxes($('nodeTypes'), CATEGORIES, v => v);
  checkboxes($('edgeKinds'), KINDS, v => v === 'holds' ? 'holdsEdge' : v);
  $('legend').insertAdjacentHTML('beforeend', Object.entries(LEVEL_COLOURS).map(([l, c]) =>
    `<div class="legend-item" data-level="${l}"><span class="swatch" style="background:${c}"></span><span data-i18n="${l}"></span></div>`).join('') +
    Object.entries(KIND_COLOURS).map(([k, c]) =>
    `<div class="legend-item" data-kind="${k}"><span class="swatch" style="background:${c}"></span><span data-i18n="${k === 'holds' ? 'holdsEdge' : k}"></span></div>`).join(''));
  if (params.get('asOf')) { $('asOf').value = Math.round((Date.parse(params.get('asOf')) - START) / (END - START) * 1000); }
  else { $('asOf').value = 1000; }
  if (params.get('allTime') === 'true') $('allTime').checked = true;
  const asOfDate = () => new Date(START + (END - START) * $('asOf').value / 1000).toISOString().slice(0, 10);
  const showAsOf = () => { $('asOfLabel').textContent = $('allTime').checked ? '—' : asOfDate(); $('asOf').disabled = $('allTime').checked; };
  K.apply();
  showAsOf();

  const query = center => {
    const p = new URLSearchParams({ center, depth: $('depth').value });
    const types = [...$('nodeTypes').querySelectorAll('input:checked')].map(i => i.value);
    const kinds = [...$('edgeKinds').querySelectorAll('input:checked')].map(i => i.value);
    if (types.length) p.set('types', types.join(','));
    if (kinds.length) p.set('kinds', kinds.join(','));
    if (!$('allTime').checked) p.set('asOf', asOfDate());
    if ($('from').value) p.set('from', $('from').value);
    if ($('to').value) p.set('to', $('to').value);
    return p;
  };

  // ---- graph
  // Above these sizes the view switches to its large-graph mode (see largeMode): straight "haystack" edges,
  // labels only once zoomed in enough to read them, edges hidden and a cached texture while the user pans or zooms,
  // and the draft (spectral) quality of fCoSE.
  const LARGE_NODES = 1500, LARGE_EDGES = 5000;
  const BASE_STYLE = [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 2,
          'background-color': e => NODE_COLOURS[e.data('category')] || '#757575', 'width': 18, 'height': 18 } },
      { selector: 'node[category = "Country"]', style: { 'shape': 'round-rectangle', 'width': 22, 'height': 16 } },
      { selector: 'node[category = "Event"]', style: { 'shape': 'diamond' } },
      // one shape per node type, so types read without colour
      { selector: 'node[category = "Person"]', style: { 'shape': 'ellipse' } },
      { selector: 'node[category = "Organization"]', style: { 'shape': 'hexagon' } },
      { selector: 'node[category = "Mission"]', style: { 'shape': 'tag' } },
      { selector: 'node[category = "Other"]', style: { 'shape': 'octagon', 'width': 14, 'height': 14 } },
      // labels that would overlap a more connected node's label are hidden until the node is selected or hovered
      { selector: 'node.nolabel', style: { 'label': '' } },
      { selector: 'node.nolabel:selected, node.nolabel.hover, node.nolabel.near', style: { 'label': 'data(label)', 'z-index': 10 } },
      { selector: 'node.center', style: { 'border-width': 3, 'border-color': '#f3b800', 'width': 28, 'height': 28 } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
      { selector: 'edge', style: { 'width': 1.5, 'curve-style': 'bezier', 'line-color': e => KIND_COLOURS[e.data('kind')] || '#bbb', 'opacity': 0.85 } },
      { selector: 'edge[kind = "partnership"]', style: { 'width': 3.5, 'line-color': e => LEVEL_COLOURS[e.data('level')] || '#999' } },
      { selector: 'edge[kind = "relation"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[kind = "accreditedTo"]', style: { 'line-style': 'dotted' } },
      { selector: 'edge[kind = "metWith"]', style: { 'width': e => 1 + Math.min(8, e.data('weight')) } }
  ];
  const LARGE_STYLE = [
    // labels are drawn only where they would be at least 10 px tall on screen
    { selector: 'node', style: { 'min-zoomed-font-size': 10 } },
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'width': 1, 'opacity': 0.6 } },
    { selector: 'edge[kind = "partnership"]', style: { 'width': 2.5, 'opacity': 0.9 } },
    { selector: 'edge[kind = "metWith"]', style: { 'width': e => 0.5 + Math.min(4, e.data('weight')) / 2 } }
  ];
  const cy = cytoscape({ container: $('cy'), minZoom: 0.02, maxZoom: 4, style: BASE_STYLE });
  window.diplokgCy = cy; // for tests and the console
  let large = false;
  const largeMode = on => {
    if (on === large) return;
    large = on;
    cy.style(on ? BASE_STYLE.concat(LARGE_STYLE) : BASE_STYLE);
    // renderer switches (cytoscape's hideEdgesOnViewport / textureOnViewport options, which apply to user pan/zoom gestures)
    const r = cy.renderer && cy.renderer();
    if (r) { r.hideEdgesOnViewport = on; r.textureOnViewport = on; }
    document.body.dataset.largeGraph = String(on);
  };

  const status = text => { $('status').textContent = text; };
  // fCoSE's draft (spectral) layout packs thousands of nodes into a few hundred pixels; scale it out to about
  // 45 px per node so that nodes do not overlap and, once fitted, labels stay hidden until the user zooms in
  const spread = () => {
    const nodes = cy.nodes(), bb = nodes.boundingBox(), side = Math.sqrt(nodes.length) * 45, f = side / Math.max(bb.w, bb.h, 1);
    if (f <= 1) return;
    const cx = (bb.x1 + bb.x2) / 2, cy0 = (bb.y1 + bb.y2) / 2;
    nodes.positions(n => { const p = n.position(); return { x: cx + (p.x - cx) * f, y: cy0 + (p.y - cy0) * f }; });
  };
  const runLayout = () => {
    const name = $('layout').value;
    const layout = cy.layout({ name, animate: false, randomize: true, nodeDimensionsIncludeLabels: false, quality: large ? 'draft' : 'default' });
    const t0 = performance.now();
    layout.one('layoutstop', () => {
      if (large && name === 'fcose') spread();
      window.diplokgLastLayoutMs = performance.now() - t0;
      cy.fit(undefined, 30);
      if (!large) declutter();
    });
    layout.run();
  };

  // Greedy label placement: the centre first, then by degree; a label whose box meets one already kept is hidden.
  // Labels scale with the zoom, so boxes in model coordinates decide for every zoom level.
  const labelBox = n => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  const meets = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const declutter = () => {
    cy.nodes().removeClass('nolabel near');
    const kept = [], hide = [];
    cy.nodes().sort((a, b) => (b.hasClass('center') - a.hasClass('center')) || (b.degree() - a.degree())).forEach(n => {
      const box = labelBox(n);
      if (box.w === 0 || kept.some(k => meets(k, box))) hide.push(n); else kept.push(box);
    });
    cy.batch(() => hide.forEach(n => n.addClass('nolabel')));
    document.body.dataset.labelsHidden = String(hide.length);
  };
  // for tests: pairs of visible labels that overlap
  window.diplokgLabelOverlaps = () => {
    const boxes = cy.nodes().filter(n => !n.hasClass('nolabel') && n.data('label')).map(labelBox);
    let pairs = 0;
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (meets(boxes[i], boxes[j])) pairs++;
    return pairs;
  };
  cy.on('mouseover', 'node', e => e.target.addClass('hover'));
  cy.on('mouseout', 'node', e => e.target.removeClass('hover'));

  const load = async (center, merge) => {
    status(K.t('loading'));
    let g;
    const t0 = performance.now();
    const sameOrigin = u => { try { return new URL(u, location.href).origin === location.origin; } catch (e) { return false; } };
    const elements = params.get('elements');
    if (params.get('view') === 'session' && !merge && sessionStorage.getItem('diplokg.view')) {
      g = JSON.parse(sessionStorage.getItem('diplokg.view'));
    } else if (elements && !merge && elements.startsWith('/') && sameOrigin(elements)) {
      // a saved or generated elements file on this server (same origin only), e.g. a large test fixture
      const r = await fetch(elements);
      if (!r.ok) { status('HTTP ' + r.status); return; }
      g = await r.json();
    } else {
      const r = await fetch('/api/graph?' + query(center));
      if (!r.ok) { const p = await r.json().catch(() => ({})); status(p.detail || ('HTTP ' + r.status)); return; }
      g = await r.json();
    }
    const tFetched = performance.now();
    if (!merge) cy.elements().remove();
    const ids = new Set();
    const fresh = (list, group) => list.filter(x => !ids.has(x.data.id) && ids.add(x.data.id) && cy.getElementById(x.data.id).empty())
      .map(x => ({ group, data: x.data }));
    const nodes = fresh(g.nodes, 'nodes'), edges = fresh(g.edges, 'edges');
    largeMode(cy.nodes().length + nodes.length > LARGE_NODES || cy.edges().length + edges.length > LARGE_EDGES);
    cy.batch(() => cy.add(nodes.concat(edges)));
    cy.nodes().removeClass('center');
    cy.getElementById(state.center).addClass('center');
    status(`${cy.nodes().length} nodes · ${cy.edges().length} edges${g.truncated ? ' (truncated)' : ''}`);
    const tAdded = performance.now();
    runLayout();
    renderNodeList();
    const tListed = performance.now();
    // time to the first frame painted after the layout: two animation frames later the canvas is drawn
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const now = performance.now();
      window.diplokgTimings = { nodes: cy.nodes().length, edges: cy.edges().length, fetchMs: tFetched - t0, addMs: tAdded - tFetched,
        layoutMs: window.diplokgLastLayoutMs, listMs: tListed - tAdded - window.diplokgLastLayoutMs, firstFrameMs: now - tListed, totalMs: now - t0 };
      document.body.dataset.painted = String(Date.now());
    }));
    document.body.dataset.loaded = String(Date.now());
  };

  const renderNodeList = () => {
    const collator = new Intl.Collator();
    $('nodeList').innerHTML = cy.nodes().map(n => n.data()).sort((a, b) => collator.compare(a.label, b.label)).map(d =>
      `<li><button data-id="${K.esc(d.id)}">${K.esc(label(d))} <span class="type">${K.esc(K.t(d.category))}</span></button></li>`).join('');
  };
  $('nodeList').addEventListener('click', e => { const b = e.target.closest('button[data-id]'); if (b) select(b.dataset.id); });
  const label = d => (K.lang === 'en' ? d.labelEn : d.labelVi) || d.label;

  const select = async id => {
    cy.$(':selected').unselect();
    const node = cy.getElementById(id);
    node.select();
    state.selected = id;
    cy.nodes().removeClass('near');
    node.neighborhood('node').addClass('near');
    summary(id);
    const r = await fetch('/api/graph/node?iri=' + encodeURIComponent(id));
    if (!r.ok) { $('details').textContent = 'HTTP ' + r.status; return; }
    const f = await r.json();
    const local = iri => iri && iri.includes('#') ? iri.split('#').pop() : (iri || '').split('/').pop();
    const page = id.startsWith('https://w3id.org/diplokg/') ? '/' + id.substring('https://w3id.org/diplokg/'.length) : id;
    $('details').innerHTML = `<h2 id="selectedLabel">${K.esc(label(f.node))}</h2>
      <div class="muted">${K.esc(f.node.labelVi || '')} · ${K.esc(f.node.labelEn || '')}</div>
      <p><a href="${K.esc(page)}" data-i18n="open">${K.esc(K.t('open'))}</a></p>
      <h3 data-i18n="facts">${K.esc(K.t('facts'))}</h3>
      <table class="facts"><tbody>${f.facts.map(x => `<tr><td>${K.esc(local(x.property))}</td><td>${K.esc(x.valueLabel || x.value)}</td>
        <td class="muted" title="${K.esc(x.graph)}">${x.source ? `<a href="${K.esc(x.source)}">${K.esc(local(x.source))}</a>` : K.esc(local(x.graph))}</td></tr>`).join('')}</tbody></table>`;
  };

  // The selected node's profile in short (the first rows of its profile sections), above its raw facts.
  const summary = async id => {
    const box = $('profileSummary');
    box.innerHTML = '';
    const r = await fetch('/api/profiles/summary?iri=' + encodeURIComponent(id));
    if (!r.ok || state.selected !== id) return;
    const s = await r.json();
    const vi = K.lang === 'vi';
    box.innerHTML = `<h2>${K.esc(vi ? s.labelVi : s.labelEn)}</h2>` + s.sections.map(p => `<h3>${K.esc(vi ? p.titleVi : p.titleEn)}</h3><ul>` +
      (vi ? p.rowsVi : p.rowsEn).map(x => `<li>${K.esc(x)}</li>`).join('') + (p.more ? `<li class="muted">+${p.more}</li>` : '') + '</ul>').join('') +
      `<p><a href="${K.esc(s.page)}">${K.esc(vi ? 'Xem hồ sơ đầy đủ' : 'Open the full profile')}</a></p>`;
    box.dataset.loaded = id;
  };

  cy.on('tap', 'node', e => select(e.target.id()));
  cy.on('dbltap', 'node', e => { state.selected = e.target.id(); load(e.target.id(), true); });

  // ---- toolbar and keyboard
  $('fit').onclick = () => cy.fit(undefined, 30);
  $('zoomIn').onclick = () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  $('zoomOut').onclick = () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  $('expand').onclick = () => { if (state.selected) load(state.selected, true); };
  $('cy').addEventListener('keydown', e => {
    if (e.key === 'f') $('fit').click();
    else if (e.key === '+' || e.key === '=') $('zoomIn').click();
    else if (e.key === '-') $('zoomOut').click();
    else if (e.key === 'e') $('expand').click();
  });
  const download = (name, type, data) => {
    const a = document.createElement('a');
    a.href = typeof data === 'string' && data.startsWith('data:') ? data : URL.createObjectURL(new Blob([data], { type }));
    a.download = name; document.body.appendChild(a); a.click(); a.remove();
  };
  const xml = s => String(s ?? '').replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
  K.exportGraphml = () => `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n` +
    `<key id="label" for="node" attr.name="label" attr.type="string"/><key id="category" for="node" attr.name="category" attr.type="string"/>\n` +
    `<key id="kind" for="edge" attr.name="kind" attr.type="string"/><key id="level" for="edge" attr.name="level" attr.type="string"/>\n` +
    `<graph id="diplokg" edgedefault="undirected">\n` +
    cy.nodes().map(n => `<node id="${xml(n.id())}"><data key="label">${xml(n.data('label'))}</data><data key="category">${xml(n.data('category'))}</data></node>`).join('\n') + '\n' +
    cy.edges().map(e => `<edge id="${xml(e.id())}" source="${xml(e.data('source'))}" target="${xml(e.data('target'))}"><data key="kind">${xml(e.data('kind'))}</data>` +
      (e.data('level') ? `<data key="level">${xml(e.data('level'))}</data>` : '') + `</edge>`).join('\n') + '\n</graph>\n</graphml>\n';
  K.exportGexf = () => `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="undirected">\n<nodes>\n` +
    cy.nodes().map(n => `<node id="${xml(n.id())}" label="${xml(n.data('label'))}"/>`).join('\n') + '\n</nodes>\n<edges>\n' +
    cy.edges().map(e => `<edge id="${xml(e.id())}" source="${xml(e.data('source'))}" target="${xml(e.data('target'))}" weight="${e.data('weight') || 1}" label="${xml(e.data('kind'))}"/>`).join('\n') +
    '\n</edges>\n</graph>\n</gexf>\n';
  K.exportSvg = () => {
    const bb = cy.elements().boundingBox(), pad = 20;
    const lines = cy.edges().map(e => { const s = e.source().position(), t = e.target().position();
      return `<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${e.style('line-color')}" stroke-width="${parseFloat(e.style('width'))}"/>`; }).join('');
    const nodes = cy.nodes().map(n => { const p = n.position();
      return `<circle cx="${p.x}" cy="${p.y}" r="8" fill="${n.style('background-color')}"/><text x="${p.x}" y="${p.y + 18}" font-size="9" text-anchor="middle">${xml(n.data('label'))}</text>`; }).join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${bb.x1 - pad} ${bb.y1 - pad} ${bb.w + 2 * pad} ${bb.h + 2 * pad}" font-family="sans-serif">${lines}${nodes}</svg>`;
  };
  $('png').onclick = () => download('diplokg.png', 'image/png', cy.png({ full: true, bg: '#ffffff' }));
  $('svg').onclick = () => download('diplokg.svg', 'image/svg+xml', K.exportSvg());
  $('graphml').onclick = () => download('diplokg.graphml', 'application/graphml+xml', K.exportGraphml());
  $('gexf').onclick = () => download('diplokg.gexf', 'application/gexf+xml', K.exportGexf());

  // ---- filters reload the view
  const reload = () => load(state.center, false);
  ['nodeTypes', 'edgeKinds'].forEach(id => $(id).addEventListener('change', reload));
  ['depth', 'from', 'to', 'allTime'].forEach(id => $(id).addEventListener('change', () => { showAsOf(); reload(); }));
  $('asOf').addEventListener('input', showAsOf);
  $('asOf').addEventListener('change', reload);
  $('layout').addEventListener('change', runLayout);
  K.searchBox($('q'), $('hits'), iri => { state.center = iri; history.replaceState(null, '', '/graph?center=' + encodeURIComponent(iri)); reload(); });
  document.addEventListener('diplokg:lang', () => { cy.nodes().forEach(n => n.data('label', label(n.data()))); renderNodeList(); if (state.selected) select(state.selected); });
  cy.nodes().forEach(n => n.data('label', label(n.data())));
  reload();
})(window.DiploKG);
