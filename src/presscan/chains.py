"""Topic chains: what each figure measures, read along the chain of clauses it stands in.

Chinese states a topic once and lets the clauses after it comment on it (话题链):
全年粮食产量456.2万吨，比上年增长2.3%，其中夏粮161.4万吨. So a figure's subject is the noun
phrase of its own clause (subject.py) when it has one, else the subject read last in its
part of the sentence, else the topic of a clause before it; a part that opens with its
predicate (；比上年增长5%) continues the topic of the part before. Figures listed together
pair with listed subjects (A、B分别增长1%、2%), and a share has its part as the subject
and its whole as the base.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from presscan import chainparts
from presscan import wordbits as wb
from presscan.chainparts import (
    last_known,
    modified,
    named_from_earlier,
    names_the_goal,
    not_a_rate,
    repeated,
    verb_governs,
    verbs_naming,
    whole_counted,
)
from presscan.counted import NounsAfter
from presscan.listedsubjects import ListedSubjects
from presscan.listitems import expanded
from presscan.match import RawFigure
from presscan.matchwords import code_table, has_code
from presscan.patternset import AttributionWords
from presscan.predicate import Predicates
from presscan.segment import bisect_near
from presscan.shares import Shares
from presscan.subject import NounPhrases
from presscan.tokens import FIGURE, GAP, TIME, WORD, Sentence, Token, WordTagger, cut_words
from presscan.wordclass import Phrase, phrase_of

# How many clauses back a clause with no indicator of its own looks for the topic it
# continues: a topic chain is stated near its comments, and the bound keeps a
# sentence of thousands of clauses linear.
TOPIC_CLAUSES_BACK: Final = 3
# how many clauses back a share's frame of a whole may stand (X中，A占…，B占…，C占…)
FRAME_CLAUSES_BACK: Final = 4
PERCENT: Final = "percent"  # the kind of a percentage (not of percentage points)
# How much of a clause left uncut is read to see whether it opens with its predicate
OPENING_CHARACTERS: Final = 8


class Chains:
    """Subject rules along topic chains, over one pattern set."""

    def __init__(
        self,
        phrases: NounPhrases,
        predicates: Predicates,
        words: AttributionWords,
        tagger: Callable[[], WordTagger],
        numerals: frozenset[str] = frozenset(),
    ) -> None:
        self.phrases = phrases
        self.predicates = predicates
        self.distributive = frozenset(words.subject.distributive)
        self._tagger = tagger
        self.after = NounsAfter(phrases, words.subject)
        self.shares = Shares(phrases)
        # nouns of a rate or a share (增速, 比例): a subject ending in one names it, an amount is of the one before
        self.rate_nouns = tuple(sorted({*predicates.up_nouns, *predicates.down_nouns, *phrases.share_heads}))
        self.rate_ends = frozenset(noun[-1] for noun in self.rate_nouns if noun)
        self.rates = (self.rate_nouns, self.rate_ends)
        counts = tuple(sorted({*self.rate_nouns, *words.subject.ratio_names}))  # for a count, 开工率 too
        self.count_rates = (counts, frozenset(noun[-1] for noun in counts if noun))
        self.rate_end_codes = code_table(self.rate_ends)  # by code point: a subject's last character, no string
        self.lists = ListedSubjects(phrases, self.shares, words, tagger, numerals)
        # the partitive words' first characters, by code point: most words are tested by one lookup
        self.partitive_firsts = code_table(word[0] for word in phrases.partitive if word)

    @property
    def tagger(self) -> WordTagger:
        return self._tagger()

    def topic(self, tokens: list[Token], low: int, high: int) -> Phrase | None:
        """The topic of a clause with no figure: the part of a share in it, else the noun
        phrase its predicate follows (地位较为重要的制造业占…: 制造业)."""
        skip = self.phrases.baseline_spans(tokens, low, high)
        share = self.shares.share(tokens, low, high, skip)
        if share is not None:
            return share.part
        baselines = {start for start, _ in skip}
        for index in range(low, high):
            token = tokens[index]
            if (
                (self.phrases.is_verb(token) and not self.phrases.classes(token) & wb.BOUNDARY)
                or self.phrases.classes(token) & (wb.SKIP_TRAILING | wb.RANK_VERBS)  # 经济总量[进入]全国前30位
                or (index > low and index in baselines)  # 粮食产量[与上年持平]
            ):
                return self.phrases.before(tokens, low, index, skip)
        last = high - 1
        if last > low and self.phrases.classes(tokens[last]) & wb.IDIOM_TAGS and self.phrases.is_noun(tokens[last - 1]):
            return self.phrases.before(tokens, low, last, skip)  # 利润总额[扭亏为盈]，实现12亿元
        return None

    def read(
        self,
        sentences: list[Sentence],
        figures: list[RawFigure],
        figure_at: list[tuple[int, int]],
        groups: list[list[int]],
        paragraph_ends: list[int],
    ) -> list[tuple[Phrase | None, Phrase | None]]:
        """The subject and base of each figure (see the module docstring)."""
        read: list[tuple[Phrase | None, Phrase | None]] = [(None, None)] * len(figures)
        phrases = self.phrases
        chain: Phrase | None = None  # the topic in force: the last subject read
        plain_chain: Phrase | None = None  # the last subject read that names no rate (增速, 升幅)
        chain_paragraph = -1
        # the subjects read so far in each part of a sentence (split at ；), by (sentence, part start)
        part_subjects: dict[tuple[int, int], list[Phrase | None]] = {}
        paragraph = 0  # the paragraph of the group before (figures come in order)
        part_sentence = part_first = -1  # the part of the group before: most groups share it (no key built)
        earlier: list[Phrase | None] = []
        partitives: list[int] = []
        first_in_part = -1
        # the whole of a part's shares after 其中, and its sentence: the parts after it (…；地下水源
        # 供水量15.9亿立方米，占5.3%) go on listing shares of it
        listed_whole: Phrase | None = None
        whole_sentence = -1
        listed: tuple[int, list[Phrase | None]] = (-1, [])  # a sentence and the names its last list read
        for group in groups:
            sentence_index, first_token = figure_at[group[0]]
            sentence = sentences[sentence_index]
            found = sentence.tokens
            clause_start = sentence.clause_starts[first_token]
            previous = self._previous_outside_notes(sentence, first_token)
            while previous >= 0 and phrases.names_a_group(found, previous):
                # [65岁及以上]人口占20.1%: a figure inside the name does not bound it
                previous = self._previous_outside_notes(sentence, previous)
            low = previous + 1 if previous >= 0 else clause_start
            last_token = figure_at[group[-1]][1]
            high = sentence.clause_ends[last_token]
            for ahead in range(last_token + 1, high):
                if found[ahead].kind == FIGURE:
                    high = ahead
                    break
            part_start = sentence.part_starts[first_token]
            if sentence_index != part_sentence or part_start != part_first:  # else the part of the group before
                earlier = part_subjects.setdefault((sentence_index, part_start), [])
                partitives = chainparts.partitives(
                    self.phrases.partitive, self.partitive_firsts, sentence, part_start
                )  # where its partitive words (其中) stand
                part_sentence, part_first = sentence_index, part_start
                first_in_part = first_token  # the part's first figure: a whole is named before 其中
            whole = None
            if partitives and first_in_part < partitives[0] < first_token:
                # 其中工业投资450亿元，占37.5%: the topic of the part is the whole of its shares
                whole = next((subject for subject in earlier if subject is not None), None)
                if whole is not None:
                    listed_whole, whole_sentence = whole, sentence_index
            elif not partitives and whole_sentence == sentence_index:
                whole = listed_whole
            subjects = self._group_subjects(
                sentence, low, first_token, last_token + 1, high, group, figures, earlier, whole
            )
            paragraph = bisect_near(paragraph_ends, figures[group[0]].start, paragraph)
            for place in range(len(group)):  # not zip(strict=True): a call by keyword, per group
                member = group[place]
                subject, base = subjects[place]  # not a, (b, c) = …: two tuples built, read by iterators
                if subject is not None and names_the_goal(phrases, found, figure_at[member][1], subject):
                    subject = last_known(earlier) or chain  # …78.6万人，超额完成年度目标任务（70万人）
                inherited = subject is None
                done = None if subject is None else phrases.verbs_alone(found, subject.first, subject.last + 1)
                if done is not None and (known := last_known(earlier)) is not None:
                    subject = done + phrases.object_of(known)  # 提出建议4.3万条，[采纳]2.1万条 (采纳/vn)
                if subject is None:
                    known = last_known(earlier)
                    if known is not None and (
                        figures[member].kind not in self.predicates.percent_kinds
                        or found[clause_start].word in phrases.contribution_verbs  # 贡献率…，[拉动]增长2.1个百分点
                    ):
                        # 增速比上月末高0.3个百分点，比年初增加1.12万亿元: an amount is of the indicator
                        # before, not of its rate; so is what it adds to a whole
                        rates, ends = self.count_rates if figures[member].kind == "count" else self.rates
                        known = not_a_rate(earlier, known, rates, ends)
                    subject = self._inherited(sentence, first_token, known)
                if (
                    subject is None
                    and chain_paragraph == paragraph
                    and self._opens_with_predicate(sentence, clause_start)
                ):
                    subject = chain  # …；增长5%: a part that opens with its predicate continues the topic
                    if (
                        subject is not None
                        and plain_chain is not None
                        and figures[member].kind not in self.predicates.percent_kinds
                    ):
                        # 升幅1.4%；同比下降4.26点: an amount is of the indicator, not of its rate
                        subject = not_a_rate([plain_chain], subject, self.rate_nouns, self.rate_ends)
                if inherited and subject is not None and figures[member].kind == PERCENT:
                    subject = self.phrases.rate_of(subject)
                elif inherited and subject is not None and len(group) == 1:
                    # 受理争议案件6126件，[审结]5958件: what the verbs alone before it did to the topic
                    done = self.phrases.verbs_alone(found, low, first_token)
                    subject = subject if done is None else done + self.phrases.object_of(subject)
                elif inherited and len(group) == 1:
                    subject = verbs_naming(phrases, found, low, first_token)  # 累计[受理]538.9万件
                if len(group) == 1 and listed[0] == sentence_index:  # …，[合计]占全省的38.7%: the list's sum
                    subject = chainparts.summed_list(phrases, found, clause_start, sentence.text, listed[1]) or subject
                # 城乡低保对象6.83万户、11.47万人: figures in units of their own measure the whole two ways,
                # no abbreviation's parts (城镇, 农村) one by one
                names = (
                    expanded(subject, len(group), phrases.abbreviations)
                    if len(group) > 1 and subject is not None and figures[group[0]].unit == figures[group[-1]].unit
                    else None
                )
                # 汽车产销分别完成…，环比分别增长…: each figure reads its own name; the topic stays whole
                read[member] = (subject if names is None else names[place], base)
                if self.phrases.alone_in_brackets(found, first_token):
                    continue  # 年度目标任务[（70万人）]: an aside, no topic of what follows
                if self.phrases.names_a_group(found, first_token):
                    continue  # [5岁以下]儿童死亡率: a group inside a name, no figure to pair a list with
                if subject is not None or not earlier or earlier[-1] is None:
                    earlier.append(subject)  # runs of figures with no subject are kept as one
                if subject is not None:
                    chain, chain_paragraph = subject, paragraph
                    text = subject.text  # the last character first: str.endswith with a tuple is a method call
                    if not (text and has_code(self.rate_end_codes, text, -1) and text.endswith(self.rate_nouns)):
                        plain_chain = subject
            if len(group) > 1:
                listed = (sentence_index, [read[member][0] for member in group])
        return read

    def _group_subjects(
        self,
        sentence: Sentence,
        low: int,
        first: int,
        after_last: int,
        high: int,
        group: list[int],
        figures: list[RawFigure],
        earlier: list[Phrase | None],
        whole: Phrase | None,
    ) -> list[tuple[Phrase | None, Phrase | None]]:
        """(subject, base) for each figure of a group listed together (1%、2%和3%), or of a figure alone;
        `whole` is the topic a share without a base of its own is a share of."""
        found = sentence.tokens
        phrases = self.phrases
        skip = phrases.baseline_spans(found, low, first)
        if len(group) > 1:
            listed, listed_whole = self.lists.parts(
                found, low, first, len(group), skip, earlier, figures[group[0]].kind, whole, sentence.text
            )
            if listed is not None:
                return [(subject, listed_whole) for subject in listed]
        share = self.shares.share(found, low, first, skip)
        if share is not None:
            part = share.part
            if part is not None and part.text in phrases.share_words:
                part = None
            base = share.base
            if base is None and whole is None:
                whole = self._frame_whole(sentence, sentence.clause_starts[first])
            if base is None and whole is not None and (part is None or part.text != whole.text):
                base = whole  # 其中工业投资450亿元，占37.5%: a share of 固定资产投资
            return repeated(part, base, len(group))
        if figures[group[0]].kind in phrases.share_of_kinds:
            share = self.shares.share_of(found, low, first, skip)
            if share is not None:
                return repeated(share.part, share.base, len(group))
        # 有5万职工[参加了]养老保险; not where a figure follows, which the words after the verb
        # are the subject of (12个试点县参保[人数]达到86万人)
        if len(group) == 1 and not (high < len(found) and found[high].kind == FIGURE):
            taken_part = self.after.participation(found, after_last, high)
            if taken_part is not None:
                return [(taken_part, None)]
        if len(group) == 1:
            befallen = self.after.outcome(found, after_last, high)
            if befallen is not None:
                return [(befallen, None)]
        figure = figures[group[0]]
        count = figure.kind == "count" and figure.per is None
        # a rate measures nothing that follows it without 的 (增长3.2%[第二产业…] on the next line)
        governed = figure.kind not in self.predicates.percent_kinds and verb_governs(phrases, found, low, first)
        # 比上月的[5%]有所加快: the value of a comparison's baseline names nothing after it
        compared = (
            first > low
            and phrases.classes(found[first - 1]) & wb.LINKERS
            and any(first - 1 <= end <= first for _, end in skip)
        )
        after = (
            self.after.after(found, after_last, high, count, governed)
            if (len(group) == 1 or count) and not compared
            else None
        )
        if (
            after is None
            and len(group) == 1
            and not count
            and not governed
            and not compared
            and self.shares.opens_clause(found, low, first)
        ):
            # 全市近[三成]企业实现增长: a share that opens its clause quantifies the noun after it
            after = self.after.after(found, after_last, high, True, False)
        enumerated = (
            first > low and found[first - 1].kind == WORD and phrases.classes(found[first - 1]) & wb.ENUMERATION_MARKS
        )
        if enumerated and after is None:
            after = self.after.after(found, after_last, high, True, True)  # 可可盖等11处煤矿
        if count and len(group) == 1 and (counted_whole := whole_counted(phrases, sentence, low, first, after)):
            return [(counted_whole, None)]  # 抽查的386个设施中，有97个闲置: a part of the whole
        if after is not None:
            return repeated(after, None, len(group))
        # 专题协商会、提案办理协商会[等]23场 with no noun after it: the things listed before 等 are counted
        before = phrases.before(found, low, first - 1 if enumerated else first, skip)
        if before is not None and len(group) == 1:
            whole_list = self.lists.coordinated(found, low, before)  # most names end no list: returned as they are
            if whole_list is not before and not any(found[i].word in self.distributive for i in range(low, first)):
                before = whole_list
        if before is not None and phrases.only_modifiers(found, before):
            before = modified(phrases, found, before, whole, earlier)  # 其中[国家级]3处; 一级…18种、[二级]111种
        if before is not None and before.text in phrases.relative_heads and phrases.names_a_total(found, low, before):
            # 收入总量3215.68亿元、[支出]总量3198.24亿元: a verb naming an indicator before the head names its total
            before = phrase_of([found[before.first - 1]]) + before
        heads = named_from_earlier(phrases, before, earlier, len(group)) if before is not None else None
        if heads is not None:
            return heads  # 占比, 增速, 日均 alone: a measure of what was read before
        if before is not None and before.text.endswith(phrases.share_word_tuple) and len(group) == 1:
            # 新增贷款中，普惠小微贷款占比达36%: a named share of the whole its frame sets
            return [(before, self._frame_whole(sentence, sentence.clause_starts[first]))]
        return repeated(before, None, len(group))

    def _frame_whole(self, sentence: Sentence, clause_start: int) -> Phrase | None:
        """The whole that a clause of a noun and a localiser and nothing else sets for the shares
        after it in its part of the sentence: [全市户籍人口中]，城镇人口占65.2%，乡村人口占34.8%."""
        part_start = sentence.part_starts[clause_start]
        end = clause_start - 1  # the mark that ends the clause before
        for _ in range(FRAME_CLAUSES_BACK):
            if end <= part_start:
                return None
            start = sentence.clause_starts[end - 1]
            clause = sentence.tokens[start:end]
            if any(token.kind == GAP for token in clause):
                clause = cut_words(sentence.text, clause[0].start, clause[-1].end, self.tagger)
            if clause and clause[-1].kind == WORD and self.phrases.classes(clause[-1]) & wb.WHOLE_FRAMES:
                return self.shares.frame_whole(clause)
            end = start - 1
        return None

    def _previous_outside_notes(self, sentence: Sentence, position: int) -> int:
        """The token index of the figure before `position` in its clause, passing over figures inside
        a bracketed note that closes before it (高温日数（日最高气温≥[35℃]）共32天 reads its name
        before the note), or -1."""
        depth = 0
        tokens = sentence.tokens
        for back in range(position - 1, sentence.clause_starts[position] - 1, -1):
            token = tokens[back]
            if token.kind == FIGURE:
                if not depth:
                    return back
            elif token.kind == WORD:
                bits = self.phrases.classes(token)
                if bits & wb.CLOSE_BRACKETS:
                    depth += 1
                elif depth and bits & wb.OPEN_BRACKETS:
                    depth -= 1
        return -1

    def _inherited(self, sentence: Sentence, position: int, last_known: Phrase | None) -> Phrase | None:
        """A clause with no indicator of its own continues the topic before it in its part of
        the sentence: the topic of the clause right before it when that clause has no figure
        (…，日均103.2万辆次，最高峰出现在10月1日，达到126.7万辆次: 最高峰), else the last subject
        read there, else the topic of a clause before it."""
        part_start = sentence.part_starts[position]
        end = sentence.clause_starts[position] - 1
        if last_known is not None:
            start = sentence.clause_starts[end - 1] if end > part_start else end
            if (
                end <= part_start
                or any(token.kind == FIGURE for token in sentence.tokens[start:end])
                # 由上年的9.5%上升到14.2%: read in the figure's own clause
                or any(token.kind == FIGURE for token in sentence.tokens[end + 1 : position])
            ):
                return last_known
            topic = self._clause_topic(sentence, start, end)
            return topic if topic is not None else last_known
        for _ in range(TOPIC_CLAUSES_BACK):
            if end <= part_start:
                break
            start = sentence.clause_starts[end - 1]
            if sentence.tokens[end].word in self.phrases.colons and sentence.text.startswith(
                self.phrases.speech_openers, sentence.tokens[end].end
            ):
                return None  # 张华：[我们]的目标是增长6%: a speaker, no topic
            topic = self._clause_topic(sentence, start, end)
            if topic is not None:
                return topic
            end = start - 1
        return None

    def _clause_topic(self, sentence: Sentence, start: int, end: int) -> Phrase | None:
        """The topic of the clause sentence.tokens[start:end], which ends at a clause mark."""
        clause = sentence.tokens[start:end]
        if any(token.kind == GAP for token in clause):
            # a clause with no figure was left uncut: cut it now, it is the one place to look
            clause = cut_words(sentence.text, clause[0].start, clause[-1].end, self.tagger)
        if sentence.tokens[end].word in self.phrases.colons and self.phrases.is_label(clause):
            # 地区生产总值：5126亿元: a label before a colon names the figures after it
            topic = self.phrases.before(clause, 0, len(clause), [])
            if topic is not None:
                return topic
        return self.topic(clause, 0, len(clause))

    def _opens_with_predicate(self, sentence: Sentence, clause_start: int) -> bool:
        """True when a clause opens with its predicate or a comparison (比上年增长5%)."""
        phrases = self.phrases
        predicates = self.predicates
        opening = sentence.tokens[clause_start:]
        if opening and opening[0].kind == GAP:
            gap = opening[0]
            opening = cut_words(sentence.text, gap.start, min(gap.end, gap.start + OPENING_CHARACTERS), self.tagger)
            clause_start = -1  # words cut on the spot: no index in the sentence's tokens
        for offset, token in enumerate(opening):
            if token.kind == FIGURE:
                return True
            if token.kind == TIME:
                continue
            word = token.word
            if word in phrases.skip_trailing or word in predicates.up or word in predicates.down:
                return True
            if word in phrases.comparison_markers or word in phrases.comparison_adverbs:
                return True
            if phrases.classes(token) & wb.SHARE_MARKERS or word in phrases.manner_prepositions:
                return True  # …；占全市营业收入的21.7%, …；以修正总吨计为…: the topic's share, or measured so
            if (
                word in phrases.paired_markers
                and clause_start >= 0
                and chainparts.baseline_clause(phrases, sentence.tokens, clause_start + offset)
            ):
                return True  # [与]2020年人口普查的949.89万人相比: a baseline closed by 相比
            if phrases.classes(token) & wb.STOP_TAGS:
                continue
            if offset and opening[offset - 1].kind == TIME and phrases.classes(token) & wb.LIST_SEPARATORS:
                continue  # 一季度、二季度分别增长…: times listed, each a figure's
            return False
        return False
