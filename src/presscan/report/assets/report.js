// presscan report: the documents with their figures marked, a table of every figure, charts.
// Data: the index element (documents, and every record as a row laid out as index.layout says) and one
// element per document (its text and distinct sentences), parsed when first needed. Every piece of input
// text reaches the page through textContent or a text node, never as markup.
(function () {
  'use strict';

  var index = JSON.parse(document.getElementById('presscan-index').textContent);
  var documents = index.documents;
  var rows = index.figures;
  var layout = index.layout;
  var F = positions(layout.figure);
  var P = positions(layout.period);
  var T = positions(layout.table);
  var ROW_HEIGHT = 28;
  var BLOCK = 3000;
  var KIND_COLOURS = 12;
  var compact = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 });

  function positions(names) {
    var out = {};
    names.forEach(function (name, i) { out[name] = i; });
    return out;
  }

  function $(id) { return document.getElementById(id); }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function svg(tag, attributes) {
    var node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  // Each document's figures are rows first .. first + figures - 1, in document order.
  (function () {
    var first = 0;
    documents.forEach(function (doc) { doc.first = first; first += doc.figures; });
  })();

  // Names as the list shows them: without the folder all the documents share.
  var folder = commonFolder(documents.map(function (doc) { return doc.source; }));

  function commonFolder(names) {
    if (!names.length) return '';
    var first = names[0];
    var end = first.lastIndexOf('/') + 1;
    names.forEach(function (name) {
      while (end > 0 && name.slice(0, end) !== first.slice(0, end)) end = first.lastIndexOf('/', end - 2) + 1;
    });
    return first.slice(0, end);
  }

  function shortName(d) { return documents[d].source.slice(folder.length); }

  // Kinds by count: each a colour class.
  var kindCounts = count(function (row) { return row[F.kind]; });
  var kinds = sortedKeys(kindCounts);
  var kindClasses = {};
  kinds.forEach(function (kind, i) { kindClasses[kind] = 'k' + (i % KIND_COLOURS); });

  function count(key) {
    var counts = new Map();
    for (var i = 0; i < rows.length; i++) {
      var value = key(rows[i]);
      counts.set(value, (counts.get(value) || 0) + 1);
    }
    return counts;
  }

  function sortedKeys(counts) {
    return Array.from(counts.keys()).sort(function (a, b) {
      return counts.get(b) - counts.get(a) || (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
    });
  }

  // ---- documents' text, and records built from rows ----

  var cache = new Map();

  function documentData(d) {
    var data = cache.get(d);
    if (!data) {
      var holder = $('presscan-document-' + d);
      data = holder ? JSON.parse(holder.textContent) : { text: '', contexts: [] };
      data.units = codeUnits(data.text);
      cache.set(d, data);
    }
    return data;
  }

  // Offsets in records count code points (Python's); a JavaScript string counts UTF-16 units.
  // For a text with characters beyond the BMP, units[offset] is the string index of a code point offset.
  function codeUnits(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return null;
    var units = [];
    for (var i = 0; i < text.length;) {
      units.push(i);
      var code = text.charCodeAt(i);
      var pair = code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xFC00) === 0xDC00;
      i += pair ? 2 : 1;
    }
    units.push(text.length);
    return units;
  }

  function unit(data, offset) { return data.units ? data.units[offset] : offset; }

  function cut(data, start, end) { return data.text.slice(unit(data, start), unit(data, end)); }

  function nested(names, values, data) {
    var out = {};
    names.forEach(function (name, i) { out[name] = values[i]; });
    if (data && out.text === null) out.text = cut(data, out.start, out.end);
    return out;
  }

  // The record as presscan extract writes it (values that a JavaScript number would not carry exactly are strings).
  function record(i) {
    var row = rows[i];
    var d = row[0];
    var data = documentData(d);
    var out = {};
    index.fields.forEach(function (name) {
      var value;
      if (name === 'source') value = documents[d].source;
      else {
        value = row[F[name]];
        if (name === 'text' && value === null) value = cut(data, row[F.start], row[F.end]);
        else if (name === 'context') value = data.contexts[value];
        else if (name === 'period' && value !== null) value = nested(layout.period, value, data);
        else if (name === 'table' && value !== null) value = nested(layout.table, value, null);
      }
      out[name] = value;
    });
    return out;
  }

  function figureText(i) {
    var row = rows[i];
    return row[F.text] !== null ? row[F.text] : cut(documentData(row[0]), row[F.start], row[F.end]);
  }

  function valueText(value) { return value === null || value === undefined ? '' : String(value); }

  function amount(row) {
    var text = valueText(row[F.value]);
    if (row[F.value_high] !== null) text += '–' + valueText(row[F.value_high]);
    var per = row[F.per] ? '/' + row[F.per] : '';
    return text + ' ' + row[F.unit] + per;
  }

  function years(period) {
    var start = period[P.start_year], end = period[P.end_year];
    if (start === null || start === undefined) return '';
    var months = period[P.start_month];
    var label = String(start);
    if (months) label += '.' + months;
    if (end !== null && (end !== start || (period[P.end_month] && period[P.end_month] !== months))) {
      label += '–' + (end !== start ? end : '');
      if (period[P.end_month]) label += (end !== start ? '.' : '') + period[P.end_month];
    }
    return label;
  }

  function periodText(row) {
    var period = row[F.period];
    if (period === null) return '';
    var text = period[P.text] !== null ? period[P.text] : cut(documentData(row[0]), period[P.start], period[P.end]);
    var when = years(period);
    return when ? text + ' (' + when + ')' : text;
  }

  // ---- tabs ----

  var view = 'documents';

  function show(name) {
    view = name;
    ['documents', 'figures', 'charts'].forEach(function (other) {
      $('tab-' + other).setAttribute('aria-selected', String(other === name));
      $('view-' + other).hidden = other !== name;
    });
    if (name === 'figures') table.show();
    if (name === 'charts') charts.show();
  }

  document.querySelectorAll('.tabs button').forEach(function (button) {
    button.addEventListener('click', function () { show(button.dataset.view); });
  });

  // ---- documents ----

  var current = -1;
  var marks = [];
  var selected = -1;
  var listItems = [];

  documents.forEach(function (doc, d) {
    var item = element('li', doc.error ? 'failed' : '');
    var button = element('button');
    button.type = 'button';
    button.dataset.document = d;
    button.title = doc.source;
    button.appendChild(element('span', 'name', '\u200E' + shortName(d) + '\u200E'));
    button.appendChild(element('span', 'n', doc.error ? 'failed' : String(doc.figures)));
    item.appendChild(button);
    listItems.push(item);
    $('documents').appendChild(item);
  });

  $('documents').addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (button) openDocument(Number(button.dataset.document));
  });

  $('doc-filter').addEventListener('input', function () {
    var wanted = this.value.toLowerCase();
    documents.forEach(function (doc, d) {
      listItems[d].hidden = wanted !== '' && doc.source.toLowerCase().indexOf(wanted) < 0;
    });
  });

  function openDocument(d) {
    if (d === current) return;
    if (current >= 0) listItems[current].firstChild.removeAttribute('aria-current');
    current = d;
    selected = -1;
    clearPanel();
    listItems[d].firstChild.setAttribute('aria-current', 'true');
    var doc = documents[d];
    $('doc-title').textContent = doc.source;
    var box = $('doc-text');
    box.textContent = '';
    box.classList.toggle('error', Boolean(doc.error));
    var legend = $('legend');
    legend.textContent = '';
    marks = [];
    if (doc.error) {
      $('doc-meta').textContent = 'could not be read';
      box.textContent = doc.error;
      return;
    }
    $('doc-meta').textContent = [
      doc.figures + (doc.figures === 1 ? ' figure' : ' figures'),
      doc.characters.toLocaleString('en') + ' characters',
      doc.format ? 'read as ' + doc.format : '',
      doc.encoding ? 'encoding ' + doc.encoding : '',
    ].filter(Boolean).join(' · ');
    var data = documentData(d);
    var text = data.text;
    var fragment = document.createDocumentFragment();
    // The text in blocks of about BLOCK characters, cut at line ends: the browser lays out only the blocks
    // in view (content-visibility), so a long document opens as fast as a short one.
    var block = fragment.appendChild(element('div', 'block'));
    var filled = 0;
    function addText(piece) {
      while (piece) {
        var cut = filled + piece.length > BLOCK ? piece.indexOf('\n', Math.max(0, BLOCK - filled)) : -1;
        if (cut < 0) {
          block.appendChild(document.createTextNode(piece));
          filled += piece.length;
          return;
        }
        block.appendChild(document.createTextNode(piece.slice(0, cut + 1)));
        block = fragment.appendChild(element('div', 'block'));
        filled = 0;
        piece = piece.slice(cut + 1);
      }
    }
    var at = 0;
    var present = new Map();
    for (var k = 0; k < doc.figures; k++) {
      var i = doc.first + k;
      var row = rows[i];
      var start = Math.max(unit(data, row[F.start]), at);
      var end = Math.max(unit(data, row[F.end]), start);
      if (start > at) addText(text.slice(at, start));
      var mark = element('mark', 'fig ' + kindClasses[row[F.kind]], text.slice(start, end));
      mark.dataset.figure = i;
      block.appendChild(mark);
      filled += end - start;
      marks.push(mark);
      present.set(row[F.kind], (present.get(row[F.kind]) || 0) + 1);
      at = end;
    }
    if (at < text.length) addText(text.slice(at));
    box.appendChild(fragment);
    box.scrollTop = 0;
    sortedKeys(present).forEach(function (kind) {
      legend.appendChild(element('span', kindClasses[kind], kind + ' ' + present.get(kind)));
    });
  }

  function select(i, scroll) {
    if (i < 0 || i >= rows.length) return;
    openDocument(rows[i][0]);
    if (selected >= 0 && marks[selected - documents[current].first]) {
      marks[selected - documents[current].first].classList.remove('sel');
    }
    selected = i;
    var mark = marks[i - documents[current].first];
    mark.classList.add('sel');
    if (scroll) mark.scrollIntoView({ block: 'center' });
    fillPanel(i);
  }

  function goTo(i) {
    show('documents');
    select(i, true);
  }

  function step(delta) {
    if (!rows.length) return;
    var i;
    if (selected < 0) {
      var doc = documents[Math.max(current, 0)];
      i = delta > 0 ? doc.first : doc.first + doc.figures - 1;
    } else {
      i = selected + delta;
    }
    select(Math.min(Math.max(i, 0), rows.length - 1), true);
  }

  function clearPanel() {
    $('panel-empty').hidden = false;
    $('panel-record').hidden = true;
    $('position').textContent = '';
  }

  var PANEL_FIELDS = [
    ['value', 'value'], ['value_high', 'up to'], ['unit', 'unit'], ['per', 'per'], ['kind', 'kind'],
    ['number', 'number'], ['magnitude', 'magnitude'], ['qualifier', 'qualifier'], ['qualifier_text', 'as written'],
    ['subject', 'subject'], ['base', 'base'], ['period', 'period'], ['direction', 'direction'], ['status', 'status'],
    ['measure', 'measure'], ['table', 'table cell'], ['pattern', 'pattern'], ['line', 'line'], ['page', 'page'],
    ['start', 'start'], ['end', 'end'], ['source', 'document'],
  ];

  function fieldText(r, name, row) {
    var value = r[name];
    if (value === null || value === undefined) return '';
    if (name === 'period') {
      var parts = [value.text];
      var when = years(row[F.period]);
      if (when) parts.push(when);
      if (value.resolved_from) parts.push('year from ' + value.resolved_from);
      return parts.join(' · ');
    }
    if (name === 'table') {
      var cell = 'table ' + value.number + ', row ' + value.row + ', column ' + value.column;
      if (value.row_header) cell += '\nrow: ' + value.row_header;
      if (value.column_header) cell += '\ncolumn: ' + value.column_header;
      return cell;
    }
    return String(value);
  }

  function fillPanel(i) {
    var r = record(i);
    var doc = documents[rows[i][0]];
    $('panel-empty').hidden = true;
    $('panel-record').hidden = false;
    $('panel-figure').textContent = r.text;
    $('panel-sentence').textContent = r.context;
    $('position').textContent = (i - doc.first + 1) + ' of ' + doc.figures;
    var body = $('record').tBodies[0];
    body.textContent = '';
    PANEL_FIELDS.forEach(function (field) {
      var tr = element('tr');
      tr.dataset.field = field[0];
      tr.appendChild(element('th', '', field[1]));
      var text = fieldText(r, field[0], rows[i]);
      tr.appendChild(element('td', text ? '' : 'none', text || '—'));
      body.appendChild(tr);
    });
  }

  var box = $('doc-text');
  box.addEventListener('click', function (event) {
    var mark = event.target.closest('mark.fig');
    if (mark) select(Number(mark.dataset.figure), false);
  });

  var tooltip = $('tooltip');
  box.addEventListener('mouseover', function (event) {
    var mark = event.target.closest('mark.fig');
    if (!mark) return;
    var row = rows[Number(mark.dataset.figure)];
    tooltip.textContent = amount(row) + '\n' + row[F.kind] + (row[F.subject] ? ' · ' + row[F.subject] : '');
    var place = mark.getBoundingClientRect();
    tooltip.hidden = false;
    tooltip.style.left = Math.max(4, Math.min(place.left, window.innerWidth - tooltip.offsetWidth - 4)) + 'px';
    tooltip.style.top = (place.top > 60 ? place.top - tooltip.offsetHeight - 6 : place.bottom + 6) + 'px';
  });
  box.addEventListener('mouseout', function (event) {
    if (event.target.closest('mark.fig')) tooltip.hidden = true;
  });
  box.addEventListener('scroll', function () { tooltip.hidden = true; });

  $('next').addEventListener('click', function () { step(1); });
  $('previous').addEventListener('click', function () { step(-1); });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest('input, select, textarea')) return;
    if (view !== 'documents') return;
    if (event.key === 'n' || event.key === 'j') step(1);
    else if (event.key === 'p' || event.key === 'k') step(-1);
    else if (event.key === 'Escape') {
      if (selected >= 0 && marks[selected - documents[current].first]) {
        marks[selected - documents[current].first].classList.remove('sel');
      }
      selected = -1;
      clearPanel();
    } else return;
    event.preventDefault();
  });

  // ---- the table of figures (virtual: only the rows in view are in the page) ----

  var table = (function () {
    var COLUMNS = [
      { title: '#', value: function (i) { return i + 1; }, number: true },
      { title: 'document', value: function (i) { return shortName(rows[i][0]); } },
      { title: 'line', value: function (i) { return rows[i][F.line]; }, number: true },
      { title: 'figure', value: figureText },
      { title: 'value', value: function (i) { return Number(rows[i][F.value]); }, text: function (i) { return valueText(rows[i][F.value]); }, number: true },
      { title: 'unit', value: function (i) { return rows[i][F.unit] + (rows[i][F.per] ? '/' + rows[i][F.per] : ''); } },
      { title: 'kind', value: function (i) { return rows[i][F.kind]; } },
      { title: 'qualifier', value: function (i) { return rows[i][F.qualifier] || ''; } },
      { title: 'subject', value: function (i) { return rows[i][F.subject] || ''; } },
      { title: 'period', value: periodSortKey, text: function (i) { return periodText(rows[i]); } },
      { title: 'status', value: function (i) { return rows[i][F.status] || ''; } },
      { title: 'measure', value: function (i) { return rows[i][F.measure] || ''; } },
    ];
    var NONE = '-';
    var ready = false;
    var order = new Int32Array(0);
    var sortColumn = -1;
    var descending = false;
    var body = $('table-body');
    var spacer = $('table-spacer');
    var drawn = [];
    var timer = 0;

    function periodSortKey(i) {
      var period = rows[i][F.period];
      if (!period || period[P.start_year] === null) return Infinity;
      return period[P.start_year] * 10000 + (period[P.start_month] || 0) * 100 + (period[P.end_year] - period[P.start_year]);
    }

    function options(select, counts, label) {
      sortedKeys(counts).forEach(function (key) {
        var option = element('option', '', (label ? label(key) : key === null ? '(none)' : key) + ' (' + counts.get(key) + ')');
        option.value = key === null ? NONE : String(key);
        select.appendChild(option);
      });
    }

    function build() {
      ready = true;
      documents.forEach(function (doc, d) {
        if (!doc.figures) return;
        var option = element('option', '', shortName(d) + ' (' + doc.figures + ')');
        option.value = String(d);
        $('f-document').appendChild(option);
      });
      options($('f-kind'), kindCounts);
      options($('f-unit'), count(function (row) { return row[F.unit]; }));
      options($('f-status'), count(function (row) { return row[F.status]; }));
      var head = $('table-head');
      COLUMNS.forEach(function (column, c) {
        var button = element('button', '', column.title);
        button.type = 'button';
        button.dataset.column = c;
        head.appendChild(button);
      });
      head.addEventListener('click', function (event) {
        var button = event.target.closest('button');
        if (!button) return;
        var c = Number(button.dataset.column);
        descending = c === sortColumn ? !descending : false;
        sortColumn = c;
        head.querySelectorAll('button').forEach(function (other) { other.removeAttribute('aria-sort'); });
        button.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        apply();
      });
      ['f-document', 'f-kind', 'f-unit', 'f-status'].forEach(function (id) { $(id).addEventListener('change', apply); });
      $('f-subject').addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(apply, 120);
      });
      body.addEventListener('scroll', function () { window.requestAnimationFrame(draw); });
      window.addEventListener('resize', function () { if (view === 'figures') draw(); });
      body.addEventListener('click', function (event) {
        var row = event.target.closest('.trow');
        if (row) goTo(Number(row.dataset.figure));
      });
      $('export').addEventListener('click', function () { download('presscan-figures.csv', csv(order)); });
      apply();
    }

    function wanted(id) { return $(id).value; }

    function apply() {
      var d = wanted('f-document'), kind = wanted('f-kind'), unitWanted = wanted('f-unit'), status = wanted('f-status');
      var subject = $('f-subject').value.trim().toLowerCase();
      var document_ = d === '' ? -1 : Number(d);
      var kept = new Int32Array(rows.length);
      var n = 0;
      for (var i = 0; i < rows.length; i++) {
        var row = rows[i];
        if (document_ >= 0 && row[0] !== document_) continue;
        if (kind && row[F.kind] !== kind) continue;
        if (unitWanted && row[F.unit] !== unitWanted) continue;
        if (status && (row[F.status] === null ? NONE : row[F.status]) !== status) continue;
        if (subject && (row[F.subject] || '').toLowerCase().indexOf(subject) < 0) continue;
        kept[n++] = i;
      }
      order = kept.slice(0, n);
      if (sortColumn >= 0) sort();
      $('f-count').textContent = n.toLocaleString('en') + ' of ' + rows.length.toLocaleString('en') + ' figures';
      spacer.style.height = n * ROW_HEIGHT + 'px';
      body.scrollTop = 0;
      draw();
    }

    function sort() {
      var key = COLUMNS[sortColumn].value;
      var keys = Array.prototype.map.call(order, function (i) { return key(i); });
      var positions_ = Array.from(order.keys());
      var sign = descending ? -1 : 1;
      positions_.sort(function (a, b) {
        var x = keys[a], y = keys[b];
        if (x < y) return -sign;
        if (x > y) return sign;
        return order[a] - order[b];
      });
      order = Int32Array.from(positions_, function (p) { return order[p]; });
    }

    function draw() {
      drawn.forEach(function (node) { node.remove(); });
      drawn = [];
      var top = body.scrollTop;
      var from = Math.max(0, Math.floor(top / ROW_HEIGHT) - 5);
      var to = Math.min(order.length, Math.ceil((top + body.clientHeight) / ROW_HEIGHT) + 5);
      var fragment = document.createDocumentFragment();
      for (var k = from; k < to; k++) {
        var i = order[k];
        var row = element('div', 'trow');
        row.setAttribute('role', 'row');
        row.dataset.figure = i;
        row.style.transform = 'translateY(' + k * ROW_HEIGHT + 'px)';
        COLUMNS.forEach(function (column) {
          var text = column.text ? column.text(i) : String(column.value(i));
          var cell = element('span', column.number ? 'num' : '', text);
          cell.title = text;
          row.appendChild(cell);
        });
        fragment.appendChild(row);
        drawn.push(row);
      }
      body.appendChild(fragment);
    }

    return {
      show: function () {
        if (!ready) build();
        else draw();
      },
      rows: function () { return Array.from(order); },
    };
  })();

  // ---- CSV of the rows in the table, as presscan extract --format csv --excel writes them ----

  var NESTED = Object.keys(layout).filter(function (name) { return name !== 'figure'; });
  var FORMULA_START = /^[=+\-@\t\r]/;

  function flat(r) {
    var out = {};
    index.columns.forEach(function (column) {
      var value;
      if (Object.prototype.hasOwnProperty.call(r, column)) {
        value = r[column];
        if (value !== null && typeof value === 'object') value = value.text;
      } else {
        var owner = NESTED.filter(function (name) { return column.indexOf(name + '_') === 0; })[0];
        var object = owner ? r[owner] : null;
        value = object ? object[column.slice(owner.length + 1)] : null;
      }
      out[column] = value;
    });
    return out;
  }

  function csvCell(value) {
    if (value === null || value === undefined) return '';
    var text = String(value);
    if (typeof value === 'string' && FORMULA_START.test(text)) text = "'" + text;
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csv(indices) {
    var lines = [index.columns.map(csvCell).join(',')];
    Array.prototype.forEach.call(indices, function (i) {
      var values = flat(record(i));
      lines.push(index.columns.map(function (column) { return csvCell(values[column]); }).join(','));
    });
    return '\uFEFF' + lines.join('\n') + '\n';
  }

  function download(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    var link = element('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // ---- charts (inline SVG) ----

  var charts = (function () {
    var ready = false;
    var indicators = [];
    var shown = 0;
    var filtered = [];
    var PAGE = 24;

    function bars(items, onClick) {
      var width = 440, label = 170, height = 20;
      var largest = Math.max.apply(null, items.map(function (item) { return item.value; }).concat([1]));
      var chart = svg('svg', { width: '100%', height: items.length * height + 4, viewBox: '0 0 ' + width + ' ' + (items.length * height + 4), role: 'img' });
      items.forEach(function (item, k) {
        var y = k * height + 2;
        var name = svg('text', { x: label - 6, y: y + 14, 'text-anchor': 'end', class: 'label' });
        name.textContent = item.label.length > 26 ? '…' + item.label.slice(-25) : item.label;
        var bar = svg('rect', { x: label, y: y + 2, height: height - 5, width: Math.max(1, (width - label - 50) * item.value / largest), class: 'bar ' + item.className });
        bar.dataset.index = k;
        var title = svg('title');
        title.textContent = item.label + ': ' + item.value;
        bar.appendChild(title);
        var value = svg('text', { x: label + Math.max(1, (width - label - 50) * item.value / largest) + 4, y: y + 14 });
        value.textContent = item.value.toLocaleString('en');
        chart.appendChild(name);
        chart.appendChild(bar);
        chart.appendChild(value);
      });
      if (onClick) {
        chart.addEventListener('click', function (event) {
          var bar = event.target.closest('rect.bar');
          if (bar) onClick(Number(bar.dataset.index));
        });
      }
      return chart;
    }

    function periodKey(period) {
      return [period[P.start_year], period[P.start_month] || 0, period[P.end_year], period[P.end_month] || 0].join('-');
    }

    function collect() {
      var groups = new Map();
      for (var i = 0; i < rows.length; i++) {
        var row = rows[i];
        var period = row[F.period];
        if (!row[F.subject] || !period || period[P.start_year] === null) continue;
        var key = [row[F.subject], row[F.unit], row[F.per] || '', row[F.measure] || ''].join('\u0001');
        var group = groups.get(key);
        if (!group) {
          group = { subject: row[F.subject], unit: row[F.unit], per: row[F.per], measure: row[F.measure], points: new Map(), documents: new Set() };
          groups.set(key, group);
        }
        var pk = periodKey(period);
        var point = group.points.get(pk);
        if (!point) {
          point = { key: pk, label: years(period), order: [period[P.start_year], period[P.start_month] || 0, period[P.end_year], period[P.end_month] || 0], figures: [] };
          group.points.set(pk, point);
        }
        point.figures.push(i);
        group.documents.add(row[0]);
      }
      var found = [];
      groups.forEach(function (group) {
        if (group.points.size < 2) return;
        var points = Array.from(group.points.values());
        points.sort(function (a, b) {
          for (var k = 0; k < 4; k++) if (a.order[k] !== b.order[k]) return a.order[k] - b.order[k];
          return 0;
        });
        points.forEach(function (point) {
          var actual = point.figures.filter(function (i) { return rows[i][F.status] !== 'target'; });
          point.figure = (actual.length ? actual : point.figures)[0];
          var value = valueText(rows[point.figure][F.value]);
          point.others = point.figures.filter(function (i) { return valueText(rows[i][F.value]) !== value; });
        });
        group.points = points;
        found.push(group);
      });
      found.sort(function (a, b) {
        return b.points.length - a.points.length || b.documents.size - a.documents.size || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0);
      });
      return found;
    }

    // A round step for about three intervals: 1, 2, 2.5 or 5 times a power of ten.
    function niceStep(span) {
      var raw = span / 3;
      var power = Math.pow(10, Math.floor(Math.log10(raw)));
      var ratio = raw / power;
      return (ratio <= 1 ? 1 : ratio <= 2 ? 2 : ratio <= 2.5 ? 2.5 : ratio <= 5 ? 5 : 10) * power;
    }

    function lineChart(group) {
      var width = 300, height = 150, left = 54, right = 12, top = 10, bottom = 34;
      var points = group.points;
      var values = points.map(function (point) { return Number(rows[point.figure][F.value]); });
      // From zero when the values are near enough to it to show their size; else around them, to show their changes.
      var low = Math.min.apply(null, values), high = Math.max.apply(null, values);
      if (low >= 0 && low <= high / 2) low = 0;
      else if (high <= 0 && high >= low / 2) high = 0;
      var step = niceStep(high - low || Math.abs(high) || 1);
      low = Math.floor(low / step) * step;
      high = Math.max(Math.ceil(high / step) * step, low + step);
      var ticks = [];
      for (var tick = low; tick <= high + step / 2; tick += step) ticks.push(Math.round(tick / step) * step);
      var plotWidth = width - left - right, plotHeight = height - top - bottom;
      // Periods placed in time when each starts at a time of its own (a missing year leaves a gap), else evenly.
      var times = points.map(function (point) { return point.order[0] + (point.order[1] ? (point.order[1] - 1) / 12 : 0); });
      var inTime = new Set(times).size === times.length;
      var first = times[0], span = times[times.length - 1] - first;
      function x(k) {
        if (points.length === 1) return left + plotWidth / 2;
        return left + (inTime ? (times[k] - first) / span : k / (points.length - 1)) * plotWidth;
      }
      function y(value) { return top + plotHeight - (value - low) / (high - low) * plotHeight; }
      var chart = svg('svg', { width: '100%', viewBox: '0 0 ' + width + ' ' + height, role: 'img' });
      ticks.forEach(function (tick) {
        chart.appendChild(svg('line', { x1: left, x2: width - right, y1: y(tick), y2: y(tick), class: 'axis' }));
        var label = svg('text', { x: left - 5, y: y(tick) + 4, 'text-anchor': 'end' });
        label.textContent = compact.format(tick);
        chart.appendChild(label);
      });
      var path = points.map(function (point, k) { return (k ? 'L' : 'M') + x(k).toFixed(1) + ',' + y(values[k]).toFixed(1); }).join(' ');
      chart.appendChild(svg('path', { d: path, class: 'line' }));
      var labelled = -Infinity;
      points.forEach(function (point, k) {
        var row = rows[point.figure];
        var mark = svg('circle', { cx: x(k), cy: y(values[k]), r: 5, class: 'mark' + (row[F.status] === 'target' ? ' target' : '') + (point.others.length ? ' conflict' : '') });
        mark.dataset.period = point.label;
        mark.dataset.figure = point.figure;
        var title = svg('title');
        var lines = [point.label + ': ' + amount(row) + (row[F.status] === 'target' ? ' (target)' : ''), documents[row[0]].source];
        if (point.others.length) {
          lines.push(point.others.length + ' other value' + (point.others.length > 1 ? 's' : '') + ' for this period: ' +
            point.others.slice(0, 5).map(function (i) { return amount(rows[i]) + ' in ' + documents[rows[i][0]].source; }).join('; '));
        }
        title.textContent = lines.join('\n');
        mark.appendChild(title);
        chart.appendChild(mark);
        if (x(k) - labelled >= point.label.length * 7 + 6) {  // a label where the one before leaves room
          labelled = x(k);
          var label = svg('text', { x: x(k), y: height - bottom + 16, 'text-anchor': 'middle' });
          label.textContent = point.label;
          chart.appendChild(label);
        }
      });
      chart.addEventListener('click', function (event) {
        var mark = event.target.closest('circle.mark');
        if (mark) goTo(Number(mark.dataset.figure));
      });
      return chart;
    }

    function indicatorFigure(group) {
      var box = element('figure', 'indicator');
      var caption = element('figcaption', '', group.subject + ' ');
      var unitText = group.unit + (group.per ? '/' + group.per : '') + (group.measure ? ', ' + group.measure : '');
      caption.appendChild(element('span', 'unit', '(' + unitText + ') · ' + group.points.length + ' periods, ' + group.documents.size + (group.documents.size === 1 ? ' document' : ' documents')));
      box.appendChild(caption);
      box.appendChild(lineChart(group));
      box.dataset.subject = group.subject;
      box.dataset.unit = group.unit;
      return box;
    }

    function more() {
      var holder = $('indicators');
      filtered.slice(shown, shown + PAGE).forEach(function (group) { holder.appendChild(indicatorFigure(group)); });
      shown = Math.min(filtered.length, shown + PAGE);
      $('more-indicators').hidden = shown >= filtered.length;
      $('indicator-count').textContent = shown + ' of ' + filtered.length + ' indicators';
    }

    function filter() {
      var wanted = $('indicator-filter').value.trim().toLowerCase();
      filtered = indicators.filter(function (group) { return !wanted || group.subject.toLowerCase().indexOf(wanted) >= 0; });
      $('indicators').textContent = '';
      shown = 0;
      more();
    }

    function build() {
      ready = true;
      $('chart-kinds').appendChild(bars(kinds.map(function (kind) {
        return { label: kind, value: kindCounts.get(kind), className: kindClasses[kind] };
      })));
      var docs = documents.map(function (doc, d) { return { label: shortName(d), value: doc.figures, className: 'k0', document: d }; });
      $('chart-documents').appendChild(bars(docs, function (k) { show('documents'); openDocument(docs[k].document); }));
      indicators = collect();
      $('indicator-filter').addEventListener('input', filter);
      $('more-indicators').addEventListener('click', more);
      filter();
    }

    return { show: function () { if (!ready) build(); } };
  })();

  // ---- start ----

  var failed = documents.filter(function (doc) { return doc.error; }).length;
  $('totals').textContent = documents.length.toLocaleString('en') + (documents.length === 1 ? ' document · ' : ' documents · ') +
    rows.length.toLocaleString('en') + (rows.length === 1 ? ' figure' : ' figures') + (failed ? ' · ' + failed + ' could not be read' : '') +
    ' · presscan ' + index.presscan;
  document.title = 'presscan report: ' + (documents.length === 1 ? documents[0].source : documents.length + ' documents');
  if (documents.length) openDocument(0);
  else $('doc-text').textContent = 'No documents.';

  // For scripts and tests: the records, the table's rows and their CSV, and the time the page became usable.
  window.presscanReport = {
    figures: rows.length,
    record: record,
    records: function () { return rows.map(function (row, i) { return record(i); }); },
    tableRows: function () { return table.rows(); },
    csv: function () { return csv(table.rows()); },
    select: goTo,
    show: show,
    readyAt: performance.now(),
  };
  document.documentElement.dataset.ready = 'true';
})();
