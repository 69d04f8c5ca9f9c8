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
import http.client
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import assistant  # noqa: E402
from assistant import die_with_parent, free_port, phones  # noqa: E402


def log(msg: str):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def texts_of(fake: assistant.FakeTwilio) -> list[tuple[float, str]]:
    """Every text the fake accepted: (monotonic seconds, To), oldest first."""
    with fake.lock:
        return sorted((ms / 1000.0, to) for to, texts in fake.arrivals.items() for ms, _ in texts)


def write_config(path: str, db: str, port: int, twilio_url: str, sender_type: str) -> None:
    """bench/assistant's store, with a flow that texts 1 s after abandonment instead of 45 min."""
    assistant.write_config(path, db, port, twilio_url, argparse.Namespace(
        sms_rate=0, worker_poll=None, worker_concurrency=None, worker_batch=None, sender_type=sender_type))
    with open(path) as f:
        text = f.read()
    flow = "    flows:\n      - name: restarts\n        default: true\n        steps:\n          - { delay: 1s, channel: sms }\n"
    with open(path, "w") as f:
        f.write(text.replace("    flow: carrier-safe\n", flow))


def post_event(port: int, type_: str, data: dict):
    for _ in range(100):
        try:
            return assistant.Client(port).event(type_, data)
        except (OSError, http.client.HTTPException):
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

    fake = assistant.FakeTwilio(args.twilio_delay)
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
    while not texts_of(fake):
        if time.monotonic() - t0 > 120:
            raise SystemExit("bench/restarts: no text within 120 s; see server.log")
        time.sleep(0.05)
    first_text = texts_of(fake)[0][0]
    log(f"first text {first_text - t0:.1f} s after the first event; killing {args.kills} times, every {args.interval:g} s")
    last_restart = time.monotonic()
    for kill in range(args.kills):
        time.sleep(args.interval)
        server.send_signal(signal.SIGKILL)
        server.wait()
        killed = time.monotonic()
        server = start()
        last_restart = time.monotonic()
        log(f"kill {kill + 1}: {len(texts_of(fake))} texts so far; back up in {last_restart - killed:.2f} s")

    feeder.join()
    while len({to for _, to in texts_of(fake)}) < args.carts and time.monotonic() - last_restart < args.timeout:
        time.sleep(0.1)
    time.sleep(3)   # anything doubled late
    arrivals = texts_of(fake)
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
