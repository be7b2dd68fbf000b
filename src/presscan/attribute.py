"""Read what each figure measures, when, which way, and whether it is a goal.

Works on normalised text and on the figures `match` found. Each sentence that
holds a figure or a time expression is cut into words once (jieba's dictionary,
see lexicon.py and tokens.py), and the rules read those words:

- subject and base (subject.py): the noun phrase of the figure, its counted noun,
  the part and whole of a share; lists paired by 分别; and, where a clause says no
  indicator of its own (比上年增长5.2%), the topic of the clause it continues;
- period (periods.py finds and resolves times, timeline.py says which is in force):
  the figure's sentence, else its paragraph, else its section's heading;
- direction, status and measure (predicate.py): the words of the figure's own
  predicate, its section (a review of results, or goals) and its period.

Every word list is in patterns/ (subject.toml, periods.toml, direction.toml,
status.toml, measure.toml); a user's pattern files may add to them.
"""

from __future__ import annotations

from typing import Final

from presscan import wordbits as wb
from presscan.chains import Chains
from presscan.figuregroups import ListedMoves, listed_groups
from presscan.islands import islands_of_sentences
from presscan.match import RawFigure
from presscan.measure import COUNT, DURATION, Measures
from presscan.patternset import HARD_BREAK, PatternSet
from presscan.periods import DocumentYears, PeriodFinder, PeriodMatch, ResolvedPeriod
from presscan.predicate import UP, Predicates
from presscan.sections import Section, Sections
from presscan.segment import Spans, bisect_right
from presscan.sentencewords import SentenceWords
from presscan.statusrules import TARGET, StatusRules
from presscan.subject import NounPhrases
from presscan.timeline import Timeline
from presscan.tokens import (
    FIGURE,
    TIME,
    WORD,
    MarkIndex,
    Marks,
    Sentence,
    Token,
    Windows,
    WordTagger,
    cut,
    without_overlaps,
)
from presscan.wordclass import Phrase

# How many characters around figures and times are cut into words (see tokens.Windows):
# back from a figure, its subject (subject.MOST_SUBJECT_CHARACTERS) and a short predicate
# (比上年同期增长); after it, a noun (设立超500亿元区域基金) or the thing a count
# counts (1023项供需对接和投融资项目); around a time, the word that makes it a baseline
# (比) or part of a noun phrase (完成全年目标任务).
BEFORE_FIGURE: Final = 30
AFTER_FIGURE: Final = 10
AFTER_COUNT: Final = 16
AROUND_TIME: Final = 4


class Attribution:
    """What the words around one figure say of it. A plain class (mypyc compiles its
    constructor, see match.RawFigure); never changed once returned."""

    __slots__ = ("base", "direction", "kind", "measure", "own_period", "period", "resolved", "status", "subject")

    def __init__(self) -> None:
        # noun phrases in the normalised text; core gives them as written (Phrase.positions)
        self.subject: Phrase | None = None
        self.base: Phrase | None = None
        self.period: PeriodMatch | None = None
        self.resolved: ResolvedPeriod | None = None
        self.own_period = False  # the period stands in the figure's own sentence
        self.direction: str | None = None
        self.status: str = "actual"
        self.measure: str | None = None
        self.kind: str | None = None  # the kind the words give, where it is not the unit's (高温日数28天: count)


class Attributor:
    """Attribution rules over one pattern set; build once, use for many texts (core keeps one per set)."""

    def __init__(self, patterns: PatternSet, tagger: WordTagger | None = None) -> None:
        words = patterns.attribution
        self.words = words
        self._tagger = tagger
        punctuation = patterns.punctuation
        self.marks = Marks(
            sentence_ends=punctuation.full_stop | {HARD_BREAK},
            part_ends=punctuation.part_end,
            clause_ends=punctuation.clause_end,
            colons=punctuation.colons,
            list_marks=punctuation.list_marks,
            quotes=punctuation.quote_marks,
            opening_brackets=punctuation.opening_brackets,
            closing_brackets=punctuation.closing_brackets,
            opening_quotes=frozenset(punctuation.quotes),
            closing_quotes=frozenset(punctuation.quotes.values()),
        )
        numerals = frozenset(patterns.digits) | frozenset(c for c, v in patterns.places.items() if v == 10)
        self.phrases = NounPhrases(words, self.marks, numerals)
        self.windows = Windows(
            BEFORE_FIGURE,
            AFTER_FIGURE,
            AFTER_COUNT,
            AROUND_TIME,
            self.phrases.linkers,
            tuple(words.subject.distributive),
        )
        self.periods = PeriodFinder(patterns)
        self.predicates = Predicates(words, self.phrases, patterns.positive_signs)
        self.statuses = StatusRules(words, self.phrases, dict(patterns.titles))
        self.measures = Measures(words, self.phrases)
        self.distributive = frozenset(words.subject.distributive)
        # predicate words jieba may glue to the noun before a figure (价格下降/n), and the tag
        # they get when split off (a verb's)
        self.glued_predicates = frozenset(
            word
            for word in (*words.direction.up, *words.direction.down, *words.subject.skip_trailing)
            if len(word) >= 2
        )
        self.predicate_tag = words.subject.verb_tags[0] if words.subject.verb_tags else "v"
        # one-character comparison markers (比, 较), which jieba may glue to the word before
        self.single_markers = frozenset(word for word in words.comparison.markers if len(word) == 1)
        self.list_gaps = frozenset(words.subject.list_separators)
        self.moves = ListedMoves(self.predicates.up | self.predicates.down, self.list_gaps, self.distributive)
        self.chains = Chains(self.phrases, self.predicates, words, lambda: self.tagger, numerals)
        self.timeline = Timeline(self.periods, self.phrases, self.marks, self.distributive, tuple(words.status.target))
        self.sections = Sections(
            self.periods,
            self.marks,
            numerals,
            tuple(words.status.target_sections),
            tuple(words.status.actual_sections),
            tuple(words.status.target),
            tuple(patterns.pages.byline_words),
            tuple(words.subject.list_separators),
        )

    @property
    def tagger(self) -> WordTagger:
        """presscan's tagger over the shipped lexicon, loaded on first use, unless one was given."""
        if self._tagger is None:
            from presscan.words import tagger

            self._tagger = tagger(tuple(self.words.subject.dictionary))
        return self._tagger

    def attribute(
        self,
        text: str,
        figures: list[RawFigure],
        sentence_spans: Spans,
        paragraph_ends: list[int],
        headings: list[tuple[int, int]],
        document: DocumentYears,
        carried: Section | None = None,
        title: tuple[int, int] | None = None,
    ) -> tuple[list[Attribution], Section | None]:
        """One Attribution per figure, and the section in force at the end of the text.
        `sentence_spans` are full sentences (to 。！？ or a heading's end); `paragraph_ends`,
        `headings` and `title` (the document's title line, if the text opens with one) are
        normalised offsets; `carried` is the section in force where the text starts."""
        results = [Attribution() for _ in figures]
        found_periods = self.periods.find(text)
        if not figures:
            sections = self.sections.read(text, headings, found_periods, carried, title)
            return results, sections[-1] if sections else None
        sentences, figure_at, period_at = self._sentences(text, figures, found_periods, sentence_spans)
        groups = listed_groups(sentences, figure_at, self.list_gaps)
        subjects = self.chains.read(
            sentences, figures, figure_at, self.moves.merged(sentences, figure_at, groups), paragraph_ends
        )
        if len(subjects) != len(results):
            raise ValueError("one subject per figure")
        measures = self.measures
        for index in range(len(results)):  # not zip(strict=True): compiled, it iterates generically
            result = results[index]
            result.subject, result.base = subjects[index]
            if figures[index].kind == DURATION:
                sentence_index, position = figure_at[index]
                named = result.subject.text if result.subject is not None else None
                result.kind = measures.kind(figures[index], named, sentences[sentence_index].tokens, position)
                # 平均住院日8.6天，其中：公立医院8.4天: what follows a time measured in its unit is one too
                if (
                    result.kind is None
                    and index > 0
                    and figure_at[index - 1][0] == sentence_index
                    and results[index - 1].kind == COUNT
                    and figures[index - 1].unit == figures[index].unit
                ):
                    result.kind = COUNT
        timeline = self.timeline
        usable = timeline.usable(sentences, found_periods, period_at)
        lead = (
            self.sections.lead(text, sentence_spans, [figure.start for figure in figures], title)
            if carried is None
            else None
        )
        sections = self.sections.read(text, headings, found_periods, carried, title, lead)
        section_of = _section_of(sections, figures)
        periods = timeline.assign(
            figures,
            figure_at,
            groups,
            found_periods,
            period_at,
            usable,
            sentences,
            paragraph_ends,
            sections,
            section_of,
            document,
        )
        if len(periods) != len(results):
            raise ValueError("one period per figure")
        for index in range(len(results)):
            result = results[index]
            result.period, result.resolved, result.own_period = periods[index]
        section_status = [sections[i].status if i >= 0 else None for i in section_of]
        self._predicates(sentences, figures, figure_at, groups, section_status, document, results, found_periods)
        return results, sections[-1] if sections else None

    def _sentences(
        self, text: str, figures: list[RawFigure], found: list[PeriodMatch], sentence_spans: Spans
    ) -> tuple[list[Sentence], list[tuple[int, int]], list[tuple[int, int]]]:
        """The sentences with a figure or a time expression, cut into tokens; for each figure and
        each time expression, (sentence, token) where it stands ((-1, -1) for a time inside a figure)."""
        islands_by_sentence = islands_of_sentences(figures, found, sentence_spans)
        sentences: list[Sentence] = []
        figure_at = [(-1, -1)] * len(figures)
        period_at = [(-1, -1)] * len(found)
        counts = [figure.kind == "count" and figure.per is None for figure in figures]
        tagger = self.tagger
        cuts = MarkIndex(text, self.marks)
        for sentence in sorted(islands_by_sentence):
            start, end = sentence_spans.starts[sentence], sentence_spans.ends[sentence]
            islands = without_overlaps(islands_by_sentence[sentence], start, end)
            cut_tokens = cut(text, start, end, islands, tagger, self.windows, counts, cuts)
            found_tokens = self._split_markers(cut_tokens)
            for position, token in enumerate(found_tokens):
                if token.kind == FIGURE:
                    figure_at[token.index] = (len(sentences), position)
                elif token.kind == TIME:
                    period_at[token.index] = (len(sentences), position)
            sentences.append(Sentence(found_tokens, self.marks, text))
        return sentences, figure_at, period_at

    def _split_markers(self, found: list[Token]) -> list[Token]:
        """jieba glues a comparison marker to the noun before a time (价格比/n 上年), and a
        predicate to the noun before a figure (价格下降/n 1.1%): such a word is split in two."""
        markers = self.single_markers
        size = len(found)
        # most sentences have no such word: they are kept as they are. Looked for from each figure
        # and time back: the word right before it, and before a figure the word before a
        # predicate's particle (逾期率控制/n [在]1%), which _after_word reads past
        for position in range(1, size):
            after = found[position]
            if after.kind != FIGURE and after.kind != TIME:
                continue
            word_token = found[position - 1]
            if word_token.kind != WORD:
                continue
            if self._glued_predicate(word_token, after) or (
                after.kind == TIME and len(word_token.word) > 1 and word_token.word[-1] in markers
            ):
                break
            if (
                after.kind == FIGURE
                and position >= 2
                and found[position - 2].kind == WORD
                and self.phrases.classes(word_token) & wb.GLUE_PARTICLES
                and self._glued_predicate(found[position - 2], after)
            ):
                break
        else:
            return found
        result: list[Token] = []
        for index in range(size):
            token = found[index]
            following = self._after_word(found, index) if index + 1 < size else None
            if following is None or token.kind != WORD or (following.kind != FIGURE and following.kind != TIME):
                result.append(token)  # only a word right before a figure or a time is split
                continue
            word = token.word
            glued = self._glued_predicate(token, following)
            if glued:
                position = token.start
                for part, tag in self.tagger.cut(word[: -len(glued)]):
                    result.append(Token(part, tag, position, position + len(part), WORD, -1))
                    position += len(part)
                result.append(Token(glued, self.predicate_tag, position, token.end, WORD, -1))
                continue
            if (
                token.kind == WORD
                and len(word) > 1
                and word[-1] in markers
                and following is not None
                and following.kind == TIME
            ):
                position = token.start
                for part, tag in self.tagger.cut(word[:-1]):
                    result.append(Token(part, tag, position, position + len(part), WORD, -1))
                    position += len(part)
                result.append(Token(word[-1], "p", token.end - 1, token.end, WORD, -1))
                continue
            result.append(token)
        return result

    def _after_word(self, found: list[Token], index: int) -> Token:
        """The token after found[index], or the figure after it and a predicate's particle
        (逾期率控制/n [在]1%以内). There is a token after found[index]."""
        following = found[index + 1]
        if (
            following.kind == WORD
            and self.phrases.classes(following) & wb.GLUE_PARTICLES
            and index + 2 < len(found)
            and found[index + 2].kind == FIGURE
        ):
            return found[index + 2]
        return following

    def _glued_predicate(self, token: Token, following: Token | None) -> str:
        """The predicate word a word right before a figure ends with, when jieba glued it to a
        noun (价格下降, 产量增长); "" when there is none."""
        if token.kind != WORD or following is None or following.kind != FIGURE:
            return ""
        word = token.word
        for size in range(len(word) - 2, 1, -1):
            if word[-size:] in self.glued_predicates:
                return word[-size:]
        if len(word) > 2 and word[0] in self.phrases.noun_suffixes and word[1:] in self.glued_predicates:
            return word[1:]  # 逾期 率控制/n: a noun's suffix glued to the predicate after it
        return ""

    # ----- subjects -----------------------------------------------------------------------
    def _predicates(
        self,
        sentences: list[Sentence],
        figures: list[RawFigure],
        figure_at: list[tuple[int, int]],
        groups: list[list[int]],
        section_status: list[str | None],
        document: DocumentYears,
        results: list[Attribution],
        found_periods: list[PeriodMatch],
    ) -> None:
        """Figures listed together (增长4.4%和2.9%) share the first one's predicate, and so does a
        figure listed after another with 、 and no predicate of its own (新增A 5家、B 8家)."""
        predicates = self.predicates
        measures = self.measures
        words: dict[int, SentenceWords] = {}
        leader = [group[0] for group in groups for _ in group]
        # the figure before counts what was added (新增…): its parts after 其中 were added too; one flag, not
        # a list of one per figure (only the figure before is ever asked)
        added_before = False
        for index, figure in enumerate(figures):
            if leader[index] != index:
                first = results[leader[index]]
                results[index].status, results[index].measure = first.status, first.measure
                signed = predicates.signed_direction(figure)
                if signed is not None:
                    results[index].direction = signed
                else:
                    at, first_position = figure_at[leader[index]]
                    before = sentences[at].previous_figure(first_position)
                    low = before + 1 if before >= 0 else sentences[at].clause_starts[first_position]
                    results[index].direction = predicates.word_direction(sentences[at].tokens, low, first_position)
                added_before = False
                continue
            sentence_index, position = figure_at[index]
            sentence = sentences[sentence_index]
            found = sentence.tokens
            previous = sentence.previous_figure(position)
            low = previous + 1 if previous >= 0 else sentence.clause_starts[position]
            result = results[index]
            listed = previous >= 0 and (
                low == position
                or all(t.kind == WORD and t.word in self.marks.list_marks for t in found[previous + 1 : previous + 2])
            )
            # …、B 82个: an item whose words are all its name (省级试点示范项目) says what the first item did
            named = (
                listed
                and index > 0
                and result.subject is not None
                and (result.subject.first, result.subject.last) == (low + 1, position - 1)
                and figures[index - 1].unit == figures[index].unit  # (增长8%、实际使用外资20亿美元: a level)
            )
            if listed and index > 0 and (named or not predicates.has_predicate(found, low, position)):
                earlier = results[index - 1]
                result.direction, result.status, result.measure = earlier.direction, earlier.status, earlier.measure
                added_before = False
                continue
            sentence_words = words.get(sentence_index)
            if sentence_words is None:
                sentence_words = words[sentence_index] = self.statuses.sentence_words(sentence, self.tagger)
            result.direction = predicates.direction(found, low, position, figure)
            if result.direction is None and low == sentence.clause_starts[position]:
                result.direction = predicates.carried_direction(sentence, low, position)
            if result.direction is None and previous >= 0 and figure_at[index - 1] == (sentence_index, previous):
                result.direction = predicates.moved_from(found, previous, position, figures[index - 1], figure)
            adds = result.direction == UP and predicates.adds(found, low, position)
            if result.direction is None and added_before and figure_at[index - 1][0] == sentence_index:
                opening = found[sentence.clause_starts[position]]
                if (
                    opening.kind == WORD
                    and opening.word in self.phrases.partitive
                    and figures[index - 1].unit == figure.unit
                    and not predicates.has_predicate(found, low, position)
                ):
                    result.direction = UP  # 新增技能人才18.4万人，[其中]高技能人才6.2万人: added too
            added_before = adds
            result.status = self.statuses.status(
                sentence,
                low,
                position,
                section_status[index],
                result.period if result.own_period else None,
                result.resolved,
                document,
                sentence_words,
                found_periods,
            )
            if (
                result.status != TARGET
                and section_status[index] is None
                and not result.own_period
                and index > 0
                and sentence_index - 1 <= figure_at[index - 1][0]
                and results[index - 1].status == TARGET
                and self.statuses.continues_goal(sentence, position, sentence_words)
            ):
                result.status = TARGET  # 计划实施项目500个。[其中]，产业项目312个: the parts of a goal
            subject_text = result.subject.text if result.subject is not None else None
            result.measure = measures.measure(found, low, position, figure, subject_text, result.base is not None)


def _section_of(sections: list[Section], figures: list[RawFigure]) -> list[int]:
    """The index of the section each figure stands in (-1 before the first)."""
    starts = [section.start for section in sections]  # a carried section starts at -1
    return [bisect_right(starts, figure.start) - 1 for figure in figures]
