// Draws every <canvas data-chart="…"> with Chart.js. The page already shows the same figures as a table, so a
// chart is an addition: without JavaScript nothing is lost.
(function () {
  'use strict';

  // Okabe–Ito: told apart with every common colour-vision deficiency; patterns tell series apart in greyscale.
  var COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  // 16px on pages; 20px on a slide's 1280x720 stage, which the projector shows at least at 18px.
  var TEXT = document.body.classList.contains('present') ? 20 : 16;
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

  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }

  // Writes each figure as printed on or beside its bar, so no value has to be read off an axis or a colour. A label
  // that would run into one already written moves along, or is left out (the table and the tooltip keep it).
  var directLabels = {
    id: 'directLabels',
    afterDatasetsDraw: function (chart) {
      var spec = chart.options.plugins.directLabels.spec;
      var totals = chart.options.plugins.directLabels.totals;
      var horizontal = chart.options.plugins.directLabels.horizontal;
      var stacked = spec.kind === 'stacked';
      var g = chart.ctx;
      var written = [];
      function free(box) {
        return written.every(function (other) { return !overlaps(box, other); });
      }
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
            return;
          }
          var box = horizontal ? { x: bar.x + 6, y: bar.y - TEXT / 2, w: width, h: TEXT }
            : { x: bar.x - width / 2, y: bar.y - 4 - TEXT, w: width, h: TEXT };
          written.forEach(function (other) {
            if (!overlaps(box, other)) return;
            // Beside a bar the label moves on past the one in its way; above a bar it moves up a line.
            if (horizontal) box.x = Math.max(box.x, other.x + other.w + 8);
            else box.y = Math.min(box.y, other.y - TEXT - 2);
          });
          if (!free(box)) return;
          written.push(box);
          g.fillStyle = '#1a1a1a';
          g.textAlign = 'left';
          g.textBaseline = 'top';
          g.fillText(text, box.x, box.y);
        });
      });
      // Where the report prints a total that is not the sum of the stacked parts, the printed total stands above the
      // stack with the mark the pages give it.
      if (stacked && totals) {
        g.fillStyle = '#8a3b00';
        g.textAlign = 'center';
        g.textBaseline = 'bottom';
        chart.data.labels.forEach(function (label, i) {
          var printed = totals[spec.labels[i]];
          if (!printed) return;
          var top = Math.min.apply(null, chart.data.datasets.map(function (dataset, d) {
            return chart.getDatasetMeta(d).data[i].y;
          }));
          g.fillText('報告書の表記 ' + printed + ' ⚠', chart.getDatasetMeta(0).data[i].x, top - 4);
        });
      }
      g.restore();
    }
  };

  var measure = document.createElement('canvas').getContext('2d');
  measure.font = TEXT + 'px ' + FONT;

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
      ZaitakuWords.of(part).forEach(function (word) {
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

  // The totals the report prints beside a stacked chart's parts, where they differ (a slide's data-totals).
  function totals(canvas) {
    var holder = canvas.closest('[data-totals]');
    return holder ? JSON.parse(holder.getAttribute('data-totals')) : null;
  }

  // Bars side by side too close for their readings (2019（平成31年・令和元年）) keep the years on the axis and leave
  // the readings to the table, the summary and the tooltip; where even the years do not fit, the axis thins them.
  function axisLabels(spec, labels, horizontal, width) {
    if (horizontal) return labels;
    var slot = width * 0.9 / spec.labels.length - 12;
    var within = function (list) {
      return list.every(function (label) {
        return [].concat(label).every(function (line) { return fits(line, slot); });
      });
    };
    var years = spec.labels.map(function (label) { return String(label).replace(/（.*$/, ''); });
    return within(labels) || !within(years) ? labels : years;
  }

  function draw(canvas) {
    var spec = JSON.parse(canvas.getAttribute('data-chart'));
    var box = canvas.parentElement;
    var present = document.body.classList.contains('present');
    // On a phone, bars side by side leave no room for their names: they lie down instead.
    function lying() {
      return spec.kind === 'hbar' || (!present && box.clientWidth < 480 && spec.labels.length > 3);
    }
    var horizontal = lying();
    var stacked = spec.kind === 'stacked';
    var rows = spec.labels.length * (stacked ? 1 : spec.series.length);
    // A slide has room for names of 24 characters on a line, and for a second line where the rows are few.
    // Chart.js gives the name axis at most half the width left of the 80px kept for the figures.
    function wrapped(width) {
      var room = horizontal ? (present ? (rows <= 8 ? 24 * TEXT : Infinity)
        : Math.max(96, Math.min(width * 0.4, (width - 80) / 2 - 16)))
        : Math.max(48, (width - 64) / spec.labels.length - 8);
      return axisLabels(spec, spec.labels.map(function (label) { return wrap(label, room, !horizontal); }),
        horizontal, width);
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
    // Bars side by side keep every name where there is room, and every other one (or fewer) where there is not.
    var categoryAxis = { stacked: stacked, ticks: { font: { size: TEXT }, autoSkip: !horizontal, autoSkipPadding: 6,
      maxRotation: 0 } };

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
        // A window made narrower (a phone turned upright) wraps the names anew; across 480px the bars stand up or
        // lie down as they would have been drawn at the new width (after this resize, which Chart.js finishes).
        onResize: function (chart, size) {
          if (lying() === horizontal) chart.data.labels = wrapped(size.width);
          else setTimeout(function () {
            if (Chart.getChart(canvas) !== chart) return; // redrawn already, by an earlier resize
            chart.destroy();
            draw(canvas);
          });
        },
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
          directLabels: { spec: spec, totals: totals(canvas), horizontal: horizontal }
        }
      },
      plugins: [directLabels]
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  // Chart.js is loaded with the first chart to draw: a page without charts never evaluates its 200 KB, and one with
  // none in view does so once it has settled, not while it opens.
  var library = document.currentScript.getAttribute('data-chart-js');
  var waiting = [];
  function withChart(then) {
    if (typeof Chart !== 'undefined') return then();
    waiting.push(then);
    if (waiting.length > 1) return;
    var script = document.createElement('script');
    script.src = library;
    script.onload = function () { waiting.splice(0).forEach(function (next) { next(); }); };
    document.head.appendChild(script);
  }

  // A chart on the screen (or about to be) is drawn at once; the others once the page has settled, one by one
  // while the browser is idle, or before printing: a page of many charts opens without waiting for them.
  function drawAll() {
    var pending = Array.prototype.slice.call(document.querySelectorAll('canvas[data-chart]'));
    if (!pending.length) return;
    function once(canvas) {
      if (!canvas.hasAttribute('data-drawn')) draw(canvas);
    }
    // Idle time can be long in coming (a deck moved through slide by slide has little): a chart waits 200ms at most.
    var later = function (next) {
      return window.requestIdleCallback ? requestIdleCallback(next, { timeout: 200 }) : setTimeout(next, 1);
    };
    function next() {
      if (pending.length) {
        once(pending.shift());
        later(next);
      }
    }
    if (document.body.classList.contains('deck-live')) {
      // A deck shows its slides one at a time, all in the same place: the slide shown (and the next, in the
      // presenter view) is drawn at once, another as it is shown.
      var shown = function () {
        pending.forEach(function (canvas) {
          if (canvas.closest('.slide.current, .slide.following')) withChart(function () { once(canvas); });
        });
      };
      new MutationObserver(shown).observe(document.body, { subtree: true, attributeFilter: ['class'] });
      shown();
    } else if ('IntersectionObserver' in window) {
      var seen = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          seen.unobserve(entry.target);
          withChart(function () { once(entry.target); });
        });
      }, { rootMargin: '0px 0px 200px 0px' });
      pending.forEach(function (canvas) { seen.observe(canvas); });
    } else {
      withChart(function () { pending.forEach(once); });
      return;
    }
    window.addEventListener('beforeprint', function () { withChart(function () { pending.forEach(once); }); });
    setTimeout(function () { withChart(function () { later(next); }); }, 3000);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawAll);
  else drawAll();
})();
