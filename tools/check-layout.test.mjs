// Tests of tools/check-layout.mjs: each rule catches its case on a tiny model. Run: npm test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLayout } from './check-layout.mjs';

const NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
  + 'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
  + 'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"';

const model = (process, plane, more = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NS} id="Definitions_1" targetNamespace="https://example.org/bpmn">
  <bpmn:process id="P" isExecutable="true">${process}</bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_P"><bpmndi:BPMNPlane id="Plane_P" bpmnElement="P">${plane}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
  ${more}
</bpmn:definitions>`;
const label = l => l ? `<bpmndi:BPMNLabel><dc:Bounds x="${l[0]}" y="${l[1]}" width="${l[2]}" height="${l[3]}" /></bpmndi:BPMNLabel>` : '';
const shape = (id, [x, y, w, h], l, attrs = '') =>
  `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}" ${attrs}><dc:Bounds x="${x}" y="${y}" width="${w}" height="${h}" />${label(l)}</bpmndi:BPMNShape>`;
const edge = (id, points, l) =>
  `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">${points.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join('')}${label(l)}</bpmndi:BPMNEdge>`;
const flow = (id, source, target, name) => `<bpmn:sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}"${name ? ` name="${name}"` : ''} />`;

// Start (named) -> task -> end (named), on one line, labels below the events.
const cleanProcess = `<bpmn:startEvent id="Start" name="Order received" /><bpmn:task id="Task" name="Check order" />
  <bpmn:endEvent id="End" name="Order checked" />${flow('F1', 'Start', 'Task')}${flow('F2', 'Task', 'End')}`;
const cleanPlane = shape('Start', [100, 100, 36, 36], [80, 143, 76, 14]) + shape('Task', [200, 78, 100, 80])
  + shape('End', [360, 100, 36, 36], [340, 143, 76, 14]) + edge('F1', [[136, 118], [200, 118]]) + edge('F2', [[300, 118], [360, 118]]);

const problems = xml => checkLayout(xml, 'm.bpmn');

test('a clean model passes', async () => {
  assert.deepEqual(await problems(model(cleanProcess, cleanPlane)), []);
});

test('a flow through a shape that is not its source or target fails', async () => {
  const process = cleanProcess + '<bpmn:endEvent id="Other" />' + flow('F3', 'Start', 'Other');
  const plane = cleanPlane + shape('Other', [500, 232, 36, 36])
    + edge('F3', [[118, 100], [118, 60], [250, 60], [250, 250], [500, 250]]);
  const found = await problems(model(process, plane));
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^m\.bpmn \[P\]: flow F3 passes through Task \("Check order"\) \(segment 3: \(250,60\)-\(250,250\)\)/);
});

test('a flow along the outline of a shape, or inside its subprocess, passes', async () => {
  const process = `<bpmn:startEvent id="Start" /><bpmn:subProcess id="Sub"><bpmn:startEvent id="In" /><bpmn:endEvent id="Out" />
    ${flow('Inner', 'In', 'Out')}</bpmn:subProcess><bpmn:endEvent id="End" />${flow('F1', 'Start', 'Sub')}${flow('F2', 'Start', 'End')}`;
  const plane = shape('Start', [0, 100, 36, 36]) + shape('Sub', [100, 50, 300, 150], null, 'isExpanded="true"')
    + shape('In', [150, 100, 36, 36]) + shape('Out', [300, 100, 36, 36]) + shape('End', [500, 100, 36, 36])
    + edge('F1', [[36, 118], [100, 118]]) + edge('Inner', [[186, 118], [300, 118]])
    + edge('F2', [[18, 136], [18, 200], [518, 200], [518, 136]]);
  assert.deepEqual(await problems(model(process, plane)), []);
});

test('two flows on one line fail', async () => {
  const process = `<bpmn:exclusiveGateway id="G" /><bpmn:task id="A" /><bpmn:task id="B" />${flow('FA', 'G', 'A')}${flow('FB', 'G', 'B')}`;
  const plane = shape('G', [0, 100, 50, 50]) + shape('A', [200, 0, 100, 80]) + shape('B', [200, 200, 100, 80])
    + edge('FA', [[50, 125], [150, 125], [150, 40], [200, 40]]) + edge('FB', [[50, 125], [150, 125], [150, 240], [200, 240]]);
  const found = await problems(model(process, plane));
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /flows FA and FB share a line for 100 px/);
});

test('flows that only meet at a gateway pass', async () => {
  const process = `<bpmn:exclusiveGateway id="G" /><bpmn:task id="A" /><bpmn:task id="B" />${flow('FA', 'G', 'A')}${flow('FB', 'G', 'B')}`;
  const plane = shape('G', [0, 100, 50, 50]) + shape('A', [200, 0, 100, 80]) + shape('B', [200, 200, 100, 80])
    + edge('FA', [[25, 100], [25, 40], [200, 40]]) + edge('FB', [[25, 150], [25, 240], [200, 240]]);
  assert.deepEqual(await problems(model(process, plane)), []);
});

// A flow snaking across a straight one, crossing it `times` times.
const crossings = times => {
  const process = `<bpmn:startEvent id="S1" /><bpmn:endEvent id="E1" /><bpmn:startEvent id="S2" /><bpmn:endEvent id="E2" />
    ${flow('Straight', 'S1', 'E1')}${flow('Snake', 'S2', 'E2')}`;
  const snake = [[100, 36]];
  for (let i = 0; i < times; i++) {
    const x = 100 + i * 100, [from, to] = i % 2 ? [250, 50] : [50, 250];
    if (i) snake.push([x, from]);
    snake.push([x, to]);
  }
  const end = snake[snake.length - 1];
  snake.push([end[0] + 50, end[1]]);
  const plane = shape('S1', [0, 132, 36, 36]) + shape('E1', [800, 132, 36, 36]) + edge('Straight', [[36, 150], [800, 150]])
    + shape('S2', [82, 0, 36, 36]) + shape('E2', [end[0] + 50, end[1] - 18, 36, 36]) + edge('Snake', snake);
  return model(process, plane);
};

test('two crossings pass, three fail', async () => {
  assert.deepEqual(await problems(crossings(2)), []);
  const found = await problems(crossings(3));
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /3 crossings between flows \(at most 2\): Straight × Snake at \(100,150\)/);
});

test('a named event or flow without a label position fails; a task needs none', async () => {
  const process = cleanProcess.replace('id="F1"', 'id="F1" name="go"');
  const plane = cleanPlane.replace(/<bpmndi:BPMNLabel>.*?<\/bpmndi:BPMNLabel>/, '');
  const found = await problems(model(process, plane));
  assert.deepEqual(found.map(p => p.replace(/^m\.bpmn \[P\]: /, '')), [
    'Start ("Order received") has no label position (bpmndi:BPMNLabel with dc:Bounds)',
    'F1 ("go") has no label position (bpmndi:BPMNLabel with dc:Bounds)'
  ]);
});

test('labels on each other fail', async () => {
  const plane = cleanPlane.replace('x="340" y="143"', 'x="100" y="150"');
  const found = await problems(model(cleanProcess, plane));
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /labels of Start and End overlap/);
});

test('a label on a shape fails, on its own shape too', async () => {
  const plane = cleanPlane.replace('x="80" y="143"', 'x="180" y="100"').replace('x="340" y="143"', 'x="365" y="105"');
  const found = await problems(model(cleanProcess, plane));
  assert.deepEqual(found.map(p => p.replace(/^m\.bpmn \[P\]: /, '')).sort(), [
    'label of End overlaps its own shape',
    'label of Start overlaps shape Task'
  ]);
});

test('a flow through a label fails', async () => {
  const plane = cleanPlane.replace('x="340" y="143"', 'x="310" y="112"');
  const found = await problems(model(cleanProcess, plane));
  assert.ok(found.some(p => /flow F2 runs through the label of End/.test(p)), found.join('\n'));
});

test('shapes on top of each other fail; a boundary event on its host passes', async () => {
  const process = cleanProcess + '<bpmn:boundaryEvent id="Timer" attachedToRef="Task" /><bpmn:task id="Twin" />';
  const plane = cleanPlane + shape('Timer', [260, 140, 36, 36]) + shape('Twin', [210, 170, 100, 80]);
  const found = await problems(model(process, plane));
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /shapes Timer and Twin overlap/);
});

test('each diagram counts on its own: a drill-down plane and a collapsed subprocess drawn on its parent', async () => {
  // Two crossings in the process and two in the subprocess: each diagram has two, which passes.
  const twice = crossings(2);
  const [, process] = twice.match(/<bpmn:process id="P" isExecutable="true">([\s\S]*)<\/bpmn:process>/);
  const [, plane] = twice.match(/<bpmndi:BPMNPlane id="Plane_P" bpmnElement="P">([\s\S]*)<\/bpmndi:BPMNPlane>/);
  const inner = process.replace(/id="(\w+)"/g, 'id="$1_in"').replace(/Ref="(\w+)"/g, 'Ref="$1_in"');
  const innerPlane = plane.replace(/(id|bpmnElement)="(\w+?)(_di)?"/g, (m, attr, id, di) => `${attr}="${id}_in${di || ''}"`);
  const withSub = `${process}<bpmn:subProcess id="Sub">${inner}</bpmn:subProcess>`;
  const subShape = shape('Sub', [900, 100, 100, 80]);

  // The subprocess's own BPMNDiagram (Camunda Modeler's drill-down).
  const ownDiagram = `<bpmndi:BPMNDiagram id="Diagram_Sub"><bpmndi:BPMNPlane id="Plane_Sub" bpmnElement="Sub">${innerPlane}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`;
  assert.deepEqual(await problems(model(withSub, plane + subShape, ownDiagram)), []);
  // Its contents on the parent's plane, the subprocess collapsed: bpmn-js shows them behind a drill-down.
  assert.deepEqual(await problems(model(withSub, plane + subShape + innerPlane)), []);
  // Three crossings in the drill-down fail and name it.
  const threeInside = crossings(3).match(/<bpmndi:BPMNPlane id="Plane_P" bpmnElement="P">([\s\S]*)<\/bpmndi:BPMNPlane>/)[1]
    .replace(/(id|bpmnElement)="(\w+?)(_di)?"/g, (m, attr, id, di) => `${attr}="${id}_in${di || ''}"`);
  const found = await problems(model(withSub, plane + subShape + threeInside));
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^m\.bpmn \[Sub \(drill-down\)\]: 3 crossings/);
});

test('a label sticking out of its subprocess fails', async () => {
  const process = `<bpmn:subProcess id="Sub"><bpmn:startEvent id="In" name="Inner start" /></bpmn:subProcess>`;
  const inside = shape('Sub', [0, 0, 300, 150], null, 'isExpanded="true"') + shape('In', [50, 50, 36, 36], [40, 90, 60, 14]);
  assert.deepEqual(await problems(model(process, inside)), []);
  const found = await problems(model(process, inside.replace('x="40" y="90"', 'x="40" y="140"')));
  assert.deepEqual(found, ['m.bpmn [P]: label of In sticks out of Sub']);
});
