// UI labels in Vietnamese and English; the choice is kept in localStorage.
window.DiploKG = window.DiploKG || {};
(function (K) {
  const words = {
    home: ['Trang chủ', 'Home'], explorer: ['Đồ thị quan hệ', 'Relationship graph'], editor: ['Truy vấn SPARQL', 'SPARQL editor'],
    queries: ['Thư viện truy vấn', 'Query library'], dumps: ['Tải dữ liệu', 'Dumps'], ontology: ['Bản thể học', 'Ontology'],
    search: ['Tìm người, quốc gia, tổ chức…', 'Search persons, countries, organisations…'],
    holds: ['Dữ liệu hiện có', 'What the dataset holds'], latest: ['Nguồn mới nhất', 'Latest sources'],
    Country: ['Quốc gia', 'Countries'], Person: ['Nhân vật', 'Persons'], Organization: ['Tổ chức', 'Organisations'],
    Mission: ['Cơ quan đại diện', 'Missions'], Event: ['Sự kiện', 'Events'], Other: ['Khác', 'Other'],
    partnership: ['Khuôn khổ đối tác', 'Partnership'], relation: ['Quan hệ ngoại giao', 'Diplomatic relation'],
    holdsEdge: ['Giữ chức vụ', 'Holds post'], memberOf: ['Trực thuộc', 'Member of'], metWith: ['Gặp gỡ', 'Met with'],
    accreditedTo: ['Kiêm nhiệm / đặt tại', 'Accredited to'], participant: ['Tham gia', 'Participant'],
    nodes: ['Loại nút', 'Node types'], edges: ['Loại cạnh', 'Edge types'], asOf: ['Thời điểm', 'As of'],
    period: ['Khoảng thời gian', 'Period'], depth: ['Độ sâu', 'Depth'], layout: ['Bố cục', 'Layout'],
    fit: ['Vừa khung', 'Fit'], zoomIn: ['Phóng to', 'Zoom in'], zoomOut: ['Thu nhỏ', 'Zoom out'], expand: ['Mở rộng', 'Expand'],
    levels: ['Cấp độ đối tác', 'Partnership levels'], facts: ['Thông tin', 'Facts'], source: ['Nguồn', 'Source'],
    open: ['Mở trang dữ liệu', 'Open linked-data page'], inView: ['Các nút đang hiển thị', 'Nodes in view'],
    allTime: ['Mọi thời điểm', 'All time'], run: ['Chạy', 'Run'], examples: ['Truy vấn mẫu', 'Example queries'],
    showGraph: ['Xem dạng đồ thị', 'Show as graph'], loading: ['Đang tải…', 'Loading…'], none: ['Không có kết quả', 'No results'],
    SpecialRelationship: ['Quan hệ đặc biệt', 'Special relationship'],
    ComprehensiveStrategicPartnership: ['Đối tác chiến lược toàn diện', 'Comprehensive strategic partnership'],
    StrategicPartnership: ['Đối tác chiến lược', 'Strategic partnership'],
    ExtensiveStrategicPartnership: ['Đối tác chiến lược sâu rộng', 'Extensive strategic partnership'],
    ComprehensivePartnership: ['Đối tác toàn diện', 'Comprehensive partnership']
  };
  K.lang = localStorage.getItem('diplokg.lang') || 'vi';
  K.t = key => (words[key] || [key, key])[K.lang === 'vi' ? 0 : 1];
  K.apply = () => {
    document.documentElement.lang = K.lang;
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = K.t(el.dataset.i18n); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = K.t(el.dataset.i18nPlaceholder); });
    document.querySelectorAll('.lang button').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.lang === K.lang)));
  };
  K.setLang = l => { K.lang = l; localStorage.setItem('diplokg.lang', l); K.apply(); document.dispatchEvent(new Event('diplokg:lang')); };
  K.header = active => `
    <a class="brand" href="/">DiploKG</a>
    <nav aria-label="main">
      <a href="/" data-i18n="home"></a><a href="/graph" data-i18n="explorer"></a><a href="/sparql" data-i18n="editor"></a>
      <a href="/api/queries" data-i18n="queries"></a><a href="/dumps/diplokg.trig.gz" data-i18n="dumps"></a><a href="/ontology" data-i18n="ontology"></a>
    </nav>
    <span class="lang" role="group" aria-label="language"><button data-lang="vi">VI</button> <button data-lang="en">EN</button></span>`;
  K.mountHeader = () => {
    const h = document.querySelector('header.top');
    h.innerHTML = K.header();
    h.querySelectorAll('.lang button').forEach(b => b.addEventListener('click', () => K.setLang(b.dataset.lang)));
    K.apply();
  };
  K.esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
  // search box with suggestions (used by home and explorer)
  K.searchBox = (input, list, onPick) => {
    let timer;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (!q) { list.innerHTML = ''; return; }
      timer = setTimeout(async () => {
        const r = await fetch('/api/search?limit=10&q=' + encodeURIComponent(q));
        const hits = r.ok ? await r.json() : [];
        list.innerHTML = hits.length ? hits.map(h => `<li><a href="#" data-iri="${K.esc(h.iri)}">${K.esc(h.label)}<span class="type">${K.esc(h.type || '')}</span></a></li>`).join('')
          : `<li class="muted">${K.t('none')}</li>`;
        list.querySelectorAll('a').forEach(a => a.addEventListener('click', e => { e.preventDefault(); list.innerHTML = ''; onPick(a.dataset.iri); }));
      }, 150);
    });
  };
})(window.DiploKG);
