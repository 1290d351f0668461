// The review page: the queue of doubtful claims, each sentence with its span marked, and accept / reject / correct.
(function (K) {
  const words = {
    title: ['Thẩm định dữ kiện', 'Review of extracted facts'],
    intro: ['Dữ kiện có độ tin cậy thấp hoặc mâu thuẫn giữa các nguồn. Dán token có quyền "review" để quyết định.',
      'Facts with a low confidence or in conflict between sources. Paste a token with the "review" scope to decide.'],
    token: ['Token', 'Token'], status: ['Trạng thái', 'Status'], show: ['Hiển thị', 'Show'],
    keys: ['Phím: j/k chuyển mục, a chấp nhận, r bác bỏ, c sửa (trong mục đang chọn).',
      'Keys: j/k move between items, a accept, r reject, c correct (in the selected item).'],
    prev: ['‹ Trước', '‹ Previous'], next: ['Sau ›', 'Next ›'],
    accept: ['Chấp nhận', 'Accept'], reject: ['Bác bỏ', 'Reject'], correct: ['Sửa', 'Correct'],
    comment: ['Ghi chú', 'Comment'], value: ['Giá trị đúng', 'Right value'], property: ['Thuộc tính', 'Property'],
    confidence: ['Độ tin cậy', 'Confidence'], rule: ['Luật', 'Rule'], article: ['Bài báo', 'Article'],
    'low-confidence': ['độ tin cậy thấp', 'low confidence'], conflict: ['mâu thuẫn', 'conflict'],
    others: ['Nguồn khác nói', 'Other sources say'], empty: ['Không có mục nào.', 'Nothing to review.'],
    noToken: ['Hãy dán token trước.', 'Paste a token first.'], done: ['Đã ghi quyết định', 'Decision recorded'],
    decided: ['Quyết định', 'Decision'], noText: ['(không có văn bản bài báo)', '(article text not stored)']
  };
  const t = k => (words[k] || [k, k])[K.lang === 'vi' ? 0 : 1];
  const $ = s => document.querySelector(s);
  const state = { offset: 0, limit: 10, total: 0 };
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) e.setAttribute(k, v); });
    children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(String(c ?? ''))));
    return e;
  };
  const local = iri => String(iri || '').replace(/^.*[#/]/, '');

  function labels() {
    document.querySelectorAll('[data-r]').forEach(e => { e.textContent = t(e.dataset.r); });
  }

  function sentence(ev) {
    if (!ev || ev.text == null) return el('p', { class: 'muted' }, t('noText'));
    return el('blockquote', { class: 'sentence' }, ev.before, el('mark', {}, ev.text), ev.after);
  }

  function item(it, n) {
    const box = el('article', { class: 'card review-item', tabindex: '0', 'data-id': it.id, 'aria-labelledby': 'h-' + it.id });
    box.append(el('h2', { id: 'h-' + it.id, class: 'fact' }, el('a', { href: it.fact }, local(it.fact)), ' ',
      el('span', { class: 'type' }, it.reasons.map(t).join(' · '))));
    box.append(sentence(it.evidence));
    const meta = el('p', { class: 'muted' }, t('confidence') + ': ' + (it.confidence ?? '–') + ' · ' + t('rule') + ': ' + (it.rule ?? '–') + ' · ' + t('article') + ': ',
      el('a', { href: it.articleUrl || it.article }, it.articleTitle || local(it.article)));
    box.append(meta);
    if (it.property) {
      box.append(el('p', { class: 'conflict' }, local(it.property) + ' = ', el('strong', {}, it.value), ' · ' + t('others') + ': ',
        it.others.map(o => o.value).join(', ')));
    }
    if (it.decision) {
      box.append(el('p', { class: 'decision' }, t('decided') + ': ' + t(it.decision.outcome) + ' · ' + it.decision.who + ' · ' + it.decision.at
        + (it.decision.comment ? ' · ' + it.decision.comment : '')));
      return box;
    }
    const form = el('form', { class: 'decide', 'data-id': it.id });
    const idc = 'c-' + it.id, idv = 'v-' + it.id, idp = 'p-' + it.id;
    form.append(el('label', { for: idc }, t('comment')), el('input', { id: idc, name: 'comment', type: 'text', size: '30' }));
    form.append(el('label', { for: idv }, t('value')), el('input', { id: idv, name: 'value', type: 'text', size: '16', value: it.value || '' }));
    if (!it.property) {
      form.append(el('label', { for: idp }, t('property')), el('input', { id: idp, name: 'property', type: 'text', size: '14', placeholder: 'dk:startDate' }));
    }
    form.append(el('button', { type: 'submit', name: 'action', value: 'accept', class: 'accept' }, t('accept')),
      el('button', { type: 'submit', name: 'action', value: 'reject', class: 'reject' }, t('reject')),
      el('button', { type: 'submit', name: 'action', value: 'correct', class: 'correct' }, t('correct')));
    form.addEventListener('submit', e => { e.preventDefault(); decide(form, e.submitter ? e.submitter.value : 'accept'); });
    box.append(form);
    return box;
  }

  async function load() {
    const status = $('#status').value;
    const r = await fetch(`/api/review?status=${encodeURIComponent(status)}&limit=${state.limit}&offset=${state.offset}`);
    const page = await r.json();
    if (!r.ok) { $('#message').textContent = page.detail || r.status; return; }
    state.total = page.total;
    const list = $('#items');
    list.replaceChildren(...(page.items.length ? page.items.map(item) : [el('p', { class: 'muted' }, t('empty'))]));
    $('#range').textContent = page.total ? `${state.offset + 1}–${state.offset + page.items.length} / ${page.total}` : '0';
    $('#prev').disabled = state.offset === 0;
    $('#next').disabled = state.offset + state.limit >= page.total;
    document.body.dataset.loaded = String(Date.now());
  }

  async function decide(form, action) {
    const token = $('#token').value.trim();
    if (!token) { $('#message').textContent = t('noToken'); $('#token').focus(); return; }
    sessionStorage.setItem('diplokg.reviewToken', token);
    const body = { action, comment: form.comment.value || null };
    if (action === 'correct') {
      body.value = form.value.value;
      if (form.property) body.property = form.property.value || null;
    }
    const r = await fetch('/api/review/' + encodeURIComponent(form.dataset.id), {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token }, body: JSON.stringify(body)
    });
    const answer = await r.json().catch(() => ({}));
    $('#message').textContent = r.ok ? `${t('done')}: ${t(answer.status)} (${local(answer.fact)})` : `${r.status} ${answer.detail || ''}`;
    if (r.ok) {
      await load();
      const first = document.querySelector('.review-item');
      if (first) first.focus();
    }
  }

  function move(step) {
    const items = [...document.querySelectorAll('.review-item')];
    if (!items.length) return;
    const at = items.indexOf(document.activeElement.closest('.review-item'));
    const next = items[Math.max(0, Math.min(items.length - 1, at + step))];
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
  }

  document.addEventListener('keydown', e => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.target.matches('input, select, textarea')) return;
    const current = document.activeElement.closest('.review-item');
    if (e.key === 'j') { move(1); e.preventDefault(); }
    else if (e.key === 'k') { move(-1); e.preventDefault(); }
    else if (current && ['a', 'r', 'c'].includes(e.key)) {
      const button = current.querySelector({ a: 'button.accept', r: 'button.reject', c: 'button.correct' }[e.key]);
      if (button) { button.click(); e.preventDefault(); }
    }
  });

  K.mountHeader();
  labels();
  document.addEventListener('diplokg:lang', () => { labels(); load(); });
  $('#token').value = sessionStorage.getItem('diplokg.reviewToken') || '';
  $('#settings').addEventListener('submit', e => { e.preventDefault(); state.offset = 0; load(); });
  $('#prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - state.limit); load(); });
  $('#next').addEventListener('click', () => { state.offset += state.limit; load(); });
  load();
})(window.DiploKG);
