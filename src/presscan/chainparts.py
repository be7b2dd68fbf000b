"""Small tests the topic chains (chains.py) read their figures with: the last subject read in a
part of a sentence, whether a verb governs a figure, the last subject that names no rate, and
whether a subject names a goal rather than what the goal's value measures.
"""

from __future__ import annotations

from presscan import wordbits as wb
from presscan.subject import NounPhrases
from presscan.tokens import FIGURE, GAP, TIME, WORD, Sentence, Token
from presscan.wordclass import Phrase


def not_a_rate(
    earlier: list[Phrase | None], known: Phrase, rates: tuple[str, ...], rate_ends: frozenset[str]
) -> Phrase:
    """The last subject of `earlier` that names no rate (增速, 增幅: `rates`, whose last characters
    are `rate_ends`, a quick test before str.endswith), when `known` does; else `known`."""
    if not known.text or known.text[-1] not in rate_ends or not known.text.endswith(rates):
        return known
    for subject in reversed(earlier):
        if subject is not None and not subject.text.endswith(rates):
            return subject
    return known


def named_from_earlier(
    phrases: NounPhrases, before: Phrase, earlier: list[Phrase | None], members: int
) -> list[tuple[Phrase | None, Phrase | None]] | None:
    """(subject, base) for the `members` figures of a group whose name before them is a head word
    alone, a measure of what was read before in the part: a share or a total of it (占比, 总量, 增速:
    `share_words`, `relative_heads`), each listed name's when as many were read
    (公共充电桩409.6万台、私人充电桩1200万台，占比分别为25.4%和74.6%); its average (日均); None for a name
    of its own."""
    if before.text in phrases.share_words or before.text in phrases.relative_heads:
        named = last_distinct(earlier, members) if members > 1 else None
        if named is not None:
            return [(subject + before, None) for subject in named]
        inherited = last_known(earlier)
        if inherited is not None and before.text in phrases.change_heads:
            inherited = phrases.rate_of(inherited)  # 升幅1.4%；…，降幅4.2%: 指数降幅, not 指数升幅降幅
        return [(inherited + before if inherited is not None else before, None)] * members
    if before.text in phrases.average_words:
        inherited = last_known(earlier)  # 客运量3.6亿人次，日均990万人次 -> 日均客运量
        return [(averaged(before, inherited) if inherited is not None else before, None)] * members
    return None


def averaged(average: Phrase, measure: Phrase) -> Phrase:
    """`measure` averaged: the average word (日均) before the measure, after its owner where a verb left
    out stood between them (有轨电车[完成]客运量 -> 有轨电车日均客运量), else before the whole
    (客运量 -> 日均客运量)."""
    positions = measure.positions
    for cut in range(len(positions) - 1, 0, -1):
        if positions[cut] >= 0 and positions[cut - 1] >= 0 and positions[cut] != positions[cut - 1] + 1:
            head = Phrase(measure.text[:cut], positions[:cut])
            # the average word stands elsewhere in the text: put in, as read (no position to read it back)
            put_in = Phrase(average.text, [-1] * len(average.text))
            return head + put_in + Phrase(measure.text[cut:], positions[cut:])
    return average + measure


def modified(
    phrases: NounPhrases, found: list[Token], before: Phrase, whole: Phrase | None, earlier: list[Phrase | None]
) -> Phrase:
    """A name of modifiers only: the name of the item before it with the grade it answers put in its
    place (国家一级重点保护野生动物18种、[二级]111种 -> 国家二级重点保护野生动物: a word as long, opening
    with another numeral and the same after it), else the modifiers before the head of the whole
    (文物保护单位86处，其中[国家级]3处 -> 国家级文物保护单位), else as they are."""
    previous = last_known(earlier)
    if previous is not None and 0 <= previous.first <= previous.last < len(found):
        offset = 0
        for index in range(previous.first, previous.last + 1):
            word = found[index].word
            if (
                len(word) == len(before.text) > 1
                and word != before.text
                and word[1:] == before.text[1:]
                and word[0].isnumeric()  # 一级, Ⅱ类, 3星: a numeral (str.isnumeric reads 二 and Ⅱ too)
                and before.text[0].isnumeric()
                and len(previous.text) > len(word)
            ):
                end = offset + len(word)
                return Phrase(
                    previous.text[:offset] + before.text + previous.text[end:],
                    # the grade put in, as read (as averaged does: no position to read it back)
                    previous.positions[:offset] + [-1] * len(before.text) + previous.positions[end:],
                )
            offset += len(word)
    return before + phrases.head_of(found, whole) if whole is not None else before


def last_distinct(subjects: list[Phrase | None], count: int) -> list[Phrase] | None:
    """The last `count` subjects read in a part of a sentence, in order, when there are as many and
    no two are the same: the names a list of shares or rates after them pairs with
    (公共充电桩409.6万台、私人充电桩1200万台，占比分别为25.4%和74.6%); else None."""
    known = [subject for subject in subjects if subject is not None][-count:]
    if len(known) < count or len({subject.text for subject in known}) < count:
        return None
    return known


def last_known(subjects: list[Phrase | None]) -> Phrase | None:
    """The last subject read in a part of a sentence (runs of None are kept as one: see _subjects)."""
    if subjects and subjects[-1] is not None:
        return subjects[-1]
    if len(subjects) > 1:
        return subjects[-2]
    return None


def verb_governs(phrases: NounPhrases, found: list[Token], low: int, first: int) -> bool:
    """True when a verb governs the figure or a proper name stands right before it: the word
    before it (past adverbs and qualifiers) is a verb or a name, or nothing stands before it in
    its clause."""
    for back in range(first - 1, low - 1, -1):
        token = found[back]
        if token.kind != WORD:
            return False
        if token.tag in phrases.stop_tags and token.word not in phrases.punctuation:
            continue
        return phrases.is_verb(token) or token.tag in phrases.name_tags or token.word in phrases.capacity_verbs
    return True


def names_the_goal(phrases: NounPhrases, found: list[Token], position: int, subject: Phrase) -> bool:
    """True when the figure at `position` is a goal's value and `subject`, read before it, names the
    goal or meeting it, not what it measures: 超额完成年度目标任务[（70万人）] (the figure alone in
    brackets after a goal noun), 超额完成年度下降[3%]左右的目标任务 (的 and a goal noun after it, and a
    verb opening the subject). The indicator is then the topic the clause goes on with."""
    if phrases.goal_before(found, position):
        return True
    # 超过(目标)任务[4.3万人]: by how much the indicator beat the goal right before the figure (the verb
    # first: most figures have none before their name)
    verb = subject.first - 1
    if verb > 0 and found[verb].kind == WORD and phrases.is_noun(found[verb]):
        verb -= 1  # a goal word the name left out: 超出[目标]任务
    if (
        verb >= 0
        and found[verb].kind == WORD
        and found[verb].word in phrases.exceeding_verbs
        and phrases.ends_a_goal_noun(found, position - 1)
    ):
        return True
    opening = found[subject.first] if 0 <= subject.first < len(found) else None
    return (
        opening is not None
        and (phrases.is_verb(opening) or opening.word in phrases.achievement_verbs)
        and phrases.goal_after(found, position)
    )


def verbs_naming(phrases: NounPhrases, found: list[Token], low: int, position: int) -> Phrase | None:
    """The verbs of handling right before the figure at `position` when nothing but its frame stands
    before them in its clause (found[low:position]): with no topic to act on, what was done names the
    count (1—11月累计[受理]538.9万件)."""
    start = position
    while (
        start > low
        and found[start - 1].kind == WORD
        and (found[start - 1].word in phrases.handling_verbs or found[start - 1].word in phrases.list_separators)
    ):
        start -= 1
    for token in found[low:start]:
        if not (token.kind == TIME or token.word in phrases.skip_trailing or token.word in phrases.strip_leading):
            return None
    return phrases.verbs_alone(found, start, position)


def summed_list(
    phrases: NounPhrases, found: list[Token], clause_start: int, text: str, listed: list[Phrase | None]
) -> Phrase | None:
    """The list a sum right after it adds up, as written, when the figure's clause opens with a word of
    a sum (合计, 共计: `inner_totals`) and the figures before it in its sentence were listed, each with
    a name (南阳、驻马店、周口三市生猪出栏分别为…，[合计]占全省的38.7%: 南阳、驻马店、周口三市生猪出栏);
    else None."""
    at = clause_start
    while at < len(found) and found[at].kind == TIME:
        at += 1
    if at >= len(found) or found[at].kind != WORD or found[at].word not in phrases.inner_totals:
        return None
    if len(listed) < 2 or any(name is None or not name.positions for name in listed):
        return None
    first = min(name.positions[0] for name in listed if name is not None)
    last = max(name.positions[-1] for name in listed if name is not None)
    positions = [at for at in range(first, last + 1) if not text[at].isspace()]
    return Phrase("".join(text[at] for at in positions), positions)


def baseline_clause(phrases: NounPhrases, tokens: list[Token], index: int) -> bool:
    """True when the paired marker at `index` (与) opens a baseline that 相比 closes in its clause."""
    figure = next((at for at in range(index + 1, len(tokens)) if tokens[at].kind == FIGURE), len(tokens))
    return phrases.closes_baseline(tokens, index, figure)


def partitives(partitive: frozenset[str], firsts: bytes, sentence: Sentence, part_start: int) -> list[int]:
    """The token indexes of the partitive words (其中: `partitive`, their first characters' code table
    `firsts`) in the part of a sentence from `part_start`."""
    at: list[int] = []
    found = sentence.tokens
    index = part_start
    while index < len(found) and sentence.part_starts[index] == part_start:
        token = found[index]
        word = token.word
        # its classes when a rule found them already; else its first character's code (has_code's
        # test, without the call), one set test
        if token.kind == WORD:
            if token.classes >= 0:
                hit = token.classes & wb.PARTITIVE != 0
            elif word:
                code = ord(word[0])
                hit = code < len(firsts) and firsts[code] != 0 and word in partitive
            else:
                hit = word in partitive
        else:
            # ，其中，工业投资…: a clause of its own, left uncut
            hit = (
                token.kind == GAP
                and token.end - token.start <= 3
                and sentence.text[token.start : token.end] in partitive
            )
        if hit:
            at.append(index)
        index += 1
    return at


def repeated(part: Phrase | None, base: Phrase | None, times: int) -> list[tuple[Phrase | None, Phrase | None]]:
    """[(part, base)] * times, as compiled code builds it cheaply: `[x] * n` makes a list of one,
    repeats it through the generic sequence protocol and drops it; most groups hold one figure."""
    pair = (part, base)
    pairs: list[tuple[Phrase | None, Phrase | None]] = []
    while len(pairs) < times:
        pairs.append(pair)
    return pairs


def whole_counted(
    phrases: NounPhrases, sentence: Sentence, low: int, first: int, after: Phrase | None
) -> Phrase | None:
    """The whole a count is a part of, when it opens its clause (or follows a verb of having that
    does) after a whole named with a localiser, in that clause or at the end of the one before
    (抽查的386个村级互助养老服务设施中，有[97个]闲置; 13个区县中有[11个]降尘量同比下降): the count
    counts the whole's things, not what follows it, unless the noun after it has the whole's head
    (有11个州（市）发生…); None where there is no such whole."""
    found = sentence.tokens
    opening = first
    if opening > low and found[opening - 1].kind == WORD and found[opening - 1].word in phrases.possession_verbs:
        opening -= 1
    end = opening  # the localiser's clause: this one, or the one before in the same part
    if opening == low and low > sentence.part_starts[low] + 1:
        end = low - 1  # the mark that closes the clause before
        low = sentence.clause_starts[end - 1]
    if not (end - 1 > low and found[end - 1].kind == WORD and phrases.classes(found[end - 1]) & wb.WHOLE_FRAMES):
        return None
    whole = phrases.before(found, low, end, [])
    if whole is None or (after is not None and after.text[-1:] == whole.text[-1:]):
        return None
    return whole
