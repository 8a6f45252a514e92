"""Which of the theme's sidebars a blog page can do without.

Material with `navigation.tabs` shows, in its left sidebar, the navigation below the
current top-level tab. When the blog is a tab of its own (a top-level link, or a section
holding only the blog), that sidebar holds one link, "Blog", beside every listing: an
empty-looking column that narrows the card grid. Its `hide` meta takes the column away from
the generated listings (the navigation stays in the drawer on a phone); posts keep it, as a
margin that keeps their lines a readable length. Plain functions over the nav's items, so the
rule is tested without a build.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol


class NavItem(Protocol):
    """What MkDocs' nav items (Page, Section, Link) give us: their parent and children."""

    @property
    def parent(self) -> Any: ...


def top_level(item: NavItem) -> NavItem:
    """The top-level nav item holding `item`: its tab in Material with `navigation.tabs`."""
    while item.parent is not None:
        item = item.parent
    return item


def leaves(item: Any) -> Iterable[Any]:
    """Every page or link below a nav item (the item itself when it has no children)."""
    children: Sequence[Any] | None = getattr(item, "children", None)
    if not children:
        yield item
        return
    for child in children:
        yield from leaves(child)


def lone_blog_tab(
    blog_page: NavItem | None, nav_pages: Sequence[Any], theme_name: str | None, features: Any
) -> bool:
    """True when Material's left sidebar would hold the blog's link alone on its pages:
    tabs are on, the blog index is in the navigation (`nav_pages`), and its tab has no other
    page or link."""
    if blog_page is None or theme_name != "material":
        return False
    if not isinstance(features, list) or "navigation.tabs" not in features:
        return False
    if not any(page is blog_page for page in nav_pages):
        return False
    return [*leaves(top_level(blog_page))] == [blog_page]
