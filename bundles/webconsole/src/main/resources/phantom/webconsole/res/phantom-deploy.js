async function rollback(bsn) {
  try { const r = await ph.post('rollback', { symbolicName: bsn }); ph.show(true, r.message); await refresh(); }
  catch (x) { ph.show(false, x.message); }
}
document.getElementById('up').onsubmit = async e => {
  e.preventDefault();
  const f = document.getElementById('jar').files[0];
  if (!f) { ph.show(false, 'choose a bundle jar first'); return; }
  try {
    const r = await fetch(PLUGIN_ROOT + '/upload', { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/java-archive' }, body: f });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    ph.show(true, body.message);
    setTimeout(refresh, 1500);
  } catch (x) { ph.show(false, x.message); }
};
async function refresh() {
  const d = await ph.get('bundles');
  document.getElementById('folder').textContent = d.folder || '(none)';
  const body = document.querySelector('#bundles tbody');
  body.innerHTML = '';
  for (const b of d.bundles) {
    const tr = document.createElement('tr');
    tr.innerHTML = '<td>' + b.id + '</td><td>' + ph.esc(b.symbolicName) + '</td><td>' + ph.esc(b.version) + '</td><td>' + ph.esc(b.state) + '</td><td>'
      + (b.deployed ? ph.esc(b.deployed) + ' <button class="rollback" data-bsn="' + ph.esc(b.symbolicName) + '">roll back</button>' : 'shipped build') + '</td>';
    body.appendChild(tr);
  }
  body.querySelectorAll('button.rollback').forEach(b => b.onclick = () => rollback(b.dataset.bsn));
}
ph.every(3000, refresh);
