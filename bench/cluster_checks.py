#!/usr/bin/env python3
"""The checks of bench/cluster.sh that need a signed-in editor. Standard library only.

  cluster_checks.py session A B PASSWORD              a sign-in on instance A is valid on instance B
  cluster_checks.py visibility A B PROXY PASSWORD     a fact recorded through A shows on B and through the
                                                      proxy within 1 s; signed-in pages never come from the cache

A, B and PROXY are base URLs (http://127.0.0.1:port). Each check prints its figures and exits non-zero when
it fails. Sign-in and the fact form are bench/crash_load.py's: the real forms, with their CSRF tokens.
"""
import re
import sys
import threading
import time
import urllib.error
import urllib.request

from crash_load import client, csrf, fetch, record_fact, sign_in

PRODUCT = "doubao"
VISIBLE_WITHIN = 1.0
EDITOR_ONLY = f"/products/{PRODUCT}/facts/new"  # a link and a page only editors get


def session(a, b, password):
    started = time.monotonic()
    opener = sign_in(a, password)  # the cookie jar keeps the session cookie; 127.0.0.1 is both hosts
    took = (time.monotonic() - started) * 1000
    status, _, page = fetch(opener, b + EDITOR_ONLY)
    anonymous, location, _ = fetch(client(), b + EDITOR_ONLY)
    has_form = status == 200 and bool(csrf(page))
    print(f"signed in through the form on A in {took:.0f} ms; with that session cookie B answers "
          f"{EDITOR_ONLY} with {status}{' (the fact form)' if has_form else ''}; without it, {anonymous} to {location}")
    return 0 if has_form and anonymous == 302 and (location or "").endswith("/login") else 1


def cache_status(base, path, opener=None):
    """(status, X-Cache-Status, body) of a GET through the proxy."""
    request = urllib.request.Request(base + path)
    try:
        with (opener or client()).open(request, timeout=10) as response:
            return response.status, response.headers.get("X-Cache-Status"), response.read().decode()
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers.get("X-Cache-Status"), ""


def visibility(a, b, proxy, password):
    failures = []
    page = f"/products/{PRODUCT}"
    # The proxy keeps the anonymous page and asks an instance about it on every request.
    cache_status(proxy, page)
    status, kept, _ = cache_status(proxy, page)
    print(f"an anonymous reader asking the proxy for {page} again: {status}, cache {kept} "
          f"(kept, and confirmed by an instance with a 304)")
    if kept not in ("REVALIDATED", "HIT"):
        failures.append(f"the proxy did not keep {page} ({kept})")

    editor = sign_in(a, password)
    _, _, form = fetch(editor, f"{a}/products/{PRODUCT}/facts/new")
    claim = f"cluster visibility {int(time.time() * 1000)}"
    fact_id = record_fact(editor, a, PRODUCT, csrf(form), claim, 1)
    saved = time.monotonic()
    if not fact_id:
        print("the fact form on A did not acknowledge the write")
        return 1
    # Visible within 1 s: a request sent 1 s or more after the write was acknowledged must show it (the page
    # is not stale in any cache). How long the answer then takes, an instance drawing the page afresh on a
    # busy machine, is printed apart: that is speed, not staleness.
    seen = {}

    def poll(name, base):  # each reader on its own, so that one's wait does not count against the other
        while time.monotonic() - saved < 30:
            asked = time.monotonic()
            _, cache, body = cache_status(base, page)
            if claim in body:
                seen[name] = ((asked - saved) * 1000, (time.monotonic() - asked) * 1000, cache)
                return
            time.sleep(0.01)

    readers = [threading.Thread(target=poll, args=target) for target in (("B", b), ("the proxy", proxy))]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    for name in ("B", "the proxy"):
        if name not in seen:
            failures.append(f"fact {fact_id} recorded through A not on {name} after 30 s")
            continue
        asked, took, cache = seen[name]
        print(f"fact {fact_id} recorded through A: on {name}, the first request showing it was sent {asked:.0f} ms "
              f"after the write was acknowledged, and answered in {took:.0f} ms"
              + (f" (cache {cache}: the instance sent the new page, its ETag had moved)" if cache else ""))
        if asked > VISIBLE_WITHIN * 1000:
            failures.append(f"fact {fact_id} recorded through A: requests to {name} sent up to {asked:.0f} ms "
                            f"after it was acknowledged did not show it")

    # Signed in, through the proxy: always the reader's own page, never the shared copy, and never stored.
    status, cache, body = cache_status(proxy, page, editor)
    _, anonymous_cache, anonymous_body = cache_status(proxy, page)
    print(f"the signed-in editor through the proxy: {status}, cache {cache}, editing links "
          f"{'shown' if EDITOR_ONLY in body else 'missing'}; an anonymous reader next: cache {anonymous_cache}, "
          f"editing links {'shown' if EDITOR_ONLY in anonymous_body else 'absent'}")
    if cache != "BYPASS" or EDITOR_ONLY not in body:
        failures.append("a signed-in page came from the proxy's cache")
    if EDITOR_ONLY in anonymous_body:
        failures.append("an anonymous reader got a signed-in page")
    # A page names its address (the canonical link) from Host, which the client chooses: a page asked for
    # under another name must not be what the next reader gets.
    client().open(urllib.request.Request(proxy + page, headers={"Host": "elsewhere.example"}), timeout=10).read()
    _, _, body = cache_status(proxy, page)
    canonical = re.search(r'<link rel="canonical" href="([^"]*)"', body)
    named = canonical.group(1) if canonical else "none"
    print(f"after a request naming Host: elsewhere.example, the next reader's canonical link: {named}")
    if not named.startswith(proxy + page):
        failures.append(f"a page asked for under another Host was served to the next reader ({named})")
    for failure in failures:
        print("FAILED: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["session"] and len(sys.argv) == 5:
        sys.exit(session(*sys.argv[2:]))
    elif sys.argv[1:2] == ["visibility"] and len(sys.argv) == 6:
        sys.exit(visibility(*sys.argv[2:]))
    else:
        sys.exit(__doc__)
