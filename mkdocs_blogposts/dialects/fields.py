"""Which front-matter keys hold which field of a post, across blog tools: the one table.

Every tool names the same things differently: the publication date is `date` (the seed,
Material, Jekyll, Hugo, Docusaurus), `pubDate` or `pubDatetime` (Astro), `publishDate`
(Astro; Hugo uses it too, after `date`). A field is read from the first of its keys that a
post has, so a post is read with a handful of dictionary lookups per field, never a search
over every key it holds. Where tools disagree, the seed's key comes first and wins.

The `fields` option puts a site's own keys before these (`fields: {image: [banner]}`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "date": ("date", "pubDate", "pubDatetime", "publishDate", "published_at", "created"),
    "updated": (
        "updated",
        "updatedDate",
        "modDatetime",
        "lastmod",
        "last_modified_at",
        "updated_at",
    ),
    "authors": ("author", "authors"),
    "categories": ("categories", "category"),
    "tags": ("tags",),
    "featured": ("featured", "pin"),
    "draft": ("draft",),
    "published": ("published",),
    "unlisted": ("unlisted",),
    "expires": ("expiryDate", "expirydate", "unpublishdate"),
    "image": ("image", "heroImage", "cover", "coverImage", "thumbnail", "images", "ogImage"),
    "image_alt": ("image_alt", "imageAlt", "heroImageAlt", "coverAlt"),
    "description": ("description", "summary", "excerpt"),
    "slug": ("slug",),
    "readtime": ("readtime",),
    "links": ("links",),
    "excerpt_separator": ("excerpt_separator",),
}
"""Field -> the keys that hold it, in the order they are tried.

- `date`: Astro's `pubDate`/`pubDatetime`/`publishDate`; Material's `date` may be a mapping
  `{created, updated}`; without any, Jekyll's and Docusaurus' file name (`dialects.filenames`).
- `updated`: Astro's `updatedDate`/`modDatetime`, Hugo's `lastmod`, jekyll-seo's
  `last_modified_at`.
- `categories`: Jekyll's singular `category` too.
- `featured`: Material's `pin`.
- `published`: Jekyll's `published: false` (a draft).
- `unlisted`: Docusaurus (built, not listed).
- `expires`: Hugo's `expiryDate` (unpublished once past).
- `image`: Astro's `heroImage`, `cover`, `coverImage` (a path or `{src, alt}`), `thumbnail`,
  Hugo's `images` (the first), and `ogImage` as a last resort.
- `description`: Hugo's `summary`, Jekyll's `excerpt`.
"""

FIELD_NAMES = tuple(DEFAULT_FIELDS)


@dataclass(frozen=True)
class FieldMap:
    """The keys of each field for one site: its own (the `fields` option) first. Hashable, so
    it can be part of what decides whether a cached post is still valid."""

    pairs: tuple[tuple[str, tuple[str, ...]], ...]
    keys: dict[str, tuple[str, ...]] = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "keys", dict(self.pairs))

    @classmethod
    def with_extra(cls, extra: Mapping[str, Sequence[str]]) -> FieldMap:
        """The default table with `extra` keys tried first for their fields."""
        keys = dict(DEFAULT_FIELDS)
        for name, own in extra.items():
            keys[name] = (*own, *(key for key in keys[name] if key not in own))
        return cls(tuple(keys.items()))

    def find(self, data: Mapping[str, object], name: str) -> tuple[str, object] | None:
        """(key, value) of the first of the field `name`'s keys that `data` has with a value
        that is not null; None when it has none."""
        for key in self.keys[name]:
            value = data.get(key)
            if value is not None:
                return key, value
        return None


DEFAULT_FIELD_MAP = FieldMap(tuple(DEFAULT_FIELDS.items()))


UNHONOURED_KEYS: dict[str, str] = {
    "permalink": "set the blog's `post_url` option to the URL pattern instead",
    "aliases": "redirect the old URLs with the mkdocs-redirects plugin",
    "redirect_from": "redirect the old URLs with the mkdocs-redirects plugin",
    "layout": "the theme lays out every post; override blogposts templates to change it",
    "weight": "posts are ordered by date; use `featured: true` to put one first",
    "sidebar_label": "posts are not in the navigation",
    "sidebar_position": "posts are not in the navigation",
    "hide_table_of_contents": "use MkDocs Material's `hide: [toc]` instead",
    "toc_max_heading_level": "set `toc_depth` of the toc Markdown extension instead",
    "canonicalURL": "the canonical URL is the post's own URL (`site_url` + its path)",
    "canonical_url": "the canonical URL is the post's own URL (`site_url` + its path)",
    "series": "not supported; list the series' posts with a category or tag",
}
"""Keys other tools read that blogposts does not, with what to do instead; named once per
build at INFO (a moved blog still builds, and its owner learns what changed)."""
