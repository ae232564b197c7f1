async function refresh() {
  const h = await ph.get('history');
  const s = h.snapshots;
  document.getElementById('n').textContent = s.length;
  document.getElementById('summary').textContent = ('newest durable generation ' + (h.lastDurable))
    + (h.ageMillis != null ? (', flipped ' + ((h.ageMillis / 1000).toFixed(1)) + ' s ago') : '')
    + (h.inProgress ? ('; generation ' + (h.inProgress.generation) + ' being written') : '')
    + (h.space ? ('; space: ' + (h.space.liveObjects) + ' live objects, ' + (h.space.liveBytes) + ' bytes') : '');
  ph.bars(document.getElementById('pause'), s.map(x => Math.round(x.pauseNanos / 1000)), '#47a', 'pause µs');
  ph.bars(document.getElementById('pages'), s.map(x => x.pages), '#4a7', 'pages written');
  ph.bars(document.getElementById('write'), s.map(x => x.writeMillis), '#a74', 'write ms');
  const g = h.collections;
  document.getElementById('gc').textContent = 'collector: ' + h.gcState;
  ph.bars(document.getElementById('freed'), g.map(x => x.freedObjects), '#a47', 'objects freed');
  ph.bars(document.getElementById('gctime'), g.map(x => x.markMillis + x.sweepMillis), '#777', 'mark + sweep ms');
  const body = document.querySelector('#runs tbody');
  body.innerHTML = g.length ? '' : '<tr><td colspan="7">no collection yet</td></tr>';
  for (const r of g.slice().reverse()) {
    const tr = document.createElement('tr');
    tr.innerHTML = ('<td>' + (r.generation) + '</td><td>' + (ph.esc(r.outcome)) + '</td><td>' + (r.freedObjects) + '</td><td>' + (r.freedBytes) + '</td><td>' + (r.marked) + '</td><td>' + (r.markMillis) + '</td><td>' + (r.sweepMillis) + '</td>');
    body.appendChild(tr);
  }
  ph.show(true, '');
}
ph.every(2000, refresh);
