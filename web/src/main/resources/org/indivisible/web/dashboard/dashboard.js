/* indivisible dashboard: talks to the JSON API (/api/openapi) and draws runs with charts.js. */
(function () {
  'use strict';
  var scenarios = [];
  var topo = null;
  var $ = function (id) { return document.getElementById(id); };

  function api(method, path, body) {
    var init = {method: method, headers: {'Accept': 'application/json'}, credentials: 'same-origin'};
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok && r.status !== 422 && r.status !== 202) { throw new Error(j.error || ('HTTP ' + r.status)); }
        j.httpStatus = r.status;
        return j;
      });
    });
  }

  function text(tag, t, attrs) {
    var e = document.createElement(tag);
    if (t !== undefined) { e.textContent = t; }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  // ticked: the ids ticked at first (all when absent).
  function checkboxes(fieldset, name, items, ticked) {
    Array.prototype.slice.call(fieldset.querySelectorAll('label')).forEach(function (l) { l.remove(); });
    items.forEach(function (it) {
      var l = text('label');
      var attrs = {type: 'checkbox', name: name, value: it.id};
      if (!ticked || ticked.indexOf(it.id) >= 0) { attrs.checked = 'checked'; }
      var c = text('input', undefined, attrs);
      c.addEventListener('change', checkChoice);
      l.appendChild(c);
      l.appendChild(document.createTextNode(' ' + it.id + (it.description ? ': ' + it.description : '')));
      fieldset.appendChild(l);
    });
  }

  function chosen(name) {
    return Array.prototype.slice.call(document.querySelectorAll('input[name=' + name + ']:checked')).map(function (c) { return c.value; });
  }

  // A run needs at least one scenario and one treatment: the Run button waits until each list has a tick.
  function checkChoice() {
    var missing = [];
    if (!chosen('scenario').length) { missing.push('a scenario'); }
    if (!chosen('treatment').length) { missing.push('a treatment'); }
    $('run-button').disabled = missing.length > 0;
    $('choice-status').textContent = missing.length ? 'Tick at least ' + missing.join(' and ') + ' to run.' : '';
  }

  function fileChanged() {
    var f = scenarios.filter(function (s) { return s.file === $('file').value; })[0];
    if (!f) { return; }
    var ids = (f.treatments || []).map(function (t) { return t.id; });
    // A study opens with its reference (P0) and the combination (ALL) ticked: the policy comparison at a glance.
    var ticked = ids.length > 2 && ids.indexOf('P0') >= 0 && ids.indexOf('ALL') >= 0 ? ['P0', 'ALL'] : null;
    checkboxes($('scenario-choice'), 'scenario', (f.scenarios || []).map(function (s) { return {id: s}; }));
    checkboxes($('treatment-choice'), 'treatment', f.treatments || [], ticked);
    $('seed').value = f.seed;
    if (f.replications) { $('replications').value = f.replications; }
    checkChoice();
  }

  function loadScenarios() {
    return api('GET', '/api/scenarios').then(function (list) {
      scenarios = list.filter(function (s) { return s.scenarios; });
      [$('file'), $('edit-file')].forEach(function (sel) { sel.innerHTML = ''; });
      scenarios.forEach(function (s) {
        $('file').appendChild(text('option', s.file + ' (' + s.name + ')', {value: s.file}));
      });
      list.forEach(function (s) { $('edit-file').appendChild(text('option', s.file, {value: s.file})); });
      var study = scenarios.filter(function (s) { return s.file === 'default-study.yaml'; })[0];
      if (study) { $('file').value = study.file; }
      fileChanged();
      loadEditor();
    });
  }

  function loadRuns() {
    return api('GET', '/api/runs').then(function (runs) {
      var body = $('runs-table').querySelector('tbody');
      body.innerHTML = '';
      runs.forEach(function (r) {
        var tr = text('tr');
        var td = text('td');
        var box = text('input', undefined, {type: 'checkbox', 'class': 'compare-pick', value: r.runId, 'aria-label': 'compare ' + r.runId});
        box.addEventListener('change', function () {
          $('compare-button').disabled = document.querySelectorAll('.compare-pick:checked').length !== 2;
        });
        td.appendChild(box);
        tr.appendChild(td);
        var th = text('th', r.runId, {scope: 'row', 'data-run': r.runId});
        if (r.name) { th.appendChild(text('span', r.name, {'class': 'run-name'})); }
        tr.appendChild(th);
        tr.appendChild(text('td', r.study + ' (' + r.scenarios.length + ' x ' + r.treatments.length + ')'));
        tr.appendChild(text('td', String(r.replications)));
        tr.appendChild(text('td', String(r.seed)));
        var open = text('td');
        var b = text('button', 'Open', {type: 'button', 'class': 'open-run', 'data-run': r.runId});
        b.addEventListener('click', function () { openRun(r.runId); });
        open.appendChild(b);
        tr.appendChild(open);
        var dl = text('td');
        [['CSV', '/api/runs/' + r.runId + '/metrics.csv'], ['Parquet', '/api/runs/' + r.runId + '/files/metrics.parquet'],
          ['summary', '/api/runs/' + r.runId + '/files/summary.json'], ['report', '/runs/' + r.runId + '/report.html']]
          .forEach(function (x) { var a = text('a', x[0], {href: x[1]}); dl.appendChild(a); dl.appendChild(document.createTextNode(' ')); });
        tr.appendChild(dl);
        tr.appendChild(manageCell(r));
        body.appendChild(tr);
      });
    });
  }

  // Rename and delete; deleting asks first, in the row, and the server refuses a run in use.
  function manageCell(r) {
    var td = text('td');
    var rename = text('button', 'Name', {type: 'button', 'class': 'secondary rename-run', 'aria-label': 'Name run ' + r.runId});
    var del = text('button', 'Delete', {type: 'button', 'class': 'danger delete-run', 'aria-label': 'Delete run ' + r.runId});
    var out = text('span', '', {role: 'status', 'aria-live': 'polite', 'class': 'manage-status'});
    rename.addEventListener('click', function () {
      td.innerHTML = '';
      var input = text('input', undefined, {type: 'text', maxlength: '120', value: r.name || '', 'aria-label': 'Name of run ' + r.runId, 'class': 'name-input'});
      var ok = text('button', 'Save name', {type: 'button', 'class': 'save-name'});
      var cancel = text('button', 'Cancel', {type: 'button', 'class': 'secondary'});
      ok.addEventListener('click', function () {
        api('PUT', '/api/runs/' + encodeURIComponent(r.runId) + '/name', {name: input.value}).then(loadRuns)
          .catch(function (e) { out.textContent = e.message; td.appendChild(out); });
      });
      cancel.addEventListener('click', loadRuns);
      td.appendChild(input); td.appendChild(ok); td.appendChild(cancel);
      input.focus();
    });
    del.addEventListener('click', function () {
      td.innerHTML = '';
      var q = text('span', 'Delete ' + r.runId + (r.name ? ' (' + r.name + ')' : '') + ' and all its files? ', {'class': 'confirm-text'});
      var yes = text('button', 'Yes, delete', {type: 'button', 'class': 'danger confirm-delete'});
      var no = text('button', 'Keep it', {type: 'button', 'class': 'secondary keep-run'});
      yes.addEventListener('click', function () {
        api('DELETE', '/api/runs/' + encodeURIComponent(r.runId)).then(function () {
          if ($('run-view').getAttribute('data-run') === r.runId) { $('run-view').innerHTML = ''; $('run-view').removeAttribute('data-run'); }
          return loadRuns();
        }).catch(function (e) { td.innerHTML = ''; td.appendChild(text('span', e.message, {'class': 'problems delete-error', role: 'status'})); });
      });
      no.addEventListener('click', loadRuns);
      td.appendChild(q); td.appendChild(yes); td.appendChild(no);
      no.focus();
    });
    td.appendChild(rename);
    td.appendChild(document.createTextNode(' '));
    td.appendChild(del);
    return td;
  }

  function openRun(runId) {
    var started = performance.now();
    var view = $('run-view');
    view.innerHTML = '';
    view.appendChild(text('p', 'Loading run ' + runId + '…'));
    var world = topo ? Promise.resolve(topo) : fetch('/static/countries-110m.json').then(function (r) { return r.json(); });
    return Promise.all([api('GET', '/api/runs/' + encodeURIComponent(runId)), world]).then(function (x) {
      topo = x[1];
      var h = text('h2', 'Run ' + runId, {id: 'run-view-h', tabindex: '-1'});
      var root = text('div', undefined, {id: 'run-root'});
      view.innerHTML = '';
      view.appendChild(h);
      view.appendChild(root);
      Indivisible.render(root, x[0], topo);
      Indivisible.hashSet({run: runId});
      view.setAttribute('data-open-ms', String(Math.round(performance.now() - started)));
      view.setAttribute('data-run', runId);
      h.focus();
    }).catch(function (e) { view.innerHTML = ''; view.appendChild(text('p', 'Cannot open ' + runId + ': ' + e.message, {'class': 'problems'})); });
  }

  // "about 3 min left", from the pace so far.
  function eta(seconds) {
    if (seconds === undefined || seconds < 0) { return ''; }
    if (seconds < 60) { return '; about ' + Math.max(1, Math.round(seconds)) + ' s left'; }
    if (seconds < 3600) { return '; about ' + Math.round(seconds / 60) + ' min left'; }
    return '; about ' + (seconds / 3600).toFixed(1) + ' h left';
  }

  var currentJob = null;
  function poll(job) {
    currentJob = job;
    $('progress').hidden = false;
    $('progress').max = Math.max(1, job.total);
    $('progress').value = job.done;
    $('cancel-button').hidden = !(job.state === 'running' || job.state === 'queued');
    $('run-status').textContent = job.state + ': ' + job.done + ' of ' + (job.total || '?') + ' replications' + eta(job.etaSeconds);
    if (job.state === 'cancelled') {
      $('run-status').textContent = 'Cancelled: nothing of the run was kept.';
      $('progress').hidden = true;
      $('run-button').disabled = false;
      checkChoice();
      return null;
    }
    if (job.state === 'done') {
      $('run-status').textContent = 'Finished: run ' + job.runId;
      $('run-button').disabled = false;
      return loadRuns().then(function () { return openRun(job.runId); });
    }
    if (job.state === 'failed') {
      $('cancel-button').hidden = true;
      $('run-status').textContent = 'Failed: ' + job.error;
      $('run-button').disabled = false;
      return null;
    }
    return new Promise(function (resolve) { setTimeout(resolve, 400); })
      .then(function () { return api('GET', '/api/jobs/' + job.id); }).then(poll);
  }

  function startRun(ev) {
    ev.preventDefault();
    if (!chosen('scenario').length || !chosen('treatment').length) { checkChoice(); return; }
    var body = {file: $('file').value, replications: parseInt($('replications').value, 10),
      scenarios: chosen('scenario'), treatments: chosen('treatment')};
    if ($('seed').value !== '') { body.seed = parseInt($('seed').value, 10); }
    $('run-button').disabled = true;
    $('run-status').textContent = 'Submitting…';
    api('POST', '/api/runs', body).then(poll).catch(function (e) {
      $('run-status').textContent = e.message;
      $('run-button').disabled = false;
    });
  }

  // The two ticked runs as A (reference) and B; "Swap A and B" turns them round.
  var swapped = false;
  function compare() {
    var picks = Array.prototype.slice.call(document.querySelectorAll('.compare-pick:checked')).map(function (c) { return c.value; });
    var a = swapped ? picks[0] : picks[1];
    var b = swapped ? picks[1] : picks[0];
    var out = $('compare-result');
    out.innerHTML = '';
    api('GET', '/api/compare?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b)).then(function (r) {
      var head = text('p', 'A = ' + r.a + ' (reference), B = ' + r.b + ': B − A, ' + r.pairing + '. ');
      var swap = text('button', 'Swap A and B', {type: 'button', id: 'swap-button'});
      swap.addEventListener('click', function () { swapped = !swapped; compare(); });
      head.appendChild(swap);
      out.appendChild(head);
      out.appendChild(text('p', r.marked + ' of ' + r.tests + ' differences are marked ◆: discoveries at a false discovery rate of 5% ' +
        '(Benjamini-Hochberg; ' + r.markedBeforeAdjustment + ' intervals excluded 0 before the adjustment). ' + r.roundingZeros +
        ' differences at floating-point rounding are shown as 0. Headline metrics first, then the marked ones by p-value.',
        {'class': 'note', id: 'compare-summary'}));
      if (r.marked === 0) {
        out.appendChild(text('p', 'No metric changed beyond what chance explains.', {'class': 'ok', id: 'compare-none'}));
      }
      var rows = [];
      r.comparisons.forEach(function (c) {
        c.differences.filter(function (d) { return d.headline || d.marked; })
          .forEach(function (d) { rows.push({c: c, d: d}); });
      });
      rows.sort(function (x, y) { return (x.d.headline === y.d.headline ? 0 : x.d.headline ? -1 : 1) || x.d.p - y.d.p; });
      whiskers(out, rows);
      var t = text('table', undefined, {'class': 'numbers cards', id: 'compare-table'});
      var h = text('tr');
      var cols = ['metric', 'scenario', 'treatment', 'A mean', 'B mean', 'B − A', '95% interval', 'p', 'method'];
      cols.forEach(function (x) { h.appendChild(text('th', x, {scope: 'col'})); });
      t.appendChild(text('thead')).appendChild(h);
      var body = text('tbody');
      rows.forEach(function (x) {
        var d = x.d;
        var tr = text('tr', undefined, d.marked ? {'class': 'marked'} : {});
        [d.metric, x.c.scenario, x.c.treatment, Indivisible.format(d.a), Indivisible.format(d.b),
          Indivisible.format(d.difference) + (d.marked ? ' ◆' : ''),
          d.roundingZero ? 'rounding (0)' : d.constant ? (d.difference === 0 ? 'no replication differs' : 'the same in every replication')
            : '[' + Indivisible.format(d.low) + ', ' + Indivisible.format(d.high) + ']',
          d.p < 1e-4 ? d.p.toExponential(1) : d.p.toFixed(4), d.method || '']
          .forEach(function (v, i) { tr.appendChild(text(i === 0 ? 'th' : 'td', v, i === 0 ? {scope: 'row'} : {'data-label': cols[i]})); });
        body.appendChild(tr);
      });
      t.appendChild(body);
      out.appendChild(t);
    }).catch(function (e) { out.appendChild(text('p', e.message, {'class': 'problems'})); });
  }

  /**
   * Dot and whisker: each difference with an interval (up to 30, in table order) as a share of A's
   * mean, so that metrics of different units share one axis; the tooltip gives the numbers.
   */
  function whiskers(out, rows) {
    var shown = rows.filter(function (x) {
      var d = x.d;
      return !d.roundingZero && !d.constant && d.a !== 0 && isFinite(d.low) && isFinite(d.high);
    }).slice(0, 30).reverse();
    if (!shown.length) { return; }
    var box = text('div', undefined, {id: 'compare-chart', 'class': 'chart', role: 'img',
      'aria-label': 'Dot and whisker chart of ' + shown.length + ' differences B − A as a share of A; the numbers are in the table below.'});
    box.style.height = Math.max(160, 40 + 22 * shown.length) + 'px';
    out.appendChild(box);
    var rel = function (v, d) { return 100 * v / Math.abs(d.a); };
    var labels = shown.map(function (x) { return x.d.metric + ' · ' + x.c.scenario + '/' + x.c.treatment; });
    echarts.init(box, null, {renderer: 'svg'}).setOption({
      animation: false, grid: {left: 330, right: 30, top: 10, bottom: 40},
      xAxis: {type: 'value', name: 'B − A, % of A', nameLocation: 'middle', nameGap: 26},
      yAxis: {type: 'category', data: labels, axisLabel: {width: 320, overflow: 'truncate'}},
      tooltip: {formatter: function (p) { var x = shown[p.dataIndex], d = x.d;
        return labels[p.dataIndex] + '<br>B − A ' + Indivisible.format(d.difference) + ' [' + Indivisible.format(d.low) + ', '
          + Indivisible.format(d.high) + ']' + (d.marked ? ' ◆' : ''); }},
      series: [
        {type: 'custom', renderItem: function (params, api) {
          var lo = api.coord([api.value(0), api.value(2)]), hi = api.coord([api.value(1), api.value(2)]);
          return {type: 'line', shape: {x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1]}, style: {stroke: '#555', lineWidth: 1.5}};
        }, encode: {x: [0, 1], y: 2}, data: shown.map(function (x, i) { return [rel(x.d.low, x.d), rel(x.d.high, x.d), i]; })},
        {type: 'scatter', symbolSize: 8, data: shown.map(function (x, i) {
          return {value: [rel(x.d.difference, x.d), i], itemStyle: {color: x.d.marked ? '#b03a2e' : '#1f5fa8'}}; }),
         markLine: {silent: true, symbol: 'none', lineStyle: {color: '#999', type: 'dashed'}, data: [{xAxis: 0}]}}]});
  }

  function loadEditor() {
    var f = $('edit-file').value;
    if (!f) { return; }
    api('GET', '/api/scenarios/' + encodeURIComponent(f)).then(function (r) { $('editor').value = r.text; $('validation').textContent = ''; });
  }

  function showValidation(r) {
    var v = $('validation');
    v.innerHTML = '';
    if (r.ok) {
      v.appendChild(text('p', r.message + (r.saved ? ' Saved.' : ''), {'class': 'ok'}));
    } else {
      v.appendChild(text('p', r.problems.length + ' problem(s); not saved:'));
      v.appendChild(text('pre', r.problems.map(function (p) { return p.text; }).join('\n'), {'class': 'problems'}));
    }
  }

  function validate() {
    api('POST', '/api/validate', {file: $('edit-file').value, text: $('editor').value}).then(showValidation)
      .catch(function (e) { $('validation').textContent = e.message; });
  }

  function save() {
    api('PUT', '/api/scenarios/' + encodeURIComponent($('edit-file').value), {text: $('editor').value})
      .then(function (r) { showValidation(r); if (r.ok) { loadScenarios(); } })
      .catch(function (e) { $('validation').textContent = e.message; });
  }

  $('cancel-button').addEventListener('click', function () {
    if (!currentJob) { return; }
    $('cancel-button').disabled = true;
    api('DELETE', '/api/jobs/' + encodeURIComponent(currentJob.id)).then(function () { $('run-status').textContent = 'Cancelling…'; })
      .catch(function (e) { $('run-status').textContent = e.message; })
      .then(function () { $('cancel-button').disabled = false; });
  });
  $('file').addEventListener('change', fileChanged);
  $('run-form').addEventListener('submit', startRun);
  $('compare-button').addEventListener('click', compare);
  $('edit-file').addEventListener('change', loadEditor);
  $('validate-button').addEventListener('click', validate);
  $('save-button').addEventListener('click', save);
  Promise.all([loadScenarios(), loadRuns()]).then(function () {
    document.body.setAttribute('data-ready', 'true');
    // A link with #run=<id> (and the view's scenario and treatment) reopens that run as it was shown.
    var run = Indivisible.hashGet().run;
    if (run && document.querySelector('button.open-run[data-run="' + run.replace(/"/g, '') + '"]')) { openRun(run); }
  });
})();
