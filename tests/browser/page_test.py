#!/usr/bin/env python3
"""The search page in a real browser (headless Chromium): the page loads with its form, a search
shows hits, following a speaker facet link shows only that speaker's sections, as many as the
facet counted. Skipped (exit 77) when Chromium is not installed."""
import argparse
import html.parser
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

SKIP = 77


class Page(html.parser.HTMLParser):
    """What the test reads from the DOM Chromium built: the form, the hits, the facet links."""

    def __init__(self):
        super().__init__()
        self.form_fields, self.hits, self.hit_speakers, self.facets = [], [], [], {}
        self.summary, self._facet, self._in = "", None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class", "")
        if tag == "input" and a.get("name"):
            self.form_fields.append(a["name"])
        if tag == "li" and cls == "hit":
            self.hits.append("")
            self.hit_speakers.append([])
        if tag == "ul" and "data-facet" in a:
            self._facet = a["data-facet"]
            self.facets[self._facet] = []
        if tag == "a" and self._facet:
            self.facets[self._facet].append([a["href"], "", 0])
        if tag == "div" and cls == "speakers" and self.hits:
            self._in.append("speakers")
        elif tag == "a" and cls == "title":
            self._in.append("title")
        elif tag == "p" and cls == "summary":
            self._in.append("summary")
        elif tag == "span" and cls == "count" and self._facet:
            self._in.append("count")
        else:
            self._in.append(None)

    def handle_endtag(self, tag):
        if tag == "ul":
            self._facet = None
        if self._in and tag not in ("input", "meta", "br", "rect", "line"):
            self._in.pop()

    def handle_data(self, data):
        where = [w for w in self._in if w]
        if not where:
            if self._facet and self.facets[self._facet] and self._in and self._in[-1] is None:
                self.facets[self._facet][-1][1] += data
            return
        if where[-1] == "title":
            self.hits[-1] += data
        elif where[-1] == "summary":
            self.summary += data
        elif where[-1] == "count":
            self.facets[self._facet][-1][2] = int(data)
        elif where[-1] == "speakers" and data.strip() not in ("", ",", "speakers:"):
            self.hit_speakers[-1].append(data.strip())


def dump_dom(chromium, url, profile):
    out = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
                          "--dump-dom", url], capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        sys.exit(f"FAIL: chromium could not load {url}: {out.stderr[-500:]}")
    page = Page()
    page.feed(out.stdout)
    return page


def check(condition, message):
    if not condition:
        sys.exit("FAIL: " + message)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--search", required=True)
    ap.add_argument("--db", required=True)
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: chromium is not installed (apt-get install chromium to run this test)")
        return SKIP
    server = subprocess.Popen([args.search, "serve", "--db", args.db, "--listen", "127.0.0.1:0"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = server.stdout.readline()
        m = re.match(r"Serving (http://127\.0\.0\.1:\d+/)", line)
        check(m, f"the server printed no address: {line!r}")
        base = m.group(1)
        with tempfile.TemporaryDirectory() as profile:
            home = dump_dom(chromium, base, profile)
            for field in ("q", "speaker", "location", "since", "until"):
                check(field in home.form_fields, f"the form has no {field} field: {home.form_fields}")
            # What the form sends for a search typed into its box.
            found = dump_dom(chromium, base + "?" + urllib.parse.urlencode({"q": "sanctions", "speaker": ""}), profile)
            check(len(found.hits) == 10, f"sanctions: 10 hits on the first page, got {len(found.hits)}")
            check(found.summary.startswith("24 sections match"), f"sanctions: summary {found.summary!r}")
            speakers = {name.strip(): (href, count) for href, name, count in found.facets.get("speaker", [])}
            check("Dmitry Peskov" in speakers, f"no Dmitry Peskov facet: {sorted(speakers)}")
            href, count = speakers["Dmitry Peskov"]
            narrowed = dump_dom(chromium, urllib.parse.urljoin(base, href), profile)
            check(len(narrowed.hits) == min(count, 10), f"{count} Peskov sections counted, {len(narrowed.hits)} shown")
            check(narrowed.summary.startswith(f"{count} section"), f"facet count {count}, page: {narrowed.summary!r}")
            for title, names in zip(narrowed.hits, narrowed.hit_speakers):
                check("Dmitry Peskov" in names, f"hit {title!r} has speakers {names}")
            print(f"ok: page loaded, 'sanctions' found {len(found.hits)} hits, the Dmitry Peskov facet ({count}) "
                  f"showed {len(narrowed.hits)} hits, all his")
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
