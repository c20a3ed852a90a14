// Checks the diagram interchange (the bpmndi part) of BPMN models for a layout a person can read
// in Cockpit. Fails (exit 1) when, in one diagram:
//   - a sequence flow passes through a shape that is not its source or target (nor a subprocess
//     or pool it lies in),
//   - two flows share a line segment,
//   - flows cross more than MAX_CROSSINGS times,
//   - a named event, gateway or flow has no label position (bpmndi:BPMNLabel with dc:Bounds),
//   - a label overlaps another label or a shape, sticks out of its subprocess, or a flow runs
//     through a label,
//   - two shapes overlap (other than a boundary event on its host or an element in its container).
// Every BPMNDiagram counts as a diagram of its own; so does a collapsed subprocess whose contents
// are drawn on its parent's plane (bpmn-js shows them behind a drill-down).
// Usage: node tools/check-layout.mjs [file.bpmn ...]   (default: processes/*.bpmn)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BpmnModdle } from 'bpmn-moddle';

export const MAX_CROSSINGS = 2;
const SHAPE_TOLERANCE = 2; // px a flow may graze a shape's outline
const SHARED_SEGMENT = 5; // px two flows may run on one line (where they meet)
const LABEL_TOLERANCE = 1; // px labels may touch

const CONTAINER_TYPES = ['bpmn:SubProcess', 'bpmn:Transaction', 'bpmn:AdHocSubProcess', 'bpmn:Participant', 'bpmn:Lane'];
const IGNORED_SHAPES = ['bpmn:Group', 'bpmn:Participant', 'bpmn:Lane'];

const isA = (element, types) => types.some(type => element.$instanceOf(type));
const hasExternalLabel = element =>
  isA(element, ['bpmn:Event', 'bpmn:Gateway', 'bpmn:SequenceFlow', 'bpmn:MessageFlow',
    'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:DataInput', 'bpmn:DataOutput']);
const isSubProcess = element => isA(element, ['bpmn:SubProcess']);

/** Checks one BPMN document; returns a list of problems, each a readable sentence. */
export async function checkLayout(xml, file = 'model') {
  const moddle = new BpmnModdle();
  const { rootElement: definitions } = await moddle.fromXML(xml);
  const problems = [];
  for (const diagram of definitions.diagrams || []) {
    for (const plane of splitPlanes(diagram.plane)) {
      for (const problem of checkPlane(plane)) problems.push(`${file} [${plane.name}]: ${problem}`);
    }
  }
  return problems;
}

/**
 * The diagrams bpmn-js shows for one BPMNPlane: the plane itself, and one per collapsed subprocess
 * whose contents are drawn on the same plane.
 */
function splitPlanes(plane) {
  const items = (plane.planeElement || []).filter(item => item.bpmnElement);
  const shapeOf = new Map(items.filter(i => i.$type === 'bpmndi:BPMNShape').map(i => [i.bpmnElement, i]));
  const root = plane.bpmnElement;
  const planes = new Map();
  const planeFor = key => {
    if (!planes.has(key)) planes.set(key, { name: key === root ? (root?.id || plane.id) : `${key.id} (drill-down)`, items: [], shapeOf });
    return planes.get(key);
  };
  planeFor(root);
  for (const item of items) {
    let owner = root;
    for (let parent = item.bpmnElement.$parent; parent && parent !== root; parent = parent.$parent) {
      const parentShape = shapeOf.get(parent);
      if (isSubProcess(parent) && parentShape && parentShape.isExpanded !== true) { owner = parent; break; }
    }
    planeFor(owner).items.push(item);
  }
  return [...planes.values()];
}

function checkPlane(plane) {
  const problems = [];
  const shapes = plane.items.filter(i => i.$type === 'bpmndi:BPMNShape' && i.bounds);
  const edges = plane.items.filter(i => i.$type === 'bpmndi:BPMNEdge' && (i.waypoint || []).length >= 2);
  const ancestors = element => {
    const list = [];
    for (let parent = element.$parent; parent; parent = parent.$parent) list.push(parent);
    return list;
  };
  const obstacles = shapes.filter(s => !isA(s.bpmnElement, IGNORED_SHAPES));

  // Named elements need a label position.
  for (const item of [...shapes, ...edges]) {
    const element = item.bpmnElement;
    if (hasExternalLabel(element) && (element.name || '').trim() && !item.label?.bounds) {
      problems.push(`${element.id} ("${element.name}") has no label position (bpmndi:BPMNLabel with dc:Bounds)`);
    }
  }

  // Shapes on top of each other.
  for (let i = 0; i < obstacles.length; i++) {
    for (let j = i + 1; j < obstacles.length; j++) {
      const a = obstacles[i], b = obstacles[j];
      const ea = a.bpmnElement, eb = b.bpmnElement;
      if (ea.attachedToRef === eb || eb.attachedToRef === ea) continue;
      if (ancestors(ea).includes(eb) || ancestors(eb).includes(ea)) continue;
      // Boundary events of an element inside a container sit on their host, which is inside too.
      if (ea.attachedToRef && ancestors(ea.attachedToRef).includes(eb)) continue;
      if (eb.attachedToRef && ancestors(eb.attachedToRef).includes(ea)) continue;
      if (overlap(rect(a.bounds), rect(b.bounds), SHAPE_TOLERANCE)) {
        problems.push(`shapes ${ea.id} and ${eb.id} overlap`);
      }
    }
  }

  // Flows through shapes.
  const segmentsOf = edge => edge.waypoint.slice(1).map((p, k) => [edge.waypoint[k], p]);
  for (const edge of edges) {
    const flow = edge.bpmnElement;
    const exempt = new Set([flow.sourceRef, flow.targetRef, ...ancestors(flow)]);
    for (const end of [flow.sourceRef, flow.targetRef]) {
      if (end?.attachedToRef) exempt.add(end.attachedToRef);
    }
    for (const shape of obstacles) {
      const element = shape.bpmnElement;
      if (exempt.has(element)) continue;
      // A flow may leave or enter an expanded subprocess through a boundary event or its edge.
      if ((flow.sourceRef && ancestors(flow.sourceRef).includes(element)) || (flow.targetRef && ancestors(flow.targetRef).includes(element))) continue;
      const hit = segmentsOf(edge).findIndex(seg => segmentHitsShape(seg, shape));
      if (hit >= 0) {
        problems.push(`flow ${flow.id} passes through ${element.id}${element.name ? ` ("${element.name}")` : ''} (segment ${hit + 1}: ${fmtSeg(segmentsOf(edge)[hit])})`);
      }
    }
  }

  // Two flows on one line, and crossings.
  const crossings = [];
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const a = edges[i], b = edges[j];
      let shared = null;
      for (const sa of segmentsOf(a)) {
        for (const sb of segmentsOf(b)) {
          const length = collinearOverlap(sa, sb);
          if (length > SHARED_SEGMENT && !shared) shared = { sa, length };
          const point = properCrossing(sa, sb);
          if (point) crossings.push(`${a.bpmnElement.id} × ${b.bpmnElement.id} at (${Math.round(point.x)},${Math.round(point.y)})`);
        }
      }
      if (shared) {
        problems.push(`flows ${a.bpmnElement.id} and ${b.bpmnElement.id} share a line for ${Math.round(shared.length)} px (${fmtSeg(shared.sa)})`);
      }
    }
  }
  if (crossings.length > MAX_CROSSINGS) {
    problems.push(`${crossings.length} crossings between flows (at most ${MAX_CROSSINGS}): ${crossings.join(', ')}`);
  }

  // Labels: on each other, on shapes, under flows.
  const labels = [...shapes, ...edges]
    .filter(item => item.label?.bounds && (item.bpmnElement.name || '').trim())
    .map(item => ({ item, element: item.bpmnElement, r: rect(item.label.bounds) }));
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (overlap(labels[i].r, labels[j].r, LABEL_TOLERANCE)) {
        problems.push(`labels of ${labels[i].element.id} and ${labels[j].element.id} overlap`);
      }
    }
    const label = labels[i];
    const containers = ancestors(label.element);
    for (const shape of obstacles) {
      const element = shape.bpmnElement;
      if (containers.includes(element) || (label.element.sourceRef && ancestors(label.element.sourceRef).includes(element))) {
        const box = rect(shape.bounds);
        if (!isA(element, IGNORED_SHAPES) && overlap(label.r, box, LABEL_TOLERANCE) && !inside(label.r, box)) {
          problems.push(`label of ${label.element.id} sticks out of ${element.id}`);
        }
        continue;
      }
      if (overlap(label.r, rect(shape.bounds), LABEL_TOLERANCE)) {
        problems.push(`label of ${label.element.id} overlaps ${element === label.element ? 'its own shape' : `shape ${element.id}`}`);
      }
    }
    for (const edge of edges) {
      if (edge.bpmnElement === label.element) continue;
      const hit = segmentsOf(edge).find(seg => segmentHitsRect(seg, label.r, LABEL_TOLERANCE));
      if (hit) problems.push(`flow ${edge.bpmnElement.id} runs through the label of ${label.element.id} (${fmtSeg(hit)})`);
    }
  }
  return problems;
}

// --- geometry -------------------------------------------------------------------------------

const rect = b => ({ x: b.x, y: b.y, w: b.width, h: b.height });
const fmtSeg = ([p, q]) => `(${Math.round(p.x)},${Math.round(p.y)})-(${Math.round(q.x)},${Math.round(q.y)})`;

const inside = (a, b) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

function overlap(a, b, tolerance) {
  const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return dx > tolerance && dy > tolerance;
}

/** Points along a segment, one per pixel. */
function* samples([p, q]) {
  const length = Math.hypot(q.x - p.x, q.y - p.y);
  const steps = Math.max(1, Math.ceil(length));
  for (let k = 0; k <= steps; k++) yield { x: p.x + (q.x - p.x) * k / steps, y: p.y + (q.y - p.y) * k / steps };
}

function segmentHitsRect(segment, r, tolerance) {
  const [p, q] = segment;
  if (Math.max(p.x, q.x) <= r.x + tolerance || Math.min(p.x, q.x) >= r.x + r.w - tolerance) return false;
  if (Math.max(p.y, q.y) <= r.y + tolerance || Math.min(p.y, q.y) >= r.y + r.h - tolerance) return false;
  for (const s of samples(segment)) {
    if (s.x > r.x + tolerance && s.x < r.x + r.w - tolerance && s.y > r.y + tolerance && s.y < r.y + r.h - tolerance) return true;
  }
  return false;
}

/** Whether a segment enters a shape's outline: a circle for events, a diamond for gateways, else a box. */
function segmentHitsShape(segment, shape) {
  const r = rect(shape.bounds);
  if (!segmentHitsRect(segment, r, SHAPE_TOLERANCE)) return false;
  const element = shape.bpmnElement;
  const cx = r.x + r.w / 2, cy = r.y + r.h / 2, hw = r.w / 2, hh = r.h / 2;
  const isCollapsed = !(isSubProcess(element) && shape.isExpanded === true);
  if (element.$instanceOf('bpmn:Event') && isCollapsed) {
    const radius = Math.min(hw, hh) - SHAPE_TOLERANCE;
    for (const s of samples(segment)) if (Math.hypot(s.x - cx, s.y - cy) < radius) return true;
    return false;
  }
  if (element.$instanceOf('bpmn:Gateway')) {
    const limit = 1 - SHAPE_TOLERANCE * 2 / (hw + hh);
    for (const s of samples(segment)) if (Math.abs(s.x - cx) / hw + Math.abs(s.y - cy) / hh < limit) return true;
    return false;
  }
  return true;
}

/** Length two segments run on one line (0 when they do not). */
function collinearOverlap([a1, a2], [b1, b2]) {
  const dx = a2.x - a1.x, dy = a2.y - a1.y;
  const length = Math.hypot(dx, dy);
  const lengthB = Math.hypot(b2.x - b1.x, b2.y - b1.y);
  if (length < 1 || lengthB < 1) return 0;
  const ux = dx / length, uy = dy / length;
  const cross = Math.abs(ux * (b2.y - b1.y) - uy * (b2.x - b1.x)) / lengthB;
  if (cross > 0.02) return 0; // not parallel
  const distance = p => Math.abs(ux * (p.y - a1.y) - uy * (p.x - a1.x));
  if (distance(b1) > 2 || distance(b2) > 2) return 0; // parallel, not on one line
  const t = p => ux * (p.x - a1.x) + uy * (p.y - a1.y);
  const [lo, hi] = [Math.min(t(b1), t(b2)), Math.max(t(b1), t(b2))];
  return Math.max(0, Math.min(length, hi) - Math.max(0, lo));
}

/** The point where two segments cross, strictly inside both; null when they do not. */
function properCrossing([p1, p2], [q1, q2]) {
  const rx = p2.x - p1.x, ry = p2.y - p1.y, sx = q2.x - q1.x, sy = q2.y - q1.y;
  const denominator = rx * sy - ry * sx;
  if (Math.abs(denominator) < 1e-9) return null;
  const t = ((q1.x - p1.x) * sy - (q1.y - p1.y) * sx) / denominator;
  const u = ((q1.x - p1.x) * ry - (q1.y - p1.y) * rx) / denominator;
  const lp = Math.hypot(rx, ry), lq = Math.hypot(sx, sy);
  const margin = 1; // px from either end: flows that meet at a shape do not cross
  if (t * lp <= margin || (1 - t) * lp <= margin || u * lq <= margin || (1 - u) * lq <= margin) return null;
  return { x: p1.x + t * rx, y: p1.y + t * ry };
}

// --- command line ---------------------------------------------------------------------------

async function main(args) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = args.length ? args : fs.readdirSync(path.join(root, 'processes'))
    .filter(name => name.endsWith('.bpmn')).sort().map(name => path.relative(process.cwd(), path.join(root, 'processes', name)));
  let failed = 0;
  for (const file of files) {
    const problems = await checkLayout(fs.readFileSync(file, 'utf8'), file);
    if (problems.length) {
      failed++;
      for (const problem of problems) console.error(problem);
    } else {
      console.log(`${file}: layout ok`);
    }
  }
  if (failed) {
    console.error(`check-layout: ${failed} of ${files.length} model(s) fail the layout rules`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
