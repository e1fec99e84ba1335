// Draws every <canvas data-chart="…"> with Chart.js. The page already shows the same figures as a table, so a
// chart is an addition: without JavaScript nothing is lost.
(function () {
  'use strict';

  // Okabe–Ito: told apart with every common colour-vision deficiency; patterns tell series apart in greyscale.
  var COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  // 16px on pages; on a slide, in step with the slide's type, which grows with the projector (1920x1080: 24px).
  var TEXT = document.body.classList.contains('present')
    ? Math.max(16, Math.round(parseFloat(window.getComputedStyle(document.body).fontSize) * 0.73)) : 16;
  var FONT = '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", sans-serif';

  function pattern(colour, index) {
    if (index === 0) return colour;
    var size = 12;
    var tile = document.createElement('canvas');
    tile.width = size;
    tile.height = size;
    var g = tile.getContext('2d');
    g.fillStyle = colour;
    g.fillRect(0, 0, size, size);
    g.strokeStyle = 'rgba(255, 255, 255, 0.85)';
    g.fillStyle = 'rgba(255, 255, 255, 0.85)';
    g.lineWidth = 2;
    switch (index % 4) {
      case 1: // diagonal stripes
        g.beginPath(); g.moveTo(0, size); g.lineTo(size, 0); g.stroke();
        g.beginPath(); g.moveTo(-size / 2, size / 2); g.lineTo(size / 2, -size / 2); g.stroke();
        g.beginPath(); g.moveTo(size / 2, size * 1.5); g.lineTo(size * 1.5, size / 2); g.stroke();
        break;
      case 2: // dots
        g.beginPath(); g.arc(size / 2, size / 2, 2.2, 0, Math.PI * 2); g.fill();
        break;
      case 3: // horizontal lines
        g.beginPath(); g.moveTo(0, size / 2); g.lineTo(size, size / 2); g.stroke();
        break;
      default: // cross-hatch
        g.beginPath(); g.moveTo(0, 0); g.lineTo(size, size); g.moveTo(size, 0); g.lineTo(0, size); g.stroke();
    }
    return g.createPattern(tile, 'repeat');
  }

  // Writes each figure as printed on or beside its bar, so no value has to be read off an axis or a colour.
  var directLabels = {
    id: 'directLabels',
    afterDatasetsDraw: function (chart) {
      var spec = chart.options.plugins.directLabels.spec;
      var horizontal = spec.kind === 'hbar';
      var stacked = spec.kind === 'stacked';
      var g = chart.ctx;
      g.save();
      g.font = '600 ' + TEXT + 'px ' + FONT;
      chart.data.datasets.forEach(function (dataset, d) {
        chart.getDatasetMeta(d).data.forEach(function (bar, i) {
          var text = spec.series[d].printed[i];
          if (text === null || text === undefined) return;
          var width = g.measureText(text).width;
          if (stacked) {
            if (Math.abs(bar.base - bar.y) < 20 || bar.width < width + 4) return;
            g.fillStyle = '#ffffff';
            g.strokeStyle = '#000000';
            g.lineWidth = 3;
            g.textAlign = 'center';
            g.textBaseline = 'middle';
            g.strokeText(text, bar.x, (bar.y + bar.base) / 2);
            g.fillText(text, bar.x, (bar.y + bar.base) / 2);
          } else if (horizontal) {
            g.fillStyle = '#1a1a1a';
            g.textAlign = 'left';
            g.textBaseline = 'middle';
            g.fillText(text, bar.x + 6, bar.y);
          } else {
            g.fillStyle = '#1a1a1a';
            g.textAlign = 'center';
            g.textBaseline = 'bottom';
            g.fillText(text, bar.x, bar.y - 4);
          }
        });
      });
      g.restore();
    }
  };

  // Long category names wrap onto several lines instead of being cut off; a parenthesised reading such as
  // 2002（平成14年） goes on a line of its own.
  function wrap(label, horizontal) {
    var lines = [];
    var rest = String(label);
    var paren = rest.indexOf('（');
    if (!horizontal && paren > 0) {
      lines.push(rest.slice(0, paren));
      rest = rest.slice(paren);
    }
    // On the projector a bar chart has room for a long name on one line, not for several lines per bar.
    if (horizontal && document.body.classList.contains('present')) return label;
    var width = horizontal ? 16 : 10;
    while (rest.length > width) {
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    lines.push(rest);
    return lines.length === 1 ? lines[0] : lines;
  }

  function draw(canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var horizontal = spec.kind === 'hbar';
    var stacked = spec.kind === 'stacked';
    var box = canvas.parentElement;
    var rows = spec.labels.length * (stacked ? 1 : spec.series.length);
    var longest = spec.labels.reduce(function (n, label) { return Math.max(n, Math.ceil(label.length / 16)); }, 1);
    box.style.height = (horizontal ? Math.max(14, 4 + rows * 2.2 * Math.max(1, longest * 0.8)) : 24) + 'rem';

    Chart.defaults.font.family = FONT;
    Chart.defaults.font.size = TEXT;
    Chart.defaults.color = '#1a1a1a';

    var whole = spec.series.every(function (s) {
      return s.values.every(function (v) { return v === null || Math.round(v) === v; });
    });
    // A share axis ends at 100%, the most a share can be; a count axis leaves room for the labels above the bars.
    var share = spec.unit === '%' && spec.series.every(function (s) {
      return s.values.every(function (v) { return v === null || v <= 100; });
    });
    var valueAxis = {
      beginAtZero: true,
      stacked: stacked,
      max: share ? 100 : undefined,
      grace: share ? 0 : '12%',
      title: { display: true, text: '単位: ' + spec.unit, font: { size: TEXT } },
      ticks: { font: { size: TEXT }, precision: whole && spec.unit !== '%' ? 0 : undefined }
    };
    var categoryAxis = { stacked: stacked, ticks: { font: { size: TEXT }, autoSkip: false, maxRotation: 0 } };

    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: spec.labels.map(function (label) { return wrap(label, horizontal); }),
        datasets: spec.series.map(function (s, i) {
          var colour = COLOURS[i % COLOURS.length];
          return {
            label: s.name,
            data: s.values,
            backgroundColor: pattern(colour, i),
            borderColor: colour,
            borderWidth: 2,
            maxBarThickness: 96
          };
        })
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: { right: horizontal ? 80 : 8, top: horizontal ? 8 : 28 } },
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: { display: spec.series.length > 1, position: 'bottom', labels: { font: { size: TEXT } } },
          title: { display: false },
          tooltip: {
            callbacks: {
              title: function (items) { return spec.labels[items[0].dataIndex]; },
              label: function (item) {
                var printed = spec.series[item.datasetIndex].printed[item.dataIndex];
                return (spec.series.length > 1 ? item.dataset.label + ': ' : '') + printed;
              }
            }
          },
          directLabels: { spec: spec }
        }
      },
      plugins: [directLabels]
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  function drawAll() {
    if (typeof Chart === 'undefined') return;
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawAll);
  else drawAll();
})();
