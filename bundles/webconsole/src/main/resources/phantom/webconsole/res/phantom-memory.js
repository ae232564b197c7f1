const colours = { f: '#dddddd', a: '#44aa77', d: '#ee8800', w: '#dd2222' };
async function refresh() {
  const m = await ph.get('map');
  const n = m.cells.length, cols = 256, rows = Math.ceil(n / cols), size = 4;
  const cv = document.getElementById('map');
  cv.width = cols * size; cv.height = rows * size;
  const c = cv.getContext('2d');
  for (let i = 0; i < n; i++) { c.fillStyle = colours[m.cells[i]]; c.fillRect((i % cols) * size, Math.floor(i / cols) * size, size, size); }
  cv.dataset.rendered = String(n);
  document.getElementById('per').textContent = ('' + (m.pages) + ' pages of ' + (m.pageSize) + ' bytes, ' + (m.pagesPerCell) + ' per cell, epoch ' + (m.epoch));
  document.getElementById('counts').textContent = ('free ' + (m.free) + ', allocated ' + (m.allocated) + ', dirty ' + (m.dirty) + ', being written ' + (m.writing));
  ph.show(true, '');
}
ph.every(1000, refresh);
