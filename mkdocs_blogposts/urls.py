"""Site-relative URL arithmetic and link safety, so every emitted link is relative and safe."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urljoin, urlsplit

LINK_SCHEMES = ("http", "https", "mailto")
"""The only schemes emitted in `href`; anything else (javascript:, data:, …) is refused."""

START_TAG = re.compile(r"<[a-zA-Z][^<>]*>")
"""An HTML start tag: attribute rewrites go through it so text that merely looks like an
attribute (`<code>&lt;a href="x"&gt;</code>`) is never touched."""
_URL_ATTRIBUTE = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
_IGNORED_BY_BROWSERS = "".join(map(chr, range(0x21)))
"""C0 controls and space, which browsers strip from the start and end of a URL."""
_ORIGIN = "http://site.invalid/"


def is_safe_link(url: str) -> bool:
    """Whether `url` may go into an `href`: relative, or http(s)/mailto with a target.

    Checked as a browser reads it: surrounding control characters dropped, `\\` as `/`.
    """
    parts = urlsplit(url.strip(_IGNORED_BY_BROWSERS).replace("\\", "/"))
    if not parts.scheme:
        return not parts.netloc
    if parts.scheme.lower() == "mailto":
        return bool(parts.path)
    return parts.scheme.lower() in LINK_SCHEMES and bool(parts.netloc)


def relative_url(target: str, base: str) -> str:
    """The URL of site path `target` as seen from the page at site path `base`.

    Both are site-root-relative URLs as MkDocs gives them (`posts/x/`, `posts/x.html`, `""`
    for the home page); a query or fragment on `target` is kept.
    """
    parts = urlsplit(target)
    base_dir = posixpath.dirname("/" + base) if not base.endswith("/") else "/" + base
    path = posixpath.relpath("/" + parts.path, base_dir)
    if (parts.path.endswith("/") or not parts.path) and path != ".":
        path += "/"
    elif path == ".":
        path = "./"
    suffix = (f"?{parts.query}" if parts.query else "") + (
        f"#{parts.fragment}" if parts.fragment else ""
    )
    return path + suffix


def root_prefix(page_url: str) -> str:
    """The relative way from the page at site URL `page_url` back to the site root:
    `""` -> `./`, `blog/` -> `../`, `blog/page/2/` -> `../../../`, `posts/x.html` -> `../`."""
    return "../" * page_url.count("/") or "./"


def rebase_urls(html: str, from_page: str, to_page: str, prefix: str = "") -> str:
    """Rewrite the relative `href`/`src` URLs in `html`, written for the page at site path
    `from_page`, so they work on the page at `to_page` (each put after `prefix`); absolute
    URLs are left alone.

    Used for excerpts: a post's rendered HTML is reused on listing pages at other depths.
    """
    if from_page == to_page and not prefix:
        return html

    def rebase(match: re.Match[str]) -> str:
        url = match.group(2)
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or url.startswith("/"):
            return match.group(0)
        site_path = urljoin(_ORIGIN + from_page, url)[len(_ORIGIN) :]
        return match.group(1) + prefix + relative_url(site_path, to_page) + match.group(3)

    return START_TAG.sub(lambda tag: _URL_ATTRIBUTE.sub(rebase, tag.group(0)), html)
