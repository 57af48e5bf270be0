// The page's one script (inline; the CSP allows exactly this text by its hash). It reads only the
// page itself: filters, sorting, grouping by lead unit, the overdue date, bar → row links.
// Plain ES2019 so any current browser runs it; it never builds HTML from document text
// (textContent and attributes only), so nothing from a document can become markup.
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  var L = JSON.parse(root.getAttribute('data-strings') || '{}');
  var collator = new Intl.Collator(root.lang || 'vi', { numeric: true, sensitivity: 'base' });
  function fold(t) {
    return t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u0111\u0110]/g, 'd').toLowerCase().replace(/\s+/g, ' ');
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function today() { var d = new Date(); return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); }
  function isoDays(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? Math.floor(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000) : null;
  }
  var given = /[?&]asof=(\d{4}-\d{2}-\d{2})/.exec(location.search);
  var asOf0 = given ? given[1] : today();
  function units(s) { return s ? s.split('|') : []; }
  function fmt(template, a, b) { return String(template).replace('{0}', a).replace('{1}', b); }

  function setupDoc(art) {
    var form = art.querySelector('form.controls');
    var table = art.querySelector('table.tasks');
    if (!form || !table) return;
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.querySelectorAll('tr[data-task]'));
    var ncols = table.tHead.rows[0].cells.length;
    rows.forEach(function (r) { r._text = fold(r.textContent); });
    var svg = art.querySelector('svg.timeline');
    var bars = svg ? Array.prototype.slice.call(svg.querySelectorAll('rect[data-task]')) : [];
    var barRow = bars.map(function (b) { return document.getElementById(b.parentNode.getAttribute('href').slice(1)); });
    var count = art.querySelector('[data-count]');
    var empty = art.querySelector('[data-empty]');
    var sortCol = -1, sortDir = 1;
    form.elements.asof.value = asOf0;

    function key(r) {
      var c = r.cells[sortCol];
      return c.hasAttribute('data-sort') ? c.getAttribute('data-sort') : c.textContent.trim();
    }
    function reorder() {
      var list = rows.slice();
      list.sort(function (a, b) {
        var d = sortCol < 0 ? 0 : collator.compare(key(a), key(b)) * sortDir;
        return d || (+a.getAttribute('data-order')) - (+b.getAttribute('data-order'));
      });
      Array.prototype.slice.call(tbody.querySelectorAll('tr.group-row')).forEach(function (g) { g.remove(); });
      if (form.elements.group.checked) {
        var groups = {}, names = [];
        list.forEach(function (r) {
          var g = r.getAttribute('data-first-lead') || '';
          if (!groups[g]) { groups[g] = []; names.push(g); }
          groups[g].push(r);
        });
        names.sort(function (a, b) { return a === '' ? 1 : b === '' ? -1 : collator.compare(a, b); });
        names.forEach(function (g) {
          var shown = groups[g].filter(function (r) { return !r.hidden; }).length;
          var head = document.createElement('tr');
          head.className = 'group-row';
          var th = document.createElement('th');
          th.colSpan = ncols;
          th.scope = 'colgroup';
          th.textContent = (g || L.noLead) + ' \u2014 ' + shown;
          head.appendChild(th);
          head.hidden = shown === 0;
          tbody.appendChild(head);
          groups[g].forEach(function (r) { tbody.appendChild(r); });
        });
      } else list.forEach(function (r) { tbody.appendChild(r); });
    }
    function apply() {
      var unit = form.elements.unit.value;
      var any = form.elements.role.value === 'any';
      var q = fold(form.elements.q.value.trim());
      var asof = form.elements.asof.value;
      var shown = 0, late = 0;
      rows.forEach(function (r) {
        var ok = !unit || units(r.getAttribute('data-lead')).indexOf(unit) >= 0 ||
          (any && units(r.getAttribute('data-support')).indexOf(unit) >= 0);
        if (ok && q) ok = r._text.indexOf(q) >= 0;
        r.hidden = !ok;
        var due = r.getAttribute('data-due');
        var od = !!(asof && due && due < asof);
        r.classList.toggle('overdue', od);
        if (ok) { shown++; if (od) late++; }
      });
      bars.forEach(function (b, i) {
        var r = barRow[i];
        b.classList.toggle('dim', !r || r.hidden);
        var due = b.getAttribute('data-due');
        b.classList.toggle('overdue', !!(asof && due && due < asof));
      });
      if (svg) {
        var line = svg.querySelector('line.asof');
        var d = isoDays(asof), d0 = +svg.getAttribute('data-day0'), d1 = +svg.getAttribute('data-day1');
        if (d !== null && d >= d0 && d <= d1) {
          var x = +svg.getAttribute('data-x0') + (d - d0) / (d1 - d0) * +svg.getAttribute('data-w');
          line.setAttribute('x1', x.toFixed(1));
          line.setAttribute('x2', x.toFixed(1));
          line.setAttribute('visibility', 'visible');
        } else line.setAttribute('visibility', 'hidden');
      }
      reorder();
      count.textContent = fmt(L.shown, shown, rows.length);
      if (late) {
        var od = document.createElement('span');
        od.className = 'od';
        od.textContent = ' \u00b7 ' + fmt(L.overdue, late);
        count.appendChild(od);
      }
      empty.hidden = shown > 0;
    }
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    Array.prototype.slice.call(table.tHead.querySelectorAll('button[data-sort-col]')).forEach(function (btn) {
      btn.addEventListener('click', function () {
        var col = +btn.getAttribute('data-sort-col');
        sortDir = col === sortCol ? -sortDir : 1;
        sortCol = col;
        Array.prototype.slice.call(table.tHead.rows[0].cells).forEach(function (th, i) {
          if (i === col) th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
          else th.removeAttribute('aria-sort');
        });
        reorder();
      });
    });
    bars.forEach(function (b, i) {
      b.parentNode.addEventListener('click', function () {
        var r = barRow[i];
        if (!r) return;
        if (r.hidden) { form.reset(); form.elements.asof.value = asOf0; apply(); }
        rows.forEach(function (x) { x.classList.remove('flash'); });
        r.classList.add('flash');
        var det = r.querySelector('details');
        if (det) det.open = true;
      });
    });
    apply();
  }

  function setupIndex(sec) {
    var input = sec.querySelector('input[name=asof]');
    if (!input) return;
    input.value = asOf0;
    function apply() {
      var asof = input.value;
      Array.prototype.slice.call(sec.querySelectorAll('tr[data-dues]')).forEach(function (r) {
        var n = units(r.getAttribute('data-dues')).filter(function (d) { return asof && d < asof; }).length;
        var cell = r.querySelector('td.overdue-cell');
        cell.textContent = String(n);
        cell.classList.toggle('od', n > 0);
        cell.classList.toggle('zero', n === 0);
      });
    }
    input.addEventListener('input', apply);
    input.addEventListener('change', apply);
    apply();
  }

  Array.prototype.slice.call(document.querySelectorAll('article[data-doc]')).forEach(setupDoc);
  Array.prototype.slice.call(document.querySelectorAll('section.index')).forEach(setupIndex);
})();
`;
