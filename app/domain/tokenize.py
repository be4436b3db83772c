"""Turning text into the terms of the search index, Chinese included.

Chinese is written without spaces and most words have two characters (渗漏,
日志, 整改), so a word tokenizer sees a whole sentence as one "word" and a
trigram index finds nothing shorter than three characters.  Here every run of
CJK ideographs is indexed as its overlapping character bigrams plus each single
character: a query of one character looks for that character, a query of two
for that bigram, a longer one for all of its bigrams.  Any substring of indexed
Chinese text is therefore found, with no dictionary to keep up to date (a
segmenter such as jieba would miss words it does not know, e.g. company names).

Everything else is split into words of letters and digits, lower-cased after
NFKC normalisation so that full-width ``ＡＢＣ１２３`` matches ``abc123``.

The output is a space-separated string of tokens made of letters and digits
only: the database's own tokenizer (SQLite FTS5 ``unicode61``, PostgreSQL
``simple``) then only has to split it at the spaces, and the same function
prepares the index and the query, so both sides always agree.
"""

from __future__ import annotations

import re
import unicodedata
from operator import add

# CJK Unified Ideographs and their extensions, the compatibility ideographs that
# NFKC leaves alone, and 〇 (as in 二〇二一年).
_CJK = (
    "\u3007"
    "\u3400-\u4dbf"
    "\u4e00-\u9fff"
    "\uf900-\ufaff"
    "\U00020000-\U0002ebef"
    "\U0002f800-\U0002fa1f"
    "\U00030000-\U000323af"
)
# Runs of letters and digits ([^\W_] is \w without the underscore) ...
_WORD = re.compile(r"[^\W_]+")
# ... split into ideographs and the rest.  Unassigned code points inside the CJK
# blocks are not letters, so _WORD has already dropped them.
_SCRIPT = re.compile(f"([{_CJK}]+)|([^{_CJK}]+)")


# The same runs as _segments in one pass (the contents of SQLite's index are written
# for every record at once by a rebuild, so this is the hot path): a run of ideographs
# or a run of other letters and digits.
# The full-width forms NFKC maps to ASCII punctuation (U+FF01-FF5E less the letters
# and digits) and the half-width CJK punctuation U+FF5F-FF65.
_FULL_WIDTH_PUNCTUATION = re.compile("[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
_CJK_ONE = re.compile(f"[{_CJK}]")
_RUNS = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")


def normalise(text: str) -> str:
    """``text`` as the tokens are cut from it: NFKC, then case-folded.

    Chinese text is full of full-width punctuation (，：（）), which NFKC maps to ASCII
    punctuation, a separator like any other: it becomes a space first, and the text
    then usually needs no NFKC at all (``is_normalized`` is a quick check, the
    normalisation itself the slowest step of indexing)."""
    text = _FULL_WIDTH_PUNCTUATION.sub(" ", text)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.casefold()


def is_ideograph(term: str) -> bool:
    """Whether ``term`` is one ideograph (a query term :func:`fts_terms` finds by prefix)."""
    return len(term) == 1 and _CJK_ONE.fullmatch(term) is not None


def _segments(text: str) -> list[tuple[bool, str]]:
    """(is_cjk, run) for every run of ideographs or of other letters and digits."""
    return [
        (bool(m.group(1)), m.group(0))
        for word in _WORD.findall(normalise(text))
        for m in _SCRIPT.finditer(word)
    ]


def _bigrams(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_terms(text: str) -> str:
    """The space-separated tokens under which ``text`` is indexed.

    Ideograph runs give their overlapping bigrams and each single character;
    other words are lower-cased.  Tokens contain letters and digits only.
    """
    tokens: list[str] = []
    for is_cjk, run in _segments(text):
        if is_cjk:
            tokens.extend(_bigrams(run))
            tokens.extend(run)
        else:
            tokens.append(run)
    return " ".join(tokens)


def fts_terms(text: str) -> str:
    """The tokens under which SQLite's index (FTS5, ``detail=none``) holds ``text``.

    Ideograph runs give their overlapping bigrams and only their last character
    alone: every other character starts a bigram, so a one-character query is a
    prefix query over the bigrams (``"志"*``) and finds every character without
    half the index being single characters.  Other words as in :func:`index_terms`.
    Repeats are kept (FTS5 stores each token once per record anyway).
    """
    parts: list[str] = []
    for run, word in _RUNS.findall(normalise(text)):
        if word:
            parts.append(word)
        elif not run.isalnum():  # unassigned code points inside a CJK block split it
            if split := fts_terms(" ".join(_WORD.findall(run))):
                parts.append(split)
        elif len(run) == 1:
            parts.append(run)
        else:
            parts.append(" ".join(map(add, run, run[1:])))
            parts.append(run[-1])
    return " ".join(parts)


def query_terms(query: str) -> list[str]:
    """The tokens a document must all contain to match ``query`` (in order, no repeats).

    A single ideograph is looked up as itself, a run of two or more as its
    bigrams; an empty list means there is nothing to search for (blank input,
    punctuation only).
    """
    terms: list[str] = []
    for is_cjk, run in _segments(query):
        if is_cjk and len(run) > 1:
            terms.extend(_bigrams(run))
        else:
            terms.append(run)
    return list(dict.fromkeys(terms))
