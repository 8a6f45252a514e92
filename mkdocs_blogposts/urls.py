"""Site-relative URL arithmetic and link safety, so every emitted link is relative and safe."""

from __future__ import annotations

import posixpath
import re
from html import escape, unescape
from urllib.parse import urlsplit

LINK_SCHEMES = ("http", "https", "mailto")
"""The only schemes emitted in `href`; anything else (javascript:, data:, …) is refused."""

HTML_SPACE = "\t\n\f\r "
"""HTML's whitespace: `\\s` would also split at a no-break space, which HTML keeps in names
and unquoted values."""
_SPACE = HTML_SPACE
SPACE = f"[{_SPACE}]"
"""One HTML whitespace character, as a regex."""
_NAME = f"[^{_SPACE}/>][^{_SPACE}/>=]*(?![^{_SPACE}/>=])"
_VALUE = f"""(?:"[^"]*"|'[^']*'|[^{_SPACE}>"'][^{_SPACE}>]*(?![^{_SPACE}>])|(?=>))"""
ATTRIBUTE_PATTERN = f"{_NAME}(?:{SPACE}*={SPACE}*{_VALUE}|(?!{SPACE}*=))"
"""One attribute of a start tag as HTML's tokenizer reads it: a name, then optionally `=`
(whitespace around it allowed) and a value in double quotes, single quotes (either may hold
`>`) or none. Each part is matched whole (the lookaheads), so a tag that never closes costs
linear time, not exponential backtracking."""
TAG_GAP = f"[{_SPACE}/]"
"""What may separate a start tag's attributes (whitespace, or a stray `/`), as a regex."""
START_TAG = re.compile(
    f"<[a-zA-Z][^{_SPACE}/>]*({TAG_GAP}(?:{TAG_GAP}*{ATTRIBUTE_PATTERN})*{TAG_GAP}*)>"
)
"""An HTML start tag with attributes (bare tags like `<p>` are skipped: nothing to rewrite),
group 1 its attributes: attribute rewrites go through it so text that merely looks like an
attribute (`<code>&lt;a href="x"&gt;</code>`, or `alt="src=x"`) is never touched."""
ATTRIBUTE = re.compile(f"{SPACE}*({_NAME})(?:{SPACE}*={SPACE}*({_VALUE})|(?!{SPACE}*=))")
"""One attribute with the whitespace before it: group 1 the name, group 2 the value as
written (quotes included; None without `=`). `finditer` over a `START_TAG` match's group 1
visits its attributes in order."""
URL_ATTRIBUTES = frozenset(
    {"href", "xlink:href", "src", "poster", "data", "action", "formaction", "cite"}
    | {"background", "longdesc"}
)
"""Attributes holding one URL that `rebase_urls` rewrites, on any element: links (`a`,
`area`, `link`, SVG `a`/`use`/`image`, also as `xlink:href`), media (`img`, `source`,
`video`/`audio`, `track`, `iframe`, `embed`, `script`, `input`), `video` `poster`, `object`
`data`, form targets, `blockquote`/`q`/`del`/`ins` `cite`, and the obsolete `background` and
`longdesc` browsers still read. Left alone: `usemap` (a `#name` in the same page), `ping` (a
tracking list), `itemid`/`itemtype` (identifiers), and CSS `url()` in `style`."""
SRCSET_ATTRIBUTES = frozenset(("srcset", "imagesrcset"))
"""Attributes holding comma-separated image candidates, each a URL and a descriptor."""
_REBASED_ATTRIBUTES = URL_ATTRIBUTES | SRCSET_ATTRIBUTES
_SRCSET_CANDIDATE = re.compile(
    f"([{_SPACE},]*)([^{_SPACE},][^{_SPACE}]*?)"
    f"(,+(?=[{_SPACE}]|\\Z)|(?=[{_SPACE}]|\\Z)(?:[^,(]|\\([^)]*(?:\\)|\\Z))*)"
)
"""One `srcset` candidate as browsers split them: separators, the URL (a run of non-space,
less trailing commas, so `a,b.png` is one URL), then the trailing commas or the descriptor."""
_IGNORED_BY_BROWSERS = "".join(map(chr, range(0x21)))
"""C0 controls and space, which browsers strip from the start and end of a URL."""
_PATH_END = re.compile("[?#]")


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
    `""` -> `./`, `blog/` -> `../`, `blog/page/2/` -> `../../../`, `posts/x.html` -> `../`.
    MkDocs gives the home page (`index.md` with directory URLs) the URL `./`: the root too."""
    return "../" * page_url.removeprefix("./").count("/") or "./"


def rebase_urls(html: str, from_page: str, to_page: str, prefix: str = "") -> str:
    """Rewrite the relative URLs in `html`, written for the page at site path `from_page`, so
    they work on the page at `to_page` (each put after `prefix`).

    Every attribute of `URL_ATTRIBUTES` and `SRCSET_ATTRIBUTES` (each `srcset` candidate's
    URL) in a start tag is rewritten, however it is quoted and whatever the case of its name,
    character references read as a browser reads them. A URL with a scheme (`data:`,
    `mailto:`, even when Markdown hides it in `&#...;`), a host (`//cdn`) or a leading `/` is
    left alone; a fragment (`#part`) comes to point into `from_page`, whose `id`s it names.

    Used for excerpts: a post's rendered HTML is reused on listing pages at other depths.
    """
    if from_page == to_page and not prefix:
        return html
    base_dir = "/" + from_page[: from_page.rfind("/") + 1]

    def rebase(url: str) -> str:
        url = url.strip(_IGNORED_BY_BROWSERS)  # as a browser reads it, like `is_safe_link`
        try:
            parts = urlsplit(url)
        except ValueError:  # a malformed host ("http://[x"): not a relative URL either
            return url
        if parts.scheme or parts.netloc or url.startswith(("/", "\\")):
            return url
        site_path = _join(from_page, base_dir, url)
        if to_page:
            return prefix + relative_url(site_path, to_page)
        return prefix + (site_path if site_path[:1] not in ("", "?", "#") else "./" + site_path)

    def rebase_candidate(candidate: re.Match[str]) -> str:
        return candidate.group(1) + rebase(candidate.group(2)) + candidate.group(3)

    def rebase_tag(tag: re.Match[str]) -> str:
        pieces: list[str] = []
        done = tag.start()
        for attribute in ATTRIBUTE.finditer(html, tag.start(1), tag.end()):
            written = attribute.group(2)
            name = attribute.group(1).lower()
            if written is None or name not in _REBASED_ATTRIBUTES:
                continue
            quote = written[0] if written[:1] in ("'", '"') else ""
            value = written[1:-1] if quote else written
            references = "&" in value
            decoded = unescape(value) if references else value
            if name in SRCSET_ATTRIBUTES:
                rebased = _SRCSET_CANDIDATE.sub(rebase_candidate, decoded)
            else:
                rebased = rebase(decoded)
            if rebased == decoded:
                continue
            if references:  # write them back, in the one quoting every character fits
                rebased, quote = escape(rebased), '"'
            pieces += (html[done : attribute.start(2)], quote, rebased, quote)
            done = attribute.end(2)
        if not pieces:
            return tag.group(0)
        pieces.append(html[done : tag.end()])
        return "".join(pieces)

    return START_TAG.sub(rebase_tag, html)


def _join(page: str, page_dir: str, url: str) -> str:
    """`urljoin` for a relative `url` on the page at site path `page`, in folder `page_dir`
    (`/posts/x/` for `posts/x/` and `posts/x.html`): the site path of its target, ~5x faster
    (it runs for every link of every excerpt)."""
    path_end = _PATH_END.search(url)
    path, suffix = (url[: path_end.start()], url[path_end.start() :]) if path_end else (url, "")
    if not path:  # "", "?query", "#fragment": the page itself
        return page + suffix
    site_path = posixpath.normpath(page_dir + path)[1:]
    if site_path and path.rpartition("/")[2] in ("", ".", ".."):
        site_path += "/"
    return site_path + suffix
