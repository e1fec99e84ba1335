// Presentation mode. The whole deck is one document, so moving between slides never reloads the page: full screen,
// the timer and the presenter view survive. The address follows the slide (History API), so /present/12 can be
// named in a meeting and the back button steps back. The keys are PowerPoint's (the ? list in present.jte); a
// presenter view (P) in a second window drives this one and follows it through a BroadcastChannel.
(function () {
  'use strict';
  var body = document.body;
  var slides = Array.prototype.slice.call(document.querySelectorAll('.slide'));
  if (body.classList.contains('present-all') || !slides.length) return;

  var STAGE_WIDTH = 1280;
  var STAGE_HEIGHT = 720;
  var PRESENTER = 'zaitaku-presenter';
  var STARTED = body.dataset.channel + '-started';
  var bar = document.getElementById('controls');
  var blank = document.querySelector('.blank');
  var help = document.querySelector('.keys-help');
  var panel = document.querySelector('.presenter');
  var number = bar.querySelector('.slide-number');
  var prev = bar.querySelector('a[rel="prev"]');
  var next = bar.querySelector('a[rel="next"]');
  var up = bar.querySelector('a[rel="up"]');
  var titleSuffix = document.title.replace(/^[^|]*/, '');
  // Each slide's address, absolute, taken before the first move changes the base the relative ones resolve against.
  var addresses = slides.map(function (s) { return new URL(s.dataset.address, window.location.href).href; });
  var channel = 'BroadcastChannel' in window ? new BroadcastChannel(body.dataset.channel) : null;
  var presenter = window.location.hash === '#presenter' || window.sessionStorage.getItem(PRESENTER) === '1';
  var current = Math.max(0, slides.findIndex(function (s) { return s.classList.contains('current'); }));
  var typed = '';
  var screen = '';
  var autoSeconds = Number(body.dataset.autoSeconds);
  var autoTimer = null;
  var hideTimer = null;
  var leftFullscreen = 0;

  function indexOf(location) {
    var hash = /^#slide-(\d+)$/.exec(location.hash);
    if (hash) return Math.min(Number(hash[1]), slides.length) - 1;
    var found = addresses.indexOf(location.href.replace(/#.*$/, ''));
    return found < 0 ? 0 : found;
  }

  // A slide keeps its 1280x720 layout and is scaled into the box it is shown in, so it looks the same everywhere.
  function place(slide, left, top, width, height) {
    var scale = Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT);
    var x = left + (width - STAGE_WIDTH * scale) / 2;
    var y = top + (height - STAGE_HEIGHT * scale) / 2;
    slide.style.transform = 'translate(' + x + 'px, ' + y + 'px) scale(' + scale + ')';
  }

  function placeIn(slide, box) {
    var r = box.getBoundingClientRect();
    place(slide, r.left, r.top, r.width, r.height);
  }

  function layout() {
    if (presenter) {
      placeIn(slides[current], panel.querySelector('.presenter-current'));
      if (current + 1 < slides.length) placeIn(slides[current + 1], panel.querySelector('.presenter-next'));
      return;
    }
    var controls = document.fullscreenElement ? 0 : bar.offsetHeight;
    place(slides[current], 0, 0, window.innerWidth, window.innerHeight - controls);
  }

  function moveTo(address, n) {
    if (address === window.location.href.replace(/#.*$/, '')) return;
    try {
      window.history.pushState({ slide: n }, '', address);
    } catch (e) {
      // A copy opened from a folder (file:) may not change its address: the slide goes in the fragment instead.
      window.location.hash = 'slide-' + (n + 1);
    }
  }

  function show(n, options) {
    n = Math.max(0, Math.min(slides.length - 1, n));
    slides[current].classList.remove('current');
    slides.forEach(function (s) { s.classList.remove('following'); });
    current = n;
    var slide = slides[n];
    slide.classList.add('current');
    number.textContent = (n + 1) + ' / ' + slides.length;
    prev.href = addresses[Math.max(n - 1, 0)];
    next.href = addresses[Math.min(n + 1, slides.length - 1)];
    prev.classList.toggle('off', n === 0);
    next.classList.toggle('off', n === slides.length - 1);
    up.href = new URL(slide.dataset.up, addresses[n]).href;
    document.title = '発表 ' + (n + 1) + '/' + slides.length + ' ' + slide.querySelector('h1').textContent + ' '
      + titleSuffix;
    if (options.push) moveTo(addresses[n], n);
    if (options.broadcast && channel) channel.postMessage({ slide: n });
    if (presenter) showNotes();
    layout();
    if (autoSeconds > 0) {
      window.clearTimeout(autoTimer);
      autoTimer = window.setTimeout(function () { go((current + 1) % slides.length); }, autoSeconds * 1000);
    }
  }

  function go(n) {
    show(n, { push: true, broadcast: true });
  }

  // Black or white screen; any key brings the slide back. The presenter view keeps its own view and says so.
  function setScreen(mode, broadcast) {
    screen = mode;
    if (presenter) {
      showCount();
    } else {
      blank.hidden = !mode;
      blank.classList.toggle('white', mode === 'white');
    }
    if (broadcast && channel) channel.postMessage({ screen: mode });
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else document.documentElement.requestFullscreen().catch(function () { /* refused: the slide stays as it is */ });
  }

  function leave() {
    window.sessionStorage.removeItem(PRESENTER);
    window.location.href = up.href;
  }

  function openPresenter() {
    if (presenter) return;
    var view = window.open(addresses[current] + '#presenter', PRESENTER, 'popup,width=1280,height=800');
    // Where a second window is refused, this window becomes the presenter view.
    if (!view) startPresenter();
  }

  // The presenter view: this slide and the next, the time, and the notes made from the report's figures.
  function showCount() {
    panel.querySelector('.presenter-count').textContent = (current + 1) + ' / ' + slides.length
      + (screen === 'black' ? '（黒い画面を表示中）' : screen === 'white' ? '（白い画面を表示中）' : '');
  }

  function showNotes() {
    showCount();
    var notes = slides[current].querySelector('.slide-notes ul').cloneNode(true);
    panel.querySelector('.presenter-notes').replaceChildren(notes);
    if (current + 1 < slides.length) slides[current + 1].classList.add('following');
  }

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function tick() {
    var now = new Date();
    panel.querySelector('.presenter-clock').textContent = two(now.getHours()) + ':' + two(now.getMinutes());
    var seconds = Math.max(0, Math.floor((now.getTime() - Number(window.localStorage.getItem(STARTED))) / 1000));
    var hours = Math.floor(seconds / 3600);
    panel.querySelector('.presenter-elapsed').textContent = (hours ? hours + ':' + two(Math.floor(seconds / 60) % 60)
      : Math.floor(seconds / 60)) + ':' + two(seconds % 60);
  }

  function startPresenter() {
    presenter = true;
    window.sessionStorage.setItem(PRESENTER, '1');
    body.classList.add('presenter-mode');
    panel.hidden = false;
    // The time runs from the opening of the presenter view and goes on through a reload of it.
    var navigation = window.performance.getEntriesByType('navigation')[0];
    var reloaded = navigation && navigation.type === 'reload';
    if (!reloaded || !window.localStorage.getItem(STARTED)) window.localStorage.setItem(STARTED, String(Date.now()));
    panel.querySelector('.presenter-reset').addEventListener('click', function () {
      window.localStorage.setItem(STARTED, String(Date.now()));
      tick();
    });
    tick();
    window.setInterval(tick, 1000);
    show(current, {});
  }

  // What a key does; false for a key the deck leaves to the browser.
  function press(key) {
    if (screen) {
      setScreen('', true);
      return true;
    }
    if (!help.hidden) {
      help.hidden = true;
      return true;
    }
    if (/^[0-9]$/.test(key)) {
      typed += key;
      return true;
    }
    var wanted = typed;
    typed = '';
    switch (key) {
      case 'Enter': go(wanted ? Number(wanted) - 1 : current + 1); break;
      case 'ArrowRight': case 'ArrowDown': case 'PageDown': case ' ': case 'n': case 'N': go(current + 1); break;
      case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'Backspace': go(current - 1); break;
      case 'Home': go(0); break;
      case 'End': go(slides.length - 1); break;
      case 'b': case 'B': case '.': setScreen('black', true); break;
      case 'w': case 'W': case ',': setScreen('white', true); break;
      case 'f': case 'F': if (document.fullscreenEnabled) toggleFullscreen(); break;
      case 'p': case 'P': openPresenter(); break;
      case '?': help.hidden = false; break;
      case 'Escape':
        // The browser leaves full screen on Esc itself; only a second Esc leaves the deck.
        if (document.fullscreenElement) document.exitFullscreen();
        else if (Date.now() - leftFullscreen > 1000) leave();
        break;
      default: return false;
    }
    return true;
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (press(event.key)) event.preventDefault();
  });

  [[prev, -1], [next, 1]].forEach(function (link) {
    link[0].addEventListener('click', function (event) {
      event.preventDefault();
      go(current + link[1]);
    });
  });
  function button(selector, action) {
    var b = bar.querySelector(selector);
    b.hidden = false;
    // Off the button again, so Space moves on rather than pressing it twice.
    b.addEventListener('click', function () { b.blur(); action(); });
  }
  if (document.fullscreenEnabled) button('button.fullscreen', toggleFullscreen);
  button('button.presenter-open', openPresenter);
  button('button.keys-open', function () { help.hidden = false; });

  if (channel) {
    channel.onmessage = function (event) {
      // Moving on in the other window also brings back a blanked screen.
      if (typeof event.data.slide === 'number') {
        setScreen('', false);
        show(event.data.slide, { push: true });
      }
      if (typeof event.data.screen === 'string') setScreen(event.data.screen, false);
    };
  }
  window.addEventListener('popstate', function () { show(indexOf(window.location), {}); });
  window.addEventListener('hashchange', function () {
    if (/^#slide-/.test(window.location.hash)) show(indexOf(window.location), {});
  });
  window.addEventListener('resize', layout);
  document.addEventListener('fullscreenchange', function () {
    body.classList.toggle('fullscreen', !!document.fullscreenElement);
    if (!document.fullscreenElement) leftFullscreen = Date.now();
    layout();
  });
  // In full screen the controls hide until the mouse moves.
  document.addEventListener('mousemove', function () {
    body.classList.add('controls-shown');
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(function () { body.classList.remove('controls-shown'); }, 2500);
  });

  body.classList.add('deck-live');
  if (/^#slide-/.test(window.location.hash)) current = indexOf(window.location);
  if (presenter) startPresenter();
  else show(current, {});
})();
