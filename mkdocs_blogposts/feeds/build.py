"""From planned feeds to the bytes of each feed file: each post's entry is made once per
build and shared by every feed and format that holds it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace

from ..model import Category, Post
from .entries import FeedEntry, FeedInfo, Image, Person, Term, aware, xml_safe
from .jsonfeed import JsonEntries, json_document
from .plan import FeedPlan
from .rss_atom import XmlEntries, atom_document, rss_document


@dataclass
class EntrySources:
    """Where an entry's parts come from; the build supplies each from MkDocs' files. Every
    text of an entry is made `xml_safe` here, once, so the three writers can trust it."""

    url_of: Callable[[str], str | None]
    """Docs path -> the file's absolute URL (`https://example.org/studio/posts/x/`)."""
    content_of: Callable[[Post], str]
    """Post -> its whole HTML, links absolute ("" when it was not rendered)."""
    summary_of: Callable[[Post], tuple[str, str]]
    """Post -> its excerpt as HTML (links absolute) and as plain text."""
    person_of: Callable[[str], Person]
    """Author slug -> the author as feeds name them."""
    image_of: Callable[[Post], Image | None]
    """Post -> its hero image, absolute, with its size and type when known."""
    term_of: Callable[[str, Category], Term]
    """(`category` or `tag`, a post's term) -> the term as the blog labels it (the catalog's
    spelling, the same in every entry) with the absolute URL of its page."""
    zone: dt.tzinfo = dt.timezone.utc
    """The time zone of dates written without one (the `timezone` option)."""
    _entries: dict[tuple[str, bool], FeedEntry] = field(default_factory=dict)
    _persons: dict[str, Person] = field(default_factory=dict)
    _terms: dict[tuple[str, str], Term] = field(default_factory=dict)

    def person(self, slug: str) -> Person:
        """The author `slug` as feeds name them, once per build."""
        person = self._persons.get(slug)
        if person is None:
            person = self._persons[slug] = _clean_person(self.person_of(slug))
        return person

    def term(self, taxonomy: str, term: Category) -> Term:
        """A post's category or tag as feeds name it, once per build and term."""
        found = self._terms.get((taxonomy, term.slug))
        if found is None:
            found = self._terms[(taxonomy, term.slug)] = _clean_term(self.term_of(taxonomy, term))
        return found

    def entry(self, post: Post, full: bool) -> FeedEntry:
        """`post`'s entry holding the whole post (`full`) or its excerpt, made once per build.
        Only dated, published posts reach a feed."""
        entry = self._entries.get((post.src_uri, full))
        if entry is None:
            assert post.date is not None, "plan_feeds holds dated posts only"
            published = aware(post.date, post.date_zone or self.zone)
            summary_html, summary_text = self.summary_of(post)
            content = (self.content_of(post) if full else "") or summary_html
            entry = FeedEntry(
                url=self.url_of(post.src_uri) or "",
                title=xml_safe(post.title),
                published=published,
                updated=aware(post.updated, post.updated_zone or self.zone)
                if post.updated
                else published,
                authors=tuple(self.person(slug) for slug in post.author_slugs),
                terms=(
                    *(self.term("category", category) for category in post.categories),
                    *(self.term("tag", tag) for tag in post.tags),
                ),
                summary_html=xml_safe(summary_html),
                summary_text=xml_safe(summary_text),
                content_html=xml_safe(content),
                full=full and content is not summary_html,
                image=self.image_of(post),
            )
            self._entries[(post.src_uri, full)] = entry
        return entry


def _clean_person(person: Person) -> Person:
    """`person` with text XML can hold (a registry's e-mail or URL is the user's text too)."""
    return Person(
        xml_safe(person.name),
        person.url and xml_safe(person.url),
        person.email and xml_safe(person.email),
        person.avatar and xml_safe(person.avatar),
    )


def _clean_term(term: Term) -> Term:
    return replace(term, label=xml_safe(term.label))


def feed_files(
    plans: Sequence[FeedPlan],
    formats: Sequence[str],
    full_content: Collection[str],
    info_of: Callable[[FeedPlan, dt.datetime | None], FeedInfo],
    sources: EntrySources,
) -> Iterator[tuple[str, bytes]]:
    """(site path, bytes) of every feed file: each plan in each of `formats`, entries of the
    families in `full_content` holding whole posts, the others excerpts. Each post's
    entry is made and serialised once per format, however many feeds hold it:
    O(posts in feeds + feeds x entries) byte copies."""
    xml, json = XmlEntries(), JsonEntries()
    for plan in plans:
        full = plan.kind in full_content
        entries = [sources.entry(post, full) for post in plan.posts]
        info = info_of(plan, max((entry.updated for entry in entries), default=None))
        info = replace(
            info,
            title=xml_safe(info.title),
            description=info.description and xml_safe(info.description),
        )
        if "rss" in formats:
            yield plan.path("rss"), rss_document(info, entries, xml)
        if "atom" in formats:
            yield plan.path("atom"), atom_document(info, entries, xml)
        if "json" in formats:
            yield plan.path("json"), json_document(info, entries, json)
