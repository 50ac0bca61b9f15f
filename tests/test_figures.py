from decimal import Decimal

import pytest

from reformkg.annotation.figures import FigureError, parse_figure

D = Decimal


@pytest.mark.parametrize("text, value, unit, approx", [
    ("93.20%", D("93.20"), "%", None),
    ("35.8万人", D("358000"), "人", None),
    ("5.9万名", D("59000"), "名", None),
    ("1.5万元", D("15000"), "元", None),
    ("3亿元", D("300000000"), "元", None),
    ("309个", D("309"), "个", None),
    ("160条", D("160"), "条", None),
    ("近300万元", D("3000000"), "元", "nearly"),
    ("百余家", D("100"), "家", "more-than"),
    ("1000多人", D("1000"), "人", "more-than"),
    ("超5000人", D("5000"), "人", "more-than"),
    ("约20%", D("20"), "%", "about"),
    ("5万余名", D("50000"), "名", "more-than"),
    ("十余万人", D("100000"), "人", "more-than"),
    ("24小时", D("24"), "小时", None),
    ("两场", D("2"), "场", None),
    ("6大项", D("6"), "大项", None),
    ("最低 500元", D("500"), "元", "at-least"),
    ("12.5万人次", D("125000"), "人次", None),
    ("1,200人", D("1200"), "人", None),
])
def test_single_figures(text, value, unit, approx):
    f = parse_figure(text)
    assert (f.value, f.unit_word, f.approximation) == (value, unit, approx)
    assert not f.is_range and not f.is_change


def test_ordinal():
    f = parse_figure("第三批")
    assert f.value == 3 and f.ordinal and f.unit_word == "批"


@pytest.mark.parametrize("text", ["800元至5000元", "800至5000元", "800-5000元", "800 元至 5000 元不等"])
def test_ranges(text):
    f = parse_figure(text)
    assert (f.value, f.minimum, f.maximum, f.unit_word) == (None, 800, 5000, "元")


def test_change():
    f = parse_figure("由4万人增加到4.5万人")
    assert (f.from_value, f.to_value, f.value, f.unit_word) == (40000, 45000, 45000, "人")


@pytest.mark.parametrize("text", ["", "很多人", "5000元至800元", "abc"])
def test_rejects(text):
    with pytest.raises(FigureError):
        parse_figure(text)
