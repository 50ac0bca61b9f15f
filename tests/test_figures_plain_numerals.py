"""Chinese numerals in the plain positional form are read without cn2an (its import is a fifth of a cold
suggest), and read as cn2an reads them; every other form still goes to cn2an."""

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reformkg.annotation.figures import FigureError, _chinese_number, _plain_chinese_number


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=1, max_value=10**11))
def test_a_plain_numeral_reads_as_cn2an_reads_it(n):
    text = cn2an.an2cn(n)
    assert _plain_chinese_number("一" + text if text[0] in "十百千万" else text) == n
    assert _chinese_number(text) == n


def test_forms_that_are_not_plain_are_left_to_cn2an():
    for text in ("一十百", "二五", "十十", "一千零零五", "零", "三点五", "一万零", "万"):
        assert _plain_chinese_number(text) is None, text
    assert _chinese_number("三点五") == cn2an.cn2an("三点五", "strict")
    assert _chinese_number("两百") == 200 and _chinese_number("十二") == 12
    with pytest.raises(FigureError):
        _chinese_number("二〇")  # (a form neither reads: the error it always gave)
