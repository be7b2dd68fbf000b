"""The report in a real browser: headless Chromium driven by selenium, the page opened from file://.

A click shows the figure's record, a key moves to the next figure, the table filters,
sorts, exports and leads to a figure, a chart has one mark per period, and markup in a
document never runs. Screenshots go to test-artifacts/report/ (git-ignored).

Needs Debian's chromium and chromium-driver (.ci/run installs them) and selenium (the
[test] extra); without them these tests skip, saying which is missing.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, SAMPLES
from report_inputs import (
    HOSTILE_NAME,
    HOSTILE_TEXT,
    YEARS,
    extract_records,
    report_page,
    run_presscan,
    write_hostile,
    write_tricky,
    write_yearly_bulletins,
)

ARTIFACTS = REPO / "test-artifacts" / "report"
# Headless, and nothing that reaches for the network: the machine has none, and Chromium waits for it.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,860",
)


def chromium() -> tuple[str, str]:
    """The Chromium binary and its driver; the test skips, saying what is missing, without them."""
    binary = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
    driver = shutil.which("chromedriver")
    if binary is None or driver is None:
        pytest.skip("Chromium is not installed: apt-get install chromium chromium-driver (.ci/run does)")
    return binary, driver


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("selenium is not installed: pip install '.[test]'")
    binary, driver_path = chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="presscan-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    folder = tmp_path_factory.mktemp("inputs")
    return {
        "review": [write_yearly_bulletins(folder / "yearly"), SAMPLES / "bulletin.txt"],
        "tricky": [write_tricky(folder / "tricky"), write_hostile(folder / "hostile")],
    }


@pytest.fixture(scope="module")
def pages(inputs: dict[str, list[Path]], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    for name, paths in inputs.items():
        report_page(folder / f"{name}.html", *paths)
    return {name: folder / f"{name}.html" for name in inputs}


@pytest.fixture(scope="module")
def records(inputs: dict[str, list[Path]]) -> dict[str, list[dict[str, Any]]]:
    return {name: extract_records(*paths) for name, paths in inputs.items()}


def wait_for(condition: Callable[[], object], seconds: float = 10) -> Any:
    deadline = time.monotonic() + seconds
    while True:
        result = condition()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.05)


def open_page(browser: Any, page: Path) -> None:
    browser.get(page.as_uri())
    assert wait_for(lambda: browser.execute_script("return document.documentElement.dataset.ready") == "true")


def problems(browser: Any) -> list[str]:
    """What the page logged as errors since the last call: script errors, blocked code (CSP)."""
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def by_id(browser: Any, element_id: str) -> Any:
    from selenium.webdriver.common.by import By

    return browser.find_element(By.ID, element_id)


def css(browser: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(browser.find_elements(By.CSS_SELECTOR, selector))


def screenshot(browser: Any, name: str) -> None:
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def panel(browser: Any) -> dict[str, str]:
    return {
        row.get_attribute("data-field"): row.find_element("css selector", "td").text
        for row in css(browser, "#record tr")
    }


def selected(browser: Any) -> int:
    return int(browser.execute_script("return document.querySelector('#doc-text mark.sel').dataset.figure"))


def find(records: list[dict[str, Any]], source_end: str, text: str) -> int:
    return next(
        i for i, record in enumerate(records) if record["source"].endswith(source_end) and record["text"] == text
    )


def open_document(browser: Any, source: str) -> None:
    [button] = [b for b in css(browser, "#documents button") if b.get_attribute("title") == source]
    button.click()
    assert by_id(browser, "doc-title").get_attribute("textContent") == source


def exact(value: object) -> Decimal | None:
    """A value from the page (a number, or the JSON text of one) or from extract's records, to compare."""
    return None if value is None else Decimal(str(value))


# ---- the page and its records ----


@pytest.mark.parametrize("name", ["review", "tricky"])
def test_the_records_in_the_browser_are_the_records_of_extract(
    browser: Any, pages: dict[str, Path], records: dict[str, list[dict[str, Any]]], name: str
) -> None:
    open_page(browser, pages[name])
    in_page = browser.execute_script("return presscanReport.records()")
    expected = records[name]
    assert len(in_page) == len(expected)
    for got, want in zip(in_page, expected, strict=True):
        for field in ("value", "value_high"):
            got[field], want[field] = exact(got[field]), exact(want[field])
        assert got == want
    assert problems(browser) == []


def test_every_mark_is_exactly_its_figure_in_the_text_as_read(
    browser: Any, pages: dict[str, Path], records: dict[str, list[dict[str, Any]]], inputs: dict[str, list[Path]]
) -> None:
    open_page(browser, pages["tricky"])
    sources = [path for folder in inputs["tricky"] for path in sorted(folder.iterdir())]
    expected = records["tricky"]
    for path in sources:
        open_document(browser, str(path))
        marks = browser.execute_script(
            "return Array.from(document.querySelectorAll('#doc-text mark.fig'), m => [Number(m.dataset.figure), m.textContent])"
        )
        assert marks == [[i, record["text"]] for i, record in enumerate(expected) if record["source"] == str(path)]
        # the text shown is the decoded file, every character of it (CRLF, U+2028, characters beyond the BMP)
        shown = by_id(browser, "doc-text").get_attribute("textContent")
        assert shown == path.read_bytes().decode("utf-8")
        if path.name == "astral.txt":
            screenshot(browser, "astral-document")
        if path.name == "long.txt":
            assert len(css(browser, "#doc-text .block")) > 2  # shown in blocks, and still the text exactly
    assert problems(browser) == []


# ---- the document view ----


def test_clicking_a_figure_shows_its_whole_record(
    browser: Any, pages: dict[str, Path], records: dict[str, list[dict[str, Any]]]
) -> None:
    open_page(browser, pages["review"])
    i = find(records["review"], "bulletin-2021.txt", "3145.2亿元")
    record = records["review"][i]
    open_document(browser, record["source"])
    [mark] = css(browser, f'#doc-text mark[data-figure="{i}"]')
    assert mark.text == "3145.2亿元"
    mark.click()
    assert selected(browser) == i
    shown = panel(browser)
    assert shown["value"] == "314520000000" == str(record["value"])
    for field in ("unit", "kind", "subject", "status", "pattern", "number", "magnitude", "line", "start", "end"):
        assert shown[field] == str(record[field]), field
    for field in ("qualifier", "base", "direction", "measure", "table", "value_high", "per"):
        assert record[field] is None and shown[field] == "—", field
    assert shown["period"] == f"{record['period']['text']} · 2021 · year from document"
    assert by_id(browser, "panel-figure").text == record["text"]
    assert by_id(browser, "panel-sentence").text == record["context"]
    screenshot(browser, "document-selected")
    assert problems(browser) == []


def test_hovering_a_figure_shows_its_value_and_unit(
    browser: Any, pages: dict[str, Path], records: dict[str, list[dict[str, Any]]]
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    open_page(browser, pages["review"])
    i = find(records["review"], "bulletin-2023.txt", "486.3万人")
    open_document(browser, records["review"][i]["source"])
    [mark] = css(browser, f'#doc-text mark[data-figure="{i}"]')
    tooltip = by_id(browser, "tooltip")
    assert not tooltip.is_displayed()
    ActionChains(browser).move_to_element(mark).perform()
    assert wait_for(tooltip.is_displayed)
    assert tooltip.text.splitlines()[0] == "4863000 人"
    assert "常住人口" in tooltip.text


def test_keys_move_to_the_next_and_previous_figure(
    browser: Any, pages: dict[str, Path], records: dict[str, list[dict[str, Any]]]
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    expected = records["review"]
    open_page(browser, pages["review"])

    def press(key: str) -> int:
        ActionChains(browser).send_keys(key).perform()
        figure = selected(browser)
        assert by_id(browser, "panel-figure").text == expected[figure]["text"]
        return figure

    assert press("n") == 0  # the first figure of the open document
    assert [press("n"), press("j"), press("p"), press("k")] == [1, 2, 1, 0]
    assert press("p") == 0  # stays at the first
    # past a document's last figure: the next document
    first_source = expected[0]["source"]
    last = max(i for i, record in enumerate(expected) if record["source"] == first_source)
    by_id(browser, "doc-text").find_element("css selector", f'mark[data-figure="{last}"]').click()
    assert press("n") == last + 1
    assert by_id(browser, "doc-title").text == expected[last + 1]["source"] != first_source
    assert press("p") == last and by_id(browser, "doc-title").text == first_source
    ActionChains(browser).send_keys("\ue00c").perform()  # Escape
    assert css(browser, "#doc-text mark.sel") == [] and not by_id(browser, "panel-record").is_displayed()


# ---- the table ----


def test_the_table_filters_sorts_and_leads_to_the_figure(
    browser: Any, pages: dict[str, Path], records: dict[str, list[dict[str, Any]]]
) -> None:
    from selenium.webdriver.support.ui import Select

    expected = records["review"]
    open_page(browser, pages["review"])
    by_id(browser, "tab-figures").click()
    assert by_id(browser, "f-count").text == f"{len(expected)} of {len(expected)} figures"
    Select(by_id(browser, "f-kind")).select_by_value("percent")
    percent = [i for i, record in enumerate(expected) if record["kind"] == "percent"]
    assert by_id(browser, "f-count").text == f"{len(percent)} of {len(expected)} figures"
    assert browser.execute_script("return presscanReport.tableRows()") == percent
    shown_kinds = {row.find_elements("css selector", "span")[6].text for row in css(browser, ".trow")}
    assert shown_kinds == {"percent"}

    by_id(browser, "f-subject").send_keys("地区生产总值")
    growth = [i for i in percent if expected[i]["subject"] and "地区生产总值" in expected[i]["subject"]]
    assert len(growth) == len(YEARS) + 1  # each yearly bulletin's, and the sample bulletin's
    assert wait_for(lambda: browser.execute_script("return presscanReport.tableRows()") == growth)

    value_header = css(browser, '#table-head button[data-column="4"]')[0]
    value_header.click()
    value_header.click()  # descending
    assert value_header.get_attribute("aria-sort") == "descending"
    order = browser.execute_script("return presscanReport.tableRows()")
    assert [exact(expected[i]["value"]) for i in order] == sorted(
        (exact(expected[i]["value"]) for i in growth), reverse=True
    )
    screenshot(browser, "table-filtered")

    top = css(browser, ".trow")[0]
    figure = int(top.get_attribute("data-figure"))
    assert figure == order[0]
    top.click()
    assert by_id(browser, "view-documents").is_displayed()
    assert selected(browser) == figure
    assert by_id(browser, "doc-title").text == expected[figure]["source"]
    assert by_id(browser, "panel-figure").text == expected[figure]["text"]
    in_view = browser.execute_script(
        "var m = document.querySelector('#doc-text mark.sel').getBoundingClientRect();"
        "var box = document.getElementById('doc-text').getBoundingClientRect();"
        "return m.top >= box.top && m.bottom <= box.bottom;"
    )
    assert in_view
    assert problems(browser) == []


def test_the_export_is_presscans_csv_of_the_rows_that_pass_the_filters(
    browser: Any, pages: dict[str, Path], inputs: dict[str, list[Path]], downloads: Path
) -> None:
    from selenium.webdriver.support.ui import Select

    open_page(browser, pages["review"])
    by_id(browser, "tab-figures").click()
    Select(by_id(browser, "f-kind")).select_by_value("money")
    by_id(browser, "export").click()
    saved = downloads / "presscan-figures.csv"
    assert wait_for(saved.is_file), "the browser saved no CSV"
    done = run_presscan("extract", "--format", "csv", "--excel", "--jobs", "1", *inputs["review"])
    header, *rows = list(csv.reader(io.StringIO(done.stdout.removeprefix("\ufeff"))))
    money = [row for row in rows if row[header.index("kind")] == "money"]
    assert len(money) >= len(YEARS)
    written = io.StringIO()
    csv.writer(written, lineterminator="\n").writerows([header, *money])
    assert wait_for(lambda: saved.read_text(encoding="utf-8") == "\ufeff" + written.getvalue())


# ---- the charts ----


def test_an_indicator_chart_has_one_mark_per_period(
    browser: Any, pages: dict[str, Path], records: dict[str, list[dict[str, Any]]]
) -> None:
    expected = records["review"]
    open_page(browser, pages["review"])
    by_id(browser, "tab-charts").click()
    [chart] = css(browser, 'figure.indicator[data-subject="地区生产总值"][data-unit="元"]')
    gdp = [r for r in expected if (r["subject"], r["unit"]) == ("地区生产总值", "元") and r["period"]]
    periods = sorted({record["period"]["start_year"] for record in gdp})
    assert set(YEARS) < set(periods)  # the yearly bulletins', and the sample bulletin's year
    marks = chart.find_elements("css selector", "circle.mark")
    assert [mark.get_attribute("data-period") for mark in marks] == [str(year) for year in periods]
    for mark, year in zip(marks, periods, strict=True):
        figure = expected[int(mark.get_attribute("data-figure"))]
        assert figure["subject"] == "地区生产总值" and figure["unit"] == "元"
        assert figure["period"]["start_year"] == year
        assert year not in YEARS or figure["source"].endswith(f"bulletin-{year}.txt")
        title = mark.find_element("css selector", "title").get_attribute("textContent")
        assert title.startswith(f"{year}: {figure['value']} 元")
    # the growth rates are an indicator of their own
    [growth] = css(browser, 'figure.indicator[data-subject="地区生产总值"][data-unit="%"]')
    assert len(growth.find_elements("css selector", "circle.mark")) == len(periods)
    # counts: one bar per kind, one per document
    kinds = {record["kind"] for record in expected}
    assert len(css(browser, "#chart-kinds rect.bar")) == len(kinds)
    assert len(css(browser, "#chart-documents rect.bar")) == len({record["source"] for record in expected})
    screenshot(browser, "charts")
    marks[2].click()
    assert by_id(browser, "view-documents").is_displayed()
    assert selected(browser) == int(marks[2].get_attribute("data-figure"))
    assert by_id(browser, "doc-title").text.endswith(f"bulletin-{YEARS[2]}.txt")
    assert problems(browser) == []


# ---- safety ----


def test_markup_in_a_document_is_shown_as_text_and_never_runs(
    browser: Any, pages: dict[str, Path], inputs: dict[str, list[Path]], records: dict[str, list[dict[str, Any]]]
) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    open_page(browser, pages["tricky"])
    hostile = inputs["tricky"][1] / HOSTILE_NAME
    open_document(browser, str(hostile))
    assert by_id(browser, "doc-text").get_attribute("textContent") == HOSTILE_TEXT
    assert HOSTILE_NAME in by_id(browser, "documents").get_attribute("textContent")
    # every view drawn, every figure of the document selected
    figures = [i for i, record in enumerate(records["tricky"]) if record["source"] == str(hostile)]
    for i in figures:
        browser.execute_script("presscanReport.select(arguments[0])", i)
        assert by_id(browser, "panel-figure").text == records["tricky"][i]["text"]
    by_id(browser, "tab-figures").click()
    by_id(browser, "tab-charts").click()
    by_id(browser, "tab-documents").click()
    screenshot(browser, "hostile-document")
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    with pytest.raises(NoAlertPresentException):
        _ = browser.switch_to.alert.text
    # the text is in blocks of text and marks, nothing else; nowhere in the page is an element the input made
    made = "img, a, textarea, iframe, #doc-text > :not(div.block), #doc-text .block > :not(mark), #doc-text mark *"
    assert browser.execute_script("return document.querySelectorAll(arguments[0]).length", made) == 0
    assert by_id(browser, "doc-text").is_displayed()  # the <style> in the text hid nothing
    assert problems(browser) == []  # nothing was even tried: the text never became markup


def test_the_policy_stops_code_that_gets_into_the_page(browser: Any, pages: dict[str, Path], tmp_path: Path) -> None:
    # as if an escaping bug let markup in: the Content-Security-Policy still runs nothing but the page's own script
    page = pages["review"].read_text(encoding="utf-8")
    injected = "<script>window.pwned = 'inline'</script><img src=x onerror=\"window.pwned = 'handler'\">"
    broken = tmp_path / "broken.html"
    broken.write_text(page.replace("<body>", "<body>" + injected, 1), encoding="utf-8")
    open_page(browser, broken)
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    blocked = problems(browser)
    assert blocked and all("Content Security Policy" in message for message in blocked)
