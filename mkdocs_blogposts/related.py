"""Related posts: the listed posts sharing the most categories and tags with a post.

A post's score against another is the number of terms they share, a term being a category
slug or a tag slug (a category and a tag with the same slug are different terms). The
related posts are the `count` best-scoring listed posts, ties broken by listing position
(newer first); a post sharing nothing is never related, and a post is never its own.

Cost: nothing compares every post with every post. Posts with the same set of terms have the
same candidates and scores, so the work is done once per distinct term set S: one pass over
the index lists of S's terms counts each candidate's shared terms, and `heapq.nsmallest` keeps
the best `count + 1`. For d distinct term sets that is O(d · Σ|list|) (Σ over each set's
lists, the `log(count)` of the heap aside), done lazily, only for the posts whose footer is
rendered; each post then costs O(count): drop itself from its set's list, take `count`.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence

from .model import Post

Term = tuple[str, str]
"""('c', slug) for a category, ('t', slug) for a tag: the same slug in both is two terms."""
TermSet = frozenset[Term]

_CATEGORY = "c"
_TAG = "t"


def terms_of(post: Post) -> TermSet:
    """The post's categories and tags as terms, the key posts share a computation by."""
    return frozenset(
        [(_CATEGORY, category.slug) for category in post.categories]
        + [(_TAG, tag.slug) for tag in post.tags]
    )


class RelatedIndex:
    """Related posts for any post of one build, computed on demand, once per term set.

    Args:
        posts_by_category: category slug -> its posts (any order).
        posts_by_tag: tag slug -> its posts (any order).
        positions: src_uri -> position in listing order; only these posts are candidates
            (the others are unlisted), and a lower position (a newer post) wins a tie.
        count: how many related posts a post gets at most; 0 turns the feature off.

    Raises:
        ValueError: `count` is negative (the config option rules that out).
    """

    __slots__ = ("_best", "_count", "_lists", "_positions")

    def __init__(
        self,
        posts_by_category: Mapping[str, Sequence[Post]],
        posts_by_tag: Mapping[str, Sequence[Post]],
        positions: Mapping[str, int],
        count: int,
    ) -> None:
        self._lists: dict[str, Mapping[str, Sequence[Post]]] = {
            _CATEGORY: posts_by_category,
            _TAG: posts_by_tag,
        }
        self._positions = positions
        if count < 0:
            raise ValueError(f"count must be 0 or more, not {count}")
        self._count = count
        # Term set -> its best `count + 1` candidates, best first: one more than a post
        # shows, so the list still holds `count` once the post drops itself from it.
        self._best: dict[TermSet, tuple[Post, ...]] = {}

    def related(self, post: Post) -> tuple[Post, ...]:
        """Up to `count` listed posts sharing the most terms with `post`, best first (ties:
        listing order); never `post` itself (same src_uri), never a post sharing nothing.

        `post` need not be listed: an unlisted post still gets related posts by its terms.
        """
        if self._count == 0:
            return ()
        terms = terms_of(post)
        if not terms:
            return ()
        best = self._best.get(terms)
        if best is None:
            best = self._best[terms] = self._rank(terms)
        return tuple(other for other in best if other.src_uri != post.src_uri)[: self._count]

    def _rank(self, terms: TermSet) -> tuple[Post, ...]:
        """The best `count + 1` listed posts for the term set: one pass over its terms' lists
        counting shared terms, then a bounded heap; O(Σ|list| · log count)."""
        scores: dict[str, int] = {}
        posts: dict[str, Post] = {}
        last_term: dict[str, Term] = {}  # a post listed twice under one term counts once
        for term in terms:
            kind, slug = term
            for candidate in self._lists[kind].get(slug, ()):
                uri = candidate.src_uri
                if uri not in self._positions or last_term.get(uri) == term:
                    continue
                last_term[uri] = term
                scores[uri] = scores.get(uri, 0) + 1
                posts[uri] = candidate
        ranked = heapq.nsmallest(
            self._count + 1, scores, key=lambda uri: (-scores[uri], self._positions[uri])
        )
        return tuple(posts[uri] for uri in ranked)
