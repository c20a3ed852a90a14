// Renders each process model as Cockpit draws it (bpmn-js NavigatedViewer, zoom 'fit-viewport')
// in headless Chromium and writes docs/processes/<model>.png; a collapsed subprocess's own
// diagram (drill-down) goes to docs/processes/<model>--<subprocess id>.png.
// Usage: npm run render [-- [--width=2000] [file.bpmn ...]]   (default: processes/*.bpmn)
// Chromium: CHROMIUM_PATH, else /usr/bin/chromium (Debian's package `chromium`).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const viewerScript = require.resolve('bpmn-js/dist/bpmn-navigated-viewer.production.min.js');
const viewerCss = ['bpmn-js/dist/assets/diagram-js.css', 'bpmn-js/dist/assets/bpmn-js.css']
  .map(asset => fs.readFileSync(require.resolve(asset), 'utf8')).join('\n');

const args = process.argv.slice(2);
const width = Number((args.find(a => a.startsWith('--width=')) || '--width=2000').split('=')[1]);
const outDir = path.join(root, 'docs', 'processes');
const files = args.filter(a => !a.startsWith('--'));
if (!files.length) {
  for (const name of fs.readdirSync(path.join(root, 'processes')).sort()) {
    if (name.endsWith('.bpmn')) files.push(path.join(root, 'processes', name));
  }
}
fs.mkdirSync(outDir, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--font-render-hinting=none']
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
  await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>${viewerCss}
    html, body { margin: 0; padding: 0; background: #fff; }
    #canvas { width: 100vw; height: 100vh; }
    .bjs-powered-by, .bjs-breadcrumbs, .bjs-drilldown { display: none !important; }
  </style></head><body><div id="canvas"></div></body></html>`);
  await page.addScriptTag({ path: viewerScript });

  for (const file of files) {
    const xml = fs.readFileSync(file, 'utf8');
    const model = path.basename(file, '.bpmn');
    // Drill-down pictures of an earlier drawing go; this one writes its own.
    for (const old of fs.readdirSync(outDir)) if (old.startsWith(`${model}--`)) fs.unlinkSync(path.join(outDir, old));
    const imported = await page.evaluate(async xml => {
      if (window.viewer) window.viewer.destroy();
      window.viewer = new BpmnJS({ container: '#canvas' });
      const { warnings } = await window.viewer.importXML(xml);
      const roots = window.viewer.get('canvas').getRootElements()
        .map(r => ({ id: r.id, subProcess: r.businessObject.$type !== 'bpmn:Process' && r.businessObject.$type !== 'bpmn:Collaboration' }));
      return { warnings: warnings.map(w => w.message), roots };
    }, xml);
    for (const warning of imported.warnings) console.warn(`${model}: bpmn-js: ${warning}`);

    for (const diagram of imported.roots) {
      // The diagram's size on its own, then a picture of that shape at the chosen width.
      const box = await page.evaluate(rootId => {
        const canvas = window.viewer.get('canvas');
        canvas.setRootElement(canvas.getRootElements().find(r => r.id === rootId));
        const { inner } = canvas.viewbox();
        return { width: inner.width, height: inner.height };
      }, diagram.id);
      if (!box.width || !box.height) continue;
      const margin = 40;
      // Natural size (zoom 1) when it fits the width, else scaled down to the width.
      const pictureWidth = Math.round(Math.min(width, box.width + 2 * margin));
      const height = Math.min(4000, Math.round(pictureWidth * (box.height + 2 * margin) / (box.width + 2 * margin)));
      await page.setViewport({ width: pictureWidth, height, deviceScaleFactor: 1 });
      const scale = await page.evaluate(async margin => {
        const canvas = window.viewer.get('canvas');
        canvas.resized();
        canvas.zoom('fit-viewport');
        // The same fit with a white margin round the diagram.
        const { inner } = canvas.viewbox();
        canvas.viewbox({ x: inner.x - margin, y: inner.y - margin, width: inner.width + 2 * margin, height: inner.height + 2 * margin });
        await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return canvas.zoom();
      }, margin);
      const name = diagram.subProcess ? `${model}--${diagram.id.replace(/_plane$/, '')}.png` : `${model}.png`;
      const out = path.join(outDir, name);
      await page.screenshot({ path: out });
      console.log(`${path.relative(process.cwd(), out)}: ${pictureWidth}x${height} px, zoom ${scale.toFixed(2)}`);
    }
  }
} finally {
  await browser.close();
}
