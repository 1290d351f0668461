(function (K) {
  K.mountHeader();
  K.searchBox(document.getElementById('q'), document.getElementById('hits'), iri => { location.href = '/graph?center=' + encodeURIComponent(iri); });
  let stats;
  const render = () => {
    if (!stats) return;
    document.getElementById('counts').innerHTML =
      `<div class="card"><div class="n">${stats.quads.toLocaleString()}</div><div class="muted">quads</div></div>` +
      `<div class="card"><div class="n">${stats.graphs}</div><div class="muted">graphs</div></div>` +
      Object.entries(stats.categories).map(([c, n]) => `<div class="card" data-category="${K.esc(c)}"><div class="n">${n}</div><div>${K.esc(K.t(c))}</div></div>`).join('');
    document.getElementById('sources').innerHTML = stats.latestSources.map(s =>
      `<li><a href="${K.esc(s.source)}">${K.esc(s.title || s.source)}</a> <span class="muted">${K.esc(s.date || '')} · ${K.esc(s.kind || '')}</span></li>`).join('');
  };
  fetch('/api/stats').then(r => r.json()).then(s => { stats = s; render(); });
  document.addEventListener('diplokg:lang', render);
})(window.DiploKG);
