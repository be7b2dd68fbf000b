"""Noun phrases before a figure: what it measures, read back from it.

The rules follow how bulletins write (the project's design note on subjects): the
noun phrase before the figure once the predicate, the comparison and the frame
(time, place, manner) are set aside (地区生产总值[比上年增长]5.2%). The noun phrase
after a figure is counted.py's; shares and topic chains are chains.py's; the word
classes they all read with are wordclass.py's. Every word list and tag class comes
from patterns/subject.toml; this module holds the mechanism.
"""

from __future__ import annotations

from presscan import wordbits as wb
from presscan.matchwords import has_code
from presscan.patternset import AttributionWords
from presscan.phraseends import PhraseEnds
from presscan.tenors import Tenors
from presscan.tokens import FIGURE, TIME, WORD, Marks, Token
from presscan.wordclass import MOST_SUBJECT_CHARACTERS, Phrase, inside, phrase_of


class NounPhrases(PhraseEnds):
    """Noun-phrase rules over the word classes of one pattern set."""

    def __init__(self, words: AttributionWords, marks: Marks, numerals: frozenset[str] = frozenset()) -> None:
        super().__init__(words, marks)
        s = words.subject
        self.tenors = Tenors(s.tenor_units, s.tenor_marker, s.tenor_bounds, numerals)
        self.reach_verbs = frozenset(s.reach_verbs)

    def tenor_item(self, tokens: list[Token], low: int, high: int) -> Phrase | None:
        """tokens[low:high] as a phrase when they are a tenor and nothing else (the 15年期 of
        15年期、20年期债券), or None."""
        if high <= low or self.tenors.start(tokens, low, high - 1, "") != low:
            return None
        return phrase_of(tokens[low:high])

    def before(self, tokens: list[Token], low: int, high: int, skip: list[tuple[int, int]]) -> Phrase | None:
        """The noun phrase that ends tokens[low:high] once predicates, adverbs, time words and
        the comparison baselines `skip` are set aside."""
        per = self._per_denominator(tokens, low, high)
        if per >= 0:
            high = per
        rank = self._rank_verb(tokens, low, high)
        if rank >= 0:
            return self.before(tokens, low, rank, skip)  # 经济总量[进入]全国前20位: what is ranked
        index = high - 1
        if index > low and self.classes(tokens[index]) & wb.OPEN_BRACKETS:
            index -= 1  # 住房[（]12.6万件）: a figure that opens a bracket is the figure of the name before it
        predicate_read = False  # once past a predicate, a clause-opening verb is the name's head (科技创新投入达到)
        time_read = False  # a time stands between the figure and the words read
        while index >= low:
            token = tokens[index]
            within = inside(skip, index)
            if within >= 0:
                index = within - 1
                continue
            if token.kind == TIME:
                time_read = True
                index -= 1
                continue
            if token.kind == FIGURE:
                return None
            word = token.word
            bits = token.classes if token.classes >= 0 else self.classes(token)  # no call when found already
            if bits & wb.ENUMERATION_MARKS:
                return None
            boundary = bits & wb.BOUNDARY != 0 and not bits & wb.SHARE_WORDS and not predicate_read
            if (
                boundary
                and index == high - 1
                and index > low
                and not bits & wb.RANK_VERBS
                and self._names_with_verb(tokens[index - 1])
                and not (high + 1 < len(tokens) and self.classes(tokens[high + 1]) & wb.LINKERS)
            ):
                # 研发[投入]21.4亿元: a noun and the verb right before the figure name it; not where
                # the figure qualifies a noun after it (零售额[取得]6.1%的增长)
                boundary = False
            left_bits = self.classes(tokens[index - 1]) if index > low else 0
            if (
                index > low
                and left_bits & wb.COMPARISON_ADVERB_HEADS
                and tokens[index - 1].word + word in self.comparison_adverbs
            ):
                index -= 2  # 按/p 年/m: an adverb jieba cuts in two
                continue
            # 人均[增收]3000元: a change that names what it changes, after an average, is its name
            averaged = bits & wb.AVERAGED_CHANGES != 0 and index > low and left_bits & wb.AVERAGE_WORDS != 0
            if bits & wb.REMAINDER_WORDS and index == high - 1:
                break  # [其他]0.05亿元, 其他占4.5%: what is left of a whole is a name of its own
            if bits & wb.CLOSING_QUOTES and index == high - 1 and self.quoted_name_end(tokens, index, low) >= 0:
                break  # 责令[“三停”]62家: a quoted name right before the figure names it
            if (
                (bits & wb.SET_ASIDE and not averaged)  # skip_trailing, quotes, comparison_adverbs, status_words
                or bits & wb.INNER_TOTALS  # 转移支付资金[共计]38.29亿元: a sum, no part of the name
                or bits & wb.DIGITS  # 连续[5]年: a number that is no figure (jieba tags it eng)
                # 收购价格[每吨]2300元: a denominator jieba glues to its 每 is no part of the name
                or (len(word) > 1 and has_code(self.per_codes, word, 0) and not bits & wb.PER_MARKERS)
                or (bits & wb.PREDICATES and inside(skip, index - 1) >= 0)
                or (bits & wb.STOP_TAGS and not self._numeral_head(tokens, low, index))
                or boundary
                or self._qualifies_the_verb(tokens, low, index, high)
            ):
                predicate_read = predicate_read or bits & wb.SKIP_TRAILING != 0
                index -= 1
                continue
            if time_read and self.is_verb(token) and not self.is_noun(token):
                index -= 1  # [扭转]上一季1.8%的跌幅: a verb whose object is a time is a predicate, no name
                continue
            break
        phrase = self._collect_back(tokens, low, index, skip, predicate_read)
        if predicate_read and (phrase is None or phrase.last == phrase.first):
            done = self.object_set_aside(tokens, low, high, phrase)
            if done is not None:
                return done  # 带动[销售]16.8亿元: what the opening verb drove, not the verb
        if (
            phrase is None
            and low < high - 1
            and high < len(tokens)
            and self.classes(tokens[high - 1]) & wb.LINKERS
            and self.classes(tokens[high]) & wb.SHARE_MARKERS
        ):
            return self.headless_relative(tokens, low, high - 1)  # [未上过学的]占0.8%: the part it names
        if (
            phrase is None
            or (predicate_read and self._contributes_to(tokens, low, phrase))
            or (
                phrase.first == phrase.last
                and tokens[phrase.first].word in self.contribution_verbs
                and not self.is_noun(tokens[phrase.first])  # not 翘尾[影响]约为-0.1个百分点
            )
        ):
            # [拉动]全市进出口增长5.5个百分点: what the topic adds to a whole names nothing, nor does
            # the verb alone ([拉动]增长2.1个百分点): the topic does
            return None
        if self.classes(tokens[phrase.first]) & wb.ACTION_VERBS and self._work_alone(tokens, low, phrase):
            # 新建高标准农田3.5万亩，[改造]提升1.2万亩: work that opens its clause names no thing, the
            # topic does (not 清洁取暖[改造]12.8万户, where the work is named)
            return None
        if phrase.first == phrase.last == high - 1:
            topic = self._topic_of_done(tokens, low, phrase, skip)
            if topic is not None:
                return topic  # 秋粮已[播种]6086万亩: what was sown, not the sowing alone
        if phrase.first > low and self.classes(tokens[phrase.first - 1]) & wb.CONVERSION_VERBS:
            # 节约能源折合[标准煤]12.6万吨: what is converted is measured, not the basis
            return self.before(tokens, low, phrase.first - 1, skip) or phrase
        preposition = self._manner_preposition(tokens, low, phrase.first) if phrase.first > low else -1
        if preposition >= 0:
            # 按[可比口径]同比增长7.9%: the basis of a measurement, not what is measured; but 以一般贸易
            # 方式[进出口]: a flow named by its way, the manner noun set aside
            return self._by_way_of(tokens, phrase) or self.before(tokens, low, preposition, skip)
        served = self.served(tokens, low, phrase)
        if served is not None and tokens[served[1]].start in phrase.positions:
            # [为消费者]挽回经济损失: whom a service was for names nothing; who did it owns what was done
            cut = phrase.positions.index(tokens[served[1]].start)
            done = Phrase(phrase.text[cut:], phrase.positions[cut:], served[1], phrase.last)
            owner = self._collect_back(tokens, 0, served[0], skip) if served[0] >= 0 else None
            return done if owner is None else Phrase(owner.text, owner.positions, owner.first) + done
        return phrase

    def _morpheme_head(self, token: Token) -> bool:
        """A noun morpheme of one character (村/zg, 县/zg), which names nothing alone."""
        return len(token.word) == 1 and token.tag in self.morpheme_tags

    def _work_alone(self, tokens: list[Token], low: int, phrase: Phrase) -> bool:
        """True when `phrase` is verbs of work only ([direction] action_verbs) and they, with the verbs of
        work right before them (新建改造), open their clause."""
        for at in range(phrase.first + 1, phrase.last + 1):
            if not self.classes(tokens[at]) & wb.ACTION_VERBS:
                return False
        work = phrase.first
        while work > low and self.classes(tokens[work - 1]) & wb.ACTION_VERBS:
            work -= 1
        return self._opens(tokens, low, work)

    def _topic_of_done(self, tokens: list[Token], low: int, verb: Phrase, skip: list[tuple[int, int]]) -> Phrase | None:
        """The topic of a verb alone before its figure after an adverb of what is done ([subject]
        done_adverbs) and a noun: the topic and the verb (秋粮已播种: 秋粮播种), the topic alone when it
        names a measure already (保护性耕作实施面积已落实: 保护性耕作实施面积); None otherwise."""
        adverb = verb.first - 1
        if adverb - 1 < low or tokens[adverb].word not in self.done_adverbs or self.is_noun(tokens[verb.first]):
            return None
        while adverb - 1 > low and tokens[adverb - 1].word in self.done_adverbs:
            adverb -= 1  # 中欧班列[已][累计]开行: adverbs one after another
        if not self._names_with_verb(tokens[adverb - 1]):
            return None  # 全省已播种: a frame is no topic
        topic = self.before(tokens, low, adverb, skip)
        if topic is None:
            return None
        if topic.text.endswith(self.indicator_heads):
            return topic
        return Phrase(topic.text + verb.text, topic.positions + verb.positions, topic.first, verb.last)

    def _collect_back(
        self, tokens: list[Token], low: int, index: int, skip: list[tuple[int, int]], verb_head: bool = False
    ) -> Phrase | None:
        """The noun phrase ending at tokens[index]. With verb_head (a predicate stands between it and
        the figure) a clause-opening verb there heads the name: 科技创新[投入]达到7800亿元."""
        parts: list[int] = []  # token indexes, left to right
        first = index
        size = 0
        depth = 0
        nouns = 0
        relative = False  # read past 的 into what a measure noun is of: [参加]医疗保险的人数
        passed = -1  # the last word left out of the name (金华（义乌）[完成]快递业务量)
        while index >= low and size < MOST_SUBJECT_CHARACTERS:
            if inside(skip, index) >= 0:
                break
            token = tokens[index]
            word = token.word
            if token.kind != WORD:
                if parts and parts[0] == index + 1 and not depth and self.names_a_group(tokens, index):
                    parts.insert(0, index)  # [65岁及以上]人口: a group the name holds
                    size += len(word)
                    first = index
                    index -= 1
                    continue
                if depth:
                    index -= 1  # 工业总产值（按[1990年]不变价格计算）, 高温日数（最高气温≥[35℃]）: inside a note
                    continue
                break
            bits = token.classes if token.classes >= 0 else self.classes(token)  # no call when found already
            if bits & wb.CLOSE_BRACKETS:
                opening = (
                    self._name_insert(tokens, low, index)
                    # right before the name, or before a word it leaves out: 金华（义乌）[完成]快递业务量
                    if not depth and (not parts or index + 1 in (parts[0], passed))
                    else -1
                )
                if opening >= 0 and (not parts or tokens[opening - 1].word in self.counted_places):
                    # only a place's variants end a name, the place with them whatever its tag (县/zg):
                    # [县（市、区）]有14个, [县（市、区）]医院
                    opening = opening - 1 if tokens[opening - 1].word in self.counted_places else -1
                if opening >= 0:
                    # 执业（助理）医师, 县（市、区）: a short insert between two words of a name is part of it
                    parts[:0] = range(opening, index + 1)
                    size += sum(len(tokens[i].word) for i in range(opening, index + 1))
                    first = opening
                    index = opening - 1
                    continue
                depth += 1
                index -= 1
                continue
            if bits & wb.OPEN_BRACKETS:
                if depth == 0:
                    break
                depth -= 1
                index -= 1
                continue
            if bits & wb.CLOSING_QUOTES:
                opening = self.quoted_name_end(tokens, index, low)
                if opening >= 0:
                    # “先投后股”试点, “双尖双领+X”项目: a quoted name is part of the name, whatever its words
                    quoted = list(range(opening, index + 1))
                    parts[:0] = quoted
                    size += sum(len(tokens[i].word) for i in quoted)
                    nouns += 1
                    first = opening
                    index = opening - 1
                    if index < low or not self.is_noun(tokens[index]):
                        break  # 实施“双尖双领+X”项目: the verb before the quote takes the name as its object
                    if self._listed_before(tokens, low, index):
                        break  # 汽车、锂电池、光伏电池“新三样”产品: the quote sums up the list before it
                    continue
            if depth or bits & wb.QUOTES or (parts and self._passed_over(tokens, low, index, parts[-1])):
                passed = index if not depth and not bits & wb.QUOTES else passed
                index -= 1
                continue
            if parts and self._class_numeral(tokens, low, index):
                parts.insert(0, index)  # [Ⅰ～Ⅲ]类水质断面比例: a class named by numerals is part of the name
                size += len(word)
                first = index
                index -= 1
                continue
            tenor = self.tenors.start(tokens, low, index, tokens[parts[0]].word) if parts else -1
            if tenor >= 0:
                parts[:0] = range(tenor, index + 1)  # [10年期]国债, [一年期]贷款利率: a tenor is part of the name
                size += sum(len(tokens[at].word) for at in range(tenor, index + 1))
                first, index = tenor, tenor - 1
                continue
            left = tokens[index - 1] if index > low else None
            # a noun of the name stands right before this word (past other verbs of the name:
            # 政府采购预算金额), not the clause's frame (全省)
            named_left = self._noun_left(tokens, low, index)
            # not the frame, nor a goal word (力争/nz 新建), whatever its tag
            # (a verb of rank never: 经济总量[进入]全国前20位)
            # ...past a note in brackets after that noun: 支撑配套业（装备、材料等）[实现]营收
            named_before = left
            if left is not None and (left.classes if left.classes >= 0 else self.classes(left)) & wb.CLOSE_BRACKETS:
                named_before = self._before_note(tokens, low, index - 1)
            noun_right_before = (
                named_before is not None and not bits & wb.RANK_VERBS and self._names_with_verb(named_before)
            )
            # a clause-opening verb ends the subject (已[建成]充电桩), unless a noun of the name
            # stands right before it (研发投入增速, 城镇新建住宅)
            # ...nor when a one-character suffix after it makes it a noun (节约额, 淘汰量)
            # ...or a one-character morpheme after it is the head it names (整建制推进[县]25个)
            suffixed = len(parts) == 1 and (
                self.classes(tokens[parts[0]]) & wb.NOUN_SUFFIXES != 0 or self._morpheme_head(tokens[parts[0]])
            )
            if (
                bits & wb.PHRASE_BREAKS  # punctuation, share_markers, conversion_verbs
                or (bits & wb.BOUNDARY and not noun_right_before and not suffixed and (parts or not verb_head))
                or (parts and word in self.possession_verbs and not self._per_head(tokens, low, index))
                or (parts and word in self.reach_verbs)  # 减税政策[惠及]企业1.86万户: the firms reached
                # a goal word that is no noun (力争/nz): 法院将[力争]结案率保持在95%以上
                or (parts and bits & wb.STATUS_WORDS and not bits & wb.GOAL_NOUNS and not suffixed)
            ):
                if relative and bits & wb.BOUNDARY and not bits & wb.PHRASE_BREAKS:
                    parts.insert(0, index)  # [反映]资金紧张的企业占比: the verb that opens what 的 qualifies
                    first = index
                break
            if bits & wb.LINKERS and parts:
                # 参加医疗保险的人数: 的 keeps what a measure noun is of; a ratio joins its two
                # terms (A与B的比率); before any other noun 的 ends the subject
                named = tokens[parts[0]].word
                keeps = named in self.measure_heads or named in self.ratio_heads
                # 反映资金紧张的企业占比: a group's share keeps the clause that says which group
                # (not a clause that lists groups, 从事A、B和C的农民工比重分别为…: the list pairs with them)
                group_share = (
                    len(parts) > 1
                    and self.classes(tokens[parts[-1]]) & wb.SHARE_WORDS != 0
                    and not any(self.classes(tokens[at]) & wb.LIST_MARKS for at in range(low, index))
                )
                # 开展股份分红的[村]12836个: a one-character head keeps the clause that says which
                single = len(parts) == 1 and self._morpheme_head(tokens[parts[0]])
                if (keeps and left is not None and self.is_noun(left)) or (
                    (group_share or single) and left is not None and left.kind == WORD and not self.is_stop(left)
                ):
                    parts.insert(0, index)  # 通过网络平台购票[的]比例: as written
                    size += 1
                    first = index
                    index -= 1
                    relative = True
                    if named in self.ratio_heads:
                        index = self._ratio_terms(tokens, low, index, parts)
                        first = index + 1
                    continue
                break
            if bits & wb.LIST_SEPARATORS and not bits & wb.LIST_MARKS and parts and nouns:
                # coordinated nouns: 纺织和服装出口; a grade and its bound, whatever the grade's tag:
                # 良好[及]以上等级, “健康”[及]以上等级
                bound = tokens[index + 1].word in self.list_bounds and left is not None and left.kind == WORD
                if left is not None and (self.is_noun(left) or bound) and inside(skip, index - 1) < 0:
                    parts.insert(0, index)
                    size += len(word)
                    first = index
                    index -= 1
                    continue
                break
            noun = self.is_noun(token)
            # the word right before the figure heads the phrase whatever jieba tags it: a verb
            # (碳排放, 装机), a measure word (充电/v 桩/q); so does the next one back while the
            # phrase is a single character (加气/v 站/v)
            head = (not parts or size <= 1) and (
                not bits & wb.STOP_TAGS or (not parts and self._numeral_head(tokens, low, index))
            )
            right = tokens[index + 1] if index + 1 < len(tokens) else None
            inner = bool(parts) and (
                # a modifier inside the name: 老旧车辆, 卓越级, 优良天数, 平均浓度
                bits & wb.MODIFIER_TAGS != 0
                or (
                    not bits & wb.SKIP_TRAILING
                    and (
                        # an adverb-tagged word between two nouns: 人口[自然]增长率
                        (bits & wb.INNER_ADVERB_TAGS != 0 and named_left and right is not None and self.is_noun(right))
                        # a verb inside the name (城镇新建住宅), or in what 的 qualifies
                        or (self.is_verb(token) and not bits & wb.ASIDE_VERBS and (named_left or relative))
                    )
                )
            )
            if (
                parts
                and bits & wb.MEASURE_TAGS
                and left is not None
                and self.classes(left) & (wb.DIGITS | wb.NUMERAL_TAGS)
            ):
                break  # 该3[个]项目: the measure word of a number that is no figure ends the name
            if (
                parts
                and word in self.period_modifiers
                and self.is_noun(tokens[parts[0]])
                and (left is None or (left.kind == WORD and not self.classes(left) & (wb.DIGITS | wb.NUMERAL_TAGS)))
            ):
                parts.insert(0, index)  # [年]降水量, [日]处理能力: a measure per year or day, jieba's 年/m
                size += len(word)
                first = index
                index -= 1
                continue
            if parts and word in self.serial_markers and left is not None and self._numbered(left):
                parts[:0] = (index - 1, index)  # 地铁3[号]线: a serial number is part of the name
                size += len(left.word) + len(word)
                first, index = index - 1, index - 2
                continue
            if parts and bits & wb.DIGITS and tokens[index + 1].word[:1] in self.rank_suffixes:
                parts.insert(0, index)  # 世界[500]强企业: a rank is part of the name
                size += len(word)
                first = index
                index -= 1
                continue
            if parts and len(word) > 1 and has_code(self.per_codes, word, 0) and not bits & wb.PER_MARKERS:
                parts.insert(0, index)  # 基本[每股]收益: a per word before a noun of the name is part of it
                size += len(word)
                first = index
                index -= 1
                continue
            if parts and bits & wb.STOP_TAGS and left is not None and self.classes(left) & wb.PER_MARKERS:
                # 每[万]人: a count per so many people or households is part of the name
                parts.insert(0, index)
                parts.insert(0, index - 1)
                size += len(word) + len(left.word)
                first = index - 1
                index -= 2
                continue
            if parts and bits & wb.PER_AMOUNTS and (left is None or left.kind != FIGURE):
                parts.insert(0, index)  # [万元]GDP能耗: the amount a ratio is per is part of its name
                size += len(word)
                first = index
                index -= 1
                continue
            # a clause-opening verb with a noun of the name right before it is in the name: 城镇[新增]
            # 就业, 省重点项目[完成]投资, 规上工业企业[实现]利润总额 (whose investment, whose profit)
            inner = inner or (bool(parts) and bits & wb.BOUNDARY != 0 and noun_right_before)
            # [投诉]类诉求: a verb that names a class before its class word
            inner = inner or (
                bool(parts) and self.classes(tokens[parts[0]]) & wb.CLASS_SUFFIXES != 0 and self.is_verb(token)
            )
            # [其他]水源供水量: what is left of a whole is a name of its own
            inner = inner or bits & wb.REMAINDER_WORDS != 0
            if noun or head or inner or (bits & wb.SHARE_WORDS):
                parts.insert(0, index)
                size += len(word)
                nouns += 1
                first = index
                index -= 1
                continue
            break
        while parts and self.classes(tokens[parts[0]]) & wb.OPEN_BRACKETS:
            closing = parts.index(next(i for i in parts if self.classes(tokens[i]) & wb.CLOSE_BRACKETS))
            del parts[: closing + 1]  # （套）重大技术装备: an insert the name does not open with
            first = parts[0] if parts else first
        if index >= low and tokens[index].kind == WORD and self.classes(tokens[index]) & wb.ASIDE_VERBS:
            return None  # [扣除]物价因素: set aside, not the subject
        if parts and index >= low and self._opening_modifier(tokens, low, index, verb_head):
            parts.insert(0, index)  # [出生]人口, [流动]人口: a verb that opens the clause and names
            first = index
        return self._trimmed(tokens, parts, first)
