"""The pictures in a real browser, on a phone and on a desktop: they fit, their text is legible,
and screenshots of each are kept as test artifacts (in pytest's temporary folder, not the repo)."""
import re

import pytest

PAGES = ["account-manager/compensation/", "account-manager/career/", "account-manager/levels/"]
WIDTHS = [390, 1280]
SMALLEST_TEXT_PX = 7


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory):
    return tmp_path_factory.mktemp("screenshots")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_pictures_fit_and_stay_legible(page, server, artifacts, path, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{server}/{path}")
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"
    figures = page.locator("figure.rg-figure, .rg-matrix")
    assert figures.count() > 0
    for i in range(figures.count()):
        figure = figures.nth(i)
        figure.scroll_into_view_if_needed()
        box = figure.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, f"figure {i} overflows the page"
        shot = artifacts / f"{path.strip('/').replace('/', '-')}-{i}-{width}.png"
        figure.screenshot(path=str(shot))
        assert shot.stat().st_size > 2000
    heights = page.evaluate("""[...document.querySelectorAll('svg.rg-chart text')]
        .filter(t => t.getBBox().width > 0).map(t => t.getBoundingClientRect().height)""")
    if heights:
        assert min(heights) >= SMALLEST_TEXT_PX, f"chart text renders {min(heights):.1f}px tall at {width}px"


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_chart_text_contrasts_with_the_background_in_both_schemes(page, server, scheme):
    page.goto(f"{server}/account-manager/compensation/")
    page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
    colours = page.evaluate("""(() => {
        const text = getComputedStyle(document.querySelector('svg.rg-chart text')).fill;
        const back = getComputedStyle(document.body).backgroundColor;
        return [text, back];
    })()""")
    assert colours[0] != colours[1]
    luminance = [sum(float(c) for c in re.findall(r"[\d.]+", colour)[:3]) / 3 for colour in colours]
    assert abs(luminance[0] - luminance[1]) > 100, colours
