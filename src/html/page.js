/*
 * page.js: search, facets, sort and copy buttons for the page that
 * `iompubs list --format html` writes.  Without it the page shows every
 * record; with it:
 *
 * - A record is shown when every word of the search (split at spaces)
 *   is found in its text, and it passes each facet.  Its text is that
 *   of its elements of class "s" (title, id, languages, ISBNs, ISSN,
 *   editions' languages and ISBNs, abstract), one a line, ISBNs also
 *   without hyphens.  Words and text are folded alike: compatibility
 *   decomposition (NFKD), combining marks removed, lower case.
 * - Facets: a year range (a record with editions passes if any of its
 *   years is in it), a language (the record's or an edition's), an
 *   availability.  Each choice in a menu shows how many records would
 *   be shown if it were chosen, the other choices kept.
 * - The state is kept in the URL's fragment (#q=fishers&lang=es), so a
 *   view can be linked and reloaded; a fragment that names an element
 *   (#caring-for-trafficked-persons-2009) is a link to a record.
 * - At most PAGE records are laid out at a time, and a button shows
 *   more: so that a keystroke costs the same on ten thousand records
 *   as on forty.
 *
 * It makes no request, uses no eval, and writes text only through
 * textContent.
 */
(function () {
  "use strict";

  var PAGE = 100;
  /* By class: the ids' prefix depends on the records' ids. */
  var form = document.querySelector("form.controls");
  var list = document.querySelector("main");
  var count = list && list.querySelector("p.count");
  if (!form || !list || !count)
    return;
  var el = {
    q: form.elements.q,
    from: form.elements.from,
    to: form.elements.to,
    lang: form.elements.lang,
    avail: form.elements.avail,
    sort: form.elements.sort
  };
  var KEYS = ["q", "from", "to", "lang", "avail", "sort"];

  function fold(s) {
    return s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  }

  /* Menu values as small numbers, for counting in arrays. */
  function numbering(select) {
    var m = new Map();
    for (var k = 0; k < select.options.length; k++)
      m.set(select.options[k].value, k);
    return m;
  }
  var yearNo = numbering(el.from);
  var langNo = numbering(el.lang);
  var availNo = numbering(el.avail);

  function numbers(attr, m) {
    return (attr || "").split(" ").filter(Boolean).map(function (v) {
      return m.has(v) ? m.get(v) : -1;
    });
  }

  /* What the filters need of each record, read once from the page. */
  var recs = [];
  var articles = list.getElementsByTagName("article");
  for (var i = 0; i < articles.length; i++) {
    var a = articles[i];
    var parts = [];
    var s = a.getElementsByClassName("s");
    for (var j = 0; j < s.length; j++) {
      var t = s[j].textContent;
      parts.push(t);
      if (s[j].classList.contains("isbn"))
        parts.push(t.replace(/-/g, ""));
    }
    var h = a.getElementsByTagName("h2")[0];
    var years = (a.dataset.years || "").split(" ").filter(Boolean);
    recs.push({
      el: a,
      at: i,
      text: fold(parts.join("\n")),
      title: h ? h.textContent : "",
      /* The record's year first, then its editions' others. */
      year: years.length ? Number(years[0]) : 0,
      years: years.map(Number),
      yearNos: numbers(a.dataset.years, yearNo),
      langNos: numbers(a.dataset.lang, langNo),
      availNos: numbers(a.dataset.avail, availNo),
      words: true,      /* has every word of the last search */
      shown: true
    });
  }
  var total = recs.length;
  var ordered = recs;   /* in the order chosen */
  var order = "";
  var limit = PAGE;
  var lastWords = [];

  var more = document.createElement("button");
  more.type = "button";
  more.className = "more";
  more.hidden = true;
  list.appendChild(more);

  /* The menus' labels, to which the counts are added. */
  function labels(select) {
    return Array.prototype.map.call(select.options, function (o) {
      return o.textContent;
    });
  }
  var base = {
    from: labels(el.from),
    to: labels(el.to),
    lang: labels(el.lang),
    avail: labels(el.avail)
  };

  function state() {
    var st = {};
    KEYS.forEach(function (k) { st[k] = el[k].value; });
    return st;
  }

  function setText(node, text) {
    if (node.textContent !== text)
      node.textContent = text;
  }

  /* counts[k] for option k; all (or null: no count) for the first. */
  function label(select, texts, counts, all) {
    for (var k = 0; k < select.options.length; k++) {
      var n = k === 0 ? all : counts[k];
      setText(select.options[k], n === null ? texts[k] :
          texts[k] + " (" + n + ")");
    }
  }

  /*
   * Do the words refine the last search's (each a part of the word in
   * its place)?  Then only what matched it can match them.
   */
  function refines(words) {
    if (words.length < lastWords.length)
      return false;
    for (var k = 0; k < lastWords.length; k++)
      if (words[k].indexOf(lastWords[k]) < 0)
        return false;
    return true;
  }

  function hasWords(text, words) {
    for (var w = 0; w < words.length; w++)
      if (text.indexOf(words[w]) < 0)
        return false;
    return true;
  }

  function inYears(r, from, to) {
    for (var k = 0; k < r.years.length; k++)
      if (r.years[k] >= from && r.years[k] <= to)
        return true;
    return false;
  }

  function addAll(counts, nos) {
    for (var k = 0; k < nos.length; k++)
      if (nos[k] >= 0)
        counts[nos[k]]++;
  }

  /* Choose the records to show; count what each choice would show. */
  function filter(st) {
    var words = fold(st.q).split(/\s+/).filter(Boolean);
    var narrower = refines(words);
    var from = st.from ? Number(st.from) : -Infinity;
    var to = st.to ? Number(st.to) : Infinity;
    var lang = langNo.has(st.lang) ? langNo.get(st.lang) : 0;
    var avail = availNo.has(st.avail) ? availNo.get(st.avail) : 0;
    var cyear = new Int32Array(el.from.options.length);
    var clang = new Int32Array(el.lang.options.length);
    var cavail = new Int32Array(el.avail.options.length);
    var nlang = 0, navail = 0, matched = 0, k, r;

    for (k = 0; k < total; k++) {
      r = recs[k];
      r.words = (narrower ? r.words : true) && hasWords(r.text, words);
      r.match = false;
      if (!r.words)
        continue;
      var y = inYears(r, from, to);
      var l = lang === 0 || r.langNos.indexOf(lang) >= 0;
      var v = avail === 0 || r.availNos.indexOf(avail) >= 0;
      if (l && v)
        addAll(cyear, r.yearNos);
      if (y && v) {
        nlang++;
        addAll(clang, r.langNos);
      }
      if (y && l) {
        navail++;
        addAll(cavail, r.availNos);
      }
      r.match = y && l && v;
      if (r.match)
        matched++;
    }
    lastWords = words;

    /* "earliest" and "latest" are not choices of their own. */
    label(el.from, base.from, cyear, null);
    label(el.to, base.to, cyear, null);
    label(el.lang, base.lang, clang, nlang);
    label(el.avail, base.avail, cavail, navail);
    return matched;
  }

  /* Show the first limit records that match, in the order chosen. */
  function show(matched) {
    var shown = 0;
    for (var k = 0; k < total; k++) {
      var r = ordered[k];
      var on = r.match && shown < limit;
      if (on)
        shown++;
      if (on !== r.shown) {
        r.el.hidden = !on;
        r.shown = on;
      }
    }
    var text = matched === total ?
        total + (total === 1 ? " publication" : " publications") :
        matched + " of " + total + " publications";
    if (shown < matched)
      text += ", the first " + shown + " shown";
    setText(count, text);
    more.hidden = shown >= matched;
    setText(more, "Show " + Math.min(PAGE, matched - shown) + " more");
  }

  var collator = new Intl.Collator(undefined, { sensitivity: "base",
      numeric: true });

  function sort(how) {
    if (how === order)
      return;
    order = how;
    ordered = recs.slice();
    ordered.sort(function (a, b) {
      var c = 0;
      if (how === "year-desc")
        c = b.year - a.year;
      else if (how === "year-asc")
        c = a.year - b.year;
      else if (how === "title")
        c = collator.compare(a.title, b.title);
      return c || a.at - b.at;
    });
    var frag = document.createDocumentFragment();
    ordered.forEach(function (r) { frag.appendChild(r.el); });
    frag.appendChild(more);
    list.appendChild(frag);
  }

  /*
   * The words found, highlighted in the records shown (where the browser
   * has CSS highlights): each text is folded a character at a time,
   * remembering where each folded character came from.
   */
  var marks = window.CSS && CSS.highlights && window.Highlight ?
      new Highlight() : null;
  if (marks)
    CSS.highlights.set("iompubs-match", marks);
  var folded = new WeakMap();

  function foldMap(node) {
    var m = folded.get(node);
    if (m)
      return m;
    var t = node.data;
    m = { text: "", from: [], to: [] };
    if (!/[^\x00-\x7f]/.test(t)) {
      m.text = t.toLowerCase();
      for (var k = 0; k <= t.length; k++) {
        m.from.push(k);
        m.to.push(k + 1);
      }
    } else {
      var parts = [];
      for (var c = 0; c < t.length; ) {
        var ch = String.fromCodePoint(t.codePointAt(c));
        var f = fold(ch);
        parts.push(f);
        for (var n = 0; n < f.length; n++) {
          m.from.push(c);
          m.to.push(c + ch.length);
        }
        c += ch.length;
      }
      m.text = parts.join("");
    }
    folded.set(node, m);
    return m;
  }

  function highlight(words) {
    if (!marks)
      return;
    marks.clear();
    if (words.length === 0)
      return;
    for (var k = 0; k < total; k++) {
      if (!recs[k].shown)
        continue;
      var s = recs[k].el.getElementsByClassName("s");
      for (var j = 0; j < s.length; j++) {
        var walk = document.createTreeWalker(s[j], NodeFilter.SHOW_TEXT);
        for (var node = walk.nextNode(); node; node = walk.nextNode()) {
          var m = foldMap(node);
          for (var w = 0; w < words.length; w++) {
            for (var at = m.text.indexOf(words[w]); at >= 0;
                at = m.text.indexOf(words[w], at + words[w].length)) {
              var r = new Range();
              r.setStart(node, m.from[at]);
              r.setEnd(node, m.to[at + words[w].length - 1]);
              marks.add(r);
            }
          }
        }
      }
    }
  }

  function apply(st) {
    var matched = filter(st);
    sort(st.sort);
    show(matched);
    highlight(lastWords);
  }

  /* The fragment: the state, or the id of an element to go to. */
  function fromFragment() {
    var f = location.hash.slice(1);
    var st = { q: "", from: "", to: "", lang: "", avail: "", sort: "" };
    if (f === "")
      return st;
    try {
      if (document.getElementById(decodeURIComponent(f)))
        return null;
    } catch (e) {
      /* Not percent-encoded text: not an id either. */
    }
    var p = new URLSearchParams(f);
    KEYS.forEach(function (k) {
      if (p.has(k))
        st[k] = p.get(k);
    });
    return st;
  }

  function toFragment(st) {
    var p = new URLSearchParams();
    KEYS.forEach(function (k) {
      if (st[k])
        p.set(k, st[k]);
    });
    var f = p.toString().replace(/\+/g, "%20");
    var url = location.pathname + location.search + (f ? "#" + f : "");
    if (location.hash.slice(1) !== f)
      history.replaceState(null, "", url);
  }

  /* Put st into the controls; a value no menu offers is dropped. */
  function setControls(st) {
    KEYS.forEach(function (k) {
      el[k].value = st[k];
      if (el[k].value !== st[k])
        el[k].value = "";
    });
  }

  function update() {
    var st = state();
    limit = PAGE;
    apply(st);
    toFragment(st);
  }

  /*
   * From the fragment: a state, or a record to go to, which the
   * filters are cleared for if they hide it.
   */
  function load() {
    var st = fromFragment();
    var none = { q: "", from: "", to: "", lang: "", avail: "", sort: "" };
    var target = null;
    if (st !== null) {
      setControls(st);
    } else {
      target = document.getElementById(
          decodeURIComponent(location.hash.slice(1)));
      if (target && target.hidden)
        setControls(none);
    }
    limit = PAGE;
    if (target && target.tagName === "ARTICLE") {
      /* Enough pages to reach it. */
      var s = state();
      filter(s);
      sort(s.sort);
      var at = ordered.indexOf(recs.find(function (r) {
        return r.el === target;
      }));
      limit = Math.max(PAGE, at + 1);
    }
    apply(state());
    if (target)
      target.scrollIntoView();
  }

  form.addEventListener("input", update);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () {
    setTimeout(update, 0);
  });
  window.addEventListener("hashchange", load);
  more.addEventListener("click", function () {
    limit += PAGE;
    show(filter(state()));
    highlight(lastWords);
  });

  /*
   * Copy buttons, made when a record's citations are first opened (a
   * page of ten thousand records need not make thirty thousand): each
   * copies the citation after it.
   */
  function copied(button, ok) {
    var was = button.dataset.label || button.textContent;
    button.dataset.label = was;
    button.textContent = ok ? "Copied" : "Select and copy";
    setTimeout(function () { button.textContent = was; }, 1500);
  }

  function copyBySelection(button, node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    copied(button, ok);
  }

  function copy(button) {
    var node = button.nextElementSibling;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(node.textContent).then(function () {
        copied(button, true);
      }, function () {
        copyBySelection(button, node);
      });
    } else {
      copyBySelection(button, node);
    }
  }

  function addButtons(details) {
    var heads = details.getElementsByTagName("h3");
    for (var k = 0; k < heads.length; k++) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy " + heads[k].textContent);
      heads[k].after(button);
    }
    details.dataset.buttons = "1";
  }

  list.addEventListener("toggle", function (e) {
    var d = e.target;
    if (d.open && d.classList.contains("cite") && !d.dataset.buttons)
      addButtons(d);
  }, true);
  list.addEventListener("click", function (e) {
    var b = e.target.closest("button.copy");
    if (b)
      copy(b);
  });

  /* On a phone the menus start folded, unless a view uses them. */
  var filters = form.querySelector("details.filters");
  var narrow = window.matchMedia("(max-width: 56rem)");
  function fold_filters() {
    var st = state();
    if (!narrow.matches)
      filters.open = true;
    else if (!st.from && !st.to && !st.lang && !st.avail && !st.sort)
      filters.open = false;
  }
  narrow.addEventListener("change", function () {
    if (!narrow.matches)
      filters.open = true;
  });

  form.hidden = false;
  load();
  fold_filters();
})();
