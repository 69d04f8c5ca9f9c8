"""Parses a saved message with Python's email package (and verifies DKIM with dkimpy when asked).

usage: inspect_email.py FILE [--dkim-txt TXT]   → prints one JSON object
"""
import argparse
import email
import email.policy
import email.utils
import json
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--dkim-txt")
    args = parser.parse_args()
    raw = open(args.file, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = []
    defects = [type(d).__name__ for d in msg.defects]
    for part in msg.walk():
        defects += [type(d).__name__ for d in part.defects]
        if part.is_multipart():
            continue
        parts.append({"content_type": part.get_content_type(), "charset": part.get_content_charset(),
                      "cte": part.get("Content-Transfer-Encoding"), "content": part.get_content()})
    out = {
        "subject": str(msg["subject"]),
        "from": str(msg["from"]),
        "to": str(msg["to"]),
        "message_id": str(msg["message-id"]),
        "date_ok": email.utils.parsedate_to_datetime(str(msg["date"])) is not None,
        "mime_version": str(msg["mime-version"]),
        "content_type": msg.get_content_type(),
        "list_unsubscribe": str(msg["list-unsubscribe"]) if msg["list-unsubscribe"] else None,
        "list_unsubscribe_post": str(msg["list-unsubscribe-post"]) if msg["list-unsubscribe-post"] else None,
        "parts": parts,
        "defects": defects,
        "max_line_octets": max(len(line) for line in raw.split(b"\r\n")),
        "all_ascii": all(b < 128 for b in raw),
    }
    if args.dkim_txt is not None:
        import dkim
        txt = args.dkim_txt.encode()
        out["dkim_valid"] = bool(dkim.verify(raw, dnsfunc=lambda name, timeout=5: txt))
        sig = dkim.DKIM(raw)
        out["dkim_signed_headers"] = None
        for name, value in sig.headers:
            if name.lower() == b"dkim-signature":
                tags = dict(t.strip().split("=", 1) for t in value.decode().replace("\r\n", "").split(";") if "=" in t)
                out["dkim_signed_headers"] = [h.strip() for h in tags["h"].split(":")]
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
