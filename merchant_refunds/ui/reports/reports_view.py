"""The reports view: a period's refund totals, rates and times, with bar charts; PDF and exports.

The figures are computed on a worker thread (one pass over the period's refunds). Clerks see a
notice instead: reports and exports are for the owner and the accountant, and the services refuse
a clerk anyway.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from merchant_refunds.domain.lifecycle import Role
from merchant_refunds.services import deadlines, reporting
from merchant_refunds.services.deadlines import StatutoryMonth
from merchant_refunds.services.reporting import Groups, ReportData
from merchant_refunds.ui.common import formatting as fmt
from merchant_refunds.ui.common.errors import show_error
from merchant_refunds.ui.common.progress import run_with_progress
from merchant_refunds.ui.common.save_paths import checked_save_path
from merchant_refunds.ui.common.session import Session
from merchant_refunds.ui.common.tasks import Task, run_task
from merchant_refunds.ui.reports.bar_chart import BarChart
from merchant_refunds.ui.reports.closing_dialog import ClosingDialog
from merchant_refunds.ui.reports.credit_balances_dialog import CreditBalancesDialog
from merchant_refunds.ui.reports.export_dialog import ExportDialog
from merchant_refunds.ui.reports.rates_dialog import RatesDialog
from merchant_refunds.ui.reports.reconcile_dialog import ReconcileDialog
from merchant_refunds.ui.reports.self_approvals import self_approvals_html
from merchant_refunds.ui.reports.stock_dialog import StockLedgerDialog

READER_ROLES = (Role.OWNER, Role.ACCOUNTANT)


class ReportsView(QWidget):
    """``report_shown`` fires when a period's figures are on screen."""

    report_shown = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data: ReportData | None = None
        self._task: Task | None = None
        self._pdf_task: Task | None = None
        self.export_dialog: ExportDialog | None = None
        today = date.today()
        first = today.replace(day=1)
        self.date_from = QDateEdit(QDate(first.year, first.month, first.day))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("showReport")
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("savePdf")
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.open_export)
        self.closing_button = QPushButton(self.tr("Daily closing…"))
        self.closing_button.setObjectName("dailyClosing")
        self.closing_button.clicked.connect(self.open_closing)
        self.closing_dialog: ClosingDialog | None = None
        self.rates_button = QPushButton(self.tr("Exchange rates…"))
        self.rates_button.setObjectName("exchangeRates")
        self.rates_button.clicked.connect(self.open_rates)
        self.rates_dialog: RatesDialog | None = None
        self.reconcile_button = QPushButton(self.tr("Reconcile…"))
        self.reconcile_button.setObjectName("reconcile")
        self.reconcile_button.setToolTip(
            self.tr("Match a payment statement to the payouts and mark them arrived")
        )
        self.reconcile_button.clicked.connect(self.open_reconcile)
        self.reconcile_dialog: ReconcileDialog | None = None
        self.credit_button = QPushButton(self.tr("Store-credit balances…"))
        self.credit_button.setObjectName("creditBalances")
        self.credit_button.clicked.connect(self.open_credit_balances)
        self.credit_dialog: CreditBalancesDialog | None = None
        self.stock_button = QPushButton(self.tr("Returned goods…"))
        self.stock_button.setObjectName("stockLedger")
        self.stock_button.setToolTip(self.tr("What came back: returned to stock or written off"))
        self.stock_button.clicked.connect(self.open_stock)
        self.stock_dialog: StockLedgerDialog | None = None
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("To")))
        bar.addWidget(self.date_to)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.closing_button)
        bar.addWidget(self.rates_button)
        bar.addWidget(self.reconcile_button)
        bar.addWidget(self.credit_button)
        bar.addWidget(self.stock_button)

        self.notice = QLabel()
        self.notice.setObjectName("reportsNotice")
        self.notice.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(self.summary.textFormat().RichText)
        self.charts = {key: BarChart() for key in ("month", "reason", "method", "status")}
        self.statutory_title = QLabel()
        self.statutory_title.setObjectName("statutoryTitle")
        self.statutory = QLabel()
        self.statutory.setObjectName("statutoryTable")
        self.statutory.setWordWrap(True)
        self.statutory.setTextFormat(self.statutory.textFormat().RichText)
        #: The legal-deadline table as shown: (month, paid in time, late, share), row by row.
        self.statutory_rows: list[tuple[str, str, str, str]] = []
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.summary)
        inner.addWidget(self.statutory_title)
        inner.addWidget(self.statutory)
        for chart in self.charts.values():
            inner.addWidget(chart)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        # A view rebuilt after a language switch is gone: its old self must not answer.
        session.actor_changed.connect(lambda _actor: shiboken6.isValid(self) and self._apply_role())
        self._apply_role()

    def allowed(self) -> bool:
        return self.session.can(*READER_ROLES)

    def _apply_role(self) -> None:
        allowed = self.allowed()
        for widget in (
            self.show_button,
            self.pdf_button,
            self.export_button,
            self.closing_button,
            self.rates_button,
            self.reconcile_button,
            self.credit_button,
        ):
            widget.setEnabled(allowed)
        self.notice.setVisible(not allowed)
        self.notice.setText(self.tr("Reports and exports are for the owner and the accountant."))
        if not allowed:
            self.data = None
            self.summary.clear()
            self.statutory.clear()
            self.statutory_title.clear()
            self.statutory_rows = []
            for chart in self.charts.values():
                chart.set_bars("", [])

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def set_period(self, start: date, end: date) -> None:
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self.date_to.setDate(QDate(end.year, end.month, end.day))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.data is None and self.allowed() and self._task is None:
            self.refresh()

    def refresh(self) -> None:
        if not self.allowed():
            return
        actor = self.session.actor
        start, end = self.period()
        if self._task is not None:
            self._task.cancel()

        def work(task: Task) -> tuple[ReportData, list[StatutoryMonth]]:
            data = reporting.report_data(actor, start, end, lambda: task.cancelled)
            return data, deadlines.statutory_by_month(start, end)

        self._task = run_task(
            work, lambda result: self._show(*result), self._failed, self, pass_task=True
        )

    def _failed(self, error: BaseException) -> None:
        self._task = None
        show_error(self, error)

    def _money(self, minor: int, currency: str) -> str:
        return fmt.money_text(minor, currency, self.session.locale)

    def _show_statutory(self, months: list[StatutoryMonth]) -> None:
        """Refunds under a legal limit whose last day fell in the period, by month: how many
        were paid in time, how many late (or still unpaid after it), and the share in time."""
        from merchant_refunds.exports.report_pdf import share_text  # with ReportLab, on first use

        self.statutory_title.setText(
            "<b>" + self.tr("Paid within the legal refund deadline") + "</b>"
        )
        self.statutory_rows = [(m.month, str(m.met), str(m.missed), share_text(m)) for m in months]
        if not self.statutory_rows:
            self.statutory.setText(self.tr("No refund's legal deadline fell in this period."))
            return
        head = "".join(
            f"<th>{text}</th>"
            for text in (
                self.tr("Month"),
                self.tr("Paid in time"),
                self.tr("Late"),
                self.tr("Share in time"),
            )
        )
        body = "".join(
            "<tr><td>{}</td><td align=right>{}</td><td align=right>{}</td>"
            "<td align=right>{}</td></tr>".format(*row)
            for row in self.statutory_rows
        )
        self.statutory.setText(f"<table cellpadding=4><tr>{head}</tr>{body}</table>")

    def _show(self, data: ReportData, months: list[StatutoryMonth] | None = None) -> None:
        # Imported when a report is first shown: it brings ReportLab, ~0.15 s of every start.
        from merchant_refunds.exports.report_pdf import duration_text, main_currency, rate_text

        self._task = None
        self.data = data
        lang = "zh" if self.session.locale.startswith("zh") else "en"
        rows = []
        for ccy in sorted(set(data.by_currency) | set(data.sales)):
            refunded = data.by_currency.get(ccy, reporting.Total())
            sold = data.sales.get(ccy)
            rows.append(
                "<tr><td>{ccy}</td><td align=right>{n}</td><td align=right>{amount}</td>"
                "<td align=right>{sales}</td><td align=right>{rate}</td></tr>".format(
                    ccy=ccy,
                    n=refunded.count,
                    amount=self._money(refunded.minor, ccy),
                    sales=self._money(sold.minor, ccy) if sold else "—",
                    rate=rate_text(data, ccy),
                )
            )
        head = "<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>".format(
            self.tr("Currency"),
            self.tr("Refunds"),
            self.tr("Refunded"),
            self.tr("Sales"),
            self.tr("Refund rate"),
        )
        times = []
        for label, d in (
            (self.tr("Request to payout"), data.to_payout),
            (self.tr("Request to receipt"), data.to_receipt),
        ):
            slowest = (
                f"{duration_text(d.slowest_seconds, lang)} ({d.slowest_refund})" if d.count else "—"
            )
            times.append(
                self.tr("{what}: average {average}, slowest {slowest}").format(
                    what=label, average=duration_text(d.average_seconds, lang), slowest=slowest
                )
            )
        rated = data.feedback_summary()
        if rated is not None:
            count, total = rated
            times.append(
                self.tr("Customer feedback: %1 ratings, average %2 of 5")
                .replace("%1", str(count))
                .replace("%2", str((Decimal(total) / count).quantize(Decimal("0.1"))))
            )
        empty = "" if data.by_status else "<p>" + self.tr("No refunds in this period.") + "</p>"
        self.summary.setText(
            f"<table cellpadding=4>{head}{''.join(rows)}</table>"
            + "<p>"
            + "<br>".join(times)
            + "</p>"
            + empty
            + self_approvals_html(data.self_approvals, self.session.locale, with_time=True)
        )
        self._show_statutory(months or [])
        main = main_currency(data)
        labels = {
            "month": (self.tr("By month"), data.by_month, str),
            "reason": (self.tr("By refund reason"), data.by_reason, fmt.reason_label),
            "method": (self.tr("By payout method"), data.by_method, fmt.payout_method_label),
            "status": (self.tr("By status"), data.by_status, fmt.refund_status_label),
        }
        for key, (title, groups, name) in labels.items():
            self.charts[key].set_bars(
                f"{title} ({main})" if main else title, self._bars(groups, main, name)
            )
        self.report_shown.emit()

    def _bars(
        self, groups: Groups, currency: str | None, name: object
    ) -> list[tuple[str, int, str]]:
        if currency is None:
            return []
        bars = []
        for key in sorted(groups):
            total = groups[key].get(currency)
            if total is not None:
                bars.append((name(key), total.minor, self._money(total.minor, currency)))  # type: ignore[operator]
        return bars

    def chart_bars(self, key: str) -> list[tuple[str, int, str]]:
        return self.charts[key].bars

    def choose_pdf(self) -> None:
        start, end = self.period()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), f"refund-report-{start}-{end}.pdf", "PDF (*.pdf)"
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> Task | None:
        """Write the period's PDF report off the GUI thread, behind a progress window; a second
        save waits until the first is written."""
        if self._pdf_task is not None:
            return None
        if not self.allowed() or checked_save_path(self, path) is None:
            return None
        actor = self.session.actor
        start, end = self.period()
        lang = "zh" if self.session.locale.startswith("zh") else "en"

        def work() -> Path:
            from merchant_refunds.exports.report_pdf import write_report

            return write_report(actor, start, end, path, lang)

        def failed(error: BaseException) -> None:
            self._pdf_ended()
            show_error(self, error)

        self.pdf_button.setEnabled(False)
        self._pdf_task = run_with_progress(
            self,
            self.tr("Save report"),
            self.tr("Writing the report…"),
            work,
            self._pdf_saved,
            failed,
        )
        return self._pdf_task

    def _pdf_ended(self) -> None:
        self._pdf_task = None
        self.pdf_button.setEnabled(self.allowed())

    def _pdf_saved(self, path: Path) -> None:
        self._pdf_ended()
        self.notice.setVisible(True)
        self.notice.setText(self.tr("Report saved to {path}").format(path=path))

    def open_closing(self) -> ClosingDialog | None:
        """The daily closing of a day the user picks (today first)."""
        if not self.allowed():
            return None
        self.closing_dialog = ClosingDialog(self.session, self)
        self.closing_dialog.open()
        return self.closing_dialog

    def open_rates(self) -> RatesDialog:
        """The accountant's exchange rates per day, for the journal's home currency."""
        self.rates_dialog = RatesDialog(self.session, self)
        self.rates_dialog.open()
        return self.rates_dialog

    def open_reconcile(self) -> ReconcileDialog | None:
        """Reconcile a provider's statement (owner and accountant)."""
        if not self.allowed():
            return None
        self.reconcile_dialog = ReconcileDialog(self.session, self)
        self.reconcile_dialog.open()
        return self.reconcile_dialog

    def open_credit_balances(self) -> CreditBalancesDialog:
        """What the shop owes its customers in store credit at the period's last day."""
        self.credit_dialog = CreditBalancesDialog(self.session, self.period()[1], self)
        self.credit_dialog.open()
        return self.credit_dialog

    def open_stock(self) -> StockLedgerDialog:
        """The stock ledger of returned goods over the period shown."""
        start, end = self.period()
        self.stock_dialog = StockLedgerDialog(self.session, start, end, self)
        self.stock_dialog.open()
        return self.stock_dialog

    def open_export(self) -> None:
        start, end = self.period()
        self.export_dialog = ExportDialog(self.session, start, end, self)
        self.export_dialog.open()
