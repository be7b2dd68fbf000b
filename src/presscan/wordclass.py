"""The word classes a figure's words are read with, noun phrases, and comparison baselines.

Every word list and tag class comes from patterns/subject.toml (and the comparison,
direction and status words of their files); this module turns them into sets once per
pattern set and answers the questions every attribution rule asks: is this word a noun,
a verb, a stop; where are the comparison baselines (比上年, 与2020年相比) of a clause.
subject.py reads noun phrases with them; counted.py, chains.py, predicate.py, timeline.py ask too.
"""

from __future__ import annotations

from typing import Final

from presscan import wordbits as wb
from presscan.matchwords import code_table
from presscan.patternset import AttributionWords
from presscan.tokens import FIGURE, GAP, WORD, Marks, Token
from presscan.wordbits import bits_by_word

# A subject is a short key phrase: reading further than this many characters
# back from a figure only picks up the clause's frame or an earlier topic.
MOST_SUBJECT_CHARACTERS: Final = 24
# A quoted name inside a subject (“先投后股”试点) is short: a longer quote is a slogan or a title
QUOTED_NAME_CHARACTERS: Final = 16
# A bracketed insert inside a name (执业（助理）医师, 县（市、区）) is shorter still
NAME_INSERT_CHARACTERS: Final = 6


class Phrase:
    """A noun phrase: its text, where each of its characters stands in the normalised text
    (so that it can be given as written), and the tokens [first, last] it spans."""

    __slots__ = ("first", "last", "positions", "text")

    def __init__(self, text: str, positions: list[int], first: int = -1, last: int = -1) -> None:
        self.text = text
        self.positions = positions
        self.first = first
        self.last = last

    def __add__(self, other: Phrase) -> Phrase:
        return Phrase(self.text + other.text, self.positions + other.positions)

    def tail(self, size: int) -> Phrase:
        """The last `size` characters."""
        return Phrase(self.text[-size:], self.positions[-size:])


def phrase_of(tokens: list[Token]) -> Phrase:
    """The words of `tokens` as one phrase."""
    positions: list[int] = []
    words: list[str] = []
    for token in tokens:
        word = token.word
        words.append(word)
        position = token.start
        for _ in range(len(word)):
            positions.append(position)
            position += 1
    return Phrase("".join(words), positions)


class WordClasses:
    """The word lists and tag classes of one pattern set, as sets, and the tests built on them."""

    def __init__(self, words: AttributionWords, marks: Marks) -> None:
        s = words.subject
        self.noun_tags = tuple(s.noun_tags)
        # whether a tag is a noun's (opens with one of noun_tags), by tag: jieba has a few dozen
        # tags, and a dict lookup costs a fraction of str.startswith with a tuple
        self._noun_tag: dict[str, bool] = {}
        self.stop_tags, self.morpheme_tags = frozenset(s.stop_tags), frozenset(s.morpheme_tags)
        self.modifier_tags, self.verb_tags = frozenset(s.modifier_tags), frozenset(s.verb_tags)
        self.inner_adverb_tags, self.relative_end_tags = frozenset(s.inner_adverb_tags), frozenset(s.relative_end_tags)
        self.adverbial_modifier_tags = frozenset(s.adverbial_modifier_tags)
        self.ordinal_tags, self.localiser_tags = frozenset(s.ordinal_tags), frozenset(s.localiser_tags)
        self.relative_heads = frozenset(s.relative_heads)
        self.change_heads = tuple(s.change_heads)
        self.whole_frames, self.frame_nouns = frozenset(s.whole_frames), frozenset(s.frame_nouns)
        self.average_words, self.manner_prepositions = frozenset(s.average_words), frozenset(s.manner_prepositions)
        self.manner_nouns, self.possession_verbs = frozenset(s.manner_nouns), frozenset(s.possession_verbs)
        self.unwritten_verbs, self.trade_verbs = frozenset(s.unwritten_verbs), frozenset(s.trade_verbs)
        self.trade_agents, self.list_bounds = tuple(s.trade_agents), frozenset(s.list_bounds)
        self.means_words, self.period_modifiers = frozenset(s.means_words), frozenset(s.period_modifiers)
        self.beneficiary_prepositions = frozenset(s.beneficiary_prepositions)
        self.service_verbs = frozenset(s.service_verbs)
        self.service_verb_sizes = tuple(sorted({len(verb) for verb in self.service_verbs if verb}))
        self.handling_verbs, self.count_predicates = frozenset(s.handling_verbs), frozenset(s.count_predicates)
        self.occurrence_verbs, self.achievement_verbs = frozenset(s.occurrence_verbs), dict(s.achievement_verbs)
        self.measure_suffixes = tuple(s.noun_suffixes)
        self.contribution_verbs, self.verbal_noun_tags = frozenset(s.contribution_verbs), frozenset(s.verbal_noun_tags)
        self.skip_trailing, self.boundary = frozenset(s.skip_trailing), frozenset(s.boundary)
        # of them, those of two characters or more, looked for inside a name (one is found inside words)
        self.long_boundary = tuple(word for word in self.boundary if len(word) > 1)
        self.strip_leading, self.non_subjects = frozenset(s.strip_leading), frozenset(s.non_subjects)
        self.never_alone, self.share_words = frozenset(s.never_alone), frozenset(s.share_words)
        self.share_word_tuple = tuple(s.share_words)
        self.enumeration_marks, self.list_separators = frozenset(s.enumeration_marks), frozenset(s.list_separators)
        self.distributive, self.generic_nouns = frozenset(s.distributive), frozenset(s.generic_nouns)
        self.measure_heads, self.noun_suffixes = frozenset(s.measure_heads), frozenset(s.noun_suffixes)
        # what an indicator's name ends with: a rate, a total, a measure (增速, 总额, 人数, 率)
        self.indicator_heads = tuple(sorted({*s.relative_heads, *s.measure_heads, *s.noun_suffixes}))
        self.per_markers, self.per_amounts = frozenset(s.per_markers), frozenset(s.per_amounts)
        # verbs of building ([direction] action_verbs): a second action, never a modifier (新建改造农村公路)
        self.action_verbs = frozenset(words.direction.action_verbs)
        self.denominator_tags, self.measure_tags = frozenset(s.denominator_tags), frozenset(s.measure_tags)
        self.counted_places, self.done_adverbs = tuple(s.counted_places), frozenset(s.done_adverbs)
        self.abbreviations = {short: tuple(s.abbreviations[short]) for short in sorted(s.abbreviations, key=len)[::-1]}
        self.class_numerals = frozenset("".join(s.class_numerals))
        self.per_codes, self.class_numeral_codes = code_table(self.per_markers), code_table(self.class_numerals)
        self.class_numeral_joiners = frozenset(s.class_numeral_joiners)
        self.numeral_tags = frozenset(s.numeral_tags)
        self.attributive_verbs = frozenset(s.attributive_verbs)
        self.capacity_verbs, self.conversion_verbs = frozenset(s.capacity_verbs), frozenset(s.conversion_verbs)
        self.name_tags = frozenset(s.name_tags)
        # goal and estimate words are no part of a subject: 生产总值[预期]增长5%, [计划]投资120亿元
        self.status_words = frozenset((*words.status.target, *words.status.estimate))
        self.goal_nouns, self.goal_noun_ends = frozenset(words.status.target_nouns), tuple(words.status.target_nouns)
        self.exceeding_verbs, self.negations = frozenset(s.exceeding_verbs), frozenset(words.status.negations)
        self.linkers, self.glue_particles = frozenset(s.linkers), frozenset(s.glue_particles)
        self.aside_verbs, self.aside_ends = frozenset(s.aside_verbs), frozenset(s.aside_ends)
        self.bracket_notes = frozenset(s.bracket_notes)
        self.bracket_note_words = tuple(s.bracket_notes)  # for str.startswith
        self.inner_totals = frozenset(s.inner_totals)
        self.numeral_heads = frozenset(s.numeral_heads)
        self.rank_verbs = frozenset(s.rank_verbs)
        self.idiom_tags = frozenset(s.idiom_tags)
        self.rank_suffixes, self.serial_markers = frozenset(s.rank_suffixes), frozenset(s.serial_markers)
        self.group_units = tuple(s.group_units)
        self.class_suffixes = frozenset(s.class_suffixes)
        self.remainder_words = frozenset(s.remainder_words)
        self.speech_openers = tuple(s.speech_openers)
        self.outcome_verbs = frozenset(s.outcome_verbs)
        self.averaged_changes = frozenset(s.averaged_changes)
        self.participation_verbs = frozenset(s.participation_verbs)
        self.share_markers = frozenset(words.share.markers)
        self.share_heads = frozenset(words.share.heads)
        self.share_of_markers = frozenset(words.share.of_markers)
        self.share_of_kinds = frozenset(words.share.of_kinds)
        self.partitive = frozenset(words.share.partitive)
        self.ratio_heads = frozenset(words.share.ratio_heads)
        c = words.comparison
        self.comparison_markers = frozenset(c.markers)
        self.paired_markers = frozenset(c.paired_markers)
        self.closers = frozenset(c.closers)
        self.closers_tuple = tuple(self.closers)
        self.comparison_adverbs = frozenset(c.adverbs)
        # every start of a comparison adverb (the empty one and the whole word too): a word that
        # is none cannot join the word after it into one, and no joined string is built for it
        self.comparison_adverb_heads = _heads(self.comparison_adverbs)
        d = words.direction
        self.gap_markers = frozenset(d.gaps)
        # predicate.Predicates' lists of direction words, here for their bits: every start of a
        # direction word ("" and whole words too), and every word its word_direction reads
        self.direction_heads = frozenset(word[:size] for word in (*d.up, *d.down) for size in range(len(word) + 1))
        self.moving = frozenset((*d.up, *d.down, *d.up_nouns, *d.down_nouns, *d.baseline_up, *d.baseline_down, *d.gaps))
        # the words that end a comparison's baseline: the predicate after it
        self.predicates = frozenset(
            (*s.skip_trailing, *d.up, *d.down, *d.baseline_up, *d.baseline_down, *d.gaps, *c.closers)
        )
        self.punctuation = marks.punctuation
        self.colons = marks.colons
        self.clause_end_marks = marks.clause_ends
        # unions the rules test a word against in one lookup where any of their sets will do
        # (the word is usually in none of them)
        self.baseline_openers = self.comparison_markers | self.paired_markers
        self.phrase_breaks = marks.punctuation | self.share_markers | self.conversion_verbs
        self.set_aside = self.skip_trailing | marks.quotes | self.comparison_adverbs | self.status_words
        self.list_marks = marks.list_marks
        self.quotes = marks.quotes
        self.opening_quotes = marks.opening_quotes
        self.closing_quotes = marks.closing_quotes
        self.open_brackets = marks.opening_brackets
        self.close_brackets = marks.closing_brackets
        self._word_bits = bits_by_word(
            [
                (wb.PUNCTUATION, self.punctuation),
                (wb.NON_SUBJECTS, self.non_subjects),
                (wb.ASIDE_VERBS, self.aside_verbs),
                (wb.COMPARISON_MARKERS, self.comparison_markers),
                (wb.PAIRED_MARKERS, self.paired_markers),
                (wb.CLOSERS, self.closers),
                (wb.PREDICATES, self.predicates),
                (wb.GAP_MARKERS, self.gap_markers),
                (wb.ASIDE_ENDS, self.aside_ends),
                (wb.LINKERS, self.linkers),
                (wb.BOUNDARY, self.boundary),
                (wb.SHARE_MARKERS, self.share_markers),
                (wb.SHARE_WORDS, self.share_words),
                (wb.CLOSE_BRACKETS, self.close_brackets),
                (wb.OPEN_BRACKETS, self.open_brackets),
                (wb.PARTITIVE, self.partitive),
                (wb.STRIP_LEADING, self.strip_leading),
                (wb.STATUS_WORDS, self.status_words),
                (wb.LIST_SEPARATORS, self.list_separators),
                (wb.RANK_VERBS, self.rank_verbs),
                (wb.PER_MARKERS, self.per_markers),
                (wb.REMAINDER_WORDS, self.remainder_words),
                (wb.QUOTES, self.quotes),
                (wb.INNER_TOTALS, self.inner_totals),
                (wb.CONVERSION_VERBS, self.conversion_verbs),
                (wb.ENUMERATION_MARKS, self.enumeration_marks),
                (wb.SKIP_TRAILING, self.skip_trailing),
                (wb.CLOSING_QUOTES, self.closing_quotes),
                (wb.OPENING_QUOTES, self.opening_quotes),
                (wb.CLASS_NUMERAL_JOINERS, self.class_numeral_joiners),
                (wb.RELATIVE_HEADS, self.relative_heads),
                (wb.AVERAGED_CHANGES, self.averaged_changes),
                (wb.PER_AMOUNTS, self.per_amounts),
                (wb.COMPARISON_ADVERB_HEADS, self.comparison_adverb_heads),
                (wb.COMPARISON_ADVERBS, self.comparison_adverbs),
                (wb.NOUN_SUFFIXES, self.noun_suffixes),
                (wb.CLASS_SUFFIXES, self.class_suffixes),
                (wb.AVERAGE_WORDS, self.average_words),
                (wb.NEVER_ALONE, self.never_alone),
                (wb.WHOLE_FRAMES, self.whole_frames),
                (wb.GOAL_NOUNS, self.goal_nouns),
                (wb.MEASURE_HEADS, self.measure_heads),
                (wb.RATIO_HEADS, self.ratio_heads),
                (wb.LIST_MARKS, self.list_marks),
                (wb.ATTRIBUTIVE_VERBS, self.attributive_verbs),
                (wb.ACTION_VERBS, self.action_verbs),
                (wb.GENERIC_NOUNS, self.generic_nouns),
                (wb.GLUE_PARTICLES, self.glue_particles),
                (wb.MOVING, self.moving),
                (wb.DIRECTION_HEADS, self.direction_heads),
            ]
        )
        # the tag classes, by bit; a tag's bits are found when a token of the tag first asks
        self._tag_classes = (
            (wb.STOP_TAGS, self.stop_tags),
            (wb.VERB_TAGS, self.verb_tags),
            (wb.MODIFIER_TAGS, self.modifier_tags),
            (wb.INNER_ADVERB_TAGS, self.inner_adverb_tags),
            (wb.MEASURE_TAGS, self.measure_tags),
            (wb.ADVERBIAL_MODIFIER_TAGS, self.adverbial_modifier_tags),
            (wb.NUMERAL_TAGS, self.numeral_tags),
            (wb.LOCALISER_TAGS, self.localiser_tags),
            (wb.IDIOM_TAGS, self.idiom_tags),
        )
        self._tag_bits: dict[str, int] = {}
        # the bits of a word of one character by its code point, and the tag they were found with
        self._char_bits: list[int] = [0] * 0x10000
        self._char_tags: list[str | None] = [None] * 0x10000
        self._empty_bits = self._word_bits.get("", 0)  # the lists "" is in

    # ----- word classes ------------------------------------------------------------
    def classes(self, token: Token) -> int:
        """The bits of the classes of `token`'s word and tag (wordbits.py), found once per token."""
        bits = token.classes
        if bits < 0:
            word, tag = token.word, token.tag
            # a word of one character (a mark, 的, 年: half the tokens) by its code point, as long as
            # its tag is the one the table's bits were found with (tags are one object each, lexicon.py)
            if len(word) == 1 and ord(word) < 0x10000:
                code = ord(word)
                if self._char_tags[code] is tag:
                    bits = self._char_bits[code]
                else:
                    bits = self._char_bits[code] = self._bits_of(word, tag)
                    self._char_tags[code] = tag
            else:
                bits = self._bits_of(word, tag)
            token.classes = bits
        return bits

    def _bits_of(self, word: str, tag: str) -> int:
        bits = self._word_bits.get(word, 0)
        tag_bits = self._tag_bits.get(tag)
        if tag_bits is None:
            tag_bits = wb.NOUN_TAG if self.is_noun_tag(tag) else 0
            for bit, tags in self._tag_classes:
                if tag in tags:
                    tag_bits |= bit
            self._tag_bits[tag] = tag_bits
        # no ideograph (CJK and Extension A) is a digit: isdigit only for a word that starts otherwise
        if word and not 0x3400 <= ord(word[0]) <= 0x9FFF and word.isdigit():
            return bits | tag_bits | wb.DIGITS
        return bits | tag_bits

    def is_noun_tag(self, tag: str) -> bool:
        """True when `tag` opens with one of noun_tags."""
        noun = self._noun_tag.get(tag)
        if noun is None:
            noun = self._noun_tag[tag] = tag.startswith(self.noun_tags)
        return noun

    def is_noun(self, token: Token) -> bool:
        # a noun's tag, and no punctuation, non-subject or digits (jieba tags digits eng, a Latin
        # word: 连续[5]年 is no name)
        bits = token.classes  # most often found already: no call
        return token.kind == WORD and (bits if bits >= 0 else self.classes(token)) & wb.NOUN_TEST == wb.NOUN_TAG

    def names_a_group(self, tokens: list[Token], index: int) -> bool:
        """True when tokens[index] is a figure in a unit of group_units right before a noun:
        [65岁及以上]人口, a group the noun's name holds."""
        token = tokens[index]
        return (
            token.kind == FIGURE
            and index + 1 < len(tokens)
            and self.is_noun(tokens[index + 1])
            and any(unit in token.word for unit in self.group_units)
        )

    def is_verb(self, token: Token) -> bool:
        bits = token.classes
        return token.kind == WORD and (bits if bits >= 0 else self.classes(token)) & wb.VERB_TAGS != 0

    def quoted_name_end(self, tokens: list[Token], quote: int, bound: int) -> int:
        """The index of the quote that pairs with tokens[quote] around a short quoted name (“四上”):
        ahead of an opening quote up to `bound` (exclusive), behind a closing one down to `bound`;
        -1 when there is none within QUOTED_NAME_CHARACTERS, or a punctuation mark stands between."""
        opening = self.classes(tokens[quote]) & wb.OPENING_QUOTES != 0
        partners = wb.CLOSING_QUOTES if opening else wb.OPENING_QUOTES
        indexes = range(quote + 1, bound) if opening else range(quote - 1, bound - 1, -1)
        size = 0
        for index in indexes:
            token = tokens[index]
            if token.kind != WORD:
                return -1
            bits = self.classes(token)
            if bits & wb.PUNCTUATION and not bits & wb.LIST_MARKS:  # “双随机、一公开”: a list may be quoted
                return -1
            if bits & partners:
                return index if size else -1
            size += len(token.word)
            if size > QUOTED_NAME_CHARACTERS:
                return -1
        return -1

    def is_stop(self, token: Token) -> bool:
        return token.kind != WORD or self.classes(token) & (wb.STOP_TAGS | wb.PUNCTUATION) != 0

    # ----- comparisons ---------------------------------------------------------------
    def baseline_spans(self, tokens: list[Token], low: int, high: int, text: str = "") -> list[tuple[int, int]]:
        """[first, last) token ranges of the comparison baselines in tokens[low:high], marker included:
        比[上年]增长, 较[去年同期]提高, 与[2020年]相比. With the sentence's `text`, a closer inside words
        left uncut (a GAP: 与2020年第七次全[国人口普查相比]) closes the baseline too."""
        spans: list[tuple[int, int]] = []
        index = low
        while index < high:
            # the bits of the word; of "" for a figure, a time or a gap
            token = tokens[index]
            opener = token.classes if token.kind == WORD else self._empty_bits
            if opener < 0:  # not found yet (as a rule it is)
                opener = self.classes(token)
            if opener & wb.BASELINE_OPENERS and (
                opener & wb.COMPARISON_MARKERS
                or (opener & wb.PAIRED_MARKERS and self.closes_baseline(tokens, index, high, text))
            ):
                end = index + 1
                while end < high:
                    token = tokens[end]
                    if token.kind == FIGURE:
                        break
                    bits = self.classes(token)
                    if bits & wb.PUNCTUATION:
                        break
                    if token.kind == GAP and self._gap_closes(token, text):
                        end += 1
                        break
                    if token.kind == WORD and bits & wb.CLOSERS:
                        end += 1
                        break
                    if (
                        token.kind == WORD
                        and bits & wb.PREDICATES
                        and end > index + 1
                        and not opener & wb.GAP_MARKERS  # 高于[各项贷款平均增速]13.7个百分点: to the figure
                        and not opener & wb.PAIRED_MARKERS  # 以2020年[为]基数: to the closer found
                    ):
                        break
                    end += 1
                spans.append((index, end))
                index = end
                continue
            if opener & wb.ASIDE_VERBS:
                end = self._aside_end(tokens, index, high)
                if end > 0:
                    spans.append((index, end))  # [扣除价格因素后]实际增长4.1%: an aside, like a baseline
                    index = end
                    continue
            index += 1
        return spans

    def _aside_end(self, tokens: list[Token], index: int, high: int) -> int:
        """One past the word that closes an aside opened at `index` (扣除…[后]) within its clause, or 0."""
        for end in range(index + 1, high):
            token = tokens[end]
            if token.kind != WORD:
                return 0
            bits = self.classes(token)
            if bits & wb.PUNCTUATION:
                return 0
            if bits & wb.ASIDE_ENDS:
                return end + 1
        return 0

    def alone_in_brackets(self, tokens: list[Token], position: int) -> bool:
        """True when the figure at `position` stands alone in brackets (年度目标任务（70万人）)."""
        return (
            0 < position < len(tokens) - 1
            and self.classes(tokens[position - 1]) & wb.OPEN_BRACKETS != 0
            and self.classes(tokens[position + 1]) & wb.CLOSE_BRACKETS != 0
        )

    def closes_baseline(self, tokens: list[Token], index: int, high: int, text: str = "") -> bool:
        """True when a closer (相比) follows a paired marker (与) within its clause, or right after
        the figure at `high` that the baseline's 的 leads to (与2020年人口普查的[949.89万人]相比)."""
        for at in range(index + 1, min(high, len(tokens))):
            token = tokens[at]
            if token.kind == FIGURE:
                return self._value_before_closer(tokens, at)
            bits = self.classes(token)
            if bits & wb.PUNCTUATION:
                return False
            if (token.kind == WORD and bits & wb.CLOSERS) or (token.kind == GAP and self._gap_closes(token, text)):
                return True
        return (
            index + 1 < high + 1 < len(tokens)
            and tokens[high].kind == FIGURE
            and tokens[high - 1].word in self.linkers
            and tokens[high + 1].word in self.closers
        )

    def _gap_closes(self, gap: Token, text: str) -> bool:
        """True when words left uncut (a GAP token) end with a closer (…人口普查相比), in `text`."""
        return bool(text) and text.endswith(self.closers_tuple, gap.start, gap.end)

    def _value_before_closer(self, tokens: list[Token], at: int) -> bool:
        """True when the figure at `at` is a baseline's value: 的 before it, 相比 after it."""
        return (
            0 < at < len(tokens) - 1
            and tokens[at - 1].word in self.linkers
            and tokens[at + 1].kind == WORD
            and tokens[at + 1].word in self.closers
        )


def _heads(words: frozenset[str]) -> frozenset[str]:
    """Every prefix of every word of `words`, "" and the words themselves included."""
    return frozenset(word[:size] for word in words for size in range(len(word) + 1))


def inside(spans: list[tuple[int, int]], index: int) -> int:
    """The first token of the span that holds `index`, or -1."""
    for first, end in spans:
        if first <= index < end:
            return first
    return -1
