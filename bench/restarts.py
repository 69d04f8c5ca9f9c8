#!/usr/bin/env python3
"""bench/restarts helper: kill -9 `reclaim serve` while paced texts flow, and time the recovery.

Standard library only. Started by bench/restarts (which finds or builds the binary); see --help.

One `reclaim serve` on a temp SQLite file and a random 127.0.0.1 port, one store whose SMS provider is
Twilio pointing (`api_base_url`) at a fake Twilio in this process that speaks the real wire format: create
(`POST …/Messages.json`), fetch by SID and the Message list (`GET …/Messages.json?To=…&DateSent>=…`). The
store's flow texts 1 s after a cart is abandoned (idle 1 s) from a long code (1 segment a second).
--carts shoppers get SMS consent and a cart, spread over --spread seconds; once the first text reaches the fake, the server is killed
with SIGKILL --kills times, --interval seconds apart, and started again at once each time. Reported: texts
per recipient (doubles, missing), the seconds from the last restart to the last text (the pace alone
allows about one second a text still due), and the final status of every outbound row.
"""
from __future__ import annotations

import argparse
import base64
import http.client
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from assistant import die_with_parent, free_port, phones  # noqa: E402

STORE = "bench"
API_KEY = "rk_bench_restarts_" + "7f3a9c2e5b1d4068"
TWILIO_SID = "AC" + "0123456789abcdef" * 2
TWILIO_TOKEN = "bench_twilio_auth_token"
TWILIO_FROM = "+15005550006"


def log(msg: str):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


class FakeTwilio:
    """Twilio's Messages API: create, fetch by SID, list by To/From/DateSent> (newest first, paged)."""

    def __init__(self, delay: float = 0):
        self.lock = threading.Lock()
        self.messages: list[dict] = []      # in creation order
        self.arrivals: list[tuple[float, str]] = []   # (monotonic s, To)
        self.lists = 0
        expected_auth = "Basic " + base64.b64encode(f"{TWILIO_SID}:{TWILIO_TOKEN}".encode()).decode()
        base = f"/2010-04-01/Accounts/{TWILIO_SID}/Messages"
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args):
                pass

            def _send(self, status: int, body: dict):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _error(self, status: int, code: int, message: str):
                self._send(status, {"code": code, "message": message,
                                    "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status})

            def do_GET(self):
                if self.headers.get("Authorization", "") != expected_auth:
                    return self._error(401, 20003, "Authenticate")
                url = urlparse(self.path)
                query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
                if url.path == base + ".json":
                    with fake.lock:
                        fake.lists += 1
                        listed = [m for m in reversed(fake.messages)
                                  if m["to"] == query.get("To", m["to"]) and m["from"] == query.get("From", m["from"])
                                  and parsedate_to_datetime(m["date_sent"]).strftime("%Y-%m-%d") >= query.get("DateSent>", "")]
                    size = int(query.get("PageSize", "50"))
                    page = int(query.get("Page", "0"))
                    chunk = listed[page * size:(page + 1) * size]
                    more = len(listed) > (page + 1) * size
                    return self._send(200, {"messages": chunk, "page": page, "page_size": size, "start": page * size,
                                            "end": page * size + max(0, len(chunk) - 1), "uri": self.path,
                                            "first_page_uri": self.path, "previous_page_uri": None,
                                            "next_page_uri": (self.path + f"&Page={page + 1}") if more else None})
                if url.path.startswith(base + "/") and url.path.endswith(".json"):
                    sid = url.path[len(base) + 1:-5]
                    with fake.lock:
                        found = next((m for m in fake.messages if m["sid"] == sid), None)
                    return self._send(200, found) if found else self._error(404, 20404, "The requested resource was not found")
                self._error(404, 20404, "The requested resource was not found")

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8", "replace")
                if urlparse(self.path).path != base + ".json":
                    return self._error(404, 20404, "The requested resource was not found")
                if self.headers.get("Authorization", "") != expected_auth:
                    return self._error(401, 20003, "Authenticate")
                form = {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}
                sid = "SM" + uuid.uuid4().hex
                stamp = formatdate(usegmt=False).replace("-0000", "+0000")
                message = {
                    "account_sid": TWILIO_SID, "api_version": "2010-04-01", "body": form.get("Body", ""),
                    "date_created": stamp, "date_sent": stamp, "date_updated": stamp, "direction": "outbound-api",
                    "error_code": None, "error_message": None, "from": form.get("From"),
                    "messaging_service_sid": form.get("MessagingServiceSid"), "num_media": "0", "num_segments": "1",
                    "price": None, "price_unit": "USD", "sid": sid, "status": "queued", "to": form.get("To"),
                    "uri": f"{base}/{sid}.json"}
                with fake.lock:
                    fake.messages.append(message)
                    fake.arrivals.append((time.monotonic(), form.get("To", "")))
                time.sleep(delay)   # accepted, but the answer takes a while: a kill now loses it
                self._send(201, message)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def snapshot(self) -> list[tuple[float, str]]:
        with self.lock:
            return list(self.arrivals)


def write_config(path: str, db: str, port: int, twilio_url: str, sender_type: str) -> None:
    with open(path, "w") as f:
        f.write(f"""# written by bench/restarts
database: {{ url: "sqlite://{db}" }}
server: {{ host: 127.0.0.1, port: {port}, public_url: "http://127.0.0.1:{port}" }}
stores:
  - id: {STORE}
    name: Basecamp Supply
    timezone: America/Chicago
    currency: USD
    default_region: US
    website: https://basecamp.example
    api_keys: ["{API_KEY}"]
    sms:
      provider: twilio
      twilio: {{ account_sid: "{TWILIO_SID}", auth_token: "{TWILIO_TOKEN}", from: "{TWILIO_FROM}", api_base_url: "{twilio_url}" }}
      sender_type: {sender_type}
    email: {{ provider: outbox, from: "Basecamp Supply <hello@basecamp.example>" }}
    support: {{ phone: "+15005550099", email: "help@basecamp.example" }}
    postal_address: "1 Trailhead Way, Boulder, CO 80302, USA"
    abandonment: {{ idle: 1s }}
    flows:
      - name: restarts
        default: true
        steps:
          - {{ delay: 1s, channel: sms }}
""")


def post_event(port: int, type_: str, data: dict):
    eid = "evt_" + uuid.uuid4().hex
    body = json.dumps({"type": type_, "id": eid, "occurred_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                       "data": data}).encode()
    for _ in range(100):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("POST", f"/api/v1/stores/{STORE}/events", body=body, headers={
                "Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json", "Idempotency-Key": eid})
            response = conn.getresponse()
            raw = response.read()
            conn.close()
            if response.status >= 300:
                raise SystemExit(f"bench/restarts: {type_} → HTTP {response.status}: {raw[:300]!r}")
            return
        except OSError:
            time.sleep(0.1)   # the server is restarting
    raise SystemExit("bench/restarts: the server did not come back")


def healthy(port: int) -> bool:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        conn.request("GET", "/healthz")
        ok = conn.getresponse().status == 200
        conn.close()
        return ok
    except OSError:
        return False


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bin", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--carts", type=int, default=45)
    p.add_argument("--kills", type=int, default=8)
    p.add_argument("--interval", type=float, default=4.0, help="seconds between kills")
    p.add_argument("--sender-type", default="long_code", help="long_code (1 text/s), toll_free (3/s), short_code (100/s)")
    p.add_argument("--twilio-delay", type=float, default=0, help="seconds the fake takes to answer an accepted send")
    p.add_argument("--spread", type=float, default=40.0, help="seconds over which the carts arrive")
    p.add_argument("--timeout", type=float, default=400)
    args = p.parse_args()

    fake = FakeTwilio(args.twilio_delay)
    port = free_port()
    db = os.path.join(args.work, "bench.sqlite")
    config = os.path.join(args.work, "reclaim.yml")
    write_config(config, db, port, fake.url, args.sender_type)
    mig = subprocess.run([args.bin, "migrate", "--config", config], cwd=args.work, capture_output=True, text=True, timeout=120)
    if mig.returncode != 0:
        raise SystemExit(f"bench/restarts: reclaim migrate failed: {(mig.stderr or mig.stdout).strip()[:400]}")
    server_log = open(os.path.join(args.work, "server.log"), "a")

    def start():
        server = subprocess.Popen([args.bin, "serve", "--config", config], cwd=args.work, stdout=server_log,
                                  stderr=subprocess.STDOUT, preexec_fn=die_with_parent)
        deadline = time.monotonic() + 60
        while not healthy(port):
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("bench/restarts: reclaim serve did not start; see server.log")
            time.sleep(0.05)
        return server

    server = start()
    numbers = phones(args.carts)
    t0 = time.monotonic()

    def feed():
        for n, phone in enumerate(numbers):
            time.sleep(max(0.0, t0 + n * args.spread / args.carts - time.monotonic()))
            post_event(port, "consent.granted", {
                "channel": "sms", "phone": phone, "source": "checkout_checkbox",
                "disclosure_text": "By checking this box you agree to receive recurring automated cart reminder texts "
                                   "from Basecamp Supply at this number. Consent is not a condition of purchase. "
                                   "Msg&data rates may apply. Reply STOP to opt out, HELP for help.",
                "ip": "203.0.113.7", "user_agent": "Mozilla/5.0 (bench)", "page_url": "https://basecamp.example/checkout",
                "double_opt_in_confirmed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())})
            cart = f"restart-cart-{n}"
            post_event(port, "cart.updated", {
                "cart_id": cart, "contact": {"phone": phone, "email": f"shopper{n}@example.com", "first_name": "Ava"},
                "items": [{"product_id": "P1", "variant_id": "V1", "title": "Rain Jacket", "quantity": 1, "price": 8900}],
                "subtotal": 8900, "currency": "USD", "recovery_url": f"https://basecamp.example/cart/recover/{cart}",
                "shipping_address": {"country": "US", "province": "IL", "city": "Chicago", "zip": "60601"}})
        log(f"{args.carts} consents and carts posted over {time.monotonic() - t0:.1f} s")

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    while not fake.snapshot():
        if time.monotonic() - t0 > 120:
            raise SystemExit("bench/restarts: no text within 120 s; see server.log")
        time.sleep(0.05)
    first_text = fake.snapshot()[0][0]
    log(f"first text {first_text - t0:.1f} s after the first event; killing {args.kills} times, every {args.interval:g} s")
    last_restart = time.monotonic()
    for kill in range(args.kills):
        time.sleep(args.interval)
        server.send_signal(signal.SIGKILL)
        server.wait()
        killed = time.monotonic()
        server = start()
        last_restart = time.monotonic()
        log(f"kill {kill + 1}: {len(fake.snapshot())} texts so far; back up in {last_restart - killed:.2f} s")

    feeder.join()
    while len({to for _, to in fake.snapshot()}) < args.carts and time.monotonic() - last_restart < args.timeout:
        time.sleep(0.1)
    time.sleep(3)   # anything doubled late
    arrivals = fake.snapshot()
    per_number: dict[str, int] = {}
    for _, to in arrivals:
        per_number[to] = per_number.get(to, 0) + 1
    after = [t for t, _ in arrivals if t >= last_restart]
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT status, COALESCE(error_code, ''), provider_id IS NOT NULL, COUNT(*) FROM messages "
                           "WHERE direction = 'outbound' GROUP BY 1, 2, 3 ORDER BY 1").fetchall()
    doubled = sum(1 for c in per_number.values() if c > 1)
    missing = args.carts - len(per_number)
    print(f"bench/restarts: {args.carts} carts over {args.spread:g} s, {args.kills} kill -9 every {args.interval:g} s, "
          f"{args.sender_type}, Twilio answers after {args.twilio_delay:g} s")
    print(f"  texts at the fake Twilio: {len(arrivals)} to {len(per_number)} numbers; doubled {doubled}; missing {missing}")
    print(f"  first → last text: {arrivals[-1][0] - first_text:.1f} s; last restart → last text: "
          f"{(arrivals[-1][0] - last_restart) if after else 0:.1f} s ({len(after)} texts after the last restart)")
    print(f"  message list searches: {fake.lists}")
    print("  outbound rows (status, error, has provider id, count):")
    for status, error, has_id, count in rows:
        print(f"    {status:<10} {error or '-':<16} {'id' if has_id else 'no id':<6} {count}")


if __name__ == "__main__":
    main()
