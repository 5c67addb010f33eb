#!/usr/bin/env python3
"""The import benchmark's client (bench/import.sh). Standard library only.

  import_load.py BASE PASSWORD ROWS [SERVER_PID]

Signs in as the administrator (who may do all an editor may) through the login form, imports one dated source
through /import (the facts must cite a source the bibliography holds), then writes ROWS fact rows in the seed's
columns about the products the app lists: daily and monthly active users on successive days, so that within the
file each row supersedes the one before it about the same product and metric. It times the preview (POST
/import, until the page is back) and the commit (POST /import/commit, until the redirect), and prints both.
"""
import http.cookiejar
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import date, timedelta

TIMEOUT = 600
HEADER = "subject_type,subject,metric,value,level,unit,currency,qualifier,as_of,as_of_basis,provenance,source,claim"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def fetch(opener, url, body=None, content_type=None):
    """(status, location, text) of one request, without following redirects."""
    request = urllib.request.Request(url, body)
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            return response.status, response.headers.get("Location"), response.read().decode()
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers.get("Location"), answer.read().decode(errors="replace")


def csrf(page):
    match = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page) or re.search(
        r'value="([^"]+)"[^>]*name="_csrf"', page)
    if not match:
        raise RuntimeError("no CSRF token on the page")
    return match.group(1)


def form(fields):
    return urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded"


def multipart(fields, filename, content):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                 f'Content-Type: text/csv\r\n\r\n'.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def sign_in(base, password):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
                                         NoRedirect())
    _, _, page = fetch(opener, base + "/login")
    status, location, _ = fetch(opener, base + "/login",
                                *form({"username": "admin", "password": password, "_csrf": csrf(page)}))
    if status != 302 or "error" in (location or ""):
        raise RuntimeError(f"sign-in refused: {status} {location}")
    return opener


def preview(opener, base, filename, content, kind):
    _, _, page = fetch(opener, base + "/import")
    started = time.monotonic()
    status, _, page = fetch(opener, base + "/import", *multipart({"_csrf": csrf(page), "kind": kind}, filename,
                                                                 content))
    return time.monotonic() - started, status, page


def commit(opener, base, page):
    token = re.search(r'name="token" value="([^"]+)"', page)
    if not token:
        problem = re.search(r'id="file-problem"[^>]*>([^<]*)<', page)
        refused = re.findall(r'<td class="reason">([^<]*)<', page)[:5]
        raise RuntimeError(f"the preview cannot be committed: {problem and problem.group(1)} {refused}")
    started = time.monotonic()
    status, location, _ = fetch(opener, base + "/import/commit", *form({"_csrf": csrf(page), "token": token.group(1)}))
    if status != 302:
        raise RuntimeError(f"the commit was refused: {status}")
    return time.monotonic() - started


def cpu_seconds(pid):
    """User and system CPU time of the server process so far; 0 without its id."""
    if not pid:
        return 0.0
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(base, password, rows, pid=None):
    opener = sign_in(base, password)
    title = f"Import benchmark {uuid.uuid4().hex[:8]}"
    sources = (
        "title,publisher,url,date,language,kind,archive_url,title_zh,publisher_zh\r\n"
        f"{title},Bench Press,https://example.com/bench/{uuid.uuid4().hex},2026-11-01,EN,PRESS,,,\r\n").encode()
    _, status, page = preview(opener, base, "bench-source.csv", sources, "sources")
    commit(opener, base, page)
    _, _, listed = fetch(opener, base + "/sources?" + urllib.parse.urlencode({"q": title}))
    source = re.search(r'href="/sources/(\d+)"', listed).group(1)

    _, _, products_page = fetch(opener, base + "/products?size=100")
    products = sorted(set(re.findall(r'href="/products/([a-z0-9-]+)"', products_page)))
    if not products:
        raise RuntimeError("the app lists no products")
    lines = [HEADER]
    start = date(2020, 1, 1)
    for i in range(rows):
        product = products[i % len(products)]
        metric = "DAU" if (i // len(products)) % 2 == 0 else "MAU"
        day = start + timedelta(days=i // (2 * len(products)))
        lines.append(f"product,{product},{metric},{1000 + i},,,,ABOUT,{day.isoformat()},,THIRD_PARTY,{source},"
                     f"Benchmark row {i + 1}.")
    content = ("\r\n".join(lines) + "\r\n").encode()

    cpu = cpu_seconds(pid)
    seconds, status, page = preview(opener, base, "facts.csv", content, "facts")
    preview_cpu = cpu_seconds(pid) - cpu
    summary = re.search(r'id="summary"[^>]*>([^<]*)<', page)
    print(f"file: {rows} fact rows about {len(products)} products, {len(content) / 1e6:.1f} MB")
    print(f"preview: {seconds:.1f} s (server CPU {preview_cpu:.1f} s; HTTP {status}): {summary and summary.group(1)}")
    cpu = cpu_seconds(pid)
    committed = commit(opener, base, page)
    print(f"commit:  {committed:.1f} s (server CPU {cpu_seconds(pid) - cpu:.1f} s)")
    print(f"total:   {seconds + committed:.1f} s (target: under 30 s)")
    return seconds + committed < 30


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None)
             else 1)
