"""One build of the blog: the glue between MkDocs' files and pages and the pure blog layer."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import posixpath
import zoneinfo
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote as urlquote

import yaml
from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from .authors import (
    AUTHOR_FILE_SUFFIXES,
    REGISTRY_CANDIDATES,
    Registry,
    find_registry,
    load_registry,
)
from .bios import BioRenderer
from .blogs import BlogFolders, overlaps
from .caches import ExcerptCache, PostCache
from .catalog import Catalog, build_catalog, last_changed
from .config import BlogpostsConfig, locale_name
from .dialects.fields import UNHONOURED_KEYS, FieldMap
from .dialects.post_urls import dest_of, post_path, redirect_page
from .dialects.related_links import RelatedLink, resolve_links
from .dialects.toml_matter import strip_toml
from .excerpts import SEPARATORS, cut_excerpt, marked_markdown, split_after_h1
from .feeds import plan as feeds
from .feeds.build import EntrySources, feed_files
from .feeds.entries import FeedInfo, Image, Person, Term, aware
from .feeds.plan import FeedPlan, FeedSettings
from .imagemeta import read_image_facts
from .labels import Labels
from .latest import LatestRequest, find_blocks, more_src_uri, select_posts, unknown_blog
from .listings import (
    AUTHOR,
    INDEX,
    Layout,
    Listing,
    Tabs,
    Titles,
    plan_listings,
    plan_tabs,
)
from .lookahead import Lookahead
from .metadata import (
    PageHead,
    PageMeta,
    head_html,
    head_tags,
    json_ld,
    language_tag,
    meta_elements,
    plain_description,
    script_json,
    without_existing,
)
from .model import Author, Category, ImageRef, Post
from .posts import PostSettings, read_post
from .problems import Problem, decode_utf8, show
from .publishing import SCHEDULED, build_time, unpublished
from .render import (
    ROOT,
    PostFragments,
    Renderer,
    RenderSettings,
    localize,
    make_date_formatter,
    make_environment,
)
from .sidebars import lone_blog_tab
from .urls import is_safe_link, rebase_urls

log = get_plugin_logger(__name__)

_YamlDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's, when PyYAML has it

ASSETS_DIR = Path(__file__).parent / "assets"
CSS_URI = "assets/blogposts/blogposts.css"


class BlogSite:
    """The blog for one build: created in `on_config`, filled in `on_files`, used by the
    page events. A new one per build, so `mkdocs serve` rebuilds from a clean slate."""

    def __init__(
        self,
        options: BlogpostsConfig,
        config: MkDocsConfig,
        excerpts: ExcerptCache,
        posts: PostCache,
        serving: bool = False,
        blogs: Sequence[BlogpostsConfig] = (),
    ) -> None:
        self.options = options
        self.serving = serving
        """Whether this is a `mkdocs serve` build (unpublished posts may be shown)."""
        blogs = list(blogs) or [options]
        self.first = blogs[0] is options
        """Whether this is the site's first blog (or only one): it takes the latest-posts
        blocks that name no blog, and reports what no single blog owns."""
        self.blog_dirs = [blog.blog_dir for blog in blogs]
        if self.first:
            problems = overlaps([BlogFolders(blog.posts_dir, blog.blog_dir) for blog in blogs])
            if problems:
                raise PluginError(f"blogposts: {'; '.join(problems)}")
        self.config = config
        self.excerpts = excerpts
        self.posts = posts
        self.docs_dir = Path(config.docs_dir)
        self.registry_path = find_registry(
            self.docs_dir, options.authors, folders=_registry_folders(options)
        )
        # By identity: two blogs' options may be equal (Config compares as a dict).
        earlier = next((blogs[:i] for i, blog in enumerate(blogs) if blog is options), [])
        self.owns_profiles = not any(
            find_registry(self.docs_dir, blog.authors, folders=_registry_folders(blog))
            == self.registry_path
            for blog in earlier
        )
        """Whether this blog's Markdown profiles (`authors/<slug>.md`) are its author pages:
        of several blogs sharing a folder of profiles, the first; the others generate theirs."""
        if self.registry_path is not None and not _is_inside(self.registry_path, self.docs_dir):
            config.watch.append(str(self.registry_path))
        if CSS_URI not in config.extra_css:
            config.extra_css.append(CSS_URI)
        theme = config.theme
        theme_language = str(theme.get("language") or theme.locale or "en")
        locale = options.locale or locale_name(theme_language)
        if locale is None:  # lenient, as MkDocs is for a locale it has no translations for
            log.warning(
                f"the theme's language {theme_language!r} is not a locale Babel knows, so "
                f"the blog's words and dates are in English; set the plugin's 'locale' "
                f"option to choose their language"
            )
            locale = "en"
        self.locale = locale
        self.format_date = make_date_formatter(locale, options.date_format)
        self.labels = Labels(locale, options.labels)
        self.environment = make_environment(list(theme.dirs), self.labels)
        self.environment.globals["excerpt_lines"] = options.excerpt_lines
        self.titles = titles(options, self.labels)
        self.layout = Layout(
            blog_dir=options.blog_dir,
            per_page=options.posts_per_page,
            list_per_page=options.list_per_page,
            author_pages=options.author_pages,
            author_segment=options.author_segment,
            archive=options.archive,
            titles=self.titles,
        )
        self.files = Files([])
        self.catalog: Catalog = build_catalog(())
        self.tabs: Tabs = plan_tabs(self.catalog, self.layout)
        self.listing_pages: dict[str, Listing] = {}
        """src_uri of the page that shows a listing (generated, or the user's own) -> listing."""
        self.listing_files: dict[str, File] = {}
        """Planned listing src_uri -> the file showing it, for links between listings."""
        self.author_pages: dict[str, str] = {}
        """Author slug -> docs path of the first page of their listing."""
        self.profiles: dict[str, str] = {}
        """Author slug -> docs path of their Markdown profile page."""
        self.profile_slugs: dict[str, str] = {}
        """The reverse: docs path of a profile page -> author slug."""
        self._blog_changed: tuple[dt.date | None] | None = None
        """The newest day any post was published or updated, once computed."""
        self.now = build_time()
        """The build's time: `SOURCE_DATE_EPOCH` when set (see `publishing.build_time`)."""
        self.statuses: dict[str, str] = {}
        """Docs path of each unpublished post -> `draft` or `scheduled`."""
        self.post_heads: dict[str, PageHead] = {}
        """Post src_uri -> its head's tags and JSON-LD, from its fragments until its page is
        written."""
        self.post_bodies: dict[str, str] = {}
        """Docs path of a post being rendered -> its HTML before the header and footer."""
        self.latest_blocks: dict[str, list[LatestRequest]] = {}
        """Docs path of a page -> the latest-posts blocks it asks for (see `latest`)."""
        self.separators = tuple(dict.fromkeys((options.excerpt_separator, *SEPARATORS)))
        """Excerpt markers, the `excerpt_separator` option first."""
        self.moved: dict[str, tuple[str, str, str]] = {}
        """MkDocs' dest_uri of a post `post_url` moved -> (its old URL, its URL, its title)."""
        self.prefix = ""
        """The folder the site is published under in this build (`fr/` in a language build
        of mkdocs-static-i18n), "" normally: where the posts are published (`_site_prefix`)."""
        self.held_back: set[str] = set()
        """Docs paths of the unpublished posts this build gave a draft inclusion."""
        self.withdrawn: list[File] = []
        """Generated pages taken out while other plugins rebuild the file list."""
        self.added: list[File] = []
        """The files this build generated (listings, redirects, the stylesheet)."""
        self.posts_seen: frozenset[tuple[str, str]] = frozenset()
        """Docs paths of the posts `collect` read, to tell whether `collect_late` must."""
        self.notes = _Notes()
        """What `collect` found to say, said once at the end of `on_files`."""
        self.unlisted: dict[str, Post] = {}
        """Docs path -> a post built but in no listing (Docusaurus' `unlisted: true`)."""
        self.lone_blog_tab = False
        """Material's left sidebar would hold the blog's link alone (`sidebars`)."""
        self.authors: dict[str, Author] = {}
        """Slug -> author: the registry's, and those posts describe themselves."""
        self.renderer = self._renderer(Registry())
        self.site_url = _site_root(config.site_url)
        """The site's absolute root URL with a trailing slash (`https://example.org/studio/`),
        None without `site_url`: feeds and social metadata need it."""
        self.feed_settings = FeedSettings(
            formats=feeds.FORMATS if options.feeds is None else tuple(options.feeds),
            families=frozenset(
                family
                for family, wanted in (
                    (feeds.BLOG, True),
                    (feeds.CATEGORY, options.category_feeds),
                    (feeds.TAG, options.tag_feeds),
                    (feeds.AUTHOR, options.author_feeds),
                )
                if wanted
            ),
            entries=options.feed_entries,
            full_content=frozenset(
                family
                for family, content in (
                    (feeds.BLOG, options.feed_content),
                    (feeds.CATEGORY, options.taxonomy_feed_content),
                    (feeds.TAG, options.taxonomy_feed_content),
                    (feeds.AUTHOR, options.taxonomy_feed_content),
                )
                if content == "full"
            ),
        )
        self.zone = zoneinfo.ZoneInfo(options.timezone)
        self.registry = Registry()
        self.feed_plans: list[FeedPlan] = []
        self.feed_posts: set[str] = set()
        """Docs paths of the posts some feed holds: their HTML is kept for the feeds."""
        self.heroes: dict[str, Image | None] = {}
        """Post src_uri -> its hero as feeds and metadata describe it."""
        self.summaries: dict[str, str] = {}
        """Post src_uri -> its excerpt as plain text (meta description, feeds' summary)."""
        self.feed_links: dict[str, str] = {}
        """First page of a listing with a feed -> its discovery links (`ROOT`-relative)."""
        self.fragments: Lookahead[str, PostFragments] | None = None
        """Posts' headers and footers, rendered a run at a time in the order MkDocs writes
        the posts (see `lookahead`); made when the first post is written."""
        self.fragment_pages: dict[str, tuple[Page, Post]] = {}
        """Post src_uri -> the page its fragments are rendered for, and the post."""
        self.resolved_links: dict[str, list[RelatedLink]] = {}
        """Post src_uri -> its `links`, resolved once (each bad one warned about once)."""

    # on_files -------------------------------------------------------------------------------

    def collect(self, files: Files) -> Files:
        """Read every post and the authors registry, index them, and add the generated pages.

        Runs early in `on_files`, so plugins that look for pages there (mkdocs-redirects)
        find the blog's; `collect_late` runs it again if other plugins changed the posts
        after it (mkdocs-gen-files adds some, mkdocs-static-i18n keeps one language's and
        moves the site under a language folder). Messages wait in `notes` until the last
        pass."""
        for old in self.added:  # a second pass: this build's generated files go first
            if files.src_uris.get(old.src_uri) is old:
                files.remove(old)
        self.added, self.withdrawn = [], []
        self.listing_pages, self.listing_files, self.author_pages = {}, {}, {}
        self.notes = _Notes()
        self.prefix = _site_prefix(files, self.options.posts_dir)
        self.files = files
        registry = Registry()
        if self.registry_path is not None:
            registry = load_registry(self.registry_path, self.docs_dir, files.src_uris)
            self._unpublish_registry_file(files)
        posts, problems = self._read_posts(files, registry)
        problems += self._mdx_posts(files)
        # Authors a post describes itself (a display name, an inline object) need no registry.
        if self.registry_path is None and any(_names_registry_authors(post) for post in posts):
            problems.append(
                Problem(
                    self.options.authors or "authors.yml",
                    None,
                    "posts name authors but there is no authors registry (looked for "
                    f"{', '.join(REGISTRY_CANDIDATES)} in "
                    f"{', '.join(f'{f}/' for f in _registry_folders(self.options))} and "
                    "docs_dir); bylines show author slugs",
                )
            )
        _report_unread_keys(posts, self.notes)
        self.now = build_time()
        self.statuses = unpublished(posts, self.now, self.options.future_posts)
        shown = self.serving and self.options.drafts
        published = posts if shown else [p for p in posts if p.src_uri not in self.statuses]
        # Docusaurus' `unlisted`: built and reachable by its URL, in no listing or feed.
        self.unlisted = {post.src_uri: post for post in published if post.unlisted}
        for src_uri in self.unlisted:
            self.notes.info(
                f"{src_uri}: unlisted, so its page is built but no listing or feed shows it"
            )
        self.catalog = build_catalog(p for p in published if not p.unlisted)
        for problem in [*registry.problems, *problems, *self.catalog.problems]:
            self.notes.warning(str(problem))
        self.excerpts.keep_only(str(self.docs_dir), self.catalog.by_src_uri)
        out_of_nav = [] if self.options.posts_in_nav else [*self.catalog.by_src_uri, *self.unlisted]
        for src_uri in [*out_of_nav, *registry.profile_pages]:
            file = files.src_uris.get(src_uri)
            if file is not None and file.inclusion.is_in_nav():
                file.inclusion = InclusionLevel.NOT_IN_NAV
        self._hold_back_unpublished(files, posts, shown)
        self.tabs = plan_tabs(self.catalog, self.layout, registry.authors)
        self._add_listings(files, registry)
        self._add_redirects(files)
        self._report_authors_without_pages(registry)
        self.authors = _with_inline_authors(registry.authors, posts)
        self.renderer = self._renderer(registry)
        self.registry = registry
        self._plan_feeds()
        if files.get_file_from_path(CSS_URI) is None:
            self._add(
                files,
                File.generated(
                    self.config, CSS_URI, abs_src_path=str(ASSETS_DIR / "blogposts.css")
                ),
            )
        self.posts_seen = self._post_files(files)
        return files

    def withdraw(self, files: Files) -> Files:
        """Before the plugins that rebuild the file list from the docs folder run (late in
        `on_files`: mkdocs-static-i18n makes one language's list), take the generated
        pages out: they have no file there to rebuild them from. `collect_late` puts them
        back, or makes them again for the list those plugins made."""
        self.withdrawn = [f for f in self.added if f.is_documentation_page()]
        for file in self.withdrawn:
            if files.src_uris.get(file.src_uri) is file:
                files.remove(file)
        return files

    def collect_late(self, files: Files) -> Files:
        """Last in `on_files`: read the posts again only if other plugins changed them since
        `collect` (added, removed or moved), else put the withdrawn pages back; then say
        what was found, once. O(files) when nothing changed."""
        prefix = _site_prefix(files, self.options.posts_dir)
        if self._post_files(files) != self.posts_seen or prefix != self.prefix:
            files = self.collect(files)
        else:
            for file in self.withdrawn:
                files.append(file)
        self.withdrawn = []
        self.notes.flush()
        return files

    def _post_files(self, files: Files) -> frozenset[tuple[str, str]]:
        """Docs paths and destinations of the files that would be posts, wherever a plugin
        put them (see `_is_post`): what a later pass compares."""
        folder = f"{self.options.posts_dir}/" if self.options.posts_dir else ""
        return frozenset(
            (file.src_uri, file.dest_uri)
            for file in files.documentation_pages()
            if f"/{folder}" in f"/{file.src_uri}" or f"/{folder}" in f"/{file.dest_uri}"
        )

    def _relocate(self, file: File) -> File:
        """A generated page published under this build's site folder (`fr/` in a language
        build of mkdocs-static-i18n, see `_site_prefix`), its docs path unchanged."""
        if self.prefix:
            url = file.url  # before the destination changes: MkDocs derives one from it
            file.dest_uri = self.prefix + file.dest_uri
            file.url = urlquote(self.prefix) + url
            file.abs_dest_path = os.path.normpath(os.path.join(file.dest_dir, file.dest_uri))
        return file

    def _add(self, files: Files, file: File) -> None:
        """Add a file the blog generates, remembered so a second `collect` replaces it."""
        files.append(file)
        self.added.append(file)

    def _hold_back_unpublished(self, files: Files, posts: list[Post], shown: bool) -> None:
        """Give each unpublished post MkDocs' own draft inclusion: `mkdocs build` leaves it
        out (no page, search entry or sitemap entry), `mkdocs serve` shows it with MkDocs'
        DRAFT marker, unless `drafts: false` keeps it out of serve too. Each is named once,
        at INFO: drafts are normal, not a problem."""
        dates = {post.src_uri: post.date for post in posts}
        for src_uri, status in self.statuses.items():
            file = files.src_uris.get(src_uri)
            if file is not None:
                file.inclusion = InclusionLevel.DRAFT if shown else InclusionLevel.EXCLUDED
                self.held_back.add(src_uri)
            date = dates.get(src_uri)
            when = f" (dated {date:%Y-%m-%d %H:%M})" if status == SCHEDULED and date else ""
            where = "shown by mkdocs serve only" if shown else "left out of the site"
            self.notes.info(f"{src_uri}: {status}{when}, not published; {where}")

    def _unpublish_registry_file(self, files: Files) -> None:
        """Keep a registry file in the docs folder (`authors.yml`, or a registry folder's
        `<slug>.yml`/`.json` data files) out of the built site: it is the plugin's input, not
        a page, and may hold e-mail addresses. Avatars and Markdown profiles stay: the site
        shows them."""
        if self.registry_path is None or not _is_inside(self.registry_path, self.docs_dir):
            return
        src_uri = Path(os.path.relpath(self.registry_path, self.docs_dir)).as_posix()
        if self.registry_path.is_dir():
            prefix = "" if src_uri == "." else f"{src_uri}/"
            data = [
                file
                for name, file in files.src_uris.items()
                if name.startswith(prefix)
                and "/" not in name[len(prefix) :]
                and name.lower().endswith(AUTHOR_FILE_SUFFIXES)
            ]
        else:
            data = [file] if (file := files.src_uris.get(src_uri)) else []
        for file in data:
            if not file.is_documentation_page():
                file.inclusion = InclusionLevel.EXCLUDED

    def _mdx_posts(self, files: Files) -> list[Problem]:
        """Docusaurus' `.mdx` posts: MkDocs does not render MDX (it would copy the file as
        it is), so each is named, never silently left out of the blog. O(files)."""
        prefix = f"{self.options.posts_dir}/" if self.options.posts_dir else ""
        return [
            Problem(
                file.src_uri,
                None,
                "is MDX, which MkDocs does not render, so it is not a post; rename it to .md "
                "(MDX-only syntax such as imports and components is then shown as text)",
            )
            for file in files
            if file.src_uri.startswith(prefix) and file.src_uri.lower().endswith(".mdx")
        ]

    def _read_posts(self, files: Files, registry: Registry) -> tuple[list[Post], list[Problem]]:
        """Read every post's front matter, once, before any page renders. O(posts).

        Under `mkdocs serve`, posts whose file is unchanged since the last build are not
        read again (see `PostCache`)."""
        settings = PostSettings(
            tuple(self.options.date_formats),
            self.options.words_per_minute,
            FieldMap.with_extra(self.options.fields),
        )
        known_authors = registry.authors if self.registry_path is not None else None
        if self.posts.enabled:
            self.posts.start_build(
                (
                    settings,
                    None if known_authors is None else frozenset(known_authors),
                    # What `image` paths are checked against: adding a post keeps the others.
                    frozenset(f.src_uri for f in files if not f.is_documentation_page()),
                )
            )
        posts: list[Post] = []
        problems: list[Problem] = []
        posts_by_url: dict[str, str] = {}
        # Posts an earlier pass of this build held back are read again (and said again).
        for file in files.documentation_pages(
            inclusion=lambda level: level.is_included() or level is InclusionLevel.EXCLUDED
        ):
            if not file.inclusion.is_included() and file.src_uri not in self.held_back:
                continue
            if not self._is_post(file, registry):
                continue
            path = file.abs_src_path
            stamp = self.posts.stamp(path)
            cached = self.posts.get(file.src_uri, path, stamp)
            if cached is None:
                text = _read_text(file, problems)
                if text is None:
                    continue
                post, post_problems = read_post(
                    file.src_uri, text, files.src_uris, known_authors, settings
                )
                # Not when the file's text was replaced in memory (bytes that are not UTF-8).
                if file.abs_src_path is not None:
                    self.posts.put(file.src_uri, path, stamp, post, tuple(post_problems))
            else:
                post, post_problems = cached[0], list(cached[1])
            posts.append(post)
            problems.extend(post_problems)
            self._place(file, post)
            other = posts_by_url.setdefault(file.dest_uri, file.src_uri)
            if other != file.src_uri:
                problems.append(
                    Problem(
                        file.src_uri,
                        None,
                        f"is published at the same URL ({file.url}) as {other}, so one "
                        "overwrites the other; rename one of them",
                    )
                )
        self.posts.keep_only({post.src_uri for post in posts})
        return posts, problems

    def _place(self, file: File, post: Post) -> None:
        """Publish the post at its `post_url` (see `dialects.post_urls`). Links to it keep
        resolving: MkDocs finds files by their docs path and writes each one's `url`."""
        pattern = self.options.post_url
        if not pattern:
            return
        path = post_path(pattern, post, self.options.blog_dir, self.options.post_url_date_format)
        if path is None:
            return
        dest_uri, url = dest_of(path, self.config.use_directory_urls)
        if dest_uri == file.dest_uri:
            return
        if self.options.post_url_redirects:
            self.moved[file.dest_uri] = (file.url, url, post.title)
        file.dest_uri = dest_uri
        file.url = url
        file.abs_dest_path = os.path.normpath(os.path.join(file.dest_dir, dest_uri))

    def _add_redirects(self, files: Files) -> None:
        """With `post_url_redirects`, a small page at each moved post's MkDocs URL sending
        readers (and search engines: `rel=canonical`, no index) to where it is now. A static
        file, not a themed page: no render per post."""
        if not self.moved:
            return
        taken = {file.dest_uri for file in files}  # once: O(files)
        for old_dest, (old_url, new_url, title) in self.moved.items():
            if old_dest in taken:
                self.notes.warning(
                    f"{old_dest}: no redirect written for {title!r}: another file is there"
                )
                continue
            html = redirect_page(get_relative_url(new_url, old_url), title, self.locale)
            self._add(files, File.generated(self.config, old_dest, content=html))

    def _is_post(self, file: File, registry: Registry) -> bool:
        """A Markdown file below `posts_dir`, other than an `index.md` right in it: in the
        docs folder, or, when a plugin lays the docs out its own way (mkdocs-static-i18n's
        `en/posts/x.md`, published at `posts/x/`), where it is published."""
        folder = f"{self.options.posts_dir}/" if self.options.posts_dir else ""
        if file.src_uri in registry.profile_pages:
            return False
        if file.src_uri.startswith(folder):
            return file.src_uri != f"{folder}index.md"
        published = file.dest_uri.removeprefix(self.prefix)
        return (
            bool(folder)
            and published.startswith(folder)
            and posixpath.basename(file.src_uri).lower() != "index.md"
        )

    def _add_listings(self, files: Files, registry: Registry) -> None:
        """Generate each listing page, unless the user has a page at that URL: then the
        listing goes below their content. An author's Markdown profile is their page."""
        pages_by_dest = {page.dest_uri: page for page in files.documentation_pages()}
        self.profiles = {
            posixpath.splitext(posixpath.basename(src_uri))[0]: src_uri
            for src_uri in registry.profile_pages
        }
        self.profile_slugs = {src_uri: slug for slug, src_uri in self.profiles.items()}
        profile_pages = self.profiles if self.owns_profiles else {}
        for listing in plan_listings(self.catalog, self.layout, registry.authors, profile_pages):
            if listing.kind == AUTHOR and listing.author is not None and listing.page == 1:
                self.author_pages[listing.author] = listing.src_uri
            target = files.src_uris.get(listing.src_uri)
            if target is None or target.generated_by is not None:
                inclusion = InclusionLevel.INCLUDED if listing.in_nav else InclusionLevel.NOT_IN_NAV
                # The body is the escaped title as an H1: the page's heading in every theme,
                # and what search indexes (cards are added after search has seen the page).
                generated = self._relocate(
                    File.generated(
                        self.config,
                        listing.src_uri,
                        content=f"---\n{_yaml_title(listing.title)}---\n\n"
                        f"<h1>{escape(listing.title)}</h1>\n",
                        inclusion=inclusion,
                    )
                )
                target = pages_by_dest.get(generated.dest_uri)
                if target is None:
                    self._add(files, generated)
                    target = generated
            if target.generated_by is None:
                # The user's own page shows a listing, which changes with other files: giving
                # it in-memory content makes `mkdocs serve --dirty` rebuild it every time.
                # Its path stays: plugins find the file by it (mkdocs-static-i18n needs it).
                source = target.abs_src_path
                target.content_string = target.content_string
                target.abs_src_path = source
            self.listing_files[listing.src_uri] = target
            self.listing_pages[target.src_uri] = listing

    def _report_authors_without_pages(self, registry: Registry) -> None:
        """One warning per registry author with posts who gets no page: their slug has no
        letters or digits for a URL, or makes the same URL as another author's."""
        if not self.layout.author_pages or self.registry_path is None:
            return
        for slug in registry.authors:
            if slug in self.catalog.posts_by_author and slug not in self.author_pages:
                self.notes.warning(
                    f"{registry.place_of(slug)}: author "
                    f"{show(slug)} gets no author page: the slug has no letters or digits "
                    "for a URL, or makes the same URL as another author's; bylines link to "
                    "their url (rename the slug to give them a page)"
                )

    def _renderer(self, registry: Registry) -> Renderer:
        # Partials over the data they read, not bound methods: a renderer that referred
        # back to this site would make a cycle, and the build's catalog, views and cards
        # would outlive `on_post_build` until the garbage collector's next full pass.
        return Renderer(
            self.environment,
            self.catalog,
            self.authors,
            self.format_date,
            RenderSettings(
                layout=self.layout,
                show_reading_time=self.options.reading_time,
                locale=self.locale,
                related_posts=self.options.related_posts,
            ),
            site_url_of=functools.partial(site_url_of, self.listing_files, self.files),
            excerpt_of=functools.partial(excerpt_of, self.excerpts),
            author_pages=self.author_pages,
            statuses=self.statuses,
            image_size_of=functools.partial(image_size_of, self.files),
            bio_html_of=functools.partial(
                bio_html_of,
                BioRenderer(
                    self.config.markdown_extensions,
                    self.config.mdx_configs,
                    on_fallback=log.warning,
                ),
                self.files,
                self.profiles,
            ),
        )

    # on_nav ---------------------------------------------------------------------------------

    def link_blog_in_nav(self, nav: Navigation) -> None:
        """In MkDocs' automatic navigation, show the blog as one link rather than a section.

        The automatic nav turns the `blog/` folder into a section holding only the blog
        index; that section becomes the index page itself. Themes render the whole nav into
        every page of the site, and a section costs more there than a link (about 5% of a
        1,000-post build in Material). The other listings are linked from the blog's tabs.
        A section that also holds the user's own pages, or an explicit `nav:`, is left alone.
        """
        page = self._blog_index_page()
        self._link_blog(nav, page)
        theme = self.config.theme
        self.lone_blog_tab = lone_blog_tab(page, nav.pages, theme.name, theme.get("features"))

    def _link_blog(self, nav: Navigation, page: Page | None) -> None:
        if self.config.nav is not None or page is None:
            return
        section = page.parent
        if not isinstance(section, Section) or len(section.children) != 1:
            return
        siblings = nav.items if section.parent is None else section.parent.children
        siblings[:] = [page if item is section else item for item in siblings]
        page.parent = section.parent

    # page events ----------------------------------------------------------------------------

    def post_of(self, page: Page) -> Post | None:
        src_uri = page.file.src_uri
        return self.catalog.by_src_uri.get(src_uri) or self.unlisted.get(src_uri)

    def set_page_meta(self, page: Page) -> None:
        """Give posts and generated pages an escaped title (and description).

        Themes print `page.meta.title`/`page.title` and `page.meta.description` without
        escaping (MkDocs' theme environment has no autoescape), so a `<script>` title would run.
        An escaped `Markup` shows the text as written in unescaping and autoescaping templates
        alike. Values of the wrong type are replaced by the validated ones, so no theme ever
        stringifies a huge YAML structure (an alias bomb) into the page.
        """
        self._set_update_date(page)
        post = self.post_of(page)
        if post is not None:
            page.meta["title"] = escape(post.title)
            _set_parsed_dates(page.meta, post)
            for key in ("description", "author", "tags"):
                page.meta.pop(key, None)
            if post.tags:
                # The validated labels, escaped: Material's tags plugin stops the build on a
                # `tags:` string, and its theme prints tag names unescaped.
                page.meta["tags"] = [escape(tag.label) for tag in post.tags]
            if post.description:
                page.meta["description"] = escape(post.description)
            if post.author_slugs:  # Material's <meta name="author">: names, not slugs
                names = [self.renderer.author_name(slug) for slug in post.author_slugs]
                page.meta["author"] = escape(", ".join(names))
            return
        listing = self.listing_pages.get(page.file.src_uri)
        if listing is not None and page.file.generated_by is not None:
            page.meta["title"] = escape(listing.title)
        if listing is not None and "hide" not in page.meta:
            # A listing has no headings of its own for a table of contents: Material would
            # keep an empty column beside the cards (its `hide` meta; other themes ignore it),
            # and a navigation column holding only "Blog" when the blog is a tab of its own.
            # An author's own profile page is a listing too, unless its front matter decides.
            page.meta["hide"] = ["toc", "navigation"] if self.lone_blog_tab else ["toc"]
        slug = self.profile_slugs.get(page.file.src_uri)
        if slug is not None:
            # A Markdown profile is titled by the author's `name:`, never by its file name
            # ("Ana lopez"), whether or not it is their author page.
            page.meta["title"] = escape(self.renderer.author_name(slug))

    def _set_update_date(self, page: Page) -> None:
        """The page's `<lastmod>` in MkDocs' sitemap: a post's updated (else publication)
        date, a listing's newest such date among its posts (an overview's: the blog's),
        instead of the build date that would make every blog page look changed."""
        post = self.post_of(page)
        listing = self.listing_pages.get(page.file.src_uri)
        if post is not None:
            day = last_changed((post,))
        elif listing is None:
            return
        elif listing.posts:
            day = last_changed(listing.posts)
        else:
            if self._blog_changed is None:  # once per build: O(n)
                self._blog_changed = (last_changed(self.catalog.dated),)
            day = self._blog_changed[0]
        if day is not None:
            # Never after the build: MkDocs dates sitemap.xml.gz by the newest page, and a
            # post dated 2999 (published with `future_posts: publish`) would overflow gzip's
            # 32-bit time field and stop the build.
            page.update_date = min(day, self.now.date()).isoformat()

    def post_markdown(self, markdown: str, page: Page) -> str:
        """A post's Markdown as MkDocs should render it: without Hugo's TOML front matter
        (MkDocs reads only YAML's and would print it), with other tools' excerpt markers
        made one it keeps (see `excerpts.marked_markdown`)."""
        post = self.post_of(page)
        if post is None:
            return markdown
        return marked_markdown(strip_toml(markdown), post.excerpt_separator)

    def find_latest_blocks(self, markdown: str, page: Page) -> None:
        """Note the latest-posts blocks a page asks for (filled in `add_blog_content`, once
        every post is rendered); report the ones that cannot be read."""
        blocks = []
        if "<!-- blogposts latest" in markdown:
            for block in find_blocks(page.file.src_uri, markdown, _source_of(page.file)):
                if isinstance(block, Problem):
                    if self.first:  # one warning, however many blogs the site has
                        log.warning(str(block))
                elif block.blog == self.options.blog_dir or (block.blog is None and self.first):
                    blocks.append(block)
                elif self.first and block.blog not in self.blog_dirs:
                    log.warning(str(unknown_blog(page.file.src_uri, block, self.blog_dirs)))
        if blocks:
            self.latest_blocks[page.file.src_uri] = blocks
        else:
            self.latest_blocks.pop(page.file.src_uri, None)

    def remember_excerpt(self, html: str, page: Page) -> None:
        """Cut a post's excerpt from its freshly rendered body, for the listings."""
        post = self.post_of(page)
        if post is not None:
            excerpt, marked = cut_excerpt(html, self.separators)
            self.excerpts.entries[post.src_uri] = (page.file.url, excerpt)
            if marked:
                self.excerpts.marked.add(post.src_uri)
            else:
                self.excerpts.marked.discard(post.src_uri)

    def add_blog_content(self, page: Page) -> None:
        """Put title, byline and hero above a post's body and the way onward (newer, older,
        the blog) below it; append a listing page's cards.

        Runs after search has indexed the page: search snippets start with the post's own
        text rather than its byline, and search parses each listing once, without cards.
        """
        self._mark_blog_active(page)
        self._fill_latest_blocks(page)
        post = self.post_of(page)
        if post is not None:
            heading, body = split_after_h1(page.content or "")
            lookahead = self._post_fragments()
            self.fragment_pages[post.src_uri] = (page, post)  # the page being written wins
            fragments = lookahead.take(post.src_uri)
            header, footer = fragments.header, fragments.footer
            # Rendered ahead from the page as it was then; another plugin may have changed it.
            if fragments.page_url != page.file.url or fragments.show_title != (not heading):
                header = self.renderer.post_header(post, page.file.url, not heading)
            if fragments.page_url != page.file.url:
                footer = self._render_footer(post, page.file.url)
            elif fragments.head is not None:
                self.post_heads[post.src_uri] = fragments.head
            self.post_bodies[page.file.src_uri] = page.content or ""
            summary = self._description(post)
            if summary and not post.description:
                # The theme's <meta name="description">: the excerpt rather than the site's.
                page.meta["description"] = escape(summary)
            if post.src_uri in self.feed_posts:
                self.excerpts.bodies[post.src_uri] = (page.file.url, body)
            page.content = heading + header + body + footer
            return
        listing = self.listing_pages.get(page.file.src_uri)
        if listing is None:
            return
        featured: tuple[Post, ...] = ()
        if listing.kind == INDEX and listing.page == 1:
            featured = self.catalog.featured[: self.options.featured_on_index]
        page.content = self.renderer.listing(
            listing, page.file.url, page.content or "", featured=featured, tabs=self.tabs
        )

    def _post_fragments(self) -> Lookahead[str, PostFragments]:
        """The posts' fragments, in the order MkDocs writes its pages (its file list's)."""
        if self.fragments is None:
            self.fragment_pages = {
                file.src_uri: (file.page, post)
                for file in self.files.documentation_pages()
                if file.page is not None and (post := self.post_of(file.page)) is not None
            }
            self.fragments = Lookahead(list(self.fragment_pages), self._render_post_fragments)
        return self.fragments

    def _render_post_fragments(self, src_uri: str) -> PostFragments:
        """A post's header, footer and head metadata, for its page as it is now (every
        page's HTML is rendered before the first is written)."""
        page, post = self.fragment_pages[src_uri]
        url = page.file.url
        show_title = not split_after_h1(page.content or "")[0]
        return PostFragments(
            page_url=url,
            show_title=show_title,
            header=self.renderer.post_header(post, url, show_title),
            footer=self._render_footer(post, url),
            head=self._page_head(page, None),
        )

    def _render_footer(self, post: Post, page_url: str) -> str:
        return self.renderer.post_footer(
            post,
            page_url,
            self.tabs.blog.src_uri,
            self.titles.blog,
            links=self._related_links(post),
        )

    def _related_links(self, post: Post) -> list[RelatedLink]:
        """The post's `links` resolved against the site's files; each bad one a warning."""
        if not post.links:
            return []
        links = self.resolved_links.get(post.src_uri)
        if links is None:
            links, problems = resolve_links(post, self.files.src_uris, self._post_title)
            for problem in problems:
                log.warning(str(problem))
            self.resolved_links[post.src_uri] = links
        return links

    def _post_title(self, src_uri: str) -> str | None:
        post = self.catalog.by_src_uri.get(src_uri)
        return post.title if post else None

    def _fill_latest_blocks(self, page: Page) -> None:
        """Replace each latest-posts block's comment with the posts it asks for."""
        for block in self.latest_blocks.get(page.file.src_uri, ()):
            posts, problem = select_posts(self.catalog, block, page.file.src_uri)
            if problem is not None:
                log.warning(str(problem))
            more = more_src_uri(block, self.layout, self.author_pages, self.tabs.blog.src_uri)
            html = self.renderer.latest(block, posts, page.file.url, more)
            page.content = (page.content or "").replace(block.comment, html, 1)

    def _mark_blog_active(self, page: Page) -> None:
        """While a post or listing page renders, mark the blog index (and so its nav link and
        tab, in every theme reading `nav_item.active`) active, as MkDocs marks the page being
        rendered: the reader sees they are in the blog. `end_page` clears it."""
        blog_page = self._blog_index_page()
        src_uri = page.file.src_uri
        is_blog_page = src_uri in self.catalog.by_src_uri or src_uri in self.listing_pages
        if blog_page is not None and blog_page is not page and is_blog_page:
            blog_page.active = True

    def _blog_index_page(self) -> Page | None:
        index_file = self.listing_files.get(self.tabs.blog.src_uri)
        return None if index_file is None else index_file.page

    def end_page(self, page: Page, output: str) -> str:
        """After a page is written: clear the blog's active mark (MkDocs clears the page's
        own), and drop a listing page's HTML: MkDocs keeps every page's content until the
        build ends, and nothing reads a listing's after it is written (search indexed it
        before the cards were added). Saves ~24 KB a listing page at peak memory."""
        blog_page = self._blog_index_page()
        if blog_page is not None and blog_page is not page and blog_page.active:
            blog_page.active = False
        if page.file.src_uri in self.listing_pages:
            page.content = None
        body = self.post_bodies.pop(page.file.src_uri, None)
        if body is not None:
            # A post keeps its own HTML, as in a plain build, for plugins that read it at
            # the end of the build; its header and footer (~3 KB) are freed.
            page.content = body
        return self._add_to_head(page, output)

    def _add_to_head(self, page: Page, output: str) -> str:
        """What the blog adds to a page's `<head>`: the feeds' discovery links on every page
        of the site (the blog's, and a category's, tag's or author's own on their pages),
        and social and search metadata on posts and listings (see `metadata`)."""
        end = output.find("</head>")
        if end == -1 or self.site_url is None:
            return output
        blog = self.layout.under("index.md")
        links = self.feed_links.get(blog, "")
        listing = self.listing_pages.get(page.file.src_uri)
        if listing is not None and listing.series and listing.series[0] != blog:
            links += self.feed_links.get(listing.series[0], "")
        head = self.post_heads.pop(page.file.src_uri, None) or self._page_head(page, listing)
        if head is not None:
            tags = without_existing(head[0], output[:end])
            data = Markup(head[1])
            if self.renderer.is_overridden("head.html"):
                links += self.renderer.render(
                    "head.html", tags=tags, meta_elements=meta_elements(tags), json_ld=data
                )
            else:  # the same HTML, without a template render on every page
                links += str(head_html(meta_elements(tags), data))
        if not links:
            return output
        # Plain strings: a Markup operand would make `+` escape the page.
        return output[:end] + str(localize(links, page.file.url)) + output[end:]

    def _page_head(self, page: Page, listing: Listing | None) -> PageHead | None:
        """A post's or listing's meta tags and JSON-LD (escaped for a script element), None
        for other pages and without `site_url`."""
        meta = self._page_meta(page, listing) if self.site_url is not None else None
        return None if meta is None else (head_tags(meta), script_json(json_ld(meta)))

    def _page_meta(self, page: Page, listing: Listing | None) -> PageMeta | None:
        """A post's or listing's social and search metadata, None for other pages."""
        post = self.post_of(page)
        url = (self.site_url or "") + page.file.url
        blog_url = self._absolute_url(self.tabs.blog.src_uri)
        if post is not None:
            image = self._feed_image(post)
            published = aware(post.date, post.date_zone or self.zone) if post.date else None
            return PageMeta(
                kind="article",
                title=post.title,
                description=self._description(post),
                url=url,
                site_name=self.config.site_name,
                locale=self.locale,
                image_url=image.url if image else None,
                image=image.facts if image else None,
                image_alt=post.image_alt or "",
                published=published,
                modified=aware(post.updated, post.updated_zone or self.zone)
                if post.updated
                else published,
                authors=[
                    (person.name, person.url)
                    for person in map(self._feed_person, post.author_slugs)
                ],
                section=post.categories[0].label if post.categories else None,
                tags=[term.label for term in (*post.categories, *post.tags)],
                blog_name=self.titles.blog,
                blog_url=blog_url,
            )
        if listing is None or listing.page > 1:
            # A listing is shared and indexed by its first page; later pages are the same
            # listing further on (linked rel="next"), not something to describe again.
            return None
        shown = next((p for p in listing.posts if p.image is not None), None)
        image = self._feed_image(shown) if shown else None
        return PageMeta(
            kind="website",
            title=listing.title,
            description=self.config.site_description or None,
            url=url,
            site_name=self.config.site_name,
            locale=self.locale,
            image_url=image.url if image else None,
            image=image.facts if image else None,
            blog_name=self.titles.blog,
            blog_url=blog_url,
        )

    def _description(self, post: Post) -> str | None:
        """The post's `description`, else its excerpt as plain text, trimmed; once a post."""
        if post.description:
            return post.description
        summary = self.summaries.get(post.src_uri)
        if summary is None:
            _, html = self.excerpts.entries.get(post.src_uri, ("", ""))
            summary = self.summaries[post.src_uri] = plain_description(html)
        return summary or None

    # feeds ----------------------------------------------------------------------------------

    def _plan_feeds(self) -> None:
        """Which feeds the blog has (see `feeds.plan`); without `site_url` none, and one line
        says why: INFO while feeds are merely on by default, a WARNING when asked for."""
        self.feed_plans, self.feed_posts, self.feed_links = [], set(), {}
        if not self.feed_settings.formats:
            return
        if self.site_url is None:
            asked = self.options.feeds is not None
            (self.notes.warning if asked else self.notes.info)(
                "feeds need absolute URLs, so none is written: set site_url in mkdocs.yml "
                f"(e.g. https://example.org/) to publish {self.layout.under('rss.xml')} and "
                "the blog's other feeds"
            )
            return
        self.feed_plans = feeds.plan_feeds(
            self.catalog,
            self.layout,
            self.feed_settings,
            self.registry.authors,
            self.author_pages,
            self.statuses,
        )
        self.feed_posts = feeds.posts_in_feeds(self.feed_plans)
        self.excerpts.keep_only_bodies(self.feed_posts)
        for plan in self.feed_plans:
            self.feed_links[plan.page_src_uri] = self.renderer.render(
                "feed_links.html",
                feeds=[
                    {
                        "type": feeds.MEDIA_TYPES[fmt],
                        "title": f"{plan.title} ({FORMAT_NAMES[fmt]})",
                        "href": ROOT + self.prefix + plan.path(fmt),
                    }
                    for fmt in self.feed_settings.formats
                ],
            )

    def finish(self) -> None:
        """The build's last step: write the feeds, then let go of the lookahead, whose
        compute function (a bound method) would keep this whole build alive in a reference
        cycle until the next full collection (peak memory)."""
        self.write_feeds()
        self.fragments, self.fragment_pages = None, {}

    def write_feeds(self) -> None:
        """Write every feed into the built site, once per build, after every page is
        rendered (their HTML is what the entries hold). O(feeds x entries)."""
        if not self.feed_plans:
            return
        site_dir = Path(self.config.site_dir)
        sources = EntrySources(
            url_of=self._absolute_url,
            content_of=self._feed_content,
            summary_of=self._feed_summary,
            person_of=self._feed_person,
            image_of=self._feed_image,
            term_of=self._feed_term,
            zone=self.zone,
        )
        settings = self.feed_settings
        for path, data in feed_files(
            self.feed_plans, settings.formats, settings.full_content, self._feed_info, sources
        ):
            target = site_dir / (self.prefix + path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)

    def _absolute_url(self, src_uri: str) -> str | None:
        site_url = site_url_of(self.listing_files, self.files, src_uri)
        return None if site_url is None or self.site_url is None else self.site_url + site_url

    def _feed_content(self, post: Post) -> str:
        """The whole post as rendered (without byline, hero and footer), links absolute;
        "" if it was not rendered (the entry then holds its excerpt)."""
        page_url, body = self.excerpts.bodies.get(post.src_uri, ("", ""))
        return rebase_urls(body, page_url, "", prefix=self.site_url or "") if body else ""

    def _feed_summary(self, post: Post) -> tuple[str, str]:
        """The post's `description`, else its excerpt: as HTML (links absolute) and as
        plain text."""
        html = excerpt_of(self.excerpts, post, prefix=self.site_url or "")
        return html, self._description(post) or ""

    def _feed_person(self, slug: str) -> Person:
        author = self.authors.get(slug)
        if author is None:
            return Person(slug)
        page = self.author_pages.get(slug)
        url = self._absolute_url(page) if page else None
        if url is None and author.url and is_safe_link(author.url) and "://" in author.url:
            url = author.url
        avatar = (
            self._image_url(author.avatar.target, author.avatar.external) if author.avatar else None
        )
        return Person(author.name, url, author.email, avatar)

    def _image_url(self, target: str, external: bool) -> str | None:
        return target if external else self._absolute_url(target)

    def _feed_image(self, post: Post) -> Image | None:
        """The hero as an absolute URL, with the file's size, type and dimensions; once a
        post (its page's metadata and each feed holding it ask)."""
        if post.image is None:
            return None
        if post.src_uri in self.heroes:
            return self.heroes[post.src_uri]
        self.heroes[post.src_uri] = image = self._hero(post.image)
        return image

    def _hero(self, hero: ImageRef) -> Image | None:
        url = self._image_url(hero.target, hero.external)
        if url is None:
            return None
        file = None if hero.external else self.files.src_uris.get(hero.target)
        facts = read_image_facts(file.abs_src_path if file and file.abs_src_path else url)
        return Image(url, facts)

    def _feed_term(self, taxonomy: str, term: Category) -> Term:
        """A post's category or tag as feeds name it: the catalog's spelling and its page."""
        if taxonomy == "category":
            term = self.catalog.categories.get(term.slug, term)
            page = self.layout.category_src_uri(term)
        else:
            term = self.catalog.tags.get(term.slug, term)
            page = self.layout.tag_src_uri(term)
        return Term(term.label, term.slug, self._absolute_url(page))

    def _feed_info(self, plan: FeedPlan, newest: dt.datetime | None) -> FeedInfo:
        site_url = self.site_url or ""
        return FeedInfo(
            title=f"{plan.title} - {self.config.site_name}",
            description=self.config.site_description or None,
            home_url=self._absolute_url(plan.page_src_uri) or site_url,
            feed_urls={
                fmt: site_url + self.prefix + plan.path(fmt) for fmt in self.feed_settings.formats
            },
            updated=newest or aware(self.now.replace(tzinfo=None), dt.timezone.utc),
            language=language_tag(self.locale),
            icon=self._theme_image("favicon"),
            logo=self._theme_image("logo"),
        )

    def _theme_image(self, key: str) -> str | None:
        """The absolute URL of the theme's `favicon` or `logo`, when the site has that file.
        MkDocs' own themes have no `favicon` option: their pages link `img/favicon.ico`."""
        value = self.config.theme.get(key)
        if key == "favicon" and not value:
            value = "img/favicon.ico"
        if not isinstance(value, str) or not value:
            return None
        if "://" in value:
            return value if is_safe_link(value) else None
        file = self.files.src_uris.get(value.lstrip("/"))
        return None if file is None else self._absolute_url(file.src_uri)


def titles(options: BlogpostsConfig, labels: Labels) -> Titles:
    """The generated pages' titles: each `*_title` option, else its label."""
    return Titles(
        blog=options.blog_title or labels.text("blog"),
        categories=options.categories_title or labels.text("categories"),
        featured=options.featured_title or labels.text("featured"),
        tags=options.tags_title or labels.text("tags"),
        archive=options.archive_title or labels.text("archive"),
        authors=options.authors_title or labels.text("authors"),
        page=functools.partial(page_title, labels),
    )


def page_title(labels: Labels, title: str, page: int) -> str:
    return labels.text("page_title", title=title, page=page)


def excerpt_of(excerpts: ExcerptCache, post: Post, prefix: str = ROOT) -> str:
    """A card's (or a feed entry's) excerpt: the text before a marker the author wrote, else
    the description, else the post's first paragraph: the cached cut of the
    rendered post, its links rewritten from the post's page to `prefix` + site path (`ROOT`,
    or the absolute `site_url`)."""
    if post.description and post.src_uri not in excerpts.marked:
        return str(Markup("<p>{}</p>").format(escape(post.description)))
    post_url, html = excerpts.entries.get(post.src_uri, ("", ""))
    return rebase_urls(html, post_url, "", prefix=prefix)


def bio_html_of(
    render: Callable[[str], str], files: Files, profiles: dict[str, str], author: Author
) -> str:
    """`author`'s bio as HTML, links written as `ROOT` + site path: relative links in a
    profile page's bio are relative to that page, in a YAML registry to the site root."""
    if not author.bio:
        return ""
    profile = files.src_uris.get(profiles.get(author.slug, ""))
    return rebase_urls(render(author.bio), profile.url if profile else "", "", prefix=ROOT)


def image_size_of(files: Files, image: ImageRef) -> tuple[int, int] | None:
    """A local image's (width, height) from its file's header (cached by file stamp); None
    for a URL or an unreadable file."""
    file = None if image.external else files.src_uris.get(image.target)
    if file is None or file.abs_src_path is None:
        return None
    facts = read_image_facts(file.abs_src_path)
    return (facts.width, facts.height) if facts.width and facts.height else None


def site_url_of(listing_files: dict[str, File], files: Files, src_uri: str) -> str | None:
    """The site URL of the file at docs path `src_uri` (a listing's page may be the user's
    own file); None when there is no such file."""
    # src_uris directly: our paths are normalised already (get_file_from_path would
    # normalise again through PurePath, a measurable cost per link at 10,000 posts).
    target = listing_files.get(src_uri) or files.src_uris.get(src_uri)
    return None if target is None else target.url


def _read_text(file: File, problems: list[Problem]) -> str | None:
    """A post's text. Bytes that are not UTF-8 are replaced (and reported), and the page is
    built from that text too, rather than MkDocs stopping the whole build."""
    try:
        return file.content_string
    except UnicodeDecodeError:
        text, problem = decode_utf8(
            file.src_uri,
            file.content_bytes,
            "shown with the bad bytes replaced by \N{REPLACEMENT CHARACTER}; "
            "save the file as UTF-8",
        )
        if problem is not None:
            problems.append(problem)
        file.content_string = text
        return text
    except OSError as error:
        problems.append(Problem(file.src_uri, None, f"cannot be read ({error.strerror})"))
        return None


def _source_of(file: File) -> str:
    """A page file's text, for the lines of blocks in it ("" if it cannot be read again)."""
    try:
        return file.content_string
    except (OSError, UnicodeDecodeError):
        return ""


def _yaml_title(title: str) -> str:
    """`title: ...` for a generated page's front matter, which MkDocs reads back with YAML.

    PyYAML's emitter quotes and escapes whatever YAML needs (an emoji as `\\U0001F3A8`, where
    JSON's surrogate pair would be refused); were the front matter unreadable, MkDocs would
    render it as Markdown, raw HTML and all. About 12 µs a listing page.
    """
    return yaml.dump({"title": title}, Dumper=_YamlDumper, width=2**30, allow_unicode=False)


FORMAT_NAMES = {"rss": "RSS", "atom": "Atom", "json": "JSON Feed"}


def _site_prefix(files: Files, posts_dir: str) -> str:
    """The folder this build publishes the site under: "" normally, `fr/` in
    mkdocs-static-i18n's French build. Read from where the posts are published (the part
    of a post's destination before `posts_dir`), else from where the home page is; the
    blog's generated pages go there too. O(files) at most, usually the first post."""
    folder = f"{posts_dir}/" if posts_dir else ""
    for file in files.documentation_pages():
        src_uri, dest_uri = file.src_uri, file.dest_uri
        in_posts = src_uri.startswith(folder) or src_uri.partition("/")[2].startswith(folder)
        if folder and in_posts:
            if dest_uri.startswith(folder):
                return ""
            found = dest_uri.find(f"/{folder}")
            if found != -1:
                return dest_uri[: found + 1]
    for file in files.documentation_pages():  # no post: the home page's folder
        if "/" not in file.src_uri and file.src_uri.split(".")[0].lower() in ("index", "readme"):
            home = posixpath.dirname(file.dest_uri)
            return f"{home}/" if home else ""
    return ""


class _Notes:
    """Messages held back until they are final: `collect` may run twice in one build, and a
    problem must be said once."""

    def __init__(self) -> None:
        self.messages: list[tuple[int, str]] = []

    def warning(self, message: str) -> None:
        self.messages.append((logging.WARNING, message))

    def info(self, message: str) -> None:
        self.messages.append((logging.INFO, message))

    def flush(self) -> None:
        for level, message in self.messages:
            log.log(level, message)
        self.messages = []


def _set_parsed_dates(meta: MutableMapping[str, Any], post: Post) -> None:
    """`date` and `updated` in `page.meta` as the datetimes the blog read (with their offset
    when one was written), for other plugins and templates: mkdocs-rss-plugin and themes
    expect what YAML makes of `2021-08-10`, and `08/10/2021` or `pubDate` would be text or
    missing. Material's `{created, updated}` mapping keeps its shape."""
    date = post.date and post.date.replace(tzinfo=post.date_zone)
    updated = post.updated and post.updated.replace(tzinfo=post.updated_zone)
    if isinstance(meta.get("date"), dict):
        meta["date"] = {**meta["date"], "created": date} if date else meta["date"]
        if updated:
            meta["date"]["updated"] = updated
    elif date is not None:
        meta["date"] = date
    if updated is not None and "updated" in meta:
        meta["updated"] = updated


def _report_unread_keys(posts: Sequence[Post], notes: _Notes) -> None:
    """Name once per build, at INFO, each key of another blog tool that posts use and
    blogposts does not read, with what to do instead. O(posts)."""
    users: dict[str, list[str]] = {}
    for post in posts:
        for key in post.unread_keys:
            users.setdefault(key, []).append(post.src_uri)
    for key, src_uris in users.items():
        shown = ", ".join(src_uris[:3]) + (
            f" and {len(src_uris) - 3} more" if len(src_uris) > 3 else ""
        )
        notes.info(f"'{key}' (in {shown}) is not read by blogposts: {UNHONOURED_KEYS[key]}")


def _names_registry_authors(post: Post) -> bool:
    """Whether `post` names an author only a registry can describe (a slug, not a display
    name or an inline object)."""
    described = {author.slug for author in post.inline_authors}
    return any(slug not in described for slug in post.author_slugs)


def _with_inline_authors(
    registry: Mapping[str, Author], posts: Sequence[Post]
) -> dict[str, Author]:
    """The registry's authors, and those posts describe themselves (Docusaurus' inline
    objects, display names) that it lacks: the registry's entry wins. O(posts)."""
    authors = dict(registry)
    for post in posts:
        for author in post.inline_authors:
            authors.setdefault(author.slug, author)
    return authors


def _registry_folders(options: BlogpostsConfig) -> list[str]:
    """Where other tools keep the registry: Material and Docusaurus in the blog folder
    (`blog/.authors.yml`, `blog/authors.yml`), some in the posts folder."""
    return [folder for folder in (options.blog_dir, options.posts_dir) if folder]


def _site_root(site_url: str | None) -> str | None:
    """`site_url` with one trailing slash, None when unset or not an http(s) URL."""
    if not site_url or not site_url.startswith(("http://", "https://")):
        return None
    return site_url.rstrip("/") + "/"


def _is_inside(path: Path, folder: Path) -> bool:
    relative = os.path.relpath(path.resolve(), folder.resolve())
    return relative != ".." and not relative.startswith(".." + os.sep)
