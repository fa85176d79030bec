"""The Chinese platforms' own order exports, one module each: JD, Pinduoduo, Douyin shop,
Youzan, WeChat shop. Importing this package (``formats`` does) adds them to ``formats.REGISTRY``
and ``formats.FORMATS``; ``formats.detect`` asks ``detect`` here before its Taobao rule."""

from __future__ import annotations

from merchant_refunds.imports import formats
from merchant_refunds.imports.platforms import douyin, jd, pinduoduo, wechat_shop, youzan
from merchant_refunds.imports.platforms.common import Spec, builder
from merchant_refunds.imports.platforms.common import detect as _detect

#: Most specific first: ``detect`` takes the first whose marker columns the file has.
SPECS: tuple[Spec, ...] = (douyin.SPEC, jd.SPEC, pinduoduo.SPEC, wechat_shop.SPEC, youzan.SPEC)
NAMES: tuple[str, ...] = tuple(spec.name for spec in SPECS)


for _spec in SPECS:
    formats.REGISTRY[_spec.name] = formats.Format(
        _spec.name, _spec.required, _spec.order_no, builder(_spec)
    )
formats.FORMATS = (*formats.FORMATS[:-1], *NAMES, formats.GENERIC)


def detect(index: dict[str, int]) -> str | None:
    """The platform the file's (normalised) headers belong to, or None."""
    return _detect(SPECS, index)


__all__ = ["NAMES", "SPECS", "Spec", "builder", "detect"]
