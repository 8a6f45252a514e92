"""mkdocs-blogposts: a blog for MkDocs sites, fed by Astro-starter-style Markdown posts."""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
