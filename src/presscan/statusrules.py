"""Whether a figure is a result or a goal (status): from its section, its period, and the goal,
result and estimate words of its sentence before it (patterns/status.toml). predicate.py tells
its direction; attribute.py asks both.
"""

from __future__ import annotations

import re
from typing import Final

from presscan import wordbits as wb
from presscan.matchwords import code_table, has_code
from presscan.patternset import AttributionWords
from presscan.periods import DocumentYears, PeriodMatch, ResolvedPeriod
from presscan.segment import bisect_right
from presscan.sentencewords import SentenceWords, any_between, last_before, obtains, phrase_at
from presscan.subject import NounPhrases
from presscan.tokens import FIGURE, TIME, WORD, Sentence, Token, WordTagger

# Characters cut on each side of a status word to see that it is a word of its own
STATUS_WINDOW: Final = 3
PERCEPTION_REACH: Final = 4  # an adverb between a goal word and a verb of seeing: 要[清醒地]看到
# characters read back from a goal word for a verb of making it the object of (作出[不起诉]决定)
MADE_OBJECT_REACH: Final = 8
QUOTED_NAME: Final = 16  # the longest quoted name a goal word may end (“博士后创新人才支持计划”)
# a share marker right before a goal word, and the words of the whole after it up to 的 (占[计划]播种面积的)
SHARE_MARKER_REACH: Final = 4
SHARE_WHOLE_REACH: Final = 12
# characters from a plan word to its figure in a review (全年[计划]加装电梯300部, [力争]赛事带动综合消费突破15亿元)
PLAN_REACH: Final = 16
BRACKETED_NOTE: Final = 4  # tokens from a bracket to its closing one in a note after a figure: 2.5万套（间）

ACTUAL: Final = "actual"
TARGET: Final = "target"


class StatusRules:
    """Status rules over one pattern set."""

    def __init__(self, words: AttributionWords, phrases: NounPhrases, titles: dict[str, str] | None = None) -> None:
        self.phrases = phrases
        self.titles = titles or {}  # a title's opening mark -> its closing one: 《》
        st = words.status
        self.target_words = frozenset(st.target)
        self.clause_targets = frozenset(st.clause_targets)  # 仍需: a need of its own clause only
        self.actual_words = frozenset(st.actual)
        self.actual_starts = tuple(st.actual)  # a period opening with one is reached: [截至]10月底
        self.disposal, self.target_nouns = frozenset(st.disposal), frozenset(st.target_nouns)
        self.making_verbs, self.perception_verbs = frozenset(st.making_verbs), tuple(st.perception_verbs)
        self.horizon_prefixes = tuple(st.horizon_prefixes)
        self.target_suffixes = tuple(st.target)  # a period that ends in a target word is a deadline: 2025年底前
        self.estimate_words, self.goal_frames = frozenset(st.estimate), frozenset(st.goal_frames)
        self.followed_words, self.goal_copulas = tuple(st.followed_words), frozenset(st.goal_copulas)
        self.obtaining = {word: tuple(kinds) for word, kinds in st.obtaining.items()}  # 争取 funds: got, no goal
        self.goal_noun_lasts = code_table(word[-1] for word in st.target_nouns if word)
        # a goal noun right after one of these names no goal of the figure's: 无计划, 按计划, 高于目标
        self.not_set_before = frozenset((*st.negations, *st.followed_words, *st.compared_words))
        self.review_plans = frozenset(st.review_plans)
        # looked for by str.find, a scan in C far cheaper than a regex's for so few words
        self.plan_words = tuple(
            word for word in st.review_plans if word and not any(o != word and o in word for o in st.review_plans if o)
        )
        self.goal_continuations = (*phrases.partitive, *st.continuing_openers)  # 其中, 同时
        self.frame_marks = phrases.colons | phrases.clause_end_marks  # 提出，  明确：
        self.speaker_ends = phrases.closing_quotes | phrases.close_brackets  # 《措施》提出
        status_words = sorted({*st.target, *st.actual, *st.estimate, *st.goal_frames}, key=len, reverse=True)
        self.status_re = re.compile("|".join(re.escape(word) for word in status_words)) if status_words else None
        # the words that may make a figure a goal, a quick test before the status words are read
        goal_words = sorted({*st.target, *st.goal_frames}, key=len, reverse=True)
        self.goal_re = re.compile("|".join(re.escape(word) for word in goal_words)) if goal_words else None

    def status(
        self,
        sentence: Sentence,
        low: int,
        position: int,
        section_status: str | None,
        period: PeriodMatch | None,
        resolved: ResolvedPeriod | None,
        document: DocumentYears,
        words: SentenceWords,
        periods: list[PeriodMatch] = [],  # noqa: B006 (read, never changed)
    ) -> str:
        """actual or target: a review section says actual; a period that has ended says actual; a
        goals section says target; else a target word before the figure in its part of the
        sentence (or anywhere before a colon's list), unless its own predicate says it is done
        (已完成); a period still to come says target, and so does an estimate (预计) of the year of
        writing, still running."""
        if self._goal_value(sentence.tokens, position):
            return TARGET  # 耕地保有量目标任务为3925万亩: the goal's value, whatever the section
        now = document.now
        # a period that ends after the year of writing (到2030年, “十五五”时期 in 2026) is still to come
        future = resolved is not None and resolved.end_year is not None and now is not None and resolved.end_year > now
        if section_status == ACTUAL:
            # a plan told in a review (全年计划加装电梯300部); a year to come under 存在问题与建议 (力争
            # 2026年赛事带动消费突破15亿元): no result can be told for it
            return TARGET if future or self._planned(sentence, position, words) else ACTUAL
        past = resolved is not None and resolved.end_year is not None and now is not None and resolved.end_year < now
        this_year = resolved is not None and resolved.end_year is not None and resolved.end_year == now
        if now is None and period is not None and period.relative_first is not None:
            # 明年, 今年, 去年 say where they stand from the year of writing, even where that is unknown
            last = period.relative_last if period.relative_last is not None else period.relative_first
            past, future, this_year = last < 0, period.relative_first > 0, period.relative_first == 0 == last
        if section_status == TARGET:
            # 截至10月底，累计客运量突破30亿人次 under 五、安全运营与下月展望: reached, whatever the section
            reached = period is not None and period.text.startswith(self.actual_starts)
            return ACTUAL if past or reached else TARGET
        if self.phrases.goal_after(sentence.tokens, position) or self.phrases.goal_before(sentence.tokens, position):
            return TARGET  # 超过600万吨的[目标], 年度目标任务（70万人）: the figure is the goal's value
        if past and period is not None:
            return ACTUAL  # its own sentence's period has ended
        scope = 0 if sentence.colon_before[position] else sentence.part_starts[position]
        if past and not words.goal_word_in(self.goal_re, scope, position):
            return ACTUAL  # a past period carried from a title, and no goal word to outweigh it
        if not words.read:
            self._read_words(words)  # only now: most figures are settled above without them
        target = any_between(words.targets, scope, position)
        if not target and words.needs:
            target = any_between(words.needs, sentence.clause_starts[position], position)
        done = any_between(words.actuals, low, position)
        if target and not done:
            # 计划新建1200公里，[目前]已完工986公里，完工率82.2%: a result said after the goal
            # holds for the figures after it in the part of the sentence
            done = any_between(words.actuals, last_before(words.targets, position) + 1, position)
        if (
            target
            and not done
            and not future
            and self._level_against_later_goal(sentence.tokens, position, period, periods, words)
        ):
            target = False  # 2030年目标为90%以上，[2024年]达到93.6%: the level reached, dated before the goal
        if period is not None and period.text.endswith(self.target_suffixes):
            target = True  # 2025年底前: a deadline in the figure's own sentence
        elif (
            not target
            and period is not None
            and (period.text.startswith(self.horizon_prefixes) or (not past and sentence.tokens[0].kind == TIME))
        ):
            # 到2030年，A力争…；B达到72%: the horizon's goals, as a time opening the sentence's (2025年，将力争…；新建…)
            target = any_between(words.targets, 0, position)
        if target and not done:
            # a period carried from a title or a heading that has ended (2025年…情况) dates a
            # goal set in the text (新的一年，力争满意率达到95%以上) no less than a result
            return TARGET
        if past:
            return ACTUAL
        if future and not done:
            return TARGET  # 到2030年，森林覆盖率达到48%: no result can be told for a year to come
        if any_between(words.estimates, scope, position) and this_year and not done:
            return TARGET  # 预计今年增长5%左右: a forecast of the year still running
        return ACTUAL

    def _goal_value(self, found: list[Token], position: int) -> bool:
        """True when the figure is a goal noun's value: after a goal copula (目标任务[为]3925万亩), or
        right after the noun with 的 after the figure (完成年度目标任务[2.5万套]的92.4%)."""
        end = position - 1
        if end < 1:
            return False
        before = found[end]
        copula = before.kind == WORD and before.word in self.goal_copulas
        if copula:
            end -= 1
        named = found[end]
        # most figures follow no goal noun: its last character first, no string joined
        if named.kind != WORD or not named.word or not has_code(self.goal_noun_lasts, named.word, len(named.word) - 1):
            return False
        return self.phrases.ends_a_goal_noun(found, end) and (copula or self._possessed(found, position + 1))

    def _valued(self, found: list[Token], starts: list[int], following_word: str, offset: int) -> bool:
        """True when a goal copula (`following_word`, at `offset`) and a figure follow a goal noun."""
        if following_word not in self.goal_copulas:
            return False
        at = offset + len(following_word)
        index = bisect_right(starts, at) - 1
        return 0 <= index < len(found) and found[index].start == at and found[index].kind == FIGURE

    def _possessed(self, found: list[Token], after: int) -> bool:
        """True when 的 stands at `after`, or right after a short bracketed note there (2.5万套[（间）]的)."""
        classes = self.phrases.classes
        if after < len(found) and classes(found[after]) & wb.OPEN_BRACKETS:
            close = after + 1
            while close < min(len(found), after + BRACKETED_NOTE) and not classes(found[close]) & wb.CLOSE_BRACKETS:
                close += 1
            after = close + 1
        return after < len(found) and classes(found[after]) & wb.LINKERS != 0

    def _planned(self, sentence: Sentence, position: int, words: SentenceWords) -> bool:
        """True when a plan word (`review_plans`) stands before the figure in its
        clause with no figure and no result word between: a plan told in a review (全年[计划]加装电梯300部)."""
        found = sentence.tokens
        if not self.plan_words or not found:
            return False
        text = sentence.text
        if words.plan_words < 0:  # looked for in the whole sentence once, then in the clause
            words.plan_words = int(self._holds_plan_word(text, found[0].start, found[-1].end))
        scope = sentence.clause_starts[position]
        if not words.plan_words:
            return False
        said = -1
        for word in self.plan_words:  # not max() of a generator: mypyc makes a list of it
            said = max(said, text.rfind(word, found[scope].start, found[position].start))
        if (
            said < 0
            or found[position].start - said > PLAN_REACH
            or any(found[at].kind == FIGURE and found[at].start > said for at in range(scope, position))
        ):
            return False  # no plan word close before it in the clause, or its own figure came first
        if not words.read:
            self._read_words(words)
        plan = last_before(words.plans, position)
        if plan < scope or any_between(words.actuals, plan + 1, position):
            return False
        # 计划…300部，…280部: the plan's own figure came first (mypyc makes a loop of all())
        return all(found[at].kind != FIGURE for at in range(plan + 1, position))

    def _holds_plan_word(self, text: str, low: int, high: int) -> bool:
        """True when a plan word (`review_plans`) stands in text[low:high]."""
        return any(text.find(word, low, high) >= 0 for word in self.plan_words)  # mypyc makes a loop of any()

    def _level_against_later_goal(
        self,
        found: list[Token],
        position: int,
        period: PeriodMatch | None,
        periods: list[PeriodMatch],
        words: SentenceWords,
    ) -> bool:
        """True when the figure's own time opens a clause after the sentence's goal words, none between
        it and the figure, and a later year stands before it: a level reached, set against the goal (孕产妇死亡率
        目标为到2030年控制在8/10万以下，[2024年]全市孕产妇死亡率为5.12/10万)."""
        if period is None or period.last_year is None:
            return False
        at = position - 1
        while at >= 0 and not (found[at].kind == TIME and found[at].start == period.start):
            at -= 1
        if at <= 0 or any_between(words.targets, at, position) or not any_between(words.targets, 0, at):
            return False
        if not self.phrases.classes(found[at - 1]) & wb.PUNCTUATION:
            return False  # the time opens no clause: a basis (以[2020年]为基数下降20%), no date of the figure
        year = period.last_year
        for index in range(at):
            token = found[index]
            if token.kind == TIME and 0 <= token.index < len(periods):
                later = periods[token.index].last_year
                if later is not None and later > year:
                    return True
        return False

    def continues_goal(self, sentence: Sentence, position: int, words: SentenceWords) -> bool:
        """True when the sentence opens with a partitive word (其中) or one that adds to what came
        before (同时) and says nothing before the figure at `position` of a result: it breaks down
        or goes on with the figures of the sentence before."""
        found = sentence.tokens
        # read from the text: the opening word's clause may stand too far from the figure to be cut
        if not found or not sentence.text.startswith(self.goal_continuations, found[0].start):
            return False
        if not words.read:
            self._read_words(words)
        return not any_between(words.actuals, 0, position)

    def sentence_words(self, sentence: Sentence, tagger: WordTagger) -> SentenceWords:
        """Where a sentence's target, estimate and actual words stand (as the index of the token
        they fall in), found the first time `status` needs them (most figures are settled by
        their section or period before). They are found in the text, and each is cut with a few
        characters around it to check that it is a word of its own (主要 is no 要); a target noun
        inside a name (主要目标任务, 计划新开工项目) says nothing of a figure and is left out."""
        return SentenceWords(sentence, tagger)

    def _read_words(self, words: SentenceWords) -> None:
        words.read = True
        sentence = words.sentence
        tagger = words.tagger
        found = sentence.tokens
        if not found or self.status_re is None:
            return
        text = sentence.text
        low, high = found[0].start, found[-1].end
        starts = [token.start for token in found]
        seen: set[int] = set()
        for match in self.status_re.finditer(text, low, high):
            window_start = max(low, match.start() - STATUS_WINDOW)
            # the words are cut after a time before the match, as the sentence's are: a time is
            # no word's part (本年度计划再腾库: 本年度 and 计划, not 年度计划, which the match may start)
            before = bisect_right(starts, match.start() - 1) - 1
            while before >= 0 and found[before].end > window_start:
                if found[before].kind == TIME and found[before].end < match.end():
                    window_start = found[before].end
                    break
                before -= 1
            window = tagger.cut(text[window_start : min(high, match.end() + STATUS_WINDOW)])
            offset = window_start
            for position, (piece, tag) in enumerate(window):
                piece_start = offset
                offset += len(piece)
                if piece_start in seen or piece_start < match.start() or piece_start >= match.end():
                    continue
                at = bisect_right(starts, piece_start) - 1
                if found[at].kind == FIGURE or (found[at].kind == TIME and piece not in self.actual_words):
                    continue  # a time word may say a figure is a result (目前, 截至); a goal word may not
                phrase = phrase_at(window, position, match.group()) if piece_start == match.start() else ""
                if (phrase in self.target_words or piece in self.target_words) and (
                    (
                        position > 0
                        and (phrase or piece) in self.target_nouns
                        and window[position - 1][0] in self.not_set_before
                    )
                    or self._made(text, low, piece_start)
                    or self._ends_quoted_name(text, low, match.end())
                    or self._names_a_whole(text, low, piece_start, match.end())
                ):
                    # [无计划]组织出国, [按计划]完成, [高于目标]1个百分点: no goal set here; 作出不起诉[决定]943人:
                    continue  # a decision made; “明天[计划]”: a name; no goal
                if phrase and phrase in self.target_words:
                    words.targets.append(at)  # 建成/后: a goal phrase jieba cuts into words
                    if phrase in self.review_plans:
                        words.plans.append(at)  # 年度/计划
                elif phrase and phrase in self.actual_words:
                    words.actuals.append(at)  # 实际/新增: a result said in words jieba cuts apart
                elif piece in self.target_words:
                    if self._in_title(text, low, piece_start):
                        continue  # 落实《儿童发展[规划]》: a document's name, no goal word
                    following_word, following_tag = window[position + 1] if position + 1 < len(window) else ("", "")
                    if (
                        piece in self.target_nouns
                        and (
                            self._inside_name(tag, following_word, following_tag)
                            or following_word in self.phrases.linkers  # 占[计划]的80%: the whole
                        )
                    ) or following_word in self.phrases.noun_suffixes:
                        continue  # 主要目标任务, 需要[量]: a noun, no goal word
                    if piece in self.target_nouns and self._valued(found, starts, following_word, offset):
                        continue  # [目标]为3925万亩，年末耕地4010万亩: its value is the goal, what follows not
                    if self._asks_to_see(text, offset):
                        continue  # [要]清醒地看到，…: a fact to take in, no goal
                    following_at = bisect_right(starts, offset) - 1
                    followed = found[following_at] if offset < high else None
                    if (
                        piece in self.disposal
                        and followed is not None
                        and self._object_follows(followed, following_tag)
                    ):
                        continue  # 将20%的贷款用于…: 将 is 把 here
                    if piece in self.obtaining and obtains(text, offset, high, self.obtaining[piece], self.frame_marks):
                        continue  # 争取中央预算内投资1200万元: funds obtained, no goal
                    (words.needs if piece in self.clause_targets else words.targets).append(at)
                    if piece in self.review_plans or phrase in self.review_plans:
                        words.plans.append(at)
                elif piece in self.goal_frames:
                    if self._followed(text, low, piece_start):
                        continue  # 贯彻落实省委、省政府工作[要求]，…: a requirement followed, no plan's words
                    if offset >= high or not (
                        text[offset] in self.frame_marks or text.startswith(self.horizon_prefixes, offset)
                    ):
                        continue  # 提出建议120条: a verb with an object of its own (提出[，]…, 提出[到]2027年…)
                    speaker, speaker_tag = window[position - 1] if position > 0 else ("", "")
                    if tag not in self.phrases.verb_tags or not (
                        speaker[-1:] in self.speaker_ends
                        or self.phrases.is_noun_tag(speaker_tag)
                        # …28条，[提出]到2027年…: the document named before, a horizon after
                        or (speaker in self.frame_marks and text.startswith(self.horizon_prefixes, offset))
                    ):
                        continue  # 进行了全面部署/n，: only a document or a body that says what a plan is
                    words.targets.append(at)  # 《措施》[提出]，到2027年…: what a plan says is its goals
                elif piece in self.actual_words:
                    words.actuals.append(at)
                elif piece in self.estimate_words:
                    words.estimates.append(at)
                else:
                    continue
                seen.add(piece_start)

    def _made(self, text: str, low: int, at: int) -> bool:
        """True when a verb of making (作出, 做出) stands in the MADE_OBJECT_REACH characters before `at`
        with no mark between: the word at `at` is the object made (作出不起诉[决定]), no goal word."""
        start = max(low, at - MADE_OBJECT_REACH)
        for verb in self.making_verbs:
            found = text.rfind(verb, start, at)
            if found >= 0 and not any(char in self.phrases.punctuation for char in text[found:at]):
                return True
        return False

    def _followed(self, text: str, low: int, at: int) -> bool:
        """True when a word of following (根据, 按照, 贯彻, 落实: `followed_words`) stands before `at` in its
        clause: the goal frame at `at` is the requirement followed (根据省政府[要求]，…), no plan's words."""
        start = at
        while start > low and text[start - 1] not in self.frame_marks:
            start -= 1
        return any(text.find(word, start, at) >= 0 for word in self.followed_words)

    def _names_a_whole(self, text: str, low: int, start: int, end: int) -> bool:
        """True when a goal word names the whole of a share: a share marker right before it and 的
        after it, in one clause (已播种5238万亩，占[计划]播种面积的56.4%): the figure is a result."""
        before = text[max(low, start - SHARE_MARKER_REACH) : start]
        if not any(before.endswith(marker) for marker in self.phrases.share_markers):
            return False
        after = text[end : end + SHARE_WHOLE_REACH]
        linker = min((at for at in map(after.find, self.phrases.linkers) if at >= 0), default=-1)
        return linker >= 0 and not any(char in self.phrases.punctuation for char in after[:linker])

    def _ends_quoted_name(self, text: str, low: int, end: int) -> bool:
        """True when a goal word ends a short quoted name (通过“明天[计划]”资助413名孤儿): a closing
        quote right after it, its opening one at most QUOTED_NAME characters before, no mark between."""
        if end >= len(text) or text[end] not in self.phrases.closing_quotes:
            return False
        for at in range(end - 1, max(low, end - QUOTED_NAME) - 1, -1):
            char = text[at]
            if char in self.phrases.opening_quotes:
                return True
            if char in self.phrases.punctuation:
                return False
        return False

    def _in_title(self, text: str, low: int, at: int) -> bool:
        """True when text[at] stands inside a title's marks (《…》) opened in text[low:at]."""
        for opening, closing in self.titles.items():
            start = text.rfind(opening, low, at)
            if start >= 0 and text.find(closing, start, at) < 0:
                return True
        return False

    def _asks_to_see(self, text: str, offset: int) -> bool:
        """True when a verb of seeing or knowing follows at `offset` (the end of a goal word),
        after an adverb of up to PERCEPTION_REACH characters and no mark: 要[清醒地]看到."""
        for verb in self.perception_verbs:
            at = text.find(verb, offset, offset + PERCEPTION_REACH + len(verb))
            if at >= 0 and not any(char in self.phrases.punctuation for char in text[offset:at]):
                return True
        return False

    def _object_follows(self, following: Token, following_tag: str) -> bool:
        """True when a figure or a noun follows: the object of a disposal marker."""
        if following.kind == FIGURE:
            return True
        if following.kind == WORD and self.phrases.classes(following) & wb.BOUNDARY:
            return False  # 将新建/ns 学校: a verb that opens a clause, whatever jieba tags it
        return self.phrases.is_noun_tag(following_tag)

    def _inside_name(self, tag: str, following_word: str, following_tag: str) -> bool:
        """A target noun before another noun is part of a name (主要目标任务, 计划新开工项目), not a
        goal word; before a verbal noun it still is one (计划投资), and before a verb that opens a
        clause, whatever jieba tags it (计划新建/ns 基站)."""
        phrases = self.phrases
        verbal = phrases.verbal_noun_tags
        return (
            following_word not in phrases.boundary
            and phrases.is_noun_tag(tag)
            and tag not in verbal
            and phrases.is_noun_tag(following_tag)
            and following_tag not in verbal
        )
