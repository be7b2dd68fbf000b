"""The pattern cache (presscan.patterncache): a set loaded before from the same bytes of the same
files is taken from the user's cache folder; anything else is loaded and validated as without it."""

from __future__ import annotations

import dataclasses
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import as_root, jsonl, without_root
from presscan import PatternError, PatternSet, extract, load_patterns, patternset
from presscan.cli import app
from presscan.patterncache import CACHE_DIR_VARIABLE, KEEP, NO_CACHE_VARIABLE, cache_dir

runner = CliRunner()
SENTENCE = "全省建成充电桩890台，比上年增长5.2%；生产了12罐，约莫3篓。"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(folder))
    monkeypatch.delenv(NO_CACHE_VARIABLE, raising=False)
    return folder


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[list[Path]]]:
    """The file lists the pattern files were read, validated and merged for (not taken from the cache)."""
    calls: list[list[Path]] = []
    real = patternset._load

    def counted(paths: list[Path], include_shipped: bool) -> PatternSet:
        calls.append(list(paths))
        return real(paths, include_shipped)

    monkeypatch.setattr(patternset, "_load", counted)
    yield calls


def cached_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("patterns-*.pickle"))


def same_set(one: PatternSet, other: PatternSet) -> bool:
    """Equal field by field; the table of traditional characters compared by its pairs (it has no ==)."""
    return (
        dataclasses.replace(one, traditional=other.traditional) == other
        and one.traditional.pairs == other.traditional.pairs
        and one.traditional.source == other.traditional.source
    )


def user_file(tmp_path: Path, text: str = '[units]\n"罐" = { kind = "count" }\n') -> Path:
    path = tmp_path / "my-units.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_second_load_comes_from_the_cache_and_is_the_same_set(cache: Path, loads: list[list[Path]]) -> None:
    first = load_patterns(cache=True)
    assert len(loads) == 1 and len(cached_files(cache)) == 1
    second = load_patterns(cache=True)
    assert len(loads) == 1, "the files were read again"
    fresh = load_patterns()
    assert same_set(second, fresh) and same_set(first, fresh)
    assert extract(SENTENCE, patterns=second) == extract(SENTENCE, patterns=fresh)


def test_a_user_file_is_cached_with_its_bytes_and_a_change_is_read(
    cache: Path, tmp_path: Path, loads: list[list[Path]]
) -> None:
    path = user_file(tmp_path)
    assert [f.unit for f in extract("生产了12罐", patterns=load_patterns([path], cache=True))] == ["罐"]
    load_patterns([path], cache=True)
    assert len(loads) == 1
    # the same path, other bytes: loaded again, and kept beside the first
    path.write_text('[units]\n"篓" = { kind = "count" }\n', encoding="utf-8")
    changed = load_patterns([path], cache=True)
    assert len(loads) == 2 and len(cached_files(cache)) == 2
    assert "篓" in changed.units and "罐" not in changed.units
    assert same_set(changed, load_patterns([path]))


def test_a_changed_shipped_table_is_read_again(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, loads: list[list[Path]]
) -> None:
    """Every file the set is made from is in the key: the table of traditional characters too."""
    table = tmp_path / "traditional.txt"
    table.write_text("萬\t万\n", encoding="utf-8")
    monkeypatch.setattr(patternset, "traditional_table", lambda include_shipped: table)
    assert load_patterns(cache=True).traditional.pairs == {"萬": "万"}
    table.write_text("萬\t万\n噸\t吨\n", encoding="utf-8")
    assert load_patterns(cache=True).traditional.pairs == {"萬": "万", "噸": "吨"}
    assert len(loads) == 2


def test_a_broken_file_fails_as_without_the_cache_and_is_not_kept(cache: Path, tmp_path: Path) -> None:
    path = user_file(tmp_path, '[units]\n"罐" = { kind = "Count" }\n')
    with pytest.raises(PatternError) as without:
        load_patterns([path])
    for _ in range(2):
        with pytest.raises(PatternError) as cached:
            load_patterns([path], cache=True)
        assert str(cached.value) == str(without.value)
    assert [p.name for p in cached_files(cache)] == []


def test_a_broken_file_on_the_command_line_is_exit_3_with_the_same_line(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_patterns(cache=True)  # the shipped set is in the cache
    path = user_file(tmp_path, '[units]\n"罐" = 1\n')
    results = [runner.invoke(app, ["extract", "-", "-p", str(path)], input="生产了12罐") for _ in range(2)]
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    without = runner.invoke(app, ["extract", "-", "-p", str(path)], input="生产了12罐")
    assert without.exit_code == 3 and without.stderr.startswith(f"presscan: error: {path}: units.罐: ")
    for result in results:
        assert (result.exit_code, result.stdout, result.stderr) == (3, "", without.stderr)


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "flipped byte", "folder", "empty"],
)
def test_a_damaged_cache_file_is_ignored_and_replaced(cache: Path, loads: list[list[Path]], damage: str) -> None:
    fresh = load_patterns()
    load_patterns(cache=True)
    (kept,) = cached_files(cache)
    good = kept.read_bytes()
    if damage == "garbage":
        kept.write_bytes(b"not a pickle at all")
    elif damage == "truncated":
        kept.write_bytes(good[: len(good) // 2])
    elif damage == "flipped byte":
        kept.write_bytes(good[:-100] + bytes([good[-100] ^ 0xFF]) + good[-99:])
    elif damage == "folder":
        kept.unlink()
        kept.mkdir()
    else:
        kept.write_bytes(b"")
    patterns = load_patterns(cache=True)
    assert len(loads) == 3
    assert same_set(patterns, fresh)
    if damage != "folder":
        assert kept.read_bytes() == good  # written again, whole
        load_patterns(cache=True)
        assert len(loads) == 3


def test_a_cache_file_others_may_write_is_not_read(cache: Path, loads: list[list[Path]]) -> None:
    load_patterns(cache=True)
    (kept,) = cached_files(cache)
    kept.chmod(0o666)
    load_patterns(cache=True)
    assert len(loads) == 2
    assert kept.stat().st_mode & 0o777 == 0o600  # replaced by a file of this user's alone


def test_a_folder_that_cannot_be_written_is_no_error(
    open_folder: Path, monkeypatch: pytest.MonkeyPatch, loads: list[list[Path]]
) -> None:
    """Without root, in a folder of root's: the set is loaded, used, and not kept."""
    folder = open_folder / "cache"
    folder.mkdir(mode=0o755)
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(folder))
    with without_root():
        patterns = load_patterns(cache=True)
        again = load_patterns(cache=True)
        figures = extract("生产了12吨", patterns=again)
    with as_root():
        assert [f.unit for f in figures] == ["吨"]
        assert len(loads) == 2 and cached_files(folder) == []
        assert same_set(patterns, again)


def test_a_cache_folder_that_is_a_file_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocker / "cache"))
    assert same_set(load_patterns(cache=True), load_patterns())


def test_no_cache_reads_and_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    assert cache_dir() is None
    load_patterns(cache=True)
    assert not cache.exists()


def test_the_cache_folder_follows_xdg_without_presscan_cache_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(CACHE_DIR_VARIABLE, raising=False)
    monkeypatch.delenv(NO_CACHE_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "presscan"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # not absolute: ignored, as the XDG spec says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "presscan"


def test_only_the_newest_files_are_kept(cache: Path, tmp_path: Path) -> None:
    path = user_file(tmp_path)
    for number in range(KEEP + 3):
        path.write_text(f'[units]\n"罐{number}" = {{ kind = "count" }}\n', encoding="utf-8")
        load_patterns([path], cache=True)
    assert len(cached_files(cache)) == KEEP
    assert not list(cache.glob(".patterns-*"))  # no temporary file left behind


def test_a_pipe_given_as_patterns_is_read_once_and_not_cached(cache: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "patterns.fifo"
    os.mkfifo(fifo)
    writer = subprocess.Popen(
        ["sh", "-c", f"printf '[units]\\n\"罐\" = {{ kind = \"count\" }}\\n' > '{fifo}'"],
    )
    try:
        patterns = load_patterns([fifo], cache=True)
    finally:
        writer.wait(timeout=10)
    assert "罐" in patterns.units
    assert cached_files(cache) == []


def test_the_command_line_writes_the_same_records_cold_and_warm(
    presscan_script: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulletin = Path(__file__).resolve().parents[1] / "samples" / "bulletin.txt"
    path = user_file(tmp_path)
    env = {**os.environ, CACHE_DIR_VARIABLE: str(tmp_path / "cli-cache")}
    env.pop(NO_CACHE_VARIABLE, None)
    command = [str(presscan_script), "extract", str(bulletin), "-p", str(path), "--format", "jsonl"]
    cold = subprocess.run(command, capture_output=True, env=env, check=True).stdout
    assert len(cached_files(tmp_path / "cli-cache")) == 1
    warm = subprocess.run(command, capture_output=True, env=env, check=True).stdout
    uncached = subprocess.run(command, capture_output=True, env={**env, NO_CACHE_VARIABLE: "1"}, check=True).stdout
    assert cold == warm == uncached and jsonl(warm.decode())
