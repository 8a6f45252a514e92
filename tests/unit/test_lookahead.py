"""`Lookahead`: values computed a run at a time in a predicted order, each once."""

from __future__ import annotations

from mkdocs_blogposts.lookahead import Lookahead


def _counting(order: list[str], run: int) -> tuple[Lookahead[str, str], list[str]]:
    computed: list[str] = []

    def compute(key: str) -> str:
        computed.append(key)
        return key.upper()

    return Lookahead(order, compute, run), computed


def test_values_in_the_predicted_order_are_computed_a_run_at_a_time() -> None:
    lookahead, computed = _counting(list("abcde"), run=2)
    assert lookahead.take("a") == "A"
    assert computed == ["a", "b"]
    assert lookahead.waiting == 1
    assert lookahead.take("b") == "B"
    assert computed == ["a", "b"]  # b was ready
    assert [lookahead.take(key) for key in "cde"] == ["C", "D", "E"]
    assert computed == list("abcde")  # each once
    assert lookahead.waiting == 0


def test_the_key_asked_for_is_computed_before_its_run() -> None:
    """Warnings a computation logs come in the order the pages are written."""
    lookahead, computed = _counting(list("abc"), run=3)
    lookahead.take("a")
    assert computed == ["a", "b", "c"]


def test_a_run_stops_at_the_end_of_the_order() -> None:
    lookahead, computed = _counting(list("abc"), run=64)
    assert lookahead.take("b") == "B"
    assert computed == ["b", "c"]


def test_a_key_out_of_turn_stops_the_predictions() -> None:
    """`mkdocs serve --dirty` skips unchanged pages: the waiting values are dropped and every
    later value is computed alone, so a wrong order costs at most one run."""
    lookahead, computed = _counting(list("abcdef"), run=3)
    lookahead.take("a")  # computes a, b, c
    assert lookahead.take("d") == "D"  # b and c were never asked for
    assert lookahead.waiting == 0
    assert lookahead.take("e") == "E"
    assert computed == ["a", "b", "c", "d", "e"]  # no run after the wrong turn


def test_a_key_outside_the_order_is_computed_alone() -> None:
    lookahead, computed = _counting(list("ab"), run=2)
    assert lookahead.take("z") == "Z"
    assert computed == ["z"]
    assert lookahead.take("a") == "A"  # predictions still hold: nothing was waiting
    assert computed == ["z", "a", "b"]


def test_a_value_taken_twice_is_computed_again() -> None:
    lookahead, computed = _counting(list("ab"), run=1)
    lookahead.take("a")
    lookahead.take("a")
    assert computed == ["a", "a"]


def test_a_run_of_one_computes_only_what_is_asked() -> None:
    lookahead, computed = _counting(list("abc"), run=1)
    assert [lookahead.take(key) for key in "cab"] == ["C", "A", "B"]
    assert computed == ["c", "a", "b"]
