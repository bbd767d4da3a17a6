"""cdp.py: a headless Chromium driven over the DevTools protocol.

Chromium's --remote-debugging-pipe reads commands on file descriptor 3
and writes replies and events on 4, each a JSON text ended by a NUL.
This is all the tests need of it: no download, no package but python3.
"""

import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio",
    # Containers (CI) often have a small /dev/shm.
    "--disable-dev-shm-usage",
]


def find_chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium_run(args, timeout=60):
    """Run chromium once (--dump-dom, --screenshot); returns stdout."""
    profile = tempfile.mkdtemp(prefix="iompubs-chromium.")
    try:
        r = subprocess.run([find_chromium()] + CHROMIUM_FLAGS +
                           ["--user-data-dir=" + profile] + args,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
        return r.stdout.decode("utf-8")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


class Browser:
    """One headless browser with one page; events are kept in order."""

    def __init__(self, width=1280, height=800):
        self.profile = tempfile.mkdtemp(prefix="iompubs-chromium.")
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def fds():
            a = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [find_chromium()] + CHROMIUM_FLAGS +
            ["--user-data-dir=" + self.profile, "--remote-debugging-pipe",
             "--window-size=%d,%d" % (width, height), "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, close_fds=False, preexec_fn=fds)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None
        targets = self.call("Target.getTargets")["targetInfos"]
        page = [t for t in targets if t["type"] == "page"][0]
        self.session = self.call("Target.attachToTarget",
                                 targetId=page["targetId"],
                                 flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(domain + ".enable")

    def close(self):
        try:
            self.call("Browser.close", _session=False, _timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.to_chrome)
        os.close(self.from_chrome)
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read(self, timeout):
        end = time.monotonic() + timeout
        while b"\0" not in self.buf:
            left = end - time.monotonic()
            if left <= 0 or not select.select([self.from_chrome], [], [],
                                              left)[0]:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise EOFError("chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, _session=True, _timeout=30, **params):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if _session and self.session:
            msg["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(msg).encode() + b"\0")
        while True:
            m = self._read(_timeout)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})
            if "method" in m:
                self.events.append(m)

    def wait_event(self, method, timeout=30):
        """The first event named method not seen yet (and drop it)."""
        end = time.monotonic() + timeout
        while True:
            for i, e in enumerate(self.events):
                if e["method"] == method:
                    return self.events.pop(i)
            m = self._read(max(0.01, end - time.monotonic()))
            if "method" in m:
                self.events.append(m)

    def pump(self, seconds=0.2):
        """Collect the events that arrive within seconds."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                m = self._read(end - time.monotonic())
            except TimeoutError:
                break
            if "method" in m:
                self.events.append(m)

    def navigate(self, url, timeout=30):
        """Load url afresh (a new document even if only the fragment
        differs from the page's)."""
        self.call("Page.navigate", url="about:blank")
        self.wait_event("Page.loadEventFired")
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired", timeout)

    def eval(self, expr):
        r = self.call("Runtime.evaluate", expression=expr,
                      returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError("%s: %s" % (expr, r["exceptionDetails"]))
        return r["result"].get("value")

    def key(self, key, code=None, text=None, shift=False):
        """Press and release one key, as a keyboard would."""
        mods = 8 if shift else 0
        args = {"key": key, "code": code or key, "modifiers": mods}
        vk = {"Tab": 9, "Enter": 13, "Backspace": 8, "Escape": 27}
        if key in vk:
            args["windowsVirtualKeyCode"] = vk[key]
        if text is not None:
            args["text"] = text
        self.call("Input.dispatchKeyEvent", type="keyDown", **args)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=key,
                  code=args["code"], modifiers=mods)

    def type(self, text):
        for ch in text:
            self.key(ch, code="Key" + ch.upper() if ch.isalpha() else ch,
                     text=ch)
