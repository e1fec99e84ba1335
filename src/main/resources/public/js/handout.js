// The handout laid out on A4 sheets, each exactly one printed page, so that its contents list can give page
// numbers: Chromium cannot number a link's target on paper (no target-counter). A block that does not fit the
// rest of a sheet moves to the next; lists, tables and sections split between their items, a table repeating its
// header, and a heading goes along with what follows it. Runs before charts.js, which then draws in the sheets.
(() => {
  // Where the dashboard lives, as the reader reached it: the server's address, or the exported copy's folder.
  document.querySelectorAll('a.dashboard-address').forEach(a => { a.textContent = a.href; });

  const handout = document.querySelector('.handout');
  if (!handout) return;
  const SPLIT = new Set(['ARTICLE', 'SECTION', 'DIV', 'NAV', 'UL', 'OL', 'DL', 'TABLE', 'TBODY']);
  const HEADING = /^(H[1-4]|CAPTION|SUMMARY)$/;
  // Characters: about 4,300 fill a sheet at the handout's size; 8,000 do not fit even in the smallest text.
  const MORE_THAN_A_SHEET = 8000;
  const sheets = document.createElement('div');
  sheets.className = 'sheets';
  let sheet;

  const newSheet = landscape => {
    sheet = document.createElement('div');
    sheet.className = landscape ? 'sheet landscape' : 'sheet';
    sheets.appendChild(sheet);
    return sheet;
  };
  const full = () => sheet.scrollHeight > sheet.clientHeight + 1;
  const splittable = node => node.nodeType === 1 && SPLIT.has(node.tagName)
      && !node.matches('.chart-box, .chart-table, .facts > div') && node.firstChild !== null;
  const heading = node => node && node.nodeType === 1 && (HEADING.test(node.tagName) || node.matches('.eyebrow'));

  // The element's place on a new sheet: its ancestors copied without their content (a table keeps its header).
  const continued = element => {
    if (element.classList.contains('sheet')) return newSheet(element.classList.contains('landscape'));
    const parent = continued(element.parentElement);
    const copy = element.cloneNode(false);
    copy.removeAttribute('id');
    copy.classList.add('continued');
    const head = element.tagName === 'TABLE' && element.querySelector(':scope > thead');
    if (head) copy.appendChild(head.cloneNode(true));
    parent.appendChild(copy);
    return copy;
  };

  // A heading fits where the first lines of what it announces fit below it.
  const fits = (node, parent) => {
    if (full()) return false;
    if (!heading(node)) return true;
    const room = document.createElement('div');
    room.className = 'room-below';
    parent.appendChild(room);
    const enough = !full();
    room.remove();
    return enough;
  };

  // Places a node at the end of parent, on the sheet being filled; returns where the node's next sibling goes. It
  // pauses (yield) before each node, so that the browser paints and answers between a few of them.
  function* place(node, parent) {
    yield;
    parent.appendChild(node);
    // Space between blocks takes no room: measuring after each (a third of all nodes) only cost time. A block of
    // more text than a sheet holds is not measured whole before it is split.
    if (node.nodeType === Node.TEXT_NODE && !node.data.trim()) return parent;
    if (!(splittable(node) && node.textContent.length > MORE_THAN_A_SHEET) && fits(node, parent)) return parent;
    // Back out of sight, where what it holds waits in the page (a chart stays a chart of the page) until placed.
    waiting.appendChild(node);
    if (splittable(node)) {
      let inside = node.cloneNode(false);
      parent.appendChild(inside);
      for (const child of [...node.childNodes]) inside = yield* place(child, inside);
      return inside.parentElement;
    }
    // A heading left last on the sheet, alone or before an empty shell, goes along to the next one.
    const carried = heading(parent.lastElementChild) ? parent.lastElementChild
        : parent.children.length === 0 && heading(parent.previousElementSibling) ? parent.previousElementSibling
        : null;
    const next = continued(parent);
    if (carried === parent.previousElementSibling && carried) next.parentElement.insertBefore(carried, next);
    else if (carried) next.appendChild(carried);
    next.appendChild(node);
    if (full()) sheet.dataset.overfull = 'true';
    return next;
  }

  // The notes on how the extracted text was read name its lines, which mean nothing on paper.
  handout.querySelectorAll('.reading, .reading-note').forEach(note => {
    const walker = document.createTreeWalker(note, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode;
      text.data = text.data.replace(/（\d{2,}(〜\d+)?行）/g, '').replace(/\d{2,}(〜\d+)?行/g, '該当箇所');
    }
  });
  // A drawing of two or three bars says no more on paper than its table beside it.
  handout.querySelectorAll('figure.chart').forEach(figure => {
    if (figure.querySelectorAll('tbody tr').length < 4) figure.querySelector('.chart-box').remove();
  });
  // What the screen folds away is all on paper.
  handout.querySelectorAll('details').forEach(d => d.replaceWith(...[...d.childNodes]
      .filter(n => n.nodeName !== 'SUMMARY')));
  handout.querySelectorAll('.page-ref').forEach(r => { r.textContent = '00'; }); // room for the numbers
  const parts = [...handout.children];
  const headings = new Map(parts.map(p => [p.id, p.querySelector('h1')]));
  // The parts wait out of sight: measuring a sheet then lays out that sheet alone, not all the parts below it.
  const waiting = document.createElement('div');
  waiting.hidden = true;
  waiting.append(...parts);
  handout.append(waiting, sheets);
  newSheet(false);

  // Once every part is on its sheets: captions follow their rows, and the contents list gets its page numbers.
  const finish = () => {
    waiting.remove();
    // A table cut before its first row: its caption goes to where its rows are.
    sheets.querySelectorAll('table').forEach(table => {
      if (table.querySelector('tbody tr')) return;
      const rest = [...sheets.querySelectorAll('table.continued')].find(t => table.compareDocumentPosition(t)
          & Node.DOCUMENT_POSITION_FOLLOWING);
      const caption = table.querySelector('caption');
      if (rest && caption) rest.prepend(caption);
      if (rest) table.remove();
    });
    const number = element => [...sheets.children].indexOf(element.closest('.sheet')) + 1;
    handout.querySelectorAll('.page-ref').forEach(r => {
      const target = headings.get(r.dataset.part);
      r.textContent = target ? String(number(target)) : '';
    });
    handout.dataset.pages = String(sheets.children.length);
  };

  // The parts are laid out ten milliseconds at a time, the browser painting and answering in between: the first
  // sheets show at once and the page never stops responding for the second it takes on a phone.
  function* layOut() {
    for (const part of parts) {
      const landscape = part.classList.contains('attachment');
      if (landscape || sheet.classList.contains('landscape')) newSheet(landscape);
      yield* place(part, sheet);
      if (part.classList.contains('summary')) newSheet(false);
    }
  }
  const steps = layOut();
  const step = () => {
    const until = performance.now() + 10;
    while (performance.now() < until) if (steps.next().done) return finish();
    setTimeout(step);
  };
  step();
})();
