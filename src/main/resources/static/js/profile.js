// Profile pages: the language from ?lang= or the stored choice, and ECharts charts drawn from the
// JSON blocks the server writes next to each chart (no inline script; the tables work without this file).
(function (K) {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'vi' || asked === 'en') { localStorage.setItem('diplokg.lang', asked); K.lang = asked; }
  K.mountHeader();
  const name = v => {
    const parts = String(v || '').split('\u0000');
    return parts.length === 2 ? parts[K.lang === 'vi' ? 0 : 1] : parts[0];
  };
  const charts = [];
  const draw = () => {
    charts.forEach(c => c.dispose());
    charts.length = 0;
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-chart]').forEach(el => {
      const block = document.getElementById('data-' + el.dataset.chart);
      if (!block) { return; }
      const data = JSON.parse(block.textContent);
      const chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(data.kind === 'bar' ? bars(data.rows) : timeline(data.rows));
      charts.push(chart);
    });
  };
  // Events per year, stacked by kind.
  const bars = rows => {
    const years = [...new Set(rows.map(r => r.year))].sort();
    const kinds = [...new Set(rows.map(r => r.kind))];
    return {
      animation: false, tooltip: { trigger: 'axis' }, legend: { type: 'scroll', bottom: 0, data: kinds.map(name) },
      grid: { left: 40, right: 10, top: 10, bottom: 50 },
      xAxis: { type: 'category', data: years }, yAxis: { type: 'value', minInterval: 1 },
      series: kinds.map(k => ({ name: name(k), type: 'bar', stack: 'n', data: years.map(y => {
        const r = rows.find(x => x.year === y && x.kind === k); return r ? Number(r.events) : 0; }) }))
    };
  };
  // Stages or holdings as horizontal bars from start to end (or to today when still running).
  const timeline = rows => {
    const day = s => s ? Date.parse(s.length === 4 ? s + '-01-01' : s.length === 7 ? s + '-01' : s.substring(0, 10)) : NaN;
    const items = rows.map(r => {
      const label = name(r.level || r.post || r.holder || r.partnership);
      const from = day(r.start || r.attested);
      const to = r.end ? day(r.end) : (r.start ? Date.now() : from);
      return { label, from, to, who: name(r.partnership || r.holder || r.organization || '') };
    }).filter(i => !isNaN(i.from));
    const labels = [...new Set(items.map(i => i.label + (i.who ? ' · ' + i.who : '')))];
    return {
      animation: false, tooltip: { formatter: p => p.data.name },
      grid: { left: 10, right: 20, top: 10, bottom: 30, containLabel: true },
      xAxis: { type: 'time' }, yAxis: { type: 'category', data: labels, axisLabel: { width: 220, overflow: 'truncate' } },
      series: [{ type: 'custom', renderItem: (params, api) => {
        const y = api.value(0), a = api.coord([api.value(1), y]), b = api.coord([api.value(2), y]);
        const h = api.size([0, 1])[1] * 0.5;
        return { type: 'rect', shape: { x: a[0], y: a[1] - h / 2, width: Math.max(3, b[0] - a[0]), height: h }, style: { fill: '#a3171c' } };
      }, encode: { x: [1, 2], y: 0 }, data: items.map(i => ({ name: i.label, value: [labels.indexOf(i.label + (i.who ? ' · ' + i.who : '')), i.from, i.to] })) }]
    };
  };
  draw();
  document.addEventListener('diplokg:lang', draw);
  window.diplokgProfileCharts = charts;
})(window.DiploKG);
