"""What every feed format says about a feed and its entries, in one model: the writers only
arrange it (RSS, Atom, JSON Feed), so the three never disagree."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..imagemeta import ImageFacts

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold, not even as a character reference (and DEL, which feed
readers show as garbage): a post's title with a stray control character must not make the
whole feed unreadable."""


def xml_safe(text: str) -> str:
    """`text` without the characters XML cannot hold."""
    return _NOT_XML.sub("", text)


def aware(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """`moment` with a time zone: a post's date without one is a time in `zone` (the
    `timezone` option); a date with its own offset keeps it."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


@dataclass(frozen=True, slots=True)
class Person:
    """An author as feeds name them: always by display name, never by slug."""

    name: str
    url: str | None = None
    """Absolute URL of their page on the blog, else their own site."""
    email: str | None = None
    """From the registry; RSS names an author in `<author>` only with one."""
    avatar: str | None = None
    """Absolute URL of their avatar (JSON Feed)."""


@dataclass(frozen=True, slots=True)
class Term:
    """A category or tag of an entry."""

    label: str
    slug: str
    url: str | None
    """Absolute URL of its page on the blog (RSS `domain`, Atom `scheme`)."""


@dataclass(frozen=True, slots=True)
class Image:
    """The hero image as an absolute URL, with what the file's header says (size and type
    known for the site's own files only)."""

    url: str
    facts: ImageFacts


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    """The post's absolute URL: its link and its stable id."""
    title: str
    published: dt.datetime
    updated: dt.datetime
    """When it last changed: its `updated:` date, else its publication date."""
    authors: tuple[Person, ...]
    terms: tuple[Term, ...]
    summary_html: str
    """The excerpt (or `description`), links absolute."""
    summary_text: str
    """The same as plain text, trimmed (JSON Feed's `summary`)."""
    content_html: str
    """The whole post, links absolute, without the byline, hero and footer the page adds
    around it; or its excerpt (see `full`)."""
    full: bool = True
    """Whether `content_html` is the whole post (else the excerpt): a post may be in one feed
    whole and in another as an excerpt, so this is part of its identity in caches."""
    image: Image | None = None


@dataclass(frozen=True, slots=True)
class FeedInfo:
    title: str
    description: str | None
    home_url: str
    """Absolute URL of the listing the feed follows."""
    feed_urls: Mapping[str, str]
    """Format -> absolute URL of the feed in that format (each format's self link)."""
    updated: dt.datetime
    """The newest entry's update, else the build's time."""
    language: str
    """BCP 47 (`pt-BR`)."""
    icon: str | None = None
    """Absolute URL of the site's favicon."""
    logo: str | None = None
    """Absolute URL of the site's logo."""
    generator: str = "mkdocs-blogposts"
