// Adds diagram interchange (shapes and edges) to a BPMN file written by hand, so that
// Modeler, Cockpit and bpmnlint's no-bpmndi rule see a drawable model.
// Usage: npm run layout -- processes/<model>.bpmn
import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle } from 'bpmn-moddle';
import fs from 'fs';

const file = process.argv[2];
const moddle = new BpmnModdle();
const laidOut = await layoutProcess(fs.readFileSync(file, 'utf8'));
const { rootElement: definitions } = await moddle.fromXML(laidOut);

// bpmn-auto-layout stacks several boundary events of one task on top of each other: spread them.
for (const diagram of definitions.diagrams) {
  const shapes = diagram.plane.planeElement.filter(e => e.$type === 'bpmndi:BPMNShape');
  const edges = diagram.plane.planeElement.filter(e => e.$type === 'bpmndi:BPMNEdge');
  const byHost = new Map();
  for (const shape of shapes) {
    const host = shape.bpmnElement.attachedToRef;
    if (host) byHost.set(host, [...(byHost.get(host) || []), shape]);
  }
  for (const [host, boundaryShapes] of byHost) {
    const hostShape = shapes.find(s => s.bpmnElement === host);
    boundaryShapes.forEach((shape, i) => {
      const dx = hostShape.bounds.x + 8 + i * 46 - shape.bounds.x;
      shape.bounds.x += dx;
      for (const edge of edges.filter(e => e.bpmnElement.sourceRef === shape.bpmnElement)) {
        edge.waypoint[0].x += dx;
        if (edge.waypoint.length > 2 && edge.waypoint[1].x === edge.waypoint[0].x - dx) edge.waypoint[1].x += dx;
      }
    });
  }
}
const { xml } = await moddle.toXML(definitions, { format: true });
fs.writeFileSync(file, xml + '\n');
