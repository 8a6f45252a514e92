"""Author bios: Markdown rendered like page content, then sanitised.

A bio lives in the authors registry (a YAML `bio`/`description`, or a Markdown profile's
body) and is shown on the author's page and below each of their posts. It is rendered with
the site's own Markdown extensions, so it reads like the rest of the site, and then cleaned
with nh3 (the ammonia sanitiser): a `<script>`, an `onclick` or a `javascript:` link in a bio
is dropped, never run. nh3 rather than a hand-written filter: HTML sanitising is a job a
maintained library does well, and this one is fast and has no dependencies.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import markdown
import nh3

_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "code": {"class"},
    "span": {"class"},
}
_URL_SCHEMES = {"http", "https", "mailto"}


def make_bio_renderer(
    extensions: Sequence[Any], extension_configs: Mapping[str, Any]
) -> Callable[[str], str]:
    """A function from a bio's Markdown to safe HTML, using the site's Markdown extensions
    (`markdown_extensions` in `mkdocs.yml`). One `Markdown` instance, reset between bios."""
    converter = markdown.Markdown(
        extensions=list(extensions), extension_configs=dict(extension_configs)
    )

    def render_bio(text: str) -> str:
        html = converter.reset().convert(text)
        return clean_html(html)

    return render_bio


class BioRenderer:
    """Renders bios with the site's Markdown extensions, making the converter only when a bio
    is shown. Extensions that cannot run outside a page (one a plugin installs for its own
    pages) make it fall back to plain Markdown, said once through `on_fallback`."""

    def __init__(
        self,
        extensions: Sequence[Any],
        extension_configs: Mapping[str, Any],
        on_fallback: Callable[[str], object] = lambda message: None,
    ) -> None:
        self.extensions = extensions
        self.extension_configs = extension_configs
        self.on_fallback = on_fallback
        self.render: Callable[[str], str] | None = None

    def __call__(self, text: str) -> str:
        if self.render is None:
            try:
                self.render = make_bio_renderer(self.extensions, self.extension_configs)
                self.render("")
            except Exception as error:  # an extension may fail in any way
                self.on_fallback(
                    "author bios are shown without the site's Markdown extensions, which "
                    f"failed outside a page ({type(error).__name__}: {error})"
                )
                self.render = make_bio_renderer([], {})
        return self.render(text)


def clean_html(html: str) -> str:
    """`html` with only harmless tags and attributes, and links only to http(s), mailto or
    relative URLs."""
    return str(
        nh3.clean(
            html,
            attributes={**nh3.ALLOWED_ATTRIBUTES, **_ALLOWED_ATTRIBUTES},
            url_schemes=_URL_SCHEMES,
            link_rel=None,
        )
    )
