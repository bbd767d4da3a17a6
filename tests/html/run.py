#!/usr/bin/env python3
"""run.py: the HTML page (list --format html) in a real browser.

    tests/html/run.py BINARY

Without a browser the page is still checked as text (size, policy,
escaping); with Debian's chromium (headless):

- dump-dom: chromium --dump-dom 'file:///.../page.html#q=fishers' shows
  exactly the records that the page's documented rule selects, computed
  here from `iompubs list --format json`, and the menus' counts;
- the same for more views, over the DevTools protocol (cdp.py), typed
  as a person would, and from the keyboard alone;
- the page makes no network request and logs no console message, error
  or exception, nor does the empty page;
- a hostile catalogue (markup, event handlers, javascript: URLs, bidi
  and control characters, a 1 MB field) runs no injected code, even
  with the Content-Security-Policy bypassed, and shows its text as text.

Chromium missing is a skip, said once, unless IOMPUBS_NEED_CHROMIUM=1
(as in CI), when it is a failure.
"""

import base64
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

MAX_PAGE = 150 * 1024
failures = []
passes = 0


def check(cond, what):
    global passes
    if cond:
        passes += 1
    else:
        failures.append(what)
        print("FAIL", what)


def iompubs(binary, *args, catalog=None, status=(0,)):
    cmd = [binary] + (["--catalog", catalog] if catalog else []) + list(args)
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode not in status:
        raise SystemExit("run.py: %s: exit %d: %s" %
                         (" ".join(cmd), r.returncode, r.stderr.decode()))
    return r.stdout.decode("utf-8")


# The page's rule, as page.js documents it, computed from the json.

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s
                   if not unicodedata.category(c).startswith("M")).lower()


def record_text(r):
    parts = [r["title"], r["id"]]

    def isbns(v):
        for x in v:
            parts.extend([x, x.replace("-", "")])

    if r["languages"]:
        parts.append(", ".join(r["languages"]))
    for key in ("isbn", "eisbn"):
        if r[key]:
            joined = ", ".join(r[key])
            parts.extend([joined, joined.replace("-", "")])
    if r["issn"]:
        isbns([r["issn"]])
    for e in r["editions"]:
        if e["languages"]:
            parts.append(" and ".join(e["languages"]))
        isbns(e["isbn"])
    if r["abstract"]:
        parts.append(r["abstract"])
    return fold("\n".join(parts))


def record_languages(r):
    names = list(r["languages"])
    for e in r["editions"]:
        names.extend(e["languages"])
    return set(names)


def record_years(r):
    return {y for y in [r["year"]] + [e["year"] for e in r["editions"]] if y}


def select(records, state, names):
    """The ids shown and the menus' counts, for state (a dict)."""
    words = fold(state.get("q", "")).split()
    lo = int(state["from"]) if state.get("from") else -10**9
    hi = int(state["to"]) if state.get("to") else 10**9
    lang = names.get(state.get("lang", ""), state.get("lang", ""))
    avail = state.get("avail", "")
    shown, cyear, clang, cavail = [], {}, {}, {}
    nlang = navail = 0
    for r in records:
        q = all(w in r["_text"] for w in words)
        y = any(lo <= x <= hi for x in r["_years"])
        ln = not lang or lang in r["_langs"]
        v = not avail or avail in r["availability"]
        if q and ln and v:
            for x in r["_years"]:
                cyear[str(x)] = cyear.get(str(x), 0) + 1
        if q and y and v:
            nlang += 1
            for x in r["_langs"]:
                clang[x] = clang.get(x, 0) + 1
        if q and y and ln:
            navail += 1
            for x in r["availability"]:
                cavail[x] = cavail.get(x, 0) + 1
        if q and y and ln and v:
            shown.append(r["id"])
    sort = state.get("sort", "")
    order = {r["id"]: i for i, r in enumerate(records)}
    byid = {r["id"]: r for r in records}
    if sort == "year-desc":
        shown.sort(key=lambda i: (-(byid[i]["year"] or 0), order[i]))
    elif sort == "year-asc":
        shown.sort(key=lambda i: ((byid[i]["year"] or 0), order[i]))
    return shown, {"year": cyear, "lang": clang, "lang_all": nlang,
                   "avail": cavail, "avail_all": navail}


def expected_labels(counts, years, langs):
    """The menus' option texts: the label, a space, (count)."""
    lab = {"from": ["earliest"] + ["%d (%d)" % (y, counts["year"].get(
        str(y), 0)) for y in years]}
    lab["to"] = ["latest"] + lab["from"][1:]
    lab["lang"] = ["Any (%d)" % counts["lang_all"]] + [
        "%s (%d)" % (n, counts["lang"].get(n, 0)) for n in langs]
    lab["avail"] = ["Any (%d)" % counts["avail_all"],
                    "PDF (%d)" % counts["avail"].get("pdf", 0),
                    "Hardcopy (%d)" % counts["avail"].get("hardcopy", 0)]
    return lab


def count_text(n, total):
    if n == total:
        return "%d publication%s" % (total, "" if total == 1 else "s")
    return "%d of %d publications" % (n, total)


# The page as text.

class PageParser(html.parser.HTMLParser):
    """Articles (id, hidden), options of each menu, scripts, links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.articles = []
        self.menus = {}
        self.menu = None
        self.option = None
        self.tags = {}
        self.attrs = []
        self.count = None
        self.in_count = False
        self.scripts = []
        self.styles = []
        self.raw = None
        self.csp = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self.attrs.append((tag, attrs))
        if tag == "article":
            self.articles.append((a.get("id"), "hidden" in a))
        elif tag == "select":
            self.menu = a.get("name")
            self.menus[self.menu] = []
        elif tag == "option":
            self.option = ""
        elif tag == "p" and a.get("id") == "iompubs-count":
            self.in_count = True
            self.count = ""
        elif tag in ("script", "style"):
            self.raw = ""
        elif tag == "meta" and a.get("http-equiv") == \
                "Content-Security-Policy":
            self.csp = a.get("content")

    def handle_endtag(self, tag):
        if tag == "option" and self.menu:
            self.menus[self.menu].append(self.option)
            self.option = None
        elif tag == "select":
            self.menu = None
        elif tag == "p":
            self.in_count = False
        elif tag == "script":
            self.scripts.append(self.raw)
            self.raw = None
        elif tag == "style":
            self.styles.append(self.raw)
            self.raw = None

    def handle_data(self, data):
        if self.option is not None:
            self.option += data
        if self.in_count:
            self.count += data
        if self.raw is not None:
            self.raw += data


def parse(text):
    p = PageParser()
    p.feed(text)
    p.close()
    return p


def sha256(text):
    return "'sha256-%s'" % base64.b64encode(
        hashlib.sha256(text.encode("utf-8")).digest()).decode()


def check_static(name, text):
    """What holds of any page, read as text."""
    p = parse(text)
    check(p.csp is not None, "%s: a Content-Security-Policy" % name)
    policy = dict((d.strip().split(" ", 1) + [""])[:2]
                  for d in (p.csp or "").split(";"))
    check(policy.get("default-src") == "'none'",
          "%s: default-src 'none'" % name)
    check(len(p.scripts) == 1 and policy.get("script-src") ==
          sha256(p.scripts[0]), "%s: one script, allowed by its hash" % name)
    check(len(p.styles) == 1 and policy.get("style-src") ==
          sha256(p.styles[0]), "%s: one style sheet, allowed by its hash"
          % name)
    check("unsafe-inline" not in (p.csp or ""), "%s: no unsafe-inline" %
          name)
    for tag in ("img", "link", "iframe", "object", "embed", "base",
                "audio", "video", "source", "form"):
        if tag == "form":
            check(p.tags.get(tag, 0) == 1, "%s: one form" % name)
        else:
            check(tag not in p.tags, "%s: no <%s>" % (name, tag))
    for tag, attrs in p.attrs:
        for k, v in attrs:
            check(not k.startswith("on"), "%s: no %s= on <%s>" %
                  (name, k, tag))
            if k in ("href", "src", "action", "formaction"):
                check(v.startswith("#") or re.match(r"https?://", v) or
                      re.match(r"mailto:[^:/]+@[^:/]+$", v),
                      "%s: %s=%r on <%s> goes nowhere else" %
                      (name, k, v, tag))
            check(k != "style", "%s: no style attribute" % name)
    return p


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: run.py BINARY")
    binary = os.path.abspath(sys.argv[1])
    top = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))))
    os.chdir(top)
    scratch = tempfile.mkdtemp(prefix="iompubs-html.")
    page = os.path.join(scratch, "page.html")
    text = iompubs(binary, "list", "--format", "html")
    with open(page, "w", encoding="utf-8") as f:
        f.write(text)
    records = json.loads(iompubs(binary, "list", "--format", "json"))
    for r in records:
        r["_text"] = record_text(r)
        r["_langs"] = record_languages(r)
        r["_years"] = record_years(r)

    size = len(text.encode("utf-8"))
    check(size < MAX_PAGE, "page of the shipped catalogue is %d bytes, "
          "under %d" % (size, MAX_PAGE))
    p = check_static("shipped catalogue", text)
    check([a[0] for a in p.articles] == [r["id"] for r in records],
          "an article a record, in order, its id the record's")
    check(not any(a[1] for a in p.articles), "no record hidden in the "
          "page itself (JavaScript off shows all)")
    check(re.search(r'<h2 class="s" lang="fr"><a href="#etat-des-lieux',
                    text) is not None, "the French title has lang=fr")
    check(re.search(r'<h2 class="s" lang="es"><a href="#trata-de', text)
          is not None or re.search(r'id="trata-[^"]*"[^>]*>\n<h2 '
                                   r'class="s" lang="es"', text)
          is not None, "the Spanish title has lang=es")
    check(re.search(r'id="court-investigations-manual-2009"[^>]*>\n<h2 '
                    r'class="s">', text) is not None,
          "a Russian manual's English title has no lang")
    langs_of = {m.group(1): m.group(2) for m in re.finditer(
        r'<article id="([^"]*)"(?:(?!</article>).)*?<div class="abstract s"'
        r'(?: lang="(..)")?>', text, re.S)}
    check(langs_of.get("etat-des-lieux-traite-madagascar-2015") == "fr" and
          langs_of.get("trata-explotacion-laboral-guatemala-2013") == "es"
          and sum(1 for v in langs_of.values() if v) == 2,
          "the French and the Spanish abstract, and only they, have lang "
          "(%s)" % {k: v for k, v in langs_of.items() if v})

    empty = iompubs(binary, "list", "--year", "1900", "--format", "html",
                    status=(1,))
    check_static("empty page", empty)
    check("No publications." in empty, "the empty page says so")
    empty_page = os.path.join(scratch, "empty.html")
    with open(empty_page, "w", encoding="utf-8") as f:
        f.write(empty)

    hostile_page = os.path.join(scratch, "hostile.html")
    hostile = hostile_catalog(scratch)
    htext = iompubs(binary, "list", "--format", "html", catalog=hostile)
    with open(hostile_page, "w", encoding="utf-8") as f:
        f.write(htext)
    hp = check_static("hostile page", htext)
    check(len(hp.articles) == 4, "hostile page: its four records")

    if cdp.find_chromium() is None:
        if os.environ.get("IOMPUBS_NEED_CHROMIUM") == "1":
            check(False, "chromium is needed (IOMPUBS_NEED_CHROMIUM=1)")
        else:
            print("SKIP html in a browser: it needs chromium "
                  "(Debian: chromium)")
    else:
        years = sorted({y for r in records for y in r["_years"]})
        langs = sorted({n for r in records for n in r["_langs"]})
        browser_tests(page, records, years, langs)
        hostile_tests(hostile_page)
        paging_tests(binary, scratch)
        quiet_page("empty page", empty_page)

    subprocess.run(["rm", "-rf", scratch])
    print("  html: %d passed, %d failed" % (passes, len(failures)))
    sys.exit(1 if failures else 0)


# Names the tests use in fragments, and the page's labels for them.
CODES = {"es": "Spanish", "fr": "French", "en": "English", "ar": "Arabic",
         "zh": "Chinese"}

VIEWS = [
    "q=fishers",
    "q=fishers&lang=es",
    "lang=es",
    "q=ETAT%20madagascar",
    "q=explotaci%C3%B3n%20LABORAL",
    "q=explotacion%20centroamerica",
    "q=ETUDE%20koweit",
    "q=%C3%89TAT%20lieux",
    "q=9789290686385",
    "q=978-92-9068-466-4",
    "from=2010&to=2012&avail=hardcopy",
    "from=2012&lang=ar",
    "avail=pdf&sort=year-asc",
    "q=trafficking%20caribbean&sort=year-desc",
    "q=zzzz-nothing",
    "q=chinese",
]


def frag_state(frag):
    return dict(urllib.parse.parse_qsl(frag, keep_blank_values=True))


def dom_view(b):
    return b.eval("""(function () {
        var a = document.querySelectorAll('main > article');
        var menus = {};
        document.querySelectorAll('select').forEach(function (s) {
            menus[s.name] = Array.prototype.map.call(s.options,
                function (o) { return o.textContent; });
        });
        return {
            shown: Array.prototype.filter.call(a, function (e) {
                return !e.hidden && e.getClientRects().length > 0;
            }).map(function (e) { return e.id; }),
            menus: menus,
            count: document.getElementById('iompubs-count').textContent,
            hash: location.hash,
            form: !document.getElementById('iompubs-controls').hidden
        };
    })()""")


def set_hash(b, frag):
    """Change the fragment, as a person editing the URL would."""
    b.eval("""new Promise(function (done) {
        window.addEventListener('hashchange', function () {
            setTimeout(done, 0);
        }, {once: true});
        location.hash = %s;
    })""" % json.dumps(frag))


def compare(name, got_shown, got_menus, got_count, records, state, years,
            langs):
    shown, counts = select(records, state, CODES)
    check(got_shown == shown, "%s: shows %s, the rule selects %s" %
          (name, got_shown, shown))
    labels = expected_labels(counts, years, langs)
    for menu in ("from", "to", "lang", "avail"):
        check(got_menus.get(menu) == labels[menu], "%s: menu %s reads %s, "
              "expected %s" % (name, menu, got_menus.get(menu),
                               labels[menu]))
    check(got_count == count_text(len(shown), len(records)),
          "%s: count %r" % (name, got_count))


def browser_tests(page, records, years, langs):
    url = "file://" + urllib.parse.quote(page)

    # What chromium --dump-dom shows: the DOM after the script ran.
    for frag in ("q=fishers", "q=fishers&lang=es", "from=2010&to=2012",
                 "q=explotacion"):
        p = parse(cdp.chromium_run(["--dump-dom", url + "#" + frag]))
        got = [i for i, hidden in p.articles if not hidden]
        compare("dump-dom #" + frag, got, p.menus, p.count, records,
                frag_state(frag), years, langs)

    b = cdp.Browser()
    try:
        b.navigate(url)
        v = dom_view(b)
        check(v["form"], "the controls are shown when the script runs")
        compare("no fragment", v["shown"], v["menus"], v["count"],
                records, {}, years, langs)
        for frag in VIEWS:
            set_hash(b, frag)
            v = dom_view(b)
            compare("#" + frag, v["shown"], v["menus"], v["count"],
                    records, frag_state(frag), years, langs)

        # The words found are highlighted, accents and all.
        set_hash(b, "q=explotacion%20GUATEMALA")
        marked = b.eval("""Array.from(CSS.highlights.get('iompubs-match'))
            .map(function (r) { return r.toString(); })""")
        check(marked and all(fold(m) in ("explotacion", "guatemala")
                             for m in marked) and
              "explotación" in marked and "Guatemala" in marked,
              "the words found are highlighted: %s" % marked)

        # Reloading a view gives the view.
        b.navigate(url + "#q=health&lang=es")
        v = dom_view(b)
        compare("loaded #q=health&lang=es", v["shown"], v["menus"],
                v["count"], records, {"q": "health", "lang": "es"}, years,
                langs)

        # A record's id as the fragment goes to it, filters cleared.
        b.navigate(url + "#caring-for-trafficked-persons-2009")
        v = dom_view(b)
        check(len(v["shown"]) == len(records), "#id: all records shown")
        check(b.eval("document.querySelector(':target') && "
                     "document.querySelector(':target').id") ==
              "caring-for-trafficked-persons-2009", "#id: the record is "
              "the target")
        top = b.eval("document.getElementById('caring-for-trafficked-"
                     "persons-2009').getBoundingClientRect().top")
        check(top is not None and -5 < top < 100, "#id: the record is at "
              "the top of the window (%s)" % top)

        # Keyboard only: Tab to the skip link, then the search box; type.
        b.navigate(url)
        b.key("Tab")
        check(b.eval("document.activeElement.className") == "skip",
              "keyboard: the first Tab reaches the skip link")
        check(b.eval("getComputedStyle(document.activeElement)"
                     ".outlineStyle") != "none",
              "keyboard: the focused link is outlined")
        b.key("Tab")
        check(b.eval("document.activeElement.textContent") ==
              "How to order", "keyboard: the second Tab reaches the "
              "ordering link")
        b.key("Tab")
        check(b.eval("document.activeElement.id") == "iompubs-q",
              "keyboard: the third Tab reaches the search box")
        b.type("Fishers")
        v = dom_view(b)
        compare("typed 'Fishers'", v["shown"], v["menus"], v["count"],
                records, {"q": "Fishers"}, years, langs)
        check(v["hash"] == "#q=Fishers", "typing puts the search in the "
              "fragment (%r)" % v["hash"])
        b.key("Enter", text="\r")
        check(b.eval("location.protocol") == "file:" and
              dom_view(b)["hash"] == "#q=Fishers", "Enter does not submit")
        # Tab on to the language menu and choose from the keyboard.
        for _ in range(3):
            b.key("Tab")
        check(b.eval("document.activeElement.id") == "iompubs-lang",
              "keyboard: Tab reaches the language menu")

        # A copy button copies its citation.
        b.call("Browser.grantPermissions", _session=False,
               permissions=["clipboardReadWrite",
                            "clipboardSanitizedWrite"])
        b.eval("""new Promise(function (done) {
            var d = document.querySelector('#in-african-waters-2014 '
                + 'details.cite');
            d.addEventListener('toggle', function () {
                setTimeout(done, 0);
            });
            d.open = true;
        })""")
        check(b.eval("document.querySelectorAll('#in-african-waters-2014 "
                     "button.copy').length") == 3, "opening a record's "
              "citations gives three copy buttons")
        b.eval("document.querySelectorAll('#in-african-waters-2014 "
               "button.copy')[1].click()")
        b.pump(0.3)
        clip = b.eval("navigator.clipboard.readText()")
        check(clip is not None and clip.startswith("@") and
              "in-african-waters-2014" in clip, "the copy button copies "
              "the BibTeX entry (%r)" % (clip or "")[:40])
        quiet(b, "shipped catalogue", url)
    finally:
        b.close()
    people_tests(url, len(records))


# Contrast of every kind of text on the page, as WCAG computes it, in
# the page's colours (the nearest background that is not transparent).
CONTRAST = """(function () {
    function rgb(c) {
        var m = c.match(/[\\d.]+/g).map(Number);
        return m.length > 3 && m[3] === 0 ? null : m.slice(0, 3);
    }
    function lum(c) {
        var v = c.map(function (x) {
            x /= 255;
            return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
        });
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }
    function background(e) {
        for (; e; e = e.parentElement) {
            var b = rgb(getComputedStyle(e).backgroundColor);
            if (b)
                return b;
        }
        return [255, 255, 255];
    }
    var worst = {ratio: 99, what: ''};
    var sel = 'h1, .sub, .help, label, legend, .count, h2 a, dt, dd, ' +
        '.abstract p, summary, a, button, select, input, footer p';
    document.querySelectorAll(sel).forEach(function (e) {
        if (!e.getClientRects().length)
            return;
        var a = lum(rgb(getComputedStyle(e).color)), b = lum(background(e));
        var r = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (r < worst.ratio)
            worst = {ratio: r, what: e.tagName + '.' + e.className + ' ' +
                e.textContent.slice(0, 30)};
    });
    return worst;
})()"""


def people_tests(url, total):
    """Phones, dark mode, contrast, labels, landmarks, JavaScript off."""
    b = cdp.Browser()
    try:
        for scheme in ("light", "dark"):
            b.call("Emulation.setEmulatedMedia", features=[
                {"name": "prefers-color-scheme", "value": scheme}])
            b.navigate(url + "#q=trafficking")
            w = b.eval(CONTRAST)
            check(w["ratio"] >= 4.5, "%s scheme: every text has a contrast "
                  "of at least 4.5:1 (the lowest: %.2f, %s)" %
                  (scheme, w["ratio"], w["what"]))
        check(b.eval("getComputedStyle(document.body).backgroundColor") !=
              "rgb(255, 255, 255)", "dark scheme: a dark background")
        for width in (360, 390, 768, 1920):
            b.call("Emulation.setDeviceMetricsOverride", width=width,
                   height=800, deviceScaleFactor=1, mobile=width < 700)
            b.navigate(url + "#caring-for-trafficked-persons-2009")
            check(b.eval("document.documentElement.scrollWidth") <= width,
                  "%d pixels wide: nothing wider than the screen (%s)" %
                  (width, b.eval("document.documentElement.scrollWidth")))
        b.call("Emulation.setDeviceMetricsOverride", width=390, height=844,
               deviceScaleFactor=1, mobile=True)
        b.navigate(url)
        check(b.eval("!document.querySelector('details.filters').open && "
                     "document.querySelector('main > article')"
                     ".getBoundingClientRect().top < 600"), "phone: the "
              "menus start folded, the first record on the first screen")
        b.navigate(url + "#lang=es")
        check(b.eval("document.querySelector('details.filters').open"),
              "phone: a view that uses the menus shows them")
        b.call("Emulation.setDeviceMetricsOverride", width=1280, height=800,
               deviceScaleFactor=1, mobile=False)
        b.pump(0.2)
        check(b.eval("document.querySelector('details.filters').open"),
              "wide: the menus are always open")
        check(b.eval("""Array.from(document.querySelectorAll(
                'input, select, button:not(.more)')).every(function (c) {
                    return c.labels && c.labels.length > 0 ||
                        c.tagName === 'BUTTON' && c.textContent.trim();
                })"""), "every control has a label")
        check(b.eval("""['header', 'main', 'footer', 'form[role=search]']
                .every(function (s) {
                    return document.querySelectorAll(s).length === 1;
                })"""), "one banner, main, content-info and search landmark")
        b.call("Emulation.setScriptExecutionDisabled", value=True)
        b.navigate(url + "#q=fishers")
        v = b.eval("""({shown: document.querySelectorAll('main > article')
                .length, visible: Array.from(document.querySelectorAll(
                'main > article')).filter(function (e) {
                    return e.getClientRects().length > 0; }).length,
                form: document.getElementById('iompubs-controls')
                    .getClientRects().length})""")
        check(v["visible"] == total and v["form"] == 0, "JavaScript off: "
              "every record shown, no controls (%s)" % v)
    finally:
        b.close()


def quiet(b, name, url):
    """No request but the page, nothing logged, no exception."""
    b.pump(0.3)
    requests = [e["params"]["request"]["url"] for e in b.events
                if e["method"] == "Network.requestWillBeSent"]
    others = [u for u in requests if u.split("#")[0] != url.split("#")[0]]
    check(requests and not others, "%s: no request but the page itself "
          "(%s)" % (name, others))
    logged = [e for e in b.events if e["method"] in (
        "Runtime.consoleAPICalled", "Runtime.exceptionThrown",
        "Log.entryAdded", "Page.javascriptDialogOpening")]
    check(not logged, "%s: nothing logged: %s" % (name, logged[:3]))
    b.events.clear()


def quiet_page(name, path):
    url = "file://" + urllib.parse.quote(path)
    b = cdp.Browser()
    try:
        b.navigate(url)
        b.eval("document.getElementById('iompubs-q').value = 'x'; "
               "document.getElementById('iompubs-q').dispatchEvent("
               "new Event('input', {bubbles: true}))")
        quiet(b, name, url)
    finally:
        b.close()


def paging_tests(binary, scratch):
    """230 records: the first 100 laid out, a button for more."""
    lines = ["publications:"]
    for i in range(230):
        lines += ["  - id: r%03d" % i,
                  "    title: %s" % json.dumps("Record %d %s" % (
                      i, "even" if i % 2 == 0 else "odd")),
                  "    year: %d" % (2000 + i % 20)]
    cat = os.path.join(scratch, "many.yaml")
    with open(cat, "w") as f:
        f.write("\n".join(lines) + "\n")
    page = os.path.join(scratch, "many.html")
    with open(page, "w") as f:
        f.write(iompubs(binary, "list", "--format", "html", catalog=cat))
    url = "file://" + urllib.parse.quote(page)
    b = cdp.Browser()
    try:
        b.navigate(url)
        v = dom_view(b)
        check(v["shown"] == ["r%03d" % i for i in range(100)],
              "paging: the first 100 records are shown")
        check(v["count"] == "230 publications, the first 100 shown",
              "paging: the count says so (%r)" % v["count"])
        b.eval("document.querySelector('button.more').click()")
        check(len(dom_view(b)["shown"]) == 200, "paging: a click shows "
              "100 more")
        set_hash(b, "q=odd&sort=year-desc")
        v = dom_view(b)
        want = sorted(range(1, 230, 2), key=lambda i: (-(2000 + i % 20), i))
        check(v["shown"] == ["r%03d" % i for i in want[:100]],
              "paging: a new search starts at the first 100, in its order")
        check(v["count"] == "115 of 230 publications, the first 100 shown",
              "paging: the count (%r)" % v["count"])
        b.navigate(url + "#r229")
        check("r229" in dom_view(b)["shown"] and
              b.eval("document.querySelector(':target').id") == "r229",
              "paging: a link to the last record shows it")
        quiet(b, "paging", url)
    finally:
        b.close()


# A catalogue that tries everything.

PWN = "window.__pwned = (window.__pwned || 0) + 1"
HOSTILE_TITLE = ('<script>%s</script>"><img src=x onerror="%s">'
                 "\u202eevil\u2066 \x1b[31m\x07bell" % (PWN, PWN))


ID_PWN = '"><img/src=x/onerror=window.__pwned=1>'


def hostile_catalog(scratch):
    big = ("<b>x</b> &amp; " * 70000)[:1 << 20]
    recs = [
        {"id": "hostile-1", "title": HOSTILE_TITLE, "year": 2015,
         "languages": ["<i>Español</i>", "English"],
         "abstract": "</div></main><script>%s</script>\n\n"
                     "<svg onload=\"%s\">\njavascript:%s" % (PWN, PWN, PWN),
         "notes": "'; %s; '" % PWN},
        {"id": ID_PWN, "title": "Quote id",
         "year": 2016, "availability": ["pdf"]},
        {"id": "big", "title": "A 1 MB abstract", "year": 2017,
         "abstract": big},
        {"id": "iompubs-q", "title": "javascript:alert(1)", "year": 2018,
         "languages": ["French"],
         "abstract": "Le texte de la page est en français pour les tests."},
    ]
    lines = ["catalog:",
             "  title: %s" % json.dumps("<script>%s</script>" % PWN),
             "  edition: %s" % json.dumps("\"><img src=x onerror=%s>" % PWN),
             "  ordering:",
             "    bookstore: %s" % json.dumps("javascript:%s" % PWN),
             "    email: %s" % json.dumps("a@b\"><script>x</script>"),
             "publications:"]
    for r in recs:
        lines.append("  - id: %s" % json.dumps(r["id"]))
        for k in ("title", "year", "languages", "availability", "abstract",
                  "notes"):
            if k in r:
                lines.append("    %s: %s" % (k, json.dumps(r[k])))
    path = os.path.join(scratch, "hostile.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def hostile_tests(page):
    url = "file://" + urllib.parse.quote(page)
    for bypass in (False, True):
        name = "hostile page" + (", CSP bypassed" if bypass else "")
        b = cdp.Browser()
        try:
            if bypass:
                b.call("Page.setBypassCSP", enabled=True)
            b.navigate(url)
            b.eval("var q = document.querySelector('input[name=q]'); "
                   "q.value = 'big'; q.dispatchEvent(new Event('input', "
                   "{bubbles: true}))")
            b.pump(0.3)
            check(b.eval("window.__pwned === undefined"),
                  "%s: no injected code ran" % name)
            check(b.eval("document.scripts.length") == 1,
                  "%s: one script element" % name)
            check(b.eval("document.querySelectorAll('img, svg, iframe')"
                         ".length") == 0, "%s: no injected element" % name)
            check(b.eval("document.querySelectorAll('main > article')"
                         ".length") == 4, "%s: four records" % name)
            check(b.eval("document.querySelectorAll('a[href^=\"javascript\"]"
                         "').length") == 0, "%s: no javascript: link" % name)
            title = b.eval("document.querySelector('#hostile-1 h2')"
                           ".textContent")
            want = HOSTILE_TITLE.replace("\u202e", "\\u202e").replace(
                "\u2066", "\\u2066").replace("\x1b", "\\x1b").replace(
                "\x07", "\\x07")
            check(title == want, "%s: the title is its text, controls "
                  "shown as escapes (%r)" % (name, title[:60]))
            check(b.eval("document.getElementById('iompubs-q').tagName") ==
                  "ARTICLE" and b.eval("document.querySelector('form "
                                       "input[name=q]').id") == "iompubs1-q",
                  "%s: a record with the search box's id keeps it; the "
                  "page's ids move out of its way" % name)
            check(b.eval("document.querySelector('label[for=iompubs1-lang]')"
                         ".control.name") == "lang", "%s: labels follow "
                  "the moved ids" % name)
            check(b.eval("document.querySelector('main > article:nth-of-"
                         "type(2)').id") == ID_PWN,
                  "%s: a hostile id is the article's id, whole" % name)
            size = b.eval("document.querySelector('#big .abstract')"
                          ".textContent.length")
            check(size is not None and size > 900000,
                  "%s: the 1 MB abstract is there (%s)" % (name, size))
            check(b.eval("document.querySelector('main > p.count')"
                         ".textContent") == "1 of 4 publications",
                  "%s: the search finds the big record" % name)
            quiet(b, name, url)
        finally:
            b.close()


if __name__ == "__main__":
    main()
