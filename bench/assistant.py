#!/usr/bin/env python3
"""bench/assistant helper: inbound SMS webhook → assistant reply handed to the SMS provider.

Standard library only. Started by bench/assistant (which finds or builds the binary); see --help.

One `reclaim serve` on a temp SQLite file and a random 127.0.0.1 port, one store whose SMS provider is
Twilio pointing (`api_base_url`) at a fake Twilio Messages API in this process. The catalog gets
--products generated products through `catalog.upserted`; --shoppers shoppers get SMS consent
(`consent.granted`) and a cart naming a catalog product (`cart.updated` / `checkout.started`, alternately),
which the abandonment check marks abandoned (the carrier-safe flow's first text is 45 min away, so no
flow text reaches the fake during the run). Then every shopper sends one signed Twilio inbound webhook
with an ordinary question; latency = arrival of the reply's POST at the fake Twilio − webhook send start.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

STORE = "bench"
API_KEY = "rk_bench_assistant_key_0123456789"
TWILIO_SID = "AC" + "0123456789abcdef" * 2
TWILIO_TOKEN = "bench_twilio_auth_token"
TWILIO_FROM = "+15005550006"
SUPPORT_PHONE = "+15005550099"

# The questions shoppers send, sent round-robin. Labels name them in the per-question table.
QUESTIONS = [
    ("shipping", "is shipping free?"),
    ("color", "does it come in blue?"),
    ("link", "send me the link"),
    ("sizes", "what sizes do you have"),
    ("wait", "I want to wait till friday"),
    ("human", "can I talk to someone"),
]


def now_ms() -> float:
    return time.monotonic() * 1000.0


def pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100.0 * len(s) + 0.5)) - 1))   # nearest rank
    return s[k]


def fmt(v: float | None) -> str:
    return "-" if v is None else (f"{v:.1f}" if v < 100 else f"{v:.0f}")


def log(msg: str):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------- fake Twilio
class FakeTwilio:
    """POST /2010-04-01/Accounts/{sid}/Messages.json (form, HTTP Basic) → 201 Message JSON, like Twilio;
    GET …/Messages/{Sid}.json fetches one, GET …/Messages.json lists them (`To`, `From`, `DateSent>` a day,
    newest first, `PageSize`/`Page`, `next_page_uri`).

    Records the monotonic arrival time (ms) of every accepted message per `To`. HTTP/1.1 keep-alive.
    `delay` holds each accepted send's answer that many seconds (a kill meanwhile loses the answer).
    """

    def __init__(self, delay: float = 0):
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        self.arrivals: dict[str, list[tuple[float, str]]] = {}   # To -> [(arrival ms, body)]
        self.messages: list[dict] = []   # every accepted message, oldest first
        self.lists = 0
        self.rejected = 0
        expected_auth = "Basic " + base64.b64encode(f"{TWILIO_SID}:{TWILIO_TOKEN}".encode()).decode()
        path_ok = f"/2010-04-01/Accounts/{TWILIO_SID}/Messages.json"
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True   # TCP_NODELAY, as a real API front end: no 40 ms delayed-ACK stalls

            def log_message(self, *args):
                pass

            def _send(self, status: int, body: dict):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Twilio-Request-Id", "RQ" + uuid.uuid4().hex)
                self._headers_buffer.append(b"\r\n")   # end of headers: sent with the body in one write
                self.wfile.write(b"".join(self._headers_buffer) + data)
                self._headers_buffer = []

            def _error(self, status: int, code: int, message: str):
                with fake.lock:
                    fake.rejected += 1
                self._send(status, {"code": code, "message": message,
                                    "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status})

            def do_GET(self):
                if self.headers.get("Authorization", "") != expected_auth:
                    return self._error(401, 20003, "Authenticate")
                url = urlparse(self.path)
                query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
                if url.path == path_ok:
                    return self._send(200, fake.page(self.path, query))
                sid = url.path[len(path_ok) - 4:-5] if url.path.endswith(".json") else ""
                with fake.lock:
                    found = next((m for m in fake.messages if url.path.startswith(path_ok[:-5] + "/") and m["sid"] == sid), None)
                if found:
                    return self._send(200, found)
                self._error(404, 20404, "The requested resource was not found")

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8", "replace")
                arrived = now_ms()
                if urlparse(self.path).path != path_ok:
                    return self._error(404, 20404, "The requested resource was not found")
                if self.headers.get("Authorization", "") != expected_auth:
                    return self._error(401, 20003, "Authenticate")
                form = {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}
                to, body = form.get("To"), form.get("Body", "")
                if not to:
                    return self._error(400, 21604, "A 'To' phone number is required.")
                if not (form.get("From") or form.get("MessagingServiceSid")):
                    return self._error(400, 21603, "A 'From' phone number is required.")
                if not body:
                    return self._error(400, 21602, "Message body is required.")
                sid = "SM" + uuid.uuid4().hex
                stamp = formatdate(usegmt=False).replace("-0000", "+0000")
                uri = f"/2010-04-01/Accounts/{TWILIO_SID}/Messages/{sid}"
                segments = 1 if len(body) <= 160 else -(-len(body) // 153)
                message = {
                    "account_sid": TWILIO_SID, "api_version": "2010-04-01", "body": body,
                    "date_created": stamp, "date_sent": stamp, "date_updated": stamp, "direction": "outbound-api",
                    "error_code": None, "error_message": None, "from": form.get("From"),
                    "messaging_service_sid": form.get("MessagingServiceSid"), "num_media": "0",
                    "num_segments": str(segments), "price": None, "price_unit": "USD", "sid": sid,
                    "status": "queued", "subresource_uris": {"media": uri + "/Media.json"}, "to": to,
                    "uri": uri + ".json"}
                with fake.cond:
                    fake.arrivals.setdefault(to, []).append((arrived, body))
                    fake.messages.append(message)
                    fake.cond.notify_all()
                if delay:
                    time.sleep(delay)
                self._send(201, message)

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 128

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def page(self, path: str, query: dict) -> dict:
        """One page of the Message list for `query`."""
        with self.lock:
            self.lists += 1
            listed = [m for m in reversed(self.messages)
                      if m["to"] == query.get("To", m["to"]) and m["from"] == query.get("From", m["from"])
                      and parsedate_to_datetime(m["date_sent"]).strftime("%Y-%m-%d") >= query.get("DateSent>", "")]
        size, number = int(query.get("PageSize", "50")), int(query.get("Page", "0"))
        chunk = listed[number * size:(number + 1) * size]
        more = len(listed) > (number + 1) * size
        return {"messages": chunk, "page": number, "page_size": size, "start": number * size,
                "end": number * size + max(0, len(chunk) - 1), "uri": path, "first_page_uri": path,
                "previous_page_uri": None, "next_page_uri": f"{path}&Page={number + 1}" if more else None}

    def first_after(self, to: str, t0: float) -> tuple[float, str] | None:
        with self.lock:
            for arrived, body in self.arrivals.get(to, []):
                if arrived >= t0:
                    return arrived, body
        return None

    def wait_for(self, to: str, t0: float, timeout_s: float) -> tuple[float, str] | None:
        deadline = time.monotonic() + timeout_s
        with self.cond:
            while True:
                for arrived, body in self.arrivals.get(to, []):
                    if arrived >= t0:
                        return arrived, body
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.cond.wait(left)

    def total(self) -> int:
        with self.lock:
            return sum(len(v) for v in self.arrivals.values())

    def close(self):
        self.server.shutdown()
        self.server.server_close()


# --------------------------------------------------------------------------------------- catalog
COLORS = ["Black", "Navy", "Glacier Blue", "Royal Blue", "Sage", "Olive", "Rust", "Charcoal", "Heather Grey",
          "Cream", "Burgundy", "Forest Green", "Sand", "Slate", "Coral", "White"]
APPAREL_SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
SHOE_SIZES = ["7", "7.5", "8", "8.5", "9", "9.5", "10", "10.5", "11", "12"]
CATEGORIES = [
    # (category, nouns, option kind, base price cents, description)
    ("jackets", ["Rain Jacket", "Down Jacket", "Softshell Jacket", "Fleece Jacket", "Insulated Parka", "Wind Shell"],
     "apparel", 8900, "A {adj} {noun} in {material} that packs into its own pocket. Fully taped seams, pit zips and an "
                      "adjustable hood. Machine washable."),
    ("tops", ["Merino Tee", "Base Layer", "Flannel Shirt", "Quarter-Zip Pullover", "Hoodie", "Long-Sleeve Tee"],
     "apparel", 3900, "Our {adj} {noun}: {material}, flatlock seams and a relaxed fit that layers under a shell. "
                      "Odor resistant, dries fast."),
    ("bottoms", ["Hiking Pant", "Trail Short", "Jogger", "Convertible Pant", "Climbing Pant"],
     "apparel", 5900, "The {adj} {noun} in stretch {material} with a gusseted crotch, zip pockets and a DWR finish."),
    ("footwear", ["Trail Runner", "Hiking Boot", "Camp Slipper", "Approach Shoe", "Winter Boot"],
     "shoes", 11900, "A {adj} {noun} with a {material} upper, a grippy lugged outsole and a cushioned midsole. "
                     "Runs true to size; half sizes available."),
    ("accessories", ["Beanie", "Neck Gaiter", "Sun Hat", "Wool Sock", "Liner Glove", "Trucker Cap"],
     "one_size", 1900, "A {adj} {noun} knit from {material}. One size fits most."),
    ("packs", ["Daypack", "Hydration Pack", "Duffel", "Sling Bag", "Travel Pack"],
     "pack", 7900, "The {adj} {noun}: {material} body, padded laptop sleeve, water bottle pockets and a lifetime "
                   "warranty on zippers."),
    ("coffee", ["Whole Bean Coffee", "Espresso Blend", "Single Origin", "Cold Brew Pack", "Decaf Blend"],
     "coffee", 1600, "A {adj} {noun}, roasted to order in small batches. Tasting notes: {material}."),
    ("camp", ["Camp Mug", "Insulated Bottle", "Headlamp", "Camp Stove", "Trekking Pole", "Sleeping Pad"],
     "gear", 2900, "A {adj} {noun} made from {material}. Built for the backcountry, light enough for every day."),
]
ADJECTIVES = ["Alpine", "Summit", "Ridgeline", "Canyon", "Harbor", "Cascade", "Granite", "Cedar", "Aspen", "Glacier",
              "Mesa", "Coastal", "Timberline", "Switchback", "Northwind", "Basecamp", "Tundra", "Sierra", "Boulder",
              "Driftwood", "Headwater", "Highline", "Kestrel", "Lichen", "Moraine"]
MATERIALS = {"apparel": ["recycled nylon", "merino wool", "organic cotton", "brushed polyester", "hemp blend"],
             "shoes": ["suede", "recycled mesh", "full-grain leather", "knit"],
             "one_size": ["merino wool", "alpaca blend", "recycled polyester", "organic cotton"],
             "pack": ["ripstop nylon", "waxed canvas", "recycled polyester"],
             "coffee": ["dark chocolate and cherry", "caramel and citrus", "brown sugar and almond", "jasmine and peach"],
             "gear": ["anodized aluminum", "stainless steel", "titanium", "BPA-free plastic"]}


def make_product(i: int, rng: random.Random, site: str) -> dict:
    category, nouns, kind, base, text = CATEGORIES[i % len(CATEGORIES)]
    noun = nouns[(i // len(CATEGORIES)) % len(nouns)]
    adj = ADJECTIVES[(i * 7 + i // 13) % len(ADJECTIVES)]
    material = rng.choice(MATERIALS[kind])
    title = f"{adj} {noun}" + (f" {rng.choice(['Pro', 'Lite', 'II', 'Classic', 'Trail', 'Eco'])}" if i % 3 else "")
    title += f" #{i}"   # keeps titles unique across 10,000 products
    if kind == "apparel":
        options = {"Color": rng.sample(COLORS, rng.randint(2, 5)), "Size": APPAREL_SIZES[rng.randint(0, 1):rng.randint(4, 6)]}
    elif kind == "shoes":
        options = {"Color": rng.sample(COLORS, rng.randint(2, 4)), "Size": SHOE_SIZES[rng.randint(0, 2):rng.randint(6, 10)]}
    elif kind == "one_size":
        options = {"Color": rng.sample(COLORS, rng.randint(3, 6))}
    elif kind == "pack":
        options = {"Color": rng.sample(COLORS, rng.randint(2, 4)), "Capacity": rng.sample(["18L", "24L", "30L", "40L"], 2)}
    elif kind == "coffee":
        options = {"Grind": ["Whole Bean", "Espresso", "Drip", "French Press"], "Weight": ["12oz", "2lb", "5lb"]}
    else:
        options = {"Color": rng.sample(COLORS, rng.randint(1, 4))}
    names = list(options)
    combos = [[]]
    for name in names:
        combos = [c + [v] for c in combos for v in options[name]]
    sold_out = rng.random() < 0.05            # some products entirely out of stock
    price = base + rng.randint(0, 12) * 500
    variants = []
    for n, combo in enumerate(combos):
        available = not sold_out and rng.random() > 0.15
        variants.append({"id": f"V{i}-{n}", "title": " / ".join(combo), "options": dict(zip(names, combo)),
                         "price": price + (500 if combo and combo[-1] in ("XXL", "5lb", "40L") else 0),
                         "available": available, "inventory": rng.randint(1, 60) if available else 0})
    description = text.format(adj=adj.lower(), noun=noun.lower(), material=material)
    description += f" Weight: {rng.randint(3, 60)} oz. Model {i:05d}."
    return {"id": f"P{i:05d}", "title": title, "description": description,
            "url": f"{site}/products/p{i:05d}", "tags": [category, kind, adj.lower()],
            "options": options, "variants": variants}


# --------------------------------------------------------------------------------------- server
def die_with_parent():
    """In the server's child process: SIGTERM it if this script dies, even by SIGKILL (Linux prctl)."""
    try:
        import ctypes
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_config(path: str, db: str, port: int, twilio_url: str, args) -> None:
    sms_pace = ""
    if args.sms_rate > 0:
        sms_pace = f"\n      segments_per_second: {args.sms_rate:g}"
    worker = ""
    if args.worker_poll or args.worker_concurrency or args.worker_batch:
        parts = []
        if args.worker_poll:
            parts.append(f"poll_interval: \"{args.worker_poll}\"")
        if args.worker_concurrency:
            parts.append(f"concurrency: {args.worker_concurrency}")
        if args.worker_batch:
            parts.append(f"batch_size: {args.worker_batch}")
        worker = "worker: { " + ", ".join(parts) + " }\n"
    with open(path, "w") as f:
        f.write(f"""# written by bench/assistant
database: {{ url: "sqlite://{db}" }}
server: {{ host: 127.0.0.1, port: {port}, public_url: "http://127.0.0.1:{port}" }}
{worker}stores:
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
      sender_type: {args.sender_type}{sms_pace}
    email: {{ provider: outbox, from: "Basecamp Supply <hello@basecamp.example>" }}
    support: {{ phone: "{SUPPORT_PHONE}", email: "help@basecamp.example", hours: "Mon-Fri 9-5 CT" }}
    postal_address: "1 Trailhead Way, Boulder, CO 80302, USA"
    policies:
      shipping: {{ text: "Free standard shipping on orders over $75 to the US and Canada; $5.95 flat rate below that. Orders ship within 1 business day.", free_over: 7500, flat_rate: 595, countries: [US, CA] }}
      returns: {{ text: "Return unworn items within 60 days for a full refund; exchanges are free." }}
      warranty: {{ text: "Lifetime warranty on zippers and seams." }}
      faq:
        - {{ q: "Do you price match?", a: "No, we don't price match." }}
        - {{ q: "Where are you located?", a: "We ship from Boulder, Colorado." }}
    abandonment: {{ idle: 1s }}
    flow: carrier-safe
""")


class Client:
    """A keep-alive HTTP/1.1 connection to the server."""

    def __init__(self, port: int):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
        for attempt in (0, 1):
            try:
                self.conn.request(method, path, body=body, headers=headers or {})
                r = self.conn.getresponse()
                return r.status, r.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, http.client.CannotSendRequest):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                if attempt:
                    raise

    def event(self, type_: str, data: dict):
        eid = "evt_" + uuid.uuid4().hex
        body = json.dumps({"type": type_, "id": eid, "occurred_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                           "data": data}).encode()
        status, raw = self.request("POST", f"/api/v1/stores/{STORE}/events", body, {
            "Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json", "Idempotency-Key": eid})
        if status >= 300:
            raise SystemExit(f"bench/assistant: {type_} → HTTP {status}: {raw[:300]!r}")
        return json.loads(raw or b"{}")


def twilio_signature(url: str, params: dict) -> str:
    message = url + "".join(k + params[k] for k in sorted(params))
    return base64.b64encode(hmac.new(TWILIO_TOKEN.encode(), message.encode(), hashlib.sha1).digest()).decode()


def inbound_request(base: str, phone: str, text: str) -> tuple[str, bytes, dict]:
    path = f"/webhooks/twilio/{STORE}/inbound"
    sid = "SM" + uuid.uuid4().hex
    params = {"ToCountry": "US", "ToState": "CA", "SmsMessageSid": sid, "NumMedia": "0", "ToCity": "",
              "FromZip": "60601", "SmsSid": sid, "FromState": "IL", "SmsStatus": "received", "FromCity": "CHICAGO",
              "Body": text, "FromCountry": "US", "To": TWILIO_FROM, "ToZip": "", "NumSegments": "1",
              "MessageSid": sid, "AccountSid": TWILIO_SID, "From": phone, "ApiVersion": "2010-04-01"}
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": twilio_signature(base + path, params),
               "User-Agent": "TwilioProxy/1.1", "I-Twilio-Idempotency-Token": uuid.uuid4().hex}
    return path, urlencode(params).encode(), headers


def metrics(client: Client) -> str:
    status, raw = client.request("GET", "/metrics")
    return raw.decode("utf-8", "replace") if status == 200 else ""


def due_jobs(client: Client) -> float:
    m = re.search(r"^reclaim_queue_due_jobs\S*\s+([0-9.eE+-]+)", metrics(client), re.M)
    return float(m.group(1)) if m else 0.0


def rss_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def phones(n: int) -> list[str]:
    """Distinct US numbers in the 555-01XX fictional range across real area codes."""
    areas = [312, 415, 212, 617, 206, 303, 512, 404, 305, 702, 615, 503, 612, 314, 412, 216, 313, 919, 801, 602,
             713, 214, 210, 619, 408, 916, 720, 317, 614, 704, 502, 414, 505, 402, 316, 918, 405, 901, 504, 804]
    out = [f"+1{a}5550{k:03d}" for a in areas for k in range(100, 200)]
    if n > len(out):
        raise SystemExit(f"bench/assistant: at most {len(out)} shoppers")
    return out[:n]


# --------------------------------------------------------------------------------------- main
def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bin", required=True, help="reclaim binary")
    p.add_argument("--products", type=int, default=10_000)
    p.add_argument("--shoppers", type=int, default=500, help="measured inbound texts, one per shopper (max 4000)")
    p.add_argument("--concurrency", type=int, default=1,
                   help="lanes; each sends a text, waits for its reply (or --reply-timeout), then sends the next")
    p.add_argument("--rate", type=float, default=0,
                   help="open loop: Poisson arrivals at this many texts per second in total (each of the --concurrency "
                        "connections sends at rate/C), without waiting for replies; 0 = closed loop (default)")
    p.add_argument("--gap-ms", type=float, default=250,
                   help="closed loop: random pause, uniform in [0, gap), after a reply before the lane's next text, so "
                        "sends fall at random points of the worker's poll cycle as real replies do (default 250)")
    p.add_argument("--reply-timeout", type=float, default=5.0, help="seconds to wait for a reply (default 5)")
    p.add_argument("--time-limit", type=float, default=600, help="abort the measured phase after this many seconds")
    p.add_argument("--batch", type=int, default=100, help="products per catalog.upserted event (default 100)")
    p.add_argument("--worker-poll", default="", help="worker.poll_interval, e.g. 0.01s (default: server default 0.2s)")
    p.add_argument("--worker-concurrency", type=int, default=0, help="worker.concurrency (default: server default)")
    p.add_argument("--worker-batch", type=int, default=0, help="worker.batch_size (default: server default)")
    p.add_argument("--sender-type", default="long_code", choices=["long_code", "toll_free", "short_code"])
    p.add_argument("--sms-rate", type=float, default=100,
                   help="sms.segments_per_second for the sender (default 100, so the pacer does not bind; "
                        "0 = the sender type's default, 1/s for a long code)")
    p.add_argument("--no-warmup", action="store_true",
                   help="do not send the one unmeasured text that builds the assistant's catalog index first")
    p.add_argument("--catalog-churn", type=float, default=0,
                   help="during the measured phase, re-upsert one product (a stock change) every this many seconds, as "
                        "inventory webhooks do in a live store (default 0: catalog unchanged)")
    p.add_argument("--probes", type=int, default=100,
                   help="afterwards, this many GET /healthz and POST assistant/preview calls, for the breakdown (default 100)")
    p.add_argument("--experiment-indexes", action="store_true",
                   help="experiment, not the shipped schema: after `reclaim migrate`, add indexes on products(store_id, "
                        "updated_at) and products(store_id, title, product_id) to the bench database, to measure the "
                        "assistant's catalog-version check and catalog load with them")
    p.add_argument("--log-level", default="warning")
    p.add_argument("--keep", action="store_true", help="keep the temp dir (prints its path)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--work", help="use this (empty) directory instead of a new temp dir; bench/assistant passes one")
    args = p.parse_args()
    if args.shoppers < 1 or args.products < 1 or args.concurrency < 1:
        raise SystemExit("bench/assistant: --shoppers, --products and --concurrency must be positive")
    sys.setswitchinterval(0.0005)   # the fake's arrival stamp must not wait on the sender threads' GIL slice

    def load_end() -> str:
        try:
            return " ".join(open("/proc/loadavg").read().split()[:3])
        except OSError:
            return "?"

    load_start = load_end()
    work = args.work or tempfile.mkdtemp(prefix="reclaim-bench-assistant-")
    server: subprocess.Popen | None = None
    fake: FakeTwilio | None = None

    def cleanup(*_):
        nonlocal server
        if server and server.poll() is None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(5)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(5)
        server = None
        if fake:
            fake.close()
        if args.keep:
            open(os.path.join(work, ".keep"), "w").close()   # tells bench/assistant not to remove it
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    def on_signal(signum, _frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        fake = FakeTwilio()
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        db = os.path.join(work, "bench.sqlite")
        config = os.path.join(work, "reclaim.yml")
        write_config(config, db, port, fake.url, args)
        server_log = open(os.path.join(work, "server.log"), "w")
        mig = subprocess.run([args.bin, "migrate", "--config", config], cwd=work, capture_output=True, text=True, timeout=120)
        if mig.returncode != 0:
            raise SystemExit(f"bench/assistant: reclaim migrate failed: {(mig.stderr or mig.stdout).strip()[:400]}")
        if args.experiment_indexes:
            import sqlite3
            with sqlite3.connect(db) as con:
                con.execute("CREATE INDEX IF NOT EXISTS bench_products_updated ON products(store_id, updated_at)")
                con.execute("CREATE INDEX IF NOT EXISTS bench_products_title ON products(store_id, title, product_id)")
        server = subprocess.Popen([args.bin, "serve", "--config", config, "--log-level", args.log_level], cwd=work,
                                  stdout=server_log, stderr=subprocess.STDOUT, preexec_fn=die_with_parent)
        client = Client(port)
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                raise SystemExit(f"bench/assistant: reclaim serve exited {server.returncode}; log: "
                                 + open(os.path.join(work, "server.log")).read()[-800:])
            try:
                if client.request("GET", "/healthz")[0] == 200:
                    break
            except OSError:
                client = Client(port)
            if time.monotonic() > deadline:
                raise SystemExit("bench/assistant: /healthz not 200 within 60 s")
            time.sleep(0.1)
        rss_start = rss_kib(server.pid)

        # ---- catalog
        rng = random.Random(args.seed)
        site = "https://basecamp.example"
        t = time.monotonic()
        catalog = [make_product(i, rng, site) for i in range(args.products)]
        variants_total = sum(len(c["variants"]) for c in catalog)
        body_bytes = 0
        for start in range(0, len(catalog), args.batch):
            chunk = catalog[start:start + args.batch]
            body_bytes += len(json.dumps({"products": chunk}))
            client.event("catalog.upserted", {"products": chunk})
        catalog_s = time.monotonic() - t
        log(f"catalog: {args.products} products, {variants_total} variants, "
            f"{-(-args.products // args.batch)} catalog.upserted events ({body_bytes / 1e6:.1f} MB JSON) in {catalog_s:.1f} s")

        # ---- shoppers: consent + abandoned cart naming a product
        count = args.shoppers + (0 if args.no_warmup else 1)
        numbers = phones(count)
        t = time.monotonic()
        with_options = [c for c in catalog if "Color" in c["options"] and ("Size" in c["options"])]
        first_names = ["Ava", "Liam", "Mia", "Noah", "Zoe", "Eli", "Ivy", "Leo", "Ana", "Sam", "Maya", "Owen"]
        last_names = ["Garcia", "Smith", "Nguyen", "Patel", "Kim", "Lopez", "Brown", "Cohen", "Silva", "Okafor"]
        cart_ids = []
        for n, phone in enumerate(numbers):
            client.event("consent.granted", {
                "channel": "sms", "phone": phone, "source": "checkout_checkbox",
                "disclosure_text": "By checking this box you agree to receive recurring automated cart reminder texts from "
                                   "Basecamp Supply at this number. Consent is not a condition of purchase. Msg&data rates "
                                   "may apply. Reply STOP to opt out, HELP for help.",
                "ip": "203.0.113.7", "user_agent": "Mozilla/5.0 (bench)", "page_url": f"{site}/checkout",
                "double_opt_in_confirmed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())})
            product = rng.choice(with_options if rng.random() < 0.8 else catalog)
            variant = rng.choice(product["variants"])
            qty = rng.choice([1, 1, 1, 2])
            extra = []
            if rng.random() < 0.3:
                other = rng.choice(catalog)
                ov = rng.choice(other["variants"])
                extra = [{"product_id": other["id"], "variant_id": ov["id"], "title": other["title"],
                          "variant_title": ov["title"], "quantity": 1, "price": ov["price"],
                          "image_url": f"{site}/img/{other['id'].lower()}.jpg"}]
            items = [{"product_id": product["id"], "variant_id": variant["id"], "title": product["title"],
                      "variant_title": variant["title"], "quantity": qty, "price": variant["price"],
                      "image_url": f"{site}/img/{product['id'].lower()}.jpg"}] + extra
            cart_id = f"bench-cart-{n}"
            receipt = client.event("checkout.started" if n % 2 else "cart.updated", {
                "cart_id": cart_id,
                "contact": {"phone": phone, "email": f"shopper{n}@example.com", "first_name": first_names[n % 12],
                            "last_name": last_names[n % 10], "locale": "en-US"},
                "items": items, "subtotal": sum(i["quantity"] * i["price"] for i in items), "currency": "USD",
                "recovery_url": f"{site}/cart/recover/{cart_id}",
                "shipping_address": {"country": "US", "province": "IL", "city": "Chicago", "zip": "60601"},
                "ip": "203.0.113.7", "user_agent": "Mozilla/5.0 (bench)"})
            cart_ids.append(receipt.get("cart_id"))
        log(f"shoppers: {count} consents + carts in {time.monotonic() - t:.1f} s; waiting for abandonment")

        # ---- wait: carts abandoned (idle 1 s) and the queue drained
        time.sleep(1.5)
        deadline = time.monotonic() + 120
        sample = [c for c in cart_ids[:: max(1, len(cart_ids) // 20)] if c] + [cart_ids[-1]]
        while True:
            statuses = []
            for cid in sample:
                st, raw = client.request("GET", f"/api/v1/stores/{STORE}/carts/{cid}",
                                         headers={"Authorization": f"Bearer {API_KEY}"})
                body = json.loads(raw) if st == 200 else {}
                statuses.append(str((body.get("cart") or body).get("status")))
            due = due_jobs(client)
            if all(s == "abandoned" for s in statuses) and due == 0:
                break
            if time.monotonic() > deadline:
                log(f"warning: not settled after 120 s (due jobs {due:g}, sample statuses {sorted(set(statuses))})")
                break
            time.sleep(0.5)
        pre_texts = fake.total()
        if pre_texts:
            log(f"warning: {pre_texts} texts reached the fake Twilio before the measured phase")
        rss_loaded = rss_kib(server.pid)

        # ---- warm-up: the first reply after a catalog change builds the assistant's index
        warm = None
        shoppers = list(zip(numbers, range(count)))
        if not args.no_warmup:
            phone, _ = shoppers.pop(0)
            path, body, headers = inbound_request(base, phone, "is shipping free?")
            t0 = now_ms()
            status, _ = client.request("POST", path, body, headers)
            t1 = now_ms()
            got = fake.wait_for(phone, t0, max(args.reply_timeout, 30))
            warm = (t1 - t0, (got[0] - t0) if got else None, status)
            time.sleep(0.5)

        # ---- measured phase
        results: list[dict] = []
        results_lock = threading.Lock()
        errors: list[str] = []
        phase_deadline = time.monotonic() + args.time_limit
        lanes = [shoppers[i::args.concurrency] for i in range(args.concurrency)]
        interval = (args.concurrency / args.rate) if args.rate > 0 else 0.0

        def lane(idx: int, items: list):
            c = Client(port)
            lane_rng = random.Random(args.seed * 1000 + idx)
            due = time.monotonic()
            for k, (phone, n) in enumerate(items):
                if time.monotonic() > phase_deadline:
                    break
                label, text = QUESTIONS[(n - (0 if args.no_warmup else 1)) % len(QUESTIONS)]
                if interval:
                    # open loop: exponential gaps with mean C/rate per lane (Poisson at `rate` in total); a late
                    # lane does not catch up in a burst beyond its schedule
                    due += lane_rng.expovariate(1.0 / interval)
                    delay = due - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
                elif k and args.gap_ms > 0:
                    time.sleep(lane_rng.uniform(0, args.gap_ms) / 1000.0)
                path, body, headers = inbound_request(base, phone, text)
                t0 = now_ms()
                try:
                    status, raw = c.request("POST", path, body, headers)
                except OSError as e:
                    with results_lock:
                        errors.append(f"{type(e).__name__}: {e}")
                    continue
                t1 = now_ms()
                r = {"phone": phone, "label": label, "text": text, "t0": t0, "resp_ms": t1 - t0, "status": status,
                     "twiml": raw.decode("utf-8", "replace")}
                if not interval:
                    got = fake.wait_for(phone, t0, args.reply_timeout) if 200 <= status < 300 else None
                    r["arrived"] = got
                with results_lock:
                    results.append(r)

        stop_churn = threading.Event()
        churned = []

        def churn():
            c = Client(port)
            crng = random.Random(args.seed + 99)
            while not stop_churn.wait(args.catalog_churn):
                product = json.loads(json.dumps(crng.choice(catalog)))
                v = crng.choice(product["variants"])
                v["available"] = not v["available"]
                v["inventory"] = crng.randint(1, 60) if v["available"] else 0
                c.event("catalog.upserted", {"products": [product]})
                churned.append(now_ms())

        t_phase = time.monotonic()
        churner = threading.Thread(target=churn, daemon=True) if args.catalog_churn > 0 else None
        if churner:
            churner.start()
        threads = [threading.Thread(target=lane, args=(i, items), daemon=True) for i, items in enumerate(lanes)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        sent_s = time.monotonic() - t_phase
        stop_churn.set()
        if churner:
            churner.join()
        # stragglers (open loop, or replies later than --reply-timeout in closed loop)
        drain_until = time.monotonic() + args.reply_timeout
        while time.monotonic() < drain_until and any(fake.first_after(r["phone"], r["t0"]) is None for r in results):
            time.sleep(0.05)
        phase_s = time.monotonic() - t_phase
        rss_end = rss_kib(server.pid)
        hwm = None
        try:
            hwm = int(re.search(r"VmHWM:\s+(\d+)", open(f"/proc/{server.pid}/status").read()).group(1))
        except (OSError, AttributeError):
            pass
        final_metrics = metrics(client)

        # ---- probes for the breakdown: the HTTP floor, and the assistant alone (no writes, nothing sent)
        health, preview = [], []
        for k in range(args.probes):
            t0 = now_ms()
            client.request("GET", "/healthz")
            health.append(now_ms() - t0)
        ids = [c for c in cart_ids if c]
        for k in range(args.probes if ids else 0):
            body = json.dumps({"cart_id": ids[k % len(ids)], "text": QUESTIONS[k % len(QUESTIONS)][1]}).encode()
            t0 = now_ms()
            st, _ = client.request("POST", f"/api/v1/stores/{STORE}/assistant/preview", body,
                                   {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"})
            if st == 200:
                preview.append(now_ms() - t0)

        # ---- results
        e2e, resp, after, per_label, examples = [], [], [], {}, {}
        replied = not_replied = non2xx = twiml_replies = 0
        for r in results:
            resp.append(r["resp_ms"])
            if not 200 <= r["status"] < 300:
                non2xx += 1
                continue
            if "<Message" in r["twiml"]:
                twiml_replies += 1
            got = fake.first_after(r["phone"], r["t0"])
            if got:
                replied += 1
                ms = got[0] - r["t0"]
                e2e.append(ms)
                after.append(ms - r["resp_ms"])
                per_label.setdefault(r["label"], []).append(ms)
                examples.setdefault(r["label"], got[1])
            else:
                not_replied += 1
                per_label.setdefault(r["label"], [])
                examples.setdefault(r["label"], None)
        extra_texts = fake.total() - pre_texts - replied - (1 if warm and warm[1] is not None else 0)

        mode = (f"open loop, Poisson {args.rate:g} texts/s over {args.concurrency} connection(s)" if interval
                else f"closed loop, {args.concurrency} lane(s): send, wait for the reply, pause U(0, {args.gap_ms:g} ms), next")
        print(f"bench/assistant — inbound SMS webhook → assistant reply at the (fake) Twilio API; SQLite, "
              f"release build, built-in engine")
        if args.experiment_indexes:
            print("EXPERIMENT: extra indexes products(store_id, updated_at), products(store_id, title, product_id) "
                  "added to the bench database (not in the shipped migrations)")
        print(f"config: worker poll_interval {args.worker_poll or '0.2s (default)'}, "
              f"concurrency {args.worker_concurrency or '8 (default)'}, batch_size {args.worker_batch or '100 (default)'}; "
              f"sms sender {args.sender_type}, "
              f"{(str(args.sms_rate) + ' segments/s') if args.sms_rate > 0 else 'default pace'}; {mode}")
        print(f"products: {args.products:,} ({variants_total:,} variants; loaded in {catalog_s:.1f} s)   "
              f"shoppers: {count:,}   texts sent: {len(results):,} in {sent_s:.1f} s   errors: {len(errors)}   non-2xx: {non2xx}")
        if warm:
            print(f"first reply after the catalog load (unmeasured warm-up, builds the assistant index): "
                  f"webhook {fmt(warm[0])} ms, reply at provider {fmt(warm[1])} ms")
        print(f"replies measured: {replied:,} (texts that produced a provider request); without one: {not_replied:,}; "
              f"TwiML replies in the webhook response: {twiml_replies}; other provider requests: {extra_texts}")
        print(f"end-to-end (webhook send → provider request)  p50 {fmt(pct(e2e, 50))} ms   p90 {fmt(pct(e2e, 90))} ms   "
              f"p99 {fmt(pct(e2e, 99))} ms   max {fmt(max(e2e) if e2e else None)} ms   "
              f"target p99 < 50 ms: {'met' if e2e and pct(e2e, 99) < 50 else 'MISSED'}")
        print(f"webhook HTTP response                          p50 {fmt(pct(resp, 50))} ms   p90 {fmt(pct(resp, 90))} ms   "
              f"p99 {fmt(pct(resp, 99))} ms   max {fmt(max(resp) if resp else None)} ms")
        print(f"after the response (queue wait + dispatch)     p50 {fmt(pct(after, 50))} ms   p90 {fmt(pct(after, 90))} ms   "
              f"p99 {fmt(pct(after, 99))} ms   max {fmt(max(after) if after else None)} ms")
        if health:
            print(f"probe GET /healthz (HTTP floor)                p50 {fmt(pct(health, 50))} ms   p99 {fmt(pct(health, 99))} ms")
        if preview:
            print(f"probe POST assistant/preview (catalog version check + engine, no writes)  p50 {fmt(pct(preview, 50))} ms   "
                  f"p99 {fmt(pct(preview, 99))} ms")
        if args.catalog_churn > 0:
            print(f"catalog churn: {len(churned)} single-product upserts during the measured phase "
                  f"(one every {args.catalog_churn:g} s)")
        print("per question:")
        for label, text in QUESTIONS:
            if label not in per_label:
                continue
            v = per_label[label]
            sent = sum(1 for r in results if r["label"] == label)
            ex = examples.get(label)
            ex = "(no reply)" if ex is None else repr(ex[:110] + ("…" if len(ex) > 110 else ""))
            print(f"  {text!r:32} replied {len(v):4}/{sent:<4} p50 {fmt(pct(v, 50)):>6} ms  p99 {fmt(pct(v, 99)):>6} ms   e.g. {ex}")
        for kind in ("message.dispatch", "flow.signal"):
            m = re.search(r'^reclaim_job_duration_seconds_sum\{[^}]*kind="' + re.escape(kind) + r'"[^}]*\}\s+(\S+)',
                          final_metrics, re.M)
            c = re.search(r'^reclaim_job_duration_seconds_count\{[^}]*kind="' + re.escape(kind) + r'"[^}]*\}\s+(\S+)',
                          final_metrics, re.M)
            if m and c and float(c.group(1)) > 0:
                print(f"server: {kind} jobs {float(c.group(1)):.0f}, mean duration {1000 * float(m.group(1)) / float(c.group(1)):.1f} ms")
        mib = lambda k: "-" if k is None else f"{k / 1024:.0f} MiB"
        print(f"machine: {os.cpu_count()} cores; load average {load_start} before the run, {load_end()} after")
        print(f"server resident memory (VmRSS): {mib(rss_start)} at start, {mib(rss_loaded)} after loading, "
              f"{mib(rss_end)} at the end (peak VmHWM {mib(hwm)}); measured phase {phase_s:.1f} s")
        if errors:
            print("errors: " + "; ".join(sorted(set(errors))[:5]))
        return 0 if replied else 1
    finally:
        cleanup()


if __name__ == "__main__":
    sys.exit(main())
