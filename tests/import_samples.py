"""Sample order files for every import format, written by the tests themselves."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

SHOPIFY_HEADERS = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Fulfillment Status",
    "Fulfilled at",
    "Accepts Marketing",
    "Currency",
    "Subtotal",
    "Shipping",
    "Taxes",
    "Total",
    "Discount Code",
    "Discount Amount",
    "Shipping Method",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Lineitem compare at price",
    "Lineitem sku",
    "Lineitem requires shipping",
    "Lineitem taxable",
    "Lineitem fulfillment status",
    "Billing Name",
    "Billing Phone",
    "Notes",
    "Cancelled at",
    "Payment Method",
    "Payment Reference",
    "Refunded Amount",
    "Id",
    "Lineitem discount",
]


def shopify_rows() -> list[dict[str, str]]:
    """#1001: two lines, a 10.00 code discount, tax-exclusive 8% tax, shipping 5.00.
    #1002: fully refunded. #1003: cancelled and voided. #1004: partial refund 20.00."""
    return [
        {
            "Name": "#1001",
            "Email": "ann@example.com",
            "Financial Status": "paid",
            "Paid at": "2026-11-20 09:31:00 +0000",
            "Fulfillment Status": "fulfilled",
            "Fulfilled at": "2026-11-21 10:00:00 +0000",
            "Currency": "USD",
            "Subtotal": "90.00",
            "Shipping": "5.00",
            "Taxes": "7.20",
            "Total": "102.20",
            "Discount Code": "SAVE10",
            "Discount Amount": "10.00",
            "Created at": "2026-11-20 09:30:00 +0000",
            "Lineitem quantity": "2",
            "Lineitem name": "Green tea",
            "Lineitem price": "30.00",
            "Lineitem sku": "TEA-G",
            "Billing Name": "Ann Lee",
            "Billing Phone": "+1 555 0100",
            "Payment Method": "Shopify Payments",
            "Payment Reference": "c1001.1",
            "Refunded Amount": "0.00",
            "Id": "5001",
        },
        {
            "Name": "#1001",
            "Lineitem quantity": "1",
            "Lineitem name": "Teapot",
            "Lineitem price": "40.00",
            "Lineitem sku": "POT-1",
        },
        {
            "Name": "#1002",
            "Email": "bo@example.com",
            "Financial Status": "refunded",
            "Fulfillment Status": "fulfilled",
            "Currency": "USD",
            "Subtotal": "25.00",
            "Shipping": "0.00",
            "Taxes": "0.00",
            "Total": "25.00",
            "Created at": "2026-11-18 12:00:00 +0000",
            "Lineitem quantity": "1",
            "Lineitem name": "Cup",
            "Lineitem price": "25.00",
            "Lineitem sku": "CUP-1",
            "Billing Name": "Bo Chen",
            "Payment Method": "PayPal Express Checkout",
            "Refunded Amount": "25.00",
        },
        {
            "Name": "#1003",
            "Email": "cy@example.com",
            "Financial Status": "voided",
            "Fulfillment Status": "",
            "Currency": "USD",
            "Subtotal": "12.00",
            "Shipping": "0.00",
            "Taxes": "0.00",
            "Total": "12.00",
            "Created at": "2026-11-19 08:00:00 +0000",
            "Cancelled at": "2026-11-19 09:00:00 +0000",
            "Lineitem quantity": "3",
            "Lineitem name": "Spoon",
            "Lineitem price": "4.00",
            "Lineitem sku": "SPN",
            "Billing Name": "Cy Wu",
            "Payment Method": "manual",
        },
        {
            "Name": "#1004",
            "Email": "di@example.com",
            "Financial Status": "partially_refunded",
            "Fulfillment Status": "fulfilled",
            "Currency": "USD",
            "Subtotal": "100.00",
            "Shipping": "10.00",
            "Taxes": "0.00",
            "Total": "110.00",
            "Created at": "2026-11-17 08:00:00 +0000",
            "Lineitem quantity": "4",
            "Lineitem name": "Mug",
            "Lineitem price": "25.00",
            "Lineitem sku": "MUG",
            "Billing Name": "Di Ma",
            "Payment Method": "Shopify Payments",
            "Refunded Amount": "20.00",
        },
    ]


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[dict[str, str]],
    encoding: str = "utf-8",
    bom: bool = False,
) -> Path:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(headers), extrasaction="raise")
    writer.writeheader()
    for row in rows:
        writer.writerow({h: row.get(h, "") for h in headers})
    data = buf.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def shopify_file(path: Path, rows: list[dict[str, str]] | None = None, **kw: object) -> Path:
    return write_csv(path, SHOPIFY_HEADERS, rows or shopify_rows(), **kw)  # type: ignore[arg-type]


WOO_HEADERS = [
    "order_id",
    "order_number",
    "order_date",
    "status",
    "shipping_total",
    "shipping_tax_total",
    "fee_total",
    "fee_tax_total",
    "tax_total",
    "cart_discount",
    "order_discount",
    "discount_total",
    "order_total",
    "refunded_total",
    "order_currency",
    "payment_method",
    "shipping_method",
    "customer_id",
    "billing_first_name",
    "billing_last_name",
    "billing_email",
    "billing_phone",
    "customer_note",
    "line_items",
    "coupon_items",
]
WOO_ITEM_HEADERS = [h for h in WOO_HEADERS if h not in ("line_items",)] + [
    "item_id",
    "item_name",
    "item_sku",
    "item_quantity",
    "item_subtotal",
    "item_subtotal_tax",
    "item_total",
    "item_total_tax",
    "item_refunded",
    "item_refunded_qty",
    "item_meta",
]


def woo_orders() -> list[dict]:
    """W-200: two items, coupon 5.00 (excl tax), 10% tax, shipping 4.00 + 0.40 tax.
    W-201: refunded in full (one item, qty refunded -1). W-202: cancelled."""
    return [
        {
            "order": {
                "order_id": "200",
                "order_number": "W-200",
                "order_date": "2026-11-20 10:00:00",
                "status": "completed",
                "shipping_total": "4.00",
                "shipping_tax_total": "0.40",
                "tax_total": "4.50",
                "discount_total": "5.00",
                "cart_discount": "5.00",
                "order_total": "53.90",
                "refunded_total": "0.00",
                "order_currency": "EUR",
                "payment_method": "stripe",
                "billing_first_name": "Eva",
                "billing_last_name": "Roth",
                "billing_email": "eva@example.com",
            },
            "items": [
                {
                    "name": "Oolong",
                    "sku": "OOL",
                    "quantity": "3",
                    "subtotal": "30.00",
                    "subtotal_tax": "3.00",
                    "total": "27.00",
                    "total_tax": "2.70",
                    "refunded": "0",
                    "refunded_qty": "0",
                },
                {
                    "name": "Tin",
                    "sku": "TIN",
                    "quantity": "1",
                    "subtotal": "20.00",
                    "subtotal_tax": "2.00",
                    "total": "18.00",
                    "total_tax": "1.80",
                    "refunded": "0",
                    "refunded_qty": "0",
                },
            ],
        },
        {
            "order": {
                "order_id": "201",
                "order_number": "W-201",
                "order_date": "2026-11-19 10:00:00",
                "status": "refunded",
                "shipping_total": "0.00",
                "tax_total": "1.00",
                "discount_total": "0.00",
                "order_total": "11.00",
                "refunded_total": "11.00",
                "order_currency": "EUR",
                "payment_method": "paypal",
                "billing_first_name": "Fin",
                "billing_last_name": "Lo",
            },
            "items": [
                {
                    "name": "Cup",
                    "sku": "CUP",
                    "quantity": "1",
                    "subtotal": "10.00",
                    "total": "10.00",
                    "total_tax": "1.00",
                    "refunded": "10.00",
                    "refunded_qty": "-1",
                }
            ],
        },
        {
            "order": {
                "order_id": "202",
                "order_number": "W-202",
                "order_date": "2026-11-18 10:00:00",
                "status": "cancelled",
                "order_total": "8.00",
                "order_currency": "EUR",
                "payment_method": "bacs",
                "billing_first_name": "Gil",
            },
            "items": [
                {
                    "name": "Lid",
                    "sku": "LID",
                    "quantity": "2",
                    "subtotal": "8.00",
                    "total": "8.00",
                    "total_tax": "0.00",
                }
            ],
        },
    ]


def woo_file(path: Path, one_row_per_item: bool = False) -> Path:
    rows = []
    for data in woo_orders():
        if one_row_per_item:
            for item in data["items"]:
                rows.append(data["order"] | {f"item_{k}": v for k, v in item.items()})
        else:
            cell = ";".join("|".join(f"{k}:{v}" for k, v in item.items()) for item in data["items"])
            rows.append(data["order"] | {"line_items": cell})
    return write_csv(path, WOO_ITEM_HEADERS if one_row_per_item else WOO_HEADERS, rows)


TAOBAO_HEADERS = [
    "订单编号",
    "买家会员名",
    "买家支付宝账号",
    "总金额",
    "运费",
    "买家实付金额",
    "订单状态",
    "订单创建时间",
    "订单付款时间",
    "宝贝标题",
    "商家编码",
    "购买数量",
    "价格",
    "退款金额",
    "收货人姓名",
    "联系手机",
]


def taobao_rows() -> list[dict[str, str]]:
    """="…" and apostrophe order numbers, a 满减 discount (总金额 - 实付), one line refunded, one
    closed order."""
    return [
        {
            "订单编号": '="3300012345678901"',
            "买家会员名": "tb_小王",
            "买家支付宝账号": "wang@alipay",
            "总金额": "268.00",
            "运费": "10.00",
            "买家实付金额": "238.00",
            "订单状态": "交易成功",
            "订单创建时间": "2026-11-20 10:00:00",
            "订单付款时间": "2026-11-20 10:01:00",
            "宝贝标题": "西湖龙井 250g",
            "商家编码": "LJ-250",
            "购买数量": "2",
            "价格": "99.00",
            "退款金额": "0",
            "收货人姓名": "王小明",
            "联系手机": "'13800138000",
        },
        {
            "订单编号": '="3300012345678901"',
            "宝贝标题": "青瓷茶杯",
            "商家编码": "CUP-Q",
            "购买数量": "1",
            "价格": "60.00",
            "退款金额": "53.02",
        },
        {
            "订单编号": "'3300012345678902",
            "买家会员名": "tb_李",
            "总金额": "50.00",
            "运费": "0.00",
            "买家实付金额": "50.00",
            "订单状态": "交易关闭",
            "订单创建时间": "2026/11/19 9:00",
            "宝贝标题": "茶巾",
            "商家编码": "TJ",
            "购买数量": "5",
            "价格": "10.00",
            "退款金额": "50.00",
            "收货人姓名": "李雷",
        },
    ]


def taobao_file(
    path: Path, rows: list[dict[str, str]] | None = None, encoding: str = "gbk"
) -> Path:
    return write_csv(path, TAOBAO_HEADERS, rows or taobao_rows(), encoding=encoding)


GENERIC_HEADERS = [
    "order_no",
    "placed_at",
    "status",
    "currency",
    "customer_name",
    "customer_phone",
    "payment_method",
    "sku",
    "name",
    "quantity",
    "unit_price",
    "order_discount",
    "shipping_fee",
    "total",
    "refunded",
]


def generic_rows() -> list[dict[str, str]]:
    return [
        {
            "order_no": "G-1",
            "placed_at": "2026-11-20 10:00",
            "status": "delivered",
            "currency": "CNY",
            "customer_name": "张三",
            "payment_method": "wechat_pay",
            "sku": "A",
            "name": "茶叶",
            "quantity": "3",
            "unit_price": "33.33",
            "order_discount": "10.00",
            "shipping_fee": "8.00",
            "total": "97.99",
            "refunded": "",
        },
        {"order_no": "G-1", "sku": "B", "name": "茶盘", "quantity": "1", "unit_price": "0.00"},
    ]


def generic_file(path: Path, rows: list[dict[str, str]] | None = None) -> Path:
    return write_csv(path, GENERIC_HEADERS, rows or generic_rows())


def xlsx_file(path: Path, headers: Sequence[str], rows: Sequence[dict[str, object]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(headers))
    for row in rows:
        sheet.append([row.get(h, None) for h in headers])
    book.save(path)
    return path


def shopify_bulk_rows(lines: int) -> Iterator[list[str]]:
    """A Shopify-style export of whole orders of three lines each: ``lines`` rounded up to a
    multiple of three line rows (benchmark and cancel tests)."""
    idx = {h: i for i, h in enumerate(SHOPIFY_HEADERS)}
    blank = [""] * len(SHOPIFY_HEADERS)
    for n in range(-(-lines // 3) * 3):
        order, pos = divmod(n, 3)
        row = list(blank)
        row[idx["Name"]] = f"#{100000 + order}"
        row[idx["Lineitem quantity"]] = str(pos + 1)
        row[idx["Lineitem name"]] = f"Item {pos}"
        row[idx["Lineitem price"]] = "12.50"
        row[idx["Lineitem sku"]] = f"SKU-{pos}"
        if pos == 0:
            for key, value in (
                ("Email", "x@example.com"),
                ("Financial Status", "paid"),
                ("Fulfillment Status", "fulfilled"),
                ("Currency", "USD"),
                ("Subtotal", "70.00"),
                ("Shipping", "5.00"),
                ("Taxes", "0.00"),
                ("Total", "75.00"),
                ("Discount Amount", "5.00"),
                ("Discount Code", "B5"),
                ("Created at", "2026-11-20 09:30:00 +0000"),
                ("Billing Name", "Bulk Buyer"),
                ("Payment Method", "Shopify Payments"),
            ):
                row[idx[key]] = value
        yield row


def write_shopify_bulk(path: Path, lines: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(SHOPIFY_HEADERS)
        writer.writerows(shopify_bulk_rows(lines))
    return path


# --- Taobao/Tmall's own pair: the order list (订单报表) and the line list (宝贝报表) -----------

#: The order list's columns as the platform's seller centre documents its export.
TAOBAO_ORDER_LIST_HEADERS = [
    "订单编号",
    "买家会员名",
    "买家支付宝账号",
    "买家应付货款",
    "买家应付邮费",
    "买家支付积分",
    "总金额",
    "返点积分",
    "买家实际支付金额",
    "买家实际支付积分",
    "订单状态",
    "买家留言",
    "收货人姓名",
    "收货地址",
    "运送方式",
    "联系电话",
    "联系手机",
    "订单创建时间",
    "订单付款时间",
    "宝贝标题",
    "宝贝种类",
    "物流单号",
    "物流公司",
    "订单备注",
    "宝贝总数量",
    "店铺Id",
    "店铺名称",
    "订单关闭原因",
    "卖家服务费",
    "买家服务费",
    "发票抬头",
    "是否手机订单",
    "分阶段订单信息",
    "特权订金订单id",
    "是否上传合同照片",
    "是否上传小票",
    "是否代付",
    "定金排名",
    "修改后的sku",
    "修改后的收货地址",
    "异常信息",
    "天猫卡券抵扣",
    "集分宝抵扣",
    "是否是O2O交易",
    "退款金额",
    "预约门店",
    "确认收货时间",
    "打款商家金额",
    "含应开票给个人的个人红包",
    "发货时间",
]
#: The line list's columns.
TAOBAO_LINE_LIST_HEADERS = [
    "订单编号",
    "标题",
    "价格",
    "购买数量",
    "外部系统编号",
    "商品属性",
    "套餐信息",
    "备注",
    "订单状态",
    "商家编码",
]


def taobao_pair_rows() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Three orders as the seller centre writes them (numbers as ="…"):
    …901 two lines, a 满减 discount (总金额 268.00, paid 238.00), 53.02 refunded, received;
    …902 one line of five units, closed and refunded in full;
    …903 three lines, shipped, nothing refunded."""
    orders = [
        {
            "订单编号": '="3300012345678901"',
            "买家会员名": "tb_小王",
            "买家支付宝账号": "wang@alipay",
            "买家应付货款": "258.00",
            "买家应付邮费": "10.00",
            "买家支付积分": "0",
            "总金额": "268.00",
            "买家实际支付金额": "238.00",
            "订单状态": "交易成功",
            "收货人姓名": "王小明",
            "收货地址": "浙江省 杭州市 西湖区 龙井路1号(310000)",
            "联系手机": "'13800138000",
            "订单创建时间": "2026-11-20 10:00:00",
            "订单付款时间": "2026-11-20 10:01:00",
            "宝贝标题": "西湖龙井 250g，青瓷茶杯",
            "宝贝种类": "2",
            "物流单号": '="SF1234567890"',
            "宝贝总数量": "3",
            "店铺Id": "123456789",
            "店铺名称": "西湖茶庄",
            "订单关闭原因": "订单未关闭",
            "卖家服务费": "0",
            "买家服务费": "0元",
            "是否手机订单": "手机订单",
            "退款金额": "53.02",
            "确认收货时间": "2026-11-24 18:00:00",
            "打款商家金额": "184.98元",
            "含应开票给个人的个人红包": "0",
            "发货时间": "2026-11-21 09:00:00",
        },
        {
            "订单编号": '="3300012345678902"',
            "买家会员名": "tb_李",
            "买家应付货款": "50.00",
            "买家应付邮费": "0.00",
            "总金额": "50.00",
            "买家实际支付金额": "50.00",
            "订单状态": "交易关闭",
            "收货人姓名": "李雷",
            "订单创建时间": "2026-11-19 09:00:00",
            "订单付款时间": "2026-11-19 09:05:00",
            "宝贝标题": "茶巾",
            "宝贝种类": "1",
            "宝贝总数量": "5",
            "订单关闭原因": "退款",
            "退款金额": "50.00",
            "打款商家金额": "0.00元",
        },
        {
            "订单编号": '="3300012345678903"',
            "买家会员名": "tb_韩梅梅",
            "买家支付宝账号": "han@alipay",
            "买家应付货款": "156.00",
            "买家应付邮费": "8.00",
            "总金额": "164.00",
            "买家实际支付金额": "164.00",
            "订单状态": "卖家已发货，等待买家确认",
            "收货人姓名": "韩梅梅",
            "联系手机": "13912345678",
            "订单创建时间": "2026-11-22 20:15:00",
            "订单付款时间": "2026-11-22 20:16:00",
            "宝贝标题": "碧螺春 100g，紫砂壶，茶盘",
            "宝贝种类": "3",
            "宝贝总数量": "4",
            "退款金额": "0.00",
            "发货时间": "2026-11-23 10:00:00",
        },
    ]
    lines = [
        {
            "订单编号": '="3300012345678901"',
            "标题": "西湖龙井 250g",
            "价格": "99.00",
            "购买数量": "2",
            "外部系统编号": "LJ-250",
            "商品属性": "规格:250g",
            "订单状态": "交易成功",
            "商家编码": "LJ-250",
        },
        {
            "订单编号": '="3300012345678901"',
            "标题": "青瓷茶杯",
            "价格": "60.00",
            "购买数量": "1",
            "商品属性": "颜色:青",
            "订单状态": "交易成功",
            "商家编码": "CUP-Q",
        },
        {
            "订单编号": '="3300012345678902"',
            "标题": "茶巾",
            "价格": "10.00",
            "购买数量": "5",
            "订单状态": "交易关闭",
            "商家编码": "TJ",
        },
        {
            "订单编号": '="3300012345678903"',
            "标题": "碧螺春 100g",
            "价格": "88.00",
            "购买数量": "1",
            "商家编码": "BLC-100",
        },
        {
            "订单编号": '="3300012345678903"',
            "标题": "紫砂壶",
            "价格": "48.00",
            "购买数量": "1",
            "商家编码": "ZSH",
        },
        {
            "订单编号": '="3300012345678903"',
            "标题": "茶盘",
            "价格": "10.00",
            "购买数量": "2",
            "备注": "送礼",
            "商家编码": "CP",
        },
    ]
    return orders, lines


def taobao_pair_files(
    folder: Path,
    orders: list[dict[str, str]] | None = None,
    lines: list[dict[str, str]] | None = None,
    encoding: str = "gbk",
) -> tuple[Path, Path]:
    """The pair as ExportOrderList….csv and ExportOrderDetailList….csv (GBK, as the seller
    centre writes them)."""
    sample_orders, sample_lines = taobao_pair_rows()
    return (
        write_csv(
            folder / "ExportOrderList202611.csv",
            TAOBAO_ORDER_LIST_HEADERS,
            sample_orders if orders is None else orders,
            encoding=encoding,
        ),
        write_csv(
            folder / "ExportOrderDetailList202611.csv",
            TAOBAO_LINE_LIST_HEADERS,
            sample_lines if lines is None else lines,
            encoding=encoding,
        ),
    )


def taobao_pair_bulk_rows(lines: int) -> tuple[Iterator[list[str]], Iterator[list[str]]]:
    """The pair for ``lines`` line rows (rounded up to whole orders of three lines): order
    list rows and line list rows, both in the same order, as Taobao writes them."""
    orders = -(-lines // 3)
    o_idx = {h: i for i, h in enumerate(TAOBAO_ORDER_LIST_HEADERS)}
    l_idx = {h: i for i, h in enumerate(TAOBAO_LINE_LIST_HEADERS)}

    def order_rows() -> Iterator[list[str]]:
        blank = [""] * len(TAOBAO_ORDER_LIST_HEADERS)
        for n in range(orders):
            row = list(blank)
            for key, value in (
                ("订单编号", f'="33{100000000000 + n}"'),
                ("买家会员名", f"tb_买家{n % 997}"),
                ("买家支付宝账号", f"buyer{n % 997}@alipay"),
                ("买家应付货款", "75.00"),
                ("买家应付邮费", "6.00"),
                ("总金额", "81.00"),
                ("买家实际支付金额", "76.00"),
                ("订单状态", "交易成功"),
                ("收货人姓名", "张三"),
                ("联系手机", f"'138{n % 100000000:08d}"),
                ("订单创建时间", f"2026-11-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00"),
                ("订单付款时间", f"2026-11-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:30"),
                ("宝贝标题", "龙井，茶杯，茶巾"),
                ("宝贝种类", "3"),
                ("宝贝总数量", "6"),
                ("店铺名称", "西湖茶庄"),
                ("退款金额", "0.00"),
            ):
                row[o_idx[key]] = value
            yield row

    def line_rows() -> Iterator[list[str]]:
        blank = [""] * len(TAOBAO_LINE_LIST_HEADERS)
        for n in range(orders * 3):
            order, pos = divmod(n, 3)
            row = list(blank)
            row[l_idx["订单编号"]] = f'="33{100000000000 + order}"'
            row[l_idx["标题"]] = ("西湖龙井 250g", "青瓷茶杯", "茶巾")[pos]
            row[l_idx["价格"]] = "12.50"
            row[l_idx["购买数量"]] = str(pos + 1)
            row[l_idx["商家编码"]] = f"SKU-{pos}"
            yield row

    return order_rows(), line_rows()


def write_taobao_pair_bulk(folder: Path, lines: int) -> tuple[Path, Path]:
    """The bulk pair (benchmark), GBK like the platform's own export."""
    order_rows, line_rows = taobao_pair_bulk_rows(lines)
    paths = (folder / "ExportOrderList.csv", folder / "ExportOrderDetailList.csv")
    for path, headers, rows in zip(
        paths,
        (TAOBAO_ORDER_LIST_HEADERS, TAOBAO_LINE_LIST_HEADERS),
        (order_rows, line_rows),
        strict=True,
    ):
        with path.open("w", encoding="gbk", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(headers)
            writer.writerows(rows)
    return paths
