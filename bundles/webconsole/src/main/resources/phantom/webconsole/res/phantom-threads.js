async function act(name, id, extra) {
  try { const r = await ph.post(name, Object.assign({ id }, extra || {})); ph.show(true, r.message); await refresh(); }
  catch (x) { ph.show(false, x.message); }
}
async function stack(id) {
  try { const s = await ph.get('stack', { id }); document.getElementById('stack-title').textContent = 'stack of thread ' + id;
    document.getElementById('stack').textContent = s.frames.join('\n') || '(no frames)'; }
  catch (x) { ph.show(false, x.message); }
}
async function refresh() {
  const ts = await ph.get('threads');
  const body = document.querySelector('#threads tbody');
  body.innerHTML = ts.length ? '' : '<tr><td colspan="7">no threads</td></tr>';
  for (const t of ts) {
    const tr = document.createElement('tr');
    tr.id = 'thread-' + t.id;
    tr.innerHTML = ('<td>' + (t.id) + '</td><td>' + (ph.esc(t.name)) + '</td><td class="state">' + (ph.esc(t.state)) + '</td><td>' + (ph.esc(t.priority)) + '</td>')
      + ('<td>' + (ph.esc(t.where)) + '</td><td>' + (ph.esc(t.waitsOn)) + '</td><td>')
      + ('<button class="suspend" onclick="act(\'suspend\', ' + (t.id) + ')">suspend</button>')
      + ('<button class="resume" onclick="act(\'resume\', ' + (t.id) + ')">resume</button>')
      + ('<button class="kill" onclick="if (confirm(\'kill thread ' + (t.id) + '?\')) act(\'kill\', ' + (t.id) + ')">kill</button>')
      + ('<select class="priority" onchange="act(\'priority\', ' + (t.id) + ', { priority: this.value })">')
      + ['normal', 'realtime', 'idle'].map(p => ('<option' + (p === t.priority ? ' selected' : '') + '>' + (p) + '</option>')).join('') + ('</select>')
      + ('<button class="stack" onclick="stack(' + (t.id) + ')">stack</button> <a href="phantom-tty#tty-' + (t.id) + '">tty</a></td>');
    body.appendChild(tr);
  }
}
ph.every(2000, refresh);
