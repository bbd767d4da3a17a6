#!/usr/bin/env python3
"""shots.py: screenshots of the HTML page, for a person to look at.

    tests/html/shots.py BINARY DIR

Writes into DIR the page of the shipped catalogue (page.html) and, with
headless Chromium, screenshots at 1280x800 and 390x844: as it opens,
filtered (#q=fishers), at a record (#caring-for-trafficked-persons-2009,
over the DevTools protocol), and in the dark scheme; and the printed
page as PDF.
"""

import base64
import os
import subprocess
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

SHOTS = [
    ("wide", "1280,800", "", []),
    ("phone", "390,844", "", []),
    ("wide-fishers", "1280,800", "#q=fishers&lang=en", []),
    ("phone-fishers", "390,844", "#q=fishers", []),
    ("wide-dark", "1280,800", "#q=madagascar", ["--force-dark-mode"]),
    ("phone-dark", "390,844", "", ["--force-dark-mode"]),
]


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: shots.py BINARY DIR")
    binary, out = sys.argv[1], os.path.abspath(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    page = os.path.join(out, "page.html")
    with open(page, "wb") as f:
        f.write(subprocess.run([binary, "list", "--format", "html"],
                               stdout=subprocess.PIPE, check=True).stdout)
    if cdp.find_chromium() is None:
        raise SystemExit("shots.py: it needs chromium (Debian: chromium)")
    url = "file://" + urllib.parse.quote(page)
    for name, size, frag, flags in SHOTS:
        png = os.path.join(out, name + ".png")
        cdp.chromium_run(flags + ["--hide-scrollbars", "--window-size=" + size,
                                  "--screenshot=" + png, url + frag])
        print(png)
    # A record's link: chromium --screenshot paints before it scrolls.
    b = cdp.Browser()
    try:
        b.call("Emulation.setDeviceMetricsOverride", width=1280,
               height=800, deviceScaleFactor=1, mobile=False)
        b.navigate(url + "#caring-for-trafficked-persons-2009")
        b.pump(0.3)
        png = os.path.join(out, "wide-record.png")
        with open(png, "wb") as f:
            f.write(base64.b64decode(b.call("Page.captureScreenshot",
                                            format="png")["data"]))
        print(png)
        # The printed page, as print media shows it.
        b.call("Emulation.setEmulatedMedia", media="print")
        b.navigate(url + "#q=fishers")
        png = os.path.join(out, "print.png")
        with open(png, "wb") as f:
            f.write(base64.b64decode(b.call("Page.captureScreenshot",
                                            format="png")["data"]))
        print(png)
    finally:
        b.close()
    pdf = os.path.join(out, "print.pdf")
    cdp.chromium_run(["--no-pdf-header-footer", "--print-to-pdf=" + pdf, url])
    print(pdf)


if __name__ == "__main__":
    main()
