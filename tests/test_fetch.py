"""Documents from a link: a local HTTP server serves saved real article pages; the
fetcher must read them (the test allows loopback for itself, explicitly) and refuse
every address a visitor should not reach through the server."""

from __future__ import annotations

import gzip
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from timeline import fetch, i18n, ingest

PAGES = Path(__file__).parent / "data" / "pages"


class _Handler(BaseHTTPRequestHandler):
    hosts: list[str] = []

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _send(
        self,
        status: int,
        body: bytes,
        kind: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        length: bool = True,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        _Handler.hosts.append(self.headers.get("Host", ""))
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        if url.path.startswith("/pages/"):
            path = PAGES / Path(url.path).name
            self._send(200, path.read_bytes()) if path.exists() else self._send(404, b"")
        elif url.path == "/redirect":
            self._send(302, b"", headers={"Location": query["to"][0]})
        elif url.path == "/loop":
            self._send(302, b"", headers={"Location": "/loop"})
        elif url.path == "/big":  # says how big it is
            self._send(200, b"<p>" + b"x" * 20_000 + b"</p>")
        elif url.path == "/big-unsaid":  # does not say, and keeps sending
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"<p>" + b"y" * 1000 + b"</p>")
        elif url.path == "/bomb":  # 1 MB of zeros, a few kB compressed
            self._send(200, gzip.compress(b"0" * 1_000_000), headers={"Content-Encoding": "gzip"})
        elif url.path == "/gzip":
            body = gzip.compress((PAGES / "deccanherald_taliban.html").read_bytes())
            self._send(200, body, headers={"Content-Encoding": "gzip"})
        elif url.path == "/slow":  # a byte at a time: each read is quick, the whole is not
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif url.path == "/pdf":
            self._send(200, b"%PDF-1.4 ...", kind="application/pdf")
        elif url.path == "/plain":
            self._send(
                200,
                "Putin og Kim møttes i Vladivostok torsdag.".encode(),
                kind="text/plain; charset=utf-8",
            )
        elif url.path == "/empty":
            self._send(200, b"<html><body><nav><a href='/'>Hjem</a></nav></body></html>")
        else:
            self._send(404, b"not here")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def local(url: str, **kwargs: Any) -> fetch.Article:
    """Fetch from the test server: loopback allowed for this test only."""
    return fetch.fetch_article(url, allow_loopback=True, **kwargs)


def refused(key: str, url: str, **kwargs: Any) -> fetch.FetchError:
    with pytest.raises(fetch.FetchError) as info:
        fetch.fetch_article(url, **kwargs)
    assert info.value.key == key, str(info.value)
    return info.value


# ---------------------------------------------------------------- real pages


def test_a_norwegian_article_gives_its_text_title_date_and_site(server: str) -> None:
    a = local(f"{server}/pages/altaposten_brende.html")
    assert a.title == "Brende åpner for å besøke Russland"  # no " - Altaposten"
    assert a.site == "Altaposten"
    assert a.date == "2017-01-24"
    assert a.lang == "nb"
    assert "Arctic Frontiers i Tromsø tirsdag" in a.text
    assert "Arkhangelsk-konferansen" in a.text
    # The page's furniture is not the article.
    for junk in ("Bli abonnent", "Mest lest", "personvernvilkår", "Alta IF tapte"):
        assert junk not in a.text
    assert not a.text.startswith(a.title)  # the headline is the title, not a sentence
    assert "\n\n" in a.text  # paragraphs stay paragraphs


def test_an_english_article(server: str) -> None:
    a = local(f"{server}/pages/deccanherald_taliban.html")
    assert a.title == "Afghan govt, Taliban announce breakthrough deal to press on with peace talks"
    assert (a.site, a.date, a.lang) == ("Deccan Herald", "2020-12-02", "en")
    assert "first written agreement in 19 years of war" in a.text
    assert "NASA grows radishes" not in a.text


def test_a_page_that_states_no_date_gets_none(server: str) -> None:
    a = local(f"{server}/pages/highnorthnews_brende.html")
    assert a.title == "Børge Brende advarer mot ressurskappløp i Arktis"
    assert a.site == "High North News"
    assert a.date == ""  # not today, not a year guessed from the text ("May 2017")
    assert "Arktisk Råds ministermøte" in a.text


def test_the_article_becomes_a_document_with_its_header(server: str) -> None:
    from timeline.workspace import Workspace

    a = local(f"{server}/pages/altaposten_brende.html")
    ws = Workspace()
    doc = ws.add_article(a)
    assert (doc.title, doc.dct, doc.source, doc.url, doc.lang) == (
        "Brende åpner for å besøke Russland",
        "2017-01-24",
        "Altaposten",
        a.url,
        "nb",
    )
    assert doc.text == a.text
    frame, _ = ws.timeline()
    assert not frame.empty
    assert set(frame["doc_source"]) == {"Altaposten"}
    assert set(frame["doc_url"]) == {a.url}
    # Title and site together do not fit the legend's 40 characters: the title alone.
    assert set(frame["doc_label"]) == {"Brende åpner for å besøke Russland"}
    # "tirsdag" is read from the page's date: Tuesday 24 January 2017.
    assert "2017-01-24" in set(frame["start"])


def test_gzip_and_plain_text(server: str) -> None:
    assert "preliminary deal" in local(f"{server}/gzip").text
    plain = local(f"{server}/plain")
    assert plain.text == "Putin og Kim møttes i Vladivostok torsdag.\n"


def test_a_page_with_no_article(server: str) -> None:
    refused("fetch.no_article", f"{server}/empty", allow_loopback=True)


def test_not_a_web_page(server: str) -> None:
    err = refused("fetch.not_a_page", f"{server}/pdf", allow_loopback=True)
    assert "application/pdf" in str(err)


def test_an_error_status(server: str) -> None:
    err = refused("fetch.status", f"{server}/nothing-here", allow_loopback=True)
    assert "404" in str(err)


# ---------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("ip", "key"),
    [
        ("127.0.0.1", "fetch.loopback"),
        ("127.8.9.10", "fetch.loopback"),
        ("::1", "fetch.loopback"),
        ("::ffff:127.0.0.1", "fetch.loopback"),
        ("10.0.0.1", "fetch.private"),
        ("172.16.5.4", "fetch.private"),
        ("192.168.1.1", "fetch.private"),
        ("fd00::1", "fetch.private"),
        ("::ffff:10.1.1.1", "fetch.private"),
        ("64:ff9b::a00:1", "fetch.private"),  # NAT64 for 10.0.0.1
        ("169.254.169.254", "fetch.link_local"),
        ("fe80::1", "fetch.link_local"),
        ("224.0.0.1", "fetch.multicast"),
        ("ff02::1", "fetch.multicast"),
        ("240.0.0.1", "fetch.reserved"),
        ("0.0.0.0", "fetch.unspecified"),
        ("::", "fetch.unspecified"),
        ("100.64.0.1", "fetch.not_public"),
    ],
)
def test_addresses_that_are_not_public_are_refused(ip: str, key: str) -> None:
    with pytest.raises(fetch.FetchError) as info:
        fetch.check_address(ip, host="example.test")
    assert info.value.key == key


def test_public_addresses_pass() -> None:
    for ip in ("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "::ffff:8.8.8.8"):
        assert fetch.check_address(ip)


def test_allowing_loopback_allows_nothing_else() -> None:
    assert fetch.check_address("127.0.0.1", allow_loopback=True) == "127.0.0.1"
    assert fetch.check_address("::1", allow_loopback=True) == "::1"
    for ip in ("10.0.0.1", "169.254.169.254", "192.168.0.1", "0.0.0.0"):
        with pytest.raises(fetch.FetchError):
            fetch.check_address(ip, allow_loopback=True)


def test_loopback_is_refused_by_default(server: str) -> None:
    before = len(_Handler.hosts)
    refused("fetch.loopback", f"{server}/pages/altaposten_brende.html")
    port = urlsplit(server).port
    refused("fetch.loopback", f"http://[::1]:{port}/pages/altaposten_brende.html")
    # A name that resolves to this machine is refused after resolving it.
    refused("fetch.loopback", f"http://localhost:{port}/pages/altaposten_brende.html")
    assert len(_Handler.hosts) == before  # the server was never asked


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("http://10.0.0.1/", "fetch.private"),
        ("http://169.254.169.254/latest/meta-data/", "fetch.link_local"),
        ("http://[::ffff:169.254.169.254]/", "fetch.link_local"),
        ("http://0.0.0.0:8501/", "fetch.unspecified"),
        ("http://2130706433/", "fetch.loopback"),  # 127.0.0.1 written as one number
        ("file:///etc/passwd", "fetch.scheme"),
        ("ftp://example.com/a.txt", "fetch.scheme"),
        ("javascript:alert(1)", "fetch.scheme"),
        ("http://user:secret@example.com/", "fetch.credentials"),
        ("http:///nohost", "fetch.bad_url"),
        ("http://exa mple.com/", "fetch.bad_url"),
        ("", "fetch.empty"),
    ],
)
def test_refused_urls(url: str, key: str) -> None:
    started = time.monotonic()
    refused(key, url, timeout=5)
    assert time.monotonic() - started < 3  # refused before any connection is tried


def test_a_redirect_to_a_private_address_is_refused(server: str) -> None:
    for target, key in (
        ("http://10.1.2.3/admin", "fetch.private"),
        ("http://169.254.169.254/latest/meta-data/", "fetch.link_local"),
        ("http://[fd12::1]/", "fetch.private"),
        ("file:///etc/passwd", "fetch.scheme"),
    ):
        refused(key, f"{server}/redirect?to={target}", allow_loopback=True, timeout=5)


def test_redirects_are_followed_and_limited(server: str) -> None:
    page = f"{server}/pages/deccanherald_taliban.html"
    a = local(f"{server}/redirect?to={page}")
    assert a.url == page  # the article is from where the redirect led
    refused("fetch.redirects", f"{server}/loop", allow_loopback=True)


def test_it_connects_to_the_address_it_checked(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name resolves to an allowed address when checked, and to a
    private one a moment later. The connection must go to the checked address, and
    the name must be looked up once per request, not again by the HTTP client."""
    port = urlsplit(server).port
    answers = iter(["127.0.0.1", "10.0.0.1", "10.0.0.1"])
    looked_up: list[str] = []

    def rebinding(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        looked_up.append(host)
        ip = next(answers)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    _Handler.hosts.clear()
    a = local(f"http://news.example:{port}/pages/altaposten_brende.html")
    assert a.title == "Brende åpner for å besøke Russland"
    assert looked_up == ["news.example"]
    assert _Handler.hosts == [f"news.example:{port}"]  # the name was sent, the IP used


def test_https_checks_the_certificate_for_the_name_not_the_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Connecting to the checked address must not weaken TLS: the certificate is
    verified for the host name of the link (sent as SNI), not for the address."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=news.example",
            "-addext",
            "subjectAltName=DNS:news.example",
        ],
        check=True,
        capture_output=True,
    )
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(cert, key)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.socket = server_tls.wrap_socket(httpd.socket, server_side=True)
    httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]

    def here(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(socket, "getaddrinfo", here)
    try:
        page = "/pages/altaposten_brende.html"
        trusted = ssl.create_default_context(cafile=str(cert))
        got = fetch.fetch_page(
            f"https://news.example:{port}{page}", allow_loopback=True, tls=trusted
        )
        assert "Brende åpner for å besøke Russland".encode() in got.body
        # A certificate nobody vouches for, or one for another name, is refused.
        with pytest.raises(fetch.FetchError) as info:
            fetch.fetch_page(f"https://news.example:{port}{page}", allow_loopback=True)
        assert info.value.key == "fetch.certificate"
        with pytest.raises(fetch.FetchError) as info:
            fetch.fetch_page(
                f"https://other.example:{port}{page}", allow_loopback=True, tls=trusted
            )
        assert info.value.key == "fetch.certificate"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_name_with_any_private_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def mixed(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))
            for ip in ("93.184.215.14", "192.168.0.10")
        ]

    monkeypatch.setattr(socket, "getaddrinfo", mixed)
    refused("fetch.private", "http://mixed.example/")


def test_an_unknown_name(monkeypatch: pytest.MonkeyPatch) -> None:
    def unknown(*args: Any, **kwargs: Any) -> list[Any]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", unknown)
    err = refused("fetch.unknown_host", "https://no-such-site.example/")
    assert "no-such-site.example" in str(err)


# ---------------------------------------------------------------- limits


def test_size_limit(server: str) -> None:
    err = refused("fetch.too_large", f"{server}/big", allow_loopback=True, max_bytes=10_000)
    assert ingest.human_size(10_000) in str(err)
    refused("fetch.too_large", f"{server}/big-unsaid", allow_loopback=True, max_bytes=10_000)
    refused("fetch.too_large", f"{server}/bomb", allow_loopback=True, max_bytes=100_000)
    # The same limit as uploads, by default.
    assert fetch.fetch_page.__kwdefaults__["max_bytes"] == ingest.MAX_DOCUMENT_BYTES


def test_time_limit(server: str) -> None:
    started = time.monotonic()
    err = refused("fetch.timeout", f"{server}/slow", allow_loopback=True, timeout=1.0)
    assert time.monotonic() - started < 2.5  # 4 s of dripping, cut at the limit
    assert "1 s)" in str(err)


def test_a_slow_name_lookup_counts_against_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: Any, **kwargs: Any) -> list[Any]:
        time.sleep(3)
        return []

    monkeypatch.setattr(socket, "getaddrinfo", slow)
    started = time.monotonic()
    refused("fetch.timeout", "http://slow-dns.example/", timeout=0.5)
    assert time.monotonic() - started < 2


def test_refusals_are_in_both_languages() -> None:
    with pytest.raises(fetch.FetchError) as info:
        fetch.check_address("169.254.169.254", host="metadata.example")
    err = info.value
    nb, en = err.message("nb"), err.message("en")
    assert nb != en and "metadata.example" in nb and "169.254.169.254" in en
    assert en == str(err) == i18n.text("fetch.link_local", "en", **err.params)
