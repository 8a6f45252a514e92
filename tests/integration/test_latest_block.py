"""The latest-posts block in any Markdown page, and the blog beside Material's tags plugin."""

from __future__ import annotations

from tests.conftest import SiteBuilder

HOME = """\
    # Home

    ## Latest

    <!-- blogposts latest count=2 -->

    ## Design

    <!-- blogposts latest category="Design" layout=list count=5 -->

    ## By Pam

    <!-- blogposts latest author=pam-beesly layout=list -->
    """


def _blog(site: SiteBuilder) -> None:
    site.authors_yaml()
    site.post("one.md", title="One", date="01/01/2021", categories=["Design"])
    site.post("two.md", title="Two", date="01/02/2021", categories=["Photos"])
    site.post(
        "three.md", title="Three", date="01/03/2021", categories=["design"], author="pam-beesly"
    )
    site.post("undated.md", title="Undated", date="''", categories=["Design"])


def test_blocks_show_the_newest_posts_with_relative_links(any_site: SiteBuilder) -> None:
    _blog(any_site)
    any_site.write("index.md", HOME)
    any_site.write("about/team.md", "# Team\n\n<!-- blogposts latest count=1 layout=list -->\n")
    any_site.config["site_url"] = "https://example.org/studio/"
    built = any_site.build(expect=[r"posts/undated\.md:\d+: .*listed after the dated posts"])
    home = built.soup("index.md")
    cards, design, by_pam = home.select(".blogposts-latest")
    assert "blogposts-latest--cards" in cards["class"]
    assert [a.get_text() for a in cards.select(".blogposts-card-title a")] == ["Three", "Two"]
    assert "blogposts-latest--list" in design["class"]
    assert [a.get_text() for a in design.select("li > a")] == ["Three", "One", "Undated"]
    assert [a.get_text() for a in by_pam.select("li > a")] == ["Three"]
    # The comments are gone, the "more" links lead to the listing holding the rest.
    assert "blogposts latest" not in str(home)
    more = [
        block.select_one(".blogposts-latest-more a")["href"] for block in (cards, design, by_pam)
    ]
    directory = any_site.use_directory_urls
    pages = ["blog/", "blog/category/design/", "blog/author/pam-beesly/"]
    assert more == [f"./{page}" if directory else f"./{page}index.html" for page in pages]
    team = built.soup("about/team.md").select_one(".blogposts-latest li > a")
    assert team.get_text() == "Three"
    assert team["href"] == ("../../posts/three/" if directory else "../posts/three.html")
    assert built.broken_links() == []


def test_a_bad_block_is_a_warning_with_file_and_line_and_shows_nothing(site: SiteBuilder) -> None:
    _blog(site)
    site.write(
        "index.md",
        "# Home\n\n<!-- blogposts latest count=none -->\n\n<!-- blogposts latest tag=nothing -->\n",
    )
    built = site.build(
        expect=[
            r"posts/undated\.md:\d+: .*listed after the dated posts",
            r"index\.md:3: latest posts block count 'none' is not a whole number from 1; ",
            r"index\.md:5: latest posts block: tag 'nothing' has no posts; the block shows none",
        ]
    )
    home = built.soup("index.md")
    blocks = home.select(".blogposts-latest")
    assert len(blocks) == 1
    assert blocks[0].select(".blogposts-card, li > a") == []
    assert blocks[0].select_one(".blogposts-empty") is not None


def test_material_tags_plugin_lists_posts_and_never_stops_the_build(site: SiteBuilder) -> None:
    """Material's tags plugin stops a build on a `tags:` string and prints tag names
    unescaped; the blog hands it each post's validated, escaped labels."""
    site.config["plugins"] = ["search", "tags", "blogposts"]
    site.post("one.md", title="One", author=None, extra="tags: <b>bold</b>")
    site.post(
        "two.md", title="Two", author=None, date="08/11/2021", extra="tags: [CSS, css , Layout]"
    )
    site.write("tags.md", "# Tags\n\n<!-- material/tags -->\n")
    built = site.build(strict=True)
    one = built.soup("posts/one.md")
    assert [tag.get_text() for tag in one.select(".md-tag")] == ["<b>bold</b>"]
    assert one.select(".md-typeset b") == []
    assert [a.get_text() for a in built.soup("posts/two.md").select(".md-tag")] == ["CSS", "Layout"]
    assert [a.get_text() for a in built.soup("posts/two.md").select(".blogposts-tag")] == [
        "CSS",
        "Layout",
    ]
    listed = {
        a.get_text(strip=True)
        for a in built.soup("tags.md").select(".md-typeset a")
        if "posts/" in str(a.get("href", ""))
    }
    assert listed == {"One", "Two"}
    assert built.exists("blog/tag/css/index.md")
