"""The command line's grammar: every command, option and help text, and the handler of each.

Handlers are named, not imported (``"commands:orders_show"``): building the parser must not load
the commands' implementations (ReportLab, the exports and imports, the demo data), so that
``orders show`` or ``--help`` starts in the time of a bare interpreter with peewee
(docs/performance.md, issue 16). Only the handler of the command given is imported, by
``main``. Choices whose source lives in a heavy module are repeated here; a test checks that
each copy equals its source.
"""

from __future__ import annotations

import argparse
import os
from typing import Any, NoReturn

from merchant_refunds.domain.errors import N_, InvalidInput
from merchant_refunds.domain.lifecycle import PayoutMethod
from merchant_refunds.domain.policy import ReasonCode

PROG = "merchant-refunds"
#: The environment the command line reads: the PIN of ``--user`` and the default user
#: (``cli.inputs``), and the database (``services.database.DB_ENV``, repeated here so that
#: ``--help`` loads no storage; a test holds them equal).
PIN_ENV = "MERCHANT_REFUNDS_PIN"
#: The PIN of the owner authorising at the counter (``--authorised-by``).
OWNER_PIN_ENV = "MERCHANT_REFUNDS_OWNER_PIN"
USER_ENV = "MERCHANT_REFUNDS_USER"
#: A new PIN (``users add``, ``reset-pin``, ``change-pin``), never typed on the command line.
NEW_PIN_ENV = "MERCHANT_REFUNDS_NEW_PIN"
DB_ENV = "MERCHANT_REFUNDS_DB"

#: Written out rather than built from the names above, so that it can be looked up in the
#: Chinese catalogue (``_Parser.format_help``); a test holds the names in it equal to those.
EPILOG = """\
exit codes: 0 ok, 2 bad input, 3 refused by policy or permission, 4 not found,
            5 storage problem, 1 unexpected error
environment: MERCHANT_REFUNDS_DB (database file or URL), MERCHANT_REFUNDS_PIN (PIN of --user),
             MERCHANT_REFUNDS_USER (default for --user), LANG (zh* formats amounts for zh_CN),
             LC_ALL, LC_MESSAGES, LANG (zh* for messages in Chinese)
Without a command the GUI starts (or this help is shown where the GUI is not installed).
"""
#: argparse's own words in a help page, for the Chinese catalogue.
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
)

#: The top-level commands, in the order ``build_parser`` adds them (a test holds it so).
TOP_LEVEL_COMMANDS = (
    "init",
    "users",
    "settings",
    "demo",
    "orders",
    "refund",
    "followup",
    "deadlines",
    "rates",
    "store-credit",
    "stock",
    "supplier",
    "feedback",
    "confirmation",
    "audit",
    "closing",
    "key",
    "export",
    "report",
    "import",
    "reconcile",
    "backup",
    "restore",
    "check",
    "migrate-db",
)

#: ``documents.pages.LAYOUTS`` (ReportLab), by name.
LAYOUT_NAMES = ("a4", "letter", "receipt80")
#: ``services.reporting.DATASETS`` and ``DATE_BASES``.
EXPORT_DATASETS = ("refunds", "lines", "payouts", "audit", "journal", "exchanges")
EXPORT_DATE_BASES = ("request", "approval", "payout", "receipt")
#: ``exports.run.FORMATS``.
EXPORT_FORMATS = ("csv", "xlsx")
#: ``imports.formats.FORMATS`` (with the platforms ``imports.platforms`` adds).
IMPORT_FORMATS = (
    "shopify",
    "woocommerce",
    "taobao",
    "douyin",
    "jd",
    "pinduoduo",
    "wechat_shop",
    "youzan",
    "generic",
)
#: ``domain.reconciliation.FORMATS``: the payment statements ``reconcile`` reads.
RECONCILE_FORMATS = ("alipay", "wechat", "stripe", "paypal", "bank")
#: ``services.payouts.sending.DEFAULT_EVERY_DAYS``.
INSTALMENT_EVERY_DAYS = 30


class UsageError(InvalidInput):
    """A malformed command line (unknown option, missing argument); exit code 2."""


class _Parser(argparse.ArgumentParser):
    """Raises instead of exiting, so ``main`` reports every error the same way; writes its help
    in the user's language (``cli.i18n``)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError("usage", "{message} (see: {prog} --help)", message=message, prog=self.prog)

    def format_help(self) -> str:
        """argparse's help page, each text looked up in the Chinese catalogue where the user's
        language is Chinese (the texts are the English source texts, untouched otherwise)."""
        from merchant_refunds.cli.i18n import messages_language, tx

        if messages_language() != "zh":
            return super().format_help()
        formatter = self._get_formatter()
        formatter.add_usage(
            self.usage, self._actions, self._mutually_exclusive_groups, prefix=tx("usage: ")
        )
        formatter.add_text(tx(self.description) if self.description else None)
        for group in self._action_groups:
            formatter.start_section(tx(group.title) if group.title else None)
            formatter.add_text(group.description)
            for action in group._group_actions:
                _translate_help(action, tx)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(tx(self.epilog) if self.epilog else None)
        return formatter.format_help()


def _translate_help(action: argparse.Action, tx: Any) -> None:
    if action.help and action.help is not argparse.SUPPRESS:
        action.help = tx(action.help)
    for choice in getattr(action, "_choices_actions", ()):
        if choice.help:
            choice.help = tx(choice.help)


def _list_codes(action: argparse.Action, codes: Any) -> None:
    """Give a help text's ``%(codes)s`` the codes one may type: argparse fills a help text from
    its action's attributes after the text was looked up in the catalogue, so the text stays one
    literal to translate."""
    action.codes = ", ".join(code.value for code in codes)  # type: ignore[attr-defined]


def new_parser(**kw: Any) -> argparse.ArgumentParser:
    """An argument parser that raises :class:`UsageError` instead of exiting."""
    return _Parser(**kw)


def add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--db`` and ``--json`` on the top parser and again on every command, so they may come
    before or after it; the command's copies default to "not given" to keep the top's value."""
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="database file or postgresql:// URL (default: $MERCHANT_REFUNDS_DB, else the user "
        "data folder)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print machine-readable JSON (errors too, on stderr)",
    )


def _command(subparsers: Any, name: str, handler: str, help_text: str, **kw: Any) -> Any:
    """A command whose ``handler`` is ``"module:function"`` in ``merchant_refunds.cli``."""
    parser = subparsers.add_parser(name, help=help_text, description=help_text, **kw)
    add_common(parser, top=False)
    parser.set_defaults(handler=handler)
    return parser


def _authorised_by(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--authorised-by",
        metavar="OWNER",
        default="",
        help="an owner authorises at the counter (PIN from $MERCHANT_REFUNDS_OWNER_PIN or a "
        "prompt)",
    )


def _acting(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=os.environ.get(USER_ENV) or None,
        help="who is acting (default: $MERCHANT_REFUNDS_USER); the PIN comes from "
        "$MERCHANT_REFUNDS_PIN or a prompt",
    )


def _bank_options(parser: argparse.ArgumentParser, account_help: str) -> None:
    parser.add_argument("--bank-account", metavar="NUMBER", help=account_help)
    parser.add_argument("--bank-holder", metavar="NAME", help="account holder")
    parser.add_argument("--bank-name", metavar="BANK", help="bank and branch")


def _selection(parser: argparse.ArgumentParser, *, reason_required: bool) -> None:
    parser.add_argument("order_no", metavar="ORDER_NO")
    parser.add_argument(
        "--line",
        action="append",
        metavar="SKU=QTY",
        help="units of one line, by SKU or by line number (#2=1); repeat for more lines; "
        "with --amount: the line (SKU or #2) the amount is for",
    )
    parser.add_argument(
        "--amount",
        metavar="AMOUNT",
        help="refund an amount, not units (price difference, compensation, goodwill): on the "
        "--line given, or shared over the order's lines by what is left on each",
    )
    parser.add_argument("--all", action="store_true", help="everything still refundable")
    parser.add_argument(
        "--shipping", action="store_true", help="refund the shipping fee too (if the policy allows)"
    )
    if reason_required:
        reason = parser.add_argument(
            "--reason", metavar="CODE", required=True, help="refund reason: %(codes)s"
        )
    else:
        reason = parser.add_argument(
            "--reason",
            metavar="CODE",
            default=ReasonCode.NO_REASON.value,
            help="refund reason: %(codes)s (default: %(default)s)",
        )
    _list_codes(reason, ReasonCode)
    parser.add_argument(
        "--goods-return", action="store_true", help="the customer sends the goods back"
    )
    parser.add_argument(
        "--destination",
        choices=[p.value for p in PayoutMethod],
        help="where the money goes (default: original_route, or bank_transfer with --bank-*)",
    )
    _bank_options(parser, "account number or IBAN")
    parser.add_argument(
        "--payout-currency", metavar="CCY", help="pay in another currency (needs --fx-rate)"
    )
    parser.add_argument(
        "--fx-rate", metavar="R", help="units of the payout currency per unit of the order's"
    )
    parser.add_argument("--fx-date", metavar="YYYY-MM-DD", help="day of the rate (default today)")
    _postage_options(parser)


def _postage_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--return-postage",
        metavar="AMOUNT",
        help="pay back the customer's return postage, e.g. 12.00 (up to the policy's maximum)",
    )
    parser.add_argument(
        "--postage-receipt", metavar="NO", help="receipt or tracking number of the return postage"
    )
    parser.add_argument(
        "--postage-override",
        metavar="REASON",
        default="",
        help="owner only: pay the postage back although the shop is not at fault",
    )


class _Unused:
    """Takes a command's options and sub-commands and keeps nothing: see ``_OnlyOne``."""

    def __getattr__(self, _name: str) -> Any:
        return lambda *_args, **_kw: self


class _OnlyOne:
    """The top level's sub-parsers, each built in full only if it is the command given.

    Why: building all of them costs a command several milliseconds of its start. The others
    are added with their name and help only, which the command list in ``--help`` and the
    message for a mistyped command need.
    """

    def __init__(self, sub: Any, wanted: str) -> None:
        self._sub = sub
        self._wanted = wanted

    def add_parser(self, name: str, **kw: Any) -> Any:
        if name == self._wanted:
            return self._sub.add_parser(name, **kw)
        self._sub.add_parser(name, help=kw.get("help"))
        return _Unused()


class _VersionAction(argparse.Action):
    """``--version``: the installed version (package metadata), read only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, **kw: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kw)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kw: Any) -> None:
        from merchant_refunds.appinfo import version

        print(f"{PROG} {version()}")
        parser.exit()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; imports no command's implementation. With ``only``, only that
    top-level command is built in full (``""``: none, enough for the top-level ``--help``)."""
    parser = _Parser(
        prog=PROG,
        description="Merchant Refunds 商户退款: money-exact, audited refunds for a small shop.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(parser, top=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="fill an empty database with a year of sample data first",
    )
    # Hidden: checks a built installation (see build.spec); not for shop staff.
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--version", action=_VersionAction, help="print the program's version and exit"
    )
    sub: Any = parser.add_subparsers(dest="command", metavar="COMMAND")
    if only is not None:
        sub = _OnlyOne(sub, only)

    _shop_commands(sub)
    demo = _command(sub, "demo", "commands:demo_cmd", "fill an empty database with sample data")
    demo.add_argument("--orders", type=int, default=300, metavar="N", help="how many (300)")
    demo.add_argument("--seed", type=int, default=7, metavar="S", help="random seed (7)")

    _orders_commands(sub)
    refund_sub = _refund_commands(sub)
    _payout_commands(sub, refund_sub)
    _deadline_commands(sub, refund_sub)
    _rates_commands(sub)
    _store_credit_commands(sub)
    _stock_commands(sub)
    _after_sale_commands(sub)

    paper = _command(
        sub,
        "confirmation",
        "confirmation_cmd:confirmation",
        "print refund confirmations to one PDF, or check the code on a paper",
    )
    paper.add_argument(
        "refund_no", nargs="*", metavar="REFUND_NO", help="one or more, into one file in order"
    )
    paper.add_argument("-o", "--output", metavar="FILE.pdf", help="where to write the PDF")
    paper.add_argument("--layout", choices=sorted(LAYOUT_NAMES), default="a4", help="paper (a4)")
    paper.add_argument("--lang", choices=["zh", "en"], default="zh", help="language (zh)")
    paper.add_argument("--verify", metavar="CODE", help="check the code printed on a paper")
    _acting(paper)

    audit_parser = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = _command(audit_sub, "verify", "commands:audit_verify", "check the audit hash chain")
    verify.add_argument(
        "--anchor",
        metavar="CODE",
        help="check a code from a daily closing or a paper (A1234-XXXX-XXXX-XXXX-XXXX)",
    )
    _closing_command(sub)
    _key_commands(sub)
    _command(
        audit_sub,
        "head",
        "backup_cmd:audit_head_cmd",
        "print the trail's newest event and its anchor code",
    )
    _export_commands(sub)
    _import_command(sub)
    _reconcile_command(sub)
    _database_commands(sub)
    return parser


def _reconcile_command(sub: Any) -> None:
    parser = _command(
        sub,
        "reconcile",
        "reconcile_cmd:reconcile_cmd",
        "match a payment statement (Alipay, WeChat Pay, Stripe, PayPal, bank) to the payouts "
        "recorded here and mark the matched ones arrived",
    )
    parser.add_argument("file", metavar="FILE", help="the statement export (CSV)")
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=RECONCILE_FORMATS,
        help="the statement's format (default: detected)",
    )
    parser.add_argument(
        "--mapping",
        metavar="JSON",
        help='a bank statement\'s columns, as JSON or a JSON file: {"date": …, "amount": … or '
        '"debit": …, "reference": …, "description": …}',
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="only show what would happen; change nothing"
    )
    parser.add_argument(
        "--unmatched-out",
        metavar="FILE",
        help="write the statement's refunds with no payout here to FILE (.csv or .xlsx)",
    )
    parser.add_argument(
        "--missing-out",
        metavar="FILE",
        help="write the payouts the statement does not show to FILE (.csv or .xlsx)",
    )
    parser.add_argument("--lang", default="zh", help="language of the lists' headers (zh or en)")
    _acting(parser)


def _orders_commands(sub: Any) -> None:
    orders_parser = sub.add_parser("orders", help="add, search, show and set orders")
    orders_sub = orders_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = _command(
        orders_sub,
        "add",
        "commands:orders_add",
        "store an order given as JSON (docs/order-format.md)",
    )
    add.add_argument("file", metavar="FILE.json", help="the order; - reads standard input")
    _acting(add)
    search = _command(
        orders_sub, "search", "commands:orders_search", "find orders by number, name or phone"
    )
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N (20)")
    show = _command(
        orders_sub, "show", "commands:orders_show", "an order with what is still refundable"
    )
    show.add_argument("order_no", metavar="ORDER_NO")
    edit = _command(
        orders_sub,
        "set",
        "order_edit_cmd:orders_set",
        "set an order's delivery date, a line's category or final sale (never amounts)",
    )
    edit.add_argument("order_no", metavar="ORDER_NO")
    edit.add_argument(
        "--delivered", metavar="YYYY-MM-DD", help="the day the customer received the goods"
    )
    edit.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="SKU=CAT",
        help="a line's category, by SKU or line number (#2=perishable); repeat for more",
    )
    edit.add_argument(
        "--final-sale",
        action="append",
        default=[],
        metavar="SKU",
        help="mark a line (SKU or #n) final sale; repeat for more",
    )
    edit.add_argument(
        "--not-final-sale",
        action="append",
        default=[],
        metavar="SKU",
        help="mark a line (SKU or #n) not final sale",
    )
    _acting(edit)


_REFUND_STEPS = {
    "approve": "approve a requested refund (owner)",
    "reject": "reject a requested refund (owner), with the reason",
    "sign": "record the customer's signature on the confirmation",
    "receive-goods": "record that the returned goods arrived",
    "pay": "record a payout (owner); a part amount is an instalment",
    "confirm": "record that the customer received the money",
    "cancel": "cancel a refund before any money is sent",
}


def _refund_commands(sub: Any) -> Any:
    refund_parser = sub.add_parser("refund", help="quote, request and process refunds")
    refund_sub = refund_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    quote = _command(
        refund_sub, "quote", "refund_cmd:refund_quote", "what a refund would be, and the findings"
    )
    _selection(quote, reason_required=False)
    request = _command(refund_sub, "request", "refund_cmd:refund_request", "request a refund")
    _selection(request, reason_required=True)
    request.add_argument("--note", default="", help="note for the shop's records")
    request.add_argument(
        "--override", metavar="REASON", default="", help="owner only: override a policy block"
    )
    request.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar="FILE",
        help="evidence of the request (photo or PDF), stored with it; repeat for more",
    )
    _authorised_by(request)
    _acting(request)
    _exchange_commands(refund_sub)
    show_refund = _command(refund_sub, "show", "refund_cmd:refund_show", "one refund in full")
    show_refund.add_argument("refund_no", metavar="REFUND_NO")

    for name, text in _REFUND_STEPS.items():
        handler = (
            "goods_cmd:receive_goods" if name == "receive-goods" else "refund_cmd:refund_action"
        )
        step = _command(refund_sub, name, handler, text)
        step.add_argument("refund_no", metavar="REFUND_NO")
        _acting(step)
        if name == "approve":
            step.add_argument("--note", default="", help="remark kept with the approval")
            step.add_argument(
                "--self-approve",
                action="store_true",
                help="the only owner approves his own large request (asks his PIN again)",
            )
            _authorised_by(step)
        elif name == "reject":
            step.add_argument(
                "--reason", default="", help="shown to the customer (after --template's text)"
            )
            step.add_argument(
                "--template",
                metavar="KEY",
                default="",
                help="one of the shop's rejection reasons (see `refund reject-reasons`)",
            )
            step.add_argument(
                "--lang", choices=["zh", "en"], default="zh", help="the template's language (zh)"
            )
            step.add_argument(
                "--attach",
                action="append",
                default=[],
                metavar="FILE",
                help="evidence of the rejection (photo or PDF); repeat for more",
            )
        elif name == "cancel":
            step.add_argument("--reason", default="", help="why it is cancelled")
        elif name == "pay":
            step.add_argument(
                "--method",
                choices=[p.value for p in PayoutMethod],
                help="how it is paid (default: the refund's destination)",
            )
            step.add_argument("--reference", default="", help="transaction reference")
            step.add_argument(
                "--amount",
                metavar="AMOUNT",
                help="amount in the payout currency, e.g. 1,000.00 (default: all that is left)",
            )
            _instalment_options(step)
            # A bank transfer's account given when the money is sent, as the payout dialog
            # takes it (the customer may give it only then, or gave another after a failure).
            _bank_options(step, "account number or IBAN (bank transfer)")
        elif name == "confirm":
            step.add_argument(
                "--payout", type=int, metavar="SEQ", help="only this payout (default: all sent)"
            )
        elif name == "receive-goods":
            _receive_options(step)
    _attachment_commands(refund_sub)
    _goods_commands(refund_sub)
    return refund_sub


def _attachment_commands(refund_sub: Any) -> None:
    """``refund attach``, ``refund attachments`` and ``refund reject-reasons``."""
    attach = _command(
        refund_sub,
        "attach",
        "attachments_cmd:attach_cmd",
        "attach photos or files (JPEG, PNG, WebP, HEIC, PDF; 10 MB each) as evidence",
    )
    attach.add_argument("refund_no", metavar="REFUND_NO")
    attach.add_argument("files", nargs="+", metavar="FILE")
    attach.add_argument(
        "--stage",
        required=True,
        choices=["request", "inspection", "rejection"],
        help="what the files show: the customer's request, the returned goods, a rejection",
    )
    attach.add_argument("--unit", default="", metavar="UNIT", help="which unit they show")
    _acting(attach)
    shown = _command(
        refund_sub,
        "attachments",
        "attachments_cmd:attachments_cmd",
        "list a refund's evidence files, or save them to a folder",
    )
    shown.add_argument("refund_no", metavar="REFUND_NO")
    shown.add_argument("--save", metavar="DIR", help="write every file into DIR")
    _command(
        refund_sub,
        "reject-reasons",
        "attachments_cmd:reject_reasons_cmd",
        "the shop's rejection reasons, for `refund reject --template KEY`",
    )


def _receive_options(step: argparse.ArgumentParser) -> None:
    step.add_argument(
        "--condition",
        choices=["resaleable", "opened", "damaged", "missing_parts"],
        default="resaleable",
        help="condition of every unit not named with --unit (resaleable)",
    )
    step.add_argument(
        "--unit",
        action="append",
        metavar="SKU[/N]=CONDITION[:NOTE]",
        help="a line's units (SKU or #LINE) or its N-th unit, with a condition and a note; repeat",
    )
    step.add_argument(
        "--write-off",
        action="append",
        metavar="SKU[/N]",
        help="write these units off whatever their condition; repeat",
    )
    step.add_argument(
        "--restock",
        action="append",
        metavar="SKU[/N]",
        help="put these units back in stock whatever their condition; repeat",
    )


def _goods_commands(refund_sub: Any) -> None:
    """``refund deduct`` and ``refund goods``."""
    deduct = _command(
        refund_sub,
        "deduct",
        "goods_cmd:deduct_cmd",
        "deduct for a returned unit's diminished value (owner), with the reason",
    )
    deduct.add_argument("refund_no", metavar="REFUND_NO")
    deduct.add_argument("--unit", required=True, metavar="SKU/N", help="the unit (SKU or #LINE)")
    deduct.add_argument("--amount", required=True, metavar="AMOUNT", help="e.g. 15.00")
    deduct.add_argument("--reason", required=True, help="shown to the customer on the paper")
    _acting(deduct)
    goods = _command(
        refund_sub,
        "goods",
        "goods_cmd:goods_show",
        "a refund's returned units (condition, stock, deductions) and return postage",
    )
    goods.add_argument("refund_no", metavar="REFUND_NO")


def _stock_commands(sub: Any) -> None:
    """``stock ledger|export``: what came back, returned to stock or written off."""
    parent = sub.add_parser("stock", help="the stock ledger of returned goods")
    actions = parent.add_subparsers(dest="action", metavar="ACTION", required=True)
    ledger = _command(
        actions, "ledger", "goods_cmd:stock_ledger_cmd", "returned units by SKU, and totals"
    )
    export = _command(actions, "export", "goods_cmd:stock_export_cmd", "the ledger as CSV or XLSX")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help=".csv or .xlsx")
    export.add_argument("--format", dest="fmt", choices=["csv", "xlsx"], help="(from FILE)")
    export.add_argument("--lang", choices=["zh", "en"], default="zh", help="headers (zh)")
    export.add_argument("--machine-headers", action="store_true", help="column keys as headers")
    for parser in (ledger, export):
        parser.add_argument("--sku", metavar="SKU", help="only this SKU")
        parser.add_argument("--from", dest="since", metavar="YYYY-MM-DD", help="first day")
        parser.add_argument("--to", dest="until", metavar="YYYY-MM-DD", help="last day")
        _acting(parser)


def _exchange_commands(refund_sub: Any) -> None:
    """``refund exchange`` (换货) and the showing and cancelling of one."""
    exchange = _command(
        refund_sub,
        "exchange",
        "exchange_cmd:refund_exchange",
        "record an exchange: units back, units out, the difference refunded or collected",
    )
    exchange.add_argument("order_no", metavar="ORDER_NO")
    exchange.add_argument(
        "--back",
        action="append",
        metavar="SKU=QTY",
        help="units the customer returns, by SKU or line number (#2=1); repeat for more lines",
    )
    exchange.add_argument(
        "--out",
        action="append",
        metavar="SKU=QTY@PRICE:NAME",
        help="units given out at the unit price agreed (TEA-09=1@300.00:Oolong 250g); repeat",
    )
    reason = exchange.add_argument(
        "--reason", metavar="CODE", required=True, help="reason: %(codes)s"
    )
    _list_codes(reason, ReasonCode)
    exchange.add_argument(
        "--receipt",
        metavar="NUMBER",
        default="",
        help="receipt of the difference the customer paid (needed when the units out cost more)",
    )
    exchange.add_argument(
        "--destination",
        choices=[p.value for p in PayoutMethod],
        help="where a refund of the difference goes (default: original_route)",
    )
    _bank_options(exchange, "account number or IBAN")
    exchange.add_argument("--note", default="", help="note for the shop's records")
    exchange.add_argument(
        "--override", metavar="REASON", default="", help="owner only: override a policy block"
    )
    exchange.add_argument(
        "--dry-run", action="store_true", help="only show the difference and the findings"
    )
    _acting(exchange)
    show = _command(
        refund_sub, "exchange-show", "exchange_cmd:exchange_show", "one exchange in full"
    )
    show.add_argument("exchange_no", metavar="EXCHANGE_NO")
    receive = _command(
        refund_sub,
        "exchange-receive",
        "exchange_cmd:exchange_receive",
        "record that an exchange's units back arrived: their condition and where they go",
    )
    receive.add_argument("exchange_no", metavar="EXCHANGE_NO")
    _receive_options(receive)
    _acting(receive)
    paper = _command(
        refund_sub,
        "exchange-paper",
        "exchange_cmd:exchange_paper",
        "the exchange confirmation for the customer to sign, as PDF",
    )
    paper.add_argument("exchange_no", metavar="EXCHANGE_NO")
    paper.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    paper.add_argument("--layout", choices=LAYOUT_NAMES, default="a4", help="paper (a4)")
    paper.add_argument("--lang", choices=("zh", "en"), default="zh", help="language (zh)")
    cancel = _command(
        refund_sub,
        "exchange-cancel",
        "exchange_cmd:exchange_cancel",
        "cancel an exchange recorded by mistake (owner; its refund cancelled or rejected first)",
    )
    cancel.add_argument("exchange_no", metavar="EXCHANGE_NO")
    cancel.add_argument("--reason", required=True, help="why it is cancelled")
    _acting(cancel)


def _instalment_options(pay: argparse.ArgumentParser) -> None:
    pay.add_argument(
        "--instalments",
        type=int,
        metavar="N",
        help="split what is left into N payouts that add up exactly (large refunds)",
    )
    pay.add_argument(
        "--every",
        type=int,
        default=INSTALMENT_EVERY_DAYS,
        metavar="DAYS",
        help="days between instalments (%(default)s)",
    )
    pay.add_argument(
        "--schedule-only",
        action="store_true",
        help="with --instalments: only schedule them; by default the first is sent now",
    )


def _payout_commands(sub: Any, refund_sub: Any) -> None:
    """``followup`` at the top; ``refund payout-failed``, ``send-payout`` and ``retry-payout``."""
    chase = _command(
        sub,
        "followup",
        "payouts_cmd:followup_cmd",
        "refunds late or due soon (review, payment, legal deadline) and payouts to chase",
    )
    chase.add_argument(
        "--send-digest",
        action="store_true",
        help="e-mail today's list to the owner (owner; once a day, as set in the notice settings)",
    )
    _acting(chase)
    failed = _command(
        refund_sub,
        "payout-failed",
        "payouts_cmd:payout_failed",
        "mark a sent payout failed, with the reason",
    )
    failed.add_argument("refund_no", metavar="REFUND_NO")
    failed.add_argument("--payout", type=int, required=True, metavar="SEQ", help="payout number")
    failed.add_argument("--reason", required=True, help="what the bank or customer said")
    _acting(failed)
    send = _command(
        refund_sub,
        "send-payout",
        "payouts_cmd:send_payout",
        "send a scheduled instalment now (owner)",
    )
    send.add_argument("refund_no", metavar="REFUND_NO")
    send.add_argument("--payout", type=int, required=True, metavar="SEQ", help="payout number")
    send.add_argument("--reference", default="", help="transaction reference")
    _acting(send)
    retry = _command(
        refund_sub,
        "retry-payout",
        "payouts_cmd:retry_payout",
        "pay a failed payout again as a new one (owner)",
    )
    retry.add_argument("refund_no", metavar="REFUND_NO")
    retry.add_argument("--payout", type=int, required=True, metavar="SEQ", help="failed payout")
    retry.add_argument(
        "--method", choices=[p.value for p in PayoutMethod], help="default: as the failed one"
    )
    retry.add_argument("--reference", default="", help="transaction reference")
    _bank_options(retry, "account number or IBAN (bank transfer)")
    _acting(retry)


def _deadline_commands(sub: Any, refund_sub: Any) -> None:
    """``refund extend`` and ``deadlines``."""
    extend = _command(
        refund_sub,
        "extend",
        "deadlines_cmd:extend_cmd",
        "give the shop more time for a refund's review or payment (owner), with the reason",
    )
    extend.add_argument("refund_no", metavar="REFUND_NO")
    extend.add_argument("--until", required=True, metavar="YYYY-MM-DD", help="the new last day")
    extend.add_argument("--reason", required=True, help="why (kept in the audit trail)")
    _acting(extend)
    legal = _command(
        sub,
        "deadlines",
        "deadlines_cmd:legal_cmd",
        "per month: refunds paid within the legal refund deadline, and those paid late",
    )
    legal.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first last-day")
    legal.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last last-day")
    _acting(legal)


def _rates_commands(sub: Any) -> None:
    parser = sub.add_parser(
        "rates", help="exchange rates per day to the home currency, for the journal"
    )
    rates_sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    shown = _command(
        rates_sub, "list", "rates_cmd:list_cmd", "the rates entered (owner, accountant)"
    )
    shown.add_argument("--currency", metavar="CODE", help="only this currency")
    _acting(shown)
    entered = _command(
        rates_sub,
        "set",
        "rates_cmd:set_cmd",
        "enter the rate of a day: home-currency units for one unit of CODE (owner, accountant)",
    )
    entered.add_argument("currency", metavar="CODE")
    entered.add_argument("day", metavar="YYYY-MM-DD")
    entered.add_argument("rate", metavar="RATE", help="e.g. 0.0478 for JPY in CNY")
    _acting(entered)


def _store_credit_commands(sub: Any) -> None:
    """``store-credit show|use|cash-out|balances``."""
    parent = sub.add_parser("store-credit", help="customers' store credit: see, use, pay out")
    actions = parent.add_subparsers(dest="action", metavar="ACTION", required=True)
    customer_help = "the customer: phone, e-mail or name (as on the order)"
    show = _command(
        actions, "show", "store_credit_cmd:show_cmd", "a customer's balance and every movement"
    )
    show.add_argument("customer", metavar="CUSTOMER", help=customer_help)
    use = _command(
        actions,
        "use",
        "store_credit_cmd:use_cmd",
        "take credit off a sale rung up at the counter (owner, clerk)",
    )
    use.add_argument("customer", metavar="CUSTOMER", help=customer_help)
    use.add_argument("amount", metavar="AMOUNT", help="e.g. 25.00")
    use.add_argument("--receipt", required=True, metavar="NO", help="the sale's receipt number")
    use.add_argument("--currency", metavar="CCY", help="(default: the shop's currency)")
    _acting(use)
    cash = _command(
        actions, "cash-out", "store_credit_cmd:cash_out_cmd", "pay credit out in cash (owner)"
    )
    cash.add_argument("customer", metavar="CUSTOMER", help=customer_help)
    cash.add_argument("amount", metavar="AMOUNT", help="e.g. 25.00")
    cash.add_argument("--note", default="", help="kept in the ledger")
    cash.add_argument("--currency", metavar="CCY", help="(default: the shop's currency)")
    _acting(cash)
    owed = _command(
        actions,
        "balances",
        "store_credit_cmd:balances_cmd",
        "every balance at the end of a day, CSV or XLSX (owner, accountant; account 2241)",
    )
    owed.add_argument("--at", required=True, metavar="YYYY-MM-DD", help="the day")
    owed.add_argument("-o", "--output", required=True, metavar="FILE", help=".csv or .xlsx")
    owed.add_argument("--format", dest="fmt", choices=["csv", "xlsx"], help="(from FILE)")
    owed.add_argument("--lang", choices=["zh", "en"], default="zh", help="headers (zh)")
    owed.add_argument("--machine-headers", action="store_true", help="column keys as headers")
    _acting(owed)


def _closing_command(sub: Any) -> None:
    """``closing`` as a command of its own; its ``--anchor`` check is on ``audit verify``."""
    parser = _command(
        sub,
        "closing",
        "closing_cmd:closing_cmd",
        "the daily closing: the day's refunds and payouts, running totals and anchor code",
    )
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="record the closing and write it as .pdf, .csv or .xlsx (without: only show it)",
    )
    parser.add_argument("--lang", choices=["zh", "en"], default="zh", help="language (zh)")
    _acting(parser)


def _key_commands(sub: Any) -> None:
    parser = sub.add_parser("key", help="the shop key that protects the audit trail")
    key_sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    _command(
        key_sub,
        "status",
        "key_cmd:key_status",
        "is the trail keyed, and is the key on this computer",
    )
    shown = _command(key_sub, "show", "key_cmd:key_show", "show the recovery key (owner)")
    _acting(shown)
    shown.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        help="write the printable recovery sheet (PDF) instead of showing the key",
    )
    imported = _command(
        key_sub,
        "import",
        "key_cmd:key_import",
        "save the key from a recovery sheet on this computer",
    )
    imported.add_argument(
        "recovery_key", nargs="?", metavar="KEY", help="the recovery key (default: read stdin)"
    )


def _export_commands(sub: Any) -> None:
    export = _command(
        sub,
        "export",
        "export_cmd:export_cmd",
        "export refunds, lines, payouts, audit events or the journal",
    )
    export.add_argument("dataset", choices=EXPORT_DATASETS)
    export.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    export.add_argument("--to", dest="date_to", metavar="DATE", help="last day, included")
    export.add_argument(
        "--by",
        choices=EXPORT_DATE_BASES,
        default="request",
        help="which date the range is on (request)",
    )
    export.add_argument("--status", metavar="S", help="refund status (payout status for payouts)")
    export.add_argument("--method", metavar="M", help="payout method")
    export.add_argument("--currency", metavar="C", help="currency code")
    export.add_argument("--format", dest="fmt", choices=EXPORT_FORMATS, default="csv", help="(csv)")
    export.add_argument(
        "--delimiter", choices=[",", ";", "tab"], default=",", help="CSV delimiter (,)"
    )
    export.add_argument(
        "--machine-headers", action="store_true", help="stable English column keys for scripts"
    )
    export.add_argument("--lang", choices=["zh", "en"], default="zh", help="headers (zh)")
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the file; - writes standard output"
    )
    _acting(export)

    report = _command(
        sub, "report", "export_cmd:report_cmd", "the refund report for a period as a PDF"
    )
    report.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    report.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    report.add_argument("--lang", choices=["zh", "en"], default="zh", help="language (zh)")
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    _acting(report)


def _import_command(sub: Any) -> None:
    parser = _command(
        sub,
        "import",
        "import_cmd:import_cmd",
        "import orders from a Shopify, WooCommerce, Taobao/Tmall, JD, Pinduoduo, Douyin, Youzan, "
        "WeChat shop or generic CSV/XLSX file",
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        nargs="+",
        help="the export file (CSV or XLSX); for Taobao/Tmall's own export, its order list and "
        "line list (订单报表 and 宝贝报表) in either order",
    )
    parser.add_argument(
        "--format", dest="fmt", choices=IMPORT_FORMATS, help="the file's format (default: detected)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="only show what would be imported (no sign-in)"
    )
    parser.add_argument(
        "--skip-failing",
        action="store_true",
        help="import the good orders and list the failing or conflicting ones "
        "(default: all or nothing)",
    )
    parser.add_argument(
        "--problems",
        metavar="FILE.csv",
        help="also write the orders left out, with row and reason, to this CSV file",
    )
    _acting(parser)


def _database_commands(sub: Any) -> None:
    backup_parser = _command(
        sub,
        "backup",
        "backup_cmd:backup_cmd",
        "back up the database now (online, while in use)",
    )
    backup_parser.add_argument(
        "--to", metavar="FILE", help="write the copy here (default: the backups folder)"
    )
    _acting(backup_parser)
    restore_parser = _command(
        sub,
        "restore",
        "backup_cmd:restore_cmd",
        "write a checked backup into the database (owner with PIN); the current one is kept",
    )
    restore_parser.add_argument("file", metavar="FILE", help="the backup to restore")
    _acting(restore_parser)
    _command(
        sub,
        "check",
        "backup_cmd:check_cmd",
        "check the database's integrity, audit trail and the newest backup's trail head",
    )
    move = _command(
        sub,
        "migrate-db",
        "backup_cmd:migrate_db_cmd",
        "copy the shop's SQLite file to an empty PostgreSQL database, verified",
    )
    move.add_argument("--to", required=True, metavar="URL", help="postgresql://user@host/db")


def _shop_commands(sub: Any) -> None:
    """``init`` (the database, and with ``--shop``/``--owner`` the shop and its first owner),
    ``users`` and ``settings``: a shop set up and run without the GUI."""
    init = _command(
        sub,
        "init",
        "users_cmd:init_cmd",
        "set up a new database (file or postgresql:// URL); with --shop and --owner also the "
        "shop and its first owner; nothing changes on a shop already set up",
    )
    init.add_argument("--shop", metavar="NAME", help="the shop's name (printed on papers)")
    init.add_argument(
        "--owner",
        metavar="NAME",
        help="the owner's sign-in name; the PIN from $MERCHANT_REFUNDS_PIN or asked twice",
    )
    init.add_argument("--display-name", metavar="TEXT", help="the owner's full name")
    init.add_argument("--currency", metavar="CCY", help="the shop's currency (CNY)")

    people = sub.add_parser("users", help="the shop's users: add, deactivate, roles, PINs")
    actions = people.add_subparsers(dest="action", metavar="ACTION", required=True)
    _acting(_command(actions, "list", "users_cmd:list_cmd", "every user, role and status"))
    add = _command(
        actions,
        "add",
        "users_cmd:add_cmd",
        "add a user (owner); the new PIN from $MERCHANT_REFUNDS_NEW_PIN or asked twice",
    )
    add.add_argument("name", metavar="NAME", help="sign-in name, without spaces")
    add.add_argument("--role", required=True, choices=["clerk", "accountant", "owner"])
    add.add_argument("--display-name", metavar="TEXT", help="full name shown on screens")
    _acting(add)
    for name, text in (
        ("deactivate", "stop a user signing in (owner); the history keeps the name"),
        ("activate", "let a deactivated user sign in again (owner)"),
    ):
        step = _command(actions, name, "users_cmd:active_cmd", text)
        step.add_argument("name", metavar="NAME")
        _acting(step)
    role = _command(actions, "role", "users_cmd:role_cmd", "change a user's role (owner)")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=["clerk", "accountant", "owner"])
    _acting(role)
    reset = _command(
        actions,
        "reset-pin",
        "users_cmd:reset_pin_cmd",
        "set a new PIN for a user who forgot theirs (owner; $MERCHANT_REFUNDS_NEW_PIN or asked "
        "twice)",
    )
    reset.add_argument("name", metavar="NAME")
    _acting(reset)
    _acting(
        _command(
            actions,
            "change-pin",
            "users_cmd:change_pin_cmd",
            "change your own PIN (current from $MERCHANT_REFUNDS_PIN, new from "
            "$MERCHANT_REFUNDS_NEW_PIN, or asked)",
        )
    )

    settings = sub.add_parser("settings", help="the shop's settings as JSON: show, set")
    settings_sub = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = _command(
        settings_sub,
        "show",
        "settings_cmd:show_cmd",
        "print the settings as JSON (shop, policy, payment_methods, journal_accounts, security, "
        "notices)",
    )
    show.add_argument("section", nargs="?", metavar="SECTION", help="only this section")
    change = _command(
        settings_sub,
        "set",
        "settings_cmd:set_cmd",
        "change settings from JSON (owner): any sections and keys, all or nothing",
    )
    change.add_argument("file", metavar="FILE.json", help="the settings; - reads standard input")
    change.add_argument(
        "--section", metavar="SECTION", help="FILE holds only this section's object"
    )
    _acting(change)


def _after_sale_commands(sub: Any) -> None:
    """``supplier`` (a pre-sale refund's supplier answer) and ``feedback`` (the customer's)."""
    supplier = _command(
        sub,
        "supplier",
        "after_sale_cmd:supplier_cmd",
        "record the supplier's answer for a pre-sale refund in production (owner, clerk); "
        "without --answer, list the answers",
    )
    supplier.add_argument("refund_no", metavar="REFUND_NO")
    supplier.add_argument("--answer", choices=["agreed", "refused", "pending"])
    supplier.add_argument("--supplier", metavar="WHO", help="who at the supplier was asked")
    supplier.add_argument("--asked-on", metavar="YYYY-MM-DD", help="the day asked (today)")
    supplier.add_argument("--note", default="", help="what they said")
    _acting(supplier)
    feedback = _command(
        sub,
        "feedback",
        "after_sale_cmd:feedback_cmd",
        "record the customer's rating (1-5) and comment on a paid refund (owner, clerk); "
        "without --rating, show it",
    )
    feedback.add_argument("refund_no", metavar="REFUND_NO")
    feedback.add_argument("--rating", type=int, metavar="1-5")
    feedback.add_argument("--comment", default="", help="what the customer said")
    _acting(feedback)
