"""MkDocs event hooks of the `blogposts` plugin. Each delegates to `BlogSite`."""

from __future__ import annotations

from typing import Literal

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from . import gcfreeze
from .caches import ExcerptCache, PostCache
from .config import BlogpostsConfig
from .site import BlogSite


class BlogpostsPlugin(BasePlugin[BlogpostsConfig]):
    """Turns a folder of Markdown posts into a blog: bylines, hero images, index pages."""

    supports_multiple_instances = True
    """Each instance in `mkdocs.yml` is a blog of its own (see `blogs`)."""

    def __init__(self) -> None:
        # MkDocs keeps one plugin instance across `mkdocs serve` rebuilds: only the caches
        # live that long (excerpts for --dirty, posts to skip re-reading unchanged files);
        # everything else is per build, in `site`.
        self.excerpts = ExcerptCache()
        self.posts = PostCache()
        self.site: BlogSite | None = None
        self.serving = False

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        # Defining this hook is MkDocs' opt-in to keep this instance across `mkdocs serve`
        # rebuilds, which the caches need. Start each command clean.
        self.excerpts = ExcerptCache()
        self.posts = PostCache(enabled=command == "serve")
        self.serving = command == "serve"

    def on_shutdown(self) -> None:
        self.posts = PostCache()

    # Last: the blog speaks the theme's language as the other plugins leave it (mkdocs-static-
    # i18n sets it, at -100, for each language it builds).
    @event_priority(-110)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        blogs = [
            plugin.config
            for plugin in config.plugins.values()
            if isinstance(plugin, BlogpostsPlugin)
        ]
        self.site = BlogSite(self.config, config, self.excerpts, self.posts, self.serving, blogs)
        return config

    # Early, so plugins that look for pages in on_files (mkdocs-redirects) find the blog's;
    # out of the way of plugins that rebuild the file list from the docs folder
    # (mkdocs-static-i18n, at -100); last, to see the posts every other plugin left.
    @event_priority(50)
    def _on_files_early(self, files: Files, *, config: MkDocsConfig) -> Files:
        return self._site.collect(files)

    @event_priority(-90)
    def _on_files_withdraw(self, files: Files, *, config: MkDocsConfig) -> Files:
        return self._site.withdraw(files)

    @event_priority(-110)
    def _on_files_late(self, files: Files, *, config: MkDocsConfig) -> Files:
        return self._site.collect_late(files)

    on_files = CombinedEvent(_on_files_early, _on_files_withdraw, _on_files_late)

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self._site.link_blog_in_nav(nav)
        return nav

    # Every page is read and rendered to HTML: what lives now lives until the build ends.
    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        gcfreeze.freeze()
        return env

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        self._site.set_page_meta(page)
        self._site.find_latest_blocks(markdown, page)
        return self._site.post_markdown(markdown, page)

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        self._site.remember_excerpt(html, page)
        return html

    # Late: after search has indexed the page, so a search finds each post by its own text
    # (not by its byline, nor again as an excerpt on every listing page showing it).
    @event_priority(-50)
    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        self._site.add_blog_content(page)
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        return self._site.end_page(page, output)

    @event_priority(100)  # first: free memory before search writes its index (peak RSS)
    def _on_post_build_first(self, *, config: MkDocsConfig) -> None:
        # Every page is written: the feeds can hold their HTML. Then the build's catalog,
        # views and cards are no longer needed; only the caches live on, for the next
        # `mkdocs serve` rebuild.
        self._site.finish()
        self.site = None

    @event_priority(-100)  # last: search builds its index with the build's objects frozen
    def _on_post_build_last(self, *, config: MkDocsConfig) -> None:
        gcfreeze.thaw()

    on_post_build = CombinedEvent(_on_post_build_first, _on_post_build_last)

    def on_build_error(self, *, error: Exception) -> None:
        gcfreeze.thaw()

    @property
    def _site(self) -> BlogSite:
        if self.site is None:  # pragma: no cover - MkDocs runs on_config before page events
            raise RuntimeError("blogposts: page event outside a build")
        return self.site
