// Checks a rendered diagram as a person sees it, from the boxes and text lengths Chromium computed:
// no two node boxes overlap, no text runs out of its box, every edge starts and ends on the border
// of the nodes it joins. Writes the verdict as JSON into a pre element with the id verdict.
(function () {
  var svg = document.querySelector('svg.groundwork-diagram');
  var problems = [];
  var TOLERANCE = 1.5;
  function box(rect) {
    return {x: rect.x.baseVal.value, y: rect.y.baseVal.value, w: rect.width.baseVal.value, h: rect.height.baseVal.value};
  }
  var nodes = Array.prototype.slice.call(svg.querySelectorAll('g.node'));
  var boxes = {};
  nodes.forEach(function (g) { boxes[g.id] = box(g.querySelector('rect.node-box')); });
  for (var i = 0; i < nodes.length; i++) {
    for (var j = i + 1; j < nodes.length; j++) {
      var a = boxes[nodes[i].id], b = boxes[nodes[j].id];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) {
        problems.push('overlap: ' + nodes[i].id + ' and ' + nodes[j].id);
      }
    }
  }
  function checkText(text, b, what) {
    var x = text.x.baseVal.getItem(0).value;
    var right = x + text.getComputedTextLength();
    if (x < b.x || right > b.x + b.w - 2) {
      problems.push('cut: ' + what + ' "' + text.textContent + '" ends at ' + right.toFixed(1)
          + ', its box at ' + (b.x + b.w).toFixed(1));
    }
  }
  nodes.forEach(function (g) {
    g.querySelectorAll('text').forEach(function (t) { checkText(t, boxes[g.id], g.id); });
  });
  svg.querySelectorAll('g.group').forEach(function (g) {
    checkText(g.querySelector('text'), box(g.querySelector('rect')), g.id);
  });
  function onBorder(p, b) {
    var inX = p.x >= b.x - TOLERANCE && p.x <= b.x + b.w + TOLERANCE;
    var inY = p.y >= b.y - TOLERANCE && p.y <= b.y + b.h + TOLERANCE;
    var nearX = Math.abs(p.x - b.x) <= TOLERANCE || Math.abs(p.x - b.x - b.w) <= TOLERANCE;
    var nearY = Math.abs(p.y - b.y) <= TOLERANCE || Math.abs(p.y - b.y - b.h) <= TOLERANCE;
    return inX && inY && (nearX || nearY);
  }
  var edges = Array.prototype.slice.call(svg.querySelectorAll('g.edge'));
  edges.forEach(function (g) {
    var path = g.querySelector('path');
    var length = path.getTotalLength();
    var start = path.getPointAtLength(0), end = path.getPointAtLength(length);
    var from = boxes[g.getAttribute('data-from')], to = boxes[g.getAttribute('data-to')];
    var name = g.getAttribute('data-from') + ' > ' + g.getAttribute('data-to');
    if (!from || !to) {
      problems.push('edge to nowhere: ' + name);
    } else if (!onBorder(start, from)) {
      problems.push('edge does not start on its node: ' + name + ' at ' + start.x.toFixed(1) + ',' + start.y.toFixed(1));
    } else if (!onBorder(end, to)) {
      problems.push('edge does not end on its node: ' + name + ' at ' + end.x.toFixed(1) + ',' + end.y.toFixed(1));
    }
  });
  var out = document.createElement('pre');
  out.id = 'verdict';
  out.textContent = JSON.stringify({nodes: nodes.length, edges: edges.length,
    groups: svg.querySelectorAll('g.group').length, problems: problems});
  document.body.appendChild(out);
})();
