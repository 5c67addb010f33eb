#!/usr/bin/env python3
"""The write load and the check of bench/crash.sh. Standard library only.

  crash_load.py load BASE PASSWORD SECONDS ACKS_FILE   4 writers record facts through the real form
  crash_load.py check BASE ACKS_FILE                   every acknowledged fact must be stored

`load` signs each writer in through the login form, then posts the fact form (with its CSRF token) in a
loop. A write counts as acknowledged only when the server answers 302 to the product page: that is what
the editor sees as "saved". Each acknowledged fact is appended to ACKS_FILE at once (and flushed), so
the list is complete whenever the server is killed. `load` runs until SECONDS have passed or the server
stops answering, whichever comes first.

`check` reads each product's page after the restart (it lists every fact, current, superseded or
retracted, as a row with the id fact-<id>) and compares it with the acknowledged list.
"""
import html
import http.cookiejar
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

# One product per writer, so that each writer's facts form one supersession chain of its own.
PRODUCTS = ["doubao", "jimeng", "qwen", "glm"]
# bench/cluster.sh gives each of its loads a prefix of its own, to count each one's facts in the database.
CLAIM_PREFIX = os.environ.get("CRASH_CLAIM_PREFIX", "crash-test")
# Seconds a request may take; bench/cluster.sh waits longer than its proxy does (a busy machine is slow, not wrong).
TIMEOUT = float(os.environ.get("CRASH_TIMEOUT", "10"))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def client():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def fetch(opener, url, data=None):
    """(status, location, body) of one request, without following redirects."""
    body = None if data is None else urllib.parse.urlencode(data).encode()
    try:
        with opener.open(url, body, timeout=TIMEOUT) as response:
            return response.status, response.headers.get("Location"), response.read().decode()
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers.get("Location"), answer.read().decode(errors="replace")


def csrf(page):
    match = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page) or re.search(
        r'value="([^"]+)"[^>]*name="_csrf"', page)
    if not match:
        raise RuntimeError("no CSRF token on the page")
    return match.group(1)


def sign_in(base, password):
    opener = client()
    status, _, page = fetch(opener, base + "/login")
    status, location, _ = fetch(opener, base + "/login",
                                {"username": "admin", "password": password, "_csrf": csrf(page)})
    if status != 302 or "error" in (location or ""):
        raise RuntimeError(f"sign-in refused: {status} {location}")
    return opener


def record_fact(opener, base, product, token, claim, count):
    """Posts the fact form; the new fact's id when the server acknowledged it (302 to the product page)."""
    fields = {"_csrf": token, "metric": "DAU", "value": str(1000 + count), "qualifier": "ABOUT",
              "asOf": f"2026-01-{count % 28 + 1:02d}", "provenance": "THIRD_PARTY",
              "sourceTitle": "Crash test", "sourceLanguage": "EN",
              "sourceKind": "PRESS", "sourceDateUnknown": "true", "claim": claim}
    status, location, _ = fetch(opener, f"{base}/products/{product}/facts", fields)
    match = re.match(rf"(?:https?://[^/]+)?/products/{product}#fact-(\d+)$", location or "")
    return match.group(1) if status == 302 and match else None


def writer(number, base, password, deadline, acks, lock, figures):
    product = PRODUCTS[number]
    # Behind a proxy an instance may die during the sign-in (bench/cluster.sh): the editor signs in again.
    for attempt in range(3):
        try:
            opener = sign_in(base, password)
            _, _, form = fetch(opener, f"{base}/products/{product}/facts/new")
            token = csrf(form)
            break
        except (RuntimeError, OSError):
            if attempt == 2:
                with lock:
                    figures["writers not signed in"] += 1
                raise
            time.sleep(1)
    # 1..28 as the day, so that every fact is dated and none in the future; the count keeps claims unique.
    count = 0
    while time.monotonic() < deadline:
        count += 1
        claim = f"{CLAIM_PREFIX} w{number} n{count}"
        started = time.monotonic()
        try:
            fact_id = record_fact(opener, base, product, token, claim, count)
        except OSError:
            with lock:
                figures["without an answer"] += 1
            break  # the server is gone: what it acknowledged so far is what counts
        took = time.monotonic() - started
        with lock:
            if fact_id:
                acks.write(f"{product}\t{fact_id}\t{claim}\n")
                acks.flush()
                figures["acknowledged"] += 1
                figures["seconds"] += took
            else:
                figures["refused"] += 1


def load(base, password, seconds, acks_file):
    deadline = time.monotonic() + float(seconds)
    lock = threading.Lock()
    figures = {"acknowledged": 0, "refused": 0, "seconds": 0.0, "without an answer": 0,
               "writers not signed in": 0}
    with open(acks_file, "w") as acks:
        threads = [threading.Thread(target=writer, args=(n, base, password, deadline, acks, lock, figures))
                   for n in range(len(PRODUCTS))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    mean = figures["seconds"] / figures["acknowledged"] * 1000 if figures["acknowledged"] else 0
    print(f"writers: {figures['acknowledged']} writes acknowledged, {figures['refused']} not, "
          f"{figures['without an answer']} without an answer, {mean:.1f} ms per acknowledged write on average")
    if figures["writers not signed in"]:
        sys.exit(f"{figures['writers not signed in']} writers could not sign in")


def check(base, acks_file):
    acknowledged = {}
    with open(acks_file) as acks:
        for line in acks:
            product, fact_id, claim = line.rstrip("\n").split("\t")
            acknowledged[(product, fact_id)] = claim
    stored = {}
    opener = client()
    for product in PRODUCTS:
        status, _, page = fetch(opener, f"{base}/products/{product}")
        if status != 200:
            raise RuntimeError(f"/products/{product} answered {status}")
        for fact_id, row in re.findall(r'<tr id="fact-(\d+)"(.*?)</tr>', page, re.S):
            claim = re.search(r'class="fact-claim[^"]*">([^<]*)<', row)
            text = html.unescape(claim.group(1)) if claim else ""
            if text.startswith(CLAIM_PREFIX):
                stored[(product, fact_id)] = text
    lost = [key for key, claim in acknowledged.items() if stored.get(key) != claim]
    unacknowledged = len(set(stored) - set(acknowledged))
    print(f"acknowledged: {len(acknowledged)}, stored after the restart: {len(stored)} "
          f"({unacknowledged} committed without an answer reaching the writer), lost: {len(lost)}")
    for product, fact_id in lost[:20]:
        print(f"  lost: fact {fact_id} on {product}: {acknowledged[(product, fact_id)]}")
    return 1 if lost or not acknowledged else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["load"] and len(sys.argv) == 6:
        load(*sys.argv[2:])
    elif sys.argv[1:2] == ["check"] and len(sys.argv) == 4:
        sys.exit(check(*sys.argv[2:]))
    else:
        sys.exit(__doc__)
