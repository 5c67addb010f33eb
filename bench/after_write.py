#!/usr/bin/env python3
"""What one write costs the readers (issue 17, item 2), printed by bench/run.sh. Standard library only.

  after_write.py BASE PASSWORD PID

Signs in as admin and records one fact about ByteDance's first product on the default comparison (Doubao on
the seed) through the real form, then asks for that comparison (ByteDance and Alibaba) and the rankings as an anonymous reader: how long each first answer
takes after the write, and how much CPU the server spent from the write to the comparison drawn. The standings
are brought up to date incrementally: ByteDance is scored again, not the 10,000 products.
"""
import os
import re
import sys
import time
import urllib.request

from crash_load import csrf, fetch, record_fact, sign_in

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / TICKS  # utime + stime


def timed_get(url):
    start = time.monotonic()
    with urllib.request.urlopen(url, timeout=120) as response:
        response.read()
        status = response.status
    return status, (time.monotonic() - start) * 1000


def main(base, password, pid):
    with urllib.request.urlopen(f"{base}/compare", timeout=120) as response:
        page = response.read().decode()
    left = page[page.index('class="col-md-6 left"'):] if 'class="col-md-6 left"' in page else page
    product = re.search(r'data-product="([a-z0-9-]+)"', left).group(1)
    editor = sign_in(base, password)
    _, _, form = fetch(editor, f"{base}/products/{product}/facts/new")
    token = csrf(form)
    before = cpu_ms(pid)
    start = time.monotonic()
    fact = record_fact(editor, base, product, token, f"bench after-write {int(time.time())}", 7)
    recorded = (time.monotonic() - start) * 1000
    if not fact:
        print(f"after a write: the fact form for {product} did not acknowledge the write")
        return 1
    status, compare = timed_get(f"{base}/compare")
    cpu = cpu_ms(pid) - before
    _, again = timed_get(f"{base}/compare")
    _, rankings = timed_get(f"{base}/rankings")
    print(f"after a write (a fact about {product}): recorded in {recorded:.0f} ms; first /compare {compare:.0f} ms (status {status}, "
          f"target <= 150 ms), then {again:.0f} ms; first /rankings {rankings:.0f} ms")
    print(f"  server CPU from the write to the comparison drawn: {cpu:.0f} ms")
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
