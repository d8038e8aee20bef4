"""Documents from a link: fetch a web page and keep the article in it.

A person pastes a URL; this module fetches the page and hands back the article's text,
title, date and site (extracted by trafilatura, a library made for it), or raises
:class:`FetchError` with a message from the catalog.

The server fetches on the visitor's behalf, so a link must not reach what only the
server can reach (server-side request forgery). Therefore:

- only ``http`` and ``https`` URLs, without user names or passwords in them;
- the host name is resolved here, and every address it resolves to must be a public
  one: loopback, private, link-local (the cloud metadata address 169.254.169.254),
  multicast, reserved and unspecified addresses are refused, in IPv4 and IPv6,
  including IPv4 addresses inside IPv6 ones (``::ffff:127.0.0.1``, NAT64, 6to4);
- the connection goes to the address that was checked (the host name is sent in the
  ``Host`` header and for TLS), so a name that resolves differently a moment later
  (DNS rebinding) cannot lead it elsewhere; proxies from the environment are not used;
- redirects are followed by hand, at most :data:`MAX_REDIRECTS`, each one checked the
  same way;
- at most ``max_bytes`` are read (:data:`~timeline.ingest.MAX_DOCUMENT_BYTES`, the
  upload limit), and the whole fetch, name look-up included, has a time limit.

``allow_loopback=True`` lets a test fetch from a server on this machine; it is off by
default and opens loopback addresses only, never private or link-local ones.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from . import ingest, naming

__all__ = [
    "MAX_REDIRECTS",
    "TIMEOUT_SECONDS",
    "Article",
    "FetchError",
    "article_from_html",
    "check_address",
    "fetch_article",
    "fetch_page",
    "FetchedPage",
]

#: Redirects followed before giving up.
MAX_REDIRECTS = 5
#: Seconds the whole fetch may take (name look-up, connection, every redirect, reading).
TIMEOUT_SECONDS = 15.0
_CHUNK = 64 * 1024
_USER_AGENT = "Tidslinje/1.0 (+https://github.com/; article import)"
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class FetchError(ingest.IngestError):
    """A link that was refused or could not be read. ``key`` and ``params`` give the
    catalog message (``i18n.text(err.key, lang, **err.params)``); ``str(err)`` is it in
    English."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key=key, **params)

    @property
    def params(self) -> dict[str, Any]:
        return self.values

    def message(self, lang: str | None) -> str:
        """The message in ``lang`` ("nb" or "en"): :meth:`words`."""
        return self.words(lang)


# ---------------------------------------------------------------- addresses


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def _judged(
    addr: ipaddress.IPv4Address | ipaddress.IPv6Address,
) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The addresses that decide whether ``addr`` may be reached: an IPv4-mapped or
    NAT64 address (::ffff:a.b.c.d, 64:ff9b::a.b.c.d) is the IPv4 address it carries;
    a 6to4 or Teredo address is itself and the IPv4 address inside it."""
    if not isinstance(addr, ipaddress.IPv6Address):
        return [addr]
    if addr.ipv4_mapped is not None:
        return [addr.ipv4_mapped]
    if addr in _NAT64:
        return [ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)]
    if addr.sixtofour is not None:
        return [addr, addr.sixtofour]
    if addr.teredo is not None:
        return [addr, addr.teredo[1]]
    return [addr]


def _refusal(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """The catalog key saying why ``addr`` may not be fetched from, or None."""
    if addr.is_unspecified:
        return "fetch.unspecified"
    if addr.is_loopback:
        return "fetch.loopback"
    if addr.is_link_local:
        return "fetch.link_local"
    if addr.is_multicast:
        return "fetch.multicast"
    if addr.is_reserved:
        return "fetch.reserved"
    if addr.is_private:
        return "fetch.private"
    if isinstance(addr, ipaddress.IPv6Address) and addr.is_site_local:
        return "fetch.private"
    if not addr.is_global:  # shared address space (100.64.0.0/10) and the like
        return "fetch.not_public"
    return None


def check_address(ip: str, *, host: str = "", allow_loopback: bool = False) -> str:
    """``ip`` (as ``getaddrinfo`` gives it) when it is a public address; else
    FetchError naming the host and why. With ``allow_loopback``, 127.0.0.0/8 and ::1
    (and their IPv4-mapped forms) pass too; nothing else that is not public does."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        raise FetchError("fetch.bad_address", host=host or ip, ip=ip) from None
    for a in _judged(addr):
        key = _refusal(a)
        if key is None:
            continue
        if key == "fetch.loopback" and allow_loopback:
            continue
        raise FetchError(key, host=host or ip, ip=str(addr))
    return str(addr)


def _resolve(host: str, port: int, clock: _Clock) -> list[str]:
    """Every address ``host`` resolves to, looked up in a thread so that a slow name
    server counts against the time limit."""
    result: dict[str, Any] = {}

    def look_up() -> None:
        try:
            result["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as err:
            result["error"] = err

    worker = threading.Thread(target=look_up, daemon=True, name="fetch-resolve")
    worker.start()
    worker.join(max(0.0, clock.left()))
    if worker.is_alive():
        raise clock.timeout(host)
    if "error" in result or not result.get("infos"):
        raise FetchError("fetch.unknown_host", host=host)
    return list(dict.fromkeys(str(info[4][0]) for info in result["infos"]))


# ---------------------------------------------------------------- connections


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to ``ip``, speaking to ``host``."""

    def __init__(self, host: str, port: int, ip: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.pinned_ip = ip

    def connect(self) -> None:
        self.sock = _connect(self.pinned_ip, self.port, self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """An HTTPS connection to ``ip``; the certificate must be valid for ``host``."""

    def __init__(
        self, host: str, port: int, ip: str, timeout: float, context: ssl.SSLContext
    ) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self.pinned_ip = ip
        self.tls = context

    def connect(self) -> None:
        sock = _connect(self.pinned_ip, self.port, self.timeout)
        self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)


def _connect(ip: str, port: int, timeout: float | None) -> socket.socket:
    """A TCP connection to the address literal ``ip``, with no name look-up at all."""
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect((ip, port))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except BaseException:
        sock.close()
        raise
    return sock


@dataclass(frozen=True)
class FetchedPage:
    """What a URL gave: the final URL (after redirects), its media type and charset,
    and the body (at most the size limit)."""

    url: str
    content_type: str
    charset: str
    body: bytes


@dataclass(frozen=True)
class _Clock:
    """The time limit of one fetch: when it ends, and how long it was (for messages)."""

    deadline: float
    seconds: float

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def timeout(self, host: str) -> FetchError:
        return FetchError("fetch.timeout", host=host, seconds=f"{self.seconds:g}")


def _split(url: str) -> tuple[str, str, int, str]:
    """scheme, host, port and the request target of ``url``; FetchError if it is not a
    plain http(s) URL."""
    url = url.strip()
    if not url:
        raise FetchError("fetch.empty")
    if len(url) > 2000 or any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise FetchError("fetch.bad_url", url=url[:80])
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchError("fetch.bad_url", url=url[:80]) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError("fetch.scheme", scheme=scheme or "—")
    if parts.username is not None or parts.password is not None:
        raise FetchError("fetch.credentials")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise FetchError("fetch.bad_url", url=url[:80])
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return scheme, host, port or (443 if scheme == "https" else 80), target


def fetch_page(
    url: str,
    *,
    max_bytes: int = ingest.MAX_DOCUMENT_BYTES,
    timeout: float = TIMEOUT_SECONDS,
    max_redirects: int = MAX_REDIRECTS,
    allow_loopback: bool = False,
    tls: ssl.SSLContext | None = None,
) -> FetchedPage:
    """GET ``url`` under the rules in this module's docstring. ``tls`` is the context
    for https (default: the system's certificates, host names checked)."""
    clock = _Clock(time.monotonic() + timeout, timeout)
    context = tls or ssl.create_default_context()
    current = url.strip()
    for _hop in range(max_redirects + 1):
        scheme, host, port, target = _split(current)
        ips = _resolve(host, port, clock)
        checked = [check_address(ip, host=host, allow_loopback=allow_loopback) for ip in ips]
        response, conn = _open(scheme, host, port, target, checked, clock, context)
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError("fetch.status", host=host, status=response.status)
                current = urljoin(current, location.strip())
                continue
            if response.status != 200:
                raise FetchError("fetch.status", host=host, status=response.status)
            content_type, charset = _media_type(response.getheader("Content-Type", ""))
            if content_type and content_type not in _PAGE_TYPES:
                raise FetchError("fetch.not_a_page", host=host, kind=content_type)
            body = _read_body(response, conn, host, max_bytes, clock)
            return FetchedPage(current, content_type or "text/html", charset, body)
        finally:
            conn.close()
    raise FetchError("fetch.redirects", n=max_redirects)


def _open(
    scheme: str,
    host: str,
    port: int,
    target: str,
    ips: list[str],
    clock: _Clock,
    context: ssl.SSLContext,
) -> tuple[http.client.HTTPResponse, http.client.HTTPConnection]:
    """Send the request to the first checked address that answers."""
    last: Exception | None = None
    for ip in ips:
        left = clock.left()
        if left <= 0:
            break
        conn: http.client.HTTPConnection
        if scheme == "https":
            conn = _PinnedHTTPS(host, port, ip, left, context)
        else:
            conn = _PinnedHTTP(host, port, ip, left)
        try:
            conn.request(
                "GET",
                target,
                headers={
                    "User-Agent": _USER_AGENT,
                    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
                    "Accept-Encoding": "gzip, deflate",
                    "Accept-Language": "nb,no;q=0.9,en;q=0.8",
                },
            )
            return conn.getresponse(), conn
        except ssl.SSLCertVerificationError:
            conn.close()
            raise FetchError("fetch.certificate", host=host) from None
        except TimeoutError:
            conn.close()
            raise clock.timeout(host) from None
        except (OSError, http.client.HTTPException) as err:
            conn.close()
            last = err
    if last is None:
        raise clock.timeout(host)
    raise FetchError("fetch.no_connection", host=host)


def _media_type(header: str) -> tuple[str, str]:
    kind, _, params = header.partition(";")
    charset = ""
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower()
    return kind.strip().lower(), charset


def _read_body(
    response: http.client.HTTPResponse,
    conn: http.client.HTTPConnection,
    host: str,
    max_bytes: int,
    clock: _Clock,
) -> bytes:
    """At most ``max_bytes`` of the body (decompressed), before the deadline."""
    limit = ingest.human_size(max_bytes)
    length = response.getheader("Content-Length")
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise FetchError(
            "fetch.too_large", host=host, size=ingest.human_size(int(length)), limit=limit
        )
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        wbits = 47 if encoding != "deflate" else 15  # 47: gzip or zlib header
        unpack: zlib._Decompress | None = zlib.decompressobj(wbits)
    elif encoding == "identity":
        unpack = None
    else:
        raise FetchError("fetch.not_a_page", host=host, kind=encoding)
    chunks: list[bytes] = []
    size = 0
    while True:
        # Each read may wait only for what is left of the limit: a server that sends
        # a byte a second cannot stretch the fetch.
        left = clock.left()
        if left <= 0:
            raise clock.timeout(host)
        if conn.sock is not None:
            conn.sock.settimeout(left)
        try:
            chunk = response.read1(_CHUNK)
        except TimeoutError:
            raise clock.timeout(host) from None
        except (OSError, http.client.HTTPException):
            raise FetchError("fetch.no_connection", host=host) from None
        if not chunk:
            break
        if unpack is not None:
            try:
                chunk = unpack.decompress(chunk, max_bytes + 1 - size)
            except zlib.error:
                raise FetchError("fetch.broken", host=host) from None
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError("fetch.too_large", host=host, size=f"> {limit}", limit=limit)
    return b"".join(chunks)


# ---------------------------------------------------------------- the article


@dataclass(frozen=True)
class Article:
    """The article a page holds: its text (paragraphs separated by blank lines), title,
    date (``YYYY-MM-DD`` as the page states it, or ""), site name, language as the page
    declares it (or ""), and the URL it came from (after redirects)."""

    url: str
    text: str
    title: str = ""
    date: str = ""
    site: str = ""
    lang: str = ""

    def name(self) -> str:
        """A document name for it: the title, else the site's host name."""
        host = urlsplit(self.url).hostname or ""
        return ingest.display_name((self.title or host or "link").replace("/", " "))

    def header(self) -> str:
        """The article as a document with a metadata header (``title:``, ``date:``,
        ``source:``, ``url:``), the form the document reader understands."""
        lines = []
        for key, value in (
            ("title", self.title),
            ("date", self.date),
            ("source", self.site),
            ("url", self.url),
        ):
            value = " ".join(value.split())
            if value:
                lines.append(f"{key}: {value}")
        return "\n".join(lines) + ("\n\n" if lines else "") + self.text


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _decode(page: FetchedPage) -> str:
    if page.charset:
        try:
            return page.body.decode(page.charset).replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset: guess as for an upload
    try:
        return ingest.decode(page.body, urlsplit(page.url).hostname or "the page")
    except ingest.IngestError:
        raise FetchError("fetch.not_text", host=urlsplit(page.url).hostname or page.url) from None


def article_from_html(markup: str, url: str) -> Article:
    """The article in an HTML page, extracted with trafilatura; FetchError when the
    page holds no article text."""
    import trafilatura  # imported here: it loads lxml, which only links need

    host = urlsplit(url).hostname or url
    found = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # Only a date the page states (its metadata, a dateline), not one guessed from
        # any number in the text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = str(getattr(found, "text", "") or "") if found is not None else ""
    meta = naming.html_meta(markup)
    site = " ".join(str(getattr(found, "sitename", "") or "").split()) or meta.site
    raw_title = " ".join(str(getattr(found, "title", "") or "").split())
    title = naming.page_title(meta, site=site, host=host) or naming.strip_site_suffix(
        raw_title, site=site, host=host
    )
    paragraphs = [" ".join(p.split()) for p in text.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    # The headline is the title, not a sentence of the text.
    head = [p for p in paragraphs[:3] if title and p.rstrip(".") == title.rstrip(".")]
    paragraphs = [p for p in paragraphs if not head or p is not head[0]]
    body = "\n\n".join(paragraphs)
    if len(body.split()) < 3:  # a menu item or a button, not an article
        raise FetchError("fetch.no_article", host=host)
    date = str(getattr(found, "date", "") or "")
    lang = str(getattr(found, "language", "") or "") or meta.lang
    return Article(
        url=url,
        text=body + "\n",
        title=title,
        date=date if _ISO_DAY.match(date) else "",
        site=site,
        lang=lang.split("-")[0].lower() if lang else "",
    )


def fetch_article(
    url: str,
    *,
    max_bytes: int = ingest.MAX_DOCUMENT_BYTES,
    timeout: float = TIMEOUT_SECONDS,
    max_redirects: int = MAX_REDIRECTS,
    allow_loopback: bool = False,
) -> Article:
    """Fetch ``url`` and extract its article (see :func:`fetch_page` for the rules).
    A plain-text page is taken as it is."""
    page = fetch_page(
        url,
        max_bytes=max_bytes,
        timeout=timeout,
        max_redirects=max_redirects,
        allow_loopback=allow_loopback,
    )
    text = _decode(page)
    if ingest.looks_binary(text):
        raise FetchError("fetch.not_text", host=urlsplit(page.url).hostname or page.url)
    if page.content_type == "text/plain":
        if not text.strip():
            raise FetchError("fetch.no_article", host=urlsplit(page.url).hostname or page.url)
        return Article(
            url=page.url, text=text.strip() + "\n", site=urlsplit(page.url).hostname or ""
        )
    return article_from_html(text, page.url)
