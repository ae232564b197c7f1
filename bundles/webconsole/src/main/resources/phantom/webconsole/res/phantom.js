// shared by the Phantom pages: JSON from the page's plugin root, actions by POST, errors shown on the page
const ph = {
  async get(name, params) {
    const q = params ? '?' + new URLSearchParams(params) : '';
    const r = await fetch(PLUGIN_ROOT + '/' + name + '.json' + q, { credentials: 'same-origin' });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  },
  async post(name, params) {
    const r = await fetch(PLUGIN_ROOT + '/' + name, { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(params) });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  },
  esc(s) { return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c])); },
  show(ok, text) {
    const e = document.getElementById('ph-error'), m = document.getElementById('ph-message');
    if (e) e.textContent = ok ? '' : text;
    if (m) m.textContent = ok ? (text || '') : '';
  },
  every(ms, f) { const run = async () => { try { await f(); } catch (x) { ph.show(false, x.message); } }; run(); return setInterval(run, ms); },
  bars(canvas, values, color, label) {
    const c = canvas.getContext('2d'), w = canvas.width, h = canvas.height;
    c.clearRect(0, 0, w, h);
    const max = Math.max(1, ...values);
    const bw = values.length ? w / values.length : w;
    c.fillStyle = color;
    values.forEach((v, i) => { const bh = (v / max) * (h - 14); c.fillRect(i * bw + 1, h - bh, Math.max(1, bw - 2), bh); });
    c.fillStyle = '#000'; c.font = '11px sans-serif'; c.fillText(label + ' (max ' + max + ')', 4, 11);
  },
};
