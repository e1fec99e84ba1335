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
      var horizontal = chart.options.plugins.directLabels.horizontal;
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
            var along = Math.abs(bar.base - (horizontal ? bar.x : bar.y));
            var across = horizontal ? bar.height : bar.width;
            if (horizontal ? along < width + 4 || across < 20 : along < 20 || across < width + 4) return;
            var x = horizontal ? (bar.x + bar.base) / 2 : bar.x;
            var y = horizontal ? bar.y : (bar.y + bar.base) / 2;
            g.fillStyle = '#ffffff';
            g.strokeStyle = '#000000';
            g.lineWidth = 3;
            g.textAlign = 'center';
            g.textBaseline = 'middle';
            g.strokeText(text, x, y);
            g.fillText(text, x, y);
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

  var measure = document.createElement('canvas').getContext('2d');
  measure.font = TEXT + 'px ' + FONT;
  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
  var CLOSING = /^[）)」』】、。，．・％%]/;
  var OPENING = /[（(「『【]$/;

  // The words of a label; a closing bracket or mark stays with the word before it, an opening one with the next.
  function words(text) {
    var pieces = segmenter ? Array.from(segmenter.segment(text), function (s) { return s.segment; })
      : Array.from(text);
    var out = [];
    pieces.forEach(function (piece) {
      var last = out.length - 1;
      if (last >= 0 && (CLOSING.test(piece) || OPENING.test(out[last]))) out[last] += piece;
      else out.push(piece);
    });
    return out;
  }

  function fits(text, room) {
    return measure.measureText(text).width <= room;
  }

  // Long category names wrap at word boundaries into the room the chart gives them, instead of being cut off or
  // split inside a word; only a word wider than the room is split. On a bar chart, a parenthesised reading such as
  // 2002（平成14年） goes on a line of its own.
  function wrap(label, room, readingApart) {
    var text = String(label);
    var paren = text.indexOf('（');
    var parts = readingApart && paren > 0 ? [text.slice(0, paren), text.slice(paren)] : [text];
    var lines = [];
    parts.forEach(function (part) {
      var line = '';
      words(part).forEach(function (word) {
        if (line && !fits(line + word, room)) {
          lines.push(line);
          line = '';
        }
        while (!line && word.length > 1 && !fits(word, room)) {
          var n = word.length - 1;
          while (n > 1 && !fits(word.slice(0, n), room)) n--;
          lines.push(word.slice(0, n));
          word = word.slice(n);
        }
        line += word;
      });
      if (line) lines.push(line);
    });
    return lines.length === 1 ? lines[0] : lines;
  }

  function draw(canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var box = canvas.parentElement;
    var present = document.body.classList.contains('present');
    // On a phone, bars side by side leave no room for their names: they lie down instead.
    var horizontal = spec.kind === 'hbar' || (!present && box.clientWidth < 480 && spec.labels.length > 3);
    var stacked = spec.kind === 'stacked';
    // On the projector a bar chart has room for a long name on one line, not for several lines per bar.
    // Chart.js gives the name axis at most half the width left of the 80px kept for the figures.
    function wrapped(width) {
      var room = horizontal ? (present ? Infinity : Math.max(96, Math.min(width * 0.4, (width - 80) / 2 - 16)))
        : Math.max(48, (width - 64) / spec.labels.length - 8);
      return spec.labels.map(function (label) { return wrap(label, room, !horizontal); });
    }
    var labels = wrapped(box.clientWidth);
    var lines = labels.reduce(function (n, label) { return Math.max(n, Array.isArray(label) ? label.length : 1); }, 1);
    var bars = stacked ? 1 : spec.series.length;
    box.style.height = (horizontal ? Math.max(14 * 16, 64 + spec.labels.length
      * Math.max(bars * 2.2 * 16, lines * TEXT * 1.3 + 12)) + 'px' : '24rem');

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
        labels: labels,
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
        // A window made narrower (a phone turned upright) wraps the names anew.
        onResize: function (chart, size) { chart.data.labels = wrapped(size.width); },
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
          directLabels: { spec: spec, horizontal: horizontal }
        }
      },
      plugins: [directLabels]
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  // A chart on the screen (or about to be) is drawn at once; the others once the page has settled, one by one
  // while the browser is idle, or before printing: a page of many charts opens without waiting for them.
  function drawAll() {
    if (typeof Chart === 'undefined') return;
    var pending = Array.prototype.slice.call(document.querySelectorAll('canvas[data-chart]'));
    function once(canvas) {
      if (!canvas.hasAttribute('data-drawn')) draw(canvas);
    }
    var later = window.requestIdleCallback || function (next) { return setTimeout(next, 1); };
    function next() {
      if (pending.length) {
        once(pending.shift());
        later(next);
      }
    }
    if (!('IntersectionObserver' in window)) {
      pending.forEach(once);
      return;
    }
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        seen.unobserve(entry.target);
        once(entry.target);
      });
    }, { rootMargin: '0px 0px 200px 0px' });
    pending.forEach(function (canvas) { seen.observe(canvas); });
    window.addEventListener('beforeprint', function () { pending.forEach(once); });
    setTimeout(function () { later(next); }, 3000);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawAll);
  else drawAll();
})();
