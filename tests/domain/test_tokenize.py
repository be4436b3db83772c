"""Index and query terms: Chinese as overlapping bigrams, other text as lower-cased words."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.domain.tokenize import fts_terms, index_terms, is_ideograph, query_terms

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
TOKEN = re.compile(r"[^\W_]+")


def _found(query: str, text: str) -> bool:
    terms = query_terms(query)
    return bool(terms) and set(terms) <= set(index_terms(text).split()) and _fts_found(terms, text)


def _fts_found(terms: list[str], text: str) -> bool:
    """As SQLite's search matches: each term a token, one ideograph a token's prefix."""
    tokens = set(fts_terms(text).split())
    return all(
        any(t.startswith(term) for t in tokens) if is_ideograph(term) else term in tokens
        for term in terms
    )


def test_sqlites_tokens_keep_only_each_runs_last_character_alone() -> None:
    assert fts_terms("日志留存") == "日志 志留 留存 存"
    assert fts_terms("查") == "查"
    assert fts_terms("QQ语音房，NetEase ＡＢＣ１２３") == "qq 语音 音房 房 netease abc123"
    assert fts_terms("，。！") == ""


def test_chinese_runs_become_bigrams_and_single_characters() -> None:
    assert index_terms("日志留存") == "日志 志留 留存 日 志 留 存"
    assert index_terms("查") == "查"
    assert query_terms("日志留存") == ["日志", "志留", "留存"]
    assert query_terms("日志") == ["日志"]
    assert query_terms("志") == ["志"]


def test_two_character_words_are_found_inside_sentences() -> None:
    text = "2020年11月部分日志因存储迁移缺失，需整改。渗漏风险"
    for word in ("日志", "整改", "渗漏", "迁移缺失", "志", "11月"):
        assert _found(word, text), word
    assert not _found("日留", text)  # not adjacent in the text


def test_words_are_lower_cased_and_nfkc_normalised() -> None:
    assert index_terms("NetEase Cloud Music") == "netease cloud music"
    assert index_terms("ＡＢＣ１２３") == "abc123"  # full-width ASCII
    assert _found("NETEASE", "NetEase Cloud Music")
    assert _found("ｎｅｔｅａｓｅ", "NetEase Cloud Music")
    assert _found("91330106ma2kxxxx1a", "统一社会信用代码：91330106MA2KXXXX1A")


def test_letters_and_ideographs_are_split_apart() -> None:
    assert index_terms("QQ语音房") == "qq 语音 音房 语 音 房"
    assert query_terms("ZJ-2021-0007") == ["zj", "2021", "0007"]


def test_punctuation_and_blank_give_no_terms() -> None:
    for query in ("", "   ", "\n\t", "“”，。！？", '"*()^-:', "___"):
        assert query_terms(query) == []
        assert index_terms(query) == ""


def test_query_terms_are_not_repeated() -> None:
    assert query_terms("日志 日志 LOG log") == ["日志", "log"]


@given(text=st.text(alphabet=CJK, min_size=1, max_size=40), data=st.data())
def test_any_substring_of_chinese_text_is_found(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert _found(text[start:end], text)


@given(
    text=st.text(
        alphabet=st.one_of(CJK, st.sampled_from("abcXYZ019 ，。、-_\"'()*:^")), max_size=60
    ),
    data=st.data(),
)
def test_any_chinese_piece_of_mixed_text_is_found(text: str, data: st.DataObject) -> None:
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    if not runs:
        return
    run = data.draw(st.sampled_from(runs))
    start = data.draw(st.integers(0, len(run) - 1))
    end = data.draw(st.integers(start + 1, len(run)))
    assert _found(run[start:end], text)


@given(st.text())
def test_a_text_always_matches_itself_and_tokens_are_plain(text: str) -> None:
    tokens = index_terms(text).split(" ") if index_terms(text) else []
    assert all(TOKEN.fullmatch(t) for t in tokens)
    assert set(query_terms(text)) <= set(tokens)
    assert all(TOKEN.fullmatch(t) for t in query_terms(text))
    # SQLite's tokens are plain too, some of the same, and find the text itself
    fts = fts_terms(text).split()
    assert all(TOKEN.fullmatch(t) for t in fts) and set(fts) <= set(tokens)
    assert not query_terms(text) or _fts_found(query_terms(text), text)


@given(
    st.text(
        alphabet=st.one_of(
            st.characters(min_codepoint=0xFF00, max_codepoint=0xFFEF),
            st.characters(min_codepoint=0xF900, max_codepoint=0xFAFF),
            st.sampled_from("ａＢ１日志，（）：abc \u0301\u00b4"),
        ),
        max_size=40,
    )
)
def test_full_width_and_compatibility_forms_read_as_nfkc(text: str) -> None:
    # The punctuation shortcut in normalise gives the tokens full NFKC gives.
    full = unicodedata.normalize("NFKC", text).casefold()
    assert index_terms(text).split() == index_terms(full).split()
    assert fts_terms(text) == fts_terms(full)
