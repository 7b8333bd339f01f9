#!/usr/bin/env python3
"""Rebuild the derived fixtures in tests/data/formats/ from text/, html/ and jsonl/.

usage: tests/data/formats/make-archives.py [--check]

Writes archives/, warc/, encodings/ and the generated files in broken/
(truncated.txt.gz, corrupt.zip, bad-lines.jsonl, junk.bin.txt). The output is
byte-for-byte deterministic: fixed timestamps, owners and modes, gzip members
without a time stamp, a seeded random generator. --check rebuilds in memory and
exits 1 (naming the files) if anything on disk differs, 0 otherwise.
Standard library only.
"""
import base64
import bz2
import gzip
import hashlib
import io
import lzma
import os
import random
import struct
import sys
import tarfile
import uuid
import zipfile
import zlib
from email.utils import format_datetime
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
TASS_TEXT = "text/tass/2018/03/14/putin-working-schedule-election.txt"
ARCHIVE_TIME = datetime(2020, 6, 5, 0, 0, 0, tzinfo=timezone.utc)   # mtime of every archive member

# The crawl of each page for warc/: slug -> canonical URL, crawl time (1-3 days after publication), IP.
# IPs are from the documentation ranges (RFC 5737).
CRAWL = [
    ("putin-working-schedule-election", "https://tass.com/politics/994127", "2018-03-15T08:12:44Z", "192.0.2.17"),
    ("gulf-meridian-drilling-budget",
     "https://www.reuters.com/article/us-usa-shale-gulfmeridian/"
     "shale-producer-gulf-meridian-to-cut-2019-drilling-budget-as-oil-slides-idUSKCN1PL0Q7",
     "2019-01-29T14:03:17Z", "198.51.100.42"),
    ("kabul-clinics-virus-cases", "https://apnews.com/3c9e5b1f0a7d4e2b8f6a1c0d9e8b7a65", "2020-06-04T21:47:09Z",
     "203.0.113.88"),
]
IMAGE = ("https://tass.com/img/blocks/common/tass-logo-en.png", "2018-03-15T08:12:46Z", "192.0.2.17")
UA = "Mozilla/5.0 (compatible; dateline-fixture-crawler/1.0)"


def read(rel):
    with open(os.path.join(HERE, rel), "rb") as f:
        return f.read()


def text_files():
    """(member name relative to text/, bytes) for every file, directories first, in name order."""
    root = os.path.join(HERE, "text")
    dirs, files = [], []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        if rel != ".":
            dirs.append(rel.replace(os.sep, "/"))
        for name in sorted(filenames):
            files.append(os.path.join(rel, name).replace(os.sep, "/").lstrip("./"))
    return sorted(dirs), sorted(files)


def gz(data, name=""):
    buf = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(data)
    return buf.getvalue()


# ---------------------------------------------------------------- archives
def tar_bytes():
    dirs, files = text_files()
    buf = io.BytesIO()
    mtime = int(ARCHIVE_TIME.timestamp())
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name in sorted(dirs + files):   # a parent sorts before its children
            if name in dirs:
                info = tarfile.TarInfo(name)
                info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, mtime
                info.uname = info.gname = "dateline"
                tar.addfile(info)
                continue
            data = read("text/" + name)
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o644, mtime
            info.uname = info.gname = "dateline"
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def html_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(os.listdir(os.path.join(HERE, "html"))):
            info = zipfile.ZipInfo(name, date_time=ARCHIVE_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            info.create_system = 3
            z.writestr(info, read("html/" + name))
    return buf.getvalue()


# ---------------------------------------------------------------- warc
def b32sha1(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def record_id(*parts):
    return "<urn:uuid:%s>" % uuid.uuid5(uuid.NAMESPACE_URL, "dateline-fixture:" + ":".join(parts))


def warc_record(fields, block):
    head = "WARC/1.0\r\n" + "".join("%s: %s\r\n" % kv for kv in fields)
    head += "Content-Length: %d\r\n\r\n" % len(block)
    return head.encode("utf-8") + block + b"\r\n\r\n"


def http_date(iso):
    return format_datetime(datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)


def png_bytes():
    """A valid 16x16 RGB PNG, dark blue."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x0f\x4c\x81" * 16 for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def exchange(url, when, ip, payload, content_type, info_id, extra_headers=()):
    """request + response records for one fetch."""
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3]
    request = ("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nAccept: */*\r\n"
               "Accept-Encoding: identity\r\nConnection: close\r\n\r\n" % (path, host, UA)).encode("ascii")
    headers = ["HTTP/1.1 200 OK", "Date: " + http_date(when), "Server: nginx",
               "Content-Type: " + content_type, "Content-Length: %d" % len(payload), *extra_headers,
               "Connection: close"]
    response = ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + payload
    resp_id = record_id("response", url)
    resp = warc_record([
        ("WARC-Type", "response"),
        ("WARC-Record-ID", resp_id),
        ("WARC-Warcinfo-ID", info_id),
        ("WARC-Date", when),
        ("WARC-Target-URI", url),
        ("WARC-IP-Address", ip),
        ("WARC-Block-Digest", b32sha1(response)),
        ("WARC-Payload-Digest", b32sha1(payload)),
        ("Content-Type", "application/http; msgtype=response"),
    ], response)
    req = warc_record([
        ("WARC-Type", "request"),
        ("WARC-Record-ID", record_id("request", url)),
        ("WARC-Warcinfo-ID", info_id),
        ("WARC-Date", when),
        ("WARC-Target-URI", url),
        ("WARC-Concurrent-To", resp_id),
        ("WARC-Block-Digest", b32sha1(request)),
        ("Content-Type", "application/http; msgtype=request"),
    ], request)
    return req, resp


def warc_records(filename):
    info_id = record_id("warcinfo", filename)
    info = ("software: dateline tests/data/formats/make-archives.py\r\n"
            "format: WARC File Format 1.0\r\n"
            "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
            "description: Dateline test fixture: three agency stories and one image\r\n"
            "robots: obey\r\n").encode("utf-8")
    records = [warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Record-ID", info_id),
        ("WARC-Date", "2020-06-05T00:00:00Z"),
        ("WARC-Filename", filename),
        ("Content-Type", "application/warc-fields"),
    ], info)]
    for i, (slug, url, when, ip) in enumerate(CRAWL):
        records += exchange(url, when, ip, read("html/%s.html" % slug), "text/html; charset=utf-8", info_id)
        if i == 0:   # the page's logo, fetched right after it: not an article
            url_i, when_i, ip_i = IMAGE
            records.append(exchange(url_i, when_i, ip_i, png_bytes(), "image/png", info_id,
                                    ("Cache-Control: max-age=86400",))[1])
    return records


# ---------------------------------------------------------------- broken
def corrupt_zip(data):
    """Overwrite 48 bytes in the middle of the second member's compressed data."""
    z = zipfile.ZipFile(io.BytesIO(data))
    info = z.infolist()[1]
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    mid = start + info.compress_size // 2
    out = bytearray(data)
    out[mid:mid + 48] = bytes(range(0xA0, 0xD0))
    return bytes(out)


def bad_lines():
    good = read("jsonl/stories.jsonl").splitlines()[1]   # the Reuters record
    invalid = (b'{"title": "Kremlin declines to comment on poll results", "text": "MOSCOW, March 19. '
               b'/TASS/. The Kremlin will not comment on the preliminary')
    no_text = (b'{"title": "Peskov to brief reporters after Security Council meeting", '
               b'"date": "2018-03-16T10:00:00+03:00", "url": "https://tass.com/politics/994388", "tags": ["Dmitry Peskov"]}')
    return b"\n".join([good, invalid, no_text]) + b"\n"


def junk():
    rnd = random.Random(20180314)
    data = bytearray(rnd.randrange(256) for _ in range(1536))
    for i in range(0, len(data), 97):
        data[i] = 0
    return bytes(data)


def build():
    out = {}
    tar = tar_bytes()
    out["archives/text.tar.gz"] = gz(tar)
    out["archives/text.tar.bz2"] = bz2.compress(tar, 9)
    out["archives/text.tar.xz"] = lzma.compress(tar, format=lzma.FORMAT_XZ, preset=6)
    out["archives/html.zip"] = html_zip()
    tass = read(TASS_TEXT)
    out["archives/single.txt.gz"] = gz(tass, os.path.basename(TASS_TEXT))

    out["warc/stories.warc"] = b"".join(warc_records("stories.warc"))
    out["warc/stories.warc.gz"] = b"".join(gz(r) for r in warc_records("stories.warc.gz"))

    text = tass.decode("utf-8")
    out["encodings/tass-utf16.txt"] = b"\xff\xfe" + text.encode("utf-16-le")
    out["encodings/tass-cp1252.txt"] = text.encode("cp1252")
    out["encodings/tass-bom.txt"] = b"\xef\xbb\xbf" + tass

    whole = gz(tass, os.path.basename(TASS_TEXT))
    out["broken/truncated.txt.gz"] = whole[:len(whole) // 2]
    out["broken/corrupt.zip"] = corrupt_zip(out["archives/html.zip"])
    out["broken/bad-lines.jsonl"] = bad_lines()
    out["broken/junk.bin.txt"] = junk()
    return out


def main():
    check = "--check" in sys.argv[1:]
    changed = []
    for rel, data in build().items():
        path = os.path.join(HERE, rel)
        old = open(path, "rb").read() if os.path.exists(path) else None
        if old == data:
            continue
        changed.append(rel)
        if not check:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    verb = "out of date" if check else "written"
    for rel in changed:
        print("%s: %s" % (rel, verb), file=sys.stderr)
    if not changed:
        print("all derived fixtures up to date", file=sys.stderr)
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
