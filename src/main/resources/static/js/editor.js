(function (K) {
  K.mountHeader();
  localStorage.removeItem('yagui__config'); // start from the server's endpoint, not a stale one
  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: location.origin + '/sparql', method: 'POST' },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: location.origin + '/sparql' }] }
  });
  window.diplokgYasgui = yasgui;
  const tab = () => yasgui.getTab();
  // A profile page's "open in the SPARQL editor" link carries its section query as ?query=.
  const linked = new URLSearchParams(location.search).get('query');
  if (linked) { tab().setQuery(linked); }

  const showExamples = items => {
    const list = document.getElementById('examples');
    list.innerHTML = items.map((q, i) => `<li><button data-i="${i}" title="${K.esc(q.description || '')}">
      <strong>${K.esc(q.title || q.name)}</strong><br><span class="muted">${K.esc(q.name)}</span></button></li>`).join('');
    list.querySelectorAll('button').forEach(b => b.addEventListener('click', async () => {
      const item = items[b.dataset.i];
      let text = item.sparql || item.query;
      if (!text) {
        const r = await fetch('/api/queries/' + encodeURIComponent(item.name) + '/sparql');
        text = r.ok ? await r.text() : '# ' + item.name;
      }
      tab().setQuery(text);
      tab().query();
    }));
  };
  fetch('/api/queries').then(r => r.ok ? r.json() : []).then(showExamples).catch(() => showExamples([]));

  // "Show as graph": run the current CONSTRUCT/DESCRIBE as N-Triples and open the explorer on its triples.
  document.getElementById('showGraph').addEventListener('click', async () => {
    const status = document.getElementById('graphStatus');
    const r = await fetch('/sparql', { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/n-triples' },
      body: tab().getQuery() });
    if (!r.ok) { status.textContent = await r.text(); return; }
    const nodes = new Map(), edges = [];
    const iri = /^<([^>]*)>$/;
    (await r.text()).split('\n').forEach((line, i) => {
      const m = line.match(/^(<[^>]*>|_:\S+)\s+<([^>]*)>\s+(.*)\s+\.\s*$/);
      if (!m) return;
      const s = m[1].replace(/^<|>$/g, ''), p = m[2], o = m[3].match(iri);
      if (!nodes.has(s)) nodes.set(s, { id: s, label: s.split(/[\/#]/).pop(), category: 'Other' });
      if (o && p !== 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type') {
        if (!nodes.has(o[1])) nodes.set(o[1], { id: o[1], label: o[1].split(/[\/#]/).pop(), category: 'Other' });
        edges.push({ id: 'q' + i, source: s, target: o[1], kind: p.split(/[\/#]/).pop() });
      }
    });
    sessionStorage.setItem('diplokg.view', JSON.stringify({ nodes: [...nodes.values()].map(d => ({ data: d })), edges: edges.map(d => ({ data: d })) }));
    location.href = '/graph?view=session';
  });
})(window.DiploKG);
