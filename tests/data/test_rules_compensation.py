"""A guide's compensation.yml, each rule broken once in the fixture data: base pay is part of total pay, so a base
bound above its total bound is named with file, line and key path."""
import pytest
from helpers import edit, problems, read_yaml

from macros.data.site import load_site

ROLE = "roles/account-manager"


@pytest.mark.parametrize("bound, old, new", [("min", "{min: 65000, max: 85000}", "{min: 95000, max: 99000}"),
                                             ("max", "{min: 65000, max: 85000}", "{min: 65000, max: 990000}")])
def test_base_pay_above_total_pay_at_either_bound(data_copy, bound, old, new):
    name = f"{ROLE}/compensation.yml"
    text = (data_copy / name).read_text(encoding="utf-8")
    start = text.index("by_metro:")
    total = read_yaml(text)["by_metro"][0]["total"]
    assert text.index(old, start) == text.index(old)
    line = edit(data_copy, name, old, new)
    base = read_yaml(new.replace("{", "{'x': 0, ", 1))
    assert [p for p in problems(data_copy) if "is above total" in p] == [
        f"data/{name}:{line} by_metro[0].base.{bound}: base {bound} ({base[bound]:,}) is above total {bound} "
        f"({total[bound]:,}); total pay includes base pay: swap or correct the figures"]


@pytest.mark.parametrize("section, index, old, new", [
    ("national_averages", 1, "base: {min: 55000, max: 75000}", "base: {min: 55000, max: 99000}"),
    ("by_level", 0, "base: {min: 45000, max: 60000}", "base: {min: 45000, max: 90000}"),
])
def test_base_pay_above_total_pay_in_each_list(data_copy, section, index, old, new):
    name = f"{ROLE}/compensation.yml"
    total = read_yaml((data_copy / name).read_text(encoding="utf-8"))[section][index]["total"]["max"]
    line = edit(data_copy, name, old, new)
    assert [p for p in problems(data_copy) if "is above total" in p] == [
        f"data/{name}:{line} {section}[{index}].base.max: base max ({read_yaml(new)['base']['max']:,}) is above "
        f"total max ({total:,}); total pay includes base pay: swap or correct the figures"]


def test_a_national_figure_with_base_pay_only_is_not_compared(data_copy):
    edit(data_copy, f"{ROLE}/compensation.yml", "    total: {min: 70000, max: 95000}\n", "")
    load_site(data_copy)


def test_base_pay_equal_to_total_pay_is_accepted(data_copy):
    edit(data_copy, f"{ROLE}/compensation.yml", "base: {min: 55000, max: 75000}", "base: {min: 70000, max: 95000}")
    load_site(data_copy)
