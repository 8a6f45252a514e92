"""Every index the blog needs, built once per build from the posts."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .model import Category, Post
from .problems import Problem, show

T = TypeVar("T")
_EPOCH = dt.datetime.min


@dataclass(frozen=True)
class Catalog:
    """The posts and their indexes. All lists are newest first, ties broken by title."""

    posts: tuple[Post, ...]
    """Every post, in listing order: dated posts newest first, then undated ones by title, so
    no post is ever left off the listings."""
    dated: tuple[Post, ...]
    """The posts with a valid date, newest first: what date-based pages (archive, feeds) show."""
    undated: tuple[Post, ...]
    """Posts without a valid date: listed after the dated ones, shown without a date."""
    categories: dict[str, Category]
    """Slug -> category, labelled with the spelling most posts use (ties: `_label_of`);
    ordered by label."""
    posts_by_category: dict[str, tuple[Post, ...]]
    """Category slug -> its posts."""
    posts_by_author: dict[str, tuple[Post, ...]]
    """Author slug -> their posts."""
    tags: dict[str, Category]
    """Slug -> tag, labelled and ordered like `categories`."""
    posts_by_tag: dict[str, tuple[Post, ...]]
    """Tag slug -> its posts."""
    featured: tuple[Post, ...]
    by_src_uri: dict[str, Post]
    """Every post, dated or not, by docs-relative path."""
    positions: dict[str, int]
    """Docs-relative path -> the post's index in `posts`: its neighbours in O(1)."""
    problems: tuple[Problem, ...] = ()
    """Different category (or tag) labels that share a slug (and so one page)."""


def listing_order(posts: Iterable[Post]) -> list[Post]:
    """Newest first; posts of the same time by title (case-insensitive), then path.

    Two stable sorts, O(n log n). Undated posts sort last, then by title.
    """
    ordered = sorted(posts, key=lambda post: (post.title.casefold(), post.src_uri))
    ordered.sort(key=lambda post: (post.date is not None, post.date or _EPOCH), reverse=True)
    return ordered


def build_catalog(posts: Iterable[Post]) -> Catalog:
    """Index `posts` in one pass over the sorted list: O(n log n) for the sort, then O(n·k)
    for k categories/tags/authors per post. Undated posts are in every index, after the dated."""
    every_post = listing_order(posts)
    categories = _Taxonomy("category", "categories_line")
    tags = _Taxonomy("tag", "tags_line")
    posts_by_author: dict[str, list[Post]] = defaultdict(list)
    for post in every_post:
        categories.add(post, post.categories)
        tags.add(post, post.tags)
        for slug in post.author_slugs:
            posts_by_author[slug].append(post)
    category_terms, tag_terms = categories.terms(), tags.terms()
    return Catalog(
        posts=tuple(every_post),
        dated=tuple(post for post in every_post if post.date is not None),
        undated=tuple(post for post in every_post if post.date is None),
        categories=category_terms,
        posts_by_category=categories.posts(),
        posts_by_author={slug: tuple(items) for slug, items in posts_by_author.items()},
        tags=tag_terms,
        posts_by_tag=tags.posts(),
        featured=tuple(post for post in every_post if post.featured),
        by_src_uri={post.src_uri: post for post in every_post},
        positions={post.src_uri: number for number, post in enumerate(every_post)},
        problems=(*categories.clashes(category_terms), *tags.clashes(tag_terms)),
    )


class _Taxonomy:
    """Categories or tags while the catalog is built: each term's posts and spellings."""

    def __init__(self, noun: str, line_field: str) -> None:
        self.noun = noun
        self.line_field = line_field
        self.by_slug: dict[str, list[Post]] = defaultdict(list)
        self.spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self.first_use: dict[str, Post] = {}

    def add(self, post: Post, terms: Iterable[Category]) -> None:
        for term in terms:
            self.by_slug[term.slug].append(post)
            self.spellings[term.slug][term.label] += 1
            self.first_use.setdefault(term.label, post)

    def terms(self) -> dict[str, Category]:
        """Slug -> term labelled as most posts spell it, ordered by label."""
        terms = sorted(
            (Category(slug, _label_of(counter)) for slug, counter in self.spellings.items()),
            key=lambda term: (term.label.casefold(), term.slug),
        )
        return {term.slug: term for term in terms}

    def posts(self) -> dict[str, tuple[Post, ...]]:
        return {slug: tuple(items) for slug, items in self.by_slug.items()}

    def clashes(self, terms: dict[str, Category]) -> Iterator[Problem]:
        """One problem per label that shares its slug with a label that is not merely a case
        or spacing variant of it ("C++" and "C" both slug to `c`), on the field's line of
        the newest post using it. `terms` is what `terms()` returned: sorted once."""
        for term in terms.values():
            canonical = _fold(term.label)
            for label in self.spellings[term.slug]:
                if _fold(label) != canonical:
                    post = self.first_use[label]
                    yield Problem(
                        post.src_uri,
                        getattr(post, self.line_field),
                        f"{self.noun} {show(label)} has the same URL slug ({term.slug!r}) as "
                        f"{show(term.label)}; both are listed as {show(term.label)} "
                        "(rename one to keep them apart)",
                    )


def neighbours(catalog: Catalog, post: Post) -> tuple[Post | None, Post | None]:
    """(newer, older): the posts either side of `post` in the blog's listing order, None at
    either end (and for a post the catalog doesn't list)."""
    number = catalog.positions.get(post.src_uri)
    if number is None:
        return None, None
    newer = catalog.posts[number - 1] if number > 0 else None
    older = catalog.posts[number + 1] if number + 1 < len(catalog.posts) else None
    return newer, older


def last_changed(posts: Iterable[Post]) -> dt.date | None:
    """The newest day any of `posts` was published or updated (None without a dated post):
    a page's `<lastmod>` in the sitemap, so search engines recrawl what changed."""
    days = [(post.updated or post.date).date() for post in posts if post.date is not None]
    return max(days, default=None)


def paginate(items: Sequence[T], per_page: int) -> list[Sequence[T]]:
    """Split `items` into pages of `per_page`; always at least one (possibly empty) page."""
    if not items:
        return [items[:0]]
    return [items[start : start + per_page] for start in range(0, len(items), per_page)]


def _fold(label: str) -> str:
    """A label with case and spacing differences removed."""
    return " ".join(label.casefold().split())


def _label_of(spellings: Counter[str]) -> str:
    """A category's label: the spelling most posts use; on a tie, the one that sorts first
    case-insensitively, then by code point (capitals first: `Python` before `python`).

    The tie-break looks only at the spellings, never at dates or file names, so the label
    does not change when a post is added, re-dated or renamed without changing the counts;
    and a capitalised spelling (a name, a title-cased label) wins over a lower-case one.
    """
    return min(spellings.items(), key=lambda item: (-item[1], item[0].casefold(), item[0]))[0]
