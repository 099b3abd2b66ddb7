// The Analytics tab's charts (issue 15), drawn with uPlot from the table beside them: the table is the figures for
// everyone (and without script); the charts only show them. One chart per kind of figure, each with its own scale.
(function () {
  'use strict';
  var CHARTS = {
    installations: [['active', '#0d6efd', 'rgba(13, 110, 253, 0.12)'], ['installs', '#198754'], ['uninstalls', '#dc3545'],
      ['updates', '#6f42c1']],
    storefront: [['views', '#0d6efd'], ['installClicks', '#fd7e14'], ['ratings', '#198754']],
    rest: [['restCalls', '#6c757d']]
  };

  function read(table) {
    var heads = table.querySelectorAll('thead th');
    var columns = {};
    var labels = {};
    heads.forEach(function (th, i) {
      var figure = th.getAttribute('data-figure');
      if (figure) {
        columns[figure] = i;
        labels[figure] = th.textContent.trim();
      }
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    rows.sort(function (a, b) {
      return a.getAttribute('data-day') < b.getAttribute('data-day') ? -1 : 1;
    });
    var data = { x: [], labels: labels };
    Object.keys(columns).forEach(function (figure) { data[figure] = []; });
    rows.forEach(function (tr) {
      data.x.push(Date.parse(tr.getAttribute('data-day') + 'T00:00:00Z') / 1000);
      var cells = tr.children;
      Object.keys(columns).forEach(function (figure) {
        data[figure].push(Number(cells[columns[figure]].textContent.trim()) || 0);
      });
    });
    return data;
  }

  function draw(figure, series, data) {
    var width = Math.max(figure.clientWidth, 240);
    var options = {
      width: width,
      height: width < 500 ? 180 : 220,
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'); },
      cursor: { drag: { x: false, y: false } },
      legend: { live: false },
      scales: { x: { time: true } },
      axes: [{}, { size: 50 }],
      series: [{}].concat(series.map(function (s) {
        return { label: data.labels[s[0]], stroke: s[1], fill: s[2], width: 2, points: { show: data.x.length <= 31 } };
      }))
    };
    var values = [data.x].concat(series.map(function (s) { return data[s[0]]; }));
    return new uPlot(options, values, figure);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var table = document.getElementById('analytics-days');
    if (!table || typeof uPlot === 'undefined') {
      return;
    }
    var data = read(table);
    var plots = [];
    document.querySelectorAll('figure.souk-chart').forEach(function (figure) {
      var series = CHARTS[figure.getAttribute('data-chart')];
      if (series) {
        plots.push([figure, draw(figure, series, data)]);
      }
    });
    var pending = null;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(function () {
        plots.forEach(function (p) {
          var width = Math.max(p[0].clientWidth, 240);
          p[1].setSize({ width: width, height: width < 500 ? 180 : 220 });
        });
      }, 150);
    });
  });
})();
