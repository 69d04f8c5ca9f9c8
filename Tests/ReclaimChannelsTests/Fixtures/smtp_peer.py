"""A real SMTP server (aiosmtpd) for ReclaimChannelsTests; saves every message it accepts.

usage: smtp_peer.py DIR [--auth USER:PASS] [--starttls] [--implicit-tls]

Writes DIR/ready containing the port once listening; DIR/msg-N.eml (content after un-dot-stuffing) and
DIR/msg-N.json (envelope) per accepted message. RCPT local parts steer replies: bounce* → 550 5.1.1,
greylist* → 451 4.7.1, policy* → 550 5.7.1. With TLS, DIR/cert.pem is the self-signed certificate
(SAN localhost and 127.0.0.1) that clients must trust. Runs until killed.
"""
import argparse
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

warnings.filterwarnings("ignore")


class Handler:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("bounce"):
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if local.startswith("greylist"):
            return "451 4.7.1 Greylisted, try again later"
        if local.startswith("policy"):
            return "550 5.7.1 Rejected by local policy"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.directory, f"msg-{self.count}")
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(base + ".json", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "tls": server.transport.get_extra_info("sslcontext") is not None,
                       "auth": (session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None)}, f)
        return f"250 2.0.0 Ok: queued as Q{self.count}"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_certificate(directory):
    cert, key = os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def main():
    # The test process may block signals in the thread that spawned us; take them back.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--auth")
    parser.add_argument("--starttls", action="store_true")
    parser.add_argument("--implicit-tls", action="store_true")
    args = parser.parse_args()
    kwargs = {}
    if args.starttls or args.implicit_tls:
        context = make_certificate(args.directory)
        if args.starttls:
            kwargs.update(tls_context=context, require_starttls=True)
        else:
            kwargs.update(ssl_context=context)
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user
                  and auth_data.password.decode() == password)
            return AuthResult(success=ok, handled=False, auth_data=auth_data)

        kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=args.starttls)
    port = free_port()
    controller = Controller(Handler(args.directory), hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    with open(os.path.join(args.directory, "ready.tmp"), "w") as f:
        f.write(str(port))
    os.rename(os.path.join(args.directory, "ready.tmp"), os.path.join(args.directory, "ready"))
    deadline = time.monotonic() + 600  # never outlive a stuck test run by much
    try:
        while os.getppid() == parent and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
