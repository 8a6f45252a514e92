"""Values computed a run at a time, in the order they will be asked for.

MkDocs renders every page's Markdown first and then writes the pages one by one, in the
order of its file list; between two posts it renders a whole page through the theme. Each
post's header and footer rendered at that moment finds the blog's templates, labels and
views evicted from the CPU's caches by the theme's work, and costs about twice what the
same renders cost back to back (0.29 s against 0.16 s for 1,000 posts). Rendering the next
few dozen posts' fragments together, when the first of them is asked for, keeps that work
warm; the run is short, so the fragments waiting for their page hold little memory.

The order is a prediction. When it proves wrong (a value asked for out of turn while others
still wait: `mkdocs serve --dirty` skips unchanged pages, or another plugin builds pages in an
order of its own), the waiting values are dropped and every value is computed when asked for,
as without a lookahead: a wrong prediction costs at most one run's work.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

RUN = 64
"""Values computed together: enough to amortise the cold start of a run, few enough that
the waiting values stay small (64 posts' header, footer and head metadata are about half a
megabyte)."""


class Lookahead(Generic[K, V]):
    """`take(key)` returns `compute(key)`, each computed once; a key not yet computed brings
    its run (the next `run` keys of `order` from it) along with it."""

    def __init__(self, order: Sequence[K], compute: Callable[[K], V], run: int = RUN) -> None:
        self._order = order
        self._positions = {key: position for position, key in enumerate(order)}
        self._compute = compute
        self._run = run
        self._ready: dict[K, V] = {}

    def take(self, key: K) -> V:
        """The value for `key`, computed now or earlier in its run; each key's value is handed
        out once (a second `take` computes it again)."""
        if key in self._ready:
            return self._ready.pop(key)
        if self._ready:
            # Asked out of turn while others wait: the order was wrong. Stop predicting, so
            # no run is ever computed for nothing again.
            self._ready.clear()
            self._run = 1
        value = self._compute(key)
        position = self._positions.get(key)
        if position is not None:
            for ahead in self._order[position + 1 : position + self._run]:
                self._ready[ahead] = self._compute(ahead)
        return value

    @property
    def waiting(self) -> int:
        """How many values are computed and not yet taken."""
        return len(self._ready)
