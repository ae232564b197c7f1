async function refresh() {
  const cs = await ph.get('classes'), all = document.getElementById('all').checked;
  const body = document.querySelector('#classes tbody');
  body.innerHTML = '';
  for (const c of cs) {
    if (c.internal && !all) continue;
    const tr = document.createElement('tr');
    tr.innerHTML = ('<td>' + (ph.esc(c.name)) + '</td><td>' + (c.internal ? 'internal' : 'v' + c.version) + '</td><td>' + (c.current ? 'current' : 'old') + '</td>')
      + ('<td>' + (c.instances) + '</td><td>' + (c.frames) + '</td>');
    body.appendChild(tr);
  }
  if (!body.children.length) body.innerHTML = '<tr><td colspan="5">no classes loaded</td></tr>';
  ph.show(true, '');
}
document.getElementById('all').onchange = () => refresh().catch(x => ph.show(false, x.message));
ph.every(5000, refresh);
