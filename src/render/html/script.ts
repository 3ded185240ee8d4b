// The page's only script, optional by design: copy buttons, sortable tables, expand/collapse all, open checks for print.
// Everything it adds is a convenience; with scripts off the page shows the same content.

/** The script text; its hash goes into the Content-Security-Policy, so it must not depend on the report. */
export const SCRIPT = `(function () {
  'use strict';
  function copyButton(pre) {
    var code = pre.querySelector('code');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    button.addEventListener('click', function () {
      var text = code ? code.textContent : pre.textContent;
      var done = function () { button.textContent = 'Copied'; setTimeout(function () { button.textContent = 'Copy'; }, 1500); };
      var select = function () { var range = document.createRange(); range.selectNodeContents(code || pre); var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, select); else select();
    });
    pre.appendChild(button);
  }
  function sortBy(table, index, th) {
    var body = table.tBodies[0];
    var ascending = th.getAttribute('data-dir') !== 'asc';
    th.setAttribute('data-dir', ascending ? 'asc' : 'desc');
    var key = function (row) {
      var cell = row.cells[index];
      var value = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim().toLowerCase();
      var number = Number(value);
      return value !== '' && !isNaN(number) ? number : value;
    };
    Array.prototype.slice.call(body.rows).sort(function (a, b) {
      var x = key(a), y = key(b);
      return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
    }).forEach(function (row) { body.appendChild(row); });
  }
  function setAll(open) {
    document.querySelectorAll('details.check').forEach(function (d) { d.open = open; });
  }
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === 'DETAILS') target.open = true;
  }
  document.querySelectorAll('pre.cmd').forEach(copyButton);
  document.querySelectorAll('table.sortable').forEach(function (table) {
    table.querySelectorAll('th').forEach(function (th, i) {
      th.tabIndex = 0;
      th.title = 'Sort';
      th.addEventListener('click', function () { sortBy(table, i, th); });
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sortBy(table, i, th); });
    });
  });
  var checks = document.getElementById('checks');
  if (checks) {
    var tools = document.createElement('div');
    tools.className = 'tools';
    [['Expand all checks', true], ['Collapse all checks', false]].forEach(function (spec) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = spec[0];
      b.addEventListener('click', function () { setAll(spec[1]); });
      tools.appendChild(b);
    });
    checks.insertBefore(tools, checks.querySelector('table'));
  }
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details.check'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); closed = []; });
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();`;
