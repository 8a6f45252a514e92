"""Keep Python's cycle collector from re-scanning a build's long-lived objects.

By the time MkDocs starts writing pages (`on_env`) every page is read and rendered to HTML,
and the blog's catalog, listings and excerpts are built: tens of thousands of container
objects that live until the build ends. CPython's collector walks every one of them on each
full collection, and a build allocates enough to trigger several: at 10,000 posts the
blog's objects made those walks 0.6 s longer (1.37 s against 0.77 s in a plain build).
`gc.freeze()` moves the objects alive at that moment into a generation the collector skips;
`thaw` hands them back when the build ends, so nothing is kept beyond it (`mkdocs serve`
rebuilds in the same process).

Objects freed while frozen by reference counting are freed as usual; only cyclic garbage
that forms among frozen objects waits for the thaw, and a full collection just before the
freeze leaves none to start with.
"""

from __future__ import annotations

import gc

_holders = 0
"""How many blog instances hold the freeze (a site can have several blogs): the first to
freeze freezes, the last to thaw thaws."""
_froze = False
"""Whether this module froze (not when the collector is off): `thaw` never unfreezes what
someone else froze."""


def freeze() -> None:
    """Collect what is already garbage, then freeze everything alive."""
    global _holders, _froze
    _holders += 1
    if _holders == 1 and gc.isenabled():
        gc.collect()
        gc.freeze()
        _froze = True


def thaw() -> None:
    """Give the frozen objects back to the collector (once the last holder lets go)."""
    global _holders, _froze
    if _holders == 0:
        return
    _holders -= 1
    if _holders == 0 and _froze:
        gc.unfreeze()
        _froze = False
