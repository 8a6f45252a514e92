"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written with `json`: escaping by
construction, like the XML formats. Its text is `xml_safe` as theirs (see `build`): JSON
could hold a control character as `\\u0007`, but then the JSON Feed would say what RSS and
Atom cannot, and a reader shows it as garbage."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .entries import FeedEntry, FeedInfo, Person

VERSION = "https://jsonfeed.org/version/1.1"


class JsonEntries:
    """Each entry as a JSON object, serialised once per build: a post is in several feeds."""

    def __init__(self) -> None:
        self._items: dict[tuple[str, bool], str] = {}

    def item(self, entry: FeedEntry) -> str:
        data = self._items.get((entry.url, entry.full))
        if data is None:
            data = self._items[(entry.url, entry.full)] = _dumps(_item(entry))
        return data


def json_document(info: FeedInfo, entries: Sequence[FeedEntry], cache: JsonEntries) -> bytes:
    """The feed as a JSON Feed 1.1 document (UTF-8): its members, then `items`, each item
    as `json` wrote it."""
    feed: dict[str, object] = {
        "version": VERSION,
        "title": info.title,
        "home_page_url": info.home_url,
        "feed_url": info.feed_urls["json"],
        "language": info.language,
    }
    if info.description:
        feed["description"] = info.description
    if info.logo:
        feed["icon"] = info.logo
    if info.icon:
        feed["favicon"] = info.icon
    head = _dumps(feed)[:-1]  # without its closing brace
    items = ",".join(cache.item(entry) for entry in entries)
    return f'{head},"items":[{items}]}}'.encode()


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _item(entry: FeedEntry) -> dict[str, object]:
    item: dict[str, object] = {
        "id": entry.url,
        "url": entry.url,
        "title": entry.title,
        "content_html": entry.content_html,
        "summary": entry.summary_text,
        "date_published": entry.published.isoformat(),
        "date_modified": entry.updated.isoformat(),
    }
    if entry.image is not None:
        item["image"] = entry.image.url
    if entry.authors:
        item["authors"] = [_author(person) for person in entry.authors]
    if entry.terms:
        item["tags"] = list(dict.fromkeys(term.label for term in entry.terms))
    return item


def _author(person: Person) -> dict[str, str]:
    author = {"name": person.name}
    if person.url:
        author["url"] = person.url
    if person.avatar:
        author["avatar"] = person.avatar
    return author
