const { buildDocument, renderFormat } = await import('./dist/pipeline.js');
const { layoutDocument } = await import('./dist/layout/layout-document.js');
const { createTextMetrics } = await import('./dist/fonts/measure.js');
const { writePdf } = await import('./dist/pdf/write-pdf.js');
for (const n of [1000, 10000]) {
  let t = performance.now();
  const lap = (l) => { const x = performance.now(); console.log(n, l, (x - t).toFixed(0)); t = x; };
  const b = await buildDocument(`/tmp/big-${n}.yaml`); lap('build');
  await renderFormat(b.document, 'docx'); lap('docx');
  const paged = layoutDocument(b.document, createTextMetrics()); lap('layout');
  await writePdf(paged); lap('writePdf');
  console.log('heap MB', (process.memoryUsage().heapUsed / 1e6).toFixed(0), 'rss', (process.memoryUsage().rss / 1e6).toFixed(0));
}
