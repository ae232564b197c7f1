const windows = new Map(); // thread id -> { el, pos }
function open(t) {
  const el = document.createElement('div');
  el.className = 'tty'; el.id = 'tty-' + t.id;
  el.innerHTML = ('<h3>' + (ph.esc(t.name)) + ' (thread ' + (t.id) + ') <span class="state"></span></h3><pre class="out"></pre>')
    + ('<form><input class="line" placeholder="a line for the program"> <button>send</button></form>');
  el.querySelector('form').onsubmit = async e => {
    e.preventDefault();
    const input = el.querySelector('.line');
    try { const r = await ph.post('input', { id: t.id, line: input.value }); input.value = ''; ph.show(true, r.message); }
    catch (x) { ph.show(false, x.message); }
  };
  document.getElementById('ttys').appendChild(el);
  windows.set(t.id, { el, pos: 0 });
}
async function refresh() {
  const ts = await ph.get('threads');
  const live = new Set(ts.map(t => t.id));
  for (const t of ts) { if (!windows.has(t.id)) open(t); windows.get(t.id).el.querySelector('.state').textContent = t.state; }
  for (const [id, w] of windows) if (!live.has(id)) { w.el.remove(); windows.delete(id); }
  for (const [id, w] of windows) {
    const o = await ph.get('output', { id, from: w.pos });
    if (o.text) {
      const out = w.el.querySelector('.out');
      if (w.pos < o.start) out.textContent = '';
      out.textContent += o.text;
      if (out.textContent.length > 70000) out.textContent = out.textContent.slice(-65536);
      out.scrollTop = out.scrollHeight;
    }
    w.pos = o.end;
  }
  if (!ts.length) document.getElementById('ttys').textContent = 'no programs';
  else if (document.getElementById('ttys').firstChild && document.getElementById('ttys').firstChild.nodeType === 3) document.getElementById('ttys').firstChild.remove();
}
ph.every(500, refresh);
