"""Lists of subjects that figures pair with in order (A、B分别增长1%、2%): the items of a list, the
head they share (新能源汽车、集成电路产品产量 -> 新能源汽车产品产量), and names that stand for
several (城乡 -> 城镇, 农村), ordinals before one head (第一、二、三产业增加值). The rules of chains.py
that read lists call these.
"""

from __future__ import annotations

from presscan import wordbits as wb
from presscan.subject import NounPhrases
from presscan.tokens import TIME, WORD, Token, WordTagger
from presscan.wordclass import Phrase, phrase_of


def shared_head(
    texts: list[str],
    last_words: list[str],
    own_heads: tuple[str, ...] = (),
    tagger: WordTagger | None = None,
) -> int:
    """How many characters at the end of the last item of a list are a head that the others
    lack, for them to share: 广播和电视人口覆盖率 -> 人口覆盖率, 城镇和农村居民人均可支配收入 ->
    居民人均可支配收入: the last item without as many characters as the first item has; when
    that leaves less than a word, the last item's last word (通讯器材、家用电器零售额 -> 零售额).
    None (0) when another item ends with that word already (第二产业增加值、第三产业增加值), or with
    a head of its own, one of `own_heads` (客运量和旅客周转量, 国内游客人次、总花费). Items named as
    classes are class_head's."""
    if len(texts) < 2 or len(last_words) < 2:
        return 0
    last = texts[-1]
    final = last_words[-1]
    if any(text.endswith(final) or text.endswith(own_heads) or text[-1:] == final[-1:] for text in texts[:-1]):
        # 客运量和旅客周转量, 国内游客人次、总花费: each item has a head of its own; 契税和土地增值税: an
        # item that ends as the last word does is a name of its kind already
        return 0
    named = _after_a_like_item(texts, last_words)
    if named:
        return named  # 鄂尔多斯市、锡林郭勒盟和乌海市原煤产量: the head after 乌海市, named as the others end
    head = last[len(texts[0]) :]
    if len(head) < 2 or not last.endswith(head):
        head = final
    elif tagger is not None:
        head_word = tagger.cut(head)[0][0]
        first_word = tagger.cut(texts[0])[-1][0]  # the first item's last: a head never opens with it
        if len(head_word) == 1 or _joins_no_word(first_word, head_word, head, last, last_words, tagger):
            # a head that opens with a lone character, or that the first item makes no word with, was
            # cut through a word: items are not all as long as the first (新能源汽车、集成电路产品产量
            # -> 产品产量, not 品产量; 汽车、集成电路产品产量 -> 产品产量, not 电路产品产量)
            head = last[len(last) - _word_end_near(last, len(head), last_words, first_word) :]
    return len(head) if len(head) >= 2 and head != last else 0


def _after_a_like_item(texts: list[str], last_words: list[str]) -> int:
    """The length of the head that follows the last item's first words ending as every other item
    ends (市, 盟: 鄂尔多斯市、锡林郭勒盟和[乌海市]原煤产量 -> 原煤产量, whatever the items' lengths), at a
    word's end; 0 when no word there ends so, or the items end in more than two ways."""
    ends = {text[-1] for text in texts[:-1] if text}
    if not ends or len(ends) > 2:
        return 0
    last = texts[-1]
    at = 0
    for word in last_words[:-1]:
        at += len(word)
        if word[-1:] in ends and len(last) - at >= 2:
            return len(last) - at
    return 0


def class_head(texts: list[str], class_suffixes: tuple[str, ...]) -> int:
    """How many characters at the end of the last item follow its class word when every item
    before it ends with that class word: 金银珠宝类、通讯器材类、家用电器和音像器材类商品零售额 ->
    商品零售额, shared by all; or, the same, the ending of two characters or more that every item
    before it shares (轻度污染、中度污染和重度及以上污染天数比例 -> 天数比例). 0 when not so."""
    last = texts[-1] if texts else ""
    for suffix in class_suffixes:
        at = last.rfind(suffix)
        if at > 0 and not last.endswith(suffix) and all(text.endswith(suffix) for text in texts[:-1]):
            size = len(last) - at - len(suffix)
            return size if size >= 2 else 0
    if len(texts) < 2:
        return 0
    common = _common_ending(texts[:-1])
    for length in range(len(common), 1, -1):
        ending = common[-length:]
        at = last.rfind(ending)
        if at > 0 and not last.endswith(ending):
            size = len(last) - at - length
            return size if size >= 2 else 0
    return 0


def _common_ending(texts: list[str]) -> str:
    """The longest ending every text of `texts` shares, shorter than each ("" for none)."""
    ending = texts[0]
    for text in texts[1:]:
        size = 0
        while size < len(ending) and size < len(text) and ending[-1 - size] == text[-1 - size]:
            size += 1
        ending = ending[len(ending) - size :]
    shortest = min(len(text) for text in texts)
    return ending[-(shortest - 1) :] if len(ending) >= shortest else ending


def _joins_no_word(first_word: str, head_word: str, head: str, last: str, words: list[str], tagger: WordTagger) -> bool:
    """True when `head` opens inside a word of the last item and the first item's last word and
    the head's first word make no word together: 汽车 + 电路 (cut from 集成电路) is none, while
    城镇 + 居民 (cut from 农村居民, one word to jieba) is 城镇居民."""
    if _word_end_near(last, len(head), words) == len(head):
        return False  # the head opens at a word of the last item
    return len(tagger.cut(first_word + head_word)) > 1


def _word_end_near(last: str, size: int, words: list[str], avoid: str = "") -> int:
    """`size` moved to the nearest start of a word of the last item, counted from its end (the
    longer on a tie), not one where `avoid` opens what follows; `size` as it is when the words do
    not spell the item's end."""
    sizes: list[int] = []
    spelt = ""  # the last words, as many as read
    for word in reversed(words):
        spelt = word + spelt
        if len(spelt) >= len(last) or not last.endswith(spelt):
            break
        if not avoid or not spelt.startswith(avoid):
            sizes.append(len(spelt))
    best = -1
    for candidate in sizes:  # shortest first, so a tie goes to the longer
        if best < 0 or abs(candidate - size) <= abs(best - size):
            best = candidate
    return size if best < 0 else best


def expanded(name: Phrase, members: int, abbreviations: dict[str, tuple[str, ...]]) -> list[Phrase] | None:
    """城乡居民人均可支配收入分别增长5.5%和7%, 汽车产销分别完成327.9万辆和332.1万辆: a name holding a
    word that stands for as many others as there are figures is as many names (城镇居民…, 农村居民…;
    汽车产量, 汽车销量), in order. The first such word of `abbreviations` is read: the word classes keep
    them longest first (产销量 before 产销). The words put in are not in the text: their characters
    have no position (-1) and are given as written here."""
    text = name.text
    for short, words in abbreviations.items():
        at = text.find(short)
        if len(words) == members and at >= 0:
            head = Phrase(text[:at], name.positions[:at])
            rest = Phrase(text[at + len(short) :], name.positions[at + len(short) :])
            return [head + Phrase(word, [-1] * len(word)) + rest for word in words]
    return None


def split_items(
    found: list[Token], low: int, high: int, separators: frozenset[str], whole: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """[first, end) token ranges of a list's items in tokens[low:high]; a separator whose index is
    in `whole` stands inside a name (交通运输、仓储和邮政业) and splits nothing."""
    items: list[tuple[int, int]] = []
    start = low
    for index in range(low, high):
        token = found[index]
        if token.kind == WORD and token.word in separators and index not in whole:
            if index > start:
                items.append((start, index))
            start = index + 1
    if high > start:
        items.append((start, high))
    return items


def joiner(found: list[Token], first: int) -> str:
    """The list word right after a group's first figure (1%[和]2%), or ""."""
    following = found[first + 1] if first + 1 < len(found) else None
    return following.word if following is not None and following.kind == WORD else ""


def ordinal_items(
    phrases: NounPhrases,
    tagger: WordTagger,
    found: list[Token],
    items: list[tuple[int, int]],
    skip: list[tuple[int, int]],
) -> list[Phrase] | None:
    """Items that are ordinals before one head: 第一、二、三产业增加值 lists 第一产业增加值,
    第二产业增加值 and 第三产业增加值. Every item but the last is ordinal words only; the last
    is its ordinal and the head (jieba may cut 第三产业 as one word: the ordinal is then as
    long as the item before it). An item shorter than the first takes the first's prefix (第)."""
    ordinal_tags = phrases.ordinal_tags
    ordinals: list[Phrase] = []
    for item_start, item_end in items[:-1]:
        tokens = found[item_start:item_end]
        if not tokens or any(token.kind != WORD or token.tag not in ordinal_tags for token in tokens):
            return None
        ordinals.append(phrase_of(tokens))
    last_start, last_end = items[-1]
    named = phrases.before(found, last_start, last_end, skip)
    if named is None or named.first < last_start:
        return None
    before_head = found[last_start : named.first]
    if before_head:
        if any(token.kind != WORD or token.tag not in ordinal_tags for token in before_head):
            return None
        last_ordinal, head = phrase_of(before_head), named
    else:
        size = len(ordinals[-1].text)
        cut = tagger.cut(named.text[:size])
        if size >= len(named.text) or len(cut) != 1 or cut[0][1] not in ordinal_tags:
            return None
        last_ordinal = Phrase(named.text[:size], named.positions[:size])
        head = Phrase(named.text[size:], named.positions[size:])
    first = ordinals[0]
    names = []
    for ordinal in [*ordinals, last_ordinal]:
        missing = len(first.text) - len(ordinal.text)
        prefix = Phrase(first.text[:missing], first.positions[:missing]) if missing > 0 else Phrase("", [])
        names.append(prefix + ordinal + head)
    return names


def listable(phrases: NounPhrases, token: Token) -> bool:
    """A word a list of names is made of: a noun, a modifier, a list word, 其他."""
    bits = phrases.classes(token)
    return token.kind == WORD and (
        phrases.is_noun(token) or bits & (wb.LIST_SEPARATORS | wb.REMAINDER_WORDS | wb.MODIFIER_TAGS) != 0
    )


def timed_head(
    phrases: NounPhrases, found: list[Token], items: list[tuple[int, int]], skip: list[tuple[int, int]]
) -> list[Phrase] | None:
    """The items named with the head the last one has after a time inside it: 鄂尔多斯市、锡林郭勒盟
    [1—9月]原煤产量 -> 鄂尔多斯市原煤产量, 锡林郭勒盟原煤产量 (the time splits the last item's own name
    from the measure all share). None when no time stands inside the last item between words."""
    last_start, last_end = items[-1]
    inside = [index for index in range(last_start + 1, last_end - 1) if found[index].kind == TIME]
    if len(inside) != 1:
        return None
    own = phrases.before(found, last_start, inside[0], skip)
    head = phrases.before(found, inside[0] + 1, last_end, skip)
    names = [phrases.before(found, start, end, skip) for start, end in items[:-1]]
    if own is None or head is None or any(name is None for name in names):
        return None
    return [name + head for name in names if name is not None] + [own + head]
