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
 *
 * It makes no request, uses no eval, and writes text only through
 * textContent.
 */
(function () {
  "use strict";

  var form = document.getElementById("iompubs-controls");
  var list = document.getElementById("iompubs-list");
  var count = document.getElementById("iompubs-count");
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
    recs.push({
      el: a,
      at: i,
      text: fold(parts.join("\n")),
      title: h ? h.textContent : "",
      /* The record's year first, then its editions' others. */
      years: (a.dataset.years || "").split(" ").filter(Boolean)
          .map(Number),
      langs: (a.dataset.lang || "").split(" ").filter(Boolean),
      avail: (a.dataset.avail || "").split(" ").filter(Boolean),
      shown: true
    });
  }
  var total = recs.length;
  if (total > 500)
    list.classList.add("many");

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

  function inYears(r, from, to) {
    for (var k = 0; k < r.years.length; k++)
      if (r.years[k] >= from && r.years[k] <= to)
        return true;
    return false;
  }

  function bump(m, k) {
    m.set(k, (m.get(k) || 0) + 1);
  }

  function label(select, texts, counts, all) {
    for (var k = 0; k < select.options.length; k++) {
      var o = select.options[k];
      var n = o.value === "" ? all : counts.get(o.value) || 0;
      var t = n === null ? texts[k] : texts[k] + " (" + n + ")";
      if (o.textContent !== t)
        o.textContent = t;
    }
  }

  /* Show the records that pass; count what each choice would show. */
  function filter(st) {
    var words = fold(st.q).split(/\s+/).filter(Boolean);
    var from = st.from ? Number(st.from) : -Infinity;
    var to = st.to ? Number(st.to) : Infinity;
    var nlang = 0, navail = 0, shown = 0;
    var cyear = new Map(), clang = new Map(), cavail = new Map();

    for (var k = 0; k < recs.length; k++) {
      var r = recs[k], w = 0;
      while (w < words.length && r.text.indexOf(words[w]) >= 0)
        w++;
      var q = w === words.length;
      var y = inYears(r, from, to);
      var l = !st.lang || r.langs.indexOf(st.lang) >= 0;
      var v = !st.avail || r.avail.indexOf(st.avail) >= 0;
      var m;
      if (q && l && v) {
        for (m = 0; m < r.years.length; m++)
          bump(cyear, String(r.years[m]));
      }
      if (q && y && v) {
        nlang++;
        r.langs.forEach(bump.bind(null, clang));
      }
      if (q && y && l) {
        navail++;
        r.avail.forEach(bump.bind(null, cavail));
      }
      var show = q && y && l && v;
      if (show !== r.shown) {
        r.el.hidden = !show;
        r.shown = show;
      }
      if (show)
        shown++;
    }
    /* "earliest" and "latest" are not choices of their own. */
    label(el.from, base.from, cyear, null);
    label(el.to, base.to, cyear, null);
    label(el.lang, base.lang, clang, nlang);
    label(el.avail, base.avail, cavail, navail);
    count.textContent = shown === total ?
        total + (total === 1 ? " publication" : " publications") :
        shown + " of " + total + " publications";
  }

  var collator = new Intl.Collator(undefined, { sensitivity: "base",
      numeric: true });
  var order = "";

  function sort(how) {
    if (how === order)
      return;
    order = how;
    var v = recs.slice();
    v.sort(function (a, b) {
      var c = 0;
      if (how === "year-desc")
        c = (b.years[0] || 0) - (a.years[0] || 0);
      else if (how === "year-asc")
        c = (a.years[0] || 0) - (b.years[0] || 0);
      else if (how === "title")
        c = collator.compare(a.title, b.title);
      return c || a.at - b.at;
    });
    var frag = document.createDocumentFragment();
    v.forEach(function (r) { frag.appendChild(r.el); });
    list.appendChild(frag);
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
    filter(st);
    sort(st.sort);
    toFragment(st);
  }

  /*
   * From the fragment: a state, or a record to go to, which the
   * filters are cleared for if they hide it.
   */
  function load() {
    var st = fromFragment();
    var none = { q: "", from: "", to: "", lang: "", avail: "",
        sort: "" };
    if (st !== null) {
      setControls(st);
    } else {
      var target = document.getElementById(
          decodeURIComponent(location.hash.slice(1)));
      if (target && target.hidden) {
        setControls(none);
        filter(none);
        target.scrollIntoView();
      }
    }
    var s = state();
    filter(s);
    sort(s.sort);
  }

  form.addEventListener("input", update);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () {
    setTimeout(update, 0);
  });
  window.addEventListener("hashchange", load);

  /* Copy buttons: the text of the <pre> beside each. */
  function copied(button, ok) {
    var was = button.dataset.label || button.textContent;
    button.dataset.label = was;
    button.textContent = ok ? "Copied" : "Select and copy";
    setTimeout(function () { button.textContent = was; }, 1500);
  }

  function copy(button) {
    var pre = button.closest(".citation").querySelector("pre");
    var text = pre.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () {
        copied(button, true);
      }, function () {
        copyBySelection(button, pre);
      });
    } else {
      copyBySelection(button, pre);
    }
  }

  function copyBySelection(button, pre) {
    var range = document.createRange();
    range.selectNodeContents(pre);
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

  list.addEventListener("click", function (e) {
    var b = e.target.closest("button.copy");
    if (b)
      copy(b);
  });
  var buttons = list.querySelectorAll("button.copy");
  for (var b = 0; b < buttons.length; b++)
    buttons[b].hidden = false;

  form.hidden = false;
  load();
})();
