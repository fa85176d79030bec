"""Sample payment statements, shaped like the providers' own exports, written by the tests.

Each writer takes refund rows (and may add the other rows a real statement has: payments,
fees, withdrawals) and writes the file with its provider's quirks: Alipay's GBK text with ``#``
lines before and after the table and tab-padded numbers; WeChat Pay's backtick before every
value and its summary after the rows; Stripe's negative decimal amounts in lower-case
currencies; PayPal's US dates and thousands separators; a bank's debit column in ``="…"``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Refund:
    """One refund as the provider shows it: ``amount`` in major units as text ("128.00")."""

    provider_ref: str
    amount: str
    at: str = "2026-11-26 15:30:00"
    order_no: str = ""
    refund_no: str = ""
    txn: str = ""
    note: str = ""
    currency: str = "CNY"


ALIPAY_HEADERS = [
    "账务流水号",
    "业务流水号",
    "商户订单号",
    "商品名称",
    "发生时间",
    "对方账号",
    "收入金额（+元）",
    "支出金额（-元）",
    "账户余额（元）",
    "交易渠道",
    "业务类型",
    "备注",
]


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def alipay(
    path: Path, refunds: list[Refund], *, start: str = "2026-11-01", end: str = "2026-12-01"
) -> Path:
    """支付宝 账务明细: GBK, ``#`` header and footer lines, numbers padded with a tab."""
    head = [
        "#支付宝账务明细查询",
        "#账号：[20880123456789010156]",
        f"#起始日期：[{start} 00:00:00]   终止日期：[{end} 00:00:00]",
        "#-----------------------------------------账务明细列表----------------------------------------",
    ]
    rows = [ALIPAY_HEADERS]
    rows.append(
        [
            "20261125000000010001\t",
            "2026112522001400001\t",
            "ORD-PAY-1\t",
            "龙井茶 250g",
            "2026-11-25 09:12:44",
            "buyer@example.com",
            "1,288.00",
            "",
            "10,288.00",
            "支付宝",
            "在线支付",
            "",
        ]
    )
    for i, r in enumerate(refunds):
        rows.append(
            [
                f"{r.provider_ref}\t",
                f"{r.txn or f'2026112622001400{i:03d}'}\t",
                f"{r.order_no}\t",
                "退款",
                r.at,
                "buyer@example.com",
                "",
                f"-{r.amount}",
                "9,000.00",
                "支付宝",
                "交易退款",
                r.note,
            ]
        )
    rows.append(
        [
            "20261126000000099999\t",
            "",
            "",
            "服务费",
            "2026-11-26 23:00:00",
            "",
            "",
            "-3.60",
            "8,996.40",
            "支付宝",
            "收费",
            "",
        ]
    )
    foot = [
        "#-----------------------------------------账务明细列表结束------------------------------------",
        f"#支出合计：{len(refunds) + 1}笔，",
        "#导出时间：[2026-12-02 08:00:00]",
    ]
    text = "\r\n".join(head) + "\r\n" + _csv(rows) + "\r\n".join(foot) + "\r\n"
    path.write_bytes(text.encode("gbk"))
    return path


WECHAT_HEADERS = [
    "交易时间",
    "公众账号ID",
    "商户号",
    "特约商户号",
    "设备号",
    "微信订单号",
    "商户订单号",
    "用户标识",
    "交易类型",
    "交易状态",
    "付款银行",
    "货币种类",
    "应结订单金额",
    "代金券金额",
    "微信退款单号",
    "商户退款单号",
    "退款金额",
    "充值券退款金额",
    "退款类型",
    "退款状态",
    "商品名称",
    "商户数据包",
    "手续费",
    "费率",
    "订单金额",
    "申请退款金额",
    "费率备注",
]


def wechat(path: Path, refunds: list[Refund]) -> Path:
    """微信支付 交易账单: UTF-8 with BOM, a backtick before every value, a summary after."""

    def row(cells: list[str]) -> list[str]:
        return ["`" + c for c in cells]

    rows = [WECHAT_HEADERS]
    rows.append(
        row(
            [
                "2026-11-26 09:00:00",
                "wx8888888888888888",
                "1900000109",
                "0",
                "",
                "4200000001202611260001",
                "ORD-PAY-2",
                "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
                "NATIVE",
                "SUCCESS",
                "CMB_DEBIT",
                "CNY",
                "88.00",
                "0.00",
                "0",
                "0",
                "0.00",
                "0.00",
                "",
                "",
                "青瓷茶杯",
                "",
                "0.53",
                "0.60%",
                "88.00",
                "0.00",
                "",
            ]
        )
    )
    for r in refunds:
        rows.append(
            row(
                [
                    r.at,
                    "wx8888888888888888",
                    "1900000109",
                    "0",
                    "",
                    r.txn or "4200000002",
                    r.order_no,
                    "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
                    "NATIVE",
                    "REFUND",
                    "CMB_DEBIT",
                    "CNY",
                    "0.00",
                    "0.00",
                    r.provider_ref,
                    r.refund_no,
                    r.amount,
                    "0.00",
                    "ORIGINAL",
                    "SUCCESS",
                    "退款",
                    "",
                    "-0.77",
                    "0.60%",
                    "0.00",
                    r.amount,
                    "",
                ]
            )
        )
    rows.append(
        [
            "总交易单数",
            "应结订单总金额",
            "退款总金额",
            "充值券退款总金额",
            "手续费总金额",
            "订单总金额",
            "申请退款总金额",
        ]
    )
    rows.append(row([str(len(refunds) + 1), "88.00", "0.00", "0.00", "0.53", "88.00", "0.00"]))
    path.write_bytes(b"\xef\xbb\xbf" + _csv(rows).encode("utf-8"))
    return path


STRIPE_HEADERS = [
    "balance_transaction_id",
    "created_utc",
    "available_on_utc",
    "currency",
    "gross",
    "fee",
    "net",
    "reporting_category",
    "source_id",
    "description",
    "charge_id",
    "payment_intent_id",
    "refund_metadata[refund_no]",
]


def stripe(path: Path, refunds: list[Refund]) -> Path:
    """Stripe itemized balance change report: negative decimal refunds, lower-case currency."""
    rows = [STRIPE_HEADERS]
    rows.append(
        [
            "txn_3PAYMENT0001",
            "2026-11-25 08:00:00",
            "2026-11-27 00:00:00",
            "usd",
            "250.00",
            "-7.55",
            "242.45",
            "charge",
            "ch_3PAYMENT0001",
            "Order ORD-PAY-3",
            "ch_3PAYMENT0001",
            "pi_3PAYMENT0001",
            "",
        ]
    )
    for r in refunds:
        rows.append(
            [
                r.provider_ref,
                r.at,
                r.at,
                r.currency.lower(),
                f"-{r.amount}",
                "0.00",
                f"-{r.amount}",
                "refund",
                f"re_{r.provider_ref[4:]}",
                r.note,
                r.txn,
                "",
                r.refund_no,
            ]
        )
    path.write_text(_csv(rows), encoding="utf-8")
    return path


PAYPAL_HEADERS = [
    "Date",
    "Time",
    "TimeZone",
    "Name",
    "Type",
    "Status",
    "Currency",
    "Gross",
    "Fee",
    "Net",
    "From Email Address",
    "To Email Address",
    "Transaction ID",
    "Reference Txn ID",
    "Invoice Number",
    "Balance",
]


def paypal(path: Path, refunds: list[Refund]) -> Path:
    """PayPal Activity download: US dates, thousands separators, a BOM."""
    rows = [PAYPAL_HEADERS]
    rows.append(
        [
            "11/25/2026",
            "08:00:00",
            "PST",
            "Jane Doe",
            "Express Checkout Payment",
            "Completed",
            "USD",
            "1,250.00",
            "-36.55",
            "1,213.45",
            "jane@example.com",
            "shop@example.com",
            "8AB12345CD678901E",
            "",
            "ORD-PAY-4",
            "1,213.45",
        ]
    )
    for r in refunds:
        month, day = r.at[5:7], r.at[8:10]
        rows.append(
            [
                f"{month}/{day}/{r.at[:4]}",
                r.at[11:],
                "PST",
                "Jane Doe",
                "Payment Refund",
                "Completed",
                r.currency,
                f"-{r.amount}",
                "0.00",
                f"-{r.amount}",
                "shop@example.com",
                "jane@example.com",
                r.provider_ref,
                r.txn,
                r.order_no,
                "0.00",
            ]
        )
    path.write_bytes(b"\xef\xbb\xbf" + _csv(rows).encode("utf-8"))
    return path


BANK_MAPPING = {
    "date": "交易日期",
    "debit": "借方发生额",
    "reference": "凭证号",
    "description": "摘要",
    "id": "流水号",
    "date_format": "%Y%m%d",
}


def bank(path: Path, refunds: list[Refund]) -> Path:
    """A Chinese bank's statement: title lines, ``="…"`` numbers, debit/credit columns, GBK."""
    head = ["中国招商银行 账户交易明细", "账号：6225880112345678,币种：人民币"]
    rows = [["交易日期", "流水号", "凭证号", "摘要", "借方发生额", "贷方发生额", "余额"]]
    rows.append(["20261125", '="B0001"', "", "货款", "", "5,000.00", "15,000.00"])
    for r in refunds:
        rows.append(
            [
                r.at[:10].replace("-", ""),
                f'="{r.provider_ref}"',
                r.refund_no,
                f"退款 {r.note}".strip(),
                r.amount,
                "",
                "14,000.00",
            ]
        )
    text = "\r\n".join(head) + "\r\n" + _csv(rows)
    path.write_bytes(text.encode("gbk"))
    return path
