const trail = [];
async function show(ref) {
  try {
    const o = await ph.get('object', { ref });
    ph.show(true, '');
    document.getElementById('ref').value = ref;
    document.getElementById('title').textContent = ref == 0 ? 'root slots'
      : ('' + (o.className) + ' @' + (o.ref) + ', ' + (o.refCount) + ' references to it, ' + (o.dataBytes) + ' data bytes') + (o.text != null ? ': ' + o.text : '');
    const body = document.querySelector('#fields tbody');
    body.innerHTML = o.fields.length ? '' : '<tr><td colspan="2">no fields</td></tr>';
    for (const f of o.fields) {
      const tr = document.createElement('tr');
      const v = f.ref ? ('<a href="#" class="ref" onclick="show(' + (f.ref) + '); return false">' + (ph.esc(f.value)) + ' @' + (f.ref) + '</a>') : ph.esc(f.value);
      tr.innerHTML = ('<td>' + (ph.esc(f.name)) + '</td><td>' + (v) + '</td>');
      body.appendChild(tr);
    }
    if (trail[trail.length - 1] !== ref) trail.push(ref);
    document.getElementById('path').innerHTML = 'Path: ' + trail.slice(-8).map(r => ('<a href="#" onclick="show(' + (r) + '); return false">' + (r == 0 ? 'roots' : '@' + r) + '</a>')).join(' / ');
  } catch (x) { ph.show(false, x.message); }
}
document.getElementById('go').onsubmit = e => { e.preventDefault(); show(document.getElementById('ref').value.trim() || 0); };
document.getElementById('roots').onclick = () => show(0);
show(0);
