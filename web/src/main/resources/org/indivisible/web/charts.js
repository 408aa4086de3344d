/*
 * indivisible: draws a run's report document (format indivisible.report/1, docs/web.md) into a
 * page. Used by report.html (inlined) and by the dashboard (served). Needs echarts and topojson
 * (topojson-client) loaded first, and the Natural Earth countries TopoJSON passed in.
 * Colours: each treatment one fixed colour of at least 3:1 against white, binned sequential oranges
 * for the map's losses, both readable by colour-blind readers. Every chart is an SVG with an aria-label; every control is labelled.
 */
(function (global) {
  'use strict';

  var CATEGORY = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  var STATUS_COLOURS = {observed: '#0072B2', derived: '#56B4E9', estimate: '#E69F00', assumption: '#D55E00'};
  // The map's bins of the first-year GDP change, %: one for gains, ColorBrewer's sequential Oranges for losses.
  var LOSS_BINS = [
    {gt: 0, label: 'gain', color: '#4393c3'}, {gt: -1, lte: 0, label: '0 to \u22121%', color: '#fee6ce'},
    {gt: -2, lte: -1, label: '\u22121 to \u22122%', color: '#fdd0a2'}, {gt: -5, lte: -2, label: '\u22122 to \u22125%', color: '#fdae6b'},
    {gt: -10, lte: -5, label: '\u22125 to \u221210%', color: '#fd8d3c'}, {gt: -20, lte: -10, label: '\u221210 to \u221220%', color: '#e6550d'},
    {lte: -20, label: 'below \u221220%', color: '#a63603'}];
  // The map's bins of a war's chance, %: ColorBrewer's sequential Purples.
  var WAR_BINS = [
    {lt: 1, label: 'under 1%', color: '#f2f0f7'}, {gte: 1, lt: 5, label: '1 to 5%', color: '#dadaeb'},
    {gte: 5, lt: 10, label: '5 to 10%', color: '#bcbddc'}, {gte: 10, lt: 20, label: '10 to 20%', color: '#9e9ac8'},
    {gte: 20, lt: 35, label: '20 to 35%', color: '#807dba'}, {gte: 35, lt: 50, label: '35 to 50%', color: '#6a51a3'},
    {gte: 50, label: '50% or more', color: '#4a1486'}];
  // The countries each decided war is fought over (display only: the contested ground, not every party).
  var WAR_THEATERS = [
    {id: 'taiwan', label: 'Taiwan Strait', countries: ['TWN'], at: 'TWN'},
    {id: 'korea', label: 'Korean Peninsula', countries: ['KOR', 'PRK'], at: 'KOR'},
    {id: 'nato_europe', label: 'NATO\'s eastern flank', countries: ['EST', 'LVA', 'LTU', 'POL', 'FIN'], at: 'LTU'}];
  // Named places for the US redeployment arrow (display only): Ramstein Air Base and Guam.
  var US_EUROPE = [7.60, 49.44];
  var US_PACIFIC = [144.79, 13.44];

  /* ---------------- the metric catalogue ---------------- */
  // doc.metrics: every metric family (org.indivisible.model.metric.Metric) in the order ids are matched,
  // with its id pattern, regex (one group per placeholder), unit, meaning and the report's uses of it
  // (reported, compared, charted, trajectory: true, false or the keys it is limited to). Ids are read
  // with it, never with regular expressions of the page's own, so a renamed family cannot empty a chart.
  var CATALOGUE = [];
  var FAMILIES = {};
  var RECOGNISED = {};

  function useCatalogue(doc) {
    CATALOGUE = (doc.metrics || []).map(function (f) { return {f: f, re: new RegExp('^(?:' + f.regex + ')$')}; });
    FAMILIES = {};
    RECOGNISED = {};
    CATALOGUE.forEach(function (c) { FAMILIES[c.f.name] = c.f; });
  }

  // The family and keys of a metric id ({family, keys: {placeholder: value}, key: 'CHN.taiwan'}), or null.
  function metricOf(id) {
    if (Object.prototype.hasOwnProperty.call(RECOGNISED, id)) { return RECOGNISED[id]; }
    RECOGNISED[id] = recognise(id);
    return RECOGNISED[id];
  }

  function recognise(id) {
    for (var i = 0; i < CATALOGUE.length; i++) {
      var r = CATALOGUE[i].re.exec(id);
      if (r) {
        var f = CATALOGUE[i].f;
        var keys = {};
        f.placeholders.forEach(function (p, k) { keys[p] = r[k + 1]; });
        return {family: f.name, keys: keys, key: r.slice(1).join('.'), f: f};
      }
    }
    return null;
  }

  // Whether an id is of the named family.
  function isMetric(id, name) {
    var m = metricOf(id);
    return m !== null && m.family === name;
  }

  // The id of a family with its keys in the pattern's order: metricId('EUROPE_BALANCE_RATIO_YEAR', 3).
  function metricId(name) {
    var f = FAMILIES[name];
    if (!f) { return ''; }
    var keys = Array.prototype.slice.call(arguments, 1);
    var k = 0;
    return f.pattern.replace(/<[A-Za-z0-9]+>/g, function () { return String(keys[k++]); });
  }

  // Whether the report uses an id so (use: 'compared', 'charted', ...).
  function used(id, use) {
    var m = metricOf(id);
    if (!m) { return false; }
    var u = m.f[use];
    return u === true || (Array.isArray(u) && u.indexOf(m.key) >= 0);
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function fmt(x) {
    if (x === null || x === undefined || !isFinite(x)) { return '–'; }
    var a = Math.abs(x);
    if (a === 0) { return '0'; }
    if (a >= 1e12) { return (x / 1e12).toFixed(2) + ' tn'; }
    if (a >= 1e9) { return (x / 1e9).toFixed(2) + ' bn'; }
    if (a >= 1e6) { return (x / 1e6).toFixed(2) + ' m'; }
    if (a >= 100) { return x.toFixed(0); }
    if (a >= 1) { return x.toFixed(2); }
    return x.toPrecision(3);
  }

  function cellsOf(summary) {
    var out = [];
    Object.keys(summary).forEach(function (s) {
      Object.keys(summary[s]).forEach(function (t) { out.push({scenario: s, treatment: t}); });
    });
    return out;
  }

  function stat(summary, s, t, metric) {
    var c = summary[s] && summary[s][t];
    return c ? c[metric] : undefined;
  }

  var uid = 0;
  function select(parent, label, options, onChange) {
    var id = 'sel-' + (++uid);
    var wrap = el('span', {'class': 'control'});
    wrap.appendChild(el('label', {'for': id}, label + ' '));
    var s = el('select', {id: id, name: label});
    options.forEach(function (o) { s.appendChild(el('option', {value: o.value}, o.label)); });
    s.addEventListener('change', function () { onChange(s.value); });
    wrap.appendChild(s);
    parent.appendChild(wrap);
    return s;
  }

  function section(root, id, title, note) {
    var sec = el('section', {id: id, 'aria-labelledby': id + '-h'});
    sec.appendChild(el('h2', {id: id + '-h'}, title));
    if (note) { sec.appendChild(el('p', {'class': 'note'}, note)); }
    root.appendChild(sec);
    return sec;
  }

  /*
   * A chart in its figure: the drawing (an SVG, role img, reachable by Tab: the arrow keys walk its
   * tooltip), a one-sentence summary (its accessible description), PNG and SVG downloads, a link to
   * its data as CSV and the same data as a table that only screen readers see. describe() fills
   * the last three after each draw.
   */
  function chartBox(parent, id, label, height) {
    var fig = el('figure', {'class': 'chart-figure', id: id + '-figure'});
    var box = el('div', {id: id, 'class': 'chart', role: 'img', 'aria-label': label, tabindex: '0',
      'aria-describedby': id + '-summary'});
    box.style.height = (height || 320) + 'px';
    fig.appendChild(box);
    var cap = el('figcaption', {'class': 'chart-caption'});
    var summary = el('p', {'class': 'chart-summary', id: id + '-summary'});
    var actions = el('div', {'class': 'chart-actions', role: 'group', 'aria-label': 'Downloads of ' + label});
    var png = el('button', {type: 'button', 'class': 'download-png', 'aria-label': 'Download ' + label + ' as PNG'}, 'PNG');
    var svgButton = el('button', {type: 'button', 'class': 'download-svg', 'aria-label': 'Download ' + label + ' as SVG'}, 'SVG');
    var csv = el('a', {'class': 'download-csv', href: '#', download: 'chart.csv', 'aria-label': 'Data of ' + label + ' as CSV'}, 'Data (CSV)');
    var tableWrap = el('div', {'class': 'visually-hidden chart-data', id: id + '-data'});
    actions.appendChild(el('span', {'class': 'note'}, 'Download: '));
    actions.appendChild(png);
    actions.appendChild(svgButton);
    actions.appendChild(csv);
    cap.appendChild(summary);
    cap.appendChild(actions);
    cap.appendChild(tableWrap);
    fig.appendChild(cap);
    parent.appendChild(fig);
    var chart = global.echarts.init(box, null, {renderer: 'svg'});
    chart.indivisible = {box: box, summary: summary, csv: csv, tableWrap: tableWrap, name: id};
    png.addEventListener('click', function () {
      pngDataUrl(box, 2).then(function (url) { save(url, chart.indivisible.name + '.png'); });
    });
    svgButton.addEventListener('click', function () {
      var m = svgMarkup(box);
      if (m) { save('data:image/svg+xml;charset=utf-8,' + encodeURIComponent(m.text), chart.indivisible.name + '.svg'); }
    });
    // Keyboard: with the chart focused, the left and right arrows show each point's tooltip in turn.
    var tip = -1;
    box.addEventListener('keydown', function (e) {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') { return; }
      var series = chart.getOption().series || [];
      var si = series.map(function (x) { return x.type; }).indexOf('map');
      if (si < 0) { si = series.length - 1; }
      var n = si >= 0 && series[si].data ? series[si].data.length : 0;
      if (!n) { return; }
      tip = e.key === 'ArrowRight' ? (tip + 1) % n : (tip - 1 + n) % n;
      chart.dispatchAction({type: 'showTip', seriesIndex: si, dataIndex: tip});
      e.preventDefault();
    });
    box.addEventListener('blur', function () { chart.dispatchAction({type: 'hideTip'}); });
    global.addEventListener('resize', function () { chart.resize(); });
    // A viewBox lets the print stylesheet scale the drawn SVG to the page instead of cutting it.
    chart.on('finished', function () {
      var svg = box.querySelector('svg');
      if (svg && svg.getAttribute('width')) {
        svg.setAttribute('viewBox', '0 0 ' + parseFloat(svg.getAttribute('width')) + ' ' + parseFloat(svg.getAttribute('height')));
      }
    });
    return chart;
  }

  /* ---------------- a chart's summary, data and downloads ---------------- */
  function slug(x) { return String(x || 'chart').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase(); }

  function csvText(headers, rows) {
    function q(v) {
      var t = v === null || v === undefined || (typeof v === 'number' && !isFinite(v)) ? '' : String(v);
      return /[",\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
    }
    return [headers].concat(rows).map(function (r) { return r.map(q).join(','); }).join('\n') + '\n';
  }

  /**
   * After a draw: the chart's one-sentence summary, its data as CSV (numbers as the document has
   * them) and as a table for screen readers (numbers formatted), and the download names
   * (<run-id>-<title>.png/.svg/.csv).
   */
  function describe(chart, title, sentence, headers, rows) {
    var x = chart.indivisible;
    x.name = (RUN_ID ? RUN_ID + '-' : '') + slug(title);
    x.summary.textContent = sentence;
    x.csv.setAttribute('href', 'data:text/csv;charset=utf-8,' + encodeURIComponent(csvText(headers, rows)));
    x.csv.setAttribute('download', x.name + '.csv');
    x.tableWrap.innerHTML = '';
    var t = el('table', {'class': 'chart-table'});
    t.appendChild(el('caption', {}, 'Data of the chart: ' + title));
    var h = el('tr');
    headers.forEach(function (c) { h.appendChild(el('th', {scope: 'col'}, c)); });
    t.appendChild(el('thead')).appendChild(h);
    var body = el('tbody');
    rows.forEach(function (r) {
      var tr = el('tr');
      r.forEach(function (c, i) {
        tr.appendChild(el(i === 0 ? 'th' : 'td', i === 0 ? {scope: 'row'} : {}, typeof c === 'number' ? fmt(c) : c === null || c === undefined ? '\u2013' : String(c)));
      });
      body.appendChild(tr);
    });
    t.appendChild(body);
    x.tableWrap.appendChild(t);
    x.box.setAttribute('data-described', 'true');
  }

  // The drawn SVG as a standalone file: its own size, a white background.
  function svgMarkup(box) {
    var svg = box.querySelector('svg');
    if (!svg) { return null; }
    var w = parseFloat(svg.getAttribute('width')) || box.clientWidth;
    var h = parseFloat(svg.getAttribute('height')) || box.clientHeight;
    var c = svg.cloneNode(true);
    c.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    c.setAttribute('width', w);
    c.setAttribute('height', h);
    c.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    c.removeAttribute('style');
    var bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    bg.setAttribute('width', w); bg.setAttribute('height', h); bg.setAttribute('fill', '#ffffff');
    c.insertBefore(bg, c.firstChild);
    return {text: new XMLSerializer().serializeToString(c), w: w, h: h};
  }

  // The chart as a PNG (a promise of its data URL): the SVG drawn on a canvas at scale times its size.
  function pngDataUrl(box, scale) {
    return new Promise(function (resolve, reject) {
      var m = svgMarkup(box);
      if (!m) { reject(new Error('no chart drawn')); return; }
      var img = new Image();
      img.onload = function () {
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(m.w * scale);
        canvas.height = Math.round(m.h * scale);
        var g = canvas.getContext('2d');
        g.scale(scale, scale);
        g.drawImage(img, 0, 0);
        resolve(canvas.toDataURL('image/png'));
      };
      img.onerror = function () { reject(new Error('the chart could not be drawn as an image')); };
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(m.text);
    });
  }

  function save(href, name) {
    var a = el('a', {href: href, download: name});
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // aria: one sentence (the chart's title) instead of ECharts' generated dump of every value; the
  // summary under each chart and its hidden table carry the numbers.
  var RUN_ID = '';
  function baseOption(title) {
    return {
      aria: {enabled: true, label: {description: (title || 'Chart') + '.'}},
      color: TREATMENT_COLOURS,
      animation: false,
      title: {text: title, left: 'center', textStyle: {fontSize: 14}},
      tooltip: {trigger: 'axis'},
      grid: {left: 70, right: 30, top: 50, bottom: 60}
    };
  }

  /* ---------------- numbers as a reader wants them ---------------- */
  // Decimals that show two significant digits of a half-width (0 to 3).
  function decimals(half) {
    if (!(half > 0) || !isFinite(half)) { return 1; }
    return Math.max(0, Math.min(3, Math.ceil(-Math.log10(half)) + 1));
  }
  function minus(s) { return s.replace(/^-/, '\u2212'); }
  function fixed(x, dec) { return minus(x.toFixed(dec)); }
  function signed(x, dec) { return (x > 0 ? '+' : '') + fixed(x, dec); }

  // "30% (13–47)": a probability with the 95% interval of its mean, to the precision the interval supports.
  function probability(m) {
    var dec = 100 * (m[2] - m[1]) / 2 >= 1 ? 0 : 1;
    return fixed(100 * m[0], dec) + '% (' + fixed(100 * m[1], dec) + '\u2013' + fixed(100 * m[2], dec) + ')';
  }
  // "-1.9 (-2.1 to -1.7)": a value with its interval, scaled.
  function valueWithInterval(m, scale) {
    // The same in every replication (no policy, no cost): the value alone, not "0.0 (0.0-0.0)".
    if (m[1] === m[2] && m[0] === m[1]) { return fixed(scale * m[0], scale * m[0] === 0 ? 0 : 2) + ' (the same in every replication)'; }
    var dec = Math.min(decimals(scale * (m[2] - m[1]) / 2), 2);
    var joiner = m[1] < 0 ? ' to ' : '\u2013';
    return fixed(scale * m[0], dec) + ' (' + fixed(scale * m[1], dec) + joiner + fixed(scale * m[2], dec) + ')';
  }

  function labelsOf(doc) {
    var l = (doc.manifest && doc.manifest.labels) || {};
    var scenarios = {};
    var treatments = {};
    (l.scenarios || []).forEach(function (x) { scenarios[x.id] = x; });
    (l.treatments || []).forEach(function (x) { treatments[x.id] = x; });
    return {name: l.name, description: l.description, scenarios: scenarios, treatments: treatments};
  }
  function scenarioName(doc, id) { var x = labelsOf(doc).scenarios[id]; return x && x.name ? x.name : id; }

  // A table that becomes one card per row under 600 px: each cell carries its column's name.
  function cardTable(id, caption, headers, rows) {
    var t = el('table', {'class': 'numbers cards', id: id});
    if (caption) { t.appendChild(el('caption', {'class': 'visually-hidden'}, caption)); }
    var head = el('tr');
    headers.forEach(function (h) { head.appendChild(el('th', {scope: 'col'}, h)); });
    t.appendChild(el('thead')).appendChild(head);
    var body = el('tbody');
    rows.forEach(function (r) {
      var tr = el('tr');
      r.forEach(function (c, i) {
        var cell = i === 0 ? el('th', {scope: 'row'}) : el('td', {'data-label': headers[i]});
        if (c && c.nodeType) { cell.appendChild(c); } else { cell.textContent = c; }
        tr.appendChild(cell);
      });
      body.appendChild(tr);
    });
    t.appendChild(body);
    return t;
  }

  /* ---------------- study, findings and key ---------------- */
  function studyHeader(root, doc) {
    var l = labelsOf(doc);
    var m = doc.manifest;
    var header = el('div', {'class': 'run-header', id: 'study'});
    header.appendChild(el('h2', {id: 'study-name'}, l.name || m.study));
    if (l.description) { header.appendChild(el('p', {'class': 'lead'}, l.description)); }
    header.appendChild(el('p', {'class': 'note'}, 'Run ' + m.runId + ' \u00b7 study ' + m.study + ' \u00b7 seed ' + m.seed + ' \u00b7 ' +
      m.replications + ' replications per scenario and treatment \u00b7 data ' + m.dataSnapshot + ' \u00b7 finished ' + m.createdUtc));
    root.appendChild(header);
  }

  function findings(root, doc) {
    if (!doc.findings || !doc.findings.length) { return; }
    var sec = section(root, 'findings', 'Key findings',
      'Generated from this run (the same sentences open the command line\'s brief). Probabilities: the mean chance of war ' +
      'with its 95% interval; a lever "changes" a war\'s chance only where the 95% interval of its paired change excludes 0.');
    sec.className = 'findings';
    var list = el('ul');
    doc.findings.forEach(function (f) { list.appendChild(el('li', {}, f)); });
    sec.appendChild(list);
  }

  function key(root, doc) {
    var l = labelsOf(doc);
    var ids = Object.keys(doc.summary);
    var sec = section(root, 'key', 'Key: scenarios and levers',
      (doc.manifest.treatments || [])[0] ? (doc.manifest.treatments[0] + ' is the reference: every change below is a lever against it, ' +
        'in the same replications (common random numbers).') : '');
    var grid = el('div', {'class': 'key-grid'});
    var sl = el('dl', {'class': 'key'});
    ids.forEach(function (id) {
      var x = l.scenarios[id] || {};
      sl.appendChild(el('dt', {}, id + (x.name ? ': ' + x.name : '')));
      if (x.description) { sl.appendChild(el('dd', {}, x.description)); }
    });
    var tl = el('dl', {'class': 'key'});
    treatmentsOf(doc).forEach(function (id, i) {
      var x = l.treatments[id] || {};
      var dt = el('dt', {});
      var sw = el('span', {'class': 'swatch', 'aria-hidden': 'true'});
      sw.style.background = treatmentColour(doc, id);
      dt.appendChild(sw);
      dt.appendChild(document.createTextNode(id + (i === 0 ? ' (reference)' : '')));
      tl.appendChild(dt);
      if (x.description) { tl.appendChild(el('dd', {}, x.description)); }
    });
    var a = el('div'); a.appendChild(el('h3', {}, 'Scenarios')); a.appendChild(sl);
    var b = el('div'); b.appendChild(el('h3', {}, 'Levers (treatments)')); b.appendChild(tl);
    grid.appendChild(a); grid.appendChild(b);
    sec.appendChild(grid);
  }

  function treatmentsOf(doc) {
    var out = [];
    cellsOf(doc.summary).forEach(function (c) { if (out.indexOf(c.treatment) < 0) { out.push(c.treatment); } });
    return out;
  }
  // Each treatment keeps one colour everywhere, each at least 3:1 against white (WCAG 1.4.11).
  var TREATMENT_COLOURS = ['#000000', '#0072B2', '#B35806', '#007A5A', '#AA3377', '#6A3D9A', '#8C6D00', '#555555'];
  function treatmentColour(doc, id) { var i = treatmentsOf(doc).indexOf(id); return TREATMENT_COLOURS[(i < 0 ? 0 : i) % TREATMENT_COLOURS.length]; }

  /* ---------------- policy scorecard ---------------- */
  // Columns: the metric's id (a war's theater for war risk), header, scale from the metric's unit, unit.
  var SCORE_COLUMNS = [
    {war: 'taiwan', label: 'P(war) Taiwan Strait', unit: 'points', scale: 100},
    {war: 'korea', label: 'P(war) Korean Peninsula', unit: 'points', scale: 100},
    {war: 'nato_europe', label: 'P(war) NATO\'s eastern flank', unit: 'points', scale: 100},
    {metric: 'europe_balance_flank_d30_min', label: 'Flank ratio NATO:RUS, lowest', unit: 'ratio', scale: 1},
    {metric: 'europe_gap_usd', label: 'Europe\'s swing gap', unit: 'US$ bn', scale: 1e-9},
    {metric: 'gdp_change_pct_y1.WORLD', label: 'World GDP, first year', unit: 'points of %', scale: 1},
    {cost: true, label: 'Added cost', unit: 'bn', scale: 1e-9}
  ];
  // The first cost the run records: issue 16's present value, its constant-price total, the nominal outlay.
  var COST_METRICS = ['policy_cost_eur_pv', 'policy_cost_eur_const', 'policy_cost_eur', 'policy_cost_usd'];
  var COST_LABELS = {policy_cost_eur_pv: 'EUR bn, present value at constant 2025 prices', policy_cost_eur_const: 'EUR bn, constant 2025 prices over the horizon',
    policy_cost_eur: 'EUR bn, nominal over the horizon', policy_cost_usd: 'US$ bn, nominal over the horizon'};

  // policy.json's cost of a treatment (constant 2025 euros) in the scenario it was computed in, or null.
  function policyCost(doc, scenario, treatment) {
    var p = doc.policy;
    if (!p || p.scenario !== scenario) { return null; }
    return (p.costs || []).filter(function (c) { return c.treatment === treatment; })[0] || null;
  }
  // A policy.json difference ({mean, low, high, noneDiffers}) as a comparison's difference.
  function policyDifference(x) {
    return x ? {difference: x.mean, low: isFinite(x.low) ? x.low : null, high: isFinite(x.high) ? x.high : null,
      constant: !!x.noneDiffers, significant: x.low > 0 || x.high < 0} : null;
  }

  function costMetric(doc) {
    // Runs with policy.json (indivisible run, the dashboard): its basis, the present value.
    if (doc.policy && (doc.policy.costs || []).length) { return 'policy_cost_eur_pv'; }
    var cmp = (doc.comparisons || [])[0];
    if (!cmp) { return null; }
    for (var i = 0; i < COST_METRICS.length; i++) {
      if (cmp.differences.some(function (d) { return d.metric === COST_METRICS[i]; })) { return COST_METRICS[i]; }
    }
    return null;
  }

  // One lever's change of one column in one scenario: {d (difference), none (no replication differs), undecided}.
  function scoreOf(doc, scenario, treatment, col, cost) {
    if (col.war) {
      var e = (doc.warRisk && doc.warRisk.effects || []).filter(function (x) {
        return x.scenario === scenario && x.treatment === treatment && x.theater === col.war; })[0];
      if (!e) { return null; }
      if (!e.conditional) { return {undecided: true}; }
      return {d: e.conditional, none: e.conditional.constant && e.conditional.difference === 0};
    }
    if (col.cost) {
      // policy.json's paired change of the present value against P0, where it was computed.
      var pc = policyCost(doc, scenario, treatment);
      if (pc && pc.presentValueAgainstP0 && doc.comparisons && doc.comparisons[0] && doc.comparisons[0].baseline === 'P0') {
        var pd = policyDifference(pc.presentValueAgainstP0);
        return {d: pd, none: pd.constant && pd.difference === 0, pledges: policyDifference(pc.presentValueAgainstPledges), policy: true};
      }
    }
    var metric = col.cost ? cost : col.metric;
    var c = (doc.comparisons || []).filter(function (x) { return x.scenario === scenario && x.treatment === treatment; })[0];
    var d = c && c.differences.filter(function (x) { return x.metric === metric; })[0];
    if (!d) { return null; }
    return {d: d, none: d.constant && d.difference === 0};
  }

  function scoreText(s, col) {
    if (!s) { return '\u2013'; }
    if (s.undecided) { return 'not decided (the scenario sets this war)'; }
    if (s.none) { return col.war ? 'no modelled effect on war risk' : 'no replication differs'; }
    var d = s.d;
    var k = col.scale;
    if (d.constant || d.low === null || d.high === null) { return signed(k * d.difference, 2) + ' in every replication'; }
    var dec = decimals(k * (d.high - d.low) / 2);
    var text = signed(k * d.difference, dec) + ' (' + fixed(k * d.low, dec) + ' to ' + fixed(k * d.high, dec) + ')' + (d.significant ? ' \u25c6' : '');
    var p = s.pledges;
    if (p && p.low !== null && p.high !== null && Math.abs(p.difference - d.difference) > 1e-9 * Math.max(1, Math.abs(d.difference))) {
      var pdec = decimals(k * (p.high - p.low) / 2);
      text += '; against the pledges ' + signed(k * p.difference, pdec) + ' (' + fixed(k * p.low, pdec) + ' to ' + fixed(k * p.high, pdec) + ')';
    }
    return text;
  }

  // A small dot-and-whisker per scenario on the column's shared scale; filled where the interval excludes 0.
  function whiskers(items, extent, colour) {
    var NS = 'http://www.w3.org/2000/svg';
    var w = 150, rowH = 11, h = rowH * items.length + 4;
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('width', w); svg.setAttribute('height', h); svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    svg.setAttribute('aria-hidden', 'true');
    function x(v) { return 6 + (w - 12) * (v + extent) / (2 * extent); }
    function line(x1, y1, x2, y2, stroke, width) {
      var l = document.createElementNS(NS, 'line');
      l.setAttribute('x1', x1); l.setAttribute('y1', y1); l.setAttribute('x2', x2); l.setAttribute('y2', y2);
      l.setAttribute('stroke', stroke); l.setAttribute('stroke-width', width || 1);
      svg.appendChild(l);
    }
    line(x(0), 0, x(0), h, '#767676');
    items.forEach(function (it, i) {
      var y = 6 + i * rowH;
      var t = document.createElementNS(NS, 'title');
      t.textContent = it.title;
      if (it.value === null) {
        var q = document.createElementNS(NS, 'text');
        q.setAttribute('x', x(0) + 4); q.setAttribute('y', y + 3); q.setAttribute('font-size', '8'); q.setAttribute('fill', '#595959');
        q.textContent = it.tag;
        q.appendChild(t);
        svg.appendChild(q);
        return;
      }
      if (it.low !== null) { line(x(it.low), y, x(it.high), y, colour, 1.5); }
      var c = document.createElementNS(NS, 'circle');
      c.setAttribute('cx', x(it.value)); c.setAttribute('cy', y); c.setAttribute('r', 3.2);
      c.setAttribute('stroke', colour); c.setAttribute('stroke-width', 1.3);
      c.setAttribute('fill', it.significant ? colour : '#ffffff');
      c.appendChild(t);
      svg.appendChild(c);
    });
    return svg;
  }

  function scorecard(root, doc) {
    var treatments = treatmentsOf(doc);
    if (treatments.length < 2 || !doc.comparisons || !doc.comparisons.length) { return; }
    var ref = treatments[0];
    var levers = treatments.slice(1);
    var scenarios = Object.keys(doc.summary);
    var cost = costMetric(doc);
    var costLabel = COST_LABELS[cost] || 'bn';
    var sec = section(root, 'scorecard', 'Policy scorecard: each lever against ' + ref + ', in every scenario',
      'Each cell: one line per scenario, in the order of the key (' + scenarios.join(', ') + '): the lever\'s paired change against ' + ref +
      ' in the same replications, dot at the mean, whisker its 95% interval (war risk: conditional estimator, paired-t). A filled dot ' +
      '(and \u25c6 in the numbers) marks an interval that excludes 0. The scale is shared down each column. Cost: ' + costBasis(doc, cost) + ' ' +
      '"none": no modelled effect (no replication changed); "set": the scenario forces or forbids that war.');
    var legend = el('p', {'class': 'note scenario-order'});
    legend.textContent = 'Lines in each cell, top to bottom: ' + scenarios.map(function (s, i) { return (i + 1) + ' ' + scenarioName(doc, s); }).join(' \u00b7 ');
    sec.appendChild(legend);
    var extents = SCORE_COLUMNS.map(function (col) {
      var m = 0;
      levers.forEach(function (t) {
        scenarios.forEach(function (s) {
          var r = scoreOf(doc, s, t, col, cost);
          if (r && r.d && !r.none) {
            [r.d.difference, r.d.low, r.d.high].forEach(function (v) { if (v !== null && isFinite(v)) { m = Math.max(m, Math.abs(col.scale * v)); } });
          }
        });
      });
      return m > 0 ? m * 1.05 : 1;
    });
    var t = el('table', {'class': 'numbers scorecard', id: 'scorecard-table'});
    t.appendChild(el('caption', {'class': 'visually-hidden'}, 'Each lever\'s change against ' + ref + ' per outcome and scenario'));
    var head = el('tr');
    head.appendChild(el('th', {scope: 'col'}, 'lever'));
    SCORE_COLUMNS.forEach(function (col, i) {
      var th = el('th', {scope: 'col'});
      th.appendChild(document.createTextNode(col.label));
      th.appendChild(el('br'));
      th.appendChild(el('span', {'class': 'unit'}, (col.cost ? costLabel.split(',')[0] : col.unit) + ', \u00b1' + fmtAxis(extents[i])));
      head.appendChild(th);
    });
    t.appendChild(el('thead')).appendChild(head);
    var body = el('tbody');
    var numbers = [];
    levers.forEach(function (tr) {
      var row = el('tr');
      var th = el('th', {scope: 'row'});
      var sw = el('span', {'class': 'swatch', 'aria-hidden': 'true'});
      sw.style.background = treatmentColour(doc, tr);
      th.appendChild(sw);
      th.appendChild(document.createTextNode(tr));
      row.appendChild(th);
      SCORE_COLUMNS.forEach(function (col, ci) {
        var items = [];
        var sentences = [];
        scenarios.forEach(function (s) {
          var r = scoreOf(doc, s, tr, col, cost);
          var text = scoreText(r, col);
          sentences.push(scenarioName(doc, s) + ': ' + text);
          numbers.push([tr, s, col, text]);
          if (!r || r.undecided || r.none) {
            items.push({value: null, tag: !r ? '\u2013' : r.undecided ? 'set' : 'none', title: s + ': ' + text});
          } else {
            var d = r.d;
            items.push({value: col.scale * d.difference, low: d.low === null || d.constant ? null : col.scale * d.low,
              high: d.high === null ? null : col.scale * d.high, significant: d.significant, title: s + ': ' + text});
          }
        });
        var td = el('td', {'data-label': col.label, 'aria-label': tr + ', ' + col.label + ' (' + col.unit + '): ' + sentences.join('; ')});
        td.appendChild(whiskers(items, extents[ci], treatmentColour(doc, tr)));
        row.appendChild(td);
      });
      body.appendChild(row);
    });
    t.appendChild(body);
    var wrap = el('div', {'class': 'scroll-x', tabindex: '0', role: 'region', 'aria-label': 'Policy scorecard'});
    wrap.appendChild(t);
    sec.appendChild(wrap);
    // The numbers behind the small multiples, one table per scenario.
    var details = el('details', {id: 'scorecard-numbers'});
    details.appendChild(el('summary', {}, 'The numbers (each change with its 95% interval; \u25c6 excludes 0)'));
    scenarios.forEach(function (s) {
      details.appendChild(el('h3', {}, scenarioName(doc, s) + ' (' + s + ')'));
      var rows = levers.map(function (tr) {
        return [tr].concat(SCORE_COLUMNS.map(function (col) { return scoreText(scoreOf(doc, s, tr, col, cost), col); }));
      });
      var w = el('div', {'class': 'scroll-x', tabindex: '0', role: 'region', 'aria-label': 'Scorecard numbers for ' + s});
      w.appendChild(cardTable('scorecard-' + s, 'Each lever against ' + ref + ' in ' + s,
        ['lever'].concat(SCORE_COLUMNS.map(function (c) { return c.label + ' (' + (c.cost ? costLabel.split(',')[0] : c.unit) + ')'; })), rows));
      details.appendChild(w);
    });
    sec.appendChild(details);
  }

  // Which cost the scorecard and the headline table show, in words.
  function costBasis(doc, cost) {
    if (doc.policy && (doc.policy.costs || []).length) {
      return 'the present value of what each lever costs over the horizon, in constant 2025 euros (billions), from policy.json ' +
        '(' + doc.policy.scenario + ' scenario: its paired change against P0, and against the allies\' pledges where that differs; ' +
        'other scenarios: the same present value from their replications).';
    }
    if (cost === 'policy_cost_eur_pv') { return 'present value in constant 2025 euros (billions), from the replications (this run has no policy.json).'; }
    return (cost || 'none recorded') + ' (' + (COST_LABELS[cost] || 'bn') + '; no present value in this run).';
  }

  function fmtAxis(x) { return x >= 100 ? x.toFixed(0) : x >= 1 ? x.toPrecision(2) : x.toPrecision(1); }

  /* ---------------- headline table ---------------- */
  // metric, header, kind: p (probability, with the share metric for wars the scenario sets), v (value, scale).
  var HEADLINE = [
    {metric: 'p_war_cond.CHN.taiwan', share: 'p_conflict.taiwan', label: 'P(war) Taiwan Strait, %', kind: 'p'},
    {metric: 'p_war_cond.PRK.korea', share: 'p_conflict.korea', label: 'P(war) Korean Peninsula, %', kind: 'p'},
    {metric: 'p_war_cond.RUS.nato_europe', share: 'p_conflict.nato_europe', label: 'P(war) NATO\'s eastern flank, %', kind: 'p'},
    {metric: 'gdp_change_pct_y1.WORLD', label: 'World GDP, first year, %', kind: 'v', scale: 1},
    {metric: 'gdp_change_pct_y1.EU27', label: 'EU27 GDP, first year, %', kind: 'v', scale: 1},
    {metric: 'europe_balance_flank_d30_min', label: 'Flank ratio NATO:RUS, lowest', kind: 'v', scale: 1},
    {metric: 'europe_gap_usd', label: 'Europe\'s swing gap, US$ bn', kind: 'v', scale: 1e-9},
    {metric: 'europe_replace_us_usd_25y', label: 'Replace the US, 25 years, US$ bn', kind: 'v', scale: 1},
    {cost: true, label: 'Policy cost', kind: 'v', scale: 1e-9}
  ];

  function headlineTable(root, doc) {
    var h = doc.headline || {};
    var costId = COST_METRICS.filter(function (m) {
      var s = Object.keys(h)[0]; var t = s && Object.keys(h[s])[0]; return t && h[s][t][m]; })[0];
    if (doc.policy && (doc.policy.costs || []).length) { costId = 'policy_cost_eur_pv'; }
    var costHeader = 'Policy cost, ' + (COST_LABELS[costId] || '') + (doc.policy ? ' (policy.json)' : '');
    var sec = section(root, 'headline', 'Headline numbers',
      'Means over replications with the 95% interval of the mean in brackets (a probability: t interval of the conditional ' +
      'estimator; where the scenario sets the war, the share of replications with Wilson\'s interval, marked "set"). ' +
      'GDP: change in the 52 weeks after the first conflict against the same replication without it. Policy cost: ' + costBasis(doc, costId) +
      ' docs/metrics.md defines every metric.');
    var cols = HEADLINE.filter(function (c) { return c.cost ? !!costId : true; });
    var headers = ['scenario', 'lever'].concat(cols.map(function (c) { return c.cost ? costHeader : c.label; }));
    var rows = cellsOf(doc.summary).map(function (c) {
      var cell = (h[c.scenario] || {})[c.treatment] || {};
      return [c.scenario, c.treatment].concat(cols.map(function (col) {
        var id = col.cost ? costId : col.metric;
        if (col.kind === 'p') {
          if (cell[id]) { return probability(cell[id]); }
          if (col.share && cell[col.share]) { return probability(cell[col.share]) + ' set'; }
          return '\u2013';
        }
        if (col.cost) {
          // policy.json's present value where it was computed; its interval from the replications.
          var pc = policyCost(doc, c.scenario, c.treatment);
          if (pc && isFinite(pc.presentValueEur)) {
            var m = cell[id] || [pc.presentValueEur, pc.presentValueEur, pc.presentValueEur];
            return valueWithInterval([pc.presentValueEur, m[1], m[2]], col.scale);
          }
        }
        return cell[id] ? valueWithInterval(cell[id], col.scale) : '\u2013';
      }));
    });
    // The interval under its value, smaller: the table fits 1400 px without scrolling sideways.
    rows = rows.map(function (r) {
      return r.map(function (c, i) {
        var k = typeof c === 'string' ? c.indexOf(' (') : -1;
        if (i < 2 || k < 0) { return c; }
        var span = el('span', {'class': 'v'}, c.substring(0, k));
        var wrap = el('span');
        wrap.appendChild(span);
        wrap.appendChild(el('span', {'class': 'ci'}, c.substring(k + 1)));
        return wrap;
      });
    });
    var table = cardTable('headline-table', 'Headline numbers per scenario and lever', headers, rows);
    var wrap = el('div', {'class': 'scroll-x', tabindex: '0', role: 'region', 'aria-label': 'Headline numbers table'});
    wrap.appendChild(table);
    sec.appendChild(wrap);
  }

  /* ---------------- fan charts ---------------- */
  // Yearly trajectories the summary holds (the catalogue's families): EUROPE_BALANCE_RATIO_START and
  // _YEAR (europe_balance_ratio_y<k>), MUNITIONS_STOCK_YEAR, GDP_CHANGE_PCT_YEAR.
  // Calendar years: year k of the horizon is labelled by the calendar year it starts in (the first
  // year of the GDP trajectory, the horizon's first); 'start' is the horizon's first step.
  function balanceSeries(cell) {
    var pts = [];
    var first = Infinity;
    Object.keys(cell).forEach(function (m) {
      var r = gdpYearOf(m);
      if (r) { first = Math.min(first, +r.year); }
    });
    function label(k) { return isFinite(first) ? String(first + k - 1) : 'year ' + k; }
    var start = metricId('EUROPE_BALANCE_RATIO_START');
    if (cell[start]) {
      pts.push([isFinite(first) ? 'start ' + first : 'start', cell[start], start]);
    }
    for (var k = 1; cell[metricId('EUROPE_BALANCE_RATIO_YEAR', k)]; k++) {
      pts.push([label(k), cell[metricId('EUROPE_BALANCE_RATIO_YEAR', k)], metricId('EUROPE_BALANCE_RATIO_YEAR', k)]);
    }
    return pts;
  }

  // A munitions stock by year: its year and holding (<ISO3>.<munition>), or null.
  function stockOf(m) {
    var r = metricOf(m);
    return r && r.family === 'MUNITIONS_STOCK_YEAR' ? {year: r.keys.year, holding: r.keys.ISO3 + '.' + r.keys.munition} : null;
  }

  function stockKeys(cell) {
    var keys = {};
    Object.keys(cell).forEach(function (m) {
      var r = stockOf(m);
      if (r) { keys[r.holding] = true; }
    });
    return Object.keys(keys).sort();
  }

  function stockSeries(cell, key) {
    var pts = [];
    Object.keys(cell).forEach(function (m) {
      var r = stockOf(m);
      if (r && r.holding === key) { pts.push([r.year, cell[m], m]); }
    });
    pts.sort(function (a, b) { return a[0] < b[0] ? -1 : 1; });
    return pts;
  }

  // Yearly GDP change: GDP_CHANGE_PCT_YEAR, gdp_change_pct_<year>.<ID> (WORLD, groups, key actors).
  function gdpYearOf(m) {
    var r = metricOf(m);
    return r && r.family === 'GDP_CHANGE_PCT_YEAR' ? r.keys : null;
  }

  function gdpKeys(cell) {
    var keys = {};
    Object.keys(cell).forEach(function (m) {
      var r = gdpYearOf(m);
      if (r) { keys[r.ID] = true; }
    });
    return Object.keys(keys).sort(function (a, b) {
      // WORLD and the groups first, then the actors.
      var ga = a.length > 3 || a === 'IP4' ? 0 : 1;
      var gb = b.length > 3 || b === 'IP4' ? 0 : 1;
      return ga !== gb ? ga - gb : (a < b ? -1 : 1);
    });
  }

  function gdpSeries(cell, id) {
    var pts = [];
    Object.keys(cell).forEach(function (m) {
      var r = gdpYearOf(m);
      if (r && r.ID === id) { pts.push([r.year, cell[m], m]); }
    });
    pts.sort(function (a, b) { return a[0] < b[0] ? -1 : 1; });
    return pts;
  }

  // points: [x, summary statistics, metric id]; quartiles: the document's {metric: [p25, p75]} of
  // the cell (optional): with them, a darker 25–75% band inside the 5–95% one.
  // unit: what a value is ('%', 'ratio', 'rounds'); each treatment may carry its colour.
  function fanOption(title, yName, byTreatment, log, unit) {
    var opt = baseOption(title);
    // The tooltip of a year: each treatment's median with its 25-75% and 5-95% bands, in the chart's unit.
    var bands = byTreatment.map(function (t) {
      var at = {};
      t.points.forEach(function (p) { at[p[0]] = {s: p[1], q: p[2] && t.quartiles ? t.quartiles[p[2]] : null}; });
      return {name: t.name, at: at};
    });
    function v(x) { return fmt(x) + (unit ? ' ' + unit : ''); }
    opt.tooltip = {trigger: 'axis', formatter: function (params) {
      var x = params[0] ? params[0].axisValue : '';
      var lines = [String(x)];
      bands.forEach(function (b) {
        var p = b.at[x];
        if (!p) { return; }
        lines.push(b.name + ': median ' + v(p.s.p50) + (p.q ? '; 25–75%: ' + fmt(p.q[0]) + ' to ' + fmt(p.q[1]) : '') +
          '; 5–95%: ' + fmt(p.s.p05) + ' to ' + fmt(p.s.p95));
      });
      return lines.join('<br>');
    }};
    var xs = [];
    byTreatment.forEach(function (t) { t.points.forEach(function (p) { if (xs.indexOf(p[0]) < 0) { xs.push(p[0]); } }); });
    opt.xAxis = {type: 'category', data: xs, boundaryGap: false};
    opt.yAxis = log ? {type: 'log', name: yName + ' (log scale)', logBase: 10} : {type: 'value', name: yName, scale: true};
    opt.legend = {bottom: 0};
    opt.series = [];
    byTreatment.forEach(function (t, i) {
      var colour = t.colour || CATEGORY[i % CATEGORY.length];
      var at = {};
      var q = {};
      t.points.forEach(function (p) {
        at[p[0]] = p[1];
        var r = p[2] && t.quartiles ? t.quartiles[p[2]] : null;
        if (r) { q[p[0]] = r; }
      });
      var inner = xs.every(function (x) { return !at[x] || q[x]; }) && Object.keys(q).length > 0;
      var low = xs.map(function (x) { return at[x] ? at[x].p05 : null; });
      var mid = xs.map(function (x) { return at[x] ? at[x].p50 : null; });
      function step(from, to) { return xs.map(function (x) { return at[x] ? to(x) - from(x) : null; }); }
      // stackStrategy 'all': stack every value on the one below, whatever its sign (ECharts' default,
      // 'samesign', would start a band above zero when its lower edge is a loss).
      function hidden(name, data) {
        return {name: name, type: 'line', stack: 'band' + i, stackStrategy: 'all', data: data, symbol: 'none',
          lineStyle: {opacity: 0}, tooltip: {show: false}, legendHoverLink: false};
      }
      function band(name, data, opacity) {
        return {name: name, type: 'line', stack: 'band' + i, stackStrategy: 'all', data: data, symbol: 'none',
          lineStyle: {opacity: 0}, areaStyle: {color: colour, opacity: opacity}, tooltip: {show: false}};
      }
      opt.series.push(hidden(t.name + ' 5%', low));
      if (inner) {
        opt.series.push(band(t.name + ' 5–95%', step(function (x) { return at[x].p05; }, function (x) { return q[x][0]; }), 0.15));
        opt.series.push(band(t.name + ' 25–75%', step(function (x) { return q[x][0]; }, function (x) { return q[x][1]; }), 0.35));
        opt.series.push(band(t.name + ' 5–95%', step(function (x) { return q[x][1]; }, function (x) { return at[x].p95; }), 0.15));
      } else {
        opt.series.push(band(t.name + ' 5–95%', step(function (x) { return at[x].p05; }, function (x) { return at[x].p95; }), 0.2));
      }
      opt.series.push({name: t.name, type: 'line', data: mid, color: colour, symbolSize: 5});
    });
    opt.legend.data = byTreatment.map(function (t) { return t.name; });
    return opt;
  }

  // A fan chart's summary (each treatment's median, first and last year) and its data: per year,
  // each treatment's 5th, 25th, 50th, 75th and 95th percentiles.
  function fanDescribe(chart, title, unit, byTreatment) {
    var headers = ['year'];
    var xs = [];
    byTreatment.forEach(function (t) {
      headers.push(t.name + ' p05', t.name + ' p25', t.name + ' median', t.name + ' p75', t.name + ' p95');
      t.points.forEach(function (p) { if (xs.indexOf(p[0]) < 0) { xs.push(p[0]); } });
    });
    var rows = xs.map(function (x) {
      var r = [x];
      byTreatment.forEach(function (t) {
        var p = t.points.filter(function (q) { return q[0] === x; })[0];
        var q = p && p[2] && t.quartiles ? t.quartiles[p[2]] : null;
        r.push(p ? p[1].p05 : null, q ? q[0] : null, p ? p[1].p50 : null, q ? q[1] : null, p ? p[1].p95 : null);
      });
      return r;
    });
    var parts = byTreatment.filter(function (t) { return t.points.length; }).map(function (t) {
      var a = t.points[0];
      var b = t.points[t.points.length - 1];
      return t.name + ' ' + fmt(a[1].p50) + ' in ' + a[0] + ', ' + fmt(b[1].p50) + ' in ' + b[0];
    });
    describe(chart, title, title + '. Median' + (unit ? ' (' + unit + ')' : '') + ': ' + (parts.join('; ') || 'no data') +
      '. The bands hold the middle 50% and 90% of replications.', headers, rows);
  }

  function fanCharts(root, doc, state) {
    var sec = section(root, 'fans', 'Trajectories with their uncertainty',
      'The reference treatment against the lever chosen at the top (Treatment): median (line), 25th to 75th percentile ' +
      '(dark band) and 5th to 95th percentile (light band) over replications, by calendar year. GDP: change against the same ' +
      'replication without the conflict.');
    var controls = el('div', {'class': 'controls'});
    sec.appendChild(controls);
    var scenarios = Object.keys(doc.summary);
    var first = doc.summary[scenarios[0]];
    var firstCell = first[Object.keys(first)[0]] || {};
    var holdings = stockKeys(firstCell);
    var economies = gdpKeys(firstCell);
    var gdp = economies.length ? chartBox(sec, 'fan-gdp', 'Fan chart: GDP change by calendar year', 300) : null;
    var balance = chartBox(sec, 'fan-balance', 'Fan chart: NATO to Russian combat power ratio in Europe by year', 300);
    var stocks = chartBox(sec, 'fan-munitions', 'Fan chart: munitions stock by year', 300);
    var holding = holdings[0];
    var economy = economies.indexOf('WORLD') >= 0 ? 'WORLD' : economies[0];
    function quartiles(t) {
      var q = doc.quartiles && doc.quartiles[state.scenario];
      return q ? q[t] : undefined;
    }
    // The reference against the lever chosen at the top: two fans that read, not six that blur.
    function draw() {
      var s = doc.summary[state.scenario];
      var all = Object.keys(s);
      var ts = [all[0]];
      if (state.treatment !== all[0] && s[state.treatment]) { ts.push(state.treatment); }
      function series(points) {
        return ts.map(function (t) { return {name: t, points: points(s[t]), quartiles: quartiles(t), colour: treatmentColour(doc, t)}; });
      }
      var which = ts.join(' against ');
      function fan(chart, title, yName, points, log, unit) {
        var by = series(points);
        chart.setOption(fanOption(title, yName, by, log, unit), true);
        fanDescribe(chart, title, unit === '' ? 'ratio' : unit, by);
      }
      if (gdp) {
        fan(gdp, 'GDP change ' + economy + ', % (' + state.scenario + ', ' + which + ')', '%',
          function (c) { return gdpSeries(c, economy); }, false, '%');
      }
      fan(balance, 'Europe: NATO / Russian combat power (' + state.scenario + ', ' + which + ')', 'ratio', balanceSeries, true, '');
      if (holding) {
        fan(stocks, 'Munitions stock ' + holding + ' (' + state.scenario + ', ' + which + ')', 'rounds',
          function (c) { return stockSeries(c, holding); }, false, 'rounds');
      }
    }
    // The choices live in the URL (#gdp=..., #holding=...) with the scenario and treatment.
    var wanted = hashGet();
    if (wanted.gdp && economies.indexOf(wanted.gdp) >= 0) { economy = wanted.gdp; }
    if (wanted.holding && holdings.indexOf(wanted.holding) >= 0) { holding = wanted.holding; }
    if (economies.length) {
      select(controls, 'GDP of', economies.map(function (h) { return {value: h, label: h}; }),
        function (v) { economy = v; hashSet({gdp: v}); draw(); }).value = economy;
    }
    if (holdings.length) {
      select(controls, 'Munitions holding', holdings.map(function (h) { return {value: h, label: h}; }),
        function (v) { holding = v; hashSet({holding: v}); draw(); }).value = holding;
    }
    state.listeners.push(draw);
    draw();
  }

  /* ---------------- GDP by actor (box = 5–95%) ---------------- */
  function gdpChart(root, doc, state) {
    var sec = section(root, 'gdp', 'GDP change in the first year, by actor',
      'Against the same replication without the conflict. Box: 5th to 95th percentile; line inside: median.');
    var chart = chartBox(sec, 'gdp-actors', 'GDP change in the first year by actor with 5 to 95 percent range', 420);
    function draw() {
      var c = doc.summary[state.scenario][state.treatment] || {};
      var ids = Object.keys(c).filter(function (m) { return isMetric(m, 'GDP_CHANGE_PCT_Y1'); });
      ids.sort(function (a, b) { return c[a].p50 - c[b].p50; });
      var opt = baseOption('GDP change y1, % (' + state.scenario + ', ' + state.treatment + ')');
      opt.tooltip = {trigger: 'item', formatter: function (p) {
        var x = c[ids[p.dataIndex]];
        return ids[p.dataIndex].split('.')[1] + ': median ' + fmt(x.p50) + '% (5–95%: ' + fmt(x.p05) + ' to ' + fmt(x.p95) + '%)';
      }};
      opt.xAxis = {type: 'category', data: ids.map(function (m) { return m.split('.')[1]; }), axisLabel: {rotate: 60, fontSize: 10}};
      opt.yAxis = {type: 'value', name: '%'};
      opt.series = [{name: 'GDP change y1 %', type: 'boxplot', itemStyle: {color: '#d8daeb', borderColor: '#2166ac'},
        data: ids.map(function (m) { var x = c[m]; return [x.p05, x.p05, x.p50, x.p95, x.p95]; })}];
      chart.setOption(opt, true);
      var name = function (m) { return m.split('.')[1]; };
      describe(chart, opt.title.text, ids.length ? 'Median first-year GDP change, %: lowest ' + name(ids[0]) + ' ' + fmt(c[ids[0]].p50) +
        ', highest ' + name(ids[ids.length - 1]) + ' ' + fmt(c[ids[ids.length - 1]].p50) + ', over ' + ids.length + ' actors and groups.' : 'No data.',
        ['actor', 'p05 %', 'median %', 'p95 %'], ids.map(function (m) { return [name(m), c[m].p05, c[m].p50, c[m].p95]; }));
    }
    state.listeners.push(draw);
    draw();
  }

  /* ---------------- distributions ---------------- */
  function distributions(root, doc, state) {
    var metrics = Object.keys(doc.distributions || {});
    if (!metrics.length) { return; }
    var sec = section(root, 'distributions', 'Distributions of outcomes',
      'Histogram of the per-replication values (results.duckdb), one series per treatment of the chosen scenario.');
    var controls = el('div', {'class': 'controls'});
    sec.appendChild(controls);
    var metric = metrics[0];
    var chart = chartBox(sec, 'distribution', 'Histogram of an outcome per treatment', 300);
    function draw() {
      var d = doc.distributions[metric];
      var width = (d.high - d.low) / d.bins;
      var labels = [];
      for (var i = 0; i < d.bins; i++) { labels.push(fmt(d.low + (i + 0.5) * width)); }
      var opt = baseOption(metric + ' (' + state.scenario + ')');
      opt.xAxis = {type: 'category', data: labels, name: metric, nameLocation: 'middle', nameGap: 35};
      opt.yAxis = {type: 'value', name: 'replications'};
      opt.legend = {bottom: 0};
      opt.series = Object.keys(d.counts).filter(function (k) { return k.indexOf(state.scenario + '/') === 0; })
        .map(function (k) { return {name: k.split('/')[1], type: 'bar', data: d.counts[k]}; });
      chart.setOption(opt, true);
      var rows = [];
      for (var b = 0; b < d.bins; b++) {
        rows.push([d.low + b * width, d.low + (b + 1) * width].concat(opt.series.map(function (x) { return x.data[b]; })));
      }
      var peaks = opt.series.map(function (x) {
        var k = x.data.indexOf(Math.max.apply(null, x.data));
        return x.name + ' most often ' + fmt(d.low + k * width) + ' to ' + fmt(d.low + (k + 1) * width);
      });
      describe(chart, opt.title.text, 'Histogram of ' + metric + ' in ' + state.scenario + ' over ' + d.bins + ' bins: ' + peaks.join('; ') + '.',
        ['from', 'to'].concat(opt.series.map(function (x) { return x.name + ' replications'; })), rows);
    }
    if (hashGet().outcome && metrics.indexOf(hashGet().outcome) >= 0) { metric = hashGet().outcome; }
    select(controls, 'Outcome', metrics.map(function (m) { return {value: m, label: m}; }), function (v) { metric = v; hashSet({outcome: v}); draw(); })
      .value = metric;
    state.listeners.push(draw);
    draw();
  }

  /* ---------------- policy comparison ---------------- */
  // The differences tabled are the catalogue's 'compared' uses, those drawn its 'charted' ones (web ReportMetrics).

  /* ---------------- war risk ---------------- */
  function pts(x) { return (x === undefined || x === null || !isFinite(x)) ? '–' : (x >= 0 ? '+' : '') + fmt(100 * x); }

  function change(d) {
    if (!d) { return '–'; }
    if (d.constant) { return d.difference === 0 ? 'no replication differs' : pts(d.difference) + ' in every replication'; }
    return pts(d.difference) + ' [' + pts(d.low) + ', ' + pts(d.high) + ']' + (d.significant ? ' *' : '');
  }

  function warRisk(root, doc, state) {
    if (!doc.warRisk || !doc.warRisk.levels.length) { return; }
    var sec = section(root, 'war-risk', 'Chance of war and each policy\'s effect on it',
      'Conditional estimate: each replication\'s weekly war probabilities summed to the first start (p_war_cond); ' +
      'its mean is the chance of war, with far less noise than the share of replications in which a war started ' +
      '(beside it, Wilson 95%). Effects in points against ' + (doc.warRisk.effects[0] || {}).baseline + ', paired by ' +
      'replication: conditional change (paired-t 95%) with its minimum detectable effect (80% power, 5% two-sided), ' +
      'the hazard ratio (mean cumulative hazard with the policy over without it), and the change of the share with ' +
      'its exact McNemar interval. Wars the scenario forces or forbids have no conditional estimate. docs/analysis.md.');
    var wrap = el('div', {'class': 'scroll', tabindex: '0', role: 'region', 'aria-label': 'War risk table'});
    sec.appendChild(wrap);
    function draw() {
      wrap.innerHTML = '';
      var t = el('table', {'class': 'numbers cards', id: 'war-risk-table'});
      var h = el('tr');
      var heads = ['treatment', 'war', 'P(war), conditional [95%]', 'share [Wilson 95%]', 'change, conditional (pts)', 'MDE (pts)',
        'hazard ratio [95%]', 'change of share (pts, exact)', 'McNemar p'];
      heads.forEach(function (x) { h.appendChild(el('th', {scope: 'col'}, x)); });
      t.appendChild(el('thead')).appendChild(h);
      var body = el('tbody');
      doc.warRisk.levels.filter(function (l) { return l.scenario === state.scenario; }).forEach(function (l) {
        var e = doc.warRisk.effects.filter(function (x) {
          return x.scenario === l.scenario && x.treatment === l.treatment && x.theater === l.theater; })[0];
        var tr = el('tr');
        tr.appendChild(el('th', {scope: 'row'}, l.treatment));
        [l.theater,
          l.conditional !== undefined ? fmt(100 * l.conditional) + '% [' + fmt(100 * l.conditionalLow) + ', ' + fmt(100 * l.conditionalHigh) + ']' : 'not decided',
          fmt(100 * l.share) + '% [' + fmt(100 * l.shareLow) + ', ' + fmt(100 * l.shareHigh) + ']',
          e ? change(e.conditional) : '–', e && e.conditional ? fmt(100 * e.conditional.mde) : '–',
          e && e.hazardRatio !== undefined ? (e.sameHazards ? '1 (same hazards)' : e.hazardRatio.toFixed(3) + ' [' + e.hazardRatioLow.toFixed(3) + ', ' + e.hazardRatioHigh.toFixed(3) + ']') : '–',
          e ? change(e.share) : '–', e && e.share.mcnemarP !== undefined ? e.share.mcnemarP.toPrecision(3) : '–']
          .forEach(function (x, i) { tr.appendChild(el('td', {'data-label': heads[i + 1]}, x)); });
        body.appendChild(tr);
      });
      t.appendChild(body);
      wrap.appendChild(t);
    }
    state.listeners.push(draw);
    draw();
  }

  function comparison(root, doc, state) {
    if (!doc.comparisons || !doc.comparisons.length) { return; }
    var sec = section(root, 'comparison', 'Policy comparison',
      'Each treatment minus the baseline treatment in the same replications (common random numbers): mean ' +
      'difference with its paired 95% interval (paired-t; exact McNemar for 0/1 outcomes such as p_conflict), as a ' +
      'percent of the baseline mean; the table adds the minimum detectable effect (80% power, 5% two-sided) and the ' +
      'change per US$ billion of added policy cost. * marks an interval that excludes zero; an interval of a ' +
      'difference that is the same in every replication is not shown as an interval.');
    var chart = chartBox(sec, 'comparison-chart', 'Paired differences of the treatment against the baseline with 95 percent intervals', 360);
    var tableWrap = el('div', {'class': 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Policy comparison table'});
    sec.appendChild(tableWrap);
    function draw() {
      var cmp = doc.comparisons.filter(function (c) { return c.scenario === state.scenario && c.treatment === state.treatment; })[0]
        || doc.comparisons.filter(function (c) { return c.scenario === state.scenario; })[0];
      tableWrap.innerHTML = '';
      if (!cmp) { chart.clear(); describe(chart, 'comparison', 'No comparison in this scenario.', ['metric'], []); return; }
      if (state.treatment === cmp.baseline) {
        chart.clear();
        describe(chart, 'comparison', cmp.baseline + ' is the reference: choose a lever to see its change.', ['metric'], []);
        tableWrap.appendChild(el('p', {'class': 'note'}, cmp.baseline + ' is the reference: choose a lever in the Treatment list to see its change against ' + cmp.baseline + '.'));
        return;
      }
      // Largest effects first (by the size of the change against its interval), numerically.
      var diffs = cmp.differences.filter(function (d) { return used(d.metric, 'compared'); }).sort(function (x, y) {
        function size(d) { var h = d.high !== null && d.low !== null ? (d.high - d.low) / 2 : 0; return h > 0 ? Math.abs(d.difference) / h : (d.difference !== 0 ? Infinity : 0); }
        return size(y) - size(x) || (x.metric < y.metric ? -1 : 1);
      });
      if (!diffs.some(function (d) { return d.significant; })) {
        tableWrap.appendChild(el('p', {'class': 'ok'}, 'No metric changed: no interval of ' + cmp.treatment + ' − ' + cmp.baseline +
          ' in ' + cmp.scenario + ' excludes 0.'));
      }
      var rel = diffs.filter(function (d) { return used(d.metric, 'charted') && d.baselineMean !== 0 && d.low !== null; });
      var opt = baseOption(cmp.treatment + ' − ' + cmp.baseline + ', % of baseline mean (' + cmp.scenario + ')');
      opt.tooltip = {trigger: 'item', formatter: function (p) {
        var d = rel[p.dataIndex];
        var b = Math.abs(d.baselineMean) / 100;
        return d.metric + ': ' + fmt(d.difference / b) + '% of the ' + cmp.baseline + ' mean (95% interval ' + fmt(d.low / b) + ' to ' +
          fmt(d.high / b) + '%); difference ' + fmt(d.difference) + ' (' + fmt(d.low) + ' to ' + fmt(d.high) + ')';
      }};
      opt.grid.left = 230;
      opt.yAxis = {type: 'category', data: rel.map(function (d) { return d.metric; }), axisLabel: {fontSize: 10}};
      opt.xAxis = {type: 'value', name: '%'};
      opt.series = [{name: 'difference (95% interval)', type: 'boxplot', layout: 'horizontal',
        itemStyle: {color: '#fee0b6', borderColor: '#b35806'},
        data: rel.map(function (d) {
          var b = Math.abs(d.baselineMean) / 100;
          return [d.low / b, d.low / b, d.difference / b, d.high / b, d.high / b];
        })}];
      chart.setOption(opt, true);
      var moved = rel.filter(function (d) { return d.significant; });
      var top = rel.slice().sort(function (x, y) { return Math.abs(y.difference / y.baselineMean) - Math.abs(x.difference / x.baselineMean); })[0];
      describe(chart, opt.title.text, moved.length + ' of ' + rel.length + ' charted metrics change beyond their 95% interval' +
        (top ? '; the largest change relative to ' + cmp.baseline + ' is ' + top.metric + ', ' + signed(100 * top.difference / Math.abs(top.baselineMean), 1) + '%' : '') + '.',
        ['metric', 'difference, % of ' + cmp.baseline + ' mean', 'low 95%', 'high 95%', 'difference', cmp.baseline + ' mean'],
        rel.map(function (d) { var b = Math.abs(d.baselineMean) / 100; return [d.metric, d.difference / b, d.low / b, d.high / b, d.difference, d.baselineMean]; }));
      var t = el('table', {'class': 'numbers cards'});
      var h = el('tr');
      var heads = ['metric', cmp.baseline + ' mean', cmp.treatment + ' mean', 'difference', '95% interval', 'method', 'MDE', 'n', 'per US$ bn'];
      heads.forEach(function (x) { h.appendChild(el('th', {scope: 'col'}, x)); });
      t.appendChild(el('thead')).appendChild(h);
      var body = el('tbody');
      diffs.forEach(function (d) {
        var tr = el('tr');
        tr.appendChild(el('th', {scope: 'row'}, d.metric));
        [fmt(d.baselineMean), fmt(d.treatmentMean), fmt(d.difference) + (d.significant ? ' *' : ''),
          d.constant ? (d.difference === 0 ? 'no replication differs' : 'the same in every replication')
            : '[' + fmt(d.low) + ', ' + fmt(d.high) + ']', d.method || '', fmt(d.mde), String(d.n),
          d.perBillionUsd !== undefined ? fmt(d.perBillionUsd) : '–']
          .forEach(function (x, i) { tr.appendChild(el('td', {'data-label': heads[i + 1]}, x)); });
        body.appendChild(tr);
      });
      t.appendChild(body);
      tableWrap.appendChild(t);
    }
    state.listeners.push(draw);
    draw();
  }

  /* ---------------- sensitivity ---------------- */
  function sensitivity(root, doc) {
    var s = doc.sensitivity;
    if (!s || !s.parameters) { return; }
    var sec = section(root, 'sensitivity', 'Sensitivity of ' + s.metric,
      s.method + ' on ' + s.scenario + ' / ' + s.treatment + ', ' + s.points + ' points.');
    var chart = chartBox(sec, 'sensitivity-chart', 'Sensitivity indices per uncertain parameter', 360);
    var sobol = s.parameters[0] && s.parameters[0].S1 !== undefined;
    var opt = baseOption(sobol ? 'Sobol indices' : 'Morris μ*');
    opt.grid.left = 260;
    opt.legend = {bottom: 0};
    opt.yAxis = {type: 'category', data: s.parameters.map(function (p) { return p.id; }), axisLabel: {fontSize: 10}};
    opt.xAxis = {type: 'value'};
    opt.series = sobol
      ? [{name: 'first order S1', type: 'bar', data: s.parameters.map(function (p) { return p.S1; })},
         {name: 'total ST', type: 'bar', data: s.parameters.map(function (p) { return p.ST; })}]
      : [{name: 'μ*', type: 'bar', data: s.parameters.map(function (p) { return p.mu_star; })}];
    chart.setOption(opt);
    var key = sobol ? 'ST' : 'mu_star';
    var first = s.parameters.slice().sort(function (a, b) { return b[key] - a[key]; })[0];
    describe(chart, opt.title.text, first ? 'The most influential parameter on ' + s.metric + ' is ' + first.id + ' (' + (sobol ? 'total index ' : 'μ* ') +
      fmt(first[key]) + ').' : 'No parameters.', sobol ? ['parameter', 'S1', 'ST'] : ['parameter', 'mu_star'],
      s.parameters.map(function (p) { return sobol ? [p.id, p.S1, p.ST] : [p.id, p.mu_star]; }));
  }

  /* ---------------- map ---------------- */
  function worldMap(root, doc, state, topo) {
    var sec = section(root, 'map', 'Map: GDP change or the chance of war, and the flows',
      'Countries coloured by the mean first-year GDP change in bins (blue: a gain; oranges, darker for larger losses: 0-1, 1-2, 2-5, 5-10, 10-20 and over 20%; grey: not modelled), ' +
      'or by the chance of each decided war on the ground it is fought over (purples; Taiwan; the two Koreas; Estonia, Latvia, Lithuania, Poland and Finland for NATO\'s eastern flank). ' +
      'Figures are rounded to the precision the replications support (one significant digit of the 95% interval\'s half-width). ' +
      'Arrows: munitions from North Korea and China to Russia (width: their share of Russia\'s supply) and US ' +
      'forces leaving Europe for the Pacific (label: weeks of Europe\'s dip). Drag to pan, scroll to zoom.');
    var chart = chartBox(sec, 'world-map', 'World map of GDP change by actor with flows to Russia and US forces to the Pacific', 540);
    var geo = global.topojson.feature(topo, topo.objects.countries);
    // Antarctica (010) and Fiji (242, drawn across the antimeridian) are not modelled: left out.
    geo.features = geo.features.filter(function (f) { return f.id !== '010' && f.id !== '242'; });
    // Rings that cross the antimeridian (Russia's Chukotka, Alaska's Aleutians) would streak across
    // the map: their points on the far side are put on the 180th meridian, on the side most lie.
    function mend(ring) {
      var jump = false;
      var east = 0;
      for (var i = 0; i < ring.length; i++) {
        if (i > 0 && Math.abs(ring[i][0] - ring[i - 1][0]) > 180) { jump = true; }
        if (ring[i][0] > 0) { east++; }
      }
      if (!jump) { return ring; }
      var side = east * 2 >= ring.length ? 180 : -180;
      return ring.map(function (p) { return (p[0] > 0) === (side > 0) ? p : [side, p[1]]; });
    }
    geo.features.forEach(function (f) {
      var g = f.geometry;
      if (g && g.type === 'Polygon') { g.coordinates = g.coordinates.map(mend); }
      if (g && g.type === 'MultiPolygon') { g.coordinates = g.coordinates.map(function (poly) { return poly.map(mend); }); }
    });
    var byNumeric = {};
    var byId = {};
    doc.actors.forEach(function (a) { byId[a.id] = a; if (a.isoNumeric) { byNumeric[a.isoNumeric] = a; } });
    geo.features.forEach(function (f) {
      var a = byNumeric[f.id];
      f.properties = {name: a ? a.id : (f.properties && f.properties.name) || String(f.id)};
    });
    global.echarts.registerMap('indivisible-world', geo);
    var controls = el('div', {'class': 'controls'});
    sec.insertBefore(controls, chart.indivisible.box.parentNode);
    // The colouring lives in the URL (#map=war) with the scenario and treatment.
    var mode = hashGet().map === 'war' ? 'war' : 'gdp';
    select(controls, 'Colour the map by', [{value: 'gdp', label: 'GDP change in the first year'},
      {value: 'war', label: 'chance of war per theater'}], function (v) { mode = v; hashSet({map: v}); draw(); }).value = mode;
    // Means without an interval in the document: two significant digits.
    function sig2(x) { return !isFinite(x) ? '\u2013' : x === 0 ? '0' : minus(Number(x.toPrecision(2)).toString()); }
    // Rounded to the precision the replications support: one significant digit of the 95% half-width.
    function rounded(x, half) {
      var dec = half > 0 && isFinite(half) ? Math.max(0, Math.min(3, Math.ceil(-Math.log10(half)))) : 1;
      return fixed(x, dec);
    }
    function gdpData(c, half) {
      return doc.actors.filter(function (a) { return a.isoNumeric && c['gdp_change_pct_y1.' + a.id]; }).map(function (a) {
        var v = c['gdp_change_pct_y1.' + a.id].mean;
        var h = half[a.id];
        return {name: a.id, value: v, actor: a.name, text: rounded(v, h) + '%' + (h > 0 ? ' (\u00b1' + rounded(h, h) + ')' : '')};
      });
    }
    // Each decided war's chance (conditional estimate, else the share of replications where the
    // scenario sets the war) painted on the theater's countries.
    function warData() {
      var out = [];
      var theaters = [];
      WAR_THEATERS.forEach(function (th) {
        var l = (doc.warRisk && doc.warRisk.levels || []).filter(function (x) {
          return x.scenario === state.scenario && x.treatment === state.treatment && x.theater === th.id; })[0];
        if (!l) { return; }
        var cond = l.conditional !== undefined;
        var m = cond ? [l.conditional, l.conditionalLow, l.conditionalHigh] : [l.share, l.shareLow, l.shareHigh];
        var text = probability(m) + (cond ? '' : ' (set by the scenario)');
        theaters.push({label: th.label, text: text, value: 100 * m[0], low: 100 * m[1], high: 100 * m[2], countries: th.countries, at: byId[th.at]});
        th.countries.forEach(function (iso) {
          var a = byId[iso];
          if (a && a.isoNumeric) { out.push({name: iso, value: 100 * m[0], actor: a.name + ' (' + th.label + ')', text: 'P(war) ' + text}); }
        });
      });
      return {data: out, theaters: theaters};
    }
    function draw() {
      var c = doc.summary[state.scenario][state.treatment] || {};
      var half = (doc.precision && doc.precision[state.scenario] && doc.precision[state.scenario][state.treatment]) || {};
      var war = mode === 'war' ? warData() : null;
      var data = war ? war.data : gdpData(c, half);
      function share(partner) { var m = c['munitions_supply_share.RUS.' + partner]; return m ? m.mean : 0; }
      function cap(id) { var a = byId[id]; return [a.lon, a.lat]; }
      var dip = c['europe_dip_weeks'];
      var flows = [
        {name: 'PRK → RUS munitions', coords: [cap('PRK'), cap('RUS')], value: share('PRK'), lineStyle: {width: 2 + 10 * share('PRK')}},
        {name: 'CHN → RUS munitions and inputs', coords: [cap('CHN'), cap('RUS')], value: share('CHN'), lineStyle: {width: 2 + 10 * share('CHN')}},
        // Faint when the US never left Europe in this cell.
        {name: 'US forces Europe → Pacific', coords: [US_EUROPE, US_PACIFIC], value: dip ? dip.mean : 0,
          lineStyle: {width: 3, type: 'dashed', opacity: dip && dip.mean > 0 ? 0.8 : 0.25}}
      ];
      var title = (war ? 'Chance of war by theater, %' : 'GDP change y1, %') + ' (' + state.scenario + ', ' + state.treatment + ')';
      narrow = chart.getWidth() < 600;
      chart.setOption({
        aria: {enabled: true, label: {description: title + '; the figures are in the summary under the map.'}},
        animation: false,
        title: {text: title, left: 'center', textStyle: {fontSize: 14}},
        tooltip: {trigger: 'item', formatter: function (p) {
          if (p.seriesType === 'lines') { return p.name + (p.data.name.indexOf('US') === 0 ? ': dip ' + sig2(p.value) + ' weeks' : ': ' + sig2(100 * p.value) + '% of supply'); }
          return (p.data && p.data.actor ? p.data.actor : p.name) + ': ' + (p.data && p.data.text ? p.data.text : war ? 'no decided war' : 'not modelled');
        }},
        // Binned: a 6% and an 8% loss read apart from a 45% one (a continuous scale saturated at the 90th percentile).
        visualMap: {type: 'piecewise', pieces: war ? WAR_BINS : LOSS_BINS, left: 10, bottom: 20, seriesIndex: 0, itemWidth: 14, itemHeight: 10,
          textStyle: {fontSize: 11}},
        // On a phone the map keeps its shape (width-bound, the legend under it) instead of being squeezed.
        geo: Object.assign(narrow ? {layoutCenter: ['50%', '38%'], layoutSize: '100%'} : {top: 40, bottom: 10, left: 110, right: 10},
          {map: 'indivisible-world', roam: true, boundingCoords: [[-170, 80], [180, -58]], itemStyle: {areaColor: war ? '#e0e0e0' : '#bdbdbd', borderColor: '#777', borderWidth: 0.4},
          emphasis: {label: {show: false}}}),
        series: [
          {name: war ? 'P(war) %' : 'GDP change y1 %', type: 'map', geoIndex: 0, data: data},
          {name: 'flows', type: 'lines', coordinateSystem: 'geo', zlevel: 2, data: flows,
            lineStyle: {color: '#000', opacity: 0.8, curveness: 0.2}, symbol: ['none', 'arrow'], symbolSize: 10}
        ].concat(war ? [
          // The small theaters (Taiwan) read from their labels, not their area.
          {name: 'theaters', type: 'scatter', coordinateSystem: 'geo', zlevel: 3, symbolSize: 7, itemStyle: {color: '#4a1486'},
            tooltip: {show: false}, data: war.theaters.filter(function (t) { return t.at; }).map(function (t) {
              return {name: t.label, value: [t.at.lon, t.at.lat, t.value], label: {show: true, position: 'right', fontSize: 11, color: '#1a1a1a',
                backgroundColor: 'rgba(255,255,255,0.85)', padding: [1, 3], formatter: t.label + ' ' + t.text}};
            })}] : [])
      }, true);
      caption.textContent = flows.map(function (f) {
        return f.name + ': ' + (f.name.indexOf('US') === 0 ? 'Europe\'s dip ' + sig2(f.value) + ' weeks' : sig2(100 * f.value) + '% of Russia\'s munitions supply');
      }).join(' · ');
      var sentence;
      var headers;
      var rows;
      if (war) {
        sentence = war.theaters.length ? 'Chance of war (mean with the 95% interval of the mean) in ' + state.scenario + ' under ' + state.treatment + ': ' +
          war.theaters.map(function (t) { return t.label + ' ' + t.text; }).join('; ') + '.' : 'No decided war in this scenario.';
        headers = ['theater', 'P(war) %', 'low 95%', 'high 95%', 'countries'];
        rows = war.theaters.map(function (t) { return [t.label, t.value, t.low, t.high, t.countries.join(' ')]; });
      } else {
        var sorted = data.slice().sort(function (a, b) { return a.value - b.value; });
        var losing = data.filter(function (d) { return d.value <= -1; }).length;
        sentence = 'First-year GDP change in ' + state.scenario + ' under ' + state.treatment + ': largest losses ' +
          sorted.slice(0, 3).map(function (d) { return d.actor + ' ' + d.text; }).join(', ') + '; ' + losing + ' of ' + data.length +
          ' modelled countries lose 1% or more.';
        headers = ['country', 'GDP change y1 %', '95% half-width', 'name'];
        rows = sorted.map(function (d) { return [d.name, d.value, half[d.name], d.actor]; });
      }
      describe(chart, title, sentence, headers, rows);
    }
    var caption = el('p', {'class': 'note', id: 'map-flows'});
    sec.appendChild(caption);
    var narrow = false;
    global.addEventListener('resize', function () { if ((chart.getWidth() < 600) !== narrow) { draw(); } });
    state.listeners.push(draw);
    draw();
  }

  /* ---------------- provenance ---------------- */
  function provenance(root, doc) {
    if (!doc.provenance) { return; }
    var sec = section(root, 'provenance', 'Provenance: what the headline numbers rest on',
      'For each headline number, the snapshot tables and uncertain parameters it is computed from, and the share ' +
      'of their values that are observed, derived, a source\'s estimate or our assumption. The headline share ' +
      'weights each input equally.');
    var rows = [];
    doc.provenance.forEach(function (h) {
      h.inputs.forEach(function (i) { rows.push({label: h.label + ': ' + i.input, values: i.values}); });
    });
    var chart = chartBox(sec, 'provenance-chart', 'Share of each input by status: observed, derived, estimate, assumption', 60 + 28 * rows.length);
    var statuses = ['observed', 'derived', 'estimate', 'assumption'];
    var opt = baseOption('');
    opt.grid = {left: 330, right: 30, top: 20, bottom: 50};
    opt.legend = {bottom: 0};
    opt.tooltip = {trigger: 'axis', axisPointer: {type: 'shadow'}};
    opt.yAxis = {type: 'category', data: rows.map(function (r) { return r.label; }), inverse: true, axisLabel: {fontSize: 10}};
    opt.xAxis = {type: 'value', max: 100, name: '% of values'};
    opt.series = statuses.map(function (s) {
      return {name: s, type: 'bar', stack: 'status', color: STATUS_COLOURS[s], data: rows.map(function (r) {
        var total = 0; Object.keys(r.values).forEach(function (k) { total += r.values[k]; });
        return total ? 100 * (r.values[s] || 0) / total : 0;
      })};
    });
    chart.setOption(opt);
    describe(chart, 'provenance', 'Share of each headline\'s inputs resting on estimates and assumptions: ' + doc.provenance.map(function (h) {
      return h.label + ' ' + Math.round(100 * h.estimatedOrAssumedShare) + '%'; }).join(', ') + '.',
      ['input'].concat(statuses.map(function (x) { return x + ' %'; })), rows.map(function (r, i) {
        return [r.label].concat(opt.series.map(function (x) { return x.data[i]; })); }));
    var list = el('ul');
    doc.provenance.forEach(function (h) {
      list.appendChild(el('li', {}, h.label + ': ' + Math.round(100 * h.estimatedOrAssumedShare) + '% rests on estimates and assumptions'));
    });
    sec.appendChild(list);
  }

  /* ---------------- manifest ---------------- */
  function manifest(root, doc) {
    var sec = section(root, 'manifest', 'Manifest: how to repeat this run');
    var m = doc.manifest;
    sec.appendChild(el('p', {}, 'Reproduce: ')).appendChild(el('code', {}, m.reproduce || ''));
    sec.appendChild(el('pre', {'class': 'manifest', tabindex: '0'}, JSON.stringify(m, null, 2)));
  }

  /* ---------------- state in the URL, and the wide CSV ---------------- */
  function hashGet() {
    var out = {};
    (global.location.hash || '').replace(/^#/, '').split('&').forEach(function (kv) {
      var i = kv.indexOf('=');
      if (i > 0) { out[decodeURIComponent(kv.substring(0, i))] = decodeURIComponent(kv.substring(i + 1)); }
    });
    return out;
  }
  function hashSet(values) {
    var h = hashGet();
    Object.keys(values).forEach(function (k) { h[k] = values[k]; });
    var text = Object.keys(h).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(h[k]); }).join('&');
    try { global.history.replaceState(null, '', '#' + text); } catch (e) { global.location.hash = text; }
  }

  /**
   * The headline metrics as a wide CSV, one row per scenario and treatment (mean, and the 95%
   * interval of the mean), named after the run: <run-id>-headline.csv.
   */
  function headlineCsv(doc) {
    var h = doc.headline || {};
    var metrics = [];
    Object.keys(h).forEach(function (s) { Object.keys(h[s]).forEach(function (t) {
      Object.keys(h[s][t]).forEach(function (m) { if (metrics.indexOf(m) < 0) { metrics.push(m); } }); }); });
    var head = ['scenario', 'treatment'];
    metrics.forEach(function (m) { head.push(m, m + '_low95', m + '_high95'); });
    var lines = [head.join(',')];
    Object.keys(h).forEach(function (s) { Object.keys(h[s]).forEach(function (t) {
      var row = [s, t];
      metrics.forEach(function (m) { var v = h[s][t][m]; row.push(v ? v[0] : '', v ? v[1] : '', v ? v[2] : ''); });
      lines.push(row.join(','));
    }); });
    return lines.join('\n') + '\n';
  }
  function downloadLink(doc) {
    var a = el('a', {id: 'download-headline', download: (doc.manifest.runId || 'run') + '-headline.csv',
      href: 'data:text/csv;charset=utf-8,' + encodeURIComponent(headlineCsv(doc))}, 'Headline numbers as CSV');
    return a;
  }

  /**
   * Draws the whole report into root. doc: the report document; topo: the countries TopoJSON.
   * Returns {state, charts} (state: scenario and treatment shown).
   */
  function render(root, doc, topo) {
    root.innerHTML = '';
    RUN_ID = doc.manifest && doc.manifest.runId || '';
    useCatalogue(doc);
    studyHeader(root, doc);
    findings(root, doc);
    scorecard(root, doc);
    key(root, doc);
    headlineTable(root, doc);
    var cells = cellsOf(doc.summary);
    var state = {scenario: cells[0].scenario, treatment: cells[0].treatment, listeners: []};
    var controls = el('div', {'class': 'controls sticky', role: 'group', 'aria-label': 'What the charts show'});
    root.appendChild(controls);
    // The view lives in the URL (#scenario=...&treatment=...): a link reopens it.
    function changed() {
      hashSet({scenario: state.scenario, treatment: state.treatment});
      ssel.value = state.scenario;
      tsel.value = state.treatment;
      state.listeners.forEach(function (f) { f(); });
    }
    var ssel = select(controls, 'Scenario', Object.keys(doc.summary).map(function (s) { var n = scenarioName(doc, s); return {value: s, label: n === s ? s : s + ': ' + n}; }),
      function (v) { state.scenario = v; if (!doc.summary[v][state.treatment]) { state.treatment = Object.keys(doc.summary[v])[0]; } changed(); });
    var treatments = [];
    cells.forEach(function (c) { if (treatments.indexOf(c.treatment) < 0) { treatments.push(c.treatment); } });
    var tsel = select(controls, 'Treatment', treatments.map(function (t) { return {value: t, label: t}; }),
      function (v) { state.treatment = v; changed(); });
    if (treatments.length > 1) { tsel.value = treatments[1]; state.treatment = treatments[1]; }
    var wanted = hashGet();
    if (wanted.scenario && doc.summary[wanted.scenario]) { state.scenario = wanted.scenario; ssel.value = wanted.scenario; }
    if (wanted.treatment && doc.summary[state.scenario][wanted.treatment]) { state.treatment = wanted.treatment; tsel.value = wanted.treatment; }
    controls.appendChild(downloadLink(doc));
    worldMap(root, doc, state, topo);
    fanCharts(root, doc, state);
    warRisk(root, doc, state);
    comparison(root, doc, state);
    distributions(root, doc, state);
    gdpChart(root, doc, state);
    sensitivity(root, doc);
    provenance(root, doc);
    manifest(root, doc);
    return state;
  }

  global.Indivisible = {render: render, metricOf: metricOf, format: fmt, hashGet: hashGet, hashSet: hashSet, pngDataUrl: pngDataUrl, svgMarkup: svgMarkup};
})(window);
